"""Team mode on PostgreSQL: the roles, what each may do, the logins, and the team settings.

The rules are the database's own, so they hold for every client — the window, the command line, a
script, `psql` with an analyst's password:

- three group roles, `factdesk_analyst` ⊂ `factdesk_reviewer` ⊂ `factdesk_admin` (each a member of
  the next: a reviewer may do what an analyst may, an admin what a reviewer may);
- grants: everyone reads everything and writes documents, facts, claims, learned entries, exports; the audit log
  (`audit_events`, `audit_origins`) takes INSERT only, and a trigger refuses UPDATE, DELETE and
  TRUNCATE to anyone; only an admin deletes documents or writes `database_meta` (the team settings);
  only an admin login has CREATEROLE (adds users);
- a trigger on `documents`: only a reviewer assigns documents; in two-step review only a reviewer
  approves, and not a document whose last change (an edit, or marking it ready) was their own;
- a trigger on `audit_events` writes the login's own name into each event, so the log cannot be
  written in someone else's name (and the four-eyes rule reads it);
- row-level security on `document_claims`: a login claims only in its own name, takes over only its
  own or a lapsed claim, and releases only its own or a lapsed one (an admin any).

Refusals come back as SQLSTATE 42501 ("permission denied …"), which `app.store.writing` turns into a
one-line StoreError. `init_team` is idempotent: run it again after an upgrade (new tables get grants)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.domain.errors import StoreError
from app.store.models import DatabaseMeta
from app.store.writing import classify, one_line

ROLES = {"analyst": "factdesk_analyst", "reviewer": "factdesk_reviewer", "admin": "factdesk_admin"}
RANKED = ("admin", "reviewer", "analyst")
REVIEW_MODE = "review_mode"
TEAM_SINCE = "team_initialized"
REVIEW_MODES = ("one-step", "two-step")
SETTINGS = {"review": (REVIEW_MODE, REVIEW_MODES)}
"""`factdesk admin set NAME=VALUE`: the settings' names, their keys in `database_meta`, their values."""
NEEDS_POSTGRES = "team mode needs a PostgreSQL database"
_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")
_LOCK = 0x66616374  # pg_advisory_xact_lock key: one init-team at a time per database ("fact")


@dataclass(frozen=True)
class TeamUser:
    name: str
    role: str  # analyst, reviewer or admin


def is_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def require_postgres(session: Session) -> None:
    if not is_postgres(session):
        raise StoreError(NEEDS_POSTGRES)


def _exec(session: Session, sql: str, **params: object) -> None:
    session.execute(text(sql), params)


def _schema(session: Session) -> str:
    return str(session.execute(text("SELECT quote_ident(current_schema())")).scalar())


