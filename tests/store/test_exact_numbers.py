"""Exact numbers from parsing to storage to audit log to workbook cell, on SQLite and PostgreSQL:
`2088.26亿` is 208826000000 everywhere, and so is every decimal × every multiplier."""

from __future__ import annotations

import uuid
from decimal import Decimal
from pathlib import Path
from tempfile import TemporaryDirectory

import pytest
from export_helpers import fact_rows
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_samples import new_doc

from app.domain import numbers
from app.domain.records import ExportFilter
from app.domain.schema import FactDraft, Kind, Span
from app.extract import numbers as extract_numbers
from app.store import Database
from app.store.services import audit, documents, facts, review
from app.workflows.exporting import export_workbook

MULTIPLIERS = {"万": 10**4, "亿": 10**8, "万亿": 10**12, "million": 10**6, "billion": 10**9,
               "trillion": 10**12, "bn": 10**9, "mn": 10**6, "k": 10**3}


@pytest.mark.parametrize(("written", "value"), [
    ("五千万", 50_000_000), ("2088.26亿", 208_826_000_000), ("1.2 million", 1_200_000), ("3,500", 3500),
    ("15.6%", Decimal("15.6")), ("3.5万亿", 3_500_000_000_000), ("12bn", 12_000_000_000), ("4mn", 4_000_000),
    ("5k", 5000), ("2088.26億", 208_826_000_000), ("twenty-five", 25), ("一亿五千万", 150_000_000),
])
def test_the_one_parser_reads_every_form(written: str, value: int | Decimal) -> None:
    assert numbers.parse_number(written) == value
    assert extract_numbers.parse_number(written) == value


def test_excel_rule() -> None:
    assert numbers.exact_in_a_cell(Decimal(2**53 - 1)) and not numbers.exact_in_a_cell(Decimal(2**53 + 1))
    assert numbers.exact_in_a_cell(Decimal("15.6"))


def _store_and_export(db: Database, values: list[Decimal], folder: Path) -> tuple[list[int], dict[int, dict]]:
    text = f"{uuid.uuid4()} figures"
    with db.session() as s:
        doc = documents.add(s, new_doc(text), "tester", [])
        ids = []
        for v in values:
            draft = FactDraft(Kind.INDICATOR, {"subject": "Baotou", "indicator": "agreed investment"}, Decimal(1),
                              "CNY", [Span(0, 4)], 1.0, "analyst")
            fact = review.add_fact(s, doc.id, draft, "ana")
            review.edit_fact(s, fact.id, {"value": v}, "ana", expected_version=fact.version)
            ids.append(fact.id)
        assert review.approve(s, doc.id, "ana").approved
        s.commit()
    path = folder / "out.xlsx"
    export_workbook(db, path, ExportFilter(), "ana")
    return ids, fact_rows(path)


def _check(db: Database, values: list[Decimal], folder: Path) -> None:
    ids, rows = _store_and_export(db, values, folder)
    with db.session() as s:
        for fact_id, want in zip(ids, values, strict=True):
            assert facts.get_fact(s, fact_id).value == want
            assert review.load(s, facts.get_fact(s, fact_id).document_id).fact(fact_id).value == want  # type: ignore[union-attr]
            edit = [e for e in audit.events(s, fact_id=fact_id) if e.action == "edit" and e.field == "value"][-1]
            assert edit.new_value == numbers.number_text(want)
            cell = rows[fact_id]["Amount (CNY)"]
            assert numbers.exact_in_a_cell(want)
            assert isinstance(cell, int | float) and numbers.exact(cell) == want


def test_2088_26_yi_is_exact_everywhere(db: Database, tmp_path: Path) -> None:
    value = numbers.parse_number("2088.26亿")
    assert value == 208_826_000_000
    assert extract_numbers.zh_value("2088.26", "亿") == value
    _check(db, [value], tmp_path)


decimal_text = st.builds(
    lambda whole, frac: f"{whole}.{frac}" if frac else str(whole),
    st.integers(min_value=0, max_value=999), st.one_of(st.just(""), st.from_regex(r"\A[0-9]{1,2}\Z")),
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(decimal_text, st.sampled_from(sorted(MULTIPLIERS))), min_size=1, max_size=9))
def test_every_decimal_times_every_multiplier_is_exact_end_to_end(db: Database, cases: list[tuple[str, str]]) -> None:
    values = []
    for text, word in cases:
        want = numbers.canonical(Decimal(text) * MULTIPLIERS[word])
        written = f"{text} {word}" if word.isalpha() and word.isascii() and len(word) > 2 else f"{text}{word}"
        assert numbers.parse_number(written) == want, written
        value = (extract_numbers.zh_value(text, word) if not word.isascii() else extract_numbers.en_value(text, word))
        assert value == want
        values.append(want)
    with TemporaryDirectory() as folder:
        _check(db, values, Path(folder))
