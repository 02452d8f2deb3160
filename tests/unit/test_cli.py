"""``python -m apt_cropland``: the pipeline from a terminal, in a process where QGIS cannot be
imported. The land cover over the NAIP scene is SYNTHETIC (built by a fixture from its NDVI)."""

from __future__ import annotations

import json
from pathlib import Path

import rasterio
from cli_support import run_cli as cli
from osgeo import ogr

ROOT = Path(__file__).resolve().parents[2]






def test_run_writes_the_three_files_and_a_json_summary(no_qgis, naip_path, naip_glc, tiny_checkpoint, tmp_path):
    out = tmp_path / "out"
    proc = cli(no_qgis, "run", "--image", naip_path, "--glc", naip_glc, "--checkpoint", tiny_checkpoint,
               "--tile-size", "512", "--points-per-class", "8", "--min-area", "200", "--device", "cpu",
               "--out", str(out), "--json")
    assert proc.returncode == 0, proc.stderr[-3000:]
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    assert summary["tiles_total"] == 6 and summary["tiles_computed"] == 6 and summary["tiles_reused"] == 0
    assert summary["seconds"] > 0
    assert summary["outputs"] == {"cropland": str(out / "cropland.gpkg"), "probability": str(out / "probability.tif"),
                                  "prompts": str(out / "prompts.gpkg")}
    ds = ogr.Open(str(out / "cropland.gpkg"))
    assert ds.GetLayer(0).GetFeatureCount() == summary["polygons"] > 0
    prompts_ds = ogr.Open(str(out / "prompts.gpkg"))  # kept: a layer dies with its dataset
    prompts = prompts_ds.GetLayer(0)
    assert prompts.GetFeatureCount() == 6 * 16 and prompts.GetSpatialRef().GetAuthorityCode(None) == "26914"
    with rasterio.open(out / "probability.tif") as prob:
        assert prob.crs.to_epsg() == 26914 and prob.profile["tiled"]


def test_results_in_out_are_never_replaced_unasked(no_qgis, naip_path, naip_glc, tiny_checkpoint, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "cropland.gpkg").write_text("the analyst's own file")
    proc = cli(no_qgis, "run", "--image", naip_path, "--glc", naip_glc, "--checkpoint", tiny_checkpoint,
               "--out", str(out))
    assert proc.returncode == 2
    assert "already exists" in proc.stderr and "Traceback" not in proc.stderr
    assert (out / "cropland.gpkg").read_text() == "the analyst's own file"


def test_bad_input_is_one_clear_line(no_qgis, naip_path, tmp_path):
    proc = cli(no_qgis, "run", "--image", naip_path, "--glc", str(tmp_path / "missing.tif"), "--checkpoint",
               str(tmp_path / "missing.pth"), "--out", str(tmp_path / "out"))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith("apt_cropland: ")
    proc = cli(no_qgis, "run", "--image", naip_path, "--more-glc", "a.tif", "b.tif", "--more-classes", "5",
               "--checkpoint", "x.pth", "--out", str(tmp_path / "out"))
    assert proc.returncode == 2 and "2 land covers were given, but 1 class lists" in proc.stderr
