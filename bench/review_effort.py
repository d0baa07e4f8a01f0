#!/usr/bin/env python3
"""Review effort: replays a keyboard-only review of the five seed documents, from the extractor's
suggestions to the gold in seeds/gold/, in the real window (offscreen), and counts every key press.

The seeds are imported into a fresh SQLite database in a private data folder; the window is the one
the application shows. The policy is fixed, the same for every document:

  1. Ctrl+Shift+A confirms every suggestion at or above the confirm threshold (85 %);
  2. the fact list is walked top to bottom with Ctrl+Down / Ctrl+Up to each fact that still needs
     something: a wrong fact (no gold fact has its unit and value, or a person the gold does not
     name) is rejected with Ctrl+Shift+X; a fact whose investor differs from the gold gets it typed
     (Tab to the field, Ctrl+A, the text — each character one key press, Chinese as an input-method
     commit of that many characters — and Return); a right suggestion below the threshold is
     confirmed with Ctrl+Shift+C (confirming and rejecting step to the next fact by themselves);
  3. Ctrl+Return approves the document and goes to the next.

Matching uses tools/score_extraction.py's rules (same unit, value within 0.5 %, percentages within
0.051; investors compared after the display text's cleaning, either containing the other). Gold facts the
extractor did not find would have to be added by hand; they are counted and reported, not replayed.

Printed: key presses per fact (all facts, and the facts whose suggestion was right), seconds per
document, and the key presses for a high-confidence document (every suggestion right and at or
above the threshold) fully confirmed and approved, counted from the queue. None of the five seeds is
one, so the same replay also runs on the project's annotated test articles (tests/extract/articles,
.txt with gold .json in the same format), imported into a second database: each article whose
suggestions are all right, at or above the threshold, with nothing missed and a published date, is
reviewed from the queue the same way and its key presses printed.

    python bench/review_effort.py
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.ingest import clean_text

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "src" / "app" / "seeds"
ARTICLES = ROOT / "tests" / "extract" / "articles"
sys.path.insert(0, str(ROOT / "tools"))
from score_extraction import investor_key, norm, same_value  # noqa: E402 - the scorer's matching rules


@dataclass
class Plan:
    """What the policy does with each fact of one document, by fact id."""

    reject: set[int] = field(default_factory=set)
    investor: dict[int, str] = field(default_factory=dict)  # fact id → the gold investor to type
    right: set[int] = field(default_factory=set)  # the suggestion is right as it stands
    missing: int = 0


def plan_for(doc: Any, gold: dict[str, Any]) -> Plan:
    plan = Plan()
    used: set[int] = set()
    numeric = [f for f in doc.facts if f.unit and f.value is not None]
    for g in gold["facts"]:
        candidates = [f for f in numeric if f.id not in used and f.unit == g["unit"]
                      and same_value(g["unit"], f.value, g["value"])]
        same_kind = [f for f in candidates if f.kind == g["kind"]]
        chosen = (same_kind or candidates)[:1]
        if not chosen:
            plan.missing += 1
            continue
        fact = chosen[0]
        used.add(fact.id)
        if fact.kind != g["kind"]:
            raise SystemExit(f"fact {fact.id} is a {fact.kind}, the gold a {g['kind']}: the policy types no kinds")
        wanted, have = investor_key(g.get("investor")), investor_key(fact.fields.get("investor"))
        if wanted and not (have and (wanted in have or have in wanted)):
            plan.investor[fact.id] = clean_text(g["investor"])[0]  # as the article shows it (no pinyin)
        else:
            plan.right.add(fact.id)
    names = [norm(p["name"]) for p in gold.get("people", [])]
    for f in doc.facts:
        if f.id in used:
            continue
        if f.kind == "person" and any(n and n in norm(f.fields.get("name")) for n in names):
            plan.right.add(f.id)
        else:
            plan.reject.add(f.id)
    return plan


class Keys:
    """Key presses into the window, counted; text arrives key by key, or as an input-method commit
    counted as one press per character."""

    def __init__(self, window: Any) -> None:
        from PySide6.QtWidgets import QApplication

        self.window, self.app, self.count = window, QApplication, 0

    def press(self, key: Any, modifiers: Any = None) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        target = self.app.focusWidget() or self.window
        QTest.keyClick(target, key, modifiers if modifiers is not None else Qt.KeyboardModifier.NoModifier)
        self.app.processEvents()
        self.count += 1

    def type(self, text: str) -> None:
        from PySide6.QtGui import QInputMethodEvent
        from PySide6.QtTest import QTest

        target = self.app.focusWidget() or self.window
        if text.isascii():
            QTest.keyClicks(target, text)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(text)
            self.app.sendEvent(target, event)
        self.app.processEvents()
        self.count += len(text)


def review_document(win: Any, keys: Keys, plan: Plan, threshold: float) -> None:
    from PySide6.QtCore import Qt

    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    doc = win.controller.document
    if any(f.status == "suggested" and f.confidence >= threshold for f in doc.facts):
        keys.press(Qt.Key.Key_A, ctrl | shift)
    todo = lambda f: (f.id in plan.reject and f.status != "rejected") or f.id in plan.investor or (  # noqa: E731
        f.id in plan.right and f.status == "suggested")
    while True:
        doc = win.controller.document
        order = win.form.order
        pending = [i for i in order if todo(doc.fact(i))]
        if not pending:
            break
        target = pending[0]
        here = order.index(win.form.current) if win.form.current in order else 0
        step = Qt.Key.Key_Down if order.index(target) > here else Qt.Key.Key_Up
        for _ in range(abs(order.index(target) - here)):
            keys.press(step, ctrl)
        assert win.form.current == target, (win.form.current, target)
        if target in plan.reject:
            keys.press(Qt.Key.Key_X, ctrl | shift)
        elif target in plan.investor:
            editors = win.form.card.editors()
            investor = win.form.card.rows.editors["investor"]
            if not investor.hasFocus():
                focused = next((i for i, e in enumerate(editors) if e.hasFocus()), None)
                if focused is None:
                    keys.press(Qt.Key.Key_3, ctrl)  # into the form: the card's first field
                    focused = next(i for i, e in enumerate(editors) if e.hasFocus())
                for _ in range(editors.index(investor) - focused):
                    keys.press(Qt.Key.Key_Tab)
            keys.press(Qt.Key.Key_A, ctrl)
            keys.type(plan.investor.pop(target))
            keys.press(Qt.Key.Key_Return)
        else:
            keys.press(Qt.Key.Key_C, ctrl | shift)
    reviewed = win.controller.document.id
    keys.press(Qt.Key.Key_Return, ctrl)
    doc = win.controller.document
    if doc.id == reviewed and doc.status != "approved" and doc.problems():
        # refused for want of a published date (relative periods): the window has put the cursor in
        # the Published field; type the article's date and approve again
        keys.type(article_date(doc.display_text))
        keys.press(Qt.Key.Key_Return)
        keys.press(Qt.Key.Key_Return, ctrl)


def high_confidence(tmp: Path, threshold: float, create_window: Any, workspace: Any, database: Any,
                    import_paths: Any) -> list[tuple[str, int]]:
    """(article, key presses) for each test article whose every suggestion is right and at or above the
    threshold, nothing missed, with a published date: reviewed from the queue by the same policy."""
    from PySide6.QtCore import Qt

    db = database.open(f"sqlite:///{tmp / 'high.sqlite'}")
    summary = import_paths(db, sorted(ARTICLES.glob("*.txt")), "importer")
    ids = {Path(path).stem: doc_id for path, doc_id in summary.imported}
    win = create_window(workspace(db, "bench"))
    win.show()
    deadline = time.monotonic() + 20
    while win.queue.model.loading and time.monotonic() < deadline:
        win.repaint()
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()
    keys = Keys(win)
    out = []
    for stem, doc_id in sorted(ids.items()):
        doc = win.workspace.document(doc_id)
        gold_path = ARTICLES / f"{stem}.json"
        if not gold_path.exists() or doc.published is None or not doc.facts:
            continue
        try:
            plan = plan_for(doc, json.loads(gold_path.read_text(encoding="utf-8")))
        except SystemExit:  # a fact of another kind than the gold's: not a document whose suggestions are right
            continue
        if plan.reject or plan.investor or plan.missing or any(f.confidence < threshold for f in doc.facts):
            continue
        win.activateWindow()
        if not win.queue.select_document(doc_id):  # getting there is not part of the document's review
            continue
        before = keys.count
        review_document(win, keys, plan, threshold)
        if win.workspace.document(doc_id).status == "approved":
            out.append((stem, keys.count - before))
        keys.press(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    win.close()
    db.dispose()
    return out


DATE_PATTERNS = (
    (re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日"), lambda m: (m[1], m[2], m[3])),
    (re.compile(r"(\d{4})-(\d{2})-(\d{2})"), lambda m: (m[1], m[2], m[3])),
)


def article_date(text: str) -> str:
    """The published date the policy types: the article's first full date, else 1 January of the first
    year it names (as an analyst would date an undated report by its plan year)."""
    for pattern, parts in DATE_PATTERNS:
        found = pattern.search(text)
        if found:
            year, month, day = parts(found)
            return f"{year}-{int(month):02d}-{int(day):02d}"
    year = re.search(r"(?<!\d)(19|20)\d{2}(?!\d)", text)
    return f"{year[0] if year else '2021'}-01-01"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="factdesk-effort-") as tmp:
        os.environ["FACTDESK_DATA_DIR"] = tmp
        os.environ["FACTDESK_USER"] = "bench"
        from app import config
        from app.review import Workspace
        from app.store import Database
        from app.ui.application import create_application, create_window
        from app.workflows.importing import import_paths

        db = Database.open(f"sqlite:///{Path(tmp) / 'effort.sqlite'}")
        summary = import_paths(db, sorted(SEEDS.glob("*.txt")), "importer")
        ids = {Path(path).stem: doc_id for path, doc_id in summary.imported}
        golds = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((SEEDS / "gold").glob("*.json"))}
        threshold = config.load_settings().review_confirm_threshold / 100
        app = create_application()
        win = create_window(Workspace(db, "bench"))
        win.show()
        deadline = time.monotonic() + 20
        while win.queue.model.loading and time.monotonic() < deadline:
            app.processEvents()
        keys = Keys(win)
        from PySide6.QtCore import Qt

        rows = []
        all_right_docs = []
        for stem, gold in golds.items():
            doc_id = ids[stem]
            win.activateWindow()
            before = keys.count
            started = time.perf_counter()
            keys.press(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # the queue
            while win.queue.current_id() != doc_id:  # the next document in the queue's order
                keys.press(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
            doc = win.controller.document
            plan = plan_for(doc, gold)
            if not plan.reject and not plan.investor and all(f.confidence >= threshold for f in doc.facts):
                all_right_docs.append(stem)
            fixed = len(plan.investor)
            review_document(win, keys, plan, threshold)
            seconds = time.perf_counter() - started
            status = win.workspace.document(doc_id).status
            facts = len(doc.facts)
            right = len(plan.right)
            rows.append((stem, facts, right, len(plan.reject), fixed, keys.count - before, seconds, status,
                         plan.missing))
        win.close()
        db.dispose()
        high = high_confidence(Path(tmp), threshold, create_window, Workspace, Database, import_paths)

    print(f"{'document':26} facts right reject fix  keys  keys/fact  seconds  status    missed")
    total_facts = total_keys = 0
    for stem, facts, right, rejected, fixed, k, seconds, status, missing in rows:
        total_facts += facts
        total_keys += k
        print(f"{stem:26} {facts:5} {right:5} {rejected:6} {fixed:3} {k:5} {k / facts:9.2f} {seconds:8.2f}  "
              f"{status:9} {missing}")
    clean = [r for r in rows if r[3] == 0 and r[4] == 0]
    print(f"keystrokes per fact: {total_keys / total_facts:.2f} ({total_keys} keys, {total_facts} facts)")
    if clean:
        print(f"keystrokes per fact when the suggestions are right: "
              f"{sum(r[5] for r in clean) / sum(r[1] for r in clean):.2f} ({len(clean)} document(s))")
    print(f"seconds per document: {sum(r[6] for r in rows) / len(rows):.2f}")
    print("high-confidence document fully confirmed and approved: "
          + (", ".join(f"{r[0]} {r[5]} keys" for r in rows if r[0] in all_right_docs)
             or "none of the seeds has every suggestion right and at or above the threshold"))
    if high:
        counts = sorted(k for _, k in high)
        print(f"high-confidence test articles ({len(high)} of {len(list(ARTICLES.glob('*.txt')))}) fully confirmed "
              f"and approved from the queue: {counts[0]}–{counts[-1]} keys each "
              f"({', '.join(f'{name} {k}' for name, k in high[:5])}{' …' if len(high) > 5 else ''})")
    return 0 if all(r[7] == "approved" for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
