"""Fixtures for the ingest tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


@pytest.fixture
def gold(seeds_dir: Path) -> dict[str, dict]:
    return {
        p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((seeds_dir / "gold").glob("*.json"))
    }
