"""File ▸ Connect to Team Database… with a real PostgreSQL login over TCP (127.0.0.1, a password):
the window is rebuilt on the team database, its title names the database and the login, the
connection (without its password) is remembered in the settings, and the password is in neither the
settings file nor the log."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app import config, logs
from app.review import team_connection as team
from app.ui.connect_dialog import ConnectDialog

pytestmark = pytest.mark.postgres


@pytest.fixture
def team_login(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, object]]:
    """A uniquely named login role with a password and a schema of its own (roles are cluster-global
    and the server is shared: both are dropped afterwards)."""
    import os

    base = os.environ.get("FACTDESK_TEST_PG_URL")
    if not base:
        pytest.skip("FACTDESK_TEST_PG_URL is not set (no PostgreSQL server for the tests)")
    from sqlalchemy import create_engine, text

    name = "fd_team_" + secrets.token_hex(5)
    password = "pw-" + secrets.token_urlsafe(12)
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        database = conn.execute(text("SELECT current_database()")).scalar()
        port = int(conn.execute(text("SHOW port")).scalar())  # type: ignore[arg-type]
        conn.execute(text(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'"))
        conn.execute(text(f'GRANT CONNECT ON DATABASE "{database}" TO {name}'))
        conn.execute(text(f"CREATE SCHEMA {name} AUTHORIZATION {name}"))
        conn.execute(text(f"ALTER ROLE {name} SET search_path = {name}"))
    try:
        yield {"user": name, "password": password, "database": database, "port": port}
    finally:
        with admin.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :n"), {"n": name})
            conn.execute(text(f"DROP SCHEMA IF EXISTS {name} CASCADE"))
            conn.execute(text(f"DROP OWNED BY {name}"))
            conn.execute(text(f"DROP ROLE {name}"))
        admin.dispose()


def test_connecting_to_a_team_database_over_tcp_with_a_password(qtbot, window, team_login, monkeypatch) -> None:
    from app.ui import application

    monkeypatch.setenv(logs.ENV_LEVEL, "DEBUG")  # log everything there is: the password must still not appear
    log_file = logs.setup()
    logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO)
    try:
        window.commands["connect_team"].trigger()
        qtbot.waitUntil(lambda: window.findChild(ConnectDialog) is not None, timeout=5000)
        dialog = window.findChild(ConnectDialog)
        assert dialog.keyring_note.isVisibleTo(dialog) is not team.keyring_available()

        QTest.keyClicks(dialog.host, "127.0.0.1")
        dialog.port.setValue(int(team_login["port"]))
        QTest.keyClicks(dialog.database, str(team_login["database"]))
        QTest.keyClicks(dialog.user, str(team_login["user"]))
        dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("prefer"))

        QTest.keyClicks(dialog.password, "wrong-password")  # a refused login: one line, the dialog stays
        QTest.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        assert dialog.problem.isVisibleTo(dialog)
        assert "Could not connect" in dialog.problem.text() and "wrong-password" not in dialog.problem.text()
        assert "\n" not in dialog.problem.text()

        dialog.password.clear()
        QTest.keyClicks(dialog.password, str(team_login["password"]))
        before = len(application._windows)  # noqa: SLF001 - the windows switching made
        QTest.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(application._windows) > before, timeout=30_000)  # noqa: SLF001
        new = application._windows[-1]  # noqa: SLF001
        qtbot.addWidget(new)
        qtbot.waitUntil(lambda: not window.isVisible() and new.isVisible(), timeout=10_000)

        place = f"{team_login['database']}@127.0.0.1:{team_login['port']} ({team_login['user']})"
        assert new.windowTitle().endswith(f"FactDesk — {place}")
        assert new.workspace.user == team_login["user"]  # the audit log names the login
        qtbot.waitUntil(lambda: new.queue.model.total() > 0, timeout=60_000)  # the seed articles, imported there

        last = team.remembered()
        assert last == team.TeamConnection("127.0.0.1", int(team_login["port"]), str(team_login["database"]),
                                           str(team_login["user"]), "prefer")
        new.close()
        logging.getLogger("app").error("checkpoint after connecting")  # the log file exists and was written
    finally:
        logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
        logs.teardown()
        for win in list(application._windows):  # noqa: SLF001
            win.close()
            win.workspace.close()
            application._windows.remove(win)  # noqa: SLF001

    password = str(team_login["password"])
    settings_text = config.settings_path().read_text(encoding="utf-8")
    log_text = log_file.read_text(encoding="utf-8")
    assert str(team_login["user"]) in settings_text and "checkpoint after connecting" in log_text
    assert password not in settings_text
    assert password not in log_text
    for path in config.data_dir().rglob("*"):
        if path.is_file():
            assert password.encode() not in path.read_bytes(), path


class MemoryKeyring:
    """A keyring backend living in this process only: this machine (headless, no Secret Service) has
    no system keyring, and the test must not leave a password on it either."""

    @staticmethod
    def make():  # noqa: ANN205 - a keyring backend instance
        from keyring.backend import KeyringBackend

        class Backend(KeyringBackend):
            priority = 1  # type: ignore[assignment]

            def __init__(self) -> None:
                super().__init__()
                self.store: dict[tuple[str, str], str] = {}

            def get_password(self, service: str, username: str) -> str | None:
                return self.store.get((service, username))

            def set_password(self, service: str, username: str, password: str) -> None:
                self.store[(service, username)] = password

            def delete_password(self, service: str, username: str) -> None:
                self.store.pop((service, username), None)

        return Backend()


def test_the_password_goes_to_the_keyring_and_comes_back_from_it(qtbot, window, team_login) -> None:
    import keyring

    from app.ui import application

    previous = keyring.get_keyring()
    backend = MemoryKeyring.make()
    keyring.set_keyring(backend)
    try:
        dialog = ConnectDialog(window)
        qtbot.addWidget(dialog)
        assert dialog.keep_password.isVisibleTo(dialog) and not dialog.keyring_note.isVisibleTo(dialog)
        dialog.host.setText("127.0.0.1")
        dialog.port.setValue(int(team_login["port"]))
        dialog.database.setText(str(team_login["database"]))
        dialog.user.setText(str(team_login["user"]))
        dialog.password.setText(str(team_login["password"]))
        workspace = dialog.try_connect()
        assert workspace is not None
        workspace.close()
        connection = team.remembered()
        assert connection is not None
        assert backend.store == {(team.KEYRING_SERVICE, connection.keyring_name): team_login["password"]}
        again = ConnectDialog(window)
        qtbot.addWidget(again)
        assert again.password.text() == team_login["password"] and again.host.text() == "127.0.0.1"
        assert str(team_login["password"]) not in config.settings_path().read_text(encoding="utf-8")
    finally:
        keyring.set_keyring(previous)
        assert not application._windows  # noqa: SLF001 - only the dialog ran: no window was switched


FILE_KEYRING = '''
"""A keyring backend keeping passwords in one JSON file (named by $TEST_KEYRING_FILE): the start-up test's
own process reads what the test put there, through keyring's documented PYTHON_KEYRING_BACKEND."""
import json, os
from keyring.backend import KeyringBackend


