"""Sheets: a data sheet that is a named Excel table (fact sheets, Documents, Audit) and a free-form
sheet (Summary, About, Dictionary); both print-ready.

Values are encoded per column type straight into `StreamSheet` cells: text is cleaned and never a
formula (formula-like text gets the quote-prefix style), dates and times become serial numbers with
a date format, numbers keep their exact value with the column's number format. Hyperlinks: rows in
a row with the same target share one hyperlink range (within Excel's 65 530 links per sheet)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from app.export.cells import (
    FMT_CONFIDENCE,
    FMT_COUNT,
    FMT_DATE,
    FMT_DATETIME,
    FMT_MONEY,
    FMT_MONEY_100M,
    FMT_PERCENT,
    StyleKey,
    Styles,
    display_width,
    number_text,
    row_height,
    text_width,
    utc_naive,
    wrapped_lines,
)
from app.export.columns import CellType
from app.export.safety import clean_text, is_formula_like
from app.export.stream import EncodedCell, StreamSheet

MAX_LINKS_PER_SHEET = 65_530
MAX_URL_CHARS = 2_000
_URL = re.compile(r"^https?://[^\s\"<>]+$", re.IGNORECASE)

NUMBER_FORMATS: dict[CellType, str] = {
    CellType.MONEY: FMT_MONEY, CellType.MONEY_100M: FMT_MONEY_100M, CellType.NUMBER: FMT_COUNT,
    CellType.PERCENT: FMT_PERCENT, CellType.CONFIDENCE: FMT_CONFIDENCE, CellType.INT: FMT_COUNT,
}
WRAPPED = frozenset({CellType.LONG, CellType.TEXT, CellType.LINK})


def is_web_url(text: str | None) -> bool:
    return bool(text) and len(text or "") <= MAX_URL_CHARS and bool(_URL.match(text or ""))


@dataclass(frozen=True, slots=True)
class Link:
    """A cell's text with a hyperlink: to a web address, or to a place in the workbook."""

    text: str | int
    url: str | None = None
    location: str | None = None


@dataclass(frozen=True)
class Col:
    """A data sheet's column as the writer needs it."""

    header: str
    type: CellType = CellType.TEXT
    width: int = 14  # the widest the column gets
    back: bool = False  # applicable back (marked in the header style)
    detail: bool = False  # grouped and collapsed: not printed, one click to show


Encoder = Callable[[object], EncodedCell | None]


class Encoders:
    """Value → encoded cell, with the workbook's style ids resolved once."""

    def __init__(self, styles: Styles) -> None:
        sid = styles.id
        self.styles = styles
        self.plain = sid(StyleKey())
        self.quote, self.wrap, self.wrap_quote = (sid(StyleKey(quote=True)), sid(StyleKey(wrap=True)),
                                                  sid(StyleKey(wrap=True, quote=True)))
        self.link = sid(StyleKey(link=True, wrap=True))
        self.date, self.datetime = sid(StyleKey(number_format=FMT_DATE)), sid(StyleKey(number_format=FMT_DATETIME))

    def text(self, value: str, wrap: bool = False) -> EncodedCell:
        text = clean_text(value)
        if is_formula_like(text):
            return (True, text, self.wrap_quote if wrap else self.quote)
        return (True, text, self.wrap if wrap else self.plain)

    def number(self, value: int | float | Decimal, style: str | None) -> EncodedCell:
        text = number_text(value)
        if text is None:
            return (True, str(value), self.plain)  # NaN or infinity cannot be an Excel number
        return (False, text, style or self.plain)

    def auto(self, value: object, wrap: bool = False, number_style: str | None = None) -> EncodedCell | None:
        if value is None:
            return None
        if isinstance(value, str):
            return self.text(value, wrap)
        if isinstance(value, bool):
            return (True, "yes" if value else "no", self.plain)
        if isinstance(value, int | float | Decimal):
            if number_style is None and isinstance(value, int) and abs(value) >= 10_000:
                number_style = self.styles.id(StyleKey(number_format=FMT_COUNT))
            return self.number(value, number_style)
        if isinstance(value, datetime):
            return (False, repr(to_excel(utc_naive(value))), self.datetime)
        if isinstance(value, date):
            return (False, str(to_excel(value)), self.date)
        if isinstance(value, Link):
            return self.auto(value.text, wrap)
        return self.text(str(value), wrap)

    def for_type(self, kind: CellType) -> Encoder:
        auto, text = self.auto, self.text
        wrap = kind in WRAPPED
        if kind in (CellType.TEXT, CellType.LONG, CellType.LINK):
            return lambda v: text(v, wrap) if type(v) is str else auto(v, wrap)
        if kind is CellType.ID:
            plain = self.plain
            return lambda v: (False, str(v), plain) if type(v) is int else auto(v)
        if kind is CellType.DATE:
            dstyle = self.date
            return lambda v: (False, str(to_excel(v)), dstyle) if type(v) is date else auto(v)
        if kind is CellType.DATETIME:
            tstyle = self.datetime
            return lambda v: (False, repr(to_excel(utc_naive(v))), tstyle) if type(v) is datetime else auto(v)  # type: ignore[arg-type]
        style = self.styles.id(StyleKey(number_format=NUMBER_FORMATS[kind]))
        number = self.number
        return lambda v: number(v, style) if type(v) in (int, float, Decimal) else auto(v, number_style=style)  # type: ignore[arg-type]


