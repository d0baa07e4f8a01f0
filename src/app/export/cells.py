"""Cells and styles for write-only sheets: a few shared styles, and value → cell conversion that
keeps formula-like text a string, dates real dates and numbers real numbers with a format.

Styled cells are made from a template's style array, so styling a cell costs a copy of nine
integers instead of a style lookup per attribute."""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.export.safety import clean_text, is_formula_like

FMT_DATE = "yyyy-mm-dd"
FMT_DATETIME = "yyyy-mm-dd hh:mm:ss"
FMT_MONEY = "#,##0"
FMT_COUNT = "#,##0"
FMT_PERCENT = "0.0#"
FMT_CONFIDENCE = "0.00"
FMT_INT = "0"
FMT_GENERAL = "General"

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
TITLE_FONT = Font(bold=True, size=13)
LINK_FONT = Font(color="0563C1", underline="single")
WRAP = Alignment(wrap_text=True, vertical="top")


@dataclass(frozen=True, slots=True)
class Formatted:
    """A number with the format it should be shown in (the format depends on the row, e.g. unit)."""

    value: float | int | None
    number_format: str


@dataclass(frozen=True)
class StyleKey:
    number_format: str = FMT_GENERAL
    wrap: bool = False
    quote: bool = False
    link: bool = False
    header: bool = False
    title: bool = False


class Styles:
    """Template style arrays, made once per workbook and style combination."""

    def __init__(self) -> None:
        self._arrays: dict[StyleKey, Any] = {}
        self._ids: dict[StyleKey, str] = {}

    def array(self, ws: WriteOnlyWorksheet, key: StyleKey) -> Any:
        """The style array for `key`, registered in the workbook of `ws` (the template cell is
        never written)."""
        arr = self._arrays.get(key)
        if arr is None:
            tpl = Cell(ws, row=1, column=1)
            if key.number_format != FMT_GENERAL:
                tpl.number_format = key.number_format
            if key.wrap:
                tpl.alignment = WRAP
            if key.quote:
                tpl.quotePrefix = True
            if key.link:
                tpl.font = LINK_FONT
            if key.header:
                tpl.font = HEADER_FONT
                tpl.fill = HEADER_FILL
            if key.title:
                tpl.font = TITLE_FONT
            arr = tpl._style
            self._arrays[key] = arr
        return arr

    def style_id(self, ws: WriteOnlyWorksheet, key: StyleKey) -> str | None:
        """The workbook's index of the style, as written in a cell's `s` attribute (None: default)."""
        if key == StyleKey():
            return None
        sid = self._ids.get(key)
        if sid is None:
            sid = self._ids[key] = str(Cell(ws, row=1, column=1, style_array=self.array(ws, key)).style_id)
        return sid

    def cell(self, ws: WriteOnlyWorksheet, value: object, key: StyleKey) -> Cell:
        c = Cell(ws, row=1, column=1, style_array=self.array(ws, key))
        c.value = value
        return c


def utc_naive(value: datetime | None) -> datetime | None:
    """Excel has no time zones: times are written in UTC (to the second). A naive time from the
    database is already UTC (SQLite keeps no zone)."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.replace(microsecond=0)


def text_cell(ws: WriteOnlyWorksheet, styles: Styles, value: str, *, wrap: bool = False) -> object:
    """A string cell that is never a formula: formula-like text gets the quote-prefix style and the
    string type (openpyxl would otherwise store text starting with '=' as a formula)."""
    text = clean_text(value)
    if is_formula_like(text):
        c = styles.cell(ws, text, StyleKey(wrap=wrap, quote=True))
        c.data_type = "s"
        return c
    if wrap:
        return styles.cell(ws, text, StyleKey(wrap=True))
    return text


def number_cell(ws: WriteOnlyWorksheet, styles: Styles, value: float | int, fmt: str) -> object:
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)  # NaN or infinity cannot be stored as an Excel number
    if fmt == FMT_GENERAL:
        return value
    return styles.cell(ws, value, StyleKey(number_format=fmt))


def auto_cell(ws: WriteOnlyWorksheet, styles: Styles, value: Any, *, wrap: bool = False) -> object:
    """Any value by its type: text safely, dates as dates, numbers as numbers."""
    if value is None:
        return None
    if isinstance(value, Formatted):
        return None if value.value is None else number_cell(ws, styles, value.value, value.number_format)
    if isinstance(value, str):
        return text_cell(ws, styles, value, wrap=wrap)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return number_cell(ws, styles, value, FMT_COUNT if abs(value) >= 10_000 else FMT_GENERAL)
    if isinstance(value, float):
        return number_cell(ws, styles, value, FMT_GENERAL)
    if isinstance(value, datetime):
        return styles.cell(ws, utc_naive(value), StyleKey(number_format=FMT_DATETIME))
    if isinstance(value, date):
        return styles.cell(ws, value, StyleKey(number_format=FMT_DATE))
    return text_cell(ws, styles, str(value), wrap=wrap)


def display_width(value: object) -> int:
    """Roughly how many character widths a value takes in a cell (CJK characters take two)."""
    if value is None:
        return 0
    if isinstance(value, Formatted):
        value = value.value
        if value is None:
            return 0
    if isinstance(value, datetime):
        return 19
    if isinstance(value, date):
        return 10
    if isinstance(value, bool):
        return 3
    if isinstance(value, int):
        return len(f"{value:,}")
    if isinstance(value, float):
        return len(f"{value:,.2f}") if math.isfinite(value) and abs(value) < 1e15 else 12
    text = str(value)
    longest = max((len(line) for line in text[:2000].splitlines()), default=0)
    if text.isascii():
        return longest
    return max(
        (sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)
         for line in text[:2000].splitlines()),
        default=0,
    )
