#!/usr/bin/env python3
"""Quickstart driver: `python3 dev.py app` opens FactDesk on the demo corpus, `python3 dev.py test`
runs the whole test suite. Each sets up what it needs first: a virtual environment in .venv with
FactDesk installed (editable) and, for the tests, the system packages and a local PostgreSQL server
when this machine allows it (root with apt-get); without them those tests skip and say why."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")


def sh(*cmd: str | Path, **kw) -> None:  # noqa: ANN003
    print("+", " ".join(map(str, cmd)), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, **kw)


def ensure_venv(extras: str) -> None:
    if not PY.exists():
        venv.EnvBuilder(with_pip=True).create(VENV)
        sh(PY, "-m", "pip", "install", "-q", "--upgrade", "pip")
    stamp = VENV / f".installed-{extras or 'base'}"
    pyproject = ROOT / "pyproject.toml"
    if not stamp.exists() or stamp.stat().st_mtime < pyproject.stat().st_mtime:
        target = f"{ROOT}[{extras}]" if extras else str(ROOT)
        sh(PY, "-m", "pip", "install", "-q", "-e", target)
        stamp.touch()


def system_setup() -> dict[str, str]:
    """System packages and PostgreSQL for the tests; returns extra environment for pytest."""
    env: dict[str, str] = {}
    script = ROOT / "scripts" / "test_system_setup.sh"
    if os.name == "posix" and shutil.which("bash"):
        out = subprocess.run(["bash", str(script)], capture_output=True, text=True)
        sys.stderr.write(out.stderr)
        for line in out.stdout.splitlines():
            if "=" in line and line.split("=", 1)[0].isupper():
                key, value = line.split("=", 1)
                env[key] = value
    return env


def cmd_app(args: list[str]) -> int:
    ensure_venv("")
    return subprocess.call([str(BIN / "factdesk"), *args])


def cmd_test(args: list[str]) -> int:
    ensure_venv("test")
    env = dict(os.environ)
    env.update(system_setup())
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if env.get("FACTDESK_TEST_PG_URL"):
        print(f"PostgreSQL store tests: on ({env['FACTDESK_TEST_PG_URL']})", flush=True)
    else:
        print("PostgreSQL store tests: skipped (no server could be started here)", flush=True)
    checks = (
        ("import contracts (lint-imports)", [str(BIN / "lint-imports")]),
        ("lint (ruff)", [str(PY), "-m", "ruff", "check", "src", "tests", "bench", "scripts", "tools", "dev.py"]),
        ("types (mypy)", [str(PY), "-m", "mypy"]),
    )
    for name, command in checks:
        print(f"check: {name}", flush=True)
        code = subprocess.call(command, cwd=ROOT, env=env)
        if code:
            print(f"check failed: {name}", flush=True)
            return code
    return subprocess.call([str(PY), "-m", "pytest", *args], cwd=ROOT, env=env)


def main(argv: list[str]) -> int:
    commands = {"app": cmd_app, "test": cmd_test}
    if not argv or argv[0] not in commands:
        print(__doc__)
        print("usage: python3 dev.py app [factdesk args] | python3 dev.py test [pytest args]")
        return 2
    return commands[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
