"""The `factdesk` command: the window by default, and headless sub-commands.

Errors are one line on stderr and a non-zero exit code; an unexpected failure writes its traceback
to the log file in the data directory, never to the terminal."""

from __future__ import annotations

import argparse
import contextlib
import faulthandler
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from app import __version__, config, logs

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_REFUSED, EXIT_CANCELLED = 0, 1, 2, 3, 130

Handler = Callable[[argparse.Namespace], int]


class CliError(Exception):
    """A one-line error for the user."""


def _open_db(args: argparse.Namespace):  # noqa: ANN202 - app.store.Database, imported lazily for start-up time
    from app.store import Database

    return Database.open(config.database_url(args.db))


def cmd_gui(args: argparse.Namespace) -> int:
    from app.ui import run_gui

    plain = args.db is None and not os.environ.get(config.ENV_DB)  # a plain start reopens the team database
    return run_gui(config.database_url(args.db), getattr(args, "opening", None), team_at_start=plain)


def cmd_import(args: argparse.Namespace) -> int:
    from app.workflows.importing import import_paths

    db = _open_db(args)
    try:
        def progress(done: int, total: int, message: str) -> None:
            if args.verbose and done < total:
                print(f"[{done + 1}/{total}] {message}", file=sys.stderr)

        summary = import_paths(
            db, [Path(p) for p in args.paths], config.user_name(),
            run_extraction=not args.no_extract, progress=progress, workers=args.workers,
        )
    finally:
        db.dispose()
    for line in summary.report_lines(duplicates=args.verbose):
        print(line, file=sys.stderr)
    print(summary.line())
    return EXIT_ERROR if summary.failed else EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from app.store.services import documents

    db = _open_db(args)
    try:
        with db.session() as session:
            rows = documents.list_rows(session, status=args.status, limit=args.limit)
    finally:
        db.dispose()
    if args.format == "json":
        print(json.dumps([
            {"id": r.id, "status": r.status, "language": r.language, "title": r.title,
             "published": r.published.isoformat() if r.published else None, "region": r.region,
             "facts": r.fact_count, "source": r.source}
            for r in rows
        ], ensure_ascii=False, indent=1))
        return EXIT_OK
    print(f"{'id':>6}  {'status':<10} {'lang':<8} {'facts':>5}  {'published':<10}  title")
    for r in rows:
        title = (r.title or "(untitled)").replace("\n", " ")
        if len(title) > 70:
            title = title[:69] + "…"
        published = r.published.isoformat() if r.published else "-"
        print(f"{r.id:>6}  {r.status:<10} {r.language:<8} {r.fact_count:>5}  {published:<10}  {title}")
    print(f"{len(rows)} documents")
    return EXIT_OK


def cmd_extract(args: argparse.Namespace) -> int:
    from app.workflows.extracting import extract_files

    results, errors = extract_files(Path(p) for p in args.paths)
    for e in errors:
        print(f"failed: {e}", file=sys.stderr)
    json.dump(results, sys.stdout, ensure_ascii=False, indent=1 if args.pretty else None)
    sys.stdout.write("\n")
    return EXIT_ERROR if errors else EXIT_OK


def cmd_self_test(_args: argparse.Namespace) -> int:
    from app.selftest import self_test

    return self_test()


def cmd_startup_time(args: argparse.Namespace) -> int:
    from app.selftest import startup_time

    return startup_time(config.database_url(args.db))


def cmd_export(args: argparse.Namespace) -> int:
    from app.domain.records import ExportFilter, FilterError
    from app.export import ExportError
    from app.workflows.exporting import export_workbook
    from app.workflows.progress import Cancelled

    try:
        export_filter = ExportFilter.parse(
            status=args.status, since=args.since, until=args.until, region=args.region, kind=args.kind,
            include_undated=args.include_undated,
        )
    except FilterError as exc:
        raise CliError(str(exc)) from None
    db = _open_db(args)
    try:
        def progress(done: int, total: int, message: str) -> None:
            if args.verbose:
                print(f"[{done}/{total}] {message}", file=sys.stderr)

        result = export_workbook(db, Path(args.out), export_filter, config.user_name(), progress=progress,
                                 language=args.language, full_paths=args.full_paths)
    except ExportError as exc:
        raise CliError(str(exc)) from None
    except Cancelled:
        print("factdesk: export cancelled; nothing was written", file=sys.stderr)
        return EXIT_CANCELLED
    finally:
        db.dispose()
    print(result.line())
    return EXIT_OK


