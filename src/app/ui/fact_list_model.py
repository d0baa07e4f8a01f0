"""The facts of the open document as a table model, ordered by kind (indicators, projects, targets,
people) and then as extracted: kind, what the fact says, confidence, review state, problems."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from app.domain.queue import LOW_CONFIDENCE
from app.domain.views import FactView
from app.ui.batched_model import BatchedTableModel
from app.ui.fact_text import fact_status_text, kind_text, summary
from app.ui.i18n import N_, tr
from app.ui.messages import translated
from app.ui.theme import LIGHT, Theme

Index = QModelIndex | QPersistentModelIndex
KIND_ORDER = ("indicator", "project", "target", "person")
COLUMNS = (("kind", N_("Kind")), ("fact", N_("Fact")), ("confidence", N_("Confidence")), ("status", N_("State")),
           ("problems", N_("Problems")))
FACT_ID_ROLE = Qt.ItemDataRole.UserRole + 2
SORTS = (("kind", N_("kind")), ("confidence", N_("confidence")), ("position", N_("position in the article")))
"""The fact list's orders, in the order "Sort Facts" (F7) steps through them."""


def kind_rank(kind: str) -> int:
    return KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER)


def sort_key(sort: str) -> Any:
    """kind: by kind, then as extracted; confidence: lowest first; position: where the evidence starts
    in the article (facts without evidence last)."""
    if sort == "confidence":
        return lambda f: (f.confidence, f.id)
    if sort == "position":
        return lambda f: (f.evidence[0][0] if f.evidence else float("inf"), f.id)
    return lambda f: (kind_rank(f.kind), f.id)


class FactListModel(BatchedTableModel):
    """Rows are fetched into view in batches (canFetchMore/fetchMore) like the queue's, although a
    document rarely has more than a few dozen facts."""

    BATCH = 100
    COLUMNS = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._facts: list[FactView] = []
        self._visible = 0
        self._problems: dict[int, dict[str, str]] = {}
        self.theme: Theme = LIGHT
        self.sort_name = "kind"

    def set_facts(self, facts: tuple[FactView, ...] | list[FactView]) -> None:
        self.beginResetModel()
        self._facts = sorted(facts, key=sort_key(self.sort_name))
        self._visible = min(len(self._facts), self.BATCH)
        self._problems = {f.id: f.problems() for f in self._facts if f.status != "rejected"}
        self.endResetModel()

    def set_sort(self, sort: str) -> None:
        """Order the rows by `sort` (one of `SORTS`)."""
        self.sort_name = sort
        self.set_facts(self._facts)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        if self._visible:
            self.dataChanged.emit(self.index(0, 0), self.index(self._visible - 1, len(COLUMNS) - 1))

    def update_fact(self, fact: FactView) -> bool:
        """Replace a fact in place; False when it is new or changed kind (the caller resets)."""
        for row, f in enumerate(self._facts):
            if f.id == fact.id:
                if f.kind != fact.kind:
                    return False
                self._facts[row] = fact
                self._problems[fact.id] = fact.problems() if fact.status != "rejected" else {}
                if row < self._visible:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
                return True
        return False

    def set_problems(self, problems: dict[int, dict[str, str]]) -> None:
        self._problems.update(problems)
        if self._visible:
            col = len(COLUMNS) - 1
            self.dataChanged.emit(self.index(0, col), self.index(self._visible - 1, col))

    def fact_at(self, row: int) -> FactView | None:
        return self._facts[row] if 0 <= row < len(self._facts) else None

    def row_of(self, fact_id: int) -> int | None:
        for row, f in enumerate(self._facts):
            if f.id == fact_id:
                while row >= self._visible and self.canFetchMore(QModelIndex()):
                    self.fetchMore(QModelIndex())
                return row
        return None

    def fact_ids(self) -> list[int]:
        return [f.id for f in self._facts]

    def problems_of(self, fact_id: int) -> dict[str, str]:
        return self._problems.get(fact_id, {})

    # --- QAbstractTableModel -------------------------------------------------------------------------
    def _total(self) -> int:
        return len(self._facts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._shown(index):
            return None
        fact = self._facts[index.row()]
        name = COLUMNS[index.column()][0]
        rejected = fact.status == "rejected"
        low = fact.confidence < LOW_CONFIDENCE
        problems = self._problems.get(fact.id, {})
        if role == FACT_ID_ROLE:
            return fact.id
        if role == Qt.ItemDataRole.DisplayRole:
            if name == "kind":
                return kind_text(fact.kind)
            if name == "fact":
                return summary(fact).split(" · ", 1)[-1]
            if name == "confidence":
                return tr("LOW %1", format(fact.confidence, ".2f")) if low else f"{fact.confidence:.2f}"
            if name == "status":
                return fact_status_text(fact.status)
            if name == "problems":
                return tr("%n problem(s)", n=len(problems)) if problems else ""
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if name == "problems" and problems:
                return "\n".join(translated(p) for p in problems.values())
            if name == "confidence" and low:
                return tr("Low confidence: check this fact carefully")
            if name == "fact":
                return summary(fact)
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if name == "kind":
                colours = self.theme.kinds.get(fact.kind)
                return QColor(colours.highlight) if colours else None
            if name == "confidence" and low and not rejected:
                return QColor(self.theme.low_bg)
            if name == "status" and fact.status == "confirmed":
                return QColor(self.theme.ok_bg)
            if name == "status" and fact.status == "edited":
                return QColor(self.theme.edit_bg)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if rejected:
                return QColor(self.theme.muted)
            if name == "kind":
                colours = self.theme.kinds.get(fact.kind)
                return QColor(colours.text) if colours else None
            if name == "problems" or (name == "confidence" and low):
                return QColor(self.theme.problem if name == "problems" else self.theme.low_fg)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if rejected and name == "fact":
                font = QFont()
                font.setStrikeOut(True)
                return font
            if name == "confidence" and low:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and name == "confidence":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
