"""The review queue's queries: which documents a filter, sort and search select (as ids, in order),
their rows by id, and counts per status.

Search is across scripts and case: 项目 finds 項目, 招商引资 finds 招商引資, investment finds INVESTMENT.
The query is folded (app.text.folding) and searched for in every spelling that folds the same, which
matches exactly what folding the stored text would, without a folded copy of 100 000 articles. On
SQLite the `documents_fts` FTS5 table (trigram tokenizer, case-insensitive, so substrings of three or
more characters match) takes the spellings as one OR query; shorter queries use one GLOB pattern with
a character class per character (`*包[头頭]*`), one scan like the LIKE it replaces. PostgreSQL uses the
same pattern as a case-insensitive regular expression."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, Integer, Select, and_, case, column, func, or_, select, text
from sqlalchemy.orm import Session

from app.domain.queue import QueueFacets, QueueFilter, QueueRow, QueueSort
from app.domain.regions import region_prefix, resolve_region
from app.store.models import Document
from app.store.services.documents import ROW_COLUMNS
from app.text.folding import spellings, variants

SORT_COLUMNS = {
    "status": Document.status,
    "title": Document.title,
    "published": Document.published,
    "region": Document.region,
    "language": Document.language,
    "fact_count": Document.fact_count,
    "min_confidence": Document.min_confidence,
    "id": Document.id,
}

UNREVIEWED = ("new", "in_review")
FTS_MIN_CHARS = 3
LEAD_CHARS = 200


_LEAD = case(
    (or_(Document.title.is_(None), Document.title == ""), func.substr(Document.display_text, 1, LEAD_CHARS)),
    else_=None,
)


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _glob_pattern(term: str) -> str:
    """`*包[头頭]*`: the term in any spelling (GLOB is case-sensitive, so both cases of a letter)."""
    def one(c: str) -> str:
        forms = spellings(c)
        if len(forms) > 1:
            return "[" + forms + "]"
        return f"[{c}]" if c in "*?[" else c
    return "*" + "".join(one(c) for c in term) + "*"


def _regex_pattern(term: str) -> str:
    """The term in any script as a PostgreSQL regular expression (matched case-insensitively)."""
    def one(c: str) -> str:
        forms = spellings(c)
        if len(forms) == 1:
            return "\\" + c if not c.isalnum() else c
        return "[" + "".join("\\" + f if f in "\\]^-[" else f for f in forms) + "]"
    return "".join(one(c) for c in term)


def _search(session: Session, term: str) -> ColumnElement[bool]:
    """Documents whose title or text contain `term` in any script or case."""
    if session.get_bind().dialect.name != "sqlite":
        pattern = _regex_pattern(term)
        return or_(Document.title.regexp_match(pattern, flags="i"),
                   Document.display_text.regexp_match(pattern, flags="i"))
    glob = _glob_pattern(term)
    matches_text = or_(Document.title.op("GLOB")(glob), Document.display_text.op("GLOB")(glob))
    if len(term) < FTS_MIN_CHARS:
        return matches_text
    spelled, prefix = variants(term)
    if prefix < FTS_MIN_CHARS:  # too many spellings to list: the FTS index cannot narrow it down
        return matches_text
    matches = (
        text("SELECT rowid FROM documents_fts WHERE documents_fts MATCH :phrase")
        .bindparams(phrase=" OR ".join(_fts_phrase(v) for v in spelled))
        .columns(column("rowid", Integer))
    )
    found = Document.id.in_(matches)
    # the spellings of a prefix narrow the documents down; the pattern checks the whole term
    return found if prefix == len(term) else and_(found, matches_text)


def apply_filter(session: Session, q: Select, flt: QueueFilter) -> Select:
    if flt.statuses:
        q = q.where(Document.status.in_(flt.statuses))
    if flt.languages:
        q = q.where(Document.language.in_(flt.languages))
    if flt.region:
        code = resolve_region(flt.region)
        q = q.where(or_(Document.region == flt.region, Document.region_code.like(region_prefix(code) + "%"))
                    if code else Document.region == flt.region)
    if flt.assignee:
        q = q.where(Document.assignee == flt.assignee)
    if flt.published_from:
        q = q.where(Document.published >= flt.published_from)
    if flt.published_to:
        q = q.where(Document.published <= flt.published_to)
    term = flt.search.strip()
    if term:
        q = q.where(_search(session, term))
    return q


def ids(session: Session, flt: QueueFilter = QueueFilter(), sort: QueueSort = QueueSort()) -> list[int]:
    """Document ids the filter selects, in the sort's order (ties broken by id)."""
    column = SORT_COLUMNS.get(sort.column)
    if column is None:
        raise ValueError(f"cannot sort by {sort.column!r}")
    q = apply_filter(session, select(Document.id), flt)
    if column is Document.id:
        # ORDER BY id walks the whole table (the article texts); without it the database reads a small
        # covering index, and sorting 100 000 ints here takes a few milliseconds
        found = session.connection().execute(q).scalars().all()
        return sorted(found, reverse=sort.descending)
    order = column.desc() if sort.descending else column.asc()
    # plain ORDER BY column, id so the column's index serves it (SQLite puts NULLs first ascending)
    q = q.order_by(order, Document.id.desc() if sort.descending else Document.id)
    # a Core query on the session's connection: 100 000 ints without the ORM's per-row work
    return list(session.connection().execute(q).scalars().all())


