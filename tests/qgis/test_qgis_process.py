"""The plugin's provider from the command line: ``qgis_process`` and ``make demo``."""

from __future__ import annotations

import json
import os
import subprocess
import sysconfig
import time
from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer, QgsWkbTypes

ROOT = Path(__file__).resolve().parents[2]
PLUGIN_PATH = ROOT / "build" / "qgis-plugins"
# /usr/bin/qgis_process is a wrapper that adds an option this build rejects; the binary works.
QGIS_PROCESS = "/usr/bin/qgis_process.bin"

pytestmark = pytest.mark.skipif(not os.access(QGIS_PROCESS, os.X_OK), reason=f"{QGIS_PROCESS} is not installed")


@pytest.fixture(scope="module")
def qgis_env(tmp_path_factory) -> dict:
    """The environment ``make demo`` gives qgis_process, with a throw-away QGIS profile."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        QGIS_PLUGINPATH=str(PLUGIN_PATH),
        QGIS_CUSTOM_CONFIG_PATH=str(tmp_path_factory.mktemp("qgis_profile")),
        PYTHONPATH=sysconfig.get_paths()["purelib"],  # this venv: torch, segment-anything
        LC_ALL="C.UTF-8",  # the plugin follows the system locale here: English, as asserted below
    )
    return env


def qgis_process(env: dict, *args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([QGIS_PROCESS, *args], capture_output=True, text=True, env=env, timeout=timeout)


@pytest.fixture(scope="module")
def enabled(qgis_env) -> dict:
    proc = qgis_process(qgis_env, "plugins", "enable", "apt_cropland")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "* apt_cropland" in proc.stdout  # enabled, and implements a Processing provider
    return qgis_env


def test_provider_is_listed(enabled):
    proc = qgis_process(enabled, "list")
    assert proc.returncode == 0, proc.stderr
    assert "aptcropland:autoprompt" in proc.stdout
    assert "aptcropland:prompts" in proc.stdout


def test_run_autoprompt(enabled, naip_path, naip_glc, tiny_checkpoint, tmp_path):
    out = tmp_path / "out.gpkg"
    proc = qgis_process(
        enabled, "run", "aptcropland:autoprompt", "--json", "--",
        f"IMAGE={naip_path}", f"GLC={naip_glc}", f"CHECKPOINT={tiny_checkpoint}",
        # small tiles and a small minimum area: the tiny random SAM makes only small pieces
        "TILE_SIZE=512", "POINTS_PER_CLASS=10", "MIN_AREA=200", f"OUTPUT={out}",
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    report = json.loads(proc.stdout)
    assert Path(report["results"]["OUTPUT"]) == out
    assert any("SAM encoded 6 tiles" in line for line in report["log"]["info"])

    assert out.is_file()
    layer = QgsVectorLayer(str(out), "cropland", "ogr")
    assert layer.isValid()
    assert layer.crs().authid() == "EPSG:26914"
    assert QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
    assert layer.featureCount() > 0
    assert all(f["area_ha"] >= 0.02 for f in layer.getFeatures())


def test_run_without_land_cover_or_prompts_fails_clearly(enabled, naip_path, tiny_checkpoint, tmp_path):
    out = tmp_path / "never.gpkg"
    proc = qgis_process(
        enabled, "run", "aptcropland:autoprompt", "--",
        f"IMAGE={naip_path}", f"CHECKPOINT={tiny_checkpoint}", f"OUTPUT={out}",
    )
    assert proc.returncode != 0
    assert "Choose a land cover (GLC) raster layer or the online ESA WorldCover, or give prompt points." in (
        proc.stdout + proc.stderr
    )
    assert not out.exists()


# --------------------------------------------------------------------------------------------
# make demo: what it says when its inputs are missing
# --------------------------------------------------------------------------------------------


def make_demo(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("GLC", "CHECKPOINT", "IMAGE", "CLASSES", "MAKEFLAGS")}
    return subprocess.run(["make", "-s", "demo", *args], cwd=ROOT, capture_output=True, text=True, env=env,
                          timeout=120)


def test_make_demo_without_glc_says_how_to_pass_it():
    proc = make_demo()
    assert proc.returncode != 0
    assert "make demo GLC=" in proc.stderr
    assert "make sample-glc" in proc.stderr  # and how to try it without a real land cover


def test_make_demo_without_checkpoint_says_where_to_get_it(naip_glc, tmp_path):
    proc = make_demo(f"GLC={naip_glc}", f"CHECKPOINT={tmp_path / 'missing.pth'}")
    assert proc.returncode != 0
    assert "needs a SAM checkpoint" in proc.stderr
    assert "sam_vit_b_01ec64.pth" in proc.stderr


def test_make_demo_makes_a_cropland_layer_and_can_run_again(naip_glc, tiny_checkpoint, tmp_path):
    """The README's demo end to end (twice: the second run finds the plugin enabled already)."""
    for _ in range(2):
        proc = make_demo(f"GLC={naip_glc}", f"CHECKPOINT={tiny_checkpoint}", f"DEMO_OUT={tmp_path}")
        assert proc.returncode == 0, proc.stdout + proc.stderr
        time.sleep(1.1)  # each run gets its own time-stamped folder
    runs = sorted(tmp_path.iterdir())
    assert len(runs) == 2
    for run in runs:
        layer = QgsVectorLayer(str(run / "cropland.gpkg"), "demo", "ogr")
        assert layer.isValid() and layer.crs().authid() == "EPSG:26914"
        assert (run / "prompts.gpkg").is_file() and (run / "probability.tif").is_file()
