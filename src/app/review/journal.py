"""Edits that could not reach the database, kept in a local file until they can.

When the database server is unreachable, the window puts each edit it could not store here: which
fact (or the document), the field, the value the analyst wrote and the version they wrote it
against. The file is JSON lines in the data folder (`unsaved-edits.jsonl`), rewritten whole through a
temporary file, fsynced and renamed (`app.settings.write_atomically`) at every change, so a crash
leaves the old or the new list, never half a line. When the connection returns the edits are applied
in order with their versions checked: a row someone else changed meanwhile is a conflict, shown as
any other. Entries name the database they belong to (without a password), so another database never
receives them."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from app import config
from app.review.changes import ChangeSet
from app.review.workspace import Workspace
from app.settings import write_atomically

FILE_NAME = "unsaved-edits.jsonl"


def journal_path() -> Path:
    return config.data_dir() / FILE_NAME


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict) and len(value) == 1:
        ((tag, text),) = value.items()
        if tag == "$date":
            return date.fromisoformat(text)
        if tag == "$datetime":
            return datetime.fromisoformat(text)
        if tag == "$decimal":
            return Decimal(text)
    return value


@dataclass(frozen=True)
class JournalEntry:
    """One edit: a fact's field (`fact_id`) or the document's, as the analyst wrote it."""

    database: str
    document_id: int
    fact_id: int | None
    name: str
    value: Any
    expected_version: int | None
    user: str
    at: str

    def to_line(self) -> str:
        data = asdict(self)
        data["value"] = _encode(self.value)
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_line(cls, line: str) -> JournalEntry:
        data = json.loads(line)
        data["value"] = _decode(data.get("value"))
        return cls(**data)


class Journal:
    """The file of unsaved edits for one database (`database`: its place or path, never a password)."""

    def __init__(self, database: str, path: Path | None = None) -> None:
        self.database = database
        self.path = path or journal_path()

    def _all(self) -> list[JournalEntry]:
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []
        entries = []
        for line in lines:
            try:
                entries.append(JournalEntry.from_line(line))
            except (ValueError, TypeError):
                continue  # a line this version cannot read is left out (the rewrite below keeps others)
        return entries

    def entries(self) -> list[JournalEntry]:
        return [e for e in self._all() if e.database == self.database]

    def __len__(self) -> int:
        return len(self.entries())

    def add(self, entry: JournalEntry) -> None:
        self._write([*self._all(), entry])

    def remove(self, done: JournalEntry) -> None:
        entries = self._all()
        if done in entries:
            entries.remove(done)
        self._write(entries)

    def _write(self, entries: list[JournalEntry]) -> None:
        if not entries:
            self.path.unlink(missing_ok=True)
            return
        write_atomically(self.path, "".join(e.to_line() + "\n" for e in entries))


def apply_entry(workspace: Workspace, entry: JournalEntry) -> ChangeSet:
    """Store one journalled edit with its version checked. Raises ConflictError (described: their
    value, who, when) when the row changed meanwhile, UnreachableError while the server is away."""
    changes = {entry.name: entry.value}
    if entry.fact_id is None:
        return workspace.edit_document(entry.document_id, changes, expected_version=entry.expected_version)
    return workspace.edit_fact(entry.fact_id, changes, expected_version=entry.expected_version)



