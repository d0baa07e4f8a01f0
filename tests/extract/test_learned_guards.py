"""Two things learning must not take for an organisation (found replaying held-out sets 70 and 71 as an analyst's
review; names and sentences here made up): a word referring to whoever the article is about ("The company",
该公司), typed as the investor where an article names no one else, and a place written in brackets after a learned
name (岚力(大连长兴岛)聚酯产业园: the park's place), which is no other name of the organisation."""

from __future__ import annotations

import pytest
from tests.extract.table_support import extract_by_rules

from app.domain.knowledge import KIND_ORG, Knowledge, LearnedEntry
from app.domain.org_names import learnable, org_aliases


@pytest.mark.parametrize(("name", "expected"), [
    ("The company", False),
    ("the Group", False),
    ("Its parent company", False),
    ("该公司", False),
    ("本集团", False),
    ("The Carlyle Group", True),
    ("China Energy Investment Group", True),
    ("The Fosun unit", True),
    ("岚力集团", True),
])
def test_a_referring_word_is_not_learnable(name: str, expected: bool) -> None:
    assert learnable(name) is expected


def test_a_bracketed_place_after_a_learned_name_is_no_other_name() -> None:
    """The amount is the learned organisation's, written as the text writes it (岚力), not as the bracketed place
    read as another of its names would give it (the learned name turned into Traditional characters, 嵐力)."""
    known = Knowledge((LearnedEntry(1, KIND_ORG, "岚力", tuple(org_aliases("岚力")[1:])),))
    text = ("據了解,岚力(大連長興島)聚酯科技產業園分三期建設,重點打造五大產業鏈。本次開工的一期項目,總投資260億元,"
            "重點建設聚酯新材料。")
    (d,) = [d for d in extract_by_rules(text, "zh-Hant", None, known) if d.unit == "CNY"]
    assert d.fields.get("investor") == "岚力"
