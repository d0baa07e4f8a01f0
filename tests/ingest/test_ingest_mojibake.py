"""Encodings that used to come out as mojibake, each read from a file the test writes in it."""

from __future__ import annotations

import io
from pathlib import Path

from fixture_files import GBK_SENTENCES, minimal_pdf
from pypdf import PdfReader, PdfWriter

from app.ingest import read_document

ENGLISH = (
    "Nestlé opened a café in Baotou, the company said on Monday. The plant will cost 2 billion yuan "
    "and employ 300 people, according to the société's statement.\n"
)


def test_latin1_file_is_read_as_western_text(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(ENGLISH.encode("latin-1"))
    doc = read_document(path)
    assert "Nestlé" in doc.display_text and "société" in doc.display_text
    assert "ķ" not in doc.display_text


def test_cp1252_quotes_are_read(tmp_path: Path) -> None:
    path = tmp_path / "cp1252.txt"
    path.write_bytes(("“Café” – " + ENGLISH).encode("cp1252"))
    assert read_document(path).display_text.startswith("“Café” – Nestlé")


def test_one_latin1_byte_in_utf8_text_is_repaired_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    head = "“Quoted” – the mayor said 投资 was up.\n".encode()
    path.write_bytes(head + "Nestlé opened".encode("latin-1") + ENGLISH[13:].encode())
    doc = read_document(path)
    assert "“Quoted”" in doc.display_text and "Nestlé opened" in doc.display_text
    assert doc.warnings and "Windows-1252" in doc.warnings[0]


def test_declared_latin1_over_gbk_bytes_is_read_as_chinese(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="iso-8859-1"><title>新闻</title></head><body><article>'
        + "".join(f"<p>{s}</p>" for s in GBK_SENTENCES.split("\n") if s)
        + "</article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("gbk"))
    doc = read_document(path)
    assert doc.language == "zh-Hans"
    assert GBK_SENTENCES.split("\n")[0][:10] in doc.display_text
    assert "Ð" not in doc.display_text
    assert any("declares" in w for w in doc.warnings)


def test_chinese_utf16_without_bom(tmp_path: Path) -> None:
    for enc in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{enc}.txt"
        path.write_bytes(GBK_SENTENCES.encode(enc))
        doc = read_document(path)
        assert doc.display_text.strip() == GBK_SENTENCES.strip()
        assert doc.language == "zh-Hans"


def test_a_nul_byte_is_removed_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "nul.txt"
    path.write_bytes(ENGLISH.encode() + b"\x00" + ENGLISH.encode())
    doc = read_document(path)
    assert "\x00" not in doc.raw_text and doc.display_text.count("Nestlé") == 2
    assert doc.warnings == ("1 NUL byte removed",)


def test_an_aes_encrypted_pdf_without_a_user_password_is_read(tmp_path: Path) -> None:
    plain = minimal_pdf(["Baotou signed 455 projects worth 2 billion yuan."])
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(plain)))
    writer.encrypt(user_password="", owner_password="owner-secret", algorithm="AES-256")
    path = tmp_path / "aes.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    assert b"/AESV3" in path.read_bytes()
    assert "455 projects" in read_document(path).display_text
