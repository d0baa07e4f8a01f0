"""Language and metadata (title, published, outlet) - of the seeds, and of the patterns."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.ingest import detect_language, read_document
from app.ingest.metadata import find_outlet, find_published, find_title, year_from_context

SEED_META = {
    "000_4cad672952d9ec44": ("en", None, dt.date(2021, 7, 24), "China News Service"),
    "001_7bc7b943e68ba280": (
        "en",
        "The construction of major projects in Baotou rare Earth High-tech Zone promotes the take-off of "
        "the industry.",
        dt.date(2020, 9, 25),
        "SMM News",
    ),
    "002_9646be1045a74164": ("zh-Hant", "“招大引強”,呼和浩特打造產業集群", None, None),
    "003_20e3c7c67477c13b": (
        "en",
        "Abridged Baotou industrial work report for 13th Five-Year Plan",
        None,
        None,
    ),
    "004_2afbb38bba5c3803": (
        "en",
        "Guangxi has issued the work plan for strengthening the normalization of resident investment "
        "promotion, highlighting the “top leaders” of key industries to lead investment promotion",
        None,
        None,
    ),
}


@pytest.mark.parametrize("seed", sorted(SEED_META))
def test_seed_language_and_metadata(seeds_dir: Path, gold: dict[str, dict], seed: str) -> None:
    doc = read_document(seeds_dir / f"{seed}.txt")
    language, title, published, outlet = SEED_META[seed]
    assert doc.language == language == gold[seed]["language"]
    assert doc.title == title
    assert doc.published == published
    assert doc.outlet == outlet


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("包头市今年以来签约项目455个。", "zh-Hans"),
        ("呼和浩特市招商引資大會召開後，全市新引進招商項目178個。", "zh-Hant"),
        ("Baotou signed 455 projects with 包头 partners.", "en"),
        ("", "en"),
        ("12345 !!!", "en"),
    ],
)
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title\nSep 25,2020 08:44CST\nBody.", dt.date(2020, 9, 25)),
        ("Title\n25 September 2020\nBody.", dt.date(2020, 9, 25)),
        ("Title\n2020-09-25\nBody.", dt.date(2020, 9, 25)),
        ("標題\n2023年4月23日 10:00\n正文。", dt.date(2023, 4, 23)),
        ("新华社北京7月24日电 今年2021年以来，2021年上半年……", dt.date(2021, 7, 24)),
        ("包頭市上半年簽約項目\n\n新華社包頭2021年7月24日電 今年上半年……", dt.date(2021, 7, 24)),
        ("Baotou signs projects\nJuly 24 2021\nBody.", dt.date(2021, 7, 24)),
        ("標題\n4月23日\n2023年一季度，全市……", dt.date(2023, 4, 23)),
        (
            "China News Service, Baotou, July 24 (Reporter Li Aiping) in the 2021 plan; 2020 was weak",
            dt.date(2021, 7, 24),
        ),
        ("China News Service, Baotou, July 24 (Reporter Li Aiping) no year anywhere", None),
        ("Nothing dated here. Projects grew 15.7%.", None),
        (
            "截至3月末,全市新引進招商項目178個。其中,3月8日舉行集中簽約。",
            None,
        ),  # event dates, not publication
        ("Title\n2023-02-30\nBody.", None),  # impossible date
    ],
)
def test_find_published(text: str, expected: dt.date | None) -> None:
    assert find_published(text) == expected


def test_year_from_context_prefers_most_mentioned_then_latest() -> None:
    assert year_from_context("in 2020 and 2021 and again 2021, total 2,021 units, 15.2021") == 2021
    assert year_from_context("2019 then 2020") == 2020
    assert year_from_context("no years; 455 projects, 579.9 billion") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China News Service, Baotou, July 24 (Reporter Li Aiping) Zhang Rui said", "China News Service"),
        ("Title\n\nSMM News: major industrial projects are the guarantee", "SMM News"),
        ("BEIJING, July 24 (Xinhua) -- China's economy", "Xinhua"),
        ("本網訊(內蒙古日報社融媒體記者 武峰)人勤春來早", "內蒙古日報社"),
        ("本网讯（内蒙古日报社融媒体记者 武峰）人勤春来早", "内蒙古日报社"),
        ("新华社北京7月24日电 记者……", "新华社"),
        ("Title\nSource: Inner Mongolia Daily\n\nBody", "Inner Mongolia Daily"),
        ("本網訊(內蒙古日??社融媒體記者 武峰)", None),  # mangled: not guessed
        ("Baotou has taken investment attraction as an important starting point.", None),
    ],
)
def test_find_outlet(text: str, expected: str | None) -> None:
    assert find_outlet(text) == expected


@pytest.mark.parametrize(
    ("display", "raw", "expected"),
    [
        ("Short headline\n\nBody.", None, "Short headline"),
        ("# Markdown heading\n\nBody.", None, "Markdown heading"),
        ("A sentence that ends with a period.\nBody.", None, None),
        (
            "Repeated headline.\nBody.",
            "Home / News / Repeated headline.\nRepeated headline.\nBody.",
            "Repeated headline.",
        ),
        ("x" * 300 + "\nBody", None, None),
        ("Sep 25,2020 08:44CST\nBody", None, None),
        ("", None, None),
    ],
)
def test_find_title(display: str, raw: str | None, expected: str | None) -> None:
    assert find_title(display, raw if raw is not None else display) == expected
