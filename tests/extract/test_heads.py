"""What every match of a pattern starts with (app.extract.heads), and the scans built on it
(app.extract.index): the heads are sound for every pattern of the extractor over real and synthetic
articles, and `scan` finds exactly what `finditer` finds."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest
from tests.extract.test_bench_corpus import _make_corpus

import app.extract
from app.domain import periods
from app.extract import en, index, kinds, orgs, people, pipeline, regions
from app.extract.heads import SPACES, match_heads
from app.extract.index import TailFirst, scan
from app.extract.textprep import ascii_lower, match_form

ROOT = Path(__file__).resolve().parents[2]


def _texts() -> list[str]:
    """Matching forms (and their lower-cased English forms) of the test articles, held-out set 1 and
    synthetic bench articles."""
    out = []
    for folder in (ROOT / "tests" / "extract" / "articles", ROOT / "tests" / "heldout" / "set1"):
        for p in sorted(folder.glob("*.txt")):
            out.append(match_form(p.read_text(encoding="utf-8")))
    out += [match_form(text) for _, text in _make_corpus().generate(24, 5000, seed=11)]
    return out + [ascii_lower(t) for t in out if t.isascii()]


@pytest.mark.parametrize(("pattern", "flags", "heads"), [
    (r"ab|cd", 0, {"ab", "cd"}),
    (r"a?b", 0, {"ab", "b"}),
    (r"\bfoo\s+bar", 0, {f"foo{s}" for s in SPACES}),  # more spaces may follow the first
    (r"\bwill\b|\bshould", 0, {"will", "should"}),
    (r"(?:x|)y", 0, {"xy", "y"}),
    (r"(?=ab)abc|(?<!q)de", 0, {"abc", "de"}),
    (r"\d{2}th", 0, {f"{a}{b}th" for a in "0123456789" for b in "0123456789"}),
    (r"[hq][1-4]x", 0, {f"{a}{b}x" for a in "hq" for b in "1234"}),
    (r"(?P<n>ab)(?P=n)", 0, {"ab"}),
    (r"a{2,}b", 0, {"aa"}),
    (r"a{2}b", 0, {"aab"}),
    (r"(?m)^[ \t]*By", 0, {" ", "\t", "By"}),  # a repeated part: its first character only
    (r"x+y", 0, {"x"}),
    ("ab # a comment\n | c\\ d", re.X, {"ab", "c d"}),
    (r"[-a]b|\.\$", 0, {"-b", "ab", ".$"}),
    (r"abcdefgh", 0, {"abcdef"}),  # six characters at most
    (r"ab|abc", 0, {"ab"}),  # a head that a shorter one begins adds nothing
    # no heads: any start, case-insensitive, a negated or large class, a scoped flag
    (r"a*", 0, None),
    (r"\w+x", 0, None),
    (r"abc", re.I, None),
    (r"[^a]b", 0, None),
    (r"[a-z0-9]b", 0, None),
    (r"(?i:a)b", 0, None),
    (r"(?:a|.)b", 0, None),
    (r"\N{EM DASH}x", 0, None),  # a named character: not read here
])
def test_match_heads(pattern: str, flags: int, heads: set[str] | None) -> None:
    assert match_heads(re.compile(pattern, flags)) == heads


def test_spaces_are_what_backslash_s_matches() -> None:
    every = "".join(map(chr, range(0x110000)))
    assert "".join(re.findall(r"\s", every)) == SPACES


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    modules = [importlib.import_module(f"app.extract.{m.name}") for m in pkgutil.iter_modules(app.extract.__path__)]
    for module in [*modules, periods]:
        for name, value in vars(module).items():
            if isinstance(value, TailFirst):
                value = value.regex
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found.append((f"{module.__name__}.{name}", value))
    return found


def test_every_match_of_every_extraction_pattern_starts_with_a_head() -> None:
    texts = _texts()
    checked = 0
    for name, pattern in _patterns():
        heads = match_heads(pattern)
        if heads is None:
            continue
        starts = tuple(heads)
        for text in texts:
            for m in pattern.finditer(text):
                assert text.startswith(starts, m.start()), (name, m.group())
                checked += 1
    assert checked > 5000


@pytest.mark.parametrize("pattern", [kinds.EN_TARGET_CUE, kinds.EN_WEAK_TARGET_CUE, kinds.EN_ACTUAL_MARKER,
                                     pipeline.EN_LABEL_RE, people._ROLE_RE, en.NUMBER_RE, periods.EN_PERIOD_RE,
                                     orgs.EN_ORG_RE, regions._EN_ZONE,
                                     kinds.ZH_TARGET_CUE, pipeline.ZH_LABEL_RE, periods.ZH_PERIOD_RE],
                         ids=lambda p: p.pattern[:30])
def test_scan_finds_what_finditer_finds(pattern: re.Pattern[str]) -> None:
    for text in _texts():
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in scan(pattern, text, chinese=True)] == expected


def test_the_english_scans_use_their_heads_and_the_chinese_ones_only_when_asked() -> None:
    for pattern in (kinds.EN_TARGET_CUE, pipeline.EN_LABEL_RE, en.NUMBER_RE, periods.EN_PERIOD_RE):
        list(scan(pattern, "x"))
        assert index._scanners[pattern] is not None
    for pattern in (kinds.ZH_TARGET_CUE, pipeline.ZH_LABEL_RE, periods.ZH_PERIOD_RE):
        list(scan(pattern, "x"))
        scanner = index._scanners[pattern]
        assert scanner is not None and scanner.chinese


def test_tail_first_finds_what_the_whole_pattern_finds() -> None:
    plain = re.compile(r"(?P<subj>\bit)?\s*(?:has\s+)?(?:invest(?:ed|s)?|put)\s+(?:an?\s+)?$", re.I)
    fast = TailFirst(r"(?P<subj>\bit)?\s*(?:has\s+)?", r"(?:invest(?:ed|s)?|put)\s+(?:an?\s+)?$", re.I)
    assert fast.pattern == plain.pattern
    for text in _texts():
        for end in range(0, len(text), 37):
            lo = max(0, end - 160)
            a, b = plain.search(text, lo, end), fast.search(text, lo, end)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


_ENGLISH_SCANS = [  # (pattern, over the lower-cased form?, what its matches reach)
    (periods.EN_PERIOD_RE, True, None), (kinds.EN_TARGET_CUE, True, None), (kinds.EN_WEAK_TARGET_CUE, True, None),
    (kinds.EN_ACTUAL_MARKER, True, None), (pipeline.EN_LABEL_RE, True, None), (en.NUMBER_RE, True, None),
    (people._ROLE_RE, True, None), (regions._EN_ZONE, False, regions._EN_ZONE_WORDS),
    (orgs.EN_ORG_RE, False, orgs._EN_ORG_SUFFIXES),
]


def test_the_scans_of_one_text_in_one_pass_find_what_each_finds() -> None:
    """After an English article's extraction the patterns scanned over its texts are scanned together
    (one automaton pass gives all their starts); over fresh texts, in the extraction's order and in
    reverse, each finds what its own finditer finds, and a pattern given what its matches reach (company
    suffixes, zone words) too."""
    app.extract.extract("Jinli Green Energy Group will invest 5 billion yuan in Baotou Rare Earth High-tech "
                        "Zone in the first half of this year, the mayor said.", "en")
    assert any(len(members) > 2 for members in index._companions.values())
    texts = [t for t in _texts() if t.isascii() or re.search("[a-z]{4} [a-z]{4}", t)]
    for order in (_ENGLISH_SCANS, _ENGLISH_SCANS[::-1]):
        for text in texts:
            low = ascii_lower(text)
            for pattern, lowered, before in order:
                over = low if lowered else text
                expected = [(m.span(), m.groups()) for m in pattern.finditer(over)]
                assert [(m.span(), m.groups()) for m in scan(pattern, over, before=before)] == expected


def test_a_case_free_tail_is_found_as_with_re_i() -> None:
    """TailFirst looks for a lower-case tail without re.I in the text with A-Z lowered; over texts holding
    the characters re.I takes for ASCII letters it searches as before, and those are the only ones."""
    plain = re.compile(r"(?P<subj>\bit)?\s*(?:has\s+)?(?:invest(?:ed|s)?|put)\s+(?:an?\s+)?$", re.I)
    fast = TailFirst(r"(?P<subj>\bit)?\s*(?:has\s+)?", r"(?:invest(?:ed|s)?|put)\s+(?:an?\s+)?$", re.I)
    assert fast.tail_lowered is not None
    twins = {chr(c) for c in range(128, 0x110000) if re.fullmatch("[a-z]", chr(c), re.I)}
    assert twins == {"\u0130", "\u0131", "\u017f", "\u212a"}
    assert all(index.CASE_TWINS.fullmatch(c) for c in twins) and not index.CASE_TWINS.search(
        "".join(map(chr, range(128))))
    samples = ["It has INVESTED ", "the firm has Invested a ", "it put ", "They inveſted ", "PUT  A ",
               "It has İnvested ", "It has ınvested ", "The group Put a "]
    for text in _texts()[:40] + samples:
        for end in range(0, len(text), 29):
            lo = max(0, end - 160)
            a, b = plain.search(text, lo, end), fast.search(text, lo, end)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
        a, b = plain.search(text), fast.search(text)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


@pytest.mark.parametrize("pattern", [kinds.ZH_TARGET_CUE, kinds.ZH_ACTUAL_MARKER, pipeline.ZH_LABEL_RE,
                                     re.compile("(?m)^目标"), re.compile("(?=[目])目标 # x", re.X)],
                         ids=lambda p: p.pattern[:30])
def test_first_skip_finds_what_finditer_finds(pattern: re.Pattern[str]) -> None:
    """A sparse Chinese scan (the target cues and result markers of Document) skips to the first characters
    of the pattern's heads; it finds what finditer finds (and falls back to it for a pattern with global flags)."""
    for text in _texts() + ["目标目标\n目标", "已已已完成了"]:
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in scan(pattern, text, sparse=True)] == expected
