"""Back where you were: the queue's sort and filter and the selected fact, saved with the window's
settings (typed options in app.settings) and restored on the next start, before the queue's first
query runs (the document and the pane sizes are restored by the window itself)."""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from app.domain.queue import QueueFilter
from app.settings import Settings
from app.ui.queue_model import COLUMN, UNSORTABLE

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def filter_json(flt: QueueFilter) -> str:
    return json.dumps({
        "statuses": list(flt.statuses), "languages": list(flt.languages), "region": flt.region,
        "published_from": flt.published_from.isoformat() if flt.published_from else None,
        "published_to": flt.published_to.isoformat() if flt.published_to else None,
        "search": flt.search,
    }, ensure_ascii=False)


def filter_from_json(text: str | None) -> QueueFilter:
    """The saved filter; anything unreadable in it reads as "any" (a damaged setting never stops a start)."""
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return QueueFilter()
    if not isinstance(data, dict):
        return QueueFilter()

    def day(value: Any) -> date | None:
        try:
            return date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            return None

    def names(value: Any) -> tuple[str, ...]:
        return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()

    region, search = data.get("region"), data.get("search")
    return QueueFilter(statuses=names(data.get("statuses")), languages=names(data.get("languages")),
                       region=region if isinstance(region, str) else None,
                       published_from=day(data.get("published_from")), published_to=day(data.get("published_to")),
                       search=search if isinstance(search, str) else "")


def saved(w: MainWindow) -> dict[str, Any]:
    """The settings to write: the current fact, the queue's sort and filter."""
    sort = w.queue.model.sort_order
    doc = w.controller.document
    return {
        "window_last_fact": w.form.current if doc is not None else None,
        "window_queue_sort": sort.column + (" desc" if sort.descending else ""),
        "window_queue_filter": filter_json(w.queue.model.filter),
    }


def restore_queue(w: MainWindow, settings: Settings) -> None:
    """Put the saved filter in the filter widgets and the saved sort on the header; the model is still
    held, so this only sets what its first query will ask."""
    queue = w.queue
    flt = filter_from_json(settings.window_queue_filter)
    queue.search.blockSignals(True)
    queue.search.setText(flt.search)
    queue.search.blockSignals(False)
    for combo, value in ((queue.status, flt.statuses or None), (queue.language, flt.languages[0] if flt.languages
                                                                 else None), (queue.region, flt.region)):
        index = next((i for i in range(combo.count())
                      if (tuple(combo.itemData(i) or ()) if combo is queue.status else combo.itemData(i)) == value),
                     0)
        combo.setCurrentIndex(index)
    queue.date_from.set_value(flt.published_from, quiet=True)
    queue.date_to.set_value(flt.published_to, quiet=True)
    queue.apply_filter()
    column, _, direction = (settings.window_queue_sort or "").partition(" ")
    if column in COLUMN and column not in UNSORTABLE:  # (the default order, by id, has no column)
        order = Qt.SortOrder.DescendingOrder if direction == "desc" else Qt.SortOrder.AscendingOrder
        queue.table.horizontalHeader().setSortIndicator(COLUMN[column], order)


def restore_fact(w: MainWindow, settings: Settings) -> None:
    """Select the saved fact when the saved document is the one open."""
    doc = w.controller.document
    fact = settings.window_last_fact
    if doc is not None and doc.id == settings.window_last_document and fact in w.form.order:
        w.form.set_current(fact, focus=False)
        w.article.view.set_current_fact(fact)
