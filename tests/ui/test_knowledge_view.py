"""The Knowledge view from the keyboard (open, search, edit, delete) and its model under pytest-qt's
model tester; Re-run Extraction on Unreviewed Documents applies what was learned."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication

from app.review import Workspace
from app.ui.knowledge_view import ALIASES, VALUE, KnowledgeDialog, KnowledgeModel

INVESTOR = "Northern Lights Energy Group"
ZH_INVESTOR = "星辰新能源科技有限公司"
# the investor by a short name the rules do not take (they read a name written with its legal form,
# app.extract.document_orgs); the analyst types the full name
ARTICLE_A = "包头市今年开工总投资50亿元的锂电池正极材料项目，投资方为星辰新能源。\n"
ARTICLE_B = "总投资30亿元的储能电池项目在鄂尔多斯开工，星辰新能源将建设两条生产线。\n"


def _teach(ws: Workspace, investor: str = INVESTOR) -> int:
    """Set an investor on the first project fact of the seeds, as the analyst would; its fact id."""
    for doc_id in ws.queue_ids():
        doc = ws.document(doc_id)
        for fact in doc.facts:
            if fact.kind == "project" and doc.status not in ("approved", "rejected"):
                ws.edit_fact(fact.id, {"investor": investor}, expected_version=fact.version)
                return fact.id
    raise AssertionError("the seeds have no project fact")


def test_the_knowledge_model_passes_the_model_tester(qtmodeltester, workspace: Workspace) -> None:
    _teach(workspace)
    _teach(workspace, "星辰新能源科技有限公司")
    model = KnowledgeModel(workspace)
    assert model.rowCount() >= 2
    qtmodeltester.check(model, force_py=True)
    model.set_search("northern")
    assert model.rowCount() == 1
    qtmodeltester.check(model, force_py=True)


def test_an_empty_knowledge_view_says_how_entries_get_there(qtbot, window) -> None:  # noqa: ANN001
    window.commands["knowledge"].trigger()
    dialog = window.findChild(KnowledgeDialog)
    assert dialog is not None and dialog.model.rowCount() == 0
    assert dialog.count.text().startswith("Nothing learned yet: confirm or type a project's investor")
    QTest.keyClicks(dialog.search, "zz")  # a search that finds nothing counts, it does not explain
    assert dialog.count.text() == "0 entries"
    dialog.close()


def test_knowledge_view_by_keyboard(qtbot, window, workspace: Workspace) -> None:  # noqa: ANN001
    fact_id = _teach(workspace)
    _teach(workspace, "星辰新能源科技有限公司")
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.findChild(KnowledgeDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.search, timeout=5000)
    QTest.keyClicks(dialog.search, "northern")
    model = dialog.model
    assert model.rowCount() == 1
    row = model.rows[model.ids[0]]
    assert (row.value, row.fact_id, row.user) == (INVESTOR, fact_id, workspace.user)
    assert "Northern Lights Energy" in row.aliases
    assert "fact" in model.index(0, 3).data()

    QTest.keyClick(dialog.search, Qt.Key.Key_Tab)  # into the table, on the value
    assert dialog.table.hasFocus() and dialog.table.currentIndex().column() == VALUE
    QTest.keyClick(dialog.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not dialog.table
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor, "Northern Lights Energy Group Co., Ltd.")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.state() != QAbstractItemView.State.EditingState)  # Qt commits queued
    assert [r.value for r in workspace.knowledge("northern")] == ["Northern Lights Energy Group Co., Ltd."]

    dialog.table.setCurrentIndex(model.index(0, ALIASES))
    QTest.keyClick(dialog.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor, "Northern Lights; NLE")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.state() != QAbstractItemView.State.EditingState)  # Qt commits queued
    assert workspace.knowledge("NLE")[0].aliases == ("Northern Lights", "NLE")

    QTest.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert model.rowCount() == 0 and workspace.knowledge("northern") == []
    assert len(workspace.knowledge()) == 1  # the other entry stays
    dialog.close()


def test_rerun_on_unreviewed_documents_applies_what_was_learned(qtbot, window, workspace: Workspace,  # noqa: ANN001
                                                                  tmp_path: Path) -> None:
    paths = []
    for name, text in (("a.txt", ARTICLE_A), ("b.txt", ARTICLE_B)):
        paths.append(tmp_path / name)
        paths[-1].write_text(text, encoding="utf-8")
    done = workspace.import_paths(paths)
    a_id, b_id = dict(done.result.imported)[paths[0]], dict(done.result.imported)[paths[1]]
    (project_a,) = [f for f in workspace.document(a_id).facts if f.kind == "project"]
    workspace.edit_fact(project_a.id, {"investor": ZH_INVESTOR}, expected_version=project_a.version)
    (project_b,) = [f for f in workspace.document(b_id).facts if f.kind == "project"]
    assert project_b.fields["investor"] != ZH_INVESTOR
    window.commands["reextract_unreviewed"].trigger()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=60_000)
    (project_b,) = [f for f in workspace.document(b_id).facts if f.kind == "project"]
    assert project_b.fields["investor"] == ZH_INVESTOR and project_b.origin.startswith("learned/investor/")
    (kept,) = [f for f in workspace.document(a_id).facts if f.kind == "project"]
    assert (kept.id, kept.status, kept.fields["investor"]) == (project_a.id, "edited", ZH_INVESTOR)
