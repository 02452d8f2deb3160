"""``python -m apt_cropland run --fields`` without QGIS, on the real NAIP scene with a tiny random SAM
and the SYNTHETIC land cover built by a fixture."""

from __future__ import annotations

import json

from cli_support import no_qgis_folder, run_cli
from osgeo import ogr

EXTENT = "485899,5207046,488099,5209246"  # 440 x 440 pixels: 2 x 2 tiles of 256 with 32 overlap


def test_fields_flag_writes_fields_gpkg(naip_path, naip_glc, tiny_checkpoint, tmp_path):
    no_qgis = no_qgis_folder(tmp_path)
    out = tmp_path / "run"
    args = ["run", "--image", naip_path, "--glc", naip_glc, "--checkpoint", tiny_checkpoint, "--tile-size", "256",
            "--overlap", "32", "--extent", EXTENT, "--points-per-class", "5", "--fields", "--field-point-spacing",
            "25", "--field-min-score", "0", "--field-min-stability", "0", "--min-field-area", "500", "--out",
            str(out), "--json"]
    done = run_cli(no_qgis, *args)
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert summary["outputs"]["fields"] == str(out / "fields.gpkg")
    ds = ogr.Open(str(out / "fields.gpkg"))
    layer = ds.GetLayer("fields")
    assert layer.GetFeatureCount() == summary["fields"]
    names = [layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(layer.GetLayerDefn().GetFieldCount())]
    assert names == ["field_id", "area_ha", "perimeter_m", "score", "stability", "mean_prob"]
    before = (out / "fields.gpkg").read_bytes()
    again = run_cli(no_qgis, *args)  # the run in --out, fields.gpkg with it, is not replaced without --overwrite
    assert again.returncode == 2 and "already holds a run" in again.stderr
    assert (out / "fields.gpkg").read_bytes() == before
    resumed = run_cli(no_qgis, *args, "--resume")  # nor on resuming it (the outputs exist)
    assert resumed.returncode == 2 and "already exists" in resumed.stderr
    bad = run_cli(no_qgis, *args[:-3], "--field-min-score", "2", "--out", str(tmp_path / "bad"))
    assert bad.returncode == 2 and "FIELD_MIN_SCORE must be between 0 and 1" in bad.stderr


def test_fields_on_workers_are_the_in_process_fields(naip_path, naip_glc, tmp_path):
    """``--fields`` with ``--workers 2`` (a local Dask cluster): no longer refused, the same fields.gpkg. A
    tiny SAM whose probabilities spread across 0.5 (more cropland, so that there are fields), 16 tiles."""
    from spread_models import save_spread_sam

    checkpoint = save_spread_sam(tmp_path / "spread_sam.pth", seed=1)
    no_qgis = no_qgis_folder(tmp_path)
    args = ["run", "--image", naip_path, "--glc", naip_glc, "--checkpoint", checkpoint, "--tile-size", "128",
            "--overlap", "16", "--extent", EXTENT, "--points-per-class", "4", "--rounds", "2", "--min-area", "100",
            "--device", "cpu", "--precision", "fp32", "--fields", "--field-point-spacing", "50", "--field-min-score",
            "0", "--field-min-stability", "0", "--min-field-area", "500", "--json"]
    found = {}
    for workers in ("0", "2"):
        out = tmp_path / f"workers_{workers}"
        done = run_cli(no_qgis, *args, "--workers", workers, "--out", str(out))
        assert done.returncode == 0, done.stderr
        summary = json.loads(done.stdout.strip().splitlines()[-1])
        ds = ogr.Open(str(out / "fields.gpkg"))
        found[workers] = [(f.GetGeometryRef().ExportToWkt(), f.items()) for f in ds.GetLayer("fields")]
        assert summary["fields"] == len(found[workers])
    assert found["2"] == found["0"] and found["0"]
