"""Where the shipped resources (icons, style sheets, translations) are: inside the package, or inside
the frozen bundle's data folder when FactDesk runs from an installer build."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path


def resources_root() -> Path:
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        return Path(sys._MEIPASS) / "app" / "resources"
    return Path(str(resources.files("app.resources")))


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)


def read_text(*parts: str) -> str:
    return resource_path(*parts).read_text(encoding="utf-8")
