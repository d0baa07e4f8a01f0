"""Fixtures for the ingest tests; the file builders themselves live in tests/support/fixture_files.py."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from fixture_files import minimal_pdf as _minimal_pdf
from fixture_files import write_zip_bomb_docx as _write_zip_bomb_docx


@pytest.fixture
def gold(seeds_dir: Path) -> dict[str, dict]:
    return {
        p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((seeds_dir / "gold").glob("*.json"))
    }


@pytest.fixture
def minimal_pdf() -> Callable[[list[str]], bytes]:
    return _minimal_pdf


@pytest.fixture
def write_zip_bomb_docx() -> Callable[..., None]:
    return _write_zip_bomb_docx
