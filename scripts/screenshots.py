#!/usr/bin/env python3
"""Screenshots of the review window for the README, taken in a real X server (Xvfb): light and dark,
an English and a Chinese article, and the shortcut overlay, into docs/screenshots/; and the window
with its Simplified Chinese UI (FACTDESK_LANG=zh_CN).

    python scripts/screenshots.py            # starts its own Xvfb (a free display) when there is no $DISPLAY
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"


def child(theme: str, db_path: Path, ui_language: str) -> None:
    sys.path[:0] = [str(ROOT / "src")]
    from PySide6.QtWidgets import QApplication

    from app.review import Workspace
    from app.store import Database
    from app.ui.application import create_application, create_window

    create_application()
    db = Database.open(f"sqlite:///{db_path}")
    window = create_window(Workspace(db, "analyst"))
    window.resize(1500, 900)
    window.show()

    def settle() -> None:
        for _ in range(10):
            QApplication.processEvents()
            time.sleep(0.03)
        while window.queue.model.loading:
            QApplication.processEvents()
            time.sleep(0.01)

    settle()
    prefix = theme if ui_language == "en" else f"{theme}-ui-{ui_language.replace('_', '-').lower()}"

    def shoot(name: str) -> None:
        settle()
        path = OUT / f"{prefix}-{name}.png"
        window.grab().save(str(path))
        print(path)

    def show(language_prefix: str) -> None:
        ids = window.queue.model.ids()
        rows = window.workspace.queue_rows(ids)
        for row, doc_id in enumerate(ids):
            if rows[doc_id].language.startswith(language_prefix):
                window.queue.select_row(row)
                break
        window.form.step(1)
        window.form.step(1)
        window.focus_form()

    if ui_language == "en":
        show("en")
        shoot("english")
    window.queue.search.setText("招商引资")  # Simplified: finds the Traditional article, matches highlighted
    window.queue.apply_filter()
    settle()
    show("zh")
    shoot("chinese")
    window.queue.clear_filter()  # the next run restores the window's state: leave it unfiltered
    settle()
    window.show_shortcuts()
    shoot("shortcuts")
    window.close()
    db.dispose()
    os._exit(0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--child", nargs=3, metavar=("THEME", "DB", "LANG"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]), args.child[2])
        return 0
    sys.path[:0] = [str(ROOT / "src")]
    from app.store import Database
    from app.workflows.importing import demo_corpus_dir, import_paths

    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="factdesk-shots-"))
    db_path = work / "shots.sqlite3"
    db = Database.open(f"sqlite:///{db_path}")
    import_paths(db, [demo_corpus_dir()], "importer")
    db.dispose()
    xvfb = None
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        # -displayfd: Xvfb picks a display number nobody uses and writes it to the pipe when ready
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1600x1000x24"],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        assert xvfb.stdout is not None
        env["DISPLAY"] = ":" + xvfb.stdout.readline().strip()
    env["QT_QPA_PLATFORM"] = "xcb"
    env["FACTDESK_DATA_DIR"] = str(work / "data")
    env["FACTDESK_USER"] = "analyst"
    (work / "data").mkdir()
    try:
        for theme, language in (("light", "en"), ("dark", "en"), ("light", "zh_CN")):
            env["FACTDESK_THEME"] = theme
            env["FACTDESK_LANG"] = language
            subprocess.run([sys.executable, __file__, "--child", theme, str(db_path), language], env=env, check=True)
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(10)
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
