#!/usr/bin/env python3
"""Build the plugin zip that the QGIS plugin repository expects: build/apt_cropland.zip.

The zip holds exactly one top folder, ``apt_cropland/`` (the name QGIS imports the plugin by),
with what QGIS needs to run the plugin and nothing else:

- ``__init__.py``, ``__main__.py`` (the command line), ``metadata.txt``, ``LICENSE``;
- ``plugin/`` (its Python files and the pip constraints file of its installer) and ``resources/`` (icon, layer styles);
- ``i18n/*.qm``, compiled here from the ``i18n/*.ts`` sources with Qt's ``lrelease``
  (Debian: qttools5-dev-tools, installed by ``make setup``); none if there is no ``.ts`` yet;
- a short ``README.md`` made from metadata.txt.

Files are taken from ``git ls-files``, so untracked or ignored files never ship. Tests, scripts,
sample data, docs, build output, caches, git and CI files, Makefile and pyproject.toml are left out.

Usage: python3 scripts/package.py [--output build/apt_cropland.zip]   (what ``make package`` runs)
"""

from __future__ import annotations

import argparse
import configparser
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[1]
NAME = "apt_cropland"
DEFAULT_OUTPUT = ROOT / "build" / f"{NAME}.zip"
TOP_FILES = {"__init__.py", "__main__.py", "metadata.txt", "LICENSE"}  # __main__: python -m apt_cropland
# Data files the plugin reads at run time (besides its Python files)
PLUGIN_DATA = {"plugin/core/install/constraints.txt"}  # the versions "Install dependencies" pins
# Debian's Qt 5 binary first: /usr/bin/lrelease may be a qtchooser wrapper that picks no Qt.
LRELEASE_CANDIDATES = ("/usr/lib/qt5/bin/lrelease", "lrelease", "lrelease-qt5", "/usr/lib/qt6/bin/lrelease")


def tracked_files(root: Path = ROOT) -> list[str]:
    """Paths (POSIX, relative to ``root``) that git tracks and that exist in the work tree."""
    try:
        out = subprocess.run(["git", "-C", str(root), "ls-files", "-z"], capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError) as err:
        raise SystemExit(f"package: {root} must be a git checkout (git ls-files picks the files): {err}") from err
    return sorted(p for p in out.decode("utf-8").split("\0") if p and (root / p).is_file())


def ships(path: str) -> bool:
    """Whether a tracked file belongs in the plugin zip."""
    parts = PurePosixPath(path).parts
    if any(part == "__pycache__" or part.startswith(".") for part in parts) or path.endswith(".pyc"):
        return False
    if path in TOP_FILES or path in PLUGIN_DATA:
        return True
    return (parts[0] == "plugin" and path.endswith(".py")) or parts[0] == "resources"


def find_lrelease() -> str | None:
    for candidate in LRELEASE_CANDIDATES:
        found = shutil.which(candidate)
        if found:
            return found
    return None


def compile_translations(ts_files: list[Path], out_dir: Path) -> list[Path]:
    """``lrelease`` each .ts into ``out_dir/<stem>.qm``; returns the .qm paths."""
    if not ts_files:
        return []
    lrelease = find_lrelease()
    if lrelease is None:
        raise SystemExit("package: lrelease not found (Debian: apt-get install qttools5-dev-tools, or make setup)")
    out_dir.mkdir(parents=True, exist_ok=True)
    qm_files = []
    for ts in ts_files:
        qm = out_dir / f"{ts.stem}.qm"
        proc = subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True)
        if proc.returncode != 0 or not qm.is_file():
            raise SystemExit(f"package: lrelease failed on {ts}:\n{proc.stdout}{proc.stderr}")
        qm_files.append(qm)
    return qm_files


def read_metadata(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    with open(path, encoding="utf-8") as f:
        parser.read_file(f)
    return parser["general"]


def readme_text(meta: configparser.SectionProxy) -> str:
    """The short README shipped in the zip (the repository's README is for developers)."""
    return (
        f"# {meta['name']} {meta['version']}\n\n{meta['description'].strip()}\n\n{meta['about'].strip()}\n\n"
        "In QGIS: *Auto-prompt cropland* on the toolbar or *Raster > APT Cropland*, and the Processing "
        "provider *APT Cropland* (`aptcropland:prompts`, `aptcropland:autoprompt`).\n\n"
        f"- Home page and documentation: {meta['homepage']}\n- Bugs: {meta['tracker']}\n"
        f"- Source: {meta['repository']}\n\nLicence: GPL-2.0-or-later (see LICENSE).\n"
    )


def build_zip(root: Path = ROOT, output: Path | None = None) -> Path:
    """Write the plugin zip and return its path."""
    output = Path(output or DEFAULT_OUTPUT)
    files = tracked_files(root)
    meta = read_metadata(root / "metadata.txt")
    if meta.get("icon") not in files:
        raise SystemExit(f"package: the icon {meta.get('icon')!r} named in metadata.txt is not a tracked file")
    ts_files = [root / p for p in files if p.startswith("i18n/") and p.endswith(".ts")]
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="apt_package_") as tmp:
        qm_files = compile_translations(ts_files, Path(tmp) / "i18n")
        partial = output.with_name(output.name + ".part")
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in filter(ships, files):
                zf.write(root / path, f"{NAME}/{path}")
            for qm in qm_files:
                zf.write(qm, f"{NAME}/i18n/{qm.name}")
            zf.writestr(f"{NAME}/README.md", readme_text(meta))
        os.replace(partial, output)
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="zip to write (default: %(default)s)")
    args = parser.parse_args(argv)
    out = build_zip(output=args.output)
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
    qm = sum(n.endswith(".qm") for n in names)
    print(f"package: {out} ({len(names)} files, {qm} translations, {out.stat().st_size // 1024} kB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