def cmd_apply_workbook(args: argparse.Namespace) -> int:
    from app.workflows.applying import ApplyError, WorkbookFileError, apply_workbook
    from app.workflows.progress import Cancelled

    db = _open_db(args)
    try:
        def progress(done: int, total: int, message: str) -> None:
            if args.verbose:
                print(f"[{done}/{total}] {message}", file=sys.stderr)

        report = apply_workbook(db, Path(args.book), args.user or config.user_name(), dry_run=args.dry_run,
                                progress=progress)
    except WorkbookFileError as exc:
        raise CliError(str(exc)) from None
    except ApplyError as exc:
        if exc.refused:
            print(f"factdesk: refused: {exc}", file=sys.stderr)
            return EXIT_REFUSED
        raise CliError(str(exc)) from None
    except Cancelled:
        print("factdesk: cancelled; nothing was applied", file=sys.stderr)
        return EXIT_CANCELLED
    finally:
        db.dispose()
    for line in report.text_lines():
        print(line)
    return EXIT_REFUSED if report.refused or report.conflicts else EXIT_OK


def _team_db(args: argparse.Namespace):  # noqa: ANN202 - app.store.Database
    """The database for an `admin` command: PostgreSQL only (checked before anything is opened or made)."""
    from app.store.services.team import NEEDS_POSTGRES

    url = config.database_url(args.db)
    if not url.startswith(("postgresql", "postgres")):
        raise CliError(NEEDS_POSTGRES)
    return _open_db(args)


def _admin(work: Callable[[argparse.Namespace, object], str]) -> Handler:
    """An `admin` sub-command: one unit of work on the team database, then its line of output."""
    def run(args: argparse.Namespace) -> int:
        db = _team_db(args)
        try:
            with db.session() as session:
                line = work(args, session)
                session.commit()
        finally:
            db.dispose()
        print(line)
        return EXIT_OK

    return run


def _init_team(_args: argparse.Namespace, session) -> str:  # noqa: ANN001 - a store Session
    from app.store.services import meta, team

    team.init_team(session)
    return (f"team database ready (database id {meta.database_id(session)}): roles "
            f"{', '.join(team.ROLES.values())}; review {team.review_mode(session)}")


def _add_user(args: argparse.Namespace, session) -> str:  # noqa: ANN001
    from app.store.services import team

    password = None
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise CliError("no password on standard input")
    created = team.add_user(session, args.name, args.role, password)
    return f"{'added user' if created else 'changed user'} {args.name}: {args.role}"


def _remove_user(args: argparse.Namespace, session) -> str:  # noqa: ANN001
    from app.store.services import team

    team.remove_user(session, args.name)
    return f"removed user {args.name}"


def _users(_args: argparse.Namespace, session) -> str:  # noqa: ANN001
    from app.store.services import team

    found = team.users(session)
    lines = [f"{'user':<24} role"] + [f"{u.name:<24} {u.role}" for u in found]
    return "\n".join([*lines, f"{len(found)} users"])


def _set(args: argparse.Namespace, session) -> str:  # noqa: ANN001
    from app.store.services import team

    name, value = team.set_setting(session, args.assignment)
    return f"{name}={value}"


def _release(args: argparse.Namespace, session) -> str:  # noqa: ANN001
    from app.store.services import claims, team

    team.require_postgres(session)
    held = claims.holder(session, args.document_id)
    if not claims.release(session, args.document_id, "", force=True):
        raise CliError(f"document {args.document_id} is not claimed (or you may not release it)")
    return f"released document {args.document_id}" + (f" (claimed by {held.user})" if held else " (a lapsed claim)")


