"""One tabular sheet: bold frozen header, autofilter, widths fitted to the first rows, typed
columns, and source hyperlinks (consecutive rows with the same URL share one hyperlink range,
which keeps large exports small and within Excel's 65 530 links per sheet).

Values are encoded per column kind straight into `StreamSheet` cells: text is cleaned and never a
formula (formula-like text gets the quote-prefix style), dates and times become serial numbers with
a date format, numbers keep their value with the column's (or the row's) number format."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

from app.export.cells import (
    FMT_CONFIDENCE,
    FMT_COUNT,
    FMT_DATE,
    FMT_DATETIME,
    FMT_GENERAL,
    Formatted,
    StyleKey,
    Styles,
    display_width,
    utc_naive,
)
from app.export.safety import clean_text, is_formula_like
from app.export.stream import EncodedCell, StreamSheet

MAX_LINKS_PER_SHEET = 65_530
MAX_URL_CHARS = 2_000
_URL = re.compile(r"^https?://[^\s\"<>]+$", re.IGNORECASE)


class Col(Enum):
    TEXT = "text"
    LONG = "long"  # wrapped text (evidence, notes)
    ID = "id"  # integer identifier, no thousands separator
    COUNT = "count"
    VALUE = "value"  # a number whose format comes with it (Formatted)
    CONFIDENCE = "confidence"
    DATE = "date"
    DATETIME = "datetime"
    URL = "url"
    AUTO = "auto"  # by the value's type (About sheet)


@dataclass(frozen=True)
class Column:
    header: str
    kind: Col = Col.TEXT
    max_width: int = 50


def is_web_url(text: str | None) -> bool:
    return bool(text) and len(text or "") <= MAX_URL_CHARS and bool(_URL.match(text or ""))


Encoder = Callable[[object], EncodedCell | None]


class Encoders:
    """Value → encoded cell, with the workbook's style ids resolved once."""

    def __init__(self, ws: StreamSheet, styles: Styles) -> None:
        def sid(**kw: object) -> str | None:
            return styles.style_id(ws, StyleKey(**kw))  # type: ignore[arg-type]

        self.quote, self.wrap, self.wrap_quote = sid(quote=True), sid(wrap=True), sid(wrap=True, quote=True)
        self.link, self.header = sid(link=True), sid(header=True)
        self.date, self.datetime = sid(number_format=FMT_DATE), sid(number_format=FMT_DATETIME)
        self.count, self.confidence = sid(number_format=FMT_COUNT), sid(number_format=FMT_CONFIDENCE)
        self._formats: dict[str, str | None] = {FMT_GENERAL: None}
        self._ws, self._styles = ws, styles

    def number_style(self, fmt: str) -> str | None:
        if fmt not in self._formats:
            self._formats[fmt] = self._styles.style_id(self._ws, StyleKey(number_format=fmt))
        return self._formats[fmt]

    def text(self, value: str, wrap: bool = False) -> EncodedCell:
        text = clean_text(value)
        if is_formula_like(text):
            return (True, text, self.wrap_quote if wrap else self.quote)
        return (True, text, self.wrap if wrap else None)

    def number(self, value: float | int, style: str | None) -> EncodedCell:
        if isinstance(value, float) and not math.isfinite(value):
            return (True, str(value), None)  # NaN or infinity cannot be an Excel number
        return (False, repr(value) if isinstance(value, float) else str(int(value)), style)

    def auto(self, value: object, wrap: bool = False) -> EncodedCell | None:
        if value is None:
            return None
        if isinstance(value, Formatted):
            return None if value.value is None else self.number(value.value, self.number_style(value.number_format))
        if isinstance(value, str):
            return self.text(value, wrap)
        if isinstance(value, bool):
            return (True, "yes" if value else "no", None)
        if isinstance(value, int):
            return self.number(value, self.count if abs(value) >= 10_000 else None)
        if isinstance(value, float):
            return self.number(value, None)
        if isinstance(value, datetime):
            return (False, repr(to_excel(utc_naive(value))), self.datetime)
        if isinstance(value, date):
            return (False, str(to_excel(value)), self.date)
        return self.text(str(value), wrap)

    def for_column(self, kind: Col) -> Encoder:
        auto = self.auto
        if kind is Col.TEXT or kind is Col.URL:
            text = self.text
            return lambda v: text(v) if type(v) is str else auto(v)
        if kind is Col.LONG:
            text = self.text
            return lambda v: text(v, True) if type(v) is str else auto(v, True)
        if kind is Col.ID:
            return lambda v: (False, str(v), None) if type(v) is int else auto(v)
        if kind is Col.COUNT:
            count, number = self.count, self.number
            return lambda v: number(v, count) if type(v) in (int, float) else auto(v)  # type: ignore[arg-type]
        if kind is Col.CONFIDENCE:
            conf, number = self.confidence, self.number
            return lambda v: number(v, conf) if type(v) in (int, float) else auto(v)  # type: ignore[arg-type]
        if kind is Col.DATE:
            dstyle = self.date
            return lambda v: (False, str(to_excel(v)), dstyle) if type(v) is date else auto(v)
        if kind is Col.DATETIME:
            tstyle = self.datetime
            return lambda v: (False, repr(to_excel(utc_naive(v))), tstyle) if type(v) is datetime else auto(v)  # type: ignore[arg-type]
        return auto


