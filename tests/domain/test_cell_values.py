"""Cell values read back from a workbook use the domain's one number parser and one date parser: the
same text means the same number or day in extraction, in the review form and in a returned workbook."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from app.domain import cell_values, dates, numbers
from app.ui.fact_text import parse_date as form_date
from app.ui.fact_text import parse_number as form_number


@pytest.mark.parametrize("text", ["2088.26亿", "1,234.5", "１２３", "-5", "5 million", "3.5万亿", "12bn", "0.000001"])
def test_cell_text_form_and_domain_read_a_number_alike(text: str) -> None:
    expected = numbers.parse_number(text)
    assert expected is not None
    assert cell_values.parse_number(text) == expected == form_number(text)


def test_cell_specific_forms() -> None:
    assert cell_values.parse_number("'1,500") == Decimal(1500)  # a quote prefix a spreadsheet kept
    assert cell_values.parse_number("1.5E+10") == Decimal(15_000_000_000)  # a spreadsheet's exponent
    assert cell_values.parse_number(15.7) == Decimal("15.7")  # a float by its shortest text
    assert cell_values.parse_number(None) is None
    with pytest.raises(cell_values.CellValueError, match="is not a number"):
        cell_values.parse_number("about a hundred projects")
    with pytest.raises(cell_values.CellValueError, match="a date"):
        cell_values.parse_number(date(2021, 7, 24))


@pytest.mark.parametrize("text", ["2021-07-24", "2021/7/24", "2021年7月24日", "20210724", "July 24, 2021",
                                  "24 July 2021"])
def test_cell_text_form_and_domain_read_a_date_alike(text: str) -> None:
    assert cell_values.parse_date(text) == dates.parse_date(text) == form_date(text) == date(2021, 7, 24)


def test_cell_specific_dates() -> None:
    assert cell_values.parse_date(44401) == date(2021, 7, 24)  # an Excel serial number
    assert cell_values.parse_date("44401") == date(2021, 7, 24)  # the same, as text
    assert cell_values.parse_date(datetime(2021, 7, 24, 10, 30)) == date(2021, 7, 24)
    with pytest.raises(cell_values.CellValueError, match="is not a date"):
        cell_values.parse_date("2021-02-30")
    with pytest.raises(cell_values.CellValueError, match="is not a date"):
        cell_values.parse_date("2021 Q3")  # a period, not a day
    assert form_date("2021 Q3") is None
