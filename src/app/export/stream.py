"""A write-only worksheet that serialises its rows itself.

openpyxl's write-only sheet turns every value into a `Cell` and writes it through several context
managers: about three times what xlsxwriter needs per cell. Large exports append rows of
pre-encoded cells instead — `(is_text, text, style_id)` — and this sheet writes each row as one
lxml element into the same stream openpyxl opened; everything else (sheet properties, column
widths, frozen panes, autofilter, hyperlinks, the package) stays openpyxl's.

Encoded cells are never formulas: text becomes an inline string, numbers a `<v>`.

Relies on openpyxl's write-only internals (`_write_rows`, `_writer.xf`, `_hyperlinks`,
`Workbook._add_sheet`), stable across 3.1.x; the export tests read every sheet back."""

from __future__ import annotations

from collections.abc import Generator, Sequence

from lxml.etree import Element, SubElement
from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.hyperlink import Hyperlink

EncodedCell = tuple[bool, str, str | None]
"""(is_text, text, style id or None)."""

_PRESERVE = "{http://www.w3.org/XML/1998/namespace}space"


class StreamSheet(WriteOnlyWorksheet):
    """Append sequences of `EncodedCell | None`, one per column."""

    def __init__(self, parent: Workbook, title: str) -> None:
        super().__init__(parent, title)
        self._letters: list[str] = []

    @classmethod
    def create(cls, wb: Workbook, title: str) -> StreamSheet:
        ws = cls(wb, title)
        wb._add_sheet(ws)
        return ws

    def add_hyperlink(self, link: Hyperlink) -> None:
        """Register a hyperlink (its `ref` may be changed until the sheet is saved)."""
        self._hyperlinks.append(link)

    def _write_rows(self) -> Generator[None, Sequence[EncodedCell | None], None]:
        try:
            xf = self._writer.xf.send(True)
        except StopIteration:
            self._already_saved()
        letters = self._letters
        with xf.element("sheetData"):
            row_idx = 1
            try:
                while True:
                    row = yield
                    r = str(row_idx)
                    el = Element("row", r=r)
                    if len(letters) < len(row):
                        letters.extend(get_column_letter(i + 1) for i in range(len(letters), len(row)))
                    for col, cell in enumerate(row):
                        if cell is None:
                            continue
                        is_text, text, style = cell
                        attrs = {"r": letters[col] + r}
                        if style is not None:
                            attrs["s"] = style
                        if is_text:
                            attrs["t"] = "inlineStr"
                            t = SubElement(SubElement(SubElement(el, "c", attrs), "is"), "t")
                            t.text = text
                            if text != text.strip():
                                t.set(_PRESERVE, "preserve")
                        else:
                            SubElement(SubElement(el, "c", attrs), "v").text = text
                    xf.write(el)
                    row_idx += 1
            except GeneratorExit:
                pass
        self._writer.xf.send(None)
