"""Running ``python -m apt_cropland`` in a process where QGIS cannot be imported."""

from __future__ import annotations

import json
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


# The NAIP scene in small tiles, for runs that are interrupted, resumed or spread over a cluster
SMALL_TILES = 63  # 934 x 723 px in 128 px tiles with 16 px overlap: 9 columns x 7 rows
SMALL_OPTIONS = ["--tile-size", "128", "--overlap", "16", "--points-per-class", "4", "--rounds", "2",
                 "--min-area", "100", "--device", "cpu"]


def small_run(image, glc, checkpoint, out, *extra) -> list[str]:
    """``python -m apt_cropland run`` over :data:`SMALL_TILES` tiles into ``out``, with a JSON summary."""
    return [sys.executable, "-m", "apt_cropland", "run", "--image", image, "--glc", glc, "--checkpoint", checkpoint,
            *SMALL_OPTIONS, "--out", str(out), "--json", *extra]


def environment() -> dict:
    """The environment of a command-line run from this checkout (one thread: several run at once)."""
    return dict(os.environ, PYTHONPATH=str(ROOT / "build" / "qgis-plugins"), OMP_NUM_THREADS="1")


def run_json(args, timeout: int = 900) -> tuple[int, dict | None, str]:
    """A command-line run: its exit status, its JSON summary (None without one) and its stderr."""
    proc = subprocess.run(args, capture_output=True, text=True, env=environment(), timeout=timeout)
    lines = proc.stdout.strip().splitlines()
    return proc.returncode, json.loads(lines[-1]) if lines else None, proc.stderr


def finished_tiles(out: Path) -> dict:
    """The tiles a run folder's manifest records as finished (none while it cannot be read)."""
    try:
        return json.loads((out / "manifest.json").read_text())["tiles"]
    except (OSError, ValueError, KeyError):
        return {}
