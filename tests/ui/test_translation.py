"""The Simplified Chinese UI: the window started with FACTDESK_LANG=zh_CN speaks Chinese, the
translation covers every string the UI sources mark, and the system locale picks it by itself."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from keys import press
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from app.review import Workspace
from app.store import Database
from app.ui.application import create_application, create_window
from app.ui.i18n import ENV_LANG, install_translator, ui_language
from app.ui.queue_model import COLUMN

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "src" / "app" / "resources" / "translations" / "factdesk_zh_CN.ts"


@pytest.fixture
def chinese(monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    monkeypatch.setenv(ENV_LANG, "zh_CN")
    yield
    monkeypatch.delenv(ENV_LANG)
    install_translator(QApplication.instance())  # back to English for the other tests


def test_the_window_in_chinese(qtbot, chinese, seeded_db: Database) -> None:
    create_application()
    win = create_window(Workspace(seeded_db, "tester"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: not win.queue.model.loading, timeout=10_000)
    titles = {m.objectName(): m.title() for m in win.menuBar().findChildren(QMenu)}
    assert titles["menu_file"] == "文件(&F)" and titles["menu_document"] == "文档(&D)"
    assert titles["menu_fact"] == "事实(&C)" and titles["menu_help"] == "帮助(&H)"
    assert win.commands["approve_next"].text() == "批准并下一篇"
    assert win.commands["flag_document"].text() == "标记并备注…"
    model = win.queue.model
    assert model.headerData(COLUMN["status"], Qt.Orientation.Horizontal) == "状态"
    model.index(0, COLUMN["status"]).data()  # asks for the row; it arrives from the model's thread
    qtbot.waitUntil(lambda: model.index(0, COLUMN["status"]).data() == "新建", timeout=10_000)
    assert win.form.model.headerData(2, Qt.Orientation.Horizontal) == "置信度"
    assert win.form.card.confidence.text().startswith(("置信度", "偏低"))
    qtbot.waitUntil(lambda: "新建" in win.counts_label.text(), timeout=5000)
    press(win, Qt.Key.Key_F1)
    texts = {label.text() for label in win.overlay.panel.findChildren(QLabel)}
    assert {"键盘快捷键", "文件", "批准并下一篇", "下一篇未审核文档"} <= texts
    press(win, Qt.Key.Key_Escape)
    win.close()


def test_the_language_follows_the_system_unless_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_LANG, raising=False)
    assert ui_language(QLocale(QLocale.Language.Chinese, QLocale.Country.China)) == "zh_CN"
    assert ui_language(QLocale(QLocale.Language.Chinese, QLocale.Country.Taiwan)) == "zh_CN"
    assert ui_language(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == "en"
    monkeypatch.setenv(ENV_LANG, "en")
    assert ui_language(QLocale(QLocale.Language.Chinese, QLocale.Country.China)) == "en"
    monkeypatch.setenv(ENV_LANG, "zh-CN")
    assert ui_language(QLocale(QLocale.Language.English)) == "zh_CN"


def test_every_marked_string_is_translated(tmp_path: Path) -> None:
    """lupdate over the sources now finds exactly the strings the committed .ts translates."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not beside this Python")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "src" / "app" / "ui").glob("*.py"))
    subprocess.run([str(lupdate), "-tr-function-alias", "QT_TR_NOOP+=N_", "-locations", "none", *sources,
                    "-ts", str(fresh)], check=True, capture_output=True)
    wanted = {m.findtext("source") for m in ET.parse(fresh).iter("message")}
    committed = list(ET.parse(TS).iter("message"))
    assert wanted == {m.findtext("source") for m in committed}, "run scripts/update_translations.py"
    for m in committed:
        translation = m.find("translation")
        assert translation is not None and translation.get("type") is None, m.findtext("source")
        text = "".join(translation.itertext()).strip()
        assert text, m.findtext("source")
        for marker in ("%1", "%2", "%3", "%n"):
            assert (marker in m.findtext("source")) == (marker in text), (m.findtext("source"), text)
    assert TS.with_suffix(".qm").stat().st_mtime >= TS.stat().st_mtime - 1


def test_tr_fills_placeholders_in_one_pass_like_arg() -> None:
    """`tr(text, *values)` fills %1, %2, … as QString::arg() does: a value containing "%2" stays as it is,
    and a translation may put the placeholders in another order."""
    from app.ui.i18n import tr

    assert tr("%1 of %2", "%2", 5) == "%2 of 5"
    assert tr("Imported %1, duplicates %2, failed %3", 3, 0, 1) == "Imported 3, duplicates 0, failed 1"
    assert tr("Saved %1") == "Saved %1"
