"""What a spreadsheet cell holds, as a typed value: a number, a date or text.

A workbook an analyst sends back may have been re-saved by Excel or LibreOffice Calc: a number can
come back as text (`"1,234.5"`, `"１２３"`), a date as a date, a date-time or a serial number, and
text that looked like a formula may have lost its quote prefix. These functions accept those forms
and refuse anything else with a one-line reason (`CellValueError`); they never evaluate anything.

Numbers are exact `Decimal`s: a float from the cell is taken by its shortest representation
(`15.7`, not `15.699999999999999`), so comparing with the stored value does not invent changes.
Text in a cell is read by the domain's one number parser (`app.domain.numbers`) and one date parser
(`app.domain.dates`), the same rules as extraction and the review form; only what is particular to
spreadsheets (serial dates, an exponent written by a spreadsheet, a lost quote prefix) is here."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from app.domain import dates, numbers

EXCEL_EPOCH = date(1899, 12, 30)
"""Day zero of Excel's 1900 date system as Excel counts it (serial 60 is the non-existent 1900-02-29)."""
MAX_SERIAL = 2_958_465  # 9999-12-31

_GROUPING = re.compile(r"(?<=\d)[,\s\u00a0\u202f'’_](?=\d{3}(?:\D|$))")
_NUMBER = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$")
_SERIAL = re.compile(r"^[+-]?\d+(?:\.\d*)?$")
_DATE_TEXT = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")


class CellValueError(ValueError):
    """The cell does not hold the kind of value its column needs; the message says what it holds."""


def is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _shown(value: object) -> str:
    text = str(value)
    return repr(text if len(text) <= 40 else text[:39] + "…")


def parse_number(value: object) -> Decimal | None:
    """A number from a cell: a number, or text of one (thousands separators, full-width digits and
    a leading quote allowed). None for an empty cell."""
    if is_empty(value):
        return None
    if isinstance(value, bool):
        raise CellValueError(f"{_shown(value)} is not a number")
    if isinstance(value, datetime | date):
        raise CellValueError(f"a date ({value:%Y-%m-%d}) is not a number")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise CellValueError(f"{value} is not a number")
        return Decimal(repr(value))
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise CellValueError(f"{value} is not a number")
        return value
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if text.startswith("'"):
        text = text[1:].strip()
    text = text.replace("\u2212", "-")
    parsed = numbers.parse_number(text)
    if parsed is not None:
        return parsed
    text = _GROUPING.sub("", text)
    if not _NUMBER.match(text):  # what remains: a spreadsheet's exponent form (1.5E+10)
        raise CellValueError(f"{_shown(value)} is not a number")
    try:
        return Decimal(text)
    except InvalidOperation:
        raise CellValueError(f"{_shown(value)} is not a number") from None


def parse_integer(value: object) -> int | None:
    """A whole number (an id, a version); None for an empty cell."""
    number = parse_number(value)
    if number is None:
        return None
    if number != number.to_integral_value():
        raise CellValueError(f"{_shown(value)} is not a whole number")
    return int(number)


def parse_date(value: object) -> date | None:
    """A date from a cell: a date or date-time, an Excel serial number (1900 date system), or text of
    one day as the domain's date parser reads it (2021-07-24, 2021年7月24日, July 24, 2021 …). None for
    an empty cell."""
    if is_empty(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise CellValueError(f"{_shown(value)} is not a date")
    if isinstance(value, int | float | Decimal):
        return _from_serial(value)
    text = unicodedata.normalize("NFKC", str(value)).strip().lstrip("'")
    if _SERIAL.match(text) and not _DATE_TEXT.match(text):
        try:
            return _from_serial(Decimal(text))  # a serial number that lost its date format
        except (InvalidOperation, CellValueError):
            pass  # not a serial in range: perhaps a compact date (20210724)
    try:
        return dates.parse_date(text)
    except dates.DateError as exc:
        raise CellValueError(f"{_shown(value)} is not a date: {exc}") from None


def _from_serial(value: float | int | Decimal) -> date:
    serial = float(value)
    if serial != int(serial) or not 1 <= serial <= MAX_SERIAL:
        raise CellValueError(f"{value} is not a date")
    days = int(serial)
    if days < 61:  # before Excel's phantom 1900-02-29 the serials are one day further on
        days += 1
    return EXCEL_EPOCH + timedelta(days=days)


def parse_text(value: object) -> str | None:
    """Text from a cell, as written; None for an empty cell. A number a spreadsheet made of typed
    text (`2021` in a Period column) is read back as that text; a date as YYYY-MM-DD."""
    if is_empty(value):
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float):
        return repr(value)
    return str(value)


def decimal_of(value: float | int | Decimal | None) -> Decimal | None:
    """A stored number as an exact Decimal, by its shortest representation (for comparing)."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        return Decimal(repr(value))
    return Decimal(value)


def same_number(a: Decimal | None, b: Decimal | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.compare(b) == 0
