"""Shortcuts never edit text: every action's shortcut, pressed with the focus in each kind of editor
(line edit, plain and rich text edit, spin boxes, editable combo box, date edit, and the fact form's
own field), runs the action and leaves the field's text as it was.

Editors bind many keys of their own, differing by platform: on Linux a line edit deletes to the start
of the line on Ctrl+U and moves to its end on Ctrl+E, spin and date edits step on Ctrl+PgUp/PgDown,
text edits insert a line on Ctrl+Return, macOS moves to the start of a document on ⌘↑. The window does
not rely on choosing keys no editor uses: `app.ui.actions.ShortcutsWin` refuses the editor the
`ShortcutOverride` of any key an enabled action owns, so the action wins on every platform. Undo and
redo are left out here: in an editor they first save the typing, then undo the window's stack (see
test_undo_workflow)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from keys import focused
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from app.ui.actions import ACTIONS, OWN_KEY_HANDLING

PRESSED = [(spec.id, key) for spec in ACTIONS if spec.id not in OWN_KEY_HANDLING for key in spec.shortcuts]
EDITORS = ("fact_field", "line_edit", "plain_text", "rich_text", "spin_box", "double_spin_box", "combo_box",
           "date_edit")
TEXT = "Baotou steel 2021 plan"


def make_probe(window) -> dict[str, QWidget]:  # noqa: ANN001
    """One editor of each kind inside the window (where its shortcuts apply), each holding text with
    the cursor in the middle, so that a key that moves or deletes would show."""
    probe = QWidget(window)
    probe.setObjectName("editorProbe")
    layout = QHBoxLayout(probe)
    line = QLineEdit(TEXT)
    plain = QPlainTextEdit(TEXT)
    rich = QTextEdit()
    rich.setPlainText(TEXT)
    spin = QSpinBox()
    spin.setRange(0, 10_000)
    spin.setValue(2021)
    double = QDoubleSpinBox()
    double.setRange(0, 10_000)
    double.setValue(58.7)
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(["Baotou", TEXT])
    combo.setCurrentIndex(1)
    date = QDateEdit(QDate(2021, 7, 24))
    for widget in (line, plain, rich, spin, double, combo, date):
        layout.addWidget(widget)
    probe.setGeometry(0, 0, 900, 40)
    probe.show()
    return {"line_edit": line, "plain_text": plain, "rich_text": rich, "spin_box": spin, "double_spin_box": double,
            "combo_box": combo, "date_edit": date}


def text_of(widget: QWidget) -> str:
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return f"{widget.toPlainText()}|{widget.textCursor().position()}"
    if isinstance(widget, QComboBox):
        edit = widget.lineEdit()
        return f"{widget.currentText()}|{edit.cursorPosition() if edit else ''}"
    if isinstance(widget, QLineEdit):
        return f"{widget.text()}|{widget.cursorPosition()}"
    return widget.text()  # type: ignore[attr-defined]  # spin and date edits


def put_cursor_in_the_middle(widget: QWidget) -> None:
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        cursor = widget.textCursor()
        cursor.setPosition(len(TEXT) // 2)
        widget.setTextCursor(cursor)
    elif isinstance(widget, QComboBox) and widget.lineEdit() is not None:
        widget.lineEdit().setCursorPosition(len(TEXT) // 2)  # type: ignore[union-attr]
    elif isinstance(widget, QLineEdit):
        widget.setCursorPosition(len(widget.text()) // 2)


@pytest.mark.parametrize("editor_kind", EDITORS)
def test_every_shortcut_runs_its_action_and_leaves_the_text_alone(qtbot, window, editor_kind: str) -> None:
    win = window
    win.activateWindow()  # on X11 without a window manager the window is not active by itself
    qtbot.waitActive(win)
    editors = make_probe(win)
    fact_field = win.form.card.rows.editors["indicator"]
    win.form.set_current(win.form.order[0], focus=False)
    if not fact_field.isVisibleTo(win.form.card):
        fact_field = win.form.card.first_editor()
    editors["fact_field"] = fact_field
    editor = editors[editor_kind]
    ran: dict[str, int] = {}
    for spec in ACTIONS:  # only whether the action fires is wanted here, not what it does
        action = win.commands[spec.id]
        action.triggered.disconnect()
        action.triggered.connect(lambda _c=False, i=spec.id: ran.__setitem__(i, ran.get(i, 0) + 1))
    failures = []
    for action_id, key in PRESSED:
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        QApplication.processEvents()
        assert focused(win) in (editor, getattr(editor, "lineEdit", lambda: None)()), (editor_kind, focused(win))
        put_cursor_in_the_middle(editor)
        for a in win.commands.values():  # every action enabled, as in a document under review
            a.setEnabled(True)
        before = text_of(editor)
        combo = QKeySequence(key)[0]
        QTest.keyClick(focused(win), combo.key(), combo.keyboardModifiers())
        QApplication.processEvents()
        if ran.get(action_id, 0) != 1:
            failures.append(f"{key} ({action_id}) did not run in {editor_kind}")
        if text_of(editor) != before:
            failures.append(f"{key} ({action_id}) changed {editor_kind}: {before!r} -> {text_of(editor)!r}")
        ran.clear()
    assert not failures, "\n".join(failures)
    assert len(PRESSED) >= 25


XCB_RUN = "FACTDESK_TEST_XCB_RUN"


@pytest.mark.slow
@pytest.mark.skipif(bool(os.environ.get(XCB_RUN)) or sys.platform != "linux", reason="the X11 run itself, or not Linux")
def test_the_same_on_x11_where_line_edits_bind_ctrl_u_and_ctrl_e() -> None:
    """The offscreen platform uses the Windows key scheme; X11's adds the Emacs-style bindings (Ctrl+U
    deletes to the line start, Ctrl+E goes to its end, …) that broke the window's shortcuts. Run the
    test above on a real X server (Xvfb) with the xcb platform."""
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        pytest.skip("xvfb-run is not installed (scripts/test_system_setup.sh installs it)")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", XCB_RUN: "1"}
    probe = subprocess.run([xvfb, "-a", sys.executable, "-c", "from PySide6.QtWidgets import QApplication; "
                            "QApplication([])"], env=env, capture_output=True, text=True, timeout=120)
    if probe.returncode != 0:
        pytest.skip(f"Qt's xcb platform does not start here: {probe.stderr.strip().splitlines()[-1:]}")
    run = subprocess.run([xvfb, "-a", sys.executable, "-m", "pytest", __file__, "-q", "-p", "no:cacheprovider",
                          "-k", "every_shortcut"], env=env, capture_output=True, text=True, timeout=600,
                         cwd=Path(__file__).resolve().parents[2])
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert f"{len(EDITORS)} passed" in run.stdout


def test_no_two_actions_share_a_shortcut() -> None:
    """Actions land from several lines of work; a key given twice would run only one of them (Qt calls
    such a shortcut ambiguous and runs neither)."""
    from collections import Counter

    from PySide6.QtGui import QKeySequence

    keys = Counter(QKeySequence(key).toString() for spec in ACTIONS for key in spec.shortcuts)
    assert [key for key, n in keys.items() if n > 1] == []
