"""Render FactDesk's icon (the SVG in the package's resources) into what the installers need:

    packaging/icons/factdesk.svg            a copy of the SVG (the .deb's scalable icon)
    packaging/icons/png/factdesk-SIZE.png   16 ... 1024 (Linux menus, the .deb's hicolor theme)
    packaging/icons/factdesk.ico            Windows: 16, 24, 32, 48, 64, 128, 256 (PNG-compressed entries)
    packaging/icons/factdesk.icns           macOS: 16 ... 1024 including the @2x variants

    python packaging/make_icons.py [--svg PATH] [--out DIR]

Rendering uses Qt's SVG renderer (PySide6, already a dependency of FactDesk); the .ico and .icns
containers are written here (both hold PNG data), so nothing else is needed. Run it again when the
SVG changes and commit the results: the installer builds use the committed files."""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SVG = ROOT / "src" / "app" / "resources" / "icons" / "factdesk.svg"
DEFAULT_OUT = ROOT / "packaging" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size (several types share a size: @1x and @2x).
ICNS_TYPES = (
    (b"icp4", 16), (b"ic11", 32), (b"icp5", 32), (b"ic12", 64), (b"icp6", 64), (b"ic07", 128),
    (b"ic13", 256), (b"ic08", 256), (b"ic14", 512), (b"ic09", 512), (b"ic10", 1024),
)


def render_pngs(svg: Path, sizes: tuple[int, ...]) -> dict[int, bytes]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: not a valid SVG: {svg}")
    pngs: dict[int, bytes] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            raise SystemExit(f"make_icons: could not encode the {size} px PNG")
        buffer.close()
        pngs[size] = bytes(data.data())
    return pngs


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG images (understood by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    directory, images = b"", b""
    for size, png in sorted(pngs.items()):
        dim = 0 if size >= 256 else size  # 0 means 256
        directory += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + directory + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    body = b""
    for kind, size in ICNS_TYPES:
        png = pngs[size]
        body += kind + struct.pack(">I", 8 + len(png)) + png
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(svg: Path, out: Path) -> list[Path]:
    pngs = render_pngs(svg, PNG_SIZES)
    (out / "png").mkdir(parents=True, exist_ok=True)
    written = []
    for size in PNG_SIZES:
        path = out / "png" / f"factdesk-{size}.png"
        path.write_bytes(pngs[size])
        written.append(path)
    ico = out / "factdesk.ico"
    ico.write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    icns = out / "factdesk.icns"
    icns.write_bytes(icns_bytes(pngs))
    copy = out / "factdesk.svg"
    copy.write_bytes(svg.read_bytes())
    return [*written, ico, icns, copy]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=DEFAULT_SVG, help=f"the icon (default: {DEFAULT_SVG})")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"output folder (default: {DEFAULT_OUT})")
    args = parser.parse_args(argv)
    if not args.svg.is_file():
        parser.error(f"no such SVG file: {args.svg}")
    for path in make_icons(args.svg, args.out):
        print(f"{path}  {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
