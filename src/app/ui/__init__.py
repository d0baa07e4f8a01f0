"""Everything that imports Qt. `run_gui(url)` opens the review window on a database."""

from __future__ import annotations


def run_gui(db_url: str, opening: object = None, *, team_at_start: bool = False) -> int:
    """`opening` is the window `app.launch` already painted, if it did; `team_at_start`: open the team
    database the window was last on, if it was (else `db_url`)."""
    from app.ui.startup import OpeningWindow, paint_first

    if not isinstance(opening, OpeningWindow):
        opening = paint_first()  # the panes are on screen before the database code is imported
    from app.ui.application import run

    return run(db_url, opening, team_at_start=team_at_start)
