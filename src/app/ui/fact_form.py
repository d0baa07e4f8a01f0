"""The fact form: the document's own fields; the list of its facts (grouped by kind, with confidence,
state and problems); and the card of the current fact with typed editors and inline validation.

One card is reused for every fact (only the rows of the fact's kind are shown), so moving between
facts and documents costs a few value updates, not hundreds of new widgets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.queue import LOW_CONFIDENCE
from app.domain.schema import FIELD_CHOICES, KIND_FIELDS, NUMERIC_KINDS, Kind, Unit
from app.domain.views import DocumentView, FactView
from app.review import Change, ChangeSet
from app.ui.fact_editors import ChoiceEditor, DateEditor, FieldEditor, NumberEditor, TextEditor
from app.ui.fact_list_model import FACT_ID_ROLE, KIND_ORDER, FactListModel
from app.ui.fact_notes import FactNotes
from app.ui.fact_text import choice_labels, fact_status_text, field_text, kind_text, origin_text
from app.ui.i18n import N_, tr
from app.ui.messages import translated_problems
from app.ui.theme import Theme, row_height

UNITS = tuple(u.value for u in Unit)
LOCKED_TEXT = {
    "approved": N_("Approved — reopen to edit (Document ▸ Reopen for Review, Ctrl+Shift+O)"),
    "rejected": N_("Rejected — reopen to edit (Document ▸ Reopen for Review, Ctrl+Shift+O)"),
}
CARD_FIELDS = ("subject", "indicator", "investor", "project", "industry", "location", "stage", "period", "horizon",
               "comparator", "basis", "name", "role", "organization")


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


def _repolish(widget: QWidget) -> None:
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
                _repolish(editor)


class FactCard(QFrame):
    """The current fact: kind, state, confidence, evidence quote and one editor per field."""

    committed = Signal(int, str, object, int)  # fact id, field, value, focus session
    statusRequested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("factCard")
        self.fact: FactView | None = None
        self._text = ""
        self._local_problems: dict[str, str] = {}
        self.kind_editor = make_editor("kind")
        self.kind_editor.setToolTip(tr("Kind of fact"))
        self.position = QLabel()
        self.confirm_button = QPushButton(tr("Confirm"))
        self.confirm_button.setObjectName("confirmButton")
        self.confirm_button.setToolTip(tr("Confirm this fact (Ctrl+Shift+C)"))
        self.reject_button = QPushButton(tr("Reject"))
        self.reject_button.setObjectName("rejectButton")
        self.reject_button.setToolTip(tr("Reject or restore this fact (Ctrl+Shift+X)"))
        for button in (self.confirm_button, self.reject_button):
            button.setAutoDefault(False)
        self.badge = QLabel()
        self.badge.setObjectName("statusBadge")
        self.confidence = QLabel()
        self.origin = QLabel()
        self.origin.setObjectName("confidence")
        self.quote = QLabel()
        self.quote.setObjectName("evidenceQuote")
        self.quote.setWordWrap(True)
        self.quote.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        top = QHBoxLayout()
        top.addWidget(self.kind_editor)
        top.addWidget(self.position)
        top.addStretch(1)
        top.addWidget(self.confirm_button)
        top.addWidget(self.reject_button)
        state = QHBoxLayout()
        state.addWidget(self.badge)
        state.addWidget(self.confidence)
        state.addWidget(self.origin)
        state.addStretch(1)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(3)
        self.rows = FieldRows(grid)
        self.rows.add("value", [make_editor("value"), make_editor("unit")])
        for name in CARD_FIELDS:
            self.rows.add(name, [make_editor(name)])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(state)
        layout.addWidget(self.quote)
        layout.addLayout(grid)
        self.notes = FactNotes()
        layout.addWidget(self.notes)
        layout.addStretch(1)

        for editor in self.all_editors():
            editor.signals.committed.connect(self._commit)
            editor.signals.invalid.connect(self._invalid)
        self.confirm_button.clicked.connect(lambda: self._request("confirmed"))
        self.reject_button.clicked.connect(self._toggle_reject)
        self._kind: str | None = None
        self._editable = True
        self.locked = False
        self.rows.show_rows(set())
        self.show_fact(None)

    def all_editors(self) -> list[FieldEditor]:
        return [self.kind_editor, *self.rows.editors.values()]

    def editors(self) -> list[FieldEditor]:
        """The editors of the current fact's kind, in tab order."""
        return [e for e in self.rows.editors.values() if e.isVisibleTo(self)]

    def first_editor(self) -> FieldEditor:
        editors = self.editors()
        return editors[0] if editors else self.kind_editor

    def _commit(self, name: str, value: object, session: int) -> None:
        if self.fact is not None:
            self.committed.emit(self.fact.id, name, value, session)

    def _request(self, status: str) -> None:
        if self.fact is not None:
            self.statusRequested.emit(self.fact.id, status)

    def _toggle_reject(self) -> None:
        if self.fact is not None:
            self._request("edited" if self.fact.status == "rejected" else "rejected")

    def _invalid(self, name: str, message: str) -> None:
        if message:
            self._local_problems[name] = message
        else:
            self._local_problems.pop(name, None)
        self._show_problems()

    def _show_problems(self, extra: dict[str, str] | None = None) -> None:
        found = {} if self.fact is None or self.fact.status == "rejected" else self.fact.problems()
        found.update(extra or {})
        found.update(self._local_problems)
        self.rows.show_problems(found)

    def flush(self) -> None:
        for editor in self.all_editors():
            if editor.has_pending():
                editor.commit()

    def show_fact(self, fact: FactView | None, position: str = "", text: str | None = None) -> None:
        """Show a fact (saving what was being typed into the previous one first)."""
        if fact is None or self.fact is None or fact.id != self.fact.id:
            self.flush()
            self._local_problems = {}
        if text is not None:
            self._text = text
        self.fact = fact
        if self.isEnabled() != (fact is not None):
            self.setEnabled(fact is not None)
        if fact is None:
            for editor in self.rows.editors.values():  # no fact: no values left from the previous one
                editor.set_value(None)
            self.position.setText(tr("No fact selected"))
            self.quote.clear()
            self.badge.clear()
            self.confidence.clear()
            self.origin.clear()
            self.notes.show_fact(None)
            return
        self.position.setText(position)
        if fact.kind != self._kind:
            kind = Kind(fact.kind) if fact.kind in KIND_ORDER else Kind.INDICATOR
            names = set(KIND_FIELDS[kind]) | ({"value"} if kind in NUMERIC_KINDS else set())
            self.rows.show_rows(names)
            self._kind = fact.kind
        self.kind_editor.set_value(fact.kind)
        for name, editor in self.rows.editors.items():
            if editor.isVisibleTo(self):
                editor.set_value(fact.get(name))
        quotes = [self._text[s:e] for s, e in fact.evidence if 0 <= s < e <= len(self._text)]
        quote = " … ".join(" ".join(q.split()) for q in quotes)
        self.quote.setText(f"“{quote}”" if quote else tr("(no evidence)"))
        self.quote.setToolTip(quote)
        low = fact.confidence < LOW_CONFIDENCE
        text_conf = tr("confidence %1", format(fact.confidence, ".2f"))
        self.confidence.setText(tr("LOW %1", text_conf) if low else text_conf)
        self.confidence.setToolTip(tr("Low confidence: check this fact carefully") if low else "")
        if self.confidence.objectName() != ("lowConfidence" if low else "confidence"):
            self.confidence.setObjectName("lowConfidence" if low else "confidence")
            _repolish(self.confidence)
        self.origin.setText(tr("from %1", origin_text(fact.origin)))
        self.badge.setText(fact_status_text(fact.status))
        if self.badge.property("state") != fact.status:
            self.badge.setProperty("state", fact.status)
            _repolish(self.badge)
        rejected = fact.status == "rejected"
        self.reject_button.setText(tr("Restore") if rejected else tr("Reject"))
        self.confirm_button.setEnabled(fact.status != "confirmed" and not rejected and not self.locked)
        self.reject_button.setEnabled(not self.locked)
        editable = not rejected and not self.locked
        if self._editable != editable:
            self._editable = editable
            for editor in self.all_editors():
                editor.setEnabled(editable)
        self.notes.show_fact(fact)
        self._show_problems()

    def set_locked(self, locked: bool) -> None:
        """An approved or rejected document: every editor and button of the card off."""
        if locked != self.locked:
            self.locked = locked
            self.show_fact(self.fact)

    def focused_editor(self) -> FieldEditor | None:
        return next((e for e in self.all_editors() if e.hasFocus()), None)


