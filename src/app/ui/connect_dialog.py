"""File ▸ Connect to Team Database…: host, port, database, user, TLS mode and password; Connect tries
the login (`app.review.team.connect`, which opens and migrates the database) and, when it answers,
the window is rebuilt on the team database. The password goes to the system keyring when there is
one — never to the settings file or the log; without a keyring the dialog says so in one line and
the password is asked for each time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import StoreError
from app.review import Workspace
from app.review import team_connection as team
from app.ui.i18n import tr

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


class ConnectDialog(QDialog):
    connected = Signal(object)  # the Workspace on the team database

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(tr("Connect to Team Database"))
        self.host = QLineEdit()
        self.host.setObjectName("connectHost")
        self.port = QSpinBox()
        self.port.setObjectName("connectPort")
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit()
        self.database.setObjectName("connectDatabase")
        self.user = QLineEdit()
        self.user.setObjectName("connectUser")
        self.sslmode = QComboBox()
        self.sslmode.setObjectName("connectSslmode")
        for mode in team.SSL_MODES:
            self.sslmode.addItem(mode, mode)
        self.password = QLineEdit()
        self.password.setObjectName("connectPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.keep_password = QCheckBox(tr("Keep the password in the system keyring"))
        self.keep_password.setObjectName("connectKeepPassword")
        self.keyring_note = QLabel(tr("No system keyring on this computer: the password is not stored and is "
                                      "asked for each time."))
        self.keyring_note.setObjectName("connectKeyringNote")
        self.keyring_note.setWordWrap(True)
        self.has_keyring = team.keyring_available()
        self.keep_password.setChecked(self.has_keyring)
        self.keep_password.setVisible(self.has_keyring)
        self.keyring_note.setVisible(not self.has_keyring)
        self.problem = QLabel()
        self.problem.setObjectName("connectProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.hide()

        form = QFormLayout()
        form.addRow(tr("Server (host)"), self.host)
        form.addRow(tr("Port"), self.port)
        form.addRow(tr("Database"), self.database)
        form.addRow(tr("User"), self.user)
        form.addRow(tr("TLS mode"), self.sslmode)
        form.addRow(tr("Password"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.addButton(tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setObjectName("connectButton")
        self.buttons.accepted.connect(self.try_connect)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.keep_password)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._fill(team.remembered())

    def _fill(self, last: team.TeamConnection | None) -> None:
        if last is None:
            return
        self.host.setText(last.host)
        self.port.setValue(last.port)
        self.database.setText(last.database)
        self.user.setText(last.user)
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(last.sslmode)))
        self.password.setText(team.saved_password(last) or "")

    def connection(self) -> team.TeamConnection:
        return team.TeamConnection(self.host.text().strip(), self.port.value(), self.database.text().strip(),
                                   self.user.text().strip(), str(self.sslmode.currentData()))

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def try_connect(self) -> Workspace | None:
        """Log in; on success remember the connection (and the password in the keyring, if asked) and
        hand the workspace on; otherwise say why in one line and stay open."""
        connection = self.connection()
        problem = connection.problem()
        if problem is not None:
            self.show_problem(problem)
            return None
        password = self.password.text() or None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            workspace = team.connect(connection, password)
        except StoreError as exc:
            self.show_problem(tr("Could not connect: %1", exc))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        team.remember(connection)
        if password and self.has_keyring and self.keep_password.isChecked():
            team.save_password(connection, password)
        self.password.clear()
        self.accept()
        self.connected.emit(workspace)
        return workspace


def open_connect_dialog(window: MainWindow) -> ConnectDialog:
    """Show the dialog; a successful login replaces the window with one on the team database."""
    from app.ui.application import switch_database  # the application module builds windows

    dialog = ConnectDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.connected.connect(lambda ws: switch_database(window, ws))
    dialog.open()
    return dialog
