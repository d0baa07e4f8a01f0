#!/usr/bin/env bash
# Build FactDesk for Linux: the one-folder bundle (PyInstaller), a .tar.gz of it and a .deb.
#
#   bash packaging/linux/build.sh            # from anywhere; writes dist/
#
# Output (VERSION from src/app/__init__.py, ARCH from dpkg):
#   dist/factdesk/                          the bundle; dist/factdesk/factdesk --self-test
#   dist/factdesk-VERSION-linux-ARCH.tar.gz the bundle as factdesk-VERSION/
#   dist/factdesk_VERSION_ARCH.deb          /opt/factdesk, /usr/bin/factdesk, menu entry and icons
#
# The bundle is built in its own virtual environment ($FACTDESK_BUILD_VENV, default build/venv) with
# only FactDesk and PyInstaller installed, so nothing else ends up in it, at the versions pinned in
# packaging/constraints.txt (PIP_CONSTRAINT, which also pins pip's isolated build). $PYTHON (default python3.11,
# else python3) must be a CPython 3.11+ built with a shared libpython, as PyInstaller needs.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
PACKAGING="$ROOT/packaging"
DIST="$ROOT/dist"
WORK="$ROOT/build/pyinstaller"
VENV="${FACTDESK_BUILD_VENV:-$ROOT/build/venv}"
PYTHON="${PYTHON:-$(command -v python3.11 || command -v python3)}"
say() { echo "build: $*" >&2; }
mb() { du -sb --apparent-size "$1" | awk '{printf "%.1f", $1 / 1048576}'; }
started=$SECONDS
export PIP_CONSTRAINT="$PACKAGING/constraints.txt"  # every pip below, and pip's isolated builds

# PyInstaller needs binutils (strip, objdump), the .deb dpkg-deb; install what is missing when we can.
if ! command -v readelf >/dev/null || ! command -v strip >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing binutils"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq binutils >/dev/null \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq binutils >/dev/null; }
  fi
fi
for tool in dpkg-deb ldd readelf strip; do
  command -v "$tool" >/dev/null || { say "missing $tool (apt-get install dpkg libc-bin binutils)"; exit 1; }
done

# --- the build environment -----------------------------------------------------------------------
if [ ! -x "$VENV/bin/python" ]; then
  say "creating the build environment $VENV with $PYTHON"
  "$PYTHON" -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip  # to the pinned version
fi
if [ "$("$VENV/bin/python" -c 'import sysconfig; print(sysconfig.get_config_var("Py_ENABLE_SHARED") or 0)')" != 1 ]; then
  say "$VENV uses a Python without a shared libpython; PyInstaller needs one (set PYTHON=/usr/bin/python3.11)"
  exit 1
fi
say "installing FactDesk (with the PostgreSQL driver, for teams sharing a database) and PyInstaller into $VENV"
"$VENV/bin/python" -m pip install -q "$ROOT[packaging,postgres]"
# Always the current sources, even when the version number did not change.
"$VENV/bin/python" -m pip install -q --no-deps --force-reinstall "$ROOT"
VERSION="$("$VENV/bin/python" -c 'import app; print(app.__version__)')"
ARCH="$(dpkg --print-architecture)"

# --- the bundle ----------------------------------------------------------------------------------
say "freezing FactDesk $VERSION (PyInstaller)"
rm -rf "$DIST/factdesk" "$WORK"
t0=$SECONDS
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --workpath "$WORK" --distpath "$DIST" "$PACKAGING/factdesk.spec"
freeze_seconds=$((SECONDS - t0))
BUNDLE="$DIST/factdesk"
"$BUNDLE/factdesk" --version >/dev/null

# --- .tar.gz -------------------------------------------------------------------------------------
TARBALL="$DIST/factdesk-$VERSION-linux-$ARCH.tar.gz"
say "packing $TARBALL"
tar -C "$DIST" --transform "s,^factdesk,factdesk-$VERSION," --owner=0 --group=0 -czf "$TARBALL" factdesk

# --- .deb ----------------------------------------------------------------------------------------
STAGE="$ROOT/build/deb/factdesk_${VERSION}_$ARCH"
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/doc/factdesk" "$STAGE/usr/share/icons/hicolor/scalable/apps"
cp -a "$BUNDLE" "$STAGE/opt/factdesk"
ln -s /opt/factdesk/factdesk "$STAGE/usr/bin/factdesk"
install -m 0644 "$PACKAGING/linux/factdesk.desktop" "$STAGE/usr/share/applications/factdesk.desktop"
install -m 0644 "$PACKAGING/icons/factdesk.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/factdesk.svg"
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$STAGE/usr/share/icons/hicolor/${size}x$size/apps"
  install -m 0644 "$PACKAGING/icons/png/factdesk-$size.png" "$STAGE/usr/share/icons/hicolor/${size}x$size/apps/factdesk.png"
done
cat >"$STAGE/usr/share/doc/factdesk/copyright" <<EOF
FactDesk $VERSION
License: Proprietary
Bundled third-party components (Python, Qt for Python, SQLAlchemy, Alembic, openpyxl and others)
keep their own licences; their licence files are inside /opt/factdesk/_internal.
EOF

# Depends: the system libraries the bundle links to but does not carry (the X11/xcb/OpenGL/fontconfig
# stack Qt's xcb plugin uses is deliberately left to the system: it must match the display server and
# graphics drivers), found by resolving every ELF file of the bundle against the bundle itself first.
depends="$(python3 "$PACKAGING/linux/deb_depends.py" "$BUNDLE")"
say "Depends: $depends"

installed_kb="$(du -sk "$STAGE/opt" "$STAGE/usr" | awk '{s+=$1} END {print s}')"
cat >"$STAGE/DEBIAN/control" <<EOF
Package: factdesk
Version: $VERSION
Architecture: $ARCH
Maintainer: FactDesk team <factdesk@localhost>
Installed-Size: $installed_kb
Depends: $depends
Section: utils
Priority: optional
Description: review facts extracted from news articles and export them to Excel
 FactDesk reads English and Chinese news articles and official reports, pre-extracts
 investment projects, indicators, targets and the officials quoted, lets an analyst
 correct and approve them beside the article, and exports Excel workbooks. Works offline.
EOF
# Menus and icon caches are refreshed by dpkg triggers (desktop-file-utils, hicolor-icon-theme).
# xz level 3: within 10 % of the default level 6 in size, four times faster (the CI has 2 cores).
find "$STAGE" -type d -exec chmod 0755 {} +
DEB="$DIST/factdesk_${VERSION}_$ARCH.deb"
say "packing $DEB"
dpkg-deb --root-owner-group --build -Zxz -z3 "$STAGE" "$DEB" >/dev/null

echo "bundle:   $BUNDLE  $(mb "$BUNDLE") MB unpacked ($(find "$BUNDLE" -type f | wc -l) files)"
echo "tarball:  $TARBALL  $(mb "$TARBALL") MB"
echo "deb:      $DEB  $(mb "$DEB") MB (installed $((installed_kb / 1024)) MB)"
echo "time:     freeze ${freeze_seconds} s, total $((SECONDS - started)) s"
