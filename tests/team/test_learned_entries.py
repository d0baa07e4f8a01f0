"""Learning from corrections on a team database: an analyst's own login corrects a project's investor
(which writes a learned entry) and every other login reads and may forget the entry — the grants of
`factdesk admin init-team` cover `learned_entries`."""

from __future__ import annotations

import pytest
from team_support import TeamServer

from app.domain.schema import Kind
from app.review import open_workspace

pytestmark = pytest.mark.postgres

INVESTOR = "中创新航科技集团股份有限公司"


def test_an_analyst_login_teaches_the_team(team_server: TeamServer) -> None:
    (doc_id,) = team_server.sample()
    analyst, other = team_server.login("analyst"), team_server.login("analyst")
    ws = open_workspace(team_server.url(analyst))
    try:
        fact = next(f for f in ws.document(doc_id).facts if f.unit == "CNY")
        ws.edit_fact(fact.id, {"kind": Kind.PROJECT.value, "investor": INVESTOR}, expected_version=fact.version)
    finally:
        ws.close()
    ws = open_workspace(team_server.url(other))
    try:
        (row,) = [r for r in ws.knowledge("中创") if r.value == INVESTOR]
        assert row.user == analyst and row.fact_id == fact.id
        ws.delete_knowledge(row.entry_id)
        assert not [r for r in ws.knowledge("中创") if r.value == INVESTOR]
    finally:
        ws.close()
