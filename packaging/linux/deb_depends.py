"""Print the Depends field for FactDesk's .deb: the Debian packages of the shared libraries the bundle
links to but does not carry.

    python3 packaging/linux/deb_depends.py dist/factdesk

The libraries every ELF file in the bundle names (NEEDED) are resolved with `ldd` against the
bundle's own library folders first. A library found on this machine is mapped to its package with
`dpkg -S`; one that is not installed here (Qt's xcb plugin needs libxcb-icccm4, libxcb-keysyms1...
which a build machine often lacks) is mapped by Debian's naming rule (libfoo-bar.so.4 ->
libfoo-bar4, libfoo2.so.0 -> libfoo2-0) and checked with `apt-cache show` when this machine has
package lists. libc6 and libstdc++6 get the lowest versions that have every GLIBC_/GLIBCXX_ symbol
version the bundle asks for (read with `readelf -V`). Qt loads OpenGL and EGL at run time, so libgl1
and libegl1 are always listed."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ALWAYS = {"libgl1", "libegl1", "libfontconfig1", "libxkbcommon-x11-0", "libxcb-cursor0"}
LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(not found|\S+)")


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(4) == b"\x7fELF"
    except OSError:
        return False


def elf_files(bundle: Path) -> list[Path]:
    return [p for p in sorted(bundle.rglob("*")) if p.is_file() and not p.is_symlink() and is_elf(p)]


def needed(path: Path) -> set[str]:
    out = subprocess.run(["readelf", "-d", "--wide", str(path)], capture_output=True, text=True).stdout
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out))


def resolve(files: list[Path], bundle: Path) -> tuple[set[str], set[str]]:
    """(paths of system libraries the bundle's files link to directly, names of libraries not found
    anywhere). Indirect dependencies come with the packages of the direct ones."""
    lib_dirs = sorted({str(p.parent) for p in files if ".so" in p.name})
    env = dict(os.environ, LD_LIBRARY_PATH=os.pathsep.join(lib_dirs))
    system: set[str] = set()
    missing: set[str] = set()
    bundle_real = str(bundle.resolve())
    for path in files:
        direct = needed(path)
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            m = LDD_LINE.match(line)
            if not m or m.group(1) not in direct:
                continue
            name, where = m.groups()
            if where == "not found":
                missing.add(name)
            elif not os.path.realpath(where).startswith(bundle_real):
                system.add(where)
    return system, missing


def package_of(path: str) -> str | None:
    candidates = {path, os.path.realpath(path)}
    for p in list(candidates):  # merged /usr: dpkg may know the file under /lib or /usr/lib
        if p.startswith("/usr/lib/"):
            candidates.add(p[len("/usr"):])
        elif p.startswith("/lib/"):
            candidates.add("/usr" + p)
    for p in candidates:
        out = subprocess.run(["dpkg", "-S", p], capture_output=True, text=True)
        if out.returncode == 0 and out.stdout:
            return out.stdout.split(":", 1)[0].strip()
    return None


def package_by_name(soname: str) -> str:
    base, _, version = soname.partition(".so.")
    base = base.lower().replace("_", "-")
    name = f"{base}-{version}" if base[-1].isdigit() else f"{base}{version}"
    return name


def apt_lists_present() -> bool:
    return any(Path("/var/lib/apt/lists").glob("*_Packages*"))


def package_exists(name: str) -> bool:
    out = subprocess.run(["apt-cache", "show", "--no-all-versions", name], capture_output=True, text=True)
    return out.returncode == 0 and "Package:" in out.stdout


GLIBCXX_GCC = {28: "10", 29: "11", 30: "12", 31: "13", 32: "13.2", 33: "14", 34: "15"}
"""libstdc++'s symbol version GLIBCXX_3.4.N first shipped with this GCC (the libstdc++6 package version)."""


def symbol_versions(files: list[Path]) -> dict[str, tuple[int, ...]]:
    """The highest GLIBC_ and GLIBCXX_ symbol versions the files ask for."""
    best: dict[str, tuple[int, ...]] = {}
    for path in files:
        out = subprocess.run(["readelf", "-V", "--wide", str(path)], capture_output=True, text=True).stdout
        for m in re.finditer(r"Name: (GLIBC|GLIBCXX)_(\d+(?:\.\d+)+)", out):
            version = tuple(int(x) for x in m.group(2).split("."))
            best[m.group(1)] = max(best.get(m.group(1), ()), version)
    return best


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    bundle = Path(argv[0])
    files = elf_files(bundle)
    system, missing = resolve(files, bundle)
    packages = set(ALWAYS)
    unknown = []
    for path in sorted(system):
        pkg = package_of(path)
        if pkg is None:
            unknown.append(path)
        else:
            packages.add(pkg.split(":")[0])
    can_check = apt_lists_present()
    for soname in sorted(missing):
        pkg = package_by_name(soname)
        if not can_check:
            print(f"deb_depends: no package lists to check {pkg} (for {soname}) against", file=sys.stderr)
            packages.add(pkg)
        elif package_exists(pkg):
            packages.add(pkg)
        else:
            unknown.append(f"{soname} (guessed package {pkg} does not exist)")
    if unknown:
        print("deb_depends: no package found for: " + ", ".join(unknown), file=sys.stderr)
        return 1
    versions = symbol_versions(files)
    minimum = {}
    if "GLIBC" in versions:
        minimum["libc6"] = ".".join(map(str, versions["GLIBC"]))
        packages.add("libc6")
    if "GLIBCXX" in versions and versions["GLIBCXX"][-1] in GLIBCXX_GCC and "libstdc++6" in packages:
        minimum["libstdc++6"] = GLIBCXX_GCC[versions["GLIBCXX"][-1]]
    fields = [f"{p} (>= {minimum[p]})" if p in minimum else p for p in sorted(packages)]
    print(", ".join(fields))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
