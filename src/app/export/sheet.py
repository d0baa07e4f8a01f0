"""One tabular write-only sheet: bold frozen header, autofilter, widths fitted to the first rows,
typed columns, and source hyperlinks (consecutive rows with the same URL share one hyperlink range,
which keeps large exports small and within Excel's 65 530 links per sheet)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.hyperlink import Hyperlink

from app.export.cells import (
    FMT_CONFIDENCE,
    FMT_COUNT,
    FMT_DATE,
    FMT_DATETIME,
    StyleKey,
    Styles,
    auto_cell,
    display_width,
    number_cell,
    text_cell,
    utc_naive,
)
from app.export.safety import clean_text

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


@dataclass(frozen=True)
class Column:
    header: str
    kind: Col = Col.TEXT
    max_width: int = 50


def is_web_url(text: str | None) -> bool:
    return bool(text) and len(text or "") <= MAX_URL_CHARS and bool(_URL.match(text or ""))


class SheetWriter:
    """Append rows of plain values (one per column); `close()` finishes the sheet."""

    SAMPLE_ROWS = 200

    def __init__(self, wb: Workbook, title: str, columns: Sequence[Column], styles: Styles) -> None:
        self.ws = wb.create_sheet(title)
        self.columns = tuple(columns)
        self.styles = styles
        self.rows = 0
        self.links = 0
        self._buffer: list[Sequence[object]] | None = []
        self._convert: list[Callable[[object], object]] = [self._converter(c) for c in self.columns]
        self._url_cols = [i for i, c in enumerate(self.columns) if c.kind is Col.URL]
        self._runs: dict[int, tuple[str, Hyperlink, int]] = {}

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
        header = StyleKey(header=True)
        self.ws.append([self.styles.cell(self.ws, c.header, header) for c in self.columns])
        for values in buffered:
            self._emit(values)

    def _emit(self, values: Sequence[object]) -> None:
        self.rows += 1
        cells = [conv(v) if v is not None else None for conv, v in zip(self._convert, values, strict=True)]
        for i in self._url_cols:
            url = values[i]
            if isinstance(url, str) and cells[i] is not None:
                cells[i] = self._link_cell(i, url)
            else:
                self._runs.pop(i, None)
        self.ws.append(cells)

    def _link_cell(self, col: int, url: str) -> object:
        row = self.rows + 1
        letter = get_column_letter(col + 1)
        if not is_web_url(url):
            self._runs.pop(col, None)
            return text_cell(self.ws, self.styles, url)
        run = self._runs.get(col)  # runs are consecutive: every row continues, replaces or ends them
        if run is not None and run[0] == url:
            link, start = run[1], run[2]
            link.ref = f"{letter}{start}:{letter}{row}"
            return self.styles.cell(self.ws, clean_text(url), StyleKey(link=True))
        if self.links >= MAX_LINKS_PER_SHEET:
            self._runs.pop(col, None)
            return text_cell(self.ws, self.styles, url)
        cell = self.styles.cell(self.ws, clean_text(url), StyleKey(link=True))
        cell.hyperlink = url
        assert cell.hyperlink is not None
        self.links += 1
        self._runs[col] = (url, cell.hyperlink, row)
        return cell

    def _converter(self, col: Column) -> Callable[[object], object]:
        ws, styles = self.ws, self.styles
        kind = col.kind
        if kind is Col.TEXT or kind is Col.URL:
            return lambda v: text_cell(ws, styles, v) if isinstance(v, str) else auto_cell(ws, styles, v)
        if kind is Col.LONG:
            return lambda v: text_cell(ws, styles, v, wrap=True) if isinstance(v, str) else auto_cell(ws, styles, v)
        if kind is Col.ID:
            return lambda v: v if type(v) is int else auto_cell(ws, styles, v)  # General shows ids plainly
        if kind is Col.COUNT:
            return lambda v: number_cell(ws, styles, v, FMT_COUNT) if isinstance(v, int | float) else auto_cell(
                ws, styles, v)
        if kind is Col.CONFIDENCE:
            return lambda v: number_cell(ws, styles, v, FMT_CONFIDENCE) if isinstance(v, int | float) else auto_cell(
                ws, styles, v)
        if kind is Col.DATE:
            date_key = StyleKey(number_format=FMT_DATE)
            return lambda v: styles.cell(ws, v, date_key)
        if kind is Col.DATETIME:
            dt_key = StyleKey(number_format=FMT_DATETIME)
            return lambda v: styles.cell(ws, utc_naive(v), dt_key)  # type: ignore[arg-type]
        return lambda v: auto_cell(ws, styles, v)
