"""Running ``python -m apt_cropland`` in a process where QGIS cannot be imported."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def no_qgis_folder(folder: Path) -> str:
    """A folder whose ``qgis`` package refuses to import: the command line must not need it."""
    (folder / "qgis").mkdir(exist_ok=True)
    (folder / "qgis" / "__init__.py").write_text("raise ImportError('QGIS is not available to the command line')\n")
    return str(folder)


def run_cli(no_qgis: str, *args: str, timeout: int = 600) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([no_qgis, str(ROOT / "build" / "qgis-plugins")]))
    return subprocess.run([sys.executable, "-m", "apt_cropland", *args], capture_output=True, text=True, env=env,
                          timeout=timeout, cwd=str(ROOT.parent))
