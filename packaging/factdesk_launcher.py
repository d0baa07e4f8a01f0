"""Entry point of the frozen bundle: the same as the `factdesk` command."""

import multiprocessing
import sys

from app.launch import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # import's worker processes start this executable again
    sys.exit(main())