def print_ready(ws: StreamSheet, footer: str, *, title_rows: str | None = "1:1", landscape: bool = True) -> None:
    """Landscape (or portrait), fit to one page wide, the header row repeated on every page, the
    sheet name and page numbers in the footer."""
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top, ws.page_margins.bottom = 0.5, 0.6
    if title_rows:
        ws.print_title_rows = title_rows
    ws.HeaderFooter.oddFooter.left.text = "&A"
    ws.HeaderFooter.oddFooter.right.text = footer


class SheetWriter:
    """A data sheet: a header row and rows of values (one per column), written as a named Excel
    table. `close()` finishes the sheet and returns the number of rows."""

    SAMPLE_ROWS = 200

    def __init__(self, wb: Workbook, title: str, columns: Sequence[Col], styles: Styles, *,
                 table_name: str, footer: str) -> None:
        self.ws = StreamSheet.create(wb, title)
        self.title = title
        self.columns = tuple(columns)
        self.table_name = table_name
        self.rows = 0
        self.links = 0
        self._styles = styles
        self._enc = Encoders(styles)
        self._buffer: list[Sequence[object]] | None = []
        self._encode = [self._enc.for_type(c.type) for c in self.columns]
        self._wrapped = [i for i, c in enumerate(self.columns) if c.type in WRAPPED]
        self._widths: list[float] = []
        self._runs: dict[int, tuple[str, int, int]] = {}  # column: (target, link index, first row)
        print_ready(self.ws, footer)

    def append(self, values: Sequence[object]) -> None:
        if self._buffer is not None:
            self._buffer.append(values)
            if len(self._buffer) >= self.SAMPLE_ROWS:
                self._start()
        else:
            self._emit(values)

    def close(self) -> int:
        if self._buffer is not None:
            self._start()
        last = get_column_letter(len(self.columns))
        ref = f"A1:{last}{max(self.rows + 1, 2)}"  # a table has at least one (maybe empty) data row
        table = Table(displayName=self.table_name, ref=ref, autoFilter=AutoFilter(ref=ref),
                      tableColumns=[TableColumn(id=i + 1, name=c.header) for i, c in enumerate(self.columns)],
                      tableStyleInfo=TableStyleInfo(name="TableStyleLight1", showRowStripes=True))
        self.ws.add_table_quietly(table)
        return self.rows

    # -- internals

    def _start(self) -> None:
        buffered = self._buffer or []
        self._buffer = None
        header_lines = 1
        for i, col in enumerate(self.columns):
            words = max((text_width(w) for w in col.header.split()), default=4)
            sample = max((display_width(_shown(r[i])) for r in buffered), default=0)
            width = float(max(words + 2, min(max(sample + 2, 6), col.width)))
            self._widths.append(width)
            dim = self.ws.column_dimensions[get_column_letter(i + 1)]
            dim.width = width
            if col.detail:
                dim.outlineLevel = 1
                dim.hidden = True
            header_lines = max(header_lines, wrapped_lines(col.header, width))
        self.ws.sheet_format.outlineLevelCol = 1
        self.ws.freeze_panes = "B2"
        self.ws.heights[1] = row_height(header_lines)
        sid = self._styles.id
        self.ws.append([(True, clean_text(c.header), sid(StyleKey(header=True, back=c.back)))
                        for c in self.columns])
        for values in buffered:
            self._emit(values)

    def _emit(self, values: Sequence[object]) -> None:
        self.rows += 1
        row = self.rows + 1
        cells: list[EncodedCell | None] = []
        lines = 1
        widths = self._widths
        for i, (enc, v) in enumerate(zip(self._encode, values, strict=True)):
            if v is None:
                cells.append(None)
                self._runs.pop(i, None)
                continue
            if type(v) is Link:
                cells.append(self._link(i, v))
            else:
                cells.append(enc(v))
                self._runs.pop(i, None)
        for i in self._wrapped:
            cell = cells[i]
            if cell is None or not cell[0]:
                continue
            text = cell[1]
            if len(text) * (1.1 if text.isascii() else 2.2) > widths[i] - 1.5 or "\n" in text:
                lines = max(lines, wrapped_lines(text, widths[i]))
        if lines > 1:
            self.ws.heights[row] = row_height(lines)
        self.ws.append(cells)

    def _link(self, col: int, link: Link) -> EncodedCell | None:
        cell = self._encode[col](link.text)
        target = link.location or (link.url if is_web_url(link.url) else None)
        if cell is None or target is None or cell[2] not in (self._enc.plain, self._enc.wrap):
            self._runs.pop(col, None)
            return cell
        row = self.rows + 1
        letter = get_column_letter(col + 1)
        run = self._runs.get(col)  # runs are consecutive: every row continues, replaces or ends them
        if run is not None and run[0] == target:
            self.ws.set_link_ref(run[1], f"{letter}{run[2]}:{letter}{row}")
            return (cell[0], cell[1], self._enc.link)
        if self.links >= MAX_LINKS_PER_SHEET:
            self._runs.pop(col, None)
            return cell
        index = (self.ws.add_location_link(f"{letter}{row}", target) if link.location
                 else self.ws.add_link(f"{letter}{row}", target))
        self._runs[col] = (target, index, row)
        self.links += 1
        return (cell[0], cell[1], self._enc.link)


