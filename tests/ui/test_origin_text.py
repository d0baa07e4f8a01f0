"""How a fact's origin reads in the window: the extractor and what it read (app.ui.fact_text.origin_text)."""

from __future__ import annotations

import pytest

from app.ui.fact_text import origin_text


@pytest.mark.parametrize(("origin", "shown"), [
    ("rules-en/money", "English rules: money"),
    ("rules-zh/people", "Chinese rules: people"),
    ("rules-zh/article-company", "Chinese rules: the article's company"),
    ("rules-en/article-company", "English rules: the article's company"),
    ("rules-zh/document-org", "Chinese rules: a company the article names"),
    ("model-en/kind", "English rules, kind by the kind model"),
    ("model-zh/kind", "Chinese rules, kind by the kind model"),
    ("analyst", "the analyst"),
    ("learned/investor/7", "learned/investor/7"),
])
def test_origin_text_names_the_rules_and_what_they_read(origin: str, shown: str) -> None:
    assert origin_text(origin) == shown
