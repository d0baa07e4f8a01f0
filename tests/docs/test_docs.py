"""docs/ describes the project as it is: the workbook's sheets and columns, the extract JSON, the
layers; and nothing in the repository points outside it."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import openpyxl
import pytest
from export_helpers import fill

from app.domain.records import STATUS_ALL, ExportFilter
from app.domain.schema import Kind
from app.export.columns import ABOUT_KEYS, AUDIT_KEYS, document_keys, fact_keys
from app.export.terms import KIND_SHEETS
from app.store import Database
from app.workflows.extracting import extract_files

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"


def doc(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


def documented_columns() -> dict[str, list[str]]:
    """{sheet: [column, …]} from the `### Sheet` headings and their `Columns:` lines."""
    out: dict[str, list[str]] = {}
    sheet = None
    for line in doc("workbook-contract.md").splitlines():
        if line.startswith("### "):
            sheet = line[4:].strip()
        elif line.startswith("Columns: ") and sheet:
            out[sheet] = re.findall(r"`([^`]+)`", line)
    return out


def test_workbook_contract_lists_the_sheets_and_columns_written(sqlite_url: str, tmp_path: Path) -> None:
    from app.workflows.exporting import export_workbook

    db = Database.open(sqlite_url)
    try:
        fill(db)
        out = tmp_path / "w.xlsx"
        export_workbook(db, out, ExportFilter(status=STATUS_ALL), "tester", language="en")
    finally:
        db.dispose()
    wb = openpyxl.load_workbook(out, read_only=True)
    order = re.search(r"## Sheets, in this order\n\n(.+)\n", doc("workbook-contract.md"))
    assert order and re.findall(r"`([^`]+)`", order.group(1)) == wb.sheetnames
    expected = {KIND_SHEETS[k]: list(fact_keys(k)) for k in Kind}
    expected |= {"Documents": list(document_keys()), "Audit": list(AUDIT_KEYS), "About": list(ABOUT_KEYS)}
    assert documented_columns() == expected
    for title, headers in expected.items():
        assert [c.value for c in next(wb[title].iter_rows(max_row=1))] == headers, title
    wb.close()


def test_extract_contract_example_is_real_output() -> None:
    text = doc("extract-contract.md")
    example = json.loads(re.search(r"## Shape\n\n```json\n(.+?)```", text, re.S).group(1))  # type: ignore[union-attr]
    seed = ROOT / "src" / "app" / "seeds" / Path(example[0]["path"]).name
    results, errors = extract_files([seed])
    assert not errors
    real = results[0]
    assert list(real) == list(example[0])
    assert {k: real[k] for k in ("language", "title", "published", "outlet")} == \
        {k: example[0][k] for k in ("language", "title", "published", "outlet")}
    for fact in example[0]["facts"]:
        assert fact in real["facts"], fact
    gold = json.loads(re.search(r"## Gold annotations and the scorer\n.+?```json\n(.+?)```", text, re.S).group(1))  # type: ignore[union-attr]
    assert set(gold) == {"file", "language", "facts", "people"}


def test_architecture_names_every_layer_and_contract() -> None:
    text = doc("architecture.md")
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = pyproject["tool"]["importlinter"]["contracts"]
    for contract in contracts:
        for layer in contract.get("layers", []):
            for module in layer.split("|"):
                assert module.strip() in text, module
        first_words = " ".join(contract["name"].split()[:4])
        assert first_words.split(":")[0] in text, contract["name"]


def test_readme_and_docs_links_resolve() -> None:
    for page in [ROOT / "README.md", *DOCS.glob("*.md")]:
        for target in re.findall(r"\]\(([^)#]+)\)", page.read_text(encoding="utf-8")):
            if "://" not in target:
                assert (page.parent / target).exists(), f"{page.name}: {target}"


def test_nothing_points_outside_the_repository() -> None:
    git = shutil.which("git")
    if git is None or not (ROOT / ".git").exists():
        pytest.skip("needs git and a git checkout")
    outside = [r"\.\." + "/shared", "DESIGN" + r"\.md"]  # spelled so that this file does not match them
    res = subprocess.run([git, "grep", "-n", "-I", *(f"-e{p}" for p in outside)], cwd=ROOT, capture_output=True,
                         text=True)
    assert res.returncode == 1 and res.stdout == "", res.stdout
