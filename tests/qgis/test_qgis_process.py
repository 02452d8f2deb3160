"""The plugin's provider from the command line: ``qgis_process`` and ``make demo``."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer, QgsWkbTypes
from qgis_process_support import ROOT, needs_qgis_process, qgis_process, qgis_process_env
from support import RangeServer

pytestmark = needs_qgis_process


@pytest.fixture(scope="module")
def qgis_env(tmp_path_factory) -> dict:
    return qgis_process_env(tmp_path_factory.mktemp("qgis_profile"))


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
        "GLC_SOURCE=layer", "DEVICE=cpu", "PRECISION=fp32",  # enum parameters by name
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    report = json.loads(proc.stdout)
    assert Path(report["results"]["OUTPUT"]) == out
    assert any("SAM encoded 6 tiles" in line for line in report["log"]["info"])
    assert any("on CPU, encoder: fp32" in line for line in report["log"]["info"]), report["log"]["info"]

    assert out.is_file()
    layer = QgsVectorLayer(str(out), "cropland", "ogr")
    assert layer.isValid()
    assert layer.crs().authid() == "EPSG:26914"
    assert QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
    assert layer.featureCount() > 0
    assert all(f["area_ha"] >= 0.02 for f in layer.getFeatures())


def test_enum_parameters_are_listed_by_name_in_the_help(enabled):
    proc = qgis_process(enabled, "help", "aptcropland:autoprompt")
    assert proc.returncode == 0, proc.stderr
    assert "DEVICE: auto, cpu, cuda, mps (default auto)" in proc.stdout
    assert "PRECISION: auto, fp32, bf16, fp16 (default auto)" in proc.stdout
    assert "GLC_SOURCE: layer, worldcover_2021, worldcover_2020, esri_2024," in proc.stdout


def test_an_unknown_enum_name_is_refused(enabled, naip_path, naip_glc, tiny_checkpoint, tmp_path):
    proc = qgis_process(
        enabled, "run", "aptcropland:autoprompt", "--", f"IMAGE={naip_path}", f"GLC={naip_glc}",
        f"CHECKPOINT={tiny_checkpoint}", "DEVICE=gpu", f"OUTPUT={tmp_path / 'never.gpkg'}",
    )
    assert proc.returncode != 0
    assert "DEVICE" in proc.stdout + proc.stderr
    assert not (tmp_path / "never.gpkg").exists()


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


def make_demo(*args: str, **env_extra: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("GLC", "CHECKPOINT", "IMAGE", "CLASSES", "MAKEFLAGS")}
    env.update(env_extra)
    return subprocess.run(["make", "-s", "demo", *args], cwd=ROOT, capture_output=True, text=True, env=env,
                          timeout=300)


def closed_port() -> int:
    """A loopback port nobody listens on: what an offline machine's requests run into."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def write_catalog(path: Path, url: str, checkpoint: str | None = None) -> str:
    """A model catalogue whose vit_b is served at ``url`` (the tiny checkpoint's size and hash)."""
    data = Path(checkpoint).read_bytes() if checkpoint else b"x"
    entry = dict(name="vit_b", filename="sam_vit_b_01ec64.pth", url=url, size_bytes=len(data),
                 sha256=hashlib.sha256(data).hexdigest())
    path.write_text(json.dumps([entry]))
    return str(path)


def test_make_demo_offline_stops_at_once_and_says_what_to_pass(tmp_path):
    dead = f"http://127.0.0.1:{closed_port()}"
    start = time.monotonic()
    proc = make_demo(
        f"MODEL_DIR={tmp_path / 'models'}", f"DEMO_OUT={tmp_path / 'out'}",
        APT_CROPLAND_WORLDCOVER_URL=dead + "/ESA_WorldCover_10m_2021_v200_{tile}_Map.tif",
        APT_CROPLAND_MODEL_CATALOG=write_catalog(tmp_path / "catalog.json", dead + "/sam_vit_b_01ec64.pth"),
    )
    assert proc.returncode != 0
    assert time.monotonic() - start < 60
    paragraph = proc.stderr.strip().splitlines()[0]  # one paragraph: what it tried, and what to pass
    assert "ESA WorldCover 2021 could not be read online" in paragraph and "N45W102" in paragraph
    assert "the default SAM model vit_b" in paragraph and str(tmp_path / "models") in paragraph
    assert "make demo GLC=" in paragraph and "CHECKPOINT=" in paragraph and "make sample-glc" in paragraph
    assert not (tmp_path / "models").exists() and not (tmp_path / "out").exists()  # nothing was started


def test_make_demo_with_no_arguments_reads_worldcover_online_and_downloads_the_model(
    naip_glc, tiny_checkpoint, tmp_path
):
    """The first run as a new user makes it: land cover online, default model fetched and verified,
    both from loopback servers (the land cover served is SYNTHETIC, named as WorldCover's tile)."""
    www = tmp_path / "www"
    www.mkdir()
    shutil.copy(naip_glc, www / "ESA_WorldCover_10m_2021_v200_N45W102_Map.tif")
    shutil.copy(tiny_checkpoint, www / "sam_vit_b_01ec64.pth")
    server = RangeServer(www)
    try:
        proc = make_demo(
            f"MODEL_DIR={tmp_path / 'models'}", f"DEMO_OUT={tmp_path / 'out'}",
            APT_CROPLAND_WORLDCOVER_URL=server.url + "/ESA_WorldCover_10m_2021_v200_{tile}_Map.tif",
            APT_CROPLAND_MODEL_CATALOG=write_catalog(
                tmp_path / "catalog.json", server.url + "/sam_vit_b_01ec64.pth", tiny_checkpoint
            ),
        )
    finally:
        server.close()
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    model = tmp_path / "models" / "sam_vit_b_01ec64.pth"
    assert model.read_bytes() == Path(tiny_checkpoint).read_bytes()
    assert "verified" in proc.stderr
    [run] = list((tmp_path / "out").iterdir())
    layer = QgsVectorLayer(str(run / "cropland.gpkg"), "demo", "ogr")
    assert layer.isValid() and layer.crs().authid() == "EPSG:26914"
    points = QgsVectorLayer(str(run / "prompts.gpkg"), "prompts", "ogr")
    assert points.featureCount() == 60  # 30 + 30: WorldCover's cropland was read through the server


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
