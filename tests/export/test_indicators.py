"""The indicator vocabulary: every label the extractor produces resolves to an entry with English
and Chinese names; growth labels map to their base; an unknown label is kept as written."""

from __future__ import annotations

import re

import pytest

from app.domain.indicators import VOCABULARY, indicator_name, lookup
from app.export.columns import COLUMNS, column_for_header
from app.export.terms import ENUMS, value_for_term


def extractor_labels() -> set[str]:
    from app.extract import kinds

    labels = {label for _, label in (*kinds.EN_LABELS, *kinds.ZH_LABELS, *kinds.ZH_COUNT_LABELS)}
    return labels | {f"{label} growth" for _, label in (*kinds.EN_LABELS, *kinds.ZH_LABELS)}


def test_every_extractor_label_is_in_the_vocabulary() -> None:
    for label in extractor_labels():
        found = lookup(label)
        assert found is not None and found.indicator is not None, label


@pytest.mark.parametrize(("written", "en", "zh"), [
    ("协议投资额", "agreed investment", "协议投资额"),
    ("Contracted investment", "agreed investment", "协议投资额"),
    ("agreed investment growth", "agreed investment growth", "协议投资额增速"),
    ("实际使用外资", "foreign investment", "利用外资"),
    ("signed projects", "signed projects", "签约项目"),
    ("Fortune Global 500 companies", "top-500 enterprises", "500强企业"),
    ("亿元以上项目", "亿元以上项目", "亿元以上项目"),  # unknown: as written, never guessed
])
def test_names_in_both_languages(written: str, en: str, zh: str) -> None:
    assert indicator_name(written) == en and indicator_name(written, "zh_CN") == zh


def test_vocabulary_names_are_unique_and_count_entries_say_what_they_count() -> None:
    assert len({i.en for i in VOCABULARY}) == len({i.zh for i in VOCABULARY}) == len(VOCABULARY)
    counted = [i for i in VOCABULARY if i.counted_en]
    assert counted and all(i.counted_zh for i in counted)


def test_headers_and_terms_read_back_in_either_language() -> None:
    for spec in COLUMNS.values():
        assert column_for_header(spec.key) is spec and column_for_header(spec.zh) is spec
        assert column_for_header(f"  {spec.key.upper()} ") is spec
        assert not re.search(r"\s{2}|\n", spec.key + spec.zh)  # table column names: one line
    for enum, values in ENUMS.items():
        for stored, (en, zh) in values.items():
            assert value_for_term(enum, en) == value_for_term(enum, zh) == str(stored)
