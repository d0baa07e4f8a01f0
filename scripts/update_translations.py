#!/usr/bin/env python3
"""Regenerate the UI translations: pyside6-lupdate over src/app/ui (tr() calls, and N_() marks read
as QT_TR_NOOP) into src/app/resources/translations/factdesk_<lang>.ts, keeping the translations made
so far, then pyside6-lrelease into the .qm files the application loads.

lupdate puts the module-level tr() calls in an empty context; the application translates in the
context "FactDesk", so the .ts files use that name and this script maps it both ways.

    python scripts/update_translations.py           # update .ts and .qm, report what is untranslated
    python scripts/update_translations.py --check   # also fail when a string has no translation
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "src" / "app" / "ui"
OUT = ROOT / "src" / "app" / "resources" / "translations"
LANGUAGES = ("zh_CN",)
CONTEXT = "FactDesk"


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python (a venv), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (pip install PySide6)")
    return found


def update(language: str) -> tuple[int, int]:
    """Returns (messages, untranslated)."""
    ts = OUT / f"factdesk_{language}.ts"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / ts.name
        if ts.exists():
            work.write_text(ts.read_text(encoding="utf-8").replace(f"<name>{CONTEXT}</name>", "<name></name>"),
                            encoding="utf-8")
        sources = sorted(str(p) for p in UI.glob("*.py"))
        subprocess.run([tool("pyside6-lupdate"), "-tr-function-alias", "QT_TR_NOOP+=N_", "-locations", "none",
                        "-no-obsolete", "-target-language", language, *sources, "-ts", str(work)],
                       check=True, capture_output=True, text=True)
        text = work.read_text(encoding="utf-8").replace("<name></name>", f"<name>{CONTEXT}</name>")
    ts.write_text(text, encoding="utf-8")
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True,
                   capture_output=True, text=True)
    messages = list(ET.parse(ts).iter("message"))
    untranslated = [m for m in messages if m.find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]
    for m in untranslated:
        print(f"{language}: untranslated: {m.findtext('source')!r}")
    return len(messages), len(untranslated)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 when a string is untranslated")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    missing = 0
    for language in LANGUAGES:
        total, untranslated = update(language)
        missing += untranslated
        print(f"{language}: {total} strings, {untranslated} untranslated -> {OUT / f'factdesk_{language}.qm'}")
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    sys.exit(main())
