"""What PostgreSQL itself refuses each role (not the window): each operation is attempted through a
direct connection with that role's own login (password over TCP) and must fail with "permission
denied". Then the same refusals through the application come back as one-line StoreErrors."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError
from team_support import TeamServer

from app.domain.errors import StoreError
from app.review import open_workspace
from app.store.services import team

pytestmark = pytest.mark.postgres


def denied(server: TeamServer, login: str, sql: str, **params: object) -> str:
    """Run `sql` as `login`; answer the server's message, failing the test when it was allowed."""
    engine = create_engine(server.url(login))
    try:
        with engine.begin() as conn:
            conn.execute(text(sql), params)
    except DBAPIError as exc:
        return str(exc.orig).splitlines()[0]
    finally:
        engine.dispose()
    raise AssertionError(f"{login} was allowed: {sql}")


def allowed(server: TeamServer, login: str, sql: str, **params: object) -> None:
    engine = create_engine(server.url(login))
    try:
        with engine.begin() as conn:
            conn.execute(text(sql), params)
    finally:
        engine.dispose()


AUDIT_REWRITES = (
    "UPDATE audit_events SET new_value = 'forged'",
    "DELETE FROM audit_events",
    "TRUNCATE audit_events",
    "DELETE FROM audit_origins",
)


@pytest.mark.parametrize("role", ["analyst", "reviewer", "admin"])
def test_the_audit_log_is_append_only_for_every_role(team_server: TeamServer, role: str) -> None:
    team_server.sample()
    login = team_server.login(role)
    for sql in AUDIT_REWRITES:
        assert denied(team_server, login, sql).startswith("permission denied"), sql
    allowed(team_server, login, "INSERT INTO audit_events (at, \"user\", action) VALUES (now(), 'someone', 'note')")
    engine = create_engine(team_server.owner_url)
    with engine.connect() as conn:
        written = conn.execute(text("SELECT \"user\" FROM audit_events WHERE action = 'note'")).scalar()
    engine.dispose()
    assert written == login  # the database writes the login's own name, whatever the client says


def test_only_an_admin_changes_settings_users_and_deletes_documents(team_server: TeamServer) -> None:
    (doc,) = team_server.sample()
    analyst, reviewer, admin = (team_server.login(r) for r in ("analyst", "reviewer", "admin"))
    for login in (analyst, reviewer):
        assert denied(team_server, login, "UPDATE database_meta SET value = 'one-step' WHERE key = 'review_mode'"
                      ).startswith("permission denied")
        assert denied(team_server, login, "INSERT INTO database_meta VALUES ('x', 'y')").startswith("permission denied")
        assert denied(team_server, login, "DELETE FROM documents WHERE id = :d", d=doc).startswith("permission denied")
        assert denied(team_server, login, f"CREATE ROLE ft_{team_server.tag}_intruder LOGIN"
                      ).startswith("permission denied")
    allowed(team_server, admin, "UPDATE database_meta SET value = 'two-step' WHERE key = 'review_mode'")
    allowed(team_server, admin, "DELETE FROM documents WHERE id = :d", d=doc)
    # and an admin adds a user through FactDesk with its own login
    ws = open_workspace(team_server.url(admin))
    with ws._db.session() as s:
        team.add_user(s, f"ft_{team_server.tag}_new", "analyst", "secret-1")
        s.commit()
        team_server.logins.append(f"ft_{team_server.tag}_new")
        assert (f"ft_{team_server.tag}_new", "analyst") in [(u.name, u.role) for u in team.users(s)]
    ws.close()


def test_two_step_approval_and_assignment_are_the_databases_rules(team_server: TeamServer) -> None:
    (doc,) = team_server.sample()
    analyst, reviewer = team_server.login("analyst"), team_server.login("reviewer")
    allowed(team_server, team_server.login("admin"), "UPDATE database_meta SET value = 'two-step' "
            "WHERE key = 'review_mode'")
    message = denied(team_server, analyst, "UPDATE documents SET status = 'approved' WHERE id = :d", d=doc)
    assert message.startswith("permission denied: in two-step review only a reviewer approves")
    assert denied(team_server, analyst, "UPDATE documents SET assignee = 'me' WHERE id = :d", d=doc
                  ).startswith("permission denied")
    allowed(team_server, analyst, "UPDATE documents SET status = 'ready_for_review' WHERE id = :d", d=doc)
    # the analyst's edit is the last change: a reviewer who then edits it cannot approve their own work
    allowed(team_server, reviewer, "INSERT INTO audit_events (at, \"user\", document_id, action, field) "
            "VALUES (now(), 'x', :d, 'edit_document', 'title')", d=doc)
    assert "you made the last change" in denied(
        team_server, reviewer, "UPDATE documents SET status = 'approved' WHERE id = :d", d=doc)
    allowed(team_server, team_server.login("reviewer"), "UPDATE documents SET status = 'approved' WHERE id = :d",
            d=doc)


def test_claims_are_written_only_in_ones_own_name(team_server: TeamServer) -> None:
    (doc,) = team_server.sample()
    first, second = team_server.login("analyst"), team_server.login("analyst")
    assert "row-level security" in denied(
        team_server, first, "INSERT INTO document_claims VALUES (:d, :u, now(), now())", d=doc, u=second)
    allowed(team_server, first, "INSERT INTO document_claims VALUES (:d, :u, now(), now())", d=doc, u=first)
    allowed(team_server, second, "DELETE FROM document_claims WHERE document_id = :d", d=doc)  # sees none to delete
    engine = create_engine(team_server.owner_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT user_name FROM document_claims")).scalar() == first
    engine.dispose()


def test_the_application_says_permission_denied_in_one_line(team_server: TeamServer) -> None:
    (doc,) = team_server.sample()
    analyst = team_server.login("analyst")
    allowed(team_server, team_server.login("admin"), "UPDATE database_meta SET value = 'two-step' "
            "WHERE key = 'review_mode'")
    ws = open_workspace(team_server.url(analyst))
    assert ws.user == analyst and ws.team().role == "analyst" and ws.team().review_mode == "two-step"
    with pytest.raises(StoreError) as refused:
        ws.approve(doc)
    assert str(refused.value).startswith("permission denied: in two-step review only a reviewer approves")
    assert "\n" not in str(refused.value)
    with pytest.raises(StoreError, match="^permission denied: only a reviewer or an admin assigns documents$"):
        ws.assign([doc], analyst)
    ws.close()
