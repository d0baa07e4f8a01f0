"""Import faults from the outside: odd file names, links out of the folder, unreadable folders, a full
disk — each through the real `factdesk` command in a second process."""

from __future__ import annotations

import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from article_files import write_articles

from app.store import Database

SRC = Path(__file__).resolve().parents[2] / "src"
ARTICLE = "Baotou signed 455 projects worth 579.9 billion yuan in {n}, the mayor said on Monday.\n"


def _run(*args: str, preexec: Callable[[], None] | None = None, env_extra: dict[str, str] | None = None,
         wrap: Sequence[str] = ()) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, PYTHONPATH=str(SRC), **(env_extra or {}))
    return subprocess.run([*wrap, sys.executable, "-m", "app", *args], env=env, capture_output=True,
                          timeout=300, preexec_fn=preexec)


def test_a_file_name_that_is_not_utf8_is_imported_and_shown_with_escapes(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE.format(n=1), "utf-8")
    odd = os.fsencode(folder) + b"/caf\xe9 \xff.txt"
    with open(odd, "wb") as fh:
        fh.write(ARTICLE.format(n=2).encode())
    db = str(tmp_path / "n.sqlite3")
    result = _run("import", str(folder), "--db", db)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("utf-8").strip() == "imported 2, duplicates 0, failed 0"
    listed = json.loads(_run("list", "--format", "json", "--db", db).stdout.decode("utf-8"))
    assert sorted(Path(r["source"]).name for r in listed) == ["a.txt", "caf\\xe9 \\xff.txt"]
    extracted = _run("extract", "--format", "json", str(folder))
    assert extracted.returncode == 0
    objects = json.loads(extracted.stdout.decode("utf-8"))  # strict UTF-8: raises on a raw byte
    assert sorted(Path(o["path"]).name for o in objects) == ["a.txt", "caf\\xe9 \\xff.txt"]


def test_a_link_leading_outside_the_folder_is_skipped_and_listed(tmp_path: Path) -> None:
    folder, outside = tmp_path / "in", tmp_path / "secret"
    folder.mkdir()
    outside.mkdir()
    (folder / "a.txt").write_text(ARTICLE.format(n=1), "utf-8")
    (outside / "passwd.txt").write_text(ARTICLE.format(n=2), "utf-8")
    (folder / "link.txt").symlink_to(outside / "passwd.txt")
    (folder / "inside.txt").symlink_to(folder / "a.txt")  # inside the folder: the same file, once
    result = _run("import", str(folder), "--db", str(tmp_path / "l.sqlite3"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().strip() == "imported 1, duplicates 0, failed 0, skipped 1 outside the folder"
    assert result.stderr.decode().strip() == (
        f"skipped (a link leading outside the folder): {folder / 'link.txt'}"
    )


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder another user can use (pytest's tmp_path is private to root)."""
    path = Path(tempfile.mkdtemp(prefix="factdesk-faults-"))
    path.chmod(0o777)
    yield path
    shutil.rmtree(path, ignore_errors=True)


def _as_nobody() -> None:
    if os.geteuid() == 0:
        os.setgid(65534)
        os.setuid(65534)


def _without_root_powers() -> tuple[list[str], Callable[[], None] | None]:
    """How to run the command so that a folder with mode 000 is unreadable, as it is for an analyst: root reads
    it anyway, so as root the command runs without the capabilities that bypass file permissions (util-linux
    `setpriv`), still as root so that it can reach an interpreter under a private /root (Debian's /root is
    0700); without `setpriv`, as the user nobody."""
    if os.geteuid() != 0:
        return [], None
    setpriv = shutil.which("setpriv")
    if setpriv:
        return [setpriv, "--bounding-set=-dac_override,-dac_read_search", "--"], None
    return [], _as_nobody


def test_an_unreadable_subfolder_is_a_warning_line(shared_dir: Path) -> None:
    folder = shared_dir / "in"
    (folder / "locked").mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLE.format(n=1), "utf-8")
    (folder / "locked" / "b.txt").write_text(ARTICLE.format(n=2), "utf-8")
    for p in (folder, folder / "a.txt"):
        p.chmod(0o755 if p.is_dir() else 0o644)
    (folder / "locked").chmod(0)
    data = shared_dir / "data"
    data.mkdir(mode=0o777)
    data.chmod(0o777)
    wrap, preexec = _without_root_powers()
    result = _run("import", str(folder), "--db", str(data / "u.sqlite3"), preexec=preexec, wrap=wrap,
                  env_extra={"FACTDESK_DATA_DIR": str(data)})
    (folder / "locked").chmod(0o755)
    assert result.stdout.decode().strip() == "imported 1, duplicates 0, failed 0"
    assert result.stderr.decode().strip() == (
        f"warning: cannot read folder (Permission denied), skipped: {folder / 'locked'}"
    )


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[tuple[Path, Callable[[], None] | None]]:
    """A folder on an 8 MB file system (tmpfs, when we may mount one), else a file size limit for the
    import process: both make SQLite's writes fail the way a full disk does. 8 MB holds more than one
    64-file store batch of the test articles (about 2.5 MB each) but not all 400 (about 16 MB), so the
    batches stored before the disk filled are there to check, however the writer's batches were cut."""
    mount = tmp_path / "small"
    mount.mkdir()
    mounted = shutil.which("mount") is not None and subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)], capture_output=True).returncode == 0
    if mounted:
        yield mount, None
        subprocess.run(["umount", str(mount)], check=True)
        return
    limit = 8 * 2**20

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    yield mount, limited


@pytest.mark.slow
def test_a_full_disk_stops_the_batch_cleanly(
    tmp_path: Path, small_disk: tuple[Path, Callable[[], None] | None]
) -> None:
    folder = write_articles(tmp_path / "in", 400)
    where, preexec = small_disk
    db = where / "full.sqlite3"
    Database.open(f"sqlite:///{db}").dispose()

    result = _run("import", str(folder), "--db", str(db), "--workers", "1", preexec=preexec)
    out, err = result.stdout.decode(), result.stderr.decode()
    assert result.returncode == 1
    summary = out.strip().splitlines()[-1]
    assert summary.endswith("(stopped: disk full)"), summary
    assert "disk full" in err and "Traceback" not in err and "INSERT" not in err
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        bare = conn.execute("SELECT count(*) FROM documents d WHERE NOT EXISTS "
                            "(SELECT 1 FROM facts f WHERE f.document_id = d.id)").fetchone()[0]
    conn.close()
    assert 0 < stored < 400 and bare == 0
    assert summary.startswith(f"imported {stored}, ")
