"""Everything that imports Qt. `run_gui(url)` opens the review window on a database."""

from __future__ import annotations


def run_gui(db_url: str, opening: object = None) -> int:
    """`opening` is the window `app.launch` already painted, if it did."""
    from app.ui.startup import OpeningWindow, paint_first

    if not isinstance(opening, OpeningWindow):
        opening = paint_first()  # the panes are on screen before the database code is imported
    from app.ui.application import run

    return run(db_url, opening)
