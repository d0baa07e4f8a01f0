"""The rows of the fact form: a label, the editor(s) of one field and its inline problem message, in a
grid whose rows can be hidden; and the editor each field gets (a number, a choice, a date or text)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from app.domain.schema import FIELD_CHOICES, Unit
from app.ui.fact_editors import ChoiceEditor, DateEditor, FieldEditor, NumberEditor, TextEditor
from app.ui.fact_list_model import KIND_ORDER
from app.ui.fact_text import choice_labels, field_text, kind_text
from app.ui.messages import translated_problems

UNITS = tuple(u.value for u in Unit)


def make_editor(name: str) -> FieldEditor:
    if name == "value":
        return NumberEditor(name)
    if name == "unit":
        return ChoiceEditor(name, UNITS, choice_labels("unit"))
    if name == "kind":
        return ChoiceEditor(name, KIND_ORDER, {k: kind_text(k) for k in KIND_ORDER}, allow_empty=False)
    if name in FIELD_CHOICES:
        return ChoiceEditor(name, FIELD_CHOICES[name], choice_labels(name))
    if name == "published":
        return DateEditor(name)
    return TextEditor(name)


def repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class FieldRows:
    """Label, editor(s) and the inline problem message of each field, in a grid; rows can be hidden."""

    def __init__(self, grid: QGridLayout) -> None:
        self.grid = grid
        self.editors: dict[str, FieldEditor] = {}
        self.problems: dict[str, QLabel] = {}
        self.rows: dict[str, list[QWidget]] = {}
        self._shown_problems: dict[str, str] = {}
        self._row = 0

    def add(self, label_name: str, editors: list[FieldEditor]) -> None:
        label = QLabel(field_text(label_name))
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.setBuddy(editors[0])
        self.grid.addWidget(label, self._row, 0)
        if len(editors) == 1:
            self.grid.addWidget(editors[0], self._row, 1)
        else:
            box = QHBoxLayout()
            box.setSpacing(4)
            for i, editor in enumerate(editors):
                box.addWidget(editor, 3 if i == 0 else 1)
            self.grid.addLayout(box, self._row, 1)
        problem = QLabel()
        problem.setObjectName("problem")
        problem.setWordWrap(True)
        problem.hide()
        self.grid.addWidget(problem, self._row + 1, 1)
        for editor in editors:
            self.editors[editor.field_name] = editor
            self.problems[editor.field_name] = problem
        self.rows[label_name] = [label, *editors]
        self._row += 2

    def show_rows(self, names: set[str]) -> None:
        for name, widgets in self.rows.items():
            visible = name in names
            for w in widgets:
                if w.isHidden() == visible:
                    w.setVisible(visible)
            if not visible:
                self.problems[widgets[1].field_name].hide()  # type: ignore[attr-defined]

    def show_problems(self, found: dict[str, str]) -> None:
        found = translated_problems(found)  # the domain's words, in the UI language
        if found == self._shown_problems:
            return
        self._shown_problems = dict(found)
        labels: dict[int, tuple[QLabel, list[str]]] = {}
        for name, label in self.problems.items():
            entry = labels.setdefault(id(label), (label, []))
            if name in found:
                entry[1].append(found[name])
        for label, messages in labels.values():
            if messages:
                label.setText("; ".join(dict.fromkeys(messages)))
                label.show()
            else:
                label.hide()
        for name, editor in self.editors.items():
            invalid = name in found
            if bool(editor.property("invalid")) != invalid:
                editor.setProperty("invalid", invalid)
                editor.setToolTip(found.get(name, ""))
                repolish(editor)