class DocumentFields(QGroupBox):
    committed = Signal(str, object, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Document"), parent)
        self.setObjectName("documentFields")
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(2)
        self.rows = FieldRows(grid)
        for name in ("title", "published", "region"):
            self.rows.add(name, [make_editor(name)])
        self.rows.editors["title"].setPlaceholderText(tr("none stated"))
        self._problems: dict[str, str] = {}
        for editor in self.rows.editors.values():
            editor.signals.committed.connect(self.committed)
            editor.signals.invalid.connect(self._invalid)

    def _invalid(self, name: str, message: str) -> None:
        if message:
            self._problems[name] = message
        else:
            self._problems.pop(name, None)
        self.rows.show_problems(self._problems)

    def show_document(self, doc: DocumentView | None) -> None:
        self.setEnabled(doc is not None)
        self._problems = doc.problems() if doc is not None else {}
        self.rows.show_problems(self._problems)
        for name, editor in self.rows.editors.items():
            editor.set_value(getattr(doc, name) if doc is not None else None)

    def flush(self) -> None:
        for editor in self.rows.editors.values():
            if editor.has_pending():
                editor.commit()


class FactForm(QWidget):
    factCommitted = Signal(int, str, object, int)
    documentCommitted = Signal(str, object, int)
    statusRequested = Signal(int, str)
    currentFactChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("factForm")
        self.document: DocumentView | None = None
        self.last_editor: FieldEditor | None = None
        self.document_fields = DocumentFields()
        self.model = FactListModel(self)
        self.table = QTableView()
        self.table.setObjectName("factTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(row_height(self.table))
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._size_columns()
        self.card = FactCard()
        self.heading = QLabel()
        self.heading.setObjectName("documentMeta")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("factSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.card)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.lock_banner = QLabel()
        self.lock_banner.setObjectName("lockBanner")
        self.lock_banner.setWordWrap(True)
        self.lock_banner.hide()
        self.held_by: str | None = None
        layout.addWidget(self.lock_banner)
        layout.addWidget(self.document_fields)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)

        self.document_fields.committed.connect(self.documentCommitted)
        self.card.committed.connect(self.factCommitted)
        self.card.statusRequested.connect(self.statusRequested)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        for editor in [*self.card.all_editors(), *self.document_fields.rows.editors.values()]:
            editor.signals.focused.connect(lambda _n, e=editor: self._remember(e))
        self.set_document(None)

    def _size_columns(self) -> None:
        """Kind, confidence, state and problems as wide as their longest text (in the UI language);
        what the fact says takes the rest."""
        fm, header_fm = self.table.fontMetrics(), self.table.horizontalHeader().fontMetrics()
        pad = 16

        def fit(header: str, *texts: str) -> int:
            return max(header_fm.horizontalAdvance(header) + 12, *(fm.horizontalAdvance(t) for t in texts)) + pad

        widths = {
            0: fit(tr("Kind"), *(kind_text(k) for k in KIND_ORDER)),
            2: fit(tr("Confidence"), tr("LOW %1", format(0, ".2f"))),
            3: fit(tr("State"), *(fact_status_text(s) for s in ("suggested", "edited", "confirmed", "rejected"))),
            4: fit(tr("Problems"), tr("%n problem(s)", n=2)),
        }
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)

    # --- document ------------------------------------------------------------------------------------
    @property
    def order(self) -> list[int]:
        return self.model.fact_ids()

    def sort_facts(self, sort: str) -> None:
        """Order the fact list by `sort`, keeping the current fact current."""
        current = self.current
        self.model.set_sort(sort)
        if current is not None:
            self.set_current(current, focus=False)

    @property
    def current(self) -> int | None:
        return self.card.fact.id if self.card.fact is not None else None

    def set_document(self, doc: DocumentView | None) -> None:
        self.flush()
        self.document = doc
        self.last_editor = None
        self.document_fields.show_document(doc)
        self.card.show_fact(None, text=doc.display_text if doc else "")
        self.model.set_facts(doc.facts if doc else ())
        self._update_heading()
        self._show_lock(doc)

    def _update_heading(self) -> None:
        doc = self.document
        if doc is None:
            self.heading.setText(tr("No document selected."))
            return
        live = [f for f in doc.facts if f.status != "rejected"]
        counts = {k: sum(1 for f in live if f.kind == k) for k in KIND_ORDER}
        if not doc.facts:
            self.heading.setText(tr("No facts yet. Select text in the article and press Ctrl+N to add one."))
            return
        parts = [f"{kind_text(k)} {n}" for k, n in counts.items() if n]
        rejected = len(doc.facts) - len(live)
        text = tr("%n fact(s)", n=len(live)) + ": " + ", ".join(parts)
        if rejected:
            text += " · " + tr("%n rejected", n=rejected)
        self.heading.setText(text)

    def set_theme(self, theme: Theme) -> None:
        self.model.set_theme(theme)

    def _remember(self, editor: FieldEditor) -> None:
        self.last_editor = editor

    # --- updates -------------------------------------------------------------------------------------
    def update_fact(self, fact: FactView) -> None:
        if self.document is not None:
            facts = tuple(fact if f.id == fact.id else f for f in self.document.facts)
            self.document = DocumentView(**{**self.document.__dict__, "facts": facts})
        if not self.model.update_fact(fact) and self.document is not None:
            self.rebuild(self.document)
            return
        if self.current == fact.id:
            self.card.show_fact(fact, self._position_text(fact.id))
        self._update_heading()

    def rebuild(self, doc: DocumentView) -> None:
        current = self.current
        self.card.flush()
        self.document = doc
        self.model.set_facts(doc.facts)
        self._update_heading()
        if current is not None and current not in self.order:  # it was withdrawn (an addition undone)
            current = self.order[0] if self.order else None
            if current is None:
                self.card.show_fact(None)
        if current is not None:
            self.set_current(current, focus=False)

    def show_document_fields(self, doc: DocumentView) -> None:
        self.document = doc
        self.document_fields.show_document(doc)
        self._show_lock(doc)

    def _show_lock(self, doc: DocumentView | None) -> None:
        """Approved and rejected documents are read-only until reopened (the store refuses changes)."""
        status = doc.status if doc is not None else None
        banner = tr(LOCKED_TEXT[status]) if status in LOCKED_TEXT else self.held_by  # type: ignore[index]
        locked = bool(banner)
        if locked:
            self.flush()
            self.lock_banner.setText(banner or "")
        self.lock_banner.setVisible(locked)
        self.card.set_locked(locked)
        for editor in self.document_fields.rows.editors.values():
            editor.setEnabled(not locked)

    def set_held_by(self, text: str | None) -> None:
        """Team mode: someone else has the document open — read-only, saying who (app.ui.claims)."""
        self.held_by = text
        self._show_lock(self.document)

    def on_operation_did_execute(self, changes: ChangeSet) -> None:
        doc = changes.document
        if doc is None or self.document is None or doc.id != self.document.id:
            return
        if Change.FACTS in changes or any(f not in self.order for f in changes.fact_ids):
            self.rebuild(doc)  # facts came or went (a withdrawn addition redone), or one changed kind
        elif Change.FACT in changes:
            for fact_id in changes.fact_ids:
                fact = doc.fact(fact_id)
                if fact is not None:
                    self.update_fact(fact)
        if changes.changes & {Change.DOCUMENT, Change.STATUS}:
            self.show_document_fields(doc)

    def show_problems(self, problems: dict[int, dict[str, str]]) -> None:
        self.model.set_problems(problems)
        if self.current in problems:
            self.card._show_problems(problems[self.current])  # noqa: SLF001

    def focus_first_problem(self, problems: dict[int, dict[str, str]]) -> None:
        for fact_id in self.order:
            found = problems.get(fact_id)
            if found:
                self.set_current(fact_id, focus=False)
                self.card._show_problems(found)  # noqa: SLF001
                name = next(iter(found))
                editor = self.card.rows.editors.get(name)
                if editor is None or not editor.isVisibleTo(self.card):
                    editor = self.card.first_editor()
                editor.setFocus()
                return

    # --- current fact --------------------------------------------------------------------------------
    def _position_text(self, fact_id: int) -> str:
        ids = self.order
        return f"{ids.index(fact_id) + 1} / {len(ids)}" if fact_id in ids else ""

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        fact_id = current.data(FACT_ID_ROLE) if current.isValid() else None
        fact = self.model.fact_at(current.row()) if current.isValid() else None
        self.card.show_fact(fact, self._position_text(fact_id) if fact_id is not None else "")
        if fact_id is not None:
            self.currentFactChanged.emit(fact_id)

    def set_current(self, fact_id: int | None, *, focus: bool = True) -> None:
        row = self.model.row_of(fact_id) if fact_id is not None else None
        if row is None:
            return
        index = self.model.index(row, 0)
        if self.table.currentIndex().row() != row:
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
        elif self.card.fact is None or self.card.fact.id != fact_id:
            self._row_changed(index, QModelIndex())
        self.table.scrollTo(index)
        if focus and self.card.focused_editor() is None:
            self.card.first_editor().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def step(self, delta: int) -> int | None:
        """Make the next (or previous) fact current and focus its first field; returns its id."""
        ids = self.order
        if not ids:
            return None
        if self.current not in ids:
            index = 0 if delta > 0 else len(ids) - 1
        else:
            index = max(0, min(len(ids) - 1, ids.index(self.current) + delta))  # type: ignore[arg-type]
        focus_in_card = self.card.focused_editor() is not None
        self.set_current(ids[index], focus=False)
        if focus_in_card or not self.table.hasFocus():
            self.card.first_editor().setFocus(Qt.FocusReason.ShortcutFocusReason)
        return ids[index]

    def focus_editor(self, fact_id: int, name: str) -> FieldEditor | None:
        self.set_current(fact_id, focus=False)
        editor = self.card.rows.editors.get(name)
        if editor is not None:
            editor.setFocus()
        return editor

    def target_editor(self) -> FieldEditor | None:
        """The field to fill from the selection: the focused one, else the last one focused."""
        editor = self.card.focused_editor()
        if editor is not None:
            return editor
        for editor in self.document_fields.rows.editors.values():
            if editor.hasFocus():
                return editor
        if self.last_editor is not None and self.last_editor.isEnabled() and self.last_editor.isVisibleTo(self):
            return self.last_editor
        return None

    def flush(self) -> None:
        """Commit anything typed but not yet saved."""
        self.document_fields.flush()
        self.card.flush()

    def editor(self, name: str) -> Any:
        return self.card.rows.editors.get(name) or self.document_fields.rows.editors.get(name)
