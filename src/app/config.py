"""Paths, settings and the database URL. Nothing here runs at import time: every path comes from a
function so tests (and a portable install) can point FactDesk somewhere else."""

from __future__ import annotations

import getpass
import os
from pathlib import Path

import platformdirs

from app import settings

APP_NAME = "FactDesk"
ENV_DB = "FACTDESK_DB"
ENV_DATA_DIR = "FACTDESK_DATA_DIR"
ENV_USER = "FACTDESK_USER"


def data_dir() -> Path:
    """Where the database and settings live: $FACTDESK_DATA_DIR, else the platform's user data dir."""
    override = os.environ.get(ENV_DATA_DIR)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "factdesk.sqlite3"


def database_url(explicit: str | None = None) -> str:
    """The SQLAlchemy URL: --db, else $FACTDESK_DB, else SQLite in the data directory.

    A bare file path is accepted and turned into a SQLite URL."""
    url = explicit or os.environ.get(ENV_DB)
    if not url:
        return f"sqlite:///{default_db_path()}"
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    return url


def user_name() -> str:
    """Who is acting, for the audit log: $FACTDESK_USER, else the settings, else the OS user."""
    name = os.environ.get(ENV_USER) or load_settings().user_name
    if name:
        return str(name)
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - getuser raises various errors when no name is known
        return "unknown"


def settings_path() -> Path:
    return data_dir() / "settings.json"


def load_settings() -> settings.Settings:
    """The typed settings (`app.settings`), defaults where the file has none."""
    return settings.load(settings_path())


def save_settings(**changes: object) -> settings.Settings:
    """Change some settings (by attribute name, e.g. `window_last_document=3`), written atomically."""
    return settings.save(settings_path(), **changes)
