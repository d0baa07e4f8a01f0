"""A learned Chinese organisation found written in full in a later article is shown in that article's own
characters. A Traditional text may keep a character of a proper name as the Simplified one writes it (里, not 裏),
and converting the learned name character by character would show a spelling the article never uses (names and
sentences made up for this test)."""

from __future__ import annotations

import pytest
from tests.extract.table_support import extract_by_rules

from app.domain.knowledge import KIND_ORG, Knowledge, LearnedEntry
from app.domain.org_names import org_aliases


def _investor(text: str, language: str, learned: str) -> str | None:
    known = Knowledge((LearnedEntry(1, KIND_ORG, learned, tuple(org_aliases(learned)[1:])),))
    (d,) = [d for d in extract_by_rules(text, language, None, known) if d.unit == "CNY"]
    return d.fields.get("investor")


@pytest.mark.parametrize(("learned", "text", "language", "written"), [
    ("瑞丰嘉里", "重慶中央廚房項目是瑞豐嘉里在重慶投資興建的食品深加工項目,總投資4億元。", "zh-Hant", "瑞豐嘉里"),
    ("瑞丰嘉里", "重慶中央廚房項目是瑞豐嘉裏在重慶投資興建的食品深加工項目,總投資4億元。", "zh-Hant", "瑞豐嘉裏"),
    ("瑞豐嘉裏", "重庆中央厨房项目是瑞丰嘉里在重庆投资兴建的食品深加工项目,总投资4亿元。", "zh-Hans", "瑞丰嘉里"),
    ("瑞丰嘉里", "重庆中央厨房项目是瑞丰嘉里在重庆投资兴建的食品深加工项目,总投资4亿元。", "zh-Hans", "瑞丰嘉里"),
])
def test_the_learned_name_is_shown_as_the_article_writes_it(learned: str, text: str, language: str,
                                                               written: str) -> None:
    assert _investor(text, language, learned) == written