def _shown(value: object) -> object:
    return value.text if isinstance(value, Link) else value


class FreeSheet:
    """A sheet of titled blocks (Summary, About, Dictionary): rows of values of any type."""

    def __init__(self, wb: Workbook, title: str, styles: Styles, widths: Sequence[float], footer: str, *,
                 landscape: bool = True, wrap_columns: Sequence[int] = ()) -> None:
        self.ws = StreamSheet.create(wb, title)
        self.styles = styles
        self.enc = Encoders(styles)
        self.widths = list(widths)
        self.wrap_columns = frozenset(wrap_columns)
        self.row = 0
        for i, w in enumerate(widths):
            self.ws.column_dimensions[get_column_letter(i + 1)].width = w
        print_ready(self.ws, footer, title_rows=None, landscape=landscape)

    def title(self, text: str) -> None:
        self._add([(True, clean_text(text), self.styles.id(StyleKey(title=True)))], 20.0)

    def header(self, names: Sequence[str]) -> None:
        lines = max((wrapped_lines(n, self.widths[i]) for i, n in enumerate(names) if i < len(self.widths)),
                    default=1)
        sid = self.styles.id(StyleKey(header=True))
        self._add([(True, clean_text(n), sid) for n in names], row_height(lines))

    def values(self, values: Sequence[object], number_formats: Sequence[str | None] = (),
               marked: StyleKey | None = None) -> None:
        """A row; `marked`: the style of its second cell (the Dictionary marks applicable-back
        columns as their headers are marked)."""
        cells: list[EncodedCell | None] = []
        lines = 1
        for i, v in enumerate(values):
            fmt = number_formats[i] if i < len(number_formats) else None
            style = self.styles.id(StyleKey(number_format=fmt)) if fmt else None
            wrap = i in self.wrap_columns
            cells.append(self.enc.auto(v, wrap=wrap, number_style=style))
            if wrap and isinstance(v, str) and i < len(self.widths):
                lines = max(lines, wrapped_lines(v, self.widths[i]))
        if marked is not None and len(cells) > 1 and cells[1] is not None:
            cells[1] = (cells[1][0], cells[1][1], self.styles.id(marked))
        self._add(cells, row_height(lines) if lines > 1 else None)

    def blank(self) -> None:
        self._add([], None)

    def _add(self, cells: list[EncodedCell | None], height: float | None) -> None:
        self.row += 1
        if height is not None:
            self.ws.heights[self.row] = height
        self.ws.append(cells)
