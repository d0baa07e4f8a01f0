"""Round 10's investor decisions, by their parts (the table cases of tests/extract/cases_subject_zh10.py and
tests/extract/cases_subject_en10.py run in tests/extract/test_subject_zh.py): disclosure and time words and 的 end
names; a project's or facility's name is never the investor; words naming no company are known in Traditional too;
English organisation names never cross a blank line."""

from __future__ import annotations

import pytest

from app.extract.orgs import en_orgs
from app.extract.subject_zh import tidy_investor
from app.extract.zh_investor_words import not_an_investor, project_named


@pytest.mark.parametrize(("name", "tidy"), [
    ("华辰科技披露", "华辰科技"), ("華辰科技披露", "華辰科技"), ("远帆电力的", "远帆电力"),
    ("远帆锂能近日", "远帆锂能"),
    ("星河集团日前", "星河集团"), ("星河集团", "星河集团"), ("远帆实业有限公司", "远帆实业有限公司"),
])
def test_verbs_and_de_end_names(name: str, tidy: str) -> None:
    assert tidy_investor(name) == tidy


@pytest.mark.parametrize(("name", "facility"), [
    ("江州项目", True), ("星河工业互联网生态园", True), ("远帆基地", True), ("江州項目", True),
    ("远帆集团", False), ("江州远帆工业园有限公司", False), ("华辰科技", False),
])
def test_project_names_are_no_investor(name: str, facility: bool) -> None:
    assert project_named(name) is facility


@pytest.mark.parametrize(("name", "none"), [
    ("該簽約", True), ("該公司", True), ("此次", True), ("遠帆控股集團", False), ("Nexa", False),
])
def test_words_naming_no_investor_in_traditional(name: str, none: bool) -> None:
    assert not_an_investor(name) is none


@pytest.mark.parametrize(("text", "names"), [
    ("Print this page\n\nAcme Motor Co. Ltd. said", ["Acme Motor Co. Ltd."]),
    ("Print this page\n  \nAcme Motor Co. Ltd. said", ["Acme Motor Co. Ltd."]),
    ("Jiangzhou Acme\nMotor Co. Ltd. said", ["Jiangzhou Acme\nMotor Co. Ltd."]),  # one line break: one name
])
def test_names_never_cross_a_blank_line(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in en_orgs(text)] == names
