"""A .docx zip bomb whose headers claim a small part: refused within a 500 MB address space."""

from __future__ import annotations

import os
import resource
import struct
import subprocess
import sys
import zlib
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"


def write_lying_bomb(path: Path, inflated_mb: int) -> None:
    """word/document.xml inflates to `inflated_mb` MB of zeros; both headers say 1 000 bytes."""
    deflater = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    block = deflater.compress(b"\0" * 2**20) + deflater.flush(zlib.Z_FULL_FLUSH)  # independent of history
    body = block * inflated_mb + deflater.flush(zlib.Z_FINISH)
    name = b"word/document.xml"
    claimed, crc = 1000, 0
    local = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(body), claimed, len(name), 0)
    central = struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, crc, len(body), claimed,
                          len(name), 0, 0, 0, 0, 0, 0)
    offset = len(local) + len(name) + len(body)
    directory = central + name
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 1, 1, len(directory), offset, 0)
    path.write_bytes(local + name + body + directory + end)


def test_lying_zip_bomb_is_refused_under_a_500_mb_address_space(tmp_path: Path) -> None:
    path = tmp_path / "liar.docx"
    write_lying_bomb(path, inflated_mb=2100)
    assert path.stat().st_size < 4 * 2**20

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (500 * 2**20, 500 * 2**20))

    result = subprocess.run([sys.executable, "-m", "app", "extract", "--format", "json", str(path)],
                            env=dict(os.environ, PYTHONPATH=str(SRC)), capture_output=True, text=True,
                            timeout=120, preexec_fn=limit)
    assert result.returncode == 1
    assert result.stderr.strip() == f"failed: refused: .docx unpacks to more than 64 MB (zip bomb?): {path}"
    assert result.stdout.strip() == "[]"