_GUARDS = r"""
CREATE OR REPLACE FUNCTION {s}.factdesk_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION 'permission denied: the audit log is append-only (% refused)', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $fn$;

CREATE OR REPLACE FUNCTION {s}.factdesk_audit_own_name() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $fn$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
     AND pg_has_role(current_user, 'factdesk_analyst', 'MEMBER') THEN
    NEW."user" := current_user;
  END IF;
  RETURN NEW;
END $fn$;

CREATE OR REPLACE FUNCTION {s}.factdesk_documents_guard() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $fn$
DECLARE
  mode text;
  last_user text;
BEGIN
  IF NEW.assignee IS DISTINCT FROM OLD.assignee
     AND NOT pg_has_role(current_user, 'factdesk_reviewer', 'MEMBER') THEN
    RAISE EXCEPTION 'permission denied: only a reviewer or an admin assigns documents'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.status = 'approved' AND OLD.status IS DISTINCT FROM 'approved' THEN
    SELECT value INTO mode FROM database_meta WHERE key = 'review_mode';
    IF coalesce(mode, 'one-step') = 'two-step' THEN
      IF NOT pg_has_role(current_user, 'factdesk_reviewer', 'MEMBER') THEN
        RAISE EXCEPTION 'permission denied: in two-step review only a reviewer approves (document %); %',
          NEW.id, 'mark it ready for review'
          USING ERRCODE = 'insufficient_privilege';
      END IF;
      SELECT e."user" INTO last_user FROM audit_events e
        WHERE e.document_id = NEW.id
          AND e.action NOT IN ('assign', 'note', 'claim', 'release')
          AND NOT (e.action = 'status' AND e.new_value IS DISTINCT FROM 'ready_for_review')
        ORDER BY e.id DESC LIMIT 1;
      IF last_user = current_user::text THEN
        RAISE EXCEPTION 'permission denied: you made the last change to document %; %',
          NEW.id, 'another reviewer approves it'
          USING ERRCODE = 'insufficient_privilege';
      END IF;
    END IF;
  END IF;
  RETURN NEW;
END $fn$;

DROP TRIGGER IF EXISTS factdesk_audit_append_only ON {s}.audit_events;
CREATE TRIGGER factdesk_audit_append_only BEFORE UPDATE OR DELETE ON {s}.audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION {s}.factdesk_audit_append_only();
DROP TRIGGER IF EXISTS factdesk_audit_no_truncate ON {s}.audit_events;
CREATE TRIGGER factdesk_audit_no_truncate BEFORE TRUNCATE ON {s}.audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION {s}.factdesk_audit_append_only();
DROP TRIGGER IF EXISTS factdesk_origins_append_only ON {s}.audit_origins;
CREATE TRIGGER factdesk_origins_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON {s}.audit_origins
  FOR EACH STATEMENT EXECUTE FUNCTION {s}.factdesk_audit_append_only();
DROP TRIGGER IF EXISTS factdesk_audit_own_name ON {s}.audit_events;
CREATE TRIGGER factdesk_audit_own_name BEFORE INSERT ON {s}.audit_events
  FOR EACH ROW EXECUTE FUNCTION {s}.factdesk_audit_own_name();
DROP TRIGGER IF EXISTS factdesk_documents_guard ON {s}.documents;
CREATE TRIGGER factdesk_documents_guard BEFORE UPDATE ON {s}.documents
  FOR EACH ROW EXECUTE FUNCTION {s}.factdesk_documents_guard();

ALTER TABLE {s}.document_claims ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS claims_read ON {s}.document_claims;
CREATE POLICY claims_read ON {s}.document_claims FOR SELECT USING (true);
DROP POLICY IF EXISTS claims_add ON {s}.document_claims;
CREATE POLICY claims_add ON {s}.document_claims FOR INSERT WITH CHECK (user_name = current_user::text);
DROP POLICY IF EXISTS claims_take ON {s}.document_claims;
CREATE POLICY claims_take ON {s}.document_claims FOR UPDATE
  USING (user_name = current_user::text OR heartbeat_at < now() - interval '10 minutes')
  WITH CHECK (user_name = current_user::text);
DROP POLICY IF EXISTS claims_release ON {s}.document_claims;
CREATE POLICY claims_release ON {s}.document_claims FOR DELETE
  USING (user_name = current_user::text OR heartbeat_at < now() - interval '10 minutes'
         OR pg_has_role(current_user, 'factdesk_admin', 'MEMBER'));
"""

_GRANTS = """
GRANT USAGE ON SCHEMA {s} TO factdesk_analyst;
REVOKE ALL ON ALL TABLES IN SCHEMA {s} FROM factdesk_analyst, factdesk_reviewer, factdesk_admin;
GRANT SELECT ON ALL TABLES IN SCHEMA {s} TO factdesk_analyst;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO factdesk_analyst;
GRANT INSERT, UPDATE ON {s}.documents TO factdesk_analyst;
GRANT INSERT, UPDATE, DELETE ON {s}.facts, {s}.document_claims, {s}.learned_entries TO factdesk_analyst;
GRANT INSERT ON {s}.audit_events, {s}.audit_origins TO factdesk_analyst;
GRANT INSERT, UPDATE ON {s}.export_records TO factdesk_analyst;
GRANT DELETE ON {s}.documents TO factdesk_admin;
GRANT INSERT, UPDATE, DELETE ON {s}.database_meta TO factdesk_admin;
"""


