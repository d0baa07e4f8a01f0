"""The faster scans find exactly what the plain regexes they replace find: the Chinese place-name index
against the gazetteer's trie regex, the label lexicons with their derived lookahead against the bare
alternation. Compared over the project's test articles and a synthetic bench corpus."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from tests.extract.test_bench_corpus import _make_corpus

from app.domain.numbers import parse_arabic
from app.extract import (
    article_company,
    company_zh,
    en_spelling,
    en_table_unit,
    fields,
    numbers,
    pinyin_zh,
    regions,
    subject_en,
    zh_counted,
)
from app.extract.en_company_names import written_mid_sentence
from app.extract.fields import stage_near
from app.extract.index import MatchIndex, anchored_finditer, lexicon_pattern, literal_heads
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


# (the pattern as it was written, the scan that replaces it): each finds the same matches, group for group
_REWRITTEN_SCANS = [
    (r"\bunits?\s*[:：]|\bin\s+(?:ten\s+thousand|10,?000|rmb|millions?\s+of|hundred)|\(\s*(?:in\s+)?"
     r"(?:rmb|cny|usd|10,?000|ten|million|hundred)", en_table_unit._CUE.finditer),
    (r"(?<![\w-])[A-Z][A-Za-z]{4,}(?![\w-])", en_spelling._WORD_SCAN.finditer),
    (r"(?:股份有限|有限责任|有限)?公司|集团|股份", article_company._ZH_ORG_WORD.finditer),
    (r"(?<=[\u4e00-\u9fff])\((?:[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}"
     r"|de|le|me|men|ma|ne|ba|zi|zhe|tou|shang)\)", pinyin_zh._READING.finditer),
    (r"(?:还|也|又)?(?:拟|将|计划|决定)(?:再|继续|追加)?(?:在|于|通过|投资|投|建设|新建|扩建|加快)",
     company_zh._PLAN_CUE.finditer),
    (subject_en._SOURCE_OR_PARTNER.pattern, subject_en._SOURCE_OR_PARTNER_SCAN.finditer),
    (subject_en._FACILITY_OF.pattern, subject_en._FACILITY_OF_SCAN.finditer),
    (subject_en._CLAUSE_OPEN.pattern, subject_en._CLAUSE_OPEN_SCAN.finditer),
    (zh_counted._BIG_PROJECTS.pattern, lambda text: anchored_finditer(zh_counted._BIG_PROJECTS, text, "大", (1, 3))),
    (article_company._ZH_BRANCH_NAME.pattern,
     lambda text: anchored_finditer(article_company._ZH_BRANCH_NAME, text, "(", (2, 6))),
]


@pytest.mark.parametrize(("written", "scan"), _REWRITTEN_SCANS)
def test_rewritten_scans_find_what_the_patterns_as_written_find(
        written: str, scan: Callable[[str], Iterable[re.Match[str]]]) -> None:
    """Patterns written so that the regex engine skips to their first characters (each alternative opening with
    a character, a lookbehind after it, or index.FirstSkip) find what the patterns as written find, also in texts
    of random characters with line breaks, brackets and the spaces \\s matches."""
    plain = re.compile(written)
    texts = [t for _, form in _texts() for t in (form, ascii_lower(form))]
    rnd = random.Random(11)
    alphabet = "".join(sorted(set("".join(texts[:40])))) + ";,()（）\n\t\u3000\u00a0-_.'’ofptunisbc"
    texts += ["".join(rnd.choices(alphabet, k=rnd.randint(0, 80))) for _ in range(3000)]
    texts += ["Unit: 10,000 yuan\nunits：million yuan; (in rmb); ( 10000 yuan), in ten thousand yuan, in millions of",
              "communits: x, begin rmb, within hundred, fin hundred, (cny) (usd", "\nunits :\n(\nin\nten",
              "第四大项目,两大工厂,十二大产业项目,123大厂区,1234大项目,二十大项目,大大项目,5大大项目3个,七大厂房,九大电厂",
              "赛轮(沈阳)轮胎有限公司,赛轮轮胎(沈阳)(大连)集团,中国赛轮(沈阳)轮胎有限公司(上海)集团,甲(乙丙)丁集团,((甲乙(丙丁)集团"]
    found = 0
    for text in texts:
        expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert [(m.span(), m.groups()) for m in scan(text)] == expected, text[:200]
        found += len(expected)
    assert found > 0


def test_written_mid_sentence_reads_what_the_regex_finds() -> None:
    """en_company_names.written_mid_sentence answers as the regex it replaces, for random texts holding the name."""
    rnd = random.Random(5)
    alphabet = "aZ,( )\n\t.-_\u3000\u00a0Nb1é"
    found = 0
    for _ in range(40000):
        name = rnd.choice("NZ") + "".join(rnd.choices("aZb-_N.(", k=rnd.randint(0, 3)))
        parts = ["".join(rnd.choices(alphabet, k=rnd.randint(0, 4))) for _ in range(3)]
        form = parts[0] + name + parts[1] + name + parts[2] if rnd.random() < 0.8 else parts[0] + parts[1]
        expected = re.search(r"[a-z,]\s+" + re.escape(name) + r"\b|[A-Za-z.]\s*\(\s*" + re.escape(name) + r"\s*\)",
                             form) is not None
        assert written_mid_sentence(form, name) == expected, (form, name)
        found += expected
    assert found > 1000


def test_the_written_out_spaces_are_what_backslash_s_matches() -> None:
    import sys

    from app.extract.subject_en import SPACES

    assert "".join(c for c in map(chr, range(sys.maxunicode + 1)) if re.match(r"\s", c)) == SPACES
