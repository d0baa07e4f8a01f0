"""What the schema accepts is what extraction writes: a project's percentage (a share held or bought) is valid."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from app.domain.validation import validate_fact
from app.extract import extract
from app.ingest import read_document

ARTICLES = Path(__file__).resolve().parents[1] / "extract" / "articles"


@pytest.mark.parametrize(("unit", "ok"), [("CNY", True), ("USD", True), ("count", True), ("percent", True),
                                          ("pp", False)])
def test_project_units(unit: str, ok: bool) -> None:
    problems = validate_fact("project", {"investor": "Norvale Steel"}, Decimal("45"), unit)
    assert ("unit" not in problems) is ok, problems


def test_every_extracted_fact_has_a_unit_its_kind_allows() -> None:
    """A stake the rules give as a project percentage ("X will acquire a 45% stake") must not come up as a problem
    the analyst cannot clear but by changing its kind: no extracted fact of the test articles has a unit problem."""
    texts = [(path.name, *_read(path)) for path in sorted(ARTICLES.glob("*.txt"))] + [
        ("stake (en)", "Norvale Steel will acquire a 45% stake in Halden Mining for $300 million.", "en"),
        ("stake (zh)", "星河集团以3亿元收购了甲乙矿业公司51%的股权。", "zh-Hans"),
    ]
    shares = 0
    for name, text, language in texts:
        for fact in extract(text, language):
            problems = validate_fact(fact.kind.value, fact.fields, fact.value, fact.unit)
            assert "unit" not in problems, (name, fact.kind.value, fact.value, fact.unit, problems)
            shares += fact.kind.value == "project" and fact.unit == "percent"
    assert shares >= 2  # (the stakes above are project percentages)


def _read(path: Path) -> tuple[str, str]:
    read = read_document(path)
    return read.display_text, read.language
