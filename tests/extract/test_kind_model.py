"""The kind model (app.extract.kind_model): the shipped weights, what it reads of an amount, and how its second
opinion is applied — never over a project the rules gave an investor, never below its probability floor, the
fields moved to the new kind and the origin saying who decided."""

from __future__ import annotations

import pytest
from tests.extract.table_support import extract_by_rules, find

from app.domain.schema import FactDraft, Kind, Span
from app.extract import extract
from app.extract.kind_model import (
    MIN_PROBABILITY,
    Context,
    KindModel,
    features,
    local_groups,
    review_kinds,
    sentence_span,
    sentence_tokens,
    shipped_model,
)
from app.extract.textprep import match_form


def test_the_shipped_model_has_a_weight_per_kind_for_every_feature() -> None:
    model = shipped_model()
    assert sorted(model.classes) == ["indicator", "project", "target"]
    assert len(model.weights) > 1000
    assert all(len(w) == 3 for w in model.weights.values())


def test_a_traditional_sentence_is_read_as_its_simplified_form() -> None:
    hans, hant = "该项目总投资15亿元,由集团投资建设。", "該項目總投資15億元,由集團投資建設。"
    at = hans.index("15")
    a = features(Context(match_form(hans), False, at, at + 5, "project", "CNY", "rules-zh/money", False))
    b = features(Context(match_form(hant), False, at, at + 5, "project", "CNY", "rules-zh/money", False))
    assert a == b


def test_a_learned_origin_is_one_feature_whatever_its_entry() -> None:
    text = "X Group will invest 2 billion yuan."
    one = features(Context(text.lower(), True, 20, 35, "project", "CNY", "learned/investor/7", True))
    other = features(Context(text.lower(), True, 20, 35, "project", "CNY", "learned/investor/912", True))
    assert one == other


# (language, text, value, unit, the rules' kind, the kind with the model): one project's total, described by its
# site, its works or its financing and named only as "the project", is that project's amount (the held-out sets so
# annotate it), not an aggregate indicator; the rules, seeing no project name and no investor, call it one
CORRECTED = [
    ("zh-Hans", "据悉,该项目占地200亩,计划总投资12亿元,主要建设生产厂房和仓库。", 1.2e9, "CNY", "indicator", "project"),
    ("zh-Hant", "據悉,該項目佔地200畝,計劃總投資12億元,主要建設生產廠房和倉庫。", 1.2e9, "CNY", "indicator", "project"),
    ("zh-Hans", "项目采用PPP模式建设,总投资约16.5亿元,建设工期30个月。", 1.65e9, "CNY", "indicator", "project"),
    ("en", "With a total project investment of 8 billion yuan, the new paper mill will employ 900 people.", 8e9, "CNY",
     "indicator", "project"),
]


@pytest.mark.parametrize(("language", "text", "value", "unit", "by_rules", "with_model"), CORRECTED)
def test_the_model_corrects_the_rules_kind(language: str, text: str, value: float, unit: str, by_rules: str,
                                           with_model: str) -> None:
    (rules_fact,) = find(extract_by_rules(text, language), value, unit)
    (fact,) = find(extract(text, language), value, unit)
    assert (rules_fact.kind.value, fact.kind.value) == (by_rules, with_model)
    assert fact.origin == f"model-{'en' if language == 'en' else 'zh'}/kind"
    assert "investor" in fact.fields and "indicator" not in fact.fields


def _always(kind: str, strength: float = 5.0) -> KindModel:
    """A model that gives `kind` to any amount, with a probability rising with `strength`."""
    classes = ("indicator", "project", "target")
    return KindModel(classes, tuple(strength if c == kind else 0.0 for c in classes), {})


def _draft(kind: Kind, fields: dict[str, str | None], unit: str = "CNY") -> FactDraft:
    return FactDraft(kind=kind, fields=fields, value=500000000, unit=unit, evidence=[Span(10, 20)],
                     origin="rules-zh/money")


