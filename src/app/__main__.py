"""`python -m app` is the same as the `factdesk` command."""

import sys

from app.launch import main

if __name__ == "__main__":
    sys.exit(main())