class FileKeyring(KeyringBackend):
    priority = 1

    def _all(self):
        try:
            with open(os.environ["TEST_KEYRING_FILE"], encoding="utf-8") as f:
                return json.load(f)
        except FileNotFoundError:
            return {}

    def get_password(self, service, username):
        return self._all().get(service + "|" + username)

    def set_password(self, service, username, password):
        raise NotImplementedError("read-only in this test")

    def delete_password(self, service, username):
        raise NotImplementedError("read-only in this test")
'''

START = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app import config
from app.ui.application import create_application, run
from app.ui.connect_dialog import ConnectDialog
from app.ui.main_window import MainWindow

app = create_application()
seen = {}


def shown(kind):
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def look():
    windows = shown(MainWindow)
    if not windows or any(w.runner.busy for w in windows):
        QTimer.singleShot(100, look)  # the window, idle (a first start imports the demo articles)
        return
    window = windows[0]
    dialogs = shown(ConnectDialog)
    seen.setdefault("starts", []).append({
        "title": window.windowTitle(), "user": window.workspace.user,
        "use_local": window.commands["use_local"].isEnabled(),
        "dialog_host": dialogs[0].host.text() if dialogs else None,
        "dialog_problem": dialogs[0].problem.text() if dialogs and dialogs[0].problem.isVisible() else None,
    })
    for dialog in dialogs:
        dialog.reject()
    if window.commands["use_local"].isEnabled() and len(seen["starts"]) == 1:
        window.commands["use_local"].trigger()  # File > Use Local Database: a window on the local file
        QTimer.singleShot(100, look)
        return
    seen["reopen_after"] = config.load_settings().team_reopen
    print(json.dumps(seen))
    window.close()
    app.quit()


QTimer.singleShot(0, look)
sys.exit(run(sys.argv[1], None, team_at_start=True))
"""


def start_window(tmp_path, local_url: str, password: str | None) -> dict:  # noqa: ANN001
    """A plain start of the window in its own process (its own settings and keyring files)."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    (tmp_path / "filekeyring.py").write_text(FILE_KEYRING, encoding="utf-8")
    keys = tmp_path / "keyring.json"
    connection = team.remembered()
    assert connection is not None
    keys.write_text(json.dumps({f"{team.KEYRING_SERVICE}|{connection.keyring_name}": password} if password else {}))
    src = Path(__file__).resolve().parents[2] / "src"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(src), str(tmp_path)]), "QT_QPA_PLATFORM": "offscreen",
           "PYTHON_KEYRING_BACKEND": "filekeyring.FileKeyring", "TEST_KEYRING_FILE": str(keys),
           "FACTDESK_DATA_DIR": str(config.data_dir())}
    env.pop("FACTDESK_DB", None)
    out = subprocess.run([sys.executable, "-c", START, local_url], capture_output=True, text=True, env=env,
                         timeout=240, check=False)
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_plain_start_reopens_the_team_database_the_window_was_on(tmp_path, team_login, seeded_db) -> None:  # noqa: ANN001
    connection = team.TeamConnection("127.0.0.1", int(team_login["port"]), str(team_login["database"]),
                                     str(team_login["user"]), "prefer")
    team.remember(connection)  # as a successful Connect does
    assert config.load_settings().team_reopen is True
    place = f"{connection.place} ({connection.user})"

    seen = start_window(tmp_path, str(seeded_db.engine.url), str(team_login["password"]))
    on_team, back_home = seen["starts"]
    assert on_team["title"].endswith(f"FactDesk — {place}") and on_team["user"] == connection.user
    assert on_team["use_local"] and on_team["dialog_host"] is None  # no dialog: the keyring had the password
    assert not back_home["use_local"] and place not in back_home["title"]  # Use Local Database took it home
    assert seen["reopen_after"] is False  # and the next start stays home

    team.remember(connection)  # on the team again, but the keyring lost the password (or the server is away)
    (start,) = start_window(tmp_path, str(seeded_db.engine.url), None)["starts"]
    assert place not in start["title"] and not start["use_local"]  # the local database, not a dead window
    assert start["dialog_host"] == "127.0.0.1"  # the Connect dialog, filled in, says why in one line
    assert start["dialog_problem"].startswith("Could not connect: ") and "\n" not in start["dialog_problem"]
    assert config.load_settings().team_reopen is True  # still wanted: the next start tries again
