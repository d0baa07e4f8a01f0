"""The installer builds use pinned versions: packaging/constraints.txt pins every distribution FactDesk
declares (runtime, `packaging` and `postgres` extras, the build system) to one version that satisfies
the declaration, and every build script and the CI workflow use it."""

from __future__ import annotations

import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
CONSTRAINTS = ROOT / "packaging" / "constraints.txt"


def pins() -> dict[str, Version]:
    out: dict[str, Version] = {}
    for line in CONSTRAINTS.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        req = Requirement(line)
        spec = list(req.specifier)
        assert len(spec) == 1 and spec[0].operator == "==", f"not an exact pin: {line}"
        name = canonicalize_name(req.name)
        assert name not in out, f"pinned twice: {req.name}"
        out[name] = Version(spec[0].version)
    return out


def test_every_declared_distribution_is_pinned_to_a_version_it_accepts() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    project = pyproject["project"]
    declared = [*project["dependencies"], *project["optional-dependencies"]["packaging"],
                *project["optional-dependencies"]["postgres"], *pyproject["build-system"]["requires"], "pip"]
    pinned = pins()
    for text in declared:
        req = Requirement(text)
        names = [req.name] + ([f"{req.name}-{extra}" for extra in req.extras] if req.name == "psycopg" else [])
        for name in names:
            version = pinned.get(canonicalize_name(name))
            assert version is not None, f"{name} is not pinned in {CONSTRAINTS.name}"
            if name == req.name:
                assert req.specifier.contains(version, prereleases=True), f"{name}=={version} does not satisfy {text}"


def test_the_build_scripts_use_the_constraints() -> None:
    for script in ("packaging/linux/build.sh", "packaging/macos/build_app.sh"):
        assert 'export PIP_CONSTRAINT="$' in (ROOT / script).read_text(encoding="utf-8") and "constraints.txt" in (
            ROOT / script).read_text(encoding="utf-8"), script
    workflow = (ROOT / ".github" / "workflows" / "installers.yml").read_text(encoding="utf-8")
    assert '$env:PIP_CONSTRAINT = "$PWD\\packaging\\constraints.txt"' in workflow
    assert "build.sh" in workflow and "build_app.sh" in workflow  # Linux and macOS go through the scripts
