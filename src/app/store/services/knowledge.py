"""Learning from the analysts' corrections: a confirmed or corrected investor becomes a known
organisation (with its aliases), a corrected indicator label maps the article's phrase to the
controlled label, a corrected region adds a local alias. Called from the fact services, so the
window, the store services and workbook corrections all teach the same way."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.knowledge import KIND_LABEL, KIND_ORG, KIND_REGION, Knowledge, KnowledgeRow, learned_entry
from app.domain.knowledge import LearnedEntry as Entry
from app.domain.org_names import learnable
from app.domain.org_names import org_aliases as domain_org_aliases
from app.store.errors import NotFoundError
from app.store.models import Fact, LearnedEntry
from app.text import to_simplified_table, to_traditional


def _scripts(form: str) -> list[str]:
    """A Chinese form in Traditional and in Simplified characters."""
    simp = to_simplified_table()
    return [to_traditional(form), "".join(simp.get(ch, ch) for ch in form)]


def org_aliases(name: str, context: str = "", known: Sequence[str] = ()) -> list[str]:
    """[name, *aliases] as app.domain.org_names derives them, with both scripts of each Chinese form;
    `context` is the article the name was confirmed in (a brand it introduces: 以下简称"X"; another name it
    writes beside one of the organisation's names, `known` included: 比亚迪(BYD))."""
    return domain_org_aliases(name, context=context, scripts=_scripts, known=known)


def _entry(session: Session, kind: str, value: str) -> LearnedEntry | None:
    return session.scalars(select(LearnedEntry).where(LearnedEntry.kind == kind, LearnedEntry.value == value)).first()


def _org_entry(session: Session, name: str) -> LearnedEntry | None:
    """The learned organisation named `name`, else the one that has it as an alias (an analyst typing 比亚迪
    for the organisation learned as BYD with the alias 比亚迪 teaches that organisation, not a second one)."""
    found = _entry(session, KIND_ORG, name)
    if found is not None:
        return found
    wanted = name.casefold()
    for row in session.scalars(select(LearnedEntry).where(LearnedEntry.kind == KIND_ORG).order_by(LearnedEntry.id)):
        if any(str(a).casefold() == wanted for a in row.aliases or ()):
            return row
    return None


def _origin_entry(session: Session, fact: Fact, investor: str, old: Mapping[str, Any] | None) -> LearnedEntry | None:
    """The learned organisation that gave the fact this investor (its origin names it), when the analyst keeps
    the investor as learning wrote it: 诺维克系统, which an article wrote beside the learned Norvik, confirmed."""
    named = learned_entry(fact.origin)
    if named is None or "investor" not in named[0].split("+"):
        return None
    if old is not None and (old.get("investor") or "").strip() != investor:
        return None  # the analyst typed another investor: not what the entry gave
    row = session.get(LearnedEntry, named[1])
    return row if row is not None and row.kind == KIND_ORG else None


def _add(session: Session, kind: str, value: str, aliases: list[str], fact: Fact, user: str,
         known: LearnedEntry | None = None) -> None:
    known = known or _entry(session, kind, value)
    if known is not None:
        aliases = [a for a in ([value] if value != known.value else []) + aliases if a != known.value]
        more = [a for a in aliases if a not in (known.aliases or [])]
        if more:
            known.aliases = [*(known.aliases or []), *more]
        return
    session.add(LearnedEntry(kind=kind, value=value, aliases=aliases, fact_id=fact.id,
                             document_id=fact.document_id, user=user))


def learn_from_fact(session: Session, fact: Fact, user: str, old: Mapping[str, Any] | None = None) -> None:
    """What a confirmed or edited fact teaches. `old` holds the field values before an edit."""
    fields = fact.fields or {}
    investor = (fields.get("investor") or "").strip()
    if fact.kind == "project" and investor and learnable(investor):
        context = fact.document.display_text if fact.document is not None else ""
        entry = _origin_entry(session, fact, investor, old) or _org_entry(session, investor)
        known = [entry.value, *(entry.aliases or ())] if entry is not None else []
        _add(session, KIND_ORG, investor, org_aliases(investor, context, known)[1:], fact, user, entry)
    for name, kind in (("indicator", KIND_LABEL), ("subject", KIND_REGION), ("location", KIND_REGION)):
        before = ((old or {}).get(name) or "").strip()
        after = (fields.get(name) or "").strip()
        if before and after and before != after:
            _add(session, kind, after, [before], fact, user)


def snapshot(session: Session) -> Knowledge:
    rows = session.scalars(select(LearnedEntry).order_by(LearnedEntry.id))
    return Knowledge(tuple(Entry(r.id, r.kind, r.value, tuple(r.aliases or ())) for r in rows))


def entries(session: Session, search: str = "") -> list[LearnedEntry]:
    q = select(LearnedEntry).order_by(LearnedEntry.kind, LearnedEntry.value)
    rows = list(session.scalars(q))
    needle = search.strip().lower()
    if needle:
        rows = [r for r in rows if needle in r.value.lower() or any(needle in a.lower() for a in r.aliases or [])]
    return rows


def rows(session: Session, search: str = "") -> list[KnowledgeRow]:
    return [KnowledgeRow(r.id, r.kind, r.value, tuple(r.aliases or ()), r.fact_id, r.document_id, r.user,
                         r.at.isoformat(timespec="seconds") if r.at else "")
            for r in entries(session, search)]


def edit(session: Session, entry_id: int, value: str, aliases: list[str]) -> LearnedEntry:
    """Change a learned entry's value and aliases (a blank value is refused: ValueError)."""
    row = session.get(LearnedEntry, entry_id)
    if row is None:
        raise NotFoundError(f"learned entry {entry_id} no longer exists")
    if not value.strip():
        raise ValueError("a learned entry needs a value")
    row.value = value.strip()
    row.aliases = [a.strip() for a in aliases if a.strip()]
    session.flush()
    return row


def delete(session: Session, entry_id: int) -> None:
    row = session.get(LearnedEntry, entry_id)
    if row is not None:
        session.delete(row)
        session.flush()


__all__ = ["KIND_LABEL", "KIND_ORG", "KIND_REGION", "delete", "edit", "entries", "learn_from_fact",
           "org_aliases", "rows", "snapshot"]