def _add_admin_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    admin = sub.add_parser("admin", help="team mode on a PostgreSQL database: roles, users, settings, claims",
                           description="Set up and run a team database (PostgreSQL only). See README, "
                           "'Working as a team'.")
    commands = admin.add_subparsers(title="admin commands", metavar="ADMIN_COMMAND", required=True)
    p = commands.add_parser("init-team", parents=[common], help="create or upgrade the schema, the roles "
                            "factdesk_analyst, factdesk_reviewer, factdesk_admin and their rights")
    p.set_defaults(handler=_admin(_init_team))
    p = commands.add_parser("add-user", parents=[common], help="create a login in a role (or change its role)")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--role", required=True, choices=["analyst", "reviewer", "admin"])
    p.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    p.set_defaults(handler=_admin(_add_user))
    p = commands.add_parser("remove-user", parents=[common], help="drop a login (the audit log keeps its name)")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(handler=_admin(_remove_user))
    p = commands.add_parser("users", parents=[common], help="list the team's logins with their roles")
    p.set_defaults(handler=_admin(_users))
    p = commands.add_parser("set", parents=[common], help="change a team setting: review=one-step|two-step")
    p.add_argument("assignment", metavar="review=one-step|two-step")
    p.set_defaults(handler=_admin(_set))
    p = commands.add_parser("release", parents=[common], help="release the claim on a document")
    p.add_argument("document_id", metavar="DOC_ID", type=int)
    p.set_defaults(handler=_admin(_release))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factdesk",
        description="Review facts extracted from news articles and export them to Excel. "
        "Without a command, opens the review window.",
    )
    parser.add_argument("--version", action="version", version=f"FactDesk {__version__}")
    parser.add_argument(
        "--db", metavar="URL",
        help="database: an SQLAlchemy URL or a SQLite file path (default: $FACTDESK_DB, "
        "else SQLite in the user data folder)",
    )
    parser.add_argument(
        "--self-test", dest="handler", action="store_const", const=cmd_self_test, default=argparse.SUPPRESS,
        help="check this installation: import the demo corpus into a temporary database, open the window "
        "offscreen, export a workbook and read it back; prints one line, exit code 0 when all worked",
    )
    parser.add_argument(
        "--startup-time", dest="handler", action="store_const", const=cmd_startup_time, default=argparse.SUPPRESS,
        help="open the review window, print the time it was shown (seconds since the epoch) and exit",
    )
    parser.set_defaults(handler=cmd_gui)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                        help="database URL or SQLite file (as before the command)")

    p = sub.add_parser("import", parents=[common], help="import article files and folders (recursive)",
                       description="Import .txt .md .html .htm .pdf .docx files; folders are read recursively. "
                       "Duplicates (same text) are skipped. Each file is its own transaction.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--no-extract", action="store_true", help="store the documents without suggested facts")
    p.add_argument("-v", "--verbose", action="store_true", help="report each file")
    p.add_argument("--workers", type=int, metavar="N",
                   help="processes reading and extracting in parallel (default: one per core)")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("list", parents=[common], help="list documents with status, language, title and fact count",
                       description="List the documents in the database.")
    p.add_argument("--status", choices=["new", "in_review", "ready_for_review", "approved", "rejected", "flagged"])
    p.add_argument("--limit", type=int, metavar="N")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("extract", parents=[common], help="extract facts from files and print JSON (writes nothing)",
                       description="Read the files as import does, run extraction and print one JSON array, "
                       "one object per file. The database is not touched.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--format", choices=["json"], default="json")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    p.set_defaults(handler=cmd_extract)

    p = sub.add_parser(
        "export", parents=[common], help="export facts to an Excel workbook (.xlsx)",
        description="Write an Excel workbook: a sheet per fact kind (Projects, Indicators, Targets, People), "
        "Documents, Summary, Dictionary, Audit and About. The file is written to a temporary file first and moved into "
        "place, so a failed export leaves the target untouched.",
    )
    p.add_argument("out", metavar="OUT.xlsx", help="the workbook to write (replaced if it exists)")
    p.add_argument("--status", metavar="approved|all", default="approved",
                   help="approved (default): facts that are not rejected, in documents whose status is approved; "
                   "all: every fact of every document, rejected ones included and marked as such")
    p.add_argument("--since", metavar="DATE", help="documents published on or after DATE (YYYY-MM-DD)")
    p.add_argument("--until", metavar="DATE", help="documents published on or before DATE (YYYY-MM-DD)")
    p.add_argument("--region", metavar="R",
                   help="facts of the place R or inside it, R any name or code of it (包头, 包頭市, Baotou City, "
                        "baotou, 150200); text naming no known place matches the region, subject or location")
    p.add_argument("--kind", metavar="K", help="only facts of this kind: project, indicator, target or person")
    p.add_argument("--include-undated", action="store_true",
                   help="keep documents without a published date when --since/--until is given "
                   "(by default they are left out, and About says how many)")
    p.add_argument("--language", metavar="en|zh_CN",
                   help="language of headers, values and sheet names (default: the interface language, "
                   "$FACTDESK_LANG)")
    p.add_argument("--full-paths", action="store_true",
                   help="add each document's full source path to the Documents sheet (fact sheets always show "
                   "the file name only)")
    p.add_argument("-v", "--verbose", action="store_true", help="report progress on stderr")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser(
        "apply-workbook", parents=[common], help="apply the corrections made in an exported workbook",
        description="Compare every applicable cell of a workbook exported by FactDesk (from this database) "
        "with the database and apply what changed, through the same validation as the window: fact values, "
        "units, fields and status (confirmed/rejected); document title, published, region, note and status. "
        "A row changed in the database since the export is a conflict and keeps the database value; a row "
        "that fails validation is refused; no row is applied in part. Prints one line per change or "
        "refusal and 'applied N, unchanged M, conflicts C, refused R'. Exit code 0 when nothing was "
        "refused, 3 when something was.",
    )
    p.add_argument("book", metavar="BOOK.xlsx", help="the workbook (as exported, or re-saved by Excel/Calc)")
    p.add_argument("--dry-run", action="store_true", help="change nothing; print the same report")
    p.add_argument("--user", metavar="NAME", help="who applies the corrections, for the audit log "
                   "(default: $FACTDESK_USER, the settings, else the system user)")
    p.add_argument("-v", "--verbose", action="store_true", help="report progress on stderr")
    p.set_defaults(handler=cmd_apply_workbook)

    _add_admin_parser(sub, common)
    return parser


