"""Entry point of the frozen bundle: the same as the `factdesk` command."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
