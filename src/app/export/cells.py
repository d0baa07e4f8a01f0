"""Cell formats and styles, and how wide and tall a value shows.

Styles are registered through openpyxl's public cell API (a template cell's font, fill, alignment
and number format; its `style_id`), once per workbook and combination."""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from decimal import Decimal

from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.workbook import Workbook

FMT_DATE = "yyyy-mm-dd"
FMT_DATETIME = "yyyy-mm-dd hh:mm:ss"
FMT_MONEY = "#,##0"
FMT_MONEY_100M = "#,##0.00##"
FMT_COUNT = "#,##0"
FMT_PERCENT = "0.0#"
FMT_CONFIDENCE = "0.00"
FMT_GENERAL = "General"

HEADER_FILL = "DDE4EE"
BACK_FILL = "E2EFDA"  # header of a column that can be applied back
LINK_COLOR = "0563C1"
LINE_POINTS = 15.0  # one line of 11-point text
MAX_ROW_POINTS = 409.0  # Excel's largest row height


@dataclass(frozen=True)
class StyleKey:
    number_format: str = FMT_GENERAL
    wrap: bool = False
    quote: bool = False
    link: bool = False
    header: bool = False
    back: bool = False  # header of an applicable-back column
    title: bool = False
    bold: bool = False


class _Owner:
    """What a template cell needs of a worksheet: the workbook whose style tables it adds to."""

    def __init__(self, wb: Workbook) -> None:
        self.parent = wb


class Styles:
    """Style ids (the `s` attribute of a cell), registered once per workbook and style. Every style
    is top-aligned, the plain one included (`id(StyleKey())`)."""

    def __init__(self, wb: Workbook) -> None:
        self._owner = _Owner(wb)
        self._ids: dict[StyleKey, str | None] = {}

    def id(self, key: StyleKey) -> str | None:
        if key not in self._ids:
            tpl = Cell(self._owner)  # type: ignore[arg-type]  # a template; never written
            if key.number_format != FMT_GENERAL:
                tpl.number_format = key.number_format
            # top-aligned, so a number beside a wrapped text lines up with its first line
            tpl.alignment = Alignment(wrap_text=key.wrap or key.header, vertical="top")
            if key.quote:
                tpl.quotePrefix = True
            if key.link:
                tpl.font = Font(color=LINK_COLOR, underline="single")
            if key.header:
                tpl.font = Font(bold=True)
                tpl.fill = PatternFill("solid", fgColor=BACK_FILL if key.back else HEADER_FILL)
                tpl.border = Border(bottom=Side(style="thin"))
            if key.title:
                tpl.font = Font(bold=True, size=13)
            if key.bold:
                tpl.font = Font(bold=True)
            self._ids[key] = str(tpl.style_id)
        return self._ids[key]

    def with_(self, key: StyleKey, **changes: object) -> str | None:
        return self.id(replace(key, **changes))  # type: ignore[arg-type]


def utc_naive(value: datetime | None) -> datetime | None:
    """Excel has no time zones: times are written in UTC (to the second). A naive time from the
    database is already UTC (SQLite keeps no zone)."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.replace(microsecond=0)


def number_text(value: int | float | Decimal) -> str | None:
    """The text of a number cell: integral values below 2**53 as integers, decimals exactly as they
    are, floats by their shortest exact repr; None for what Excel cannot hold (NaN, infinity)."""
    if type(value) is int:
        return str(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            return None
        if value == value.to_integral_value() and abs(value) < 2**53:
            return str(int(value))
        return format(value.normalize(), "f")
    f = float(value)
    if not math.isfinite(f):
        return None
    if f.is_integer() and abs(f) < 2**53:
        return str(int(f))
    return repr(f)


def text_width(text: str) -> int:
    """How many character widths a line of text takes (CJK characters take two)."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def display_width(value: object) -> int:
    """Roughly how many character widths a value takes in a cell."""
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 19
    if isinstance(value, date):
        return 10
    if isinstance(value, int | float | Decimal):
        number: int | float | Decimal = value
        return len(f"{number:,}") if abs(float(number)) < 1e15 else 15
    text = str(value)
    return max((text_width(line) for line in text[:2000].splitlines()), default=0)


def wrapped_lines(text: str, width: float) -> int:
    """How many lines `text` takes wrapped in a column `width` characters wide (a little more than
    a word-wrapping spreadsheet would need: better a loose row than text cut off in print)."""
    usable = max(1.0, width - 1.5)
    lines = 0
    for line in text[:5000].splitlines() or [""]:
        lines += max(1, math.ceil(text_width(line) * 1.1 / usable))
    return lines


def row_height(lines: int) -> float:
    return min(MAX_ROW_POINTS, LINE_POINTS * lines + 2)
