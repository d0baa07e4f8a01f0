"""The real scorer over our own held-out-style articles (tests/extract/articles), and rules found on them
that a table case cannot express (one fact for a headline and the body restating it)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.extract.score_articles import score

from app.domain.schema import Kind
from app.extract import extract

# below the figures reached when these rules were written (see the commit messages), to catch regressions
BARS = ["--min-recall", "0.97", "--min-precision", "0.97", "--min-kind", "0.96", "--min-investor", "0.88",
        "--min-people", "0.95"]


def test_articles_pass_the_scorer() -> None:
    code, output = score(bars=BARS)
    assert code == 0, output


@pytest.mark.parametrize(("language", "text", "value", "unit"), [
    ("zh-Hans", "成都高新区签约35个重大项目 总投资逾800亿元\n8日，高新区现场签约项目35个，总投资逾800亿元。",
     35, "count"),
    ("zh-Hans", "成都高新区签约35个重大项目 总投资逾800亿元\n8日，高新区现场签约项目35个，总投资逾800亿元。",
     80e9, "CNY"),
    ("zh-Hant", "經濟部：前8月僑外投資年增35%\n今年1至8月投資金額計83億美元，較去年同期增加35.02%。", 35.02, "percent"),
    ("en", "Chongqing inks 118 deals\nChongqing signed 118 investment projects worth 210.6 billion yuan.",
     118, "count"),
])
def test_headline_and_body_are_one_fact(language: str, text: str, value: float, unit: str) -> None:
    facts = [f for f in extract(text, language, dt.date(2023, 6, 8)) if f.unit == unit and f.value is not None
             and abs(float(f.value) - value) <= abs(value) * 0.01]
    assert len(facts) == 1, [(f.value, f.kind, [e.quote(text) for e in f.evidence]) for f in facts]
    assert facts[0].kind != Kind.PROJECT
    assert len(facts[0].evidence) == 2
    assert facts[0].value == Decimal(repr(value))


@pytest.mark.parametrize(("language", "text", "value", "unit"), [
    ("en", "Hubei lands 2,100 investment projects\nHubei introduced 2,116 investment projects in the first half.",
     2116, "count"),
    ("zh-Hant", "投資推廣署：去年協助逾380間企業落戶香港\n去年共協助382間內地及海外企業在港開設業務。", 382, "count"),
])
def test_rounded_headline_figure_is_the_body_fact(language: str, text: str, value: float, unit: str) -> None:
    facts = [f for f in extract(text, language, dt.date(2023, 7, 18)) if f.unit == unit and f.value is not None]
    assert [f.value for f in facts] == [value], [(f.value, [e.quote(text) for e in f.evidence]) for f in facts]


def test_a_small_headline_figure_is_not_a_rounded_body_figure() -> None:
    text = "Hefei signs 20 projects\nHefei signed 20 projects on Monday. Another 23 projects are under review."
    counts = sorted(f.value for f in extract(text, "en", dt.date(2023, 7, 18)) if f.unit == "count" and f.value)
    assert counts == [20, 23]
