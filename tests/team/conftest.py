"""Fixtures of the team tests: a team database on the test PostgreSQL server (skipped, saying why,
without one) and its logins."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from team_support import PG_ENV, TeamServer


@pytest.fixture
def team_server() -> Iterator[TeamServer]:
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"team tests need a PostgreSQL server: set {PG_ENV} (.ci/run starts one)")
    server = TeamServer(base)
    server.setup()
    try:
        yield server
    finally:
        server.teardown()