def first_id(session: Session, flt: QueueFilter = QueueFilter(), sort: QueueSort = QueueSort()) -> int | None:
    """The first document the queue will show, without reading the whole list (for a fast start)."""
    column = SORT_COLUMNS.get(sort.column)
    if column is None:
        raise ValueError(f"cannot sort by {sort.column!r}")
    q = apply_filter(session, select(Document.id), flt)
    if column is not Document.id:
        q = q.order_by(column.desc() if sort.descending else column.asc())
    q = q.order_by(Document.id.desc() if sort.descending else Document.id).limit(1)
    return session.connection().execute(q).scalar()


def exists(session: Session, document_id: int) -> bool:
    return session.connection().execute(select(Document.id).where(Document.id == document_id)).first() is not None


def rows(session: Session, document_ids: Sequence[int]) -> dict[int, QueueRow]:
    """The queue rows for these ids (any order in, a dict out; missing ids are simply absent)."""
    out: dict[int, QueueRow] = {}
    chunk = 500
    for i in range(0, len(document_ids), chunk):
        part = list(document_ids[i : i + chunk])
        for r in session.connection().execute(select(*ROW_COLUMNS, _LEAD).where(Document.id.in_(part))):
            row = QueueRow(*r)
            out[row.id] = row
    return out


def counts_by_status(session: Session, flt: QueueFilter | None = None) -> dict[str, int]:
    """Documents per status: over everything, or over what a filter selects (ignoring its statuses)."""
    q = select(Document.status, func.count(Document.id))
    if flt is not None:
        q = apply_filter(session, q, QueueFilter(**{**flt.__dict__, "statuses": ()}))
    return {s: n for s, n in session.execute(q.group_by(Document.status))}


def facets(session: Session) -> QueueFacets:
    languages = [v for v in session.scalars(select(Document.language).distinct().order_by(Document.language)) if v]
    return QueueFacets(languages=languages, regions=region_choices(session))


def region_choices(session: Session) -> list[str]:
    """The regions the filter offers: one per place (the spelling most documents of that place use:
    Baotou and 包頭市 are one choice, and choosing it selects both), plus regions naming no known place."""
    best: dict[str, tuple[int, str]] = {}
    for code, region, n in session.execute(
        select(Document.region_code, Document.region, func.count(Document.id))
        .where(Document.region.is_not(None)).group_by(Document.region_code, Document.region)
    ):
        if not region:
            continue
        slot = code or f"text:{region}"
        if slot not in best or (n, region) > best[slot]:
            best[slot] = (n, region)
    return sorted({region for _, region in best.values()})


def first_unreviewed(session: Session, ordered_ids: Sequence[int], start: int, *, wrap: bool = True) -> int | None:
    """The position in `ordered_ids` of the first document after `start` still waiting for review
    (new or in review); wraps around to the beginning once. None when there is none."""
    n = len(ordered_ids)
    if n == 0:
        return None
    order = list(range(start + 1, n)) + (list(range(0, min(start + 1, n))) if wrap else [])
    chunk = 500
    for i in range(0, len(order), chunk):
        positions = order[i : i + chunk]
        wanted = [ordered_ids[p] for p in positions]
        found = set(
            session.scalars(
                select(Document.id).where(and_(Document.id.in_(wanted), Document.status.in_(UNREVIEWED)))
            )
        )
        for p in positions:
            if ordered_ids[p] in found:
                return p
    return None
