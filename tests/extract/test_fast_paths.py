"""The speed7 shortcuts give what the plain ways give: exact numbers, segment starts, heads found only before a
Before's words, stage and industry cues, lexicon tags."""

from __future__ import annotations

import random
import re
from decimal import Decimal, InvalidOperation

import pytest
from tests.extract.test_fast_scans import _texts

from app.domain.numbers import canonical
from app.extract import fields, index, orgs, regions
from app.extract.heads import match_heads
from app.extract.index import MatchIndex, scan
from app.extract.pipeline import EN_LABEL_RE, ZH_LABEL_RE
from app.extract.segments import _CLAUSE_END, SENTENCE_SCAN, Segments
from app.extract.textprep import ascii_lower

_EDGES = ["", "\n", "a.\n\nB c.", "x,y,", ",", "。。", "abc", "\n\n", "A. B, C: D、E\n"]


def _canonical_by_exponent(value: Decimal) -> Decimal:
    """canonical() as it was written before: the exponent read from as_tuple()."""
    value = value.normalize()
    if value == 0:
        return Decimal(0)
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent > 0:
        value = value.quantize(Decimal(1))
    return value


def test_canonical_reads_integrality_as_the_exponent_said() -> None:
    rnd = random.Random(5)
    cases = [Decimal(s) for s in ["0", "-0", "0.000", "1E+5", "-1E+5", "1.0E+3", "Infinity", "-Infinity",
                                  "1E+27", "9E+28", "1E+30", "123456789012345678901234567890", "0.1000",
                                  "-12.50", "1e-30", "208826000000.00", "15.60"]]
    cases += [Decimal(rnd.randint(-10 ** rnd.randint(0, 20), 10 ** rnd.randint(0, 20))).scaleb(rnd.randint(-12, 12))
              for _ in range(20_000)]
    for case in cases:
        try:
            expected: Decimal | type[Exception] = _canonical_by_exponent(case)
        except InvalidOperation:
            expected = InvalidOperation
        if expected is InvalidOperation:
            with pytest.raises(InvalidOperation):
                canonical(case)
        else:
            assert repr(canonical(case)) == repr(expected), case
    assert str(canonical(Decimal("NaN"))) == "NaN"


def test_segment_starts_summed_from_pieces_are_the_scans_ends() -> None:
    for form in [form for _, form in _texts()] + _EDGES:
        seg = Segments.of(form)
        assert seg.sentence_starts == [0] + [m.end() for m in SENTENCE_SCAN.finditer(form)]
        assert seg.line_starts == [0] + [m.end() for m in re.finditer("\n", form)]
        assert seg.clause_marks == [m.end() for m in _CLAUSE_END.finditer(form)]


@pytest.mark.parametrize(("pattern", "before"), [(regions._EN_ZONE, regions._EN_ZONE_WORDS),
                                                 (orgs.EN_ORG_RE, orgs._EN_ORG_SUFFIXES)])
def test_heads_before_the_words_are_those_of_a_whole_pass(pattern: re.Pattern[str],
                                                          before: index.Before) -> None:
    heads = match_heads(pattern)
    assert heads
    scanner = index._HeadScan(pattern, heads)
    tricky = ["Zone", "X Zone", "a. B Co", "Co", "(Co)", "Baotou Rare Earth High-tech Zone and Jinli Co., Ltd.",
              "Xinyi Group. Tianhe Holdings, Mengtai Group Co., Ltd"]
    found = 0
    for form in [form for language, form in _texts() if language == "en"] + tricky:
        assert before.starts_of(scanner, form) == before.reaching(form, scanner.starts(form))
        matches = [m.span() for m in scan(pattern, form, before=before)]
        assert matches == [m.span() for m in pattern.finditer(form)]
        found += len(matches)
    assert found > 3


def test_chinese_stage_cues_skipped_only_where_they_cannot_match(monkeypatch: pytest.MonkeyPatch) -> None:
    forms = [form for language, form in _texts() if language == "zh"]
    forms += ["项目将于年内开工建设,目前已签约落地", "在建项目加快建设,竣工并投产"]
    windows = [(form, start) for form in forms for start in range(0, len(form), 29)]
    assert len(windows) > 500
    fast = [fields.stage_near(form, start, start + 20, "zh-Hans") for form, start in windows]
    monkeypatch.setattr(fields, "_ZH_STAGE_WORDS", [()] * len(fields.ZH_STAGES))
    assert fast == [fields.stage_near(form, start, start + 20, "zh-Hans") for form, start in windows]
    assert len(set(fast)) > 3


def test_english_industries_found_as_with_re_i(monkeypatch: pytest.MonkeyPatch) -> None:
    pieces = [form[i : i + 160] for language, form in _texts() if language == "en" for i in range(0, len(form), 97)]
    pieces += ["a CLEAN Energy base", "Photovoltaic and \u017folar parks", "RARE  earth", "\u212aey logistics"]
    fast = [fields.industry_in(p, "en") for p in pieces]
    monkeypatch.setattr(fields, "_EN_INDUSTRIES_LOWERED", None)
    assert fast == [fields.industry_in(p, "en") for p in pieces]
    assert len({f for f in fast if f}) > 3


def test_lexicon_tags_from_the_table_are_the_last_groups_numbers() -> None:
    checked = 0
    for language, form in _texts():
        pattern, low = (EN_LABEL_RE, ascii_lower(form)) if language == "en" else (ZH_LABEL_RE, form)
        hits = MatchIndex.of_lexicon(pattern, low).hits
        assert [(h.start, h.end, h.tag, h.text) for h in hits] == [
            (m.start(), m.end(), int((m.lastgroup or "L0")[1:]), m.group()) for m in pattern.finditer(low)]
        checked += len(hits)
    assert checked > 100
