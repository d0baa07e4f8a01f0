"""Which parts of Qt FactDesk's bundle leaves out: used by the hook overrides beside this file and by
packaging/factdesk.spec.

PyInstaller's Qt hooks collect every plugin of every Qt module the bindings link to, and then every
library those plugins need (GTK, Wayland, EGL, OpenSSL, Kerberos...). The overrides here filter the
hooks' results *before* that dependency analysis, so nothing is pulled in for a plugin that is dropped.

FactDesk is a widgets application: it needs the platform plugins (xcb on Linux, windows, cocoa, and
offscreen for the self-test), image formats and the SVG icon engine, input contexts (ibus for Chinese
input) and styles. It does not use QML/Quick, networking, SQL drivers, PDF, multimedia or the
Wayland/EGL/framebuffer back ends (on a Wayland desktop Qt runs through XWayland)."""

from __future__ import annotations

import os
import re

DROP_PLUGIN_DIRS = {
    "designer", "egldeviceintegrations", "generic", "geometryloaders", "multimedia", "networkaccess",
    "networkinformation", "position", "qmllint", "qmltooling", "renderers", "sceneparsers", "scenegraph",
    "sqldrivers", "texttospeech", "tls", "virtualkeyboard", "wayland-decoration-client",
    "wayland-graphics-integration-client", "wayland-graphics-integration-server",
    "wayland-hardware-layer-integration", "wayland-shell-integration", "webview", "bearer",
}
DROP_PLUGIN_FILES = re.compile(
    r"(qeglfs|qlinuxfb|qminimalegl|qvkkhrdisplay|qvnc|qwayland|qtvirtualkeyboard|qgtk3|qpdf|qtiff|qwebp|qtga|qwbmp"
    r"|qdirect2d)[^/\\]*$",
    re.IGNORECASE,
)
DROP_LIBS = re.compile(
    r"Qt6?(Pdf|Qml|Quick|Network|OpenGL|Wayland|WlShell|EglFS|Designer|Lottie|Labs|Test|Sql|VirtualKeyboard"
    r"|Multimedia|WebEngine|3D|Charts|Help|UiTools)",
)
KEEP_TRANSLATIONS = re.compile(r"^qt(base)?_(en|zh_CN|zh_TW)\.qm$")


def keep(src: str, dest: str) -> bool:
    """Whether a file collected for Qt goes into the bundle. `dest` is its folder (hooks) or path
    (the spec's TOC) inside the bundle."""
    dest_parts = dest.replace("\\", "/").split("/")
    name = os.path.basename(src)
    if "plugins" in dest_parts:
        rest = dest_parts[dest_parts.index("plugins") + 1:]
        if rest and rest[0] in DROP_PLUGIN_DIRS:
            return False
        return not DROP_PLUGIN_FILES.search(name)
    if "translations" in dest_parts:
        return bool(KEEP_TRANSLATIONS.match(name))
    if "qml" in dest_parts:
        return False
    return not DROP_LIBS.search(name)


def trimmed_qt_dependencies(hook_file: str) -> tuple[list, list, list]:
    """What PyInstaller's own hook for this module would collect, less what FactDesk leaves out."""
    from PyInstaller.utils.hooks.qt import add_qt6_dependencies

    hiddenimports, binaries, datas = add_qt6_dependencies(hook_file)
    binaries = [(src, dest) for src, dest in binaries if keep(src, dest)]
    datas = [(src, dest) for src, dest in datas if keep(src, dest)]
    return hiddenimports, binaries, datas
