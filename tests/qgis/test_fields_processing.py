"""Field parcels in Processing, in real QGIS: the object scores of ``aptcropland:evaluate`` (on the
real Austrian parcels, edited by hand as in tests/unit/test_fields_objects.py)."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest
from processing_support import fails, run

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from test_fields_objects import PARCELS_VSI, edited, needs_parcels, square, write_layer  # noqa: E402


@pytest.fixture(scope="module", autouse=True)
def provider(processing_provider):
    return processing_provider


@needs_parcels
def test_evaluate_scores_fields_alone(tmp_path):
    from osgeo import ogr

    ds = ogr.Open(PARCELS_VSI)
    parcels = {f.GetFID(): f.GetGeometryRef().Clone() for f in ds.GetLayer(0)}
    predicted, _ = edited(parcels)
    fields = write_layer(tmp_path / "fields.gpkg", predicted, epsg=3857)
    reference = tmp_path / "parcels.gpkg"
    ogr.GetDriverByName("GPKG").CopyDataSource(ds, str(reference))
    results, log = run("aptcropland:evaluate", {
        "FIELDS": fields.path, "REFERENCE_FIELDS": str(reference), "BOUNDARY_TOLERANCE": 2.0,
        "OUTPUT_TABLE": str(tmp_path / "objects.csv"), "OUTPUT_HTML": str(tmp_path / "report.html")})
    assert results["FIELDS_MATCHED"] == 92 and results["FIELDS_PREDICTED"] == 100
    assert results["OBJECT_PRECISION"] == pytest.approx(0.92) and results["OBJECT_F1"] == pytest.approx(0.92)
    assert results["OVER_SEGMENTATION"] == pytest.approx(0.02) and results["UNDER_SEGMENTATION"] == pytest.approx(0.02)
    assert 0.5 < results["BOUNDARY_F1"] < 1 and 0.9 < results["MEAN_MATCHED_IOU"] < 1
    assert "MAP_F1" not in results or results["MAP_F1"] is None
    assert "92 of 100 matched" in log
    with open(tmp_path / "objects.csv") as f:
        rows = dict(csv.reader(f))
    assert float(rows["object_f1"]) == pytest.approx(0.92)
    report = (tmp_path / "report.html").read_text()
    assert "Field parcels: object scores" in report and "92" in report


def test_evaluate_fields_bad_input(tmp_path):
    ref = write_layer(tmp_path / "ref.gpkg", [square(500_000, 300_000, 500_100, 300_100)])
    fails("aptcropland:evaluate", {"FIELDS": ref.path}, "give both FIELDS and REFERENCE_FIELDS")
    fails("aptcropland:evaluate", {"FIELDS": ref.path, "REFERENCE_FIELDS": ref.path}, "boundary tolerance")
    fails("aptcropland:evaluate", {}, "Choose the map")
    results, _ = run("aptcropland:evaluate", {"FIELDS": ref.path, "REFERENCE_FIELDS": ref.path, "RESOLUTION": 5})
    assert results["OBJECT_F1"] == 1.0 and results["BOUNDARY_F1"] == pytest.approx(1.0)


def test_autoprompt_writes_field_parcels(naip_path, naip_glc, tiny_checkpoint, tmp_path):
    """OUTPUT_FIELDS on the real NAIP scene with a tiny random SAM and the SYNTHETIC land cover."""
    from processing_support import vector

    results, log = run("aptcropland:autoprompt", {
        "IMAGE": naip_path, "GLC": naip_glc, "CHECKPOINT": tiny_checkpoint, "TILE_SIZE": 256, "OVERLAP": 32,
        "EXTENT": "485899,488099,5207046,5209246 [EPSG:26914]", "POINTS_PER_CLASS": 5, "DEVICE": "cpu", "MIN_AREA": 25,
        "FIELD_POINT_SPACING": 25, "FIELD_MIN_SCORE": 0, "FIELD_MIN_STABILITY": 0, "MIN_FIELD_AREA": 500,
        "OUTPUT": str(tmp_path / "cropland.gpkg"), "OUTPUT_FIELDS": str(tmp_path / "fields.gpkg")})
    layer = vector(results["OUTPUT_FIELDS"])
    assert [f.name() for f in layer.fields()][-6:] == ["field_id", "area_ha", "perimeter_m", "score", "stability",
                                                       "mean_prob"]
    assert "0 of 4 tiles encoded for them" in log  # decoder passes only
