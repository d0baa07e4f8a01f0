"""Encodings without declarations: UTF-8 (BOM or not), UTF-16, GBK/GB18030, Big5; truncation; binary."""

from __future__ import annotations

import gzip
import random
from pathlib import Path

import pytest
from fixture_files import BIG5_SENTENCES, GBK_SENTENCES

from app.ingest import IngestError, read_document
from app.ingest.encoding import DecodeError, decode_bytes

ENGLISH = "Baotou signed 455 projects worth 579.9 billion yuan, the mayor said.\n"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (GBK_SENTENCES, "gbk"),
        (GBK_SENTENCES, "gb18030"),
        (BIG5_SENTENCES, "big5"),
        (BIG5_SENTENCES, "cp950"),
        (BIG5_SENTENCES, "gbk"),  # traditional characters written in GBK
        ("這是一個測試。", "big5"),  # short: a single sentence
        ("我们的经济发展很好。", "gbk"),
        (GBK_SENTENCES, "utf-8"),
        (BIG5_SENTENCES, "utf-16"),  # with BOM
        (ENGLISH, "utf-16-le"),  # BOM-less, detected from the NUL pattern
        (ENGLISH + "Café “quoted” – dash", "cp1252"),
        (ENGLISH, "ascii"),
    ],
)
def test_decodes_without_declaration(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding)) == text


def test_utf8_bom_is_removed() -> None:
    assert decode_bytes(b"\xef\xbb\xbf" + GBK_SENTENCES.encode("utf-8")) == GBK_SENTENCES


def test_truncated_utf8_drops_the_partial_character(tmp_path: Path) -> None:
    data = GBK_SENTENCES.encode("utf-8") + "強".encode()[:2]  # last character cut after 2 of 3 bytes
    path = tmp_path / "cut.txt"
    path.write_bytes(data)
    doc = read_document(path)
    assert doc.raw_text == GBK_SENTENCES
    assert doc.display_text == GBK_SENTENCES


def test_invalid_utf8_in_the_middle_is_not_treated_as_truncation() -> None:
    data = "abc強".encode() + b"\xe5\xbc" + b"def" * 50
    assert decode_bytes(data) != "abc強def"  # falls back to a legacy candidate, never silently drops


@pytest.mark.parametrize(("name", "text", "encoding"), [("gbk.txt", GBK_SENTENCES, "gbk"),
                                                         ("big5.txt", BIG5_SENTENCES, "big5")])  # fmt: skip
def test_gbk_and_big5_files_are_read_correctly(tmp_path: Path, name: str, text: str, encoding: str) -> None:
    path = tmp_path / name
    path.write_bytes((text + "\n" + text).encode(encoding))
    doc = read_document(path)
    assert doc.display_text == text + "\n" + text
    assert doc.language == ("zh-Hans" if encoding == "gbk" else "zh-Hant")


def test_seed_002_in_gb18030_hashes_like_utf8(tmp_path: Path, seeds_dir: Path) -> None:
    text = (seeds_dir / "002_9646be1045a74164.txt").read_text(encoding="utf-8")
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_bytes(text.encode("utf-8"))
    b.write_bytes(text.encode("gb18030"))
    assert read_document(a).content_hash == read_document(b).content_hash


@pytest.mark.parametrize(
    "blob",
    [
        random.Random(7).randbytes(4096),
        gzip.compress(ENGLISH.encode() * 50, mtime=0),
        bytes(range(256)) * 8,
        b"\x89PNG\r\n\x1a\n" + random.Random(3).randbytes(2000),
    ],
    ids=["random", "gzip", "all-bytes", "png"],
)
def test_binary_renamed_txt_is_refused(tmp_path: Path, blob: bytes) -> None:
    with pytest.raises(DecodeError):
        decode_bytes(blob)
    path = tmp_path / "image.txt"
    path.write_bytes(blob)
    with pytest.raises(IngestError) as err:
        read_document(path)
    assert str(err.value) == f"binary content, not text: {path}" or "binary" in str(err.value)
    assert "\n" not in str(err.value) and str(path) in str(err.value)
