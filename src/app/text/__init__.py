"""Text facts shared by reading and extraction: the Simplified/Traditional character tables and the
conversions and counts made with them.

Depends on nothing else in the app (it sits between `app.domain` and `app.ingest`/`app.extract`). The
tables ship inside this package (`data/`, made from OpenCC's dictionaries by
scripts/make_script_tables.py); a missing or damaged table raises `ScriptTableError` instead of
degrading extraction silently.
"""

from app.text.scripts import (
    ScriptTableError,
    load_table,
    simplified_only,
    to_simplified_table,
    to_traditional,
    to_traditional_table,
    traditional_only,
)

__all__ = [
    "ScriptTableError",
    "load_table",
    "simplified_only",
    "to_simplified_table",
    "to_traditional",
    "to_traditional_table",
    "traditional_only",
]