def _statements(script: str) -> list[str]:
    """Split on the semicolons that end statements (not those inside $fn$ … $fn$ bodies)."""
    out, part, body = [], [], False
    for line in script.strip().splitlines():
        part.append(line)
        body ^= line.count("$fn$") % 2 == 1
        if not body and line.rstrip().endswith(";"):
            out.append("\n".join(part))
            part = []
    return out


def init_team(session: Session) -> None:
    """Create the roles (once per server), grant them their rights on this schema's tables, install the
    triggers and row-level security, and record the team settings. The caller commits."""
    require_postgres(session)
    _exec(session, "SELECT pg_advisory_xact_lock(:key)", key=_LOCK)
    for role in ROLES.values():
        _exec(session, f"""DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN CREATE ROLE {role} NOLOGIN; END IF;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$""")
    for inner, outer in (("factdesk_analyst", "factdesk_reviewer"), ("factdesk_reviewer", "factdesk_admin")):
        if not session.execute(text("SELECT pg_has_role(:o, :i, 'MEMBER')"), {"o": outer, "i": inner}).scalar():
            _exec(session, f"GRANT {inner} TO {outer}")
    schema = _schema(session)
    for statement in _statements(_GRANTS.format(s=schema)) + _statements(_GUARDS.format(s=schema)):
        _exec(session, statement)
    if session.get(DatabaseMeta, REVIEW_MODE) is None:
        session.add(DatabaseMeta(key=REVIEW_MODE, value="one-step"))
    if session.get(DatabaseMeta, TEAM_SINCE) is None:
        session.add(DatabaseMeta(key=TEAM_SINCE, value=str(session.execute(text("SELECT now()")).scalar())))
    session.flush()


def is_team(session: Session) -> bool:
    """True on a PostgreSQL database set up with `factdesk admin init-team`."""
    return is_postgres(session) and session.get(DatabaseMeta, TEAM_SINCE) is not None


def _check_name(name: str) -> None:
    if not _NAME.fullmatch(name) or name.startswith(("factdesk_", "pg_")):
        raise StoreError(f"not a usable user name: {name!r} (lower-case letters, digits and _, "
                         "not starting with factdesk_ or pg_)")


def _role_name(role: str) -> str:
    if role not in ROLES:
        raise StoreError(f"no such role: {role} (analyst, reviewer or admin)")
    return ROLES[role]


