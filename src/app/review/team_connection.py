"""Connecting to a team database on a PostgreSQL server: the connection's parts, the URL made from
them, and the password kept in the system keyring (the `keyring` package) — never in the settings
file, the URL stored there, or the log. On a machine without a keyring backend (a headless Linux
box) nothing stores the password: the window asks for it each time."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from app import config
from app.review.workspace import Workspace, open_workspace

SSL_MODES = ("disable", "prefer", "require", "verify-full")
KEYRING_SERVICE = "FactDesk team database"
CONNECT_TIMEOUT = 10  # seconds: an unreachable server (an office machine offline) answers within this


@dataclass(frozen=True)
class TeamConnection:
    host: str
    port: int
    database: str
    user: str
    sslmode: str = "prefer"

    def problem(self) -> str | None:
        """What is wrong with the parts, in one line (None: nothing)."""
        if not self.host.strip():
            return "the server's host name is missing"
        if not 0 < self.port < 65536:
            return f"the port must be between 1 and 65535, not {self.port}"
        if not self.database.strip():
            return "the database name is missing"
        if not self.user.strip():
            return "the user name is missing"
        if self.sslmode not in SSL_MODES:
            return f"the TLS mode must be one of {', '.join(SSL_MODES)}"
        return None

    def url(self, password: str | None) -> str:
        """The database URL with the password (only ever held in memory, never written)."""
        login = quote(self.user, safe="") + (f":{quote(password, safe='')}" if password else "")
        return (f"postgresql+psycopg://{login}@{quote(self.host, safe='')}:{self.port}/"
                f"{quote(self.database, safe='')}?sslmode={self.sslmode}&connect_timeout={CONNECT_TIMEOUT}")

    @property
    def place(self) -> str:
        return f"{self.database}@{self.host}:{self.port}"

    @property
    def keyring_name(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


def connect(connection: TeamConnection, password: str | None) -> Workspace:
    """Open (and migrate) the team database as `connection.user`, who is also the audit log's name.
    Raises StoreError (one line, without the password) when it cannot."""
    from app.domain.errors import StoreError

    problem = connection.problem()
    if problem is not None:
        raise StoreError(problem)
    try:
        return open_workspace(connection.url(password), user=connection.user)
    except StoreError as exc:
        raise StoreError(str(exc).replace(password, "***") if password else str(exc)) from None


def remembered() -> TeamConnection | None:
    """The last team connection (from the settings; no password there)."""
    s = config.load_settings()
    if not (s.team_host and s.team_database and s.team_user):
        return None
    return TeamConnection(s.team_host, s.team_port, s.team_database, s.team_user, s.team_sslmode)


def remember(connection: TeamConnection) -> None:
    """Keep the connection for the next start, which opens it again (until Use Local Database)."""
    config.save_settings(team_host=connection.host, team_port=connection.port, team_database=connection.database,
                         team_user=connection.user, team_sslmode=connection.sslmode, team_reopen=True)


def to_reopen() -> TeamConnection | None:
    """The team connection a plain start opens again: the last one, if the window was on it."""
    return remembered() if config.load_settings().team_reopen else None


def reopen(connection: TeamConnection) -> Workspace:
    """Log in again with the password the keyring kept (or none: a server trusting this machine).
    Raises StoreError (one line) when that fails — the window then opens the local database and asks."""
    return connect(connection, saved_password(connection))


def open_local() -> Workspace:
    """The local database (what a plain `factdesk` opens without a team), and no team reopened at start."""
    config.save_settings(team_reopen=False)
    return open_workspace(config.database_url())


def keyring_available() -> bool:
    """Is there a system keyring to keep the password in? (keyring's "fail" backend has priority 0.)"""
    try:
        import keyring

        return float(keyring.get_keyring().priority) > 0  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - a broken backend is as good as none
        return False


def saved_password(connection: TeamConnection) -> str | None:
    if not keyring_available():
        return None
    import keyring

    try:
        return keyring.get_password(KEYRING_SERVICE, connection.keyring_name)
    except Exception:  # noqa: BLE001 - a locked or broken keyring: ask instead
        return None


def save_password(connection: TeamConnection, password: str) -> bool:
    """Keep the password in the system keyring; False when there is none (nothing is stored then)."""
    if not keyring_available():
        return False
    import keyring

    try:
        keyring.set_password(KEYRING_SERVICE, connection.keyring_name, password)
    except Exception:  # noqa: BLE001 - a locked or broken keyring: nothing stored
        return False
    return True
