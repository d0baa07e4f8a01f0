"""Builders of real test files (no binary blobs in git), shared by the ingest and command-line tests.

On the tests' import path (pyproject: pythonpath), so any test can `import fixture_files`."""

from __future__ import annotations

import zipfile
from pathlib import Path

from app.ingest.clean import CJK
from app.selftest import minimal_pdf as minimal_pdf  # re-exported: one PDF builder for the app and the tests

PINYIN_LEFT_RE = rf"[{CJK}][(（][a-zü\u00e0-\u01dc ]+[)）]"

GBK_SENTENCES = "包头市今年以来共签约项目455个，协议投资额达5799亿元。全市新引进招商项目178个，上市公司24家。"
BIG5_SENTENCES = (
    "呼和浩特市招商引資大會召開後，全市新引進招商項目178個，協議投資額達2088.26億元。這是重點企業。"
)


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
