"""Builders of real test files (no binary blobs in git), shared by the ingest and command-line tests.

On the tests' import path (pyproject: pythonpath), so any test can `import fixture_files`."""

from __future__ import annotations

import zipfile
from pathlib import Path

from app.ingest.clean import CJK

PINYIN_LEFT_RE = rf"[{CJK}][(（][a-zü\u00e0-\u01dc ]+[)）]"

GBK_SENTENCES = "包头市今年以来共签约项目455个，协议投资额达5799亿元。全市新引进招商项目178个，上市公司24家。"
BIG5_SENTENCES = (
    "呼和浩特市招商引資大會召開後，全市新引進招商項目178個，協議投資額達2088.26億元。這是重點企業。"
)


def minimal_pdf(lines: list[str]) -> bytes:
    """A small valid PDF (one page, Helvetica text), written by hand with a correct xref table."""
    content_ops = ["BT", "/F1 12 Tf", "72 720 Td", "14 TL"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        content_ops.append(f"({escaped}) Tj T*")
    content_ops.append("ET")
    stream = "\n".join(content_ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def write_zip_bomb_docx(path: Path, uncompressed_mb: int = 210) -> None:
    """A .docx-shaped zip whose word/document.xml inflates to ``uncompressed_mb`` MB (streamed)."""
    chunk = b" " * (1024 * 1024)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(b'<?xml version="1.0"?><w:document>')
            for _ in range(uncompressed_mb):
                fh.write(chunk)
            fh.write(b"</w:document>")
