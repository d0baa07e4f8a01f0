"""The helpers of the installer builds: icon generation, the Qt trimming rules, the .deb's Depends."""

from __future__ import annotations

import importlib.util
import struct
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
RESOURCE_SVG = ROOT / "src" / "app" / "resources" / "icons" / "factdesk.svg"


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_make_icons_writes_every_size_and_container(tmp_path: Path) -> None:
    make_icons = _load(PACKAGING / "make_icons.py")
    svg = PACKAGING / "icons" / "factdesk.svg"
    # In a process of its own: it creates a QGuiApplication, which would stand in the way of the
    # QApplication the widget tests need.
    res = subprocess.run([sys.executable, str(PACKAGING / "make_icons.py"), "--svg", str(svg), "--out", str(tmp_path)],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    for size in make_icons.PNG_SIZES:
        assert _png_size((tmp_path / "png" / f"factdesk-{size}.png").read_bytes()) == (size, size)

    ico = (tmp_path / "factdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    for i, size in enumerate(make_icons.ICO_SIZES):
        w, _h, _c, _r, _planes, _bpp, length, offset = struct.unpack("<BBBBHHII", ico[6 + 16 * i: 22 + 16 * i])
        assert (w or 256) == size
        assert _png_size(ico[offset: offset + length]) == (size, size)

    icns = (tmp_path / "factdesk.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    pos, kinds = 8, {}
    while pos < len(icns):
        kind, length = icns[pos: pos + 4], struct.unpack(">I", icns[pos + 4: pos + 8])[0]
        kinds[kind] = _png_size(icns[pos + 8: pos + length])[0]
        pos += length
    assert kinds == {k: s for k, s in make_icons.ICNS_TYPES}


def test_generated_icons_come_from_the_resource_svg() -> None:
    assert (PACKAGING / "icons" / "factdesk.svg").read_bytes() == RESOURCE_SVG.read_bytes(), (
        "the app icon changed: run `python packaging/make_icons.py` and commit packaging/icons/"
    )


def test_qt_trim_keeps_what_a_widgets_app_needs() -> None:
    qt_trim = _load(PACKAGING / "pyinstaller-hooks" / "qt_trim.py")
    keep = qt_trim.keep
    plugins = "PySide6/Qt/plugins"
    for kept in ("platforms/libqxcb.so", "platforms/libqoffscreen.so", "platforms/qwindows.dll",
                 "platforms/libqcocoa.dylib", "imageformats/libqsvg.so", "iconengines/libqsvgicon.so",
                 "platforminputcontexts/libibusplatforminputcontextplugin.so", "styles/qmodernwindowsstyle.dll"):
        folder, name = kept.split("/")
        assert keep(f"/x/{name}", f"{plugins}/{folder}"), kept
    for dropped in ("platforms/libqwayland.so", "platforms/libqeglfs.so", "platformthemes/libqgtk3.so",
                    "imageformats/libqpdf.so", "tls/libqopensslbackend.so", "sqldrivers/libqsqlite.so",
                    "wayland-shell-integration/libxdg-shell.so"):
        folder, name = dropped.split("/")
        assert not keep(f"/x/{name}", f"{plugins}/{folder}"), dropped
    assert keep("/x/libQt6Widgets.so.6", "PySide6/Qt/lib")
    assert keep("/x/Qt6Gui.dll", "PySide6")
    assert not keep("/x/libQt6Quick.so.6", "PySide6/Qt/lib")
    assert not keep("/x/Qt6Network.dll", "PySide6")
    assert keep("/x/qtbase_zh_CN.qm", "PySide6/Qt/translations")
    assert not keep("/x/qtbase_de.qm", "PySide6/Qt/translations")
    assert not keep("/x/designer_zh_CN.qm", "PySide6/Qt/translations")


def test_deb_depends_names_packages_the_debian_way() -> None:
    deb_depends = _load(PACKAGING / "linux" / "deb_depends.py")
    assert deb_depends.package_by_name("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert deb_depends.package_by_name("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert deb_depends.package_by_name("libX11-xcb.so.1") == "libx11-xcb1"
    assert deb_depends.package_by_name("libxcb-render-util.so.0") == "libxcb-render-util0"
