"""Every item model of the window passes pytest-qt's model tester, and the queue model reads the
database only in its threads: `data()` on the UI thread answers from its cache."""

from __future__ import annotations

import threading

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from app.domain.queue import QueueFilter
from app.review import Workspace
from app.store import Database
from app.ui.fact_list_model import FactListModel
from app.ui.queue_model import COLUMN, QueueModel

ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
         Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole)


def test_queue_model_passes_the_model_tester(qtbot, qtmodeltester, workspace: Workspace) -> None:
    model = QueueModel(workspace)
    model.reload_now()
    qtmodeltester.check(model, force_py=True)
    model.sort(COLUMN["title"])  # sorting and filtering query in the background; the model resets on the answer
    assert model.loading
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    model.set_filter(QueueFilter(search="Baotou"))
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    qtmodeltester.check(model, force_py=True)
    assert 0 < model.total() < 5


def test_queue_model_fetches_rows_lazily(qtmodeltester, workspace: Workspace) -> None:
    model = QueueModel(workspace)
    model.BATCH = 2
    model.reload_now()
    assert model.rowCount() == 2 and model.canFetchMore(model.index(-1, -1))
    qtmodeltester.check(model, force_py=True)
    model.ensure_visible(4)
    assert model.rowCount() == 5 and not model.canFetchMore(model.index(-1, -1))


def test_data_runs_no_sql_on_the_ui_thread(qtbot, window, seeded_db: Database) -> None:
    """Scroll the whole queue and ask `data()` for every visible cell in every role: no statement runs
    on the UI thread meanwhile; the rows arrive from the model's thread and fill the cells."""
    statements: list[tuple[str, str]] = []
    ui_thread = threading.get_ident()

    def count(_conn, _cursor, statement, _params, _context, _executemany) -> None:  # noqa: ANN001
        statements.append(("ui" if threading.get_ident() == ui_thread else "worker", statement))

    event.listen(seeded_db.engine, "before_cursor_execute", count)
    try:
        model, table = window.queue.model, window.queue.table
        model.PAGE = 4  # small pages, so scrolling asks for several
        model._cache.clear()  # noqa: SLF001 - start cold, as after a new search
        model._asked.clear()  # noqa: SLF001
        statements.clear()
        seen: set[int] = set()
        for row in range(model.total()):
            table.scrollTo(model.index(row, 0))
            first, last = table.rowAt(0), table.rowAt(table.viewport().height() - 1)
            last = model.rowCount() - 1 if last < 0 else last
            for r in range(max(first, 0), last + 1):
                for c in range(model.columnCount()):
                    for role in ROLES:
                        model.data(model.index(r, c), role)
                seen.add(r)
            assert not [s for where, s in statements if where == "ui"], "data() ran SQL on the UI thread"
            QApplication.processEvents()
        qtbot.waitUntil(lambda: all(model.data(model.index(r, 1)) for r in seen), timeout=10_000)
        assert len(seen) == model.total() > 4
        assert [s for where, s in statements if where == "worker"], "the rows came from the model's thread"
        assert not [s for where, s in statements if where == "ui"]
    finally:
        event.remove(seeded_db.engine, "before_cursor_execute", count)


def test_fact_list_model_passes_the_model_tester(qtmodeltester, workspace: Workspace) -> None:
    doc = workspace.document(1)
    model = FactListModel()
    model.set_facts(doc.facts)
    qtmodeltester.check(model, force_py=True)
    kinds = [model.fact_at(r).kind for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert kinds == sorted(kinds, key=["indicator", "project", "target", "person"].index)
    model.update_fact(doc.facts[0])
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole) and not model.index(0, 0).parent().isValid()
    assert model.rowCount(QModelIndex()) == len(doc.facts)
