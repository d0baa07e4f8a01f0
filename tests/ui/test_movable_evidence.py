"""Evidence you can move: the current fact's evidence extended or shrunk by word or character from the
keyboard (a Chinese character is one word step), set from the article's selection or given a second
span; the quote in the form, the article's highlight and the stored evidence follow; each move is one
undo step and audited."""

from __future__ import annotations

import re
from pathlib import Path

from apply_helpers import cell, export_all
from keys import CTRL, SHIFT, press, type_text
from PySide6.QtCore import Qt

from app.store import Database
from app.store.services import audit, queue, review

ALT = Qt.KeyboardModifier.AltModifier


def stored_evidence(db: Database, document_id: int, fact_id: int) -> tuple[tuple[int, int], ...]:
    with db.session() as s:
        fact = review.load(s, document_id).fact(fact_id)
    assert fact is not None
    return fact.evidence


def highlighted(win) -> list[tuple[int, int]]:  # noqa: ANN001
    """The spans the article underlines (the current fact's evidence), in display-text offsets."""
    view = win.article.view
    return [(view._offsets.to_py(s.cursor.selectionStart()), view._offsets.to_py(s.cursor.selectionEnd()))
            for s in view.extraSelections() if s.format.fontUnderline() and s.format.background().color().alpha()
            and s.cursor.hasSelection()]


def open_fact(qtbot, win, db: Database, language: str):  # noqa: ANN001, ANN201
    with db.session() as s:
        doc_id = next(d for d in queue.ids(s) if review.load(s, d).language.startswith(language))
    win.queue.select_document(doc_id)
    qtbot.waitUntil(lambda: win.controller.document is not None and win.controller.document.id == doc_id)
    press(win, Qt.Key.Key_3, CTRL)
    doc = win.controller.document
    for _ in doc.facts:  # the first fact whose evidence is one span
        fact = doc.fact(win.form.current)
        if fact is not None and len(fact.evidence) == 1:
            return doc, fact
        press(win, Qt.Key.Key_Down, CTRL)
    raise AssertionError("no fact with one evidence span")


def test_evidence_grows_and_shrinks_by_word_and_character(qtbot, window, seeded_db: Database) -> None:
    win = window
    win.activateWindow()
    doc, fact = open_fact(qtbot, win, seeded_db, "en")
    text = doc.display_text
    (start, end), = fact.evidence

    press(win, Qt.Key.Key_Right, ALT | SHIFT)  # one word further
    (s1, e1), = stored_evidence(seeded_db, doc.id, fact.id)
    assert s1 == start and re.fullmatch(r"\W*\w+", text[end:e1])  # the next word, with what came before it
    assert (s1, e1) in highlighted(win)
    assert " ".join(text[s1:e1].split()) in win.form.card.quote.text()

    press(win, Qt.Key.Key_Right, CTRL | ALT | SHIFT)  # one character further
    assert stored_evidence(seeded_db, doc.id, fact.id) == ((start, e1 + 1),)
    press(win, Qt.Key.Key_Left, CTRL | ALT | SHIFT)
    press(win, Qt.Key.Key_Left, ALT | SHIFT)  # back a word: where it was
    assert stored_evidence(seeded_db, doc.id, fact.id) == ((start, end),)

    with seeded_db.session() as s:
        moves = [e for e in audit.events(s, fact_id=fact.id) if e.field == "evidence"]
    assert len(moves) == 4 and all(e.user == "tester" for e in moves)

    for _ in range(4):  # each move is its own undo step
        press(win, Qt.Key.Key_Z, CTRL)
    assert stored_evidence(seeded_db, doc.id, fact.id) == ((start, end),)
    press(win, Qt.Key.Key_Z, CTRL | SHIFT)
    assert stored_evidence(seeded_db, doc.id, fact.id) == ((s1, e1),)


def test_a_chinese_character_is_one_word_step(qtbot, window, seeded_db: Database) -> None:
    win = window
    win.activateWindow()
    doc, fact = open_fact(qtbot, win, seeded_db, "zh")
    text = doc.display_text
    (start, end), = fact.evidence
    press(win, Qt.Key.Key_Right, ALT | SHIFT)
    (s1, e1), = stored_evidence(seeded_db, doc.id, fact.id)
    word = re.fullmatch(r"\W*(\w+)", text[end:e1])
    assert s1 == start and word is not None
    assert len(word.group(1)) == 1 or word.group(1).isascii()  # a Chinese character is one step
    press(win, Qt.Key.Key_Up, ALT | SHIFT)  # the start one word earlier
    (s2, e2), = stored_evidence(seeded_db, doc.id, fact.id)
    assert e2 == e1 and s2 < start
    assert text[s2:e1].strip() in win.form.card.quote.text()


def test_evidence_is_set_from_the_selection_and_gets_a_second_span(qtbot, window, seeded_db: Database,
                                                                   tmp_path: Path) -> None:
    win = window
    win.activateWindow()
    doc, fact = open_fact(qtbot, win, seeded_db, "en")
    text = doc.display_text
    (start, end), = fact.evidence
    word = next(w for w in re.findall(r"[A-Z][a-z]{4,}", text) if not start <= text.index(w) < end + 2)
    press(win, Qt.Key.Key_F, CTRL)  # find selects the word in the article
    type_text(win, word)
    press(win, Qt.Key.Key_Escape)
    press(win, Qt.Key.Key_3, CTRL)
    selected = win.article.view.selection_span()
    assert selected is not None and text[selected[0]:selected[1]].lower() == word.lower()

    press(win, Qt.Key.Key_H, CTRL | SHIFT)  # one more span
    both = stored_evidence(seeded_db, doc.id, fact.id)
    assert both == tuple(sorted((*fact.evidence, selected)))  # the word lies outside the fact's evidence
    assert " … " in win.form.card.quote.text()
    press(win, Qt.Key.Key_G, CTRL | SHIFT)  # the selection is the evidence
    assert stored_evidence(seeded_db, doc.id, fact.id) == (selected,)
    assert selected in highlighted(win)
    book = export_all(seeded_db, tmp_path / "evidence.xlsx")  # the workbook's quote follows
    sheet = {"indicator": "Indicators", "project": "Projects", "target": "Targets", "person": "People"}[fact.kind]
    assert cell(book, sheet, fact.id, "Evidence") == text[selected[0]:selected[1]]
    press(win, Qt.Key.Key_Z, CTRL)
    press(win, Qt.Key.Key_Z, CTRL)
    assert stored_evidence(seeded_db, doc.id, fact.id) == fact.evidence
