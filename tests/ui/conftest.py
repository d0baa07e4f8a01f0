"""Fixtures for the review window tests: a database with the seed articles, and the real window."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the helpers beside the tests (import mode: importlib)
from seed_data import load_seeds  # noqa: E402

from app import config
from app.review import Workspace
from app.store import Database

# The default offscreen screen is 800×800, smaller than the window; give it a desktop-sized screen.
if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).with_name('offscreen_screen.json')}"


@pytest.fixture
def seeded_db(sqlite_url: str) -> Iterator[Database]:
    db = Database.open(sqlite_url)
    load_seeds(db)
    yield db
    db.dispose()


@pytest.fixture
def workspace(seeded_db: Database) -> Workspace:
    """The operations over the seeded database, as the window gets them."""
    return Workspace(seeded_db, config.user_name())


@pytest.fixture
def window(qtbot, workspace: Workspace):  # noqa: ANN001, ANN201 - pytest-qt's qtbot; returns MainWindow
    from windows import open_window

    win = open_window(qtbot, workspace)
    yield win
    win.form.flush()
    win.runner.wait(5000)


OFFSCREEN_LIMITS = ("propagateSizeHints", "does not support raise", "does not support grabbing")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform plugin warns that it cannot propagate size hints or raise a window (a
    tooltip raises itself) or grab the keyboard (a popup); that is no fault."""
    for item in items:
        if "tests/ui" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_LIMITS))
