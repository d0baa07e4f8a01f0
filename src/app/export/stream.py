"""A write-only worksheet that serialises its rows itself.

openpyxl's write-only sheet turns every value into a `Cell` and writes it through several context
managers: about three times what xlsxwriter needs per cell. Large exports append rows of
pre-encoded cells instead — `(is_text, text, style_id)` — and this sheet writes each row as one
lxml element into the same stream openpyxl opened; everything else (sheet properties, column
widths, frozen panes, autofilter, styles, the package) stays openpyxl's.

Encoded cells are never formulas: text becomes an inline string, numbers a `<v>`.

Hyperlinks are kept as plain strings (a cell range and a target) and streamed at the end, and so is
the sheet's relationship part (`save_workbook`): openpyxl's `Hyperlink` and `Relationship` objects
and element trees cost 2-3 KB per link, which for 65 000 links is most of an export's memory.

Relies on openpyxl's write-only internals (`_write_rows`, `_get_writer`, `WorksheetWriter.xf`,
`write_hyperlinks`, `ExcelWriter.write_worksheet`, `Workbook._add_sheet`), stable across 3.1.x;
the export tests read every sheet back with openpyxl and LibreOffice."""

from __future__ import annotations

from collections.abc import Generator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile

from lxml.etree import Element, SubElement, xmlfile
from openpyxl import Workbook
from openpyxl.packaging.relationship import RelationshipList, get_rels_path
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.writer.excel import ExcelWriter
from openpyxl.xml.constants import PKG_REL_NS, REL_NS

EncodedCell = tuple[bool, str, str | None]
"""(is_text, text, style id or None)."""

_PRESERVE = "{http://www.w3.org/XML/1998/namespace}space"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_HYPERLINK = f"{REL_NS}/hyperlink"


def _link_id(n: int) -> str:
    return f"rIdH{n}"


class _StreamWriter(WorksheetWriter):
    """Streams the sheet's `<hyperlinks>` from the plain lists (relationships: `_ExcelWriter`)."""

    def write_hyperlinks(self) -> None:
        ws = self.ws
        if not ws.link_refs:
            return
        xf = self.xf.send(True)
        with xf.element("hyperlinks"):
            for ref, target in zip(ws.link_refs, ws.link_target_ids, strict=True):
                xf.write(Element("hyperlink", {"ref": ref, _R_ID: _link_id(target)}))
        self.xf.send(None)


class _ExcelWriter(ExcelWriter):
    """Writes a stream sheet's relationship part incrementally, hyperlink targets included."""

    def write_worksheet(self, ws: WriteOnlyWorksheet) -> None:
        super().write_worksheet(ws)
        if not isinstance(ws, StreamSheet) or not ws.link_targets:
            return
        rels_path = get_rels_path(ws.path)[1:]
        with self._archive.open(rels_path, "w", force_zip64=True) as fh, xmlfile(fh, encoding="UTF-8") as xf:
            xf.write_declaration(standalone=True)
            with xf.element("Relationships", xmlns=PKG_REL_NS):
                for rel in ws._rels:
                    xf.write(rel.to_tree())
                for n, target in enumerate(ws.link_targets, 1):
                    attrs = {"Id": _link_id(n), "Type": _HYPERLINK, "Target": target, "TargetMode": "External"}
                    xf.write(Element("Relationship", attrs))
        ws._rels = RelationshipList()  # written: openpyxl must not write the part again


def save_workbook(wb: Workbook, path: Path) -> None:
    """`openpyxl.Workbook.save` for workbooks with stream sheets."""
    wb.properties.modified = datetime.now(UTC).replace(tzinfo=None)
    _ExcelWriter(wb, ZipFile(path, "w", ZIP_DEFLATED, allowZip64=True)).save()


class StreamSheet(WriteOnlyWorksheet):
    """Append sequences of `EncodedCell | None`, one per column."""

    _writer: Any  # openpyxl sets it to None until the first row, then to a WorksheetWriter

    def __init__(self, parent: Workbook, title: str) -> None:
        super().__init__(parent, title)
        self._letters: list[str] = []
        self.link_refs: list[str] = []
        self.link_target_ids: list[int] = []
        self.link_targets: list[str] = []
        self._target_ids: dict[str, int] = {}

    @classmethod
    def create(cls, wb: Workbook, title: str) -> StreamSheet:
        ws = cls(wb, title)
        wb._add_sheet(ws)
        return ws

    def add_link(self, ref: str, target: str) -> int:
        """A hyperlink on the cell or range `ref`; returns its index (for `set_link_ref`). Links to
        the same target share one relationship."""
        target_id = self._target_ids.get(target)
        if target_id is None:
            self.link_targets.append(target)
            target_id = self._target_ids[target] = len(self.link_targets)
        self.link_refs.append(ref)
        self.link_target_ids.append(target_id)
        return len(self.link_refs) - 1

    def set_link_ref(self, index: int, ref: str) -> None:
        self.link_refs[index] = ref

    def _get_writer(self) -> None:
        if self._writer is None:
            writer = _StreamWriter(self)
            writer.write_top()
            self._writer = writer

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
