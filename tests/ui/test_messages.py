"""The UI's message templates (app.ui.messages) match what the domain, ingest and the import workflow
really write, so the window can show each in the UI language: if a message changes wording there, a
template here stops matching and this test says which."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.domain.consistency import consistency_problems
from app.domain.periods import document_problems, period_problem
from app.domain.schema import Kind
from app.domain.validation import validate_fact
from app.ui.messages import TEMPLATES, _patterns, translated
from app.workflows.importing import REPORT_TEMPLATES, import_paths


def matched(message: str) -> str | None:
    return next((template for rx, template in _patterns() if rx.fullmatch(message)), None)


def domain_messages() -> list[str]:
    found: list[str] = []
    for kind in Kind:
        found += validate_fact(kind.value, {}, None, None).values()
        found += validate_fact(kind.value, {"stage": "nonsense", "basis": "nonsense"}, Decimal("-5"), "CNY").values()
        found += validate_fact(kind.value, {}, Decimal("20000"), "percent").values()
        found += validate_fact(kind.value, {}, Decimal("1"), "furlongs").values()
        found += validate_fact(kind.value, {}, Decimal("1"), "percent").values()
        found += validate_fact(kind.value, {}, Decimal("1"), "pp").values()
        found += validate_fact(kind.value, {}, float("nan"), "count").values()
    found += validate_fact("gizmo", {}, None, None).values()
    found += consistency_problems("indicator", {"period": "2021-09/2021-03"}, Decimal("20000"), "percent",
                                  "20000%").values()
    found += consistency_problems("indicator", {}, Decimal("58.7"), "CNY", "58.7亿元").values()
    found += consistency_problems("indicator", {}, Decimal("5"), "CNY", "5%").values()
    found += consistency_problems("target", {"horizon": "2020"}, Decimal("5"), "percent", None,
                                  published=date(2021, 7, 1)).values()
    found += consistency_problems("project", {"investor": "包头", "location": "包头"}, None, None, None).values()
    found.append(period_problem("上半年", None) or "")
    found += document_problems(None, ["上半年", "今年", "last year", "first half", "本月"]).values()
    return [m for m in found if m]


def test_every_domain_message_has_a_template() -> None:
    messages = domain_messages()
    assert len(set(messages)) >= 15
    missing = [m for m in messages if matched(m) is None]
    assert not missing


def test_the_import_report_templates_are_the_workflows() -> None:
    assert set(REPORT_TEMPLATES) <= set(TEMPLATES)


def test_import_reasons_have_templates(sqlite_url: str, tmp_path: Path) -> None:
    from app.store import Database

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_text("", "utf-8")
    (folder / "blank.txt").write_text("   \n\t ", "utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "bom.txt").write_bytes(b"\xff\xfe" + b"\x00\xd8" * 40)
    db = Database.open(sqlite_url)
    try:
        summary = import_paths(db, [folder, tmp_path / "missing.txt"], "tester")
    finally:
        db.dispose()
    lines = summary.report_lines()
    assert len(lines) == 5
    for line in lines:  # "failed: REASON: PATH", the reason a template of its own
        assert matched(line) in REPORT_TEMPLATES, line
        reason = line.split(": ", 1)[1].rsplit(": ", 1)[0]
        assert matched(reason) not in (None, "%1: %2"), line


@pytest.mark.parametrize(("message", "shown"), [
    ("indicator is required", "Indicator is required"),  # the field by its label
    ("failed: empty file: /tmp/a.txt", "failed: empty file: /tmp/a.txt"),
    ("something new", "something new"),  # no template: as written
])
def test_translated_in_english(message: str, shown: str) -> None:
    assert translated(message) == shown


def test_in_chinese(qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from app.ui.i18n import install_translator

    install_translator(qapp, "zh_CN")
    try:
        assert translated("indicator is required") == "指标为必填项"
        assert translated("written as percent (5%), but the unit is CNY") == "原文写作 %（5%），但单位是 CNY"
        basis = translated("basis must be one of: level, yoy, share, average_growth")
        assert basis.startswith("口径必须是以下之一：") and "yoy" not in basis
        assert translated("failed: empty file: /tmp/a.txt") == "失败：空文件：/tmp/a.txt"
        for message in domain_messages():  # every one in Chinese, but for the values it quotes
            shown = translated(message)
            assert shown != message or not any(c.isascii() and c.isalpha() for c in message), message
    finally:
        install_translator(qapp, "en")