class SheetWriter:
    """Append rows of plain values (one per column); `close()` finishes the sheet."""

    SAMPLE_ROWS = 200

    def __init__(self, wb: Workbook, title: str, columns: Sequence[Column], styles: Styles) -> None:
        self.ws = StreamSheet.create(wb, title)
        self.columns = tuple(columns)
        self.rows = 0
        self.links = 0
        self._enc = Encoders(self.ws, styles)
        self._buffer: list[Sequence[object]] | None = []
        self._encode = [self._enc.for_column(c.kind) for c in self.columns]
        self._url_cols = [i for i, c in enumerate(self.columns) if c.kind is Col.URL]
        self._runs: dict[int, tuple[str, int, int]] = {}  # column: (url, link index, first row)

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
        self.ws.auto_filter.ref = f"A1:{last}{self.rows + 1}"
        return self.rows

    # -- internals

    def _start(self) -> None:
        buffered = self._buffer or []
        self._buffer = None
        for i, col in enumerate(self.columns):
            width = max([display_width(col.header) + 3, *(display_width(r[i]) + 2 for r in buffered)])
            width = min(max(width, 8), col.max_width)
            self.ws.column_dimensions[get_column_letter(i + 1)].width = width
        self.ws.freeze_panes = "A2"
        header = self._enc.header
        self.ws.append([(True, clean_text(c.header), header) for c in self.columns])
        for values in buffered:
            self._emit(values)

    def _emit(self, values: Sequence[object]) -> None:
        self.rows += 1
        cells = [enc(v) if v is not None else None for enc, v in zip(self._encode, values, strict=True)]
        for i in self._url_cols:
            url = values[i]
            cell = cells[i]
            if type(url) is str and cell is not None and cell[2] is None and is_web_url(url):
                cells[i] = self._link(i, url, cell[1])
            else:
                self._runs.pop(i, None)
        self.ws.append(cells)

    def _link(self, col: int, url: str, text: str) -> EncodedCell:
        row = self.rows + 1
        letter = get_column_letter(col + 1)
        run = self._runs.get(col)  # runs are consecutive: every row continues, replaces or ends them
        if run is not None and run[0] == url:
            self.ws.set_link_ref(run[1], f"{letter}{run[2]}:{letter}{row}")
            return (True, text, self._enc.link)
        if self.links >= MAX_LINKS_PER_SHEET:
            self._runs.pop(col, None)
            return (True, text, None)
        self._runs[col] = (url, self.ws.add_link(f"{letter}{row}", url), row)
        self.links += 1
        return (True, text, self._enc.link)
