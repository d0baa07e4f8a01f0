"""`factdesk admin …` on a real PostgreSQL database: init-team (again, idempotent), add-user with the
password on standard input (the new login then connects with it over TCP), users, set, remove-user;
and the one-line refusals (SQLite, a bad setting, an analyst's login)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from team_support import PG_ENV, TeamServer

from app.review import open_workspace


def test_admin_commands_on_sqlite_say_team_mode_needs_postgresql(cli, tmp_path: Path) -> None:
    target = tmp_path / "one.sqlite3"
    for args in (["init-team"], ["users"], ["set", "review=two-step"], ["add-user", "anna", "--role", "analyst"],
                 ["release", "3"]):
        done = cli("admin", *args, "--db", str(target))
        assert done.returncode == 1 and done.stderr == "factdesk: error: team mode needs a PostgreSQL database\n"
    assert not target.exists()  # nothing was made


@pytest.mark.postgres
def test_init_team_users_and_settings_from_the_command_line(team_server: TeamServer, cli) -> None:
    assert os.environ.get(PG_ENV)
    db = team_server.owner_url
    again = cli("admin", "init-team", "--db", db)
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("team database ready (database id ")
    assert again.stdout.rstrip().endswith("roles factdesk_analyst, factdesk_reviewer, factdesk_admin; review one-step")

    name = f"ft_{team_server.tag}_cli"
    team_server.logins.append(name)
    added = cli("admin", "add-user", name, "--role", "analyst", "--password-stdin", "--db", db, input="s3cret pw\n")
    assert added.returncode == 0 and added.stdout == f"added user {name}: analyst\n", added.stderr
    team_server.passwords[name] = "s3cret pw".replace(" ", "%20")
    listed = cli("admin", "users", "--db", db)
    assert f"{name:<24} analyst" in listed.stdout.splitlines()
    engine = create_engine(team_server.owner_url)
    with engine.connect() as conn:  # only the SCRAM verifier was sent and stored, never the password
        stored = conn.execute(text("SELECT rolpassword FROM pg_authid WHERE rolname = :n"), {"n": name}).scalar()
    engine.dispose()
    assert stored.startswith("SCRAM-SHA-256$4096:") and "s3cret" not in stored
    ws = open_workspace(team_server.url(name))  # the login works with that password, over TCP
    assert ws.user == name and ws.team().role == "analyst"
    ws.close()

    changed = cli("admin", "add-user", name, "--role", "reviewer", "--db", db)
    assert changed.stdout == f"changed user {name}: reviewer\n"
    assert f"{name:<24} reviewer" in cli("admin", "users", "--db", db).stdout.splitlines()

    bad = cli("admin", "set", "review=three-step", "--db", db)
    assert bad.returncode == 1
    assert bad.stderr == "factdesk: error: review must be one-step or two-step, not 'three-step'\n"
    assert cli("admin", "set", "review=two-step", "--db", db).stdout == "review=two-step\n"

    analyst = team_server.login("analyst")
    for args in (["set", "review=one-step"], ["add-user", f"ft_{team_server.tag}_x", "--role", "admin"]):
        refused = cli("admin", *args, "--db", team_server.url(analyst))
        assert refused.returncode == 1 and refused.stderr.startswith("factdesk: error: permission denied"), args
        assert len(refused.stderr.splitlines()) == 1

    removed = cli("admin", "remove-user", name, "--db", db)
    assert removed.stdout == f"removed user {name}\n", removed.stderr
    assert name not in cli("admin", "users", "--db", db).stdout
