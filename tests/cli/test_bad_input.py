"""Every bad input of the import issue, through the real command: one clear line naming the file,
a non-zero exit, and a database left exactly as it was (same rows, same audit log)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

import pytest
from fixture_files import minimal_pdf, write_zip_bomb_docx
from pypdf import PdfWriter

Builder = Callable[[Path], Path]


def empty(d: Path) -> Path:
    (p := d / "empty.txt").write_bytes(b"")
    return p


def binary_renamed(d: Path) -> Path:
    (p := d / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    return p


def huge_text(d: Path) -> Path:
    p = d / "huge.txt"
    line = b"Baotou signed 455 projects worth 579.9 billion yuan. " * 40 + b"\n"
    with p.open("wb") as fh:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    return p


def scripts_only_html(d: Path) -> Path:
    (p := d / "nav.html").write_text(
        "<html><head><script>var a = 1;</script></head><body><nav><a href='/'>Home</a> | "
        "<a href='/news'>News</a></nav><script>track()</script></body></html>", "utf-8")
    return p


def corrupt_pdf(d: Path) -> Path:
    (p := d / "broken.pdf").write_bytes(minimal_pdf(["Baotou signed 455 projects"])[:120])
    return p


def encrypted_pdf(d: Path) -> Path:
    from pypdf import PdfReader

    writer = PdfWriter(clone_from=PdfReader(BytesIO(minimal_pdf(["Secret investment report"]))))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    p = d / "locked.pdf"
    with p.open("wb") as fh:
        writer.write(fh)
    return p


def docx_not_zip(d: Path) -> Path:
    (p := d / "report.docx").write_text("this is a plain text file with a .docx name", "utf-8")
    return p


def zip_bomb_docx(d: Path) -> Path:
    write_zip_bomb_docx(p := d / "bomb.docx")
    return p


CASES: list[tuple[Builder, str]] = [
    (empty, "empty"),
    (binary_renamed, "binary"),
    (huge_text, "too large"),
    (scripts_only_html, "no article text"),
    (corrupt_pdf, "PDF"),
    (encrypted_pdf, "encrypted"),
    (docx_not_zip, "docx"),
    (zip_bomb_docx, "MB"),
]


def _dump(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        rows = [r for t in ("documents", "facts", "audit_events", "export_records")
                for r in conn.execute(f"SELECT * FROM {t} ORDER BY id")]
    conn.close()
    return rows


@pytest.fixture
def stocked_db(cli, tmp_path: Path, seeds_dir: Path) -> Path:  # noqa: ANN001
    db = tmp_path / "f.sqlite3"
    assert cli("import", str(seeds_dir / "000_4cad672952d9ec44.txt"), "--db", str(db)).returncode == 0
    return db


@pytest.mark.parametrize("build, words", CASES, ids=[c[0].__name__ for c in CASES])
def test_bad_file_is_refused_with_one_line(cli, stocked_db: Path, tmp_path: Path, build: Builder,  # noqa: ANN001
                                           words: str) -> None:
    before = _dump(stocked_db)
    bad = build(tmp_path)
    res = cli("import", str(bad), "--db", str(stocked_db))
    assert res.returncode == 1
    lines = [x for x in res.stderr.splitlines() if x.strip()]
    assert len(lines) == 1, res.stderr
    assert str(bad) in lines[0] and words.lower() in lines[0].lower(), lines[0]
    assert "Traceback" not in res.stderr + res.stdout
    assert res.stdout.strip().splitlines()[-1] == "imported 0, duplicates 0, failed 1"
    assert _dump(stocked_db) == before


def test_gbk_and_big5_without_declaration_are_read(cli, tmp_path: Path) -> None:  # noqa: ANN001
    from fixture_files import BIG5_SENTENCES, GBK_SENTENCES

    (tmp_path / "gbk.txt").write_bytes(GBK_SENTENCES.encode("gbk"))
    (tmp_path / "big5.txt").write_bytes(BIG5_SENTENCES.encode("big5"))
    db = tmp_path / "f.sqlite3"
    res = cli("import", str(tmp_path / "gbk.txt"), str(tmp_path / "big5.txt"), "--db", str(db))
    assert res.returncode == 0, res.stderr
    with sqlite3.connect(db) as conn:
        texts = dict(conn.execute("SELECT language, display_text FROM documents"))
    conn.close()
    assert texts["zh-Hans"] == GBK_SENTENCES
    assert texts["zh-Hant"] == BIG5_SENTENCES


def test_truncated_utf8_keeps_the_rest(cli, tmp_path: Path) -> None:  # noqa: ANN001
    text = "包头市今年以来共签约项目455个，协议投资额达5799亿元。"
    (tmp_path / "cut.txt").write_bytes(text.encode("utf-8")[:-2])
    db = tmp_path / "f.sqlite3"
    res = cli("import", str(tmp_path / "cut.txt"), "--db", str(db))
    assert res.returncode == 0, res.stderr
    with sqlite3.connect(db) as conn:
        (display,) = conn.execute("SELECT display_text FROM documents").fetchone()
    conn.close()
    assert display == text[:-1]
