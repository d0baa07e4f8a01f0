"""`factdesk export`: the sub-command in process and as a process."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_helpers import fact_rows, fill

from app.cli import CliError, build_parser
from app.store import Database


def run(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    return int(args.handler(args))


@pytest.fixture
def filled(sqlite_url: str) -> str:
    db = Database.open(sqlite_url)
    try:
        fill(db)
    finally:
        db.dispose()
    return sqlite_url


def test_export_command_writes_the_workbook(filled: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "cli.xlsx"
    assert run(["export", str(out), "--db", filled, "--kind", "project", "--status", "all"]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith("exported 2 facts from 2 documents") and str(out) in line
    assert {r["Investor"] for r in fact_rows(out).values()} == {"Inner Mongolia Yili", None}


def test_export_options_language_undated_full_paths(filled: str, tmp_path: Path) -> None:
    import openpyxl

    out = tmp_path / "zh.xlsx"
    argv = ["export", str(out), "--db", filled, "--status", "all", "--language", "zh_CN", "--since", "2022-01-01",
            "--include-undated", "--full-paths"]
    assert run(argv) == 0
    wb = openpyxl.load_workbook(out)
    try:
        assert wb.sheetnames[0] == "项目"
        header = [c.value for c in wb["文档"][1]]
        assert "来源路径" in header  # Source path, only with --full-paths
        titles = {r[header.index("标题")] for r in wb["文档"].iter_rows(min_row=2, values_only=True)}
        assert "Hohhot firms" in titles  # undated, kept
    finally:
        wb.close()
    with pytest.raises(CliError, match="unknown workbook language"):
        run(["export", str(tmp_path / "fr.xlsx"), "--db", filled, "--language", "fr"])


def test_export_command_help_states_the_meaning_of_status() -> None:
    text = build_parser()._subparsers._group_actions[0].choices["export"].format_help()  # type: ignore[union-attr]
    assert "not rejected, in documents whose status is approved" in " ".join(text.split())
    assert "--since DATE" in text and "--region R" in text and "--kind K" in text
    assert "--language en|zh_CN" in text and "--include-undated" in text and "--full-paths" in text


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--since", "31/02/2021"], "not a date"),
        (["--kind", "companies"], "unknown kind"),
        (["--status", "done"], "unknown status"),
    ],
)
def test_bad_values_are_one_line_errors(filled: str, tmp_path: Path, argv: list[str], message: str) -> None:
    with pytest.raises(CliError, match=message) as err:
        run(["export", str(tmp_path / "x.xlsx"), "--db", filled, *argv])
    assert "\n" not in str(err.value)


def test_unwritable_target_is_a_one_line_error(filled: str, tmp_path: Path) -> None:
    with pytest.raises(CliError, match="folder does not exist"):
        run(["export", str(tmp_path / "missing" / "x.xlsx"), "--db", filled])


def test_export_as_a_process(filled: str, tmp_path: Path, cli) -> None:  # noqa: ANN001
    out = tmp_path / "proc.xlsx"
    ok = cli("export", str(out), "--db", filled, "--region", "baotou")
    assert ok.returncode == 0, ok.stderr
    assert out.exists() and "exported" in ok.stdout
    bad = cli("export", str(out), "--db", filled, "--until", "2021-02-30")
    assert bad.returncode != 0 and bad.stderr.strip().count("\n") == 0 and "not a date" in bad.stderr
    missing = cli("export", str(tmp_path / "no" / "x.xlsx"), "--db", filled)
    assert missing.returncode != 0 and "folder does not exist" in missing.stderr
    assert missing.stderr.strip().count("\n") == 0