def add_user(session: Session, name: str, role: str, password: str | None = None) -> bool:
    """Create a login in `role`, or move an existing one to it (and set its password when given).
    True when the login was created. Only an admin (CREATEROLE) may; others get "permission denied"."""
    require_postgres(session)
    _check_name(name)
    group = _role_name(role)
    exists = session.execute(text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :n"), {"n": name}).first()
    if exists is not None and not exists[0]:
        raise StoreError(f"{name} is a role that cannot log in, not a user")
    verb = "ALTER" if exists else "CREATE"
    attrs = " CREATEROLE" if role == "admin" else " NOCREATEROLE"
    statement = session.execute(
        text(f"SELECT format('{verb} ROLE %I LOGIN{attrs}', CAST(:n AS text))"
             + (" || format(' PASSWORD %L', CAST(:p AS text))" if password is not None else "")),
        {"n": name, "p": scram_verifier(password) if password is not None else None},
    ).scalar()
    try:  # as it is: the verifier's colons are no bind parameters
        session.connection().exec_driver_sql(str(statement))
    except DBAPIError as exc:  # the statement holds the password's verifier: never in a message or the log
        raise (classify(exc, "") or StoreError(f"cannot {verb.lower()} the user {name}: {one_line(exc)}")) from None
    for other in ROLES.values():
        if session.execute(text("SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                                "JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = :g AND u.rolname = :n"),
                           {"g": other, "n": name}).first():
            _exec(session, str(session.execute(text("SELECT format('REVOKE %I FROM %I', CAST(:g AS text), "
                                                    "CAST(:n AS text))"), {"g": other, "n": name}).scalar()))
    grant = "GRANT %I TO %I" + (" WITH ADMIN OPTION" if role == "admin" else "")
    groups = ROLES.values() if role == "admin" else (group,)  # an admin grants every role to new users
    for g in groups:
        _exec(session, str(session.execute(text("SELECT format(:f, CAST(:g AS text), CAST(:n AS text))"),
                                           {"f": grant, "g": g, "n": name}).scalar()))
    schema = _schema(session)
    if schema != "public":
        _exec(session, str(session.execute(
            text("SELECT format('ALTER ROLE %I IN DATABASE %I SET search_path = %s', CAST(:n AS text), "
                 "current_database(), CAST(:s AS text))"), {"n": name, "s": schema}).scalar()))
    return exists is None


def scram_verifier(password: str, iterations: int = 4096) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802/7677, as psql's
    `\\password` makes it), so the password itself never travels to the server or into its log. A
    password that is not plain ASCII goes as it is (the server hashes it), since clients prepare
    such passwords with SASLprep before hashing."""
    if not password.isascii():
        return password
    salt = secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()

    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode()

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(hashlib.sha256(client_key).digest())}:{b64(server_key)}"


def remove_user(session: Session, name: str) -> None:
    """Drop a FactDesk login (its audit events keep its name)."""
    require_postgres(session)
    _check_name(name)
    if not any(u.name == name for u in users(session)):
        raise StoreError(f"no FactDesk user {name}")
    _exec(session, str(session.execute(text("SELECT format('DROP ROLE %I', CAST(:n AS text))"), {"n": name}).scalar()))


def users(session: Session) -> list[TeamUser]:
    """The logins that are members of a FactDesk role, each with its highest role, by name."""
    require_postgres(session)
    rows = session.execute(text(
        "SELECT u.rolname, g.rolname FROM pg_roles u JOIN pg_auth_members m ON m.member = u.oid "
        "JOIN pg_roles g ON g.oid = m.roleid WHERE u.rolcanlogin AND g.rolname = ANY(:groups)"
    ), {"groups": list(ROLES.values())})
    found: dict[str, set[str]] = {}
    for name, group in rows:
        found.setdefault(name, set()).add(group)
    return [TeamUser(name, next(r for r in RANKED if ROLES[r] in groups)) for name, groups in sorted(found.items())]


def login_role(session: Session) -> tuple[str, str] | None:
    """(login name, highest FactDesk role) of this connection; None on SQLite, for a superuser (the
    database's owner acts as an admin but keeps the configured user name) or a login in no role."""
    if not is_postgres(session):
        return None
    name, superuser = session.execute(
        text("SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user")).one()
    if superuser:
        return None
    for role in RANKED:
        if session.execute(text("SELECT pg_has_role(current_user, :g, 'MEMBER')"), {"g": ROLES[role]}).scalar():
            return str(name), role
    return None


def setting(session: Session, key: str, default: str) -> str:
    row = session.get(DatabaseMeta, key)
    return row.value if row is not None else default


def review_mode(session: Session) -> str:
    return setting(session, REVIEW_MODE, "one-step")


def set_setting(session: Session, assignment: str) -> tuple[str, str]:
    """`review=two-step`: change a team setting (only an admin may; the database refuses others)."""
    require_postgres(session)
    name, sep, value = assignment.partition("=")
    name, value = name.strip(), value.strip()
    if not sep or name not in SETTINGS:
        raise StoreError(f"not a team setting: {assignment!r} (review=one-step|two-step)")
    key, allowed = SETTINGS[name]
    if value not in allowed:
        raise StoreError(f"{name} must be {' or '.join(allowed)}, not {value!r}")
    row = session.get(DatabaseMeta, key)
    if row is None:
        session.add(DatabaseMeta(key=key, value=value))
    else:
        row.value = value
    session.flush()
    return name, value
