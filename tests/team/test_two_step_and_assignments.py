"""Two-step review through the application with real logins (the analyst marks ready and cannot
approve; a reviewer approves; a reviewer cannot approve what they last changed), and assignments
(by selection and by the queue's filter, "Assigned to me", the workbook's Assignee column read back
with openpyxl)."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_helpers import read_sheet
from team_support import TeamServer

from app.domain.errors import StoreError
from app.domain.queue import QueueFilter
from app.domain.records import ExportFilter
from app.review import open_workspace
from app.store.services import audit

pytestmark = pytest.mark.postgres


def test_two_step_review(team_server: TeamServer, cli) -> None:
    doc, second = team_server.sample(2)
    setting = cli("admin", "set", "review=two-step", "--db", team_server.owner_url)
    assert setting.returncode == 0 and setting.stdout.strip() == "review=two-step", setting.stderr
    analyst = open_workspace(team_server.url(team_server.login("analyst")))
    reviewer = open_workspace(team_server.url(team_server.login("reviewer")))
    other = open_workspace(team_server.url(team_server.login("reviewer")))
    try:
        fact = analyst.document(doc).facts[0]
        analyst.edit_fact(fact.id, {"indicator": "projects signed"}, expected_version=fact.version)
        with pytest.raises(StoreError, match="^permission denied: in two-step review only a reviewer approves"):
            analyst.approve(doc)
        assert analyst.document(doc).status == "in_review"  # the refusal changed nothing
        ready = analyst.mark_ready(doc)
        assert ready.document is not None and ready.document.status == "ready_for_review"
        approved = reviewer.approve(doc)
        assert approved.result.approved and approved.document is not None
        assert approved.document.status == "approved"
        with reviewer._db.session() as s:
            events = [(e.user, e.action, e.new_value) for e in audit.events(s, document_id=doc)]
        assert (analyst.user, "status", "ready_for_review") in events
        assert (reviewer.user, "status", "approved") == events[-1]

        # a reviewer who made the last change (marked it ready) cannot approve it; another reviewer can
        reviewer.mark_ready(second)
        with pytest.raises(StoreError, match=f"^permission denied: you made the last change to document {second};"):
            reviewer.approve(second)
        assert other.approve(second).document.status == "approved"  # type: ignore[union-attr]
    finally:
        for ws in (analyst, reviewer, other):
            ws.close()


def test_assignments_filter_and_workbook(team_server: TeamServer, tmp_path: Path) -> None:
    docs = team_server.sample(4)
    anna = team_server.login("analyst")
    reviewer = open_workspace(team_server.url(team_server.login("reviewer")))
    analyst = open_workspace(team_server.url(anna))
    try:
        assert [u for u in reviewer.team_users() if u[0] == anna] == [(anna, "analyst")]
        assert reviewer.assign(docs[:2], anna).result == 2
        with pytest.raises(StoreError, match="^permission denied: only a reviewer or an admin assigns"):
            analyst.assign(docs[2:], anna)
        assert analyst.queue_ids(QueueFilter(assignee=anna)) == docs[:2]
        # all the documents a filter selects: here the search matching the third one's text
        text = analyst.document(docs[2]).display_text.split(".")[0]
        assert reviewer.assign_filtered(QueueFilter(search=text), anna).result == 1
        assert analyst.queue_ids(QueueFilter(assignee=anna)) == docs[:3]
        # the hand-out gives an analyst their own documents first
        assert analyst.next_unreviewed_claimed(exclude=docs[:1]) == docs[1]

        out = tmp_path / "team.xlsx"
        reviewer.export_workbook(out, ExportFilter.parse(status="all"))
        assignees = {row["Document ID"]: row["Assignee"] for row in read_sheet(out, "Documents")}
        assert assignees == {docs[0]: anna, docs[1]: anna, docs[2]: anna, docs[3]: None}
        with reviewer._db.session() as s:
            assert [(e.user, e.field, e.new_value) for e in audit.events(s, document_id=docs[0])
                    if e.action == "assign"] == [(reviewer.user, "assignee", anna)]
    finally:
        reviewer.close()
        analyst.close()
