"""What extraction has learned from the analysts' corrections, as a plain snapshot.

The store keeps the learned entries (each with the fact it came from, the user and the time); the
workflows read a `Knowledge` snapshot from it and hand it to `app.extract`, which never imports the
store. A field that a learned entry produced says so in the fact's origin: `learned/<field>/<entry id>`;
a target or indicator that a learned organisation's investment made a project says `learned/kind+investor/<id>`.
"""

from __future__ import annotations

from dataclasses import dataclass

LEARNED = "learned"

KIND_ORG = "organisation"
KIND_LABEL = "label"
KIND_REGION = "region"
KINDS = (KIND_ORG, KIND_LABEL, KIND_REGION)


@dataclass(frozen=True)
class LearnedEntry:
    """One learned thing: an organisation (`value` its name, `aliases` how articles write it), an
    indicator label (`aliases` the article's phrases, `value` the controlled label) or a region alias
    (`aliases` the local name, `value` the gazetteer's name)."""

    entry_id: int
    kind: str
    value: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Knowledge:
    entries: tuple[LearnedEntry, ...] = ()

    def of_kind(self, kind: str) -> list[LearnedEntry]:
        return [e for e in self.entries if e.kind == kind]

    def __bool__(self) -> bool:
        return bool(self.entries)


EMPTY = Knowledge()


# a learned organisation that made a target or indicator its project: the kind and the investor are learned
KIND_AND_INVESTOR = "kind+investor"


def learned_origin(field: str, entry_id: int) -> str:
    return f"{LEARNED}/{field}/{entry_id}"


def learned_fields(origin: str | None) -> tuple[str, ...]:
    """The fields (the kind counted as one) a `learned/...` origin says the learned entry set."""
    named = learned_entry(origin)
    return tuple(named[0].split("+")) if named else ()


def learned_entry(origin: str | None) -> tuple[str, int] | None:
    """The (field, entry id) a `learned/...` origin names, else None."""
    parts = (origin or "").split("/")
    if len(parts) == 3 and parts[0] == LEARNED and parts[2].isdigit():
        return parts[1], int(parts[2])
    return None


@dataclass(frozen=True)
class KnowledgeRow:
    """One learned entry as the Knowledge view lists it, with where it came from."""

    entry_id: int
    kind: str
    value: str
    aliases: tuple[str, ...]
    fact_id: int | None
    document_id: int | None
    user: str
    at: str  # ISO time (UTC)
