"""A learned organisation also mends an investor the rules cut in the middle or glued to the next
words; an investor the rules wrote as a learned alias stays as written."""

from __future__ import annotations

import pytest
from tests.extract.table_support import extract_by_rules

from app.domain.knowledge import KIND_ORG, Knowledge, LearnedEntry
from app.domain.schema import Kind

KNOWN = Knowledge((
    LearnedEntry(1, KIND_ORG, "宁德时代新能源科技股份有限公司", ("宁德时代",)),
    LearnedEntry(2, KIND_ORG, "Zijin Mining Group Co., Ltd.", ("Zijin Mining",)),
))

CASES = [
    # (text, language, investor the rules give, investor with what was learned)
    # (the brand as the article writes it: 宁德时代 of 宁德时代新能源科技股份有限公司 names the group)
    ("据悉，宁德时代蓝海基地项目总投资30亿元。", "zh-Hans", "宁德时代蓝海", "宁德时代"),
    # the rules themselves now stop the name before 拟在当地 (rules5): a learned alias stays as written
    ("据悉，宁德时代拟在当地投资30亿元建设储能电池项目。", "zh-Hans", "宁德时代", "宁德时代"),
    ("On Monday, Zijin Mining signed an agreement with the city on a copper smelter project with a total "
     "investment of 2 billion yuan.", "en", "Mining", "Zijin Mining Group Co., Ltd."),
    ("Zijin Mining will invest 2 billion yuan in a copper smelter project in the city.", "en",
     "Zijin Mining", "Zijin Mining"),
]


@pytest.mark.parametrize(("text", "language", "rules", "learned"), CASES)
def test_cut_and_glued_names(text: str, language: str, rules: str, learned: str) -> None:
    (alone,) = [d for d in extract_by_rules(text, language) if d.kind == Kind.PROJECT]
    assert alone.fields["investor"] == rules
    (taught,) = [d for d in extract_by_rules(text, language, None, KNOWN) if d.kind == Kind.PROJECT]
    assert taught.fields["investor"] == learned
    assert taught.origin.startswith("learned/investor/") == (learned != rules)
