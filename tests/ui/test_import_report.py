"""After an import from the window, a report lists each failed and skipped file with its reason, in the
words `factdesk import` prints, copyable from the keyboard (Ctrl+C, the Copy button)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from keys import CTRL, focused, press
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

SRC = Path(__file__).resolve().parents[2] / "src"
ARTICLE = "Baotou signed 455 projects worth 579.9 billion yuan in 2021, the mayor said on Monday.\n"


def _folder(tmp_path: Path) -> Path:
    folder, outside = tmp_path / "in", tmp_path / "elsewhere"
    folder.mkdir()
    outside.mkdir()
    (folder / "good.txt").write_text(ARTICLE, "utf-8")
    (folder / "empty.txt").write_text("", "utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (outside / "other.txt").write_text(ARTICLE.replace("455", "456"), "utf-8")
    (folder / "link.txt").symlink_to(outside / "other.txt")
    return folder


def _cli_lines(folder: Path, tmp_path: Path) -> list[str]:
    env = dict(os.environ, PYTHONPATH=str(SRC), FACTDESK_LANG="en")
    run = subprocess.run([sys.executable, "-m", "app", "import", str(folder), "--db", str(tmp_path / "cli.sqlite3")],
                         env=env, capture_output=True, text=True, timeout=300)
    return [line for line in run.stderr.splitlines() if line.strip()]


def test_the_report_lists_failed_and_skipped_files_like_the_cli(qtbot, window, tmp_path: Path) -> None:
    win = window
    folder = _folder(tmp_path)
    expected = _cli_lines(folder, tmp_path)
    assert len(expected) == 3 and any(line.startswith("skipped") for line in expected)
    assert win.start_import([folder])
    qtbot.waitUntil(lambda: win.import_report is not None, timeout=60_000)
    report = win.import_report
    qtbot.waitUntil(report.isVisible)
    assert sorted(report.lines()) == sorted(expected)  # the same words as the command line
    assert report.heading.text().startswith("Imported 1, duplicates 0, failed 2")
    assert "skipped 1" in report.heading.text()

    assert focused(win) is report.list
    press(report, Qt.Key.Key_Down)
    press(report, Qt.Key.Key_C, CTRL)  # the selected line
    assert QApplication.clipboard().text() == report.list.currentItem().text() + "\n"
    QApplication.clipboard().clear()
    report.list.clearSelection()
    press(report, Qt.Key.Key_C, CTRL)  # nothing selected: everything
    assert QApplication.clipboard().text().splitlines()[1:] == report.lines()
    QApplication.clipboard().clear()
    while focused(report) is not report.copy_button:
        press(report, Qt.Key.Key_Tab)
    press(report, Qt.Key.Key_Space)
    copied = QApplication.clipboard().text().splitlines()
    assert copied[0] == report.heading.text() and copied[1:] == report.lines()
    press(report, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: win.import_report is None)
