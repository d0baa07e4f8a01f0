"""Start-up stays light: opening the window loads neither the readers, the extractors nor the
workbook writer (they load in a worker thread when an import, extraction or export runs)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"
HEAVY = ("trafilatura", "pypdf", "docx", "openpyxl", "opencc", "lxml", "alembic", "app.extract", "app.ingest",
         "app.export", "app.workflows.importing", "app.workflows.exporting")

PROGRAM = """
import json, sys, time
from PySide6.QtWidgets import QApplication
from app.review import open_workspace
from app.ui.application import create_application, create_window
create_application()
window = create_window(open_workspace(sys.argv[1], "tester"))
window.show()
end = time.monotonic() + 1.0
while time.monotonic() < end:
    QApplication.processEvents()
    time.sleep(0.01)
window.overlay  # the F1 overlay is built on demand
heavy = set(json.loads(sys.argv[2]))
print(json.dumps(sorted(m for m in sys.modules if m in heavy)))
window.close()
"""


def test_the_window_opens_without_loading_the_heavy_parts(tmp_path: Path, seeded_db) -> None:  # noqa: ANN001
    env = dict(os.environ)
    env.update({"PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen", "FACTDESK_DATA_DIR": str(tmp_path)})
    out = subprocess.run([sys.executable, "-c", PROGRAM, str(seeded_db.engine.url), json.dumps(HEAVY)],
                         capture_output=True, text=True, env=env, timeout=120, check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []
