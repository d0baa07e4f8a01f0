"""The log file and the native-crash file (`app.logs`), shared by the command line and the window:
rotation at the real size limit, the level, exception formatting, the crash report of a command."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import logs


@pytest.fixture
def restore_logging() -> Iterator[None]:
    level = logging.getLogger().level
    yield
    logs.teardown()
    logs.release_native_crashes()
    logging.getLogger().setLevel(level)


def test_the_log_rotates_at_its_size_limit(tmp_path: Path, restore_logging: None) -> None:
    tmp_path = tmp_path / "data"
    tmp_path.mkdir()
    assert logs.setup(tmp_path) == tmp_path / "factdesk.log"
    logger = logging.getLogger("app.test")
    filler = "x" * 1000
    for n in range(7000):  # about 7 MB: more than the file and its five backups hold
        logger.error("record %05d %s", n, filler)
    logs.teardown()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["factdesk.log"] + [f"factdesk.log.{n}" for n in range(1, 6)]
    sizes = {name: (tmp_path / name).stat().st_size for name in names}
    assert all(size <= logs.MAX_BYTES for size in sizes.values()), sizes
    assert all(sizes[f"factdesk.log.{n}"] > logs.MAX_BYTES - 2000 for n in range(1, 6)), sizes

    def numbers(name: str) -> list[int]:
        return [int(n) for n in re.findall(r"record (\d{5})", (tmp_path / name).read_text(encoding="utf-8"))]

    newest, previous, oldest = numbers("factdesk.log"), numbers("factdesk.log.1"), numbers("factdesk.log.5")
    assert newest[-1] == 6999 and previous[-1] == newest[0] - 1  # nothing lost between the files
    assert oldest[0] > 0  # the first records have been rotated away


def test_setup_once_per_folder_and_the_level(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             restore_logging: None) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    logs.setup(first)
    logs.setup(first)
    logger = logging.getLogger("app.test")
    logger.info("not at the default level")
    logger.warning("a warning")
    monkeypatch.setenv(logs.ENV_LEVEL, "info")
    logs.setup(second)  # another data folder: the handler moves, the level is read again
    logger.info("asked for")
    logs.teardown()
    assert (first / "factdesk.log").read_text(encoding="utf-8").count("WARNING app.test: a warning") == 1
    assert "not at the default level" not in (first / "factdesk.log").read_text(encoding="utf-8")
    assert "INFO app.test: asked for" in (second / "factdesk.log").read_text(encoding="utf-8")
    assert sum(h.get_name() == logs.HANDLER_NAME for h in logging.getLogger().handlers) == 0


def test_exceptions_are_formatted_as_python_does_with_long_messages_cut() -> None:
    def chained() -> None:
        try:
            try:
                {}["key"]
            except KeyError as exc:
                raise ValueError("cannot convert") from exc
        except ValueError:
            raise RuntimeError("while handling")  # noqa: B904 - an implicit context, as Python chains it

    with pytest.raises(RuntimeError) as info:
        chained()
    exc = info.value
    exc.add_note("a note")
    assert logs.format_exception(exc) == "".join(traceback.format_exception(exc)).rstrip("\n")

    article = "2088.26亿元投资" * 500
    long = ValueError(f"cannot parse {article}")
    text = logs.format_exception(long)
    assert text.startswith("ValueError: cannot parse 2088.26亿元投资") and article not in text
    assert text.endswith(f"… ({len(str(long)) - logs.MESSAGE_CHARS} more characters left out)")


def test_a_native_crash_report_is_taken_once(tmp_path: Path, restore_logging: None) -> None:
    tmp_path = tmp_path / "data"
    tmp_path.mkdir()
    logs.setup(tmp_path)
    assert logs.catch_native_crashes(tmp_path) is None
    native = tmp_path / logs.NATIVE_NAME
    assert native.exists() and native.stat().st_size == 0
    logs.release_native_crashes()

    other_process = native.open("a", encoding="utf-8")  # another FactDesk holding the file open
    try:
        for n in range(7):
            other_process.write(f"Fatal Python error: Segmentation fault {n}\n\nCurrent thread 0x1 (most recent "
                                "call first):\n  File \"x.py\", line 1 in <module>\n")
            other_process.flush()
            crash = logs.take_native_crash(tmp_path)
            assert crash is not None and crash.kept_as == tmp_path / f"{logs.NATIVE_NAME}.1"
            assert crash.summary().startswith(f"Fatal Python error: Segmentation fault {n} at ")
            assert native.stat().st_size == 0
            assert logs.take_native_crash(tmp_path) is None  # once
        other_process.write("still written\n")  # the other process's handle goes on writing into the file
        other_process.flush()
    finally:
        other_process.close()
    assert native.read_text(encoding="utf-8") == "still written\n"
    kept = sorted(p.name for p in tmp_path.glob(f"{logs.NATIVE_NAME}.*"))
    assert kept == [f"{logs.NATIVE_NAME}.{n}" for n in range(1, 6)]
    assert "Segmentation fault 6" in (tmp_path / f"{logs.NATIVE_NAME}.1").read_text(encoding="utf-8")
    assert "Segmentation fault 2" in (tmp_path / f"{logs.NATIVE_NAME}.5").read_text(encoding="utf-8")
    logs.teardown()
    assert (tmp_path / "factdesk.log").read_text(encoding="utf-8").count(
        "ERROR app.logs: the previous run stopped with a native crash") == 7


INTERNAL_ERROR = """
import sys
import app.cli

def broken(args):
    raise LookupError("an unexpected failure")

app.cli.cmd_list = broken  # the parser is built after this, so `list` runs it
sys.exit(app.cli.main(["list"]))
"""


def test_an_unexpected_command_failure_goes_to_the_log(_private_data_dir: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2] / "src"))
    out = subprocess.run([sys.executable, "-c", INTERNAL_ERROR], capture_output=True, text=True, env=env,
                         timeout=120)
    log_file = _private_data_dir / "factdesk.log"
    assert out.returncode == 1
    assert out.stderr.strip() == f"factdesk: internal error: LookupError: an unexpected failure (details in {log_file})"
    text = log_file.read_text(encoding="utf-8")
    assert "ERROR app.cli: unexpected error\nTraceback (most recent call last):" in text
    assert 'in broken\nLookupError: an unexpected failure' in text
