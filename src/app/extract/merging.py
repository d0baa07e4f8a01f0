"""One fact per thing the article states: the same amount or count restated (in the headline and the body, in
other words, rounded), a project's parts and ceilings, merged into one fact with several evidence spans — the
pipeline's last step before people are added."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from app.domain.schema import Comparator, FactDraft, Kind, Unit
from app.extract import same_amount
from app.extract.candidates import Mention
from app.extract.confidence import Evidence, score
from app.extract.mention_marks import other_groups
from app.extract.zh_events import count_restates, headline_count, same_group

if TYPE_CHECKING:
    from app.extract.pipeline import Document

_PROJECT = Kind.PROJECT


def dedup_key(kind: Kind, m: Mention, label: str | None, fields: dict[str, str | None]) -> tuple:
    value = round(m.value, 2)
    if kind == _PROJECT:
        return (kind, m.unit, value, fields.get("investor"), fields.get("project"))
    extra = m.hints.get("of", "").lower()
    noun = (m.noun or "").lower()
    return (kind, m.unit, value, (label or "").lower(), noun, extra, m.comparator)


_FURNITURE_LINES = 2  # a page's headline may follow a line or two of furniture (a date, "HOME > News", a section)


def title_end_of(doc: Document, starts: list[int]) -> int:
    """End of the headline when the text has a body after it, else 0: the first non-empty line, or the first
    short line with a figure after at most two short lines without one (a page's date, its section); a copy of
    the headline right after it (a page printing its title twice) is the headline still."""
    lines = [(s, e) for s, e in doc.seg.paragraph_lines() if doc.form[s:e].strip()][: _FURNITURE_LINES + 3]
    end = _title_end(doc, starts, lines[: _FURNITURE_LINES + 2])
    if end:
        at = next((n for n, (_, e) in enumerate(lines) if e == end), -1)
        title = doc.form[lines[at][0] : end].strip() if at >= 0 else ""
        for s, e in lines[at + 1 :] if title else ():
            if doc.form[s:e].strip() != title or e >= len(doc.form) - 1:
                break
            end = e
    return end


def _title_end(doc: Document, starts: list[int], lines: list[tuple[int, int]]) -> int:
    """End of the headline (see `title_end_of`), before any copy of it."""
    if not lines:
        return 0
    first = lines[0]
    for n, (s, e) in enumerate(lines[: _FURNITURE_LINES + 1]):
        if e - s > 160 or e >= len(doc.form) - 1:
            break
        if any(s <= at < e for at in starts):
            return e if n == 0 or n + 1 < len(lines) else 0
    return first[1] if first[1] - first[0] <= 160 and first[1] < len(doc.form) - 1 else 0


def _restates(title: tuple[FactDraft, Evidence, Mention], m: Mention) -> bool:
    """A body statement repeating a headline figure (the headline may round it: 年增35% for 35.02%)."""
    tm = title[2]
    if tm.unit != m.unit or (tm.value < 0) != (m.value < 0):
        return False
    if m.unit in (Unit.PERCENT, Unit.PERCENTAGE_POINT):
        rounded = "." not in tm.value_text and abs(abs(tm.value) - abs(m.value)) < 1
        return abs(tm.value - m.value) <= 0.051 or rounded
    if same_amount.within_rounding(tm.value, m.value):
        return True
    # a rounded headline figure: "lands 2,100 projects" for 2,116, "逾380间" for 382
    written = re.match(r"[\d,]+(?:\.\d+)?", tm.value_text.replace(" ", ""))
    close = abs(tm.value - m.value) <= Decimal("0.05") * abs(m.value)
    if written is None or "." in written.group() or abs(tm.value) < 100 or not close:
        return False  # small figures (5 projects, 20 firms) are too often different facts
    significant = len(written.group().replace(",", "").rstrip("0"))
    return 0 < significant <= 3 and float(f"{abs(m.value):.{significant}g}") == abs(tm.value)


_CLASS_NOUN = re.compile(r"以上|以下")  # a count's noun naming a value class (亿元以上项目)
_PARTS_GAP = 40  # characters between two equal amounts that are parts of one whole
_SENTENCE_END = re.compile(r"[。!?;\n]|\.\s")


def _ceilings(money: dict[tuple, list[tuple[FactDraft, Evidence, Mention]]], kind: Kind,
              m: Mention) -> list[tuple[FactDraft, Evidence, Mention]]:
    """总投资不超过100亿元 (a plan) and a disclosure table's 投资总额:不超过100亿元: the same ceiling stated
    twice is one fact whichever kind each statement was given."""
    return [o for (k, unit), found in money.items() if k != kind and unit == m.unit for o in found
            if o[2].comparator == Comparator.LT and o[2].value == m.value]


def _side_by_side(first: Mention, later: Mention, title_end: int, form: str = "") -> bool:
    """土建投资30亿元、设备及技术投资30亿元: equal amounts side by side in one sentence (both in the headline or
    both in the body) are two parts of a whole, not one amount restated."""
    return (first.family == "money" and 0 <= later.start - first.end < _PARTS_GAP
            and (first.start < title_end) == (later.start < title_end)
            and not _SENTENCE_END.search(form, first.end, later.start))


def _apart(first: Mention, later: Mention, title_end: int, form: str) -> bool:
    """Two equal figures that are two facts whatever their words: parts of a whole side by side, the figures
    of two groups, a project's progress beside its total."""
    return (_side_by_side(first, later, title_end, form) or other_groups(first, later)
            or ("done" in first.hints) != ("done" in later.hints) or not same_group(form, first, later))


_COPY_SPAN = 60  # characters on each side of two equal amounts that must be the same for a duplicated paragraph


def _duplicated(form: str, a: Mention, b: Mention) -> bool:
    """Whether two mentions stand in the same words (the same text around them on both sides): the page printed the
    paragraph twice."""
    if not form or a.end - a.start != b.end - b.start or a.start == b.start:
        return False
    left = min(_COPY_SPAN, a.start, b.start)
    right = min(_COPY_SPAN, len(form) - a.end, len(form) - b.end)
    if left + right < _COPY_SPAN:
        return False  # (too little text around one of them to tell a copy)
    return form[a.start - left : a.end + right] == form[b.start - left : b.end + right] \
        and abs(a.start - b.start) >= a.end - a.start + left + right


def merge_facts(facts: list[tuple[FactDraft, Mention, tuple]], title_end: int = 0,
                form: str = "") -> list[FactDraft]:
    """One fact per thing stated: a restatement (same kind, value, unit and label; a headline's figure in the
    body; an amount that refers back or is precise, of any kind — same_amount) adds an evidence span to the
    first statement instead of a second fact, which takes the kind and fields of the statement that names
    more (a project, its investor). Equal figures `_apart` stay two facts."""
    out: list[FactDraft] = []
    seen: dict[tuple, tuple[FactDraft, Evidence, Mention]] = {}
    money: dict[tuple, list[tuple[FactDraft, Evidence, Mention]]] = {}  # by (kind, unit)
    titled: list[tuple[FactDraft, Evidence, Mention]] = []  # headline facts not yet restated in the body
    counts: dict[Decimal, list[tuple[FactDraft, Evidence, Mention]]] = {}  # by value: restated in other words
    plain = {m.value: i for i, (_, m, _) in enumerate(facts)
             if m.family == "count" and not _CLASS_NOUN.search(m.noun or "")}
    projects: dict[tuple, list[tuple[FactDraft, Evidence, Mention]]] = {}  # by (unit, value): named differently
    amounts: dict[tuple, list[tuple[FactDraft, Evidence, Mention]]] = {}  # money of every kind, by (unit, value)
    for i, (draft, m, (key, ev)) in enumerate(facts):
        target: tuple[FactDraft, Evidence, Mention] | None = None
        in_title = bool(draft.evidence) and draft.evidence[0].start < title_end
        # 5亿元以上项目12个 (a class) restates the headline's 12个重点项目 only when no plain count of 12 follows
        class_first = m.family == "count" and _CLASS_NOUN.search(m.noun or "") and plain.get(m.value, -1) > i
        headline = (next((t for t in titled if _restates(t, m) and not other_groups(t[2], m)
                          and headline_count(form, t[2], m)), None)
                    if titled and not in_title and not class_first else None)
        if headline is not None:  # the body states the headline's figure: its value (and kind and fields) win
            titled.remove(headline)
            if not same_amount.better(draft.fields, draft.kind == _PROJECT, headline[0].fields,
                                      headline[0].kind == _PROJECT):  # unless the headline names more
                headline[0].kind, headline[0].fields = draft.kind, draft.fields
            headline[0].value, headline[0].value_text = draft.value, draft.value_text
            target = headline
        elif key in seen and key[3] and not _apart(seen[key][2], m, title_end, form):
            target = seen[key]
        elif draft.kind == _PROJECT and m.hints.get("changed_total") and (found := next(
                (o for o in amounts.get((m.unit, m.value), ()) if o[0].kind == _PROJECT), None)) is not None:
            target = found  # X项目总投资N … 将总投资增加至N: the change's result restates the project's total
        elif key in seen and draft.kind == _PROJECT and _duplicated(form, seen[key][2], m):
            target = seen[key]  # a paragraph the page prints twice: one fact, even with no investor to tell it by
        elif draft.kind == _PROJECT and key[3] and not m.hints.get("part") and (
                found := _same_project(projects.get((m.unit, key[2]), []), key, m, title_end, form)) is not None:
            target = found  # 晨星电子集团…总投资150亿元, later 晨星计划总投资…150亿元: one project, named shorter
        elif (m.family != "count" and (m.unit, m.value) in amounts
              and (found := _restated_amount(amounts[m.unit, m.value], draft, m, title_end, form))):
            target = found  # 计划投资305.21亿元 … 拟分期投资305.21亿元, "the latest 10 billion yuan": one amount
        elif m.family == "count" and draft.kind != _PROJECT:
            target = next((c for c in counts.get(m.value, ()) if c[0].kind == draft.kind
                           and count_restates(form, c[2], m)), None)
        elif m.family == "money" and draft.kind != _PROJECT:
            others = money.get((draft.kind, m.unit), [])
            ceilings = _ceilings(money, draft.kind, m) if m.comparator == Comparator.LT else []
            for other in others + ceilings:
                same_label = (any(other is c for c in ceilings)  # a project's ceiling has no indicator label
                              or other[0].fields.get("indicator") == draft.fields.get("indicator"))
                close = same_amount.within_rounding(other[2].value, m.value)
                unlabelled = not (ev.label_canonical and other[1].label_canonical)
                if close and not _apart(other[2], m, title_end, form) and (
                        same_label or unlabelled and same_amount.particular(m)):
                    target = other  # a headline's 2088亿元 restating the body's 2088.26亿元
                    break
        if target is not None:
            first, first_ev, first_m = target
            if same_amount.better(first.fields, first.kind == _PROJECT, draft.fields, draft.kind == _PROJECT):
                first.kind, first.fields, first.region_code = draft.kind, draft.fields, draft.region_code
            if _digits(m.value_text) > _digits(first_m.value_text):  # keep the most precise statement first
                first.value, first.value_text = draft.value, draft.value_text
                first.evidence.insert(0, draft.evidence[0])
            else:
                first.evidence.append(draft.evidence[0])
            first_ev.merged += 1
            if ev.label_canonical and not first_ev.label_canonical and "indicator" in first.fields:
                first.fields["indicator"] = draft.fields.get("indicator")  # (a project's fields have none)
                first_ev.label_canonical = first_ev.has_label = True
            first.confidence = score(first_m, first_ev)
            seen.setdefault(key, target)  # a third statement worded as this one is the same fact again
            if m.family == "count":  # … or worded as any statement of it ("3 key projects", then "three projects")
                counts.setdefault(m.value, []).append((first, first_ev, m))
            continue
        seen[key] = (draft, ev, m)
        if in_title:
            titled.append((draft, ev, m))
        if m.family == "money" and (draft.kind != _PROJECT or m.comparator == Comparator.LT):  # a project's
            money.setdefault((draft.kind, m.unit), []).append((draft, ev, m))  # ceiling: for _ceilings
        if m.family != "count":  # (a precise share stated again is one fact too: same_amount.same_amount)
            amounts.setdefault((m.unit, m.value), []).append((draft, ev, m))
        if m.family == "count":
            counts.setdefault(m.value, []).append((draft, ev, m))
        if draft.kind == Kind.PROJECT and key[3] and len(key) == 5:
            projects.setdefault((m.unit, key[2]), []).append((draft, ev, m))
        out.append(draft)
    return out


def _restated_amount(earlier: list[tuple[FactDraft, Evidence, Mention]], draft: FactDraft, m: Mention,
                     title_end: int, form: str) -> tuple[FactDraft, Evidence, Mention] | None:
    """The first earlier amount of the same value, of any kind, that `m` states again (same_amount.restates)."""
    for other in earlier:
        if not _apart(other[2], m, title_end, form) and same_amount.restates(other[2], other[0].fields, m,
                                                                              draft.fields):
            return other
    return None


def _same_project(earlier: list[tuple[FactDraft, Evidence, Mention]], key: tuple, m: Mention,
                  title_end: int, form: str) -> tuple[FactDraft, Evidence, Mention] | None:
    """An earlier project fact of the same amount whose investor is this one's written longer or shorter."""
    name = str(key[3])
    for other in earlier:
        theirs = (other[0].fields.get("investor") or "").strip()
        mine, named = name.strip(), (other[0].fields.get("project"), key[4])
        if named[0] and named[1] and named[0] != named[1]:
            short, long = sorted((str(named[0]), str(named[1])), key=len)
            if len(short) >= 5 and long.endswith(short) and not _side_by_side(other[2], m, title_end, form):
                return other  # 肉鸡产业化项目 and 甲公司1亿只肉鸡产业化项目: one project, named longer the second time
            continue  # two projects of one company with equal amounts
        if theirs and theirs != mine and (theirs in mine or mine in theirs) \
                and not _side_by_side(other[2], m, title_end, form):
            return other
    return None


def _digits(s: str) -> int:
    return sum(ch.isdigit() for ch in s)
