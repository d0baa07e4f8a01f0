"""The main window. For now a list of the documents beside the selected article's text."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMainWindow, QPlainTextEdit, QSplitter

from app.store import Database
from app.store.services import documents


class MainWindow(QMainWindow):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.setWindowTitle(self.tr("FactDesk"))
        self.resize(1200, 760)
        self.queue = QListWidget()
        self.article = QPlainTextEdit()
        self.article.setReadOnly(True)
        splitter = QSplitter()
        splitter.addWidget(self.queue)
        splitter.addWidget(self.article)
        splitter.setSizes([350, 850])
        self.setCentralWidget(splitter)
        self.queue.currentItemChanged.connect(self._show)
        self.reload()

    def reload(self) -> None:
        self.queue.clear()
        with self.db.session() as session:
            for row in documents.list_rows(session):
                item = QListWidgetItem(f"[{row.status}] {row.title or self.tr('(untitled)')}")
                item.setData(256, row.id)
                self.queue.addItem(item)
        self.statusBar().showMessage(self.tr("%n document(s)", "", self.queue.count()))

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.article.clear()
            return
        with self.db.session() as session:
            self.article.setPlainText(documents.get(session, int(item.data(256))).display_text)
