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


# --------------------------------------------------------------------------------------------
# aptcropland:fields: fields inside an existing cropland map (any polygon layer, any CRS)

FIELD_ATTRIBUTES = ["field_id", "area_ha", "perimeter_m", "score", "stability", "mean_prob"]
FIELDS_RUN = {"TILE_SIZE": 256, "OVERLAP": 32, "EXTENT": "485899,488099,5207046,5209246 [EPSG:26914]",
              "DEVICE": "cpu", "FIELD_POINT_SPACING": 200, "FIELD_MIN_SCORE": 0, "FIELD_MIN_STABILITY": 0,
              "MIN_FIELD_AREA": 2000}


@pytest.fixture(scope="module")
def cropland_4326(naip_glc, tmp_path_factory) -> str:
    """The SYNTHETIC land cover's cropland (class 40) as polygons in EPSG:4326, not the image's CRS."""
    from support import cropland_polygons

    return cropland_polygons(naip_glc, tmp_path_factory.mktemp("cropland") / "cropland_4326.gpkg")


def test_fields_algorithm_draws_fields_inside_a_cropland_layer_in_another_crs(naip_path, tiny_checkpoint,
                                                                              cropland_4326, tmp_path):
    """A tiny random SAM (its masks are blobs, not fields: this checks the mechanics) on the real NAIP
    scene, inside a cropland layer in EPSG:4326 (the image is EPSG:26914)."""
    from processing_support import vector
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsProject

    results, log = run("aptcropland:fields", {
        "IMAGE": naip_path, "CROPLAND": cropland_4326, "CHECKPOINT": tiny_checkpoint, **FIELDS_RUN,
        "OUTPUT": str(tmp_path / "fields.gpkg")})
    layer = vector(results["OUTPUT"])
    assert [f.name() for f in layer.fields()][-6:] == FIELD_ATTRIBUTES
    assert layer.crs().authid() == "EPSG:26914"
    features = list(layer.getFeatures())
    assert len(features) > 0 and f"{len(features)} field parcels; SAM encoded 4 tiles." in log
    assert sorted(f["field_id"] for f in features) == list(range(1, len(features) + 1))
    assert all(f["area_ha"] >= 0.2 and f["perimeter_m"] > 0 and 0 <= f["mean_prob"] <= 1 for f in features)
    # none overlap, all inside the cropland (reprojected here by QGIS, independently of the core)
    geometries = [f.geometry() for f in features]
    for i, a in enumerate(geometries):
        for b in geometries[i + 1:]:
            assert a.intersection(b).area() < 1e-6
    crop = vector(cropland_4326)
    to_image = QgsCoordinateTransform(crop.crs(), QgsCoordinateReferenceSystem("EPSG:26914"), QgsProject.instance())
    parts = []
    for feature in crop.getFeatures():
        g = QgsGeometry(feature.geometry())
        g.transform(to_image)
        parts.append(g)
    union = QgsGeometry.unaryUnion(parts)
    for g in geometries:
        assert g.difference(union).area() < 1e-3 * g.area()
    # the same from the core directly: the algorithm adds nothing of its own
    from apt_cropland.plugin.core.accuracy.grid import VectorSource
    from apt_cropland.plugin.core.config import Config
    from apt_cropland.plugin.core.fields.masks import FieldParams
    from apt_cropland.plugin.core.fields.run import make_fields
    from apt_cropland.plugin.core.models.sam_engine import SamEngine

    config = Config(image=naip_path, tile_size=256, overlap=32, extent=(485899.0, 5207046.0, 488099.0, 5209246.0))
    core = make_fields(config, VectorSource(cropland_4326), SamEngine(tiny_checkpoint, "cpu"),
                       FieldParams(200.0, 0.0, 0.0, 2000.0), str(tmp_path / "core.gpkg"))
    assert core.n_fields == len(features)


def test_fields_algorithm_bad_input(naip_path, tiny_checkpoint, tmp_path):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    far = QgsVectorLayer("Polygon?crs=EPSG:26914", "far", "memory")  # a memory layer: copied for the core
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0,100 0,100 100,0 100,0 0))"))
    far.dataProvider().addFeatures([feature])
    base = {"IMAGE": naip_path, "CHECKPOINT": tiny_checkpoint, **FIELDS_RUN, "OUTPUT": str(tmp_path / "f.gpkg")}
    fails("aptcropland:fields", {**base, "CROPLAND": far}, "no cropland under the image")
    empty = QgsVectorLayer("Polygon?crs=EPSG:26914", "empty", "memory")
    fails("aptcropland:fields", {**base, "CROPLAND": empty}, "has no polygons")
    fails("aptcropland:fields", {**base, "CROPLAND": far, "FIELD_POINT_SPACING": 1}, "under one pixel")
    from qgis.core import QgsSettings

    from apt_cropland.plugin.toolbelt.model_store import FOLDER_KEY

    QgsSettings().setValue(FOLDER_KEY, str(tmp_path / "no_models"))
    try:
        fails("aptcropland:fields", {**base, "CROPLAND": far, "CHECKPOINT": "vit_h"}, "'vit_h' is not installed")
    finally:
        QgsSettings().remove(FOLDER_KEY)
    assert not (tmp_path / "f.gpkg").exists()
