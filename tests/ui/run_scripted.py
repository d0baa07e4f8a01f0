"""Launch the real window on a database and play a keystroke script through it (see
scripted_session.py): the test-side replacement of the product's old $FACTDESK_UI_SCRIPT hook, so the
product never loads QtTest. Usage: python run_scripted.py DB_URL SCRIPT_JSON"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from scripted_session import run_script  # noqa: E402

from app.review import open_workspace  # noqa: E402
from app.ui.application import create_application, create_window  # noqa: E402


def main(url: str, script: str) -> int:
    app = create_application()
    workspace = open_workspace(url)
    window = create_window(workspace)
    window.show()
    run_script(window, script)
    code = app.exec()
    workspace.close()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
