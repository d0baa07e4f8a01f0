"""The faster scans find exactly what the plain regexes they replace find: the Chinese place-name index
against the gazetteer's trie regex, the label lexicons with their derived lookahead against the bare
alternation. Compared over the project's test articles and a synthetic bench corpus."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from tests.extract.test_bench_corpus import _make_corpus

from app.domain.numbers import parse_arabic
from app.extract import fields, numbers, regions
from app.extract.fields import stage_near
from app.extract.index import MatchIndex, lexicon_pattern, literal_heads
from app.extract.kinds import EN_LABELS, ZH_LABELS
from app.extract.segments import _SENTENCE_END, SENTENCE_SCAN
from app.extract.textprep import ascii_lower, match_form
from app.extract.trie import trie_pattern

ARTICLES = Path(__file__).resolve().parent / "articles"


def _texts() -> list[tuple[str, str]]:
    out = []
    for p in sorted(ARTICLES.glob("*.txt")):
        out.append(("en" if p.name.startswith("en") else "zh", match_form(p.read_text(encoding="utf-8"))))
    for language, text in _make_corpus().generate(30, 5000, seed=3):
        out.append(("en" if language == "en" else "zh", match_form(text)))
    return out


@pytest.mark.parametrize(("pattern", "heads"), [
    (r"\b(?:fixed|foreign)\s+x|gdp", {"fi", "fo", "gd"}),
    (r"ab?c|x", {"a", "x"}),
    (r"\bpaid-in|(?:in(?:vest|come)s?|tax)\b", {"pa", "in", "ta"}),
    ("签约(?:总)?(?:金额|额)|协议", {"签约", "协议"}),
    (r"(?:with\s+an?\s+)?annual|(?:x)*?y", {"wi", "an", "x", "y"}),  # optional groups
    (r"[ab]c", None),              # a class
    (r"(?:a|b)?[c]", None),        # an optional group before a class
    (r"a|", None),                 # an empty alternative
    (r"(?<!x)ab", None),           # a lookaround
    (r"\sab", None),               # an escape
    (r"(?:[)|]a|b)c", None),       # "|" and ")" inside a class
])
def test_literal_heads(pattern: str, heads: set[str] | None) -> None:
    assert literal_heads(pattern) == heads


def test_label_lexicons_find_the_same_with_and_without_the_lookahead() -> None:
    for lexicon, guard, lower in ((EN_LABELS, r"\b", True), (ZH_LABELS, "", False)):
        patterns = [p.pattern for p, _ in lexicon]
        fast = lexicon_pattern(patterns, guard=guard)
        assert "(?=" in fast.pattern  # the lookahead was derived
        plain = re.compile(guard + "(?:" + "|".join(f"(?P<L{i}>{p})" for i, p in enumerate(patterns)) + ")")
        for _, text in _texts():
            low = ascii_lower(text) if lower else text
            assert MatchIndex.of_lexicon(fast, low).hits == MatchIndex.of_lexicon(plain, low).hits


def test_chinese_places_found_as_the_trie_regex_finds_them() -> None:
    _, zh, _, _ = regions._tables()
    trie = re.compile(f"(?:{trie_pattern(zh)})(?P<zone>{regions._ZH_ZONE_SUFFIX})?")
    checked = 0
    for language, form in _texts():
        if language == "en":
            continue
        expected = [(m.start(), m.end(), zh[form[m.start() : m.start("zone")] if m.group("zone") else m.group()])
                    for m in trie.finditer(form)]
        assert [(r.start, r.end, r.region) for r in regions.find_regions(form, "zh-Hans")] == expected
        checked += len(expected)
    assert checked > 100


def test_english_places_found_as_with_the_check_before_the_names() -> None:
    """The English place names' regex checks for a word character before a name after its first letter;
    it finds what the check written before the alternation finds."""
    _, _, en_re, en = regions._tables()
    plain = re.compile(rf"(?<![\w'-])(?:{trie_pattern(en)})(?![\w-])")
    tricky = ["Baotou", "x-Baotou and 'Baotou, Baotou's", "\nBaotou\nBaotouCity Baotou City", "é Baotou"]
    checked = 0
    for form in [form for language, form in _texts() if language == "en"] + tricky:
        expected = [m.span() for m in plain.finditer(form)]
        assert [m.span() for m in en_re.finditer(form)] == expected
        checked += len(expected)
    assert checked > 100


def test_sentence_scan_finds_the_sentence_ends() -> None:
    for _, form in _texts():
        assert ([m.span() for m in SENTENCE_SCAN.finditer(form)]
                == [m.span() for m in _SENTENCE_END.finditer(form)])


def test_english_stages_found_as_with_re_i(monkeypatch: pytest.MonkeyPatch) -> None:
    """stage_near reads the English stage cues without re.I in the window with A-Z lowered: the same stage
    as the case-insensitive cues give, also beside the characters re.I takes for ASCII letters."""
    forms = [form for language, form in _texts() if language == "en"]
    forms += ["The plant was COMPLETED and Put Into Operation; it is Under Construction.",
              "Work \u017figned, the project WILL start; \u0130n operation"]
    windows = [(form, start) for form in forms for start in range(0, len(form), 53)]
    assert len(windows) > 500
    fast = [stage_near(form, start, start + 30, "en") for form, start in windows]
    monkeypatch.setattr(fields, "_EN_STAGES_LOWERED", None)  # the cues as written, with re.I
    assert fast == [stage_near(form, start, start + 30, "en") for form, start in windows]
    assert len(set(fast)) > 3


def test_plain_digits_read_as_parse_arabic_reads_them() -> None:
    """The number reader's shortcut for plain digits gives parse_arabic's value, digit for digit."""
    cases = ["0", "00", "1", "10", "1.0", "1.50", "0.05", "1234567890123456789", "5.", ".5", "1..2", "1.2.3",
             "\uff11\uff12", "1,234", "1,234.50", "\u0663", "12.", "007.100", "1e5", "1_000", "1 000"]
    rnd = random.Random(7)
    cases += ["".join(rnd.choice("0123456789.,") for _ in range(rnd.randint(1, 9))) for _ in range(5000)]
    for case in cases:
        if case[:1].isdigit():
            fast, plain = numbers._arabic(case), parse_arabic(case)
            assert (fast, str(fast)) == (plain, str(plain)), case
