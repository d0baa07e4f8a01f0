"""What an operation changed, so that every pane can bring itself up to date from one value instead of
the window calling each pane in turn (Anki's `OpChanges`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from app.domain.views import DocumentView


class Change(StrEnum):
    DOCUMENT = "document"  # a document's own fields (title, published, region)
    STATUS = "status"  # a document's workflow status or note (also when a first edit put it in review)
    FACT = "fact"  # a fact's content or status; the fact list keeps its shape
    FACTS = "facts"  # facts added, withdrawn or changed kind: the fact list is rebuilt
    QUEUE = "queue"  # documents added or re-extracted: the queue's list and filters are read again
    KNOWLEDGE = "knowledge"  # learned entries edited or deleted (the Knowledge view reads them again)


@dataclass(frozen=True)
class ChangeSet:
    """The kinds of change, the documents and facts they touched, and the touched document as stored
    after the operation committed (`document`), ready for the panes. `result` is what the operation
    answers besides (an approval's verdict, a new fact's id, an import summary)."""

    changes: frozenset[Change] = frozenset()
    document_ids: tuple[int, ...] = ()
    fact_ids: tuple[int, ...] = ()
    document: DocumentView | None = None
    result: Any = field(default=None, compare=False)

    def __contains__(self, change: object) -> bool:
        return change in self.changes

    @property
    def empty(self) -> bool:
        return not self.changes
