"""`app.export.stream` is the one module that uses openpyxl's private names. These tests pin it to
the openpyxl versions it supports (the same range pyproject.toml declares), exercise every private
hook it relies on, and check no other module of the app reaches into openpyxl's internals."""

from __future__ import annotations

import re
import tomllib
import warnings
from pathlib import Path

import openpyxl
from openpyxl import Workbook
from openpyxl.worksheet.table import Table, TableColumn

from app.export.stream import SUPPORTED_OPENPYXL, StreamSheet, save_workbook

ROOT = Path(__file__).resolve().parents[2]
PRIVATE = re.compile(r"openpyxl[\w.]*\._|\._(?:rels|add_sheet|write_rows|get_writer|writer|style|charts|rows)\b")


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in re.findall(r"\d+", text)[:3])


def test_installed_openpyxl_is_a_supported_version() -> None:
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    (pin,) = [d for d in deps if d.startswith("openpyxl")]
    assert pin.split(";")[0].strip() == f"openpyxl{SUPPORTED_OPENPYXL}"
    low, high = (_version(p) for p in SUPPORTED_OPENPYXL.split(","))
    assert low <= _version(openpyxl.__version__) < high, openpyxl.__version__


def test_no_other_module_uses_private_openpyxl_names() -> None:
    offenders = []
    for path in (ROOT / "src" / "app").rglob("*.py"):
        if path.name == "stream.py" and path.parent.name == "export":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "openpyxl" in path.read_text(encoding="utf-8") and PRIVATE.search(line):
                offenders.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert offenders == []


def test_every_hook_round_trips(tmp_path: Path) -> None:
    wb = Workbook(write_only=True)
    ws = StreamSheet.create(wb, "Data")
    other = StreamSheet.create(wb, "Other")
    ws.heights[2] = 45.0
    ws.append([(True, "Name", None), (True, "Link", None)])
    ws.append([(True, " padded ", None), (True, "web", None)])
    ws.append([(False, "12345678901", None), (True, "inside", None)])
    ws.add_link("B2", "https://example.com/a?b=1&c=2")
    ws.add_location_link("B3", "'Other'!A1")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # openpyxl's write-only warning is silenced, nothing else raised
        ws.add_table_quietly(Table(displayName="DataTable", ref="A1:B3",
                                   tableColumns=[TableColumn(id=1, name="Name"), TableColumn(id=2, name="Link")]))
    other.append([(True, "x", None)])
    out = tmp_path / "hooks.xlsx"
    save_workbook(wb, out)
    back = openpyxl.load_workbook(out)
    try:
        data = back["Data"]
        assert [[c.value for c in r] for r in data.iter_rows()] == [["Name", "Link"], [" padded ", "web"],
                                                                    [12345678901, "inside"]]
        assert data.row_dimensions[2].height == 45.0
        assert data["B2"].hyperlink.target == "https://example.com/a?b=1&c=2"
        assert data["B3"].hyperlink.location == "'Other'!A1"
        assert list(data.tables) == ["DataTable"]
    finally:
        back.close()


def test_discard_removes_the_half_written_stream(tmp_path: Path) -> None:
    wb = Workbook(write_only=True)
    ws = StreamSheet.create(wb, "Data")
    ws.append([(True, "a", None)])
    stream = Path(ws._writer.out)  # noqa: SLF001 - checking the adapter's own clean-up
    assert stream.exists()
    ws.discard()
    assert not stream.exists()