TEXT = "江州市今年以来签约项目总投资5亿元,同比增长12%。"


def test_a_target_moved_to_an_indicator_keeps_its_label_and_reads_its_horizon_as_the_period() -> None:
    d = _draft(Kind.TARGET, {"subject": "江州市", "indicator": "签约项目总投资", "horizon": "2026", "comparator": "="})
    review_kinds(TEXT, False, [d], _always("indicator"))
    assert d.kind is Kind.INDICATOR
    assert d.fields == {"subject": "江州市", "indicator": "签约项目总投资", "period": "2026", "comparator": "=",
                        "basis": "level"}
    assert d.origin == "model-zh/kind"


def test_an_indicator_moved_to_a_project_keeps_its_place_and_period() -> None:
    d = _draft(Kind.INDICATOR, {"subject": "江州市", "indicator": "总投资", "period": "2026", "comparator": "=",
                                "basis": "level"})
    review_kinds(TEXT, False, [d], _always("project"))
    assert d.kind is Kind.PROJECT
    assert d.fields == {"investor": None, "project": None, "industry": None, "location": "江州市", "stage": None,
                        "period": "2026"}


def test_a_project_the_rules_gave_an_investor_keeps_its_kind() -> None:
    fields: dict[str, str | None] = {"investor": "江州集团", "project": None, "industry": None, "location": None,
                                     "stage": None, "period": None}
    d = _draft(Kind.PROJECT, dict(fields))
    review_kinds(TEXT, False, [d], _always("indicator"))
    assert (d.kind, d.fields, d.origin) == (Kind.PROJECT, fields, "rules-zh/money")


def test_an_unsure_model_leaves_the_rules_kind() -> None:
    d = _draft(Kind.TARGET, {"subject": None, "indicator": "总投资", "horizon": None, "comparator": "="})
    weak = _always("indicator", strength=0.1)  # about 0.36: below the floor
    assert weak.predict([])[1] < MIN_PROBABILITY
    review_kinds(TEXT, False, [d], weak)
    assert d.kind is Kind.TARGET and d.origin == "rules-zh/money"


def test_amounts_of_units_the_model_was_not_trained_on_are_left_alone() -> None:
    d = _draft(Kind.INDICATOR, {"subject": None, "indicator": "面积", "period": None, "comparator": "=",
                                "basis": "level"}, unit="sqm")
    review_kinds(TEXT, False, [d], _always("project"))
    assert d.kind is Kind.INDICATOR


def test_a_model_file_with_a_short_weight_row_is_refused() -> None:
    with pytest.raises(ValueError, match="one number per class"):
        KindModel.from_json({"classes": ["indicator", "project", "target"], "intercept": [0, 0, 0],
                             "weights": {"K=project": [1.0, 2.0]}})


@pytest.mark.parametrize(("language", "text", "number"), [
    ("zh-Hans", "据悉,该项目占地200亩,计划总投资12亿元,主要建设生产厂房和仓库。", "12亿元"),
    ("zh-Hant", "今年以來,全市簽約項目總投資達120億元,同比增長15.5%。", "15.5%"),
    ("en", "The group said on Monday it would invest 2 billion yuan in a new plant. It employs 900 people.",
     "2 billion"),
])
def test_the_grouped_reading_scores_as_the_named_features(language: str, text: str, number: str) -> None:
    """review_kinds reads the features by group, without writing their names; it must score them as the names the
    model was trained on do."""
    model = shipped_model()
    english = language == "en"
    low = match_form(text).lower() if english else match_form(text)
    start = text.index(number)
    for kind in ("project", "indicator", "target"):
        c = Context(low, english, start, start + len(number), kind, "CNY", "rules-zh/money", False)
        span = sentence_span(c)
        by_groups = model.predict_groups(local_groups(c, span[0]),
                                         model.relative([("s", sentence_tokens(low, english, span))]))
        by_names = model.predict(features(c))
        assert by_groups[0] == by_names[0]
        assert by_groups[1] == pytest.approx(by_names[1], abs=1e-9)
