"""Corrections applied from a workbook, by document, so that the window can undo them one document at
a time: for each document the stored values the apply replaced and the values it wrote, keyed as the
review services take them. Putting either set back goes through the same services as any edit, so
each step is validated and audited."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.domain.errors import StoreError
from app.domain.schema import DocStatus, FactStatus
from app.store.services import documents, facts, review

if TYPE_CHECKING:
    from app.store.db import Session
    from app.workflows.applying import AppliedRow, ApplyReport

CLOSED = (DocStatus.APPROVED.value, DocStatus.REJECTED.value)
STATUS_AND_NOTE = ("status", "note")


@dataclass(frozen=True)
class DocumentCorrections:
    """What one apply changed in one document: per fact and for the document itself (before, after),
    and the document's status before and after."""

    document_id: int
    facts: dict[int, tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=dict)
    document: tuple[dict[str, Any], dict[str, Any]] = ({}, {})
    status_before: str = DocStatus.IN_REVIEW.value
    status_after: str = DocStatus.IN_REVIEW.value
    versions: dict[tuple[str, int], int] = field(default_factory=dict)
    """("fact" | "document", id) → the version this document's last apply, undo or redo left: an undo
    or redo is refused when someone changed the row since (nothing is overwritten unseen)."""

    @property
    def fact_ids(self) -> tuple[int, ...]:
        return tuple(self.facts)


@dataclass(frozen=True)
class WorkbookApplied:
    """The answer of `Workspace.apply_workbook`: the report, and the corrections by document (empty on
    a dry run)."""

    report: ApplyReport
    documents: tuple[DocumentCorrections, ...] = ()


def by_document(rows: Sequence[AppliedRow], status_after: Mapping[int, str]) -> tuple[DocumentCorrections, ...]:
    grouped: dict[int, DocumentCorrections] = {}
    for row in rows:
        found = grouped.get(row.document_id)
        if found is None:
            found = DocumentCorrections(row.document_id, status_before=row.document_status or DocStatus.NEW.value,
                                        status_after=status_after.get(row.document_id, DocStatus.IN_REVIEW.value))
            grouped[row.document_id] = found
        if row.entity == "fact":
            found.facts[row.entity_id] = (row.before, row.after)
        else:
            found.document[0].update(row.before)
            found.document[1].update(row.after)
    return tuple(grouped.values())


def put_back(session: Session, user: str, done: DocumentCorrections, *, undo: bool) -> None:
    """Write the values before the apply (`undo`) or after it (redo) into the document and its facts.
    A closed document is reopened for the edits; the status it should have comes last (an approval
    of a redo is then checked as any approval is)."""
    pick = 0 if undo else 1
    _check_versions(session, done)
    doc = documents.get(session, done.document_id)
    if doc.status in CLOSED:
        review.restore_status(session, doc.id, DocStatus.IN_REVIEW.value, doc.note, user)
    for fact_id, values in done.facts.items():
        wanted = dict(values[pick])
        status = wanted.pop("status", None)
        if wanted:
            review.edit_fact(session, fact_id, wanted, user)
        if status is not None:
            review.set_fact_status(session, fact_id, FactStatus(status), user)
    own = done.document[pick]
    fields = {k: v for k, v in own.items() if k not in STATUS_AND_NOTE}
    if fields:
        review.edit_document(session, doc.id, fields, user)
    note = own["note"] if "note" in own else documents.get(session, doc.id).note
    status = done.status_before if undo else done.status_after
    if status == DocStatus.APPROVED.value:
        found = review.remaining_problems(session, doc.id)
        if found:
            raise StoreError(f"the document {doc.id} cannot be approved again: a fact does not validate")
    review.restore_status(session, doc.id, status, note, user)
    record_versions(session, done)


def _version(session: Session, entity: str, entity_id: int) -> int:
    row = facts.get_fact(session, entity_id) if entity == "fact" else documents.get(session, entity_id)
    return int(row.version)


def record_versions(session: Session, done: DocumentCorrections) -> None:
    session.flush()
    for entity_id in done.facts:
        done.versions[("fact", entity_id)] = _version(session, "fact", entity_id)
    done.versions[("document", done.document_id)] = _version(session, "document", done.document_id)


def _check_versions(session: Session, done: DocumentCorrections) -> None:
    for (entity, entity_id), version in done.versions.items():
        current = _version(session, entity, entity_id)
        if current != version:
            raise StoreError(f"the {entity} {entity_id} was changed after the workbook was applied (version "
                             f"{current}, not {version}); nothing was undone or redone")


def status_of(session: Session, document_ids: Sequence[int]) -> dict[int, str]:
    return {d: documents.get(session, d).status for d in document_ids}


def remember_versions(session: Session, applied: Sequence[DocumentCorrections]) -> None:
    """The versions right after the apply, for the first undo's check."""
    for done in applied:
        record_versions(session, done)
