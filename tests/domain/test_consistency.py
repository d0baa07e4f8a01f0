"""Consistency checks (app.domain.consistency): problems a fact can have although each field is valid
on its own; they block approval until the analyst overrides them with a written reason."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.domain.consistency import blocking_problems, consistency_problems, written_number, written_unit


def check(kind: str = "indicator", fields: dict[str, object] | None = None, value: object = None,
          unit: str | None = None, text: str | None = None, **context: object) -> dict[str, str]:
    return consistency_problems(kind, {"indicator": "x", **(fields or {})}, value, unit, text, **context)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        ("58.7亿美元", Decimal("5870000000"), "USD"),
        ("逾50亿元", Decimal("5000000000"), "CNY"),
        ("579.9 billion yuan", Decimal("579900000000"), "CNY"),
        ("about 3.5 million dollars", Decimal("3500000"), "USD"),
        ("HK$12bn", Decimal("12000000000"), "HKD"),
        ("五千万欧元", Decimal("50000000"), "EUR"),
        ("15.6%", Decimal("15.6"), "percent"),
        ("百分之十五", Decimal("15"), "percent"),
        ("1.2个百分点", Decimal("1.2"), "pp"),
        ("8 percentage points", Decimal("8"), "pp"),
        ("2088.26亿", Decimal("208826000000"), None),
        ("455 projects", None, None),
    ],
)
def test_value_as_written_is_read_with_its_unit(text: str, number: Decimal | None, unit: str | None) -> None:
    assert written_number(text) == number
    assert written_unit(text) == unit


def test_value_contradicting_its_value_as_written_is_flagged() -> None:
    found = check(value=Decimal("58.7"), unit="CNY", text="58.7亿美元")
    assert found == {
        "unit": "written as USD (58.7亿美元), but the unit is CNY",
        "value": "58.7 is not the magnitude written (58.7亿美元 = 5870000000)",
    }
    assert check(value=Decimal("5870000000"), unit="USD", text="58.7亿美元") == {}
    assert check(value=579_900_000_000, unit="CNY", text="579.9 billion yuan") == {}
    assert check(value=15.6, unit="percent", text="15.6%") == {}
    assert set(check(value=15.6, unit="CNY", text="15.6%")) == {"unit"}
    assert check(value=455, unit="count", text="455 projects") == {}  # not one number: never guessed at
    assert check(value=210_000_000_000, unit="CNY", text="2088.26亿元") == {}  # a correction, same magnitude
    assert set(check(value=20_882_600_000_000, unit="CNY", text="2088.26亿元")) == {"value"}  # 万亿 for 亿
    assert check(value=-0.6, unit="percent", text="0.6 percent") == {}  # "fell 0.6 percent"
    assert set(check(value=0, unit="count", text="5")) == {"value"}


def test_percentages_beyond_a_thousand_periods_horizons_and_investors() -> None:
    assert check(value=1500, unit="percent") == {"value": "a percentage beyond ±1000 (1500)"}
    assert check(value=-1000, unit="pp") == {}
    assert check(fields={"period": "2025-2021"}, value=1, unit="count") == {
        "period": "the period ends (2021-12-31) before it starts (2025-01-01)"}
    assert check(fields={"period": "2021-07-01/2021-01-01"}, value=1, unit="count")["period"].startswith(
        "the period ends (2021-01-01)")
    assert check(fields={"period": "2021年至2025年"}, value=1, unit="count") == {}
    published = date(2021, 7, 24)
    assert check("target", {"horizon": "2020"}, 5, "percent", published=published) == {
        "horizon": "the horizon ended (2020-12-31) before the article was published (2021-07-24)"}
    assert check("target", {"horizon": "by 2021"}, 5, "percent", published=published) == {}
    assert check("project", {"investor": "包头市", "location": "包头"}, 5, "CNY") == {
        "investor": "the investor is the place (包头): name who invests"}
    assert check("project", {"investor": "Baotou"}, 5, "CNY", region="Baotou City") == {
        "investor": "the investor is the place (Baotou City): name who invests"}
    assert check("project", {"investor": "Baotou Steel"}, 5, "CNY", region="Baotou") == {}


def test_an_override_reason_lifts_consistency_problems_but_not_validation_problems() -> None:
    args = ("indicator", {"indicator": "x"}, Decimal("58.7"), "CNY", "58.7亿美元")
    assert set(blocking_problems(*args)) == {"unit", "value"}
    assert blocking_problems(*args, override_reason="checked: the article's figure is wrong") == {}
    assert set(blocking_problems(*args, override_reason="   ")) == {"unit", "value"}
    missing = ("indicator", {}, Decimal("58.7"), "CNY", "58.7亿美元")
    assert blocking_problems(*missing, override_reason="anything") == {"indicator": "indicator is required"}