def _user_error(exc: BaseException) -> bool:
    """Errors whose message is meant for the user (the domain's and the text tables' are cheap to
    import: no readers, no database)."""
    from app.domain.errors import IngestError, StoreError
    from app.text import ScriptTableError

    return isinstance(exc, CliError | IngestError | StoreError | ScriptTableError)


def _catch_native_crashes(args: argparse.Namespace) -> None:
    """Headless commands record native crashes too, and say once that an earlier run had one (the
    window does both itself, with a dialog). The self-test leaves the data folder untouched: its
    native crash goes to the console."""
    if args.handler is cmd_gui:
        return
    if args.handler is cmd_self_test:
        with contextlib.suppress(OSError, ValueError, RuntimeError):  # no console (a windowed bundle): nothing
            faulthandler.enable()
        return
    crash = logs.catch_native_crashes()
    if crash is not None:
        print(f"factdesk: note: an earlier run stopped unexpectedly ({crash.summary()}); "
              f"report in {logs.log_path()}", file=sys.stderr)


def main(argv: Sequence[str] | None = None, *, opening: object = None) -> int:
    """`opening` is the window `app.launch` painted before this module was imported (a plain launch)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    args.opening = opening
    if not logging.getLogger().handlers:  # a host that set up logging itself (a test) keeps it, and faulthandler
        logs.setup()  # library warnings (a PDF parser's complaints) go to the log, not the terminal
        _catch_native_crashes(args)
    from app.workflows.leftovers import clean_leftovers

    clean_leftovers()  # temporary files of an export that was killed
    try:
        return int(args.handler(args))
    except KeyboardInterrupt:
        print("factdesk: interrupted", file=sys.stderr)
        return EXIT_CANCELLED
    except Exception as exc:  # noqa: BLE001 - one line for the user, the traceback in the log
        if _user_error(exc):
            print(f"factdesk: error: {exc}", file=sys.stderr)
            return EXIT_ERROR
        if isinstance(exc, OSError):
            where = f" {exc.filename}:" if getattr(exc, "filename", None) else ""
            print(f"factdesk: error:{where} {exc.strerror or exc}", file=sys.stderr)
            return EXIT_ERROR
        logging.getLogger("app.cli").error("unexpected error", exc_info=exc)
        where = f" (details in {logs.log_path()})"
        print(f"factdesk: internal error: {type(exc).__name__}: {exc}{where}", file=sys.stderr)
        return EXIT_ERROR
