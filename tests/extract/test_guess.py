"""New fact from a selection the extractor made nothing of: the number, multiplier and unit guessed
by the extractor's number rules, in either script."""

from __future__ import annotations

import pytest

from app.extract.guess import guess_fact


@pytest.mark.parametrize(("selected", "name", "value", "unit"), [
    ("招商引資專場活動38場", "招商引資專場活動", 38, "count"),
    ("总投资120亿元", "总投资", 12e9, "CNY"),
    ("總投資120億元", "總投資", 12e9, "CNY"),
    ("引進項目7項", "引進項目", 7, "count"),
    ("签约项目15个", "签约项目", 15, "count"),
    ("12 projects", "projects", 12, "count"),
    ("investment of 3.5 billion yuan", "investment of", 3.5e9, "CNY"),
    ("三十亿元", None, 3e9, "CNY"),
])
def test_numbers_with_units_become_indicators(selected: str, name: str | None, value: float, unit: str) -> None:
    draft = guess_fact(selected)
    assert draft is not None
    assert (draft.kind.value, draft.fields["indicator"], draft.value, draft.unit) == ("indicator", name, value, unit)


@pytest.mark.parametrize("selected", ["张三", "Li Qiang", "项目"])
def test_no_number_no_guess(selected: str) -> None:
    assert guess_fact(selected) is None
