"""Typed settings: one schema with defaults and descriptions; wrong types in the file read as the
default; keys from other versions survive a write; two processes writing at once never leave a broken
or missing file (unique temporary names in the same folder, then os.replace)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import config, settings

SRC = Path(__file__).resolve().parents[1] / "src"


def test_defaults_types_and_descriptions(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert settings.load(path) == settings.Settings()
    assert all(o.description.endswith(".") for o in settings.OPTIONS)
    path.write_text(json.dumps({"theme": 3, "window.last_document": "12", "language": "zh_CN", "future": [1]}))
    loaded = settings.load(path)
    assert (loaded.theme, loaded.window_last_document, loaded.language) == ("system", None, "zh_CN")
    settings.save(path, window_last_document=12)
    raw = json.loads(path.read_text())
    assert raw["window.last_document"] == 12 and raw["future"] == [1] and raw["language"] == "zh_CN"
    with pytest.raises(ValueError, match="window.last_document takes a int"):
        settings.save(path, window_last_document="12")
    with pytest.raises(ValueError, match="no setting named"):
        settings.save(path, colour="red")
    assert json.loads(path.read_text())["window.last_document"] == 12, "a refused change writes nothing"
    with pytest.raises(ValueError, match="window.last_document takes a int"):
        settings.save(path, window_last_document=True)  # JSON's true is no document number
    settings.save(path, team_reopen=True)
    assert json.loads(path.read_text())["team.reopen"] is True and settings.load(path).team_reopen is True
    raw = json.loads(path.read_text())
    path.write_text(json.dumps({**raw, "team.reopen": 1, "window.last_fact": False}))
    assert (settings.load(path).team_reopen, settings.load(path).window_last_fact) == (False, None)
    path.write_text("{broken")
    assert settings.load(path) == settings.Settings()


def test_config_reads_the_user_name_from_the_typed_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(config.ENV_USER, raising=False)
    config.save_settings(user_name="carla")
    assert config.user_name() == "carla" and config.load_settings().user_name == "carla"


WRITER = """
import sys
from pathlib import Path
from app import settings
path, who = Path(sys.argv[1]), int(sys.argv[2])
for i in range(150):
    settings.save(path, window_last_document=who * 1000 + i, theme=("light", "dark")[who])
    settings.load(path)
"""


def test_two_instances_writing_at_once_leave_a_whole_file(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "settings.json"
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(who)], env=env,
                                stderr=subprocess.PIPE, text=True) for who in (0, 1)]
    for w in writers:
        _out, err = w.communicate(timeout=120)
        assert w.returncode == 0, err
    final = json.loads(path.read_text())
    assert final["window.last_document"] in (149, 1149)
    assert [p.name for p in folder.iterdir()] == ["settings.json"], "no temporary file is left behind"
