"""Facts and fields from the article's selection: New Fact from Selection (Ctrl+N) asks the extractor
what the selected span says, else guesses the number, else fills the current kind's main field; Fill
Field from Selection (Ctrl+I) puts the selected words into the field the cursor was last in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.numbers import parse_number
from app.domain.schema import FactDraft, Kind, Span
from app.domain.views import DocumentView
from app.ui.i18n import tr

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def add_fact_from_selection(window: MainWindow) -> None:
    doc = window.controller.document
    span = window.article.view.selection_span()
    if doc is None or span is None:
        window.message(tr("Select the evidence in the article first (it must not be the raw text)."))
        return
    window.form.flush()
    start, end = span
    draft = _draft_for(window, doc, start, end)
    fact_id = window.controller.add_fact(draft)
    if fact_id is not None:
        window.form.set_current(fact_id)
        window.article.view.set_current_fact(fact_id, scroll=False)
        window.message(tr("Fact added from the selection"))

def _draft_for(window: MainWindow, doc: DocumentView, start: int, end: int) -> FactDraft:
    """What the extractor makes of the selection; without one, a fact of the current kind with the
    selected number or name filled in. The evidence is the selection either way."""
    text = doc.display_text
    draft: FactDraft | None = None
    from app.extract import extract_selection  # the extractors load when first wanted, not at start-up

    try:
        draft = extract_selection(text, start, end, doc.language, doc.published)
    except Exception as exc:  # noqa: BLE001 - a failing extractor must not stop the analyst
        window.message(tr("The extractor failed on this selection: %1", exc))
    if draft is None:
        from app.extract.guess import guess_fact

        draft = guess_fact(text[start:end])  # the number, its multiplier and unit by the same rules
    if draft is None:
        current = doc.fact(window.form.current) if window.form.current is not None else None
        kind = Kind(current.kind) if current is not None else Kind.INDICATOR
        selected = text[start:end].strip()
        number = parse_number(selected)
        fields: dict[str, str | None] = {}
        if kind is Kind.PERSON:
            fields["name"] = selected
        elif number is None:
            fields["project" if kind is Kind.PROJECT else "indicator"] = selected
        draft = FactDraft(kind=kind, fields=fields, value=number, unit=None, confidence=1.0)
    draft.evidence = [Span(start, end)]
    draft.origin = "analyst"
    return draft

def fill_field_from_selection(window: MainWindow) -> None:
    editor = window.form.target_editor()
    selected = window.article.view.textCursor().selectedText().replace("\u2029", " ").strip()
    if editor is None or not selected:
        window.message(tr("Select text in the article and put the cursor in a field first."))
        return
    editor.fill(selected)
    editor.setFocus()
