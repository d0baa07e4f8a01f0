"""The `factdesk` command's entry point. When the command opens the review window (no sub-command,
at most `--db URL`), the window's panes are painted before the command line's own modules (argparse,
logging, the log set-up) are imported, so a launch shows the window as early as a bare Qt window
would; everything else goes straight to `app.cli.main`."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def opens_window(args: Sequence[str]) -> bool:
    """Only the plain launches: `factdesk`, `factdesk --db URL`, `factdesk --db=URL`."""
    return (not args or (len(args) == 2 and args[0] == "--db" and not args[1].startswith("-"))
            or (len(args) == 1 and args[0].startswith("--db=")))


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    opening = None
    if opens_window(args):
        from app.ui.startup import paint_first

        opening = paint_first()
    from app.cli import main as cli_main

    return cli_main(args, opening=opening)
