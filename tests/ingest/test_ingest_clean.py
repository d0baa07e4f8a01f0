"""Cleaning: pinyin annotations, boilerplate, whitespace; the seeds' display text and gold quotes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.ingest import clean_text, read_document
from app.ingest.clean import CJK

PINYIN_LEFT_RE = rf"[{CJK}][(（][a-zü\u00e0-\u01dc ]+[)）]"


def display(raw: str) -> str:
    return clean_text(raw)[0]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("招大引強(qiáng)", "招大引強"),
        ("本網(wǎng)訊(xùn)", "本網訊"),
        ("資料圖(tú)", "資料圖"),
        ("我們(men)的", "我們的"),
        ("一個(gè)項(xiàng)目", "一個項目"),
        ("強（qiáng）大", "強大"),  # full-width parentheses
        ("項(xi àng)目", "項目"),  # annotation with a space
    ],
)
def test_inline_pinyin_is_stripped(raw: str, expected: str) -> None:
    assert display(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "本網訊(內蒙古日報社融媒體記者 武峰)人勤春來早",
        "China News Service, Baotou, July 24 (Reporter Li Aiping) Zhang Rui said",
        "under the 12th Five-year period (2016-20) and",
        "TCL中環(TCL)項目",
        "他說(good)",  # lowercase latin without tone marks is not an annotation
        "數據(data analysis)顯示",
        "第三條(a)款及(b)款",  # enumeration letters after CJK
        "公司(ltd)",
    ],
)
def test_real_parentheticals_are_kept(raw: str) -> None:
    assert display(raw) == raw


def test_lost_character_residue_keeps_the_placeholder() -> None:
    # "日?qǐng)?bào)社": characters and "(" lost upstream; the annotation tails go, the "?" stay.
    assert display("內(nèi)蒙古日?qǐng)?bào)社") == "內蒙古日??社"


def test_boilerplate_lines_are_dropped() -> None:
    raw = "\n".join(
        [
            "Home\u00a0/\u00a0Metal News\u00a0/\u00a0Minor Metals\u00a0/\u00a0Big projects in Baotou.",
            "Big projects in Baotou.",
            "The content below was translated by Tencent automatically for reference.",
            "",
            "SMM News: projects are the guarantee of development.",
            "- Advertisment -",
            "(相關資料圖)",
            "Advertisement",
            "Gao Yang said.",
            "",
            "For queries, please contact Frank LIU at liuxiaolei@smm.cn",
            "",
            "For more information on how to access our research reports, please email service.en@smm.cn",
            "",
            *["data analysis"] * 5,
        ]
    )
    assert display(raw) == (
        "Big projects in Baotou.\n\nSMM News: projects are the guarantee of development.\nGao Yang said."
    )


def test_related_reading_list_is_dropped_to_its_end() -> None:
    raw = (
        "正文第一段。\n編輯:楊旭英關鍵詞:\n相關閱讀\n-\n“弘揚烏蘭牧騎精神攝影作品展”開展|全...\n"
        "本網訊(記者李存霞)4月23... -\n讀書之美丨閱讀的力量\n"
    )
    assert display(raw) == "正文第一段。\n編輯:楊旭英"


def test_related_list_ends_at_a_paragraph() -> None:
    raw = (
        "Body text.\n\nRelated articles:\nBaotou signs 455 projects\nRare earth zone grows...\n\n"
        "This paragraph is part of the article again, long enough and ending like a sentence.\n"
    )
    assert display(raw) == (
        "Body text.\n\nThis paragraph is part of the article again, long enough and ending like a sentence."
    )


def test_trailing_tag_block_is_dropped_but_short_final_lines_in_text_stay() -> None:
    raw = "He said.\n\nBaotou rare earths\nhigh-tech zone\nindustrial development\n"
    assert display(raw) == "He said."
    assert display("He said.\n\nEditor: Li Ming\n") == "He said.\n\nEditor: Li Ming"


def test_mojibake_question_mark_runs() -> None:
    raw = (
        "???????????I. Review of the 12th Five-Year Plan\nwith a much support.??\n"
        "breaking 100-billion yuan.?\nWhat? he asked.\n來了?知名"
    )
    assert display(raw) == (
        "I. Review of the 12th Five-Year Plan\nwith a much support.\nbreaking 100-billion yuan.\n"
        "What? he asked.\n來了?知名"
    )


def test_whitespace_is_normalised_conservatively() -> None:
    raw = "\n\n  Title  \r\n\r\n\r\n\r\n  Indented paragraph.   \n\n\n\nNext.\t\n\n"
    assert display(raw) == "Title\n\n  Indented paragraph.\n\nNext."


SEEDS = ["000_4cad672952d9ec44", "001_7bc7b943e68ba280", "002_9646be1045a74164", "003_20e3c7c67477c13b",
         "004_2afbb38bba5c3803"]  # fmt: skip


def test_seed_002_display_has_no_inline_pinyin(seeds_dir: Path) -> None:
    doc = read_document(seeds_dir / "002_9646be1045a74164.txt")
    assert re.search(PINYIN_LEFT_RE, doc.raw_text)  # the raw text has plenty
    assert not re.search(PINYIN_LEFT_RE, doc.display_text)
    assert "招大引強" in doc.display_text
    assert "(內蒙古日??社融媒體記者 武峰)" in doc.display_text
    assert "編輯:楊旭英" in doc.display_text
    assert "相關閱讀" not in doc.display_text and "關鍵詞" not in doc.display_text
    assert "相關資料圖" not in doc.display_text
    assert doc.display_text.endswith("編輯:楊旭英")


def test_seed_boilerplate_is_gone(seeds_dir: Path) -> None:
    d001 = read_document(seeds_dir / "001_7bc7b943e68ba280.txt").display_text
    for gone in ("Home", "translated by Tencent", "For queries", "please email", "data analysis",
                 "Baotou rare earths\nhigh-tech zone"):  # fmt: skip
        assert gone not in d001
    assert d001.endswith("Gao Yang, the person in charge of the Economic Development Bureau of Baotou rare "
                         "Earth High-tech Zone, said.")  # fmt: skip
    d003 = read_document(seeds_dir / "003_20e3c7c67477c13b.txt").display_text
    assert "??" not in d003
    assert "\nI. Review of the 12th Five-Year Plan\n" in d003
    d004 = read_document(seeds_dir / "004_2afbb38bba5c3803.txt").display_text
    assert "Advertisment" not in d004
    assert d004.endswith("meticulous, practical and effective.")


@pytest.mark.parametrize("seed", SEEDS)
def test_every_gold_quote_is_in_the_display_text(seeds_dir: Path, gold: dict[str, dict], seed: str) -> None:
    doc = read_document(seeds_dir / f"{seed}.txt")
    quotes = [fact["quote"] for fact in gold[seed]["facts"]]
    assert quotes
    missing = [q for q in quotes if clean_text(q)[0] not in doc.display_text]
    assert missing == []


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_offsets_are_exact(seeds_dir: Path, seed: str) -> None:
    from app.ingest import display_to_raw, is_copied

    doc = read_document(seeds_dir / f"{seed}.txt")
    d, raw, m = doc.display_text, doc.raw_text, doc.offset_map
    assert all(is_copied(m, i) and raw[display_to_raw(m, i)] == d[i] for i in range(len(d)))
    # an evidence span maps back to a raw span that cleans to the same quote (pinyin included in raw)
    for start in range(0, len(d) - 40, 97):
        end = start + 40
        raw_span = raw[display_to_raw(m, start) : display_to_raw(m, end - 1) + 1]
        assert clean_text(raw_span)[0] == d[start:end].strip()


@pytest.mark.parametrize(
    "raw",
    [
        "a" + " " * 100_000 + "b",  # a long whitespace run inside a line
        "中(" * 20_000,  # many "(" after CJK characters, never closed
        "日?" * 20_000 + "ǐ",
        "a" + "\n" * 100_000 + "b" + " \t" * 50_000,
        "?" * 100_000 + "x",
    ],
    ids=["spaces", "open-parens", "question-marks", "newlines", "qmark-run"],
)
def test_pathological_input_cleans_in_linear_time(raw: str) -> None:
    import time

    start = time.perf_counter()
    clean_text(raw)
    assert time.perf_counter() - start < 2.0


def test_reading_and_cleaning_is_fast(seeds_dir: Path) -> None:
    import time

    paths = sorted(seeds_dir.glob("*.txt"))
    read_document(paths[0])  # warm-up: lazy imports
    start = time.perf_counter()
    for _ in range(20):
        for path in paths:
            read_document(path)
    per_file = (time.perf_counter() - start) / (20 * len(paths))
    assert per_file < 0.05, per_file  # measured ~2.5 ms for 2-11 KB articles
