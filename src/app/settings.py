"""The user's settings: one schema with types, defaults and descriptions (as qutebrowser's configdata),
read from and written to a JSON file. A value of the wrong type in the file reads as the default; keys
this version does not know are kept when the file is written again.

Writes are atomic and never collide: each goes to a temporary file with a unique name in the same
folder and replaces the settings file with `os.replace`, so two FactDesk windows saving at the same
moment each leave a whole file (the later one wins) and never a half-written or missing one."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Option:
    key: str  # the key in the JSON file
    kind: type  # str, int or bool; None is always allowed where the default is None
    default: Any
    description: str


OPTIONS: tuple[Option, ...] = (
    Option("user_name", str, None, "Name recorded in the audit log (default: $FACTDESK_USER, else the OS user)."),
    Option("language", str, "", "Interface language: zh_CN or en; empty follows the system."),
    Option("theme", str, "system", "Colour scheme: system, light or dark."),
    Option("review.confirm_threshold", int, 85,
           "Confidence in percent at or above which a suggested fact may be confirmed in one batch; facts "
           "below it count as needing attention in the queue."),
    Option("window.geometry", str, None, "The main window's size and place (Qt's saveGeometry, base64)."),
    Option("window.state", str, None, "The main window's toolbars and docks (Qt's saveState, base64)."),
    Option("window.splitter", str, None, "The widths of the queue, article and fact panes (base64)."),
    Option("window.last_document", int, None, "The document open when the window was last used."),
    Option("window.last_fact", int, None, "The fact selected in that document."),
    Option("window.queue_sort", str, None, "The queue's sort: a column name, then \" desc\" when descending."),
    Option("window.queue_filter", str, None,
           "The queue's filter (JSON: statuses, languages, region, published_from, published_to, search)."),
    Option("team.host", str, None, "The last team database server connected to (File ▸ Connect to Team Database)."),
    Option("team.port", int, 5432, "Its port."),
    Option("team.database", str, None, "The database on it."),
    Option("team.user", str, None, "The login used (the password is kept in the system keyring, never here)."),
    Option("team.sslmode", str, "prefer", "TLS: disable, prefer, require or verify-full."),
    Option("team.reopen", bool, False, "Open that team database again at a plain start (set when you connect; cleared "
           "by File ▸ Use Local Database; --db or $FACTDESK_DB open their database instead)."),
)
OPTION = {o.key: o for o in OPTIONS}


@dataclass(frozen=True)
class Settings:
    """Typed values of every option; attribute names are the keys with dots as underscores."""

    user_name: str | None = None
    language: str = ""
    theme: str = "system"
    review_confirm_threshold: int = 85
    window_geometry: str | None = None
    window_state: str | None = None
    window_splitter: str | None = None
    window_last_document: int | None = None
    window_last_fact: int | None = None
    window_queue_sort: str | None = None
    window_queue_filter: str | None = None
    team_host: str | None = None
    team_port: int = 5432
    team_database: str | None = None
    team_user: str | None = None
    team_sslmode: str = "prefer"
    team_reopen: bool = False

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Settings:
        values = {}
        for option in OPTIONS:
            value = data.get(option.key, option.default)
            values[_attr(option.key)] = value if _fits(option, value) else option.default
        return cls(**values)

    def to_json(self) -> dict[str, Any]:
        return {o.key: getattr(self, _attr(o.key)) for o in OPTIONS}


def _fits(option: Option, value: Any) -> bool:
    """Is `value` of the option's type? (JSON's true is no number: a bool fits only a bool option.)"""
    return (value is None and option.default is None) or (
        isinstance(value, option.kind) and (option.kind is bool or not isinstance(value, bool)))


def _attr(key: str) -> str:
    return key.replace(".", "_")


assert [f.name for f in fields(Settings)] == [_attr(o.key) for o in OPTIONS], "schema and Settings differ"


def _read_raw(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def load(path: Path) -> Settings:
    return Settings.from_json(_read_raw(path))


def save(path: Path, **changes: Any) -> Settings:
    """Change some options (by attribute name) and write the file atomically; answers the new settings.
    A value of the wrong type is refused with ValueError before anything is written."""
    by_attr = {_attr(o.key): o for o in OPTIONS}
    for name, value in changes.items():
        option = by_attr.get(name)
        if option is None:
            raise ValueError(f"no setting named {name}")
        if not _fits(option, value):
            raise ValueError(f"setting {option.key} takes a {option.kind.__name__}, not {value!r}")
    raw = _read_raw(path)
    updated = replace(Settings.from_json(raw), **changes)
    raw.update(updated.to_json())
    write_atomically(path, json.dumps(raw, ensure_ascii=False, indent=1))
    return updated


def write_atomically(path: Path, text: str) -> None:
    """Write through a uniquely named temporary file in the same folder, then `os.replace`."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
