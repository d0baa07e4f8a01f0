#!/usr/bin/env bash
# Build FactDesk for macOS: dist/FactDesk.app (PyInstaller, from packaging/factdesk.spec) and a
# compressed disk image dist/FactDesk-VERSION-macos-ARCH.dmg holding the app and a link to
# /Applications (drag to install; no administrator rights needed for ~/Applications either).
#
#   bash packaging/macos/build_app.sh
#
# The app is built in its own virtual environment ($FACTDESK_BUILD_VENV, default build/venv) with
# only FactDesk and PyInstaller, at the versions pinned in packaging/constraints.txt (PIP_CONSTRAINT,
# which also pins pip's isolated build); $PYTHON (default python3.11, else python3) must be CPython 3.11+.
# PyInstaller signs the bundle ad hoc; signing with a Developer ID and notarising are left to the
# release process (they need the organisation's certificate).
set -euo pipefail

[ "$(uname -s)" = Darwin ] || { echo "build_app: macOS only (hdiutil, .app bundles)" >&2; exit 1; }
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
DIST="$ROOT/dist"
WORK="$ROOT/build/pyinstaller"
VENV="${FACTDESK_BUILD_VENV:-$ROOT/build/venv}"
PYTHON="${PYTHON:-$(command -v python3.11 || command -v python3)}"
say() { echo "build_app: $*" >&2; }
mb() { du -sk "$1" | awk '{printf "%.1f", $1 / 1024}'; }
started=$SECONDS
export PIP_CONSTRAINT="$ROOT/packaging/constraints.txt"  # every pip below, and pip's isolated builds

if [ ! -x "$VENV/bin/python" ]; then
  say "creating the build environment $VENV with $PYTHON"
  "$PYTHON" -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip  # to the pinned version
fi
"$VENV/bin/python" -m pip install -q "$ROOT[packaging,postgres]"
"$VENV/bin/python" -m pip install -q --no-deps --force-reinstall "$ROOT"
VERSION="$("$VENV/bin/python" -c 'import app; print(app.__version__)')"
ARCH="$(uname -m)"

say "freezing FactDesk $VERSION (PyInstaller)"
rm -rf "$DIST/factdesk" "$DIST/FactDesk.app" "$WORK"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --workpath "$WORK" --distpath "$DIST" "$ROOT/packaging/factdesk.spec"
APP="$DIST/FactDesk.app"
plist_version="$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$APP/Contents/Info.plist")"
[ "$plist_version" = "$VERSION" ] || { say "Info.plist says $plist_version, the package $VERSION"; exit 1; }
codesign --verify --deep "$APP"
"$APP/Contents/MacOS/FactDesk" --version

say "checking the app: FactDesk.app/Contents/MacOS/FactDesk --self-test"
"$APP/Contents/MacOS/FactDesk" --self-test

DMG="$DIST/FactDesk-$VERSION-macos-$ARCH.dmg"
STAGE="$ROOT/build/dmg"
rm -rf "$STAGE" "$DMG"
mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
say "making $DMG"
hdiutil create -quiet -volname "FactDesk $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
hdiutil verify -quiet "$DMG"

echo "app:  $APP  $(mb "$APP") MB unpacked"
echo "dmg:  $DMG  $(mb "$DMG") MB"
echo "time: $((SECONDS - started)) s"
