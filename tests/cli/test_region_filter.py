"""`factdesk export --region ALIAS` through the real command line: any alias of a place selects its
documents (issue: `--region 包头` and `--region baotou` returned nothing for a document on 包頭市)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

from openpyxl import load_workbook

BAOTOU = """包頭市上半年簽約項目120個

新華社包頭2021年7月24日電 今年上半年，包頭市簽約項目120個，協議投資額達到2088.26億元，同比增長15.7%。
"""
SHANGHAI = """上海一季度吸引外资增长10%

2021年4月20日 一季度，上海市实际使用外资增长10%，新设外资企业1500家。
"""


def cells(path: Path) -> set[str]:
    wb = load_workbook(path, read_only=True)
    try:
        return {str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row if v}
    finally:
        wb.close()


ALIASES = ["包头", "baotou", "包頭市", "Baotou City", "150200", "内蒙古"]


def test_every_alias_selects_the_baotou_document(cli: Callable[..., CompletedProcess[str]], tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "baotou.txt").write_text(BAOTOU, encoding="utf-8")
    (folder / "shanghai.txt").write_text(SHANGHAI, encoding="utf-8")
    db = tmp_path / "factdesk.sqlite3"
    done = cli("import", str(folder), "--db", str(db))
    assert done.returncode == 0, done.stderr
    for alias in ALIASES:
        out = tmp_path / "baotou.xlsx"
        done = cli("export", str(out), "--db", str(db), "--status", "all", "--region", alias)
        assert done.returncode == 0, done.stderr
        assert " from 1 documents " in done.stdout, (alias, done.stdout)
        found = cells(out)
        assert "包頭市上半年簽約項目120個" in found, alias
        assert "上海一季度吸引外资增长10%" not in found, alias
    none = tmp_path / "none.xlsx"
    done = cli("export", str(none), "--db", str(db), "--status", "all", "--region", "Harbin")
    assert done.returncode == 0, done.stderr
    assert not {"包頭市上半年簽約項目120個", "上海一季度吸引外资增长10%"} & cells(none)
