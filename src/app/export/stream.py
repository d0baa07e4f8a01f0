"""The one module that uses openpyxl's private names: a write-only worksheet that serialises its
rows itself. Nothing else in FactDesk touches an openpyxl name starting with `_`; the supported
openpyxl versions are `SUPPORTED_OPENPYXL` (pinned in pyproject.toml), and
`tests/export/test_stream_adapter.py` checks the installed version is one of them and exercises
every private hook.

Why not the public write-only API: writing the same cells it takes 1.2x (100 000 facts) to 2.6x
(5 000 facts) xlsxwriter's time, before the export's own work, against the 1.2x the export is
allowed (figures in the README, `bench/export.py --public`); xlsxwriter's constant_memory mode
cannot add Excel tables, and its normal mode keeps every cell in memory.

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
`write_hyperlinks`, `ExcelWriter.write_worksheet`, `Workbook._add_sheet`, `ws._rels`), stable
across 3.1.x; the export tests read every sheet back with openpyxl and LibreOffice."""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Generator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile

from lxml.etree import Element, SubElement
from openpyxl import Workbook
from openpyxl.packaging.relationship import RelationshipList
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.worksheet.table import Table
from openpyxl.writer.excel import ExcelWriter
from openpyxl.xml.constants import REL_NS
from openpyxl.xml.functions import SubElement as SubElement_

SUPPORTED_OPENPYXL = ">=3.1.2,<3.2"

EncodedCell = tuple[bool, str, str | None]
"""(is_text, text, style id or None)."""

_PRESERVE = "{http://www.w3.org/XML/1998/namespace}space"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_HYPERLINK = f"{REL_NS}/hyperlink"


def _link_id(n: int) -> str:
    return f"rIdH{n}"


class _StreamWriter(WorksheetWriter):
    """Streams the sheet's `<hyperlinks>` from the plain lists (relationships: `_StreamRels`)."""

    def __init__(self, ws: StreamSheet) -> None:
        super().__init__(ws)
        self._rels = _StreamRels(ws)  # openpyxl's ExcelWriter takes the sheet's relationships from here

    def write_hyperlinks(self) -> None:
        ws = self.ws
        if not ws.link_refs:
            return
        xf = self.xf.send(True)
        with xf.element("hyperlinks"):
            for ref, target in zip(ws.link_refs, ws.link_target_ids, strict=True):
                if target < 0:  # a place in this workbook
                    xf.write(Element("hyperlink", {"ref": ref, "location": ws.locations[-target - 1]}))
                else:
                    xf.write(Element("hyperlink", {"ref": ref, _R_ID: _link_id(target)}))
        self.xf.send(None)


class _StreamRels(RelationshipList):
    """The sheet's relationships, with the hyperlink targets kept as plain strings until the part is
    written (openpyxl writes it after the tables' and drawings' targets are known)."""

    def __init__(self, sheet: StreamSheet) -> None:
        super().__init__()
        self._sheet = sheet

    def __bool__(self) -> bool:
        return len(self) > 0 or bool(self._sheet.link_targets)

    def to_tree(self) -> Any:
        tree = super().to_tree()
        for n, target in enumerate(self._sheet.link_targets, 1):
            attrs = {"Id": _link_id(n), "Type": _HYPERLINK, "Target": target, "TargetMode": "External"}
            SubElement_(tree, "Relationship", attrs)
        return tree


def save_workbook(wb: Workbook, path: Path) -> None:
    """`openpyxl.Workbook.save` for workbooks with stream sheets."""
    wb.properties.modified = datetime.now(UTC).replace(tzinfo=None)
    ExcelWriter(wb, ZipFile(path, "w", ZIP_DEFLATED, allowZip64=True)).save()


class StreamSheet(WriteOnlyWorksheet):
    """Append sequences of `EncodedCell | None`, one per column."""

    _writer: Any  # openpyxl sets it to None until the first row, then to a WorksheetWriter

    def __init__(self, parent: Workbook, title: str) -> None:
        super().__init__(parent, title)
        self._letters: list[str] = []
        self.heights: dict[int, float] = {}  # row → height in points, for the next rows appended
        self.link_refs: list[str] = []
        self.link_target_ids: list[int] = []
        self.link_targets: list[str] = []
        self.locations: list[str] = []
        self._target_ids: dict[str, int] = {}
        self._location_ids: dict[str, int] = {}

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

    def add_location_link(self, ref: str, location: str) -> int:
        """A hyperlink from `ref` to a place in the workbook (`'Sheet'!A5`); as `add_link`."""
        loc_id = self._location_ids.get(location)
        if loc_id is None:
            self.locations.append(location)
            loc_id = self._location_ids[location] = -len(self.locations)
        self.link_refs.append(ref)
        self.link_target_ids.append(loc_id)
        return len(self.link_refs) - 1

    def add_table_quietly(self, table: Table) -> None:
        """`add_table` for a write-only sheet (the columns are given; openpyxl warns that they must be)."""
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="In write-only mode you must add table columns manually")
            self.add_table(table)

    def discard(self) -> None:
        """After a failure: end the sheet's stream and delete its temporary file now (openpyxl would
        only do so at interpreter exit, and complain when the half-written stream is collected)."""
        rows, writer = self._rows, self._writer
        with contextlib.suppress(Exception):
            if rows is not None:
                rows.close()
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.close()
            with contextlib.suppress(Exception):
                writer.cleanup()

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
                    height = self.heights.pop(row_idx, None)
                    el = Element("row", r=r) if height is None else Element(
                        "row", r=r, ht=f"{height:.1f}", customHeight="1")
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
