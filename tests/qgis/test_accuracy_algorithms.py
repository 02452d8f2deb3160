"""``aptcropland:evaluate``, ``sample`` and ``assess`` through ``processing.run`` in real QGIS, on
rasters and polygon layers in different CRSs, with figures worked out by hand from the layers."""

from __future__ import annotations

import csv

import numpy as np
import pytest
import rasterio
from processing_support import fails, run, vector
from qgis.core import QgsRasterLayer, QgsVectorLayer
from rasterio.transform import from_origin
from support import write_raster

UTM = "EPSG:32633"
X0, Y0 = 500000.0, 5000000.0  # 100 x 100 pixels of 10 m


@pytest.fixture(scope="module", autouse=True)
def provider(processing_provider):
    return processing_provider


def columns(n: int, value=1, other=0, width=100) -> np.ndarray:
    data = np.full((100, width), other, np.uint8)
    data[:, :n] = value
    return data


def utm_raster(path, data, **kw) -> str:
    return write_raster(path, data, crs=UTM, transform=from_origin(X0, Y0, 10, 10), **kw)


def polygon_layer(path, boxes, crs: str) -> str:
    """A GeoPackage of rectangles given in UTM 33N, stored in ``crs`` (written by QGIS)."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsFeature,
        QgsGeometry,
        QgsPointXY,
        QgsProject,
        QgsVectorFileWriter,
    )

    layer = QgsVectorLayer(f"Polygon?crs={crs}", "polygons", "memory")
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem(UTM), QgsCoordinateReferenceSystem(crs),
                                       QgsProject.instance())
    features = []
    for x0, y0, x1, y1 in boxes:
        ring = [transform.transform(QgsPointXY(x, y)) for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1))]
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromPolygonXY([ring]))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsProject.instance().transformContext(),
                                                      options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    return str(path)


@pytest.fixture(scope="module")
def layers(tmp_path_factory):
    d = tmp_path_factory.mktemp("accuracy")
    return {
        "map_raster": utm_raster(d / "map.tif", columns(50)),  # cropland: 50 western columns
        "ref_raster": utm_raster(d / "ref.tif", columns(40)),  # reference: 40 western columns
        "glc": utm_raster(d / "glc.tif", columns(60, value=40, other=30)),
        # the same map as polygons in WGS 84, the reference as polygons in Web Mercator
        "map_polygons": polygon_layer(d / "map.gpkg", [(X0, Y0 - 1000, X0 + 500, Y0)], "EPSG:4326"),
        "ref_polygons": polygon_layer(d / "ref.gpkg", [(X0, Y0 - 1000, X0 + 400, Y0)], "EPSG:3857"),
        "dir": d,
    }


def test_evaluate_polygon_map_on_a_grid_with_baseline(layers, tmp_path):
    results, log = run("aptcropland:evaluate", {
        "MAP": layers["map_polygons"], "REFERENCE": layers["ref_polygons"], "GRID": layers["map_raster"],
        "GLC": layers["glc"], "CROPLAND_CLASSES": "40",
        "OUTPUT_TABLE": str(tmp_path / "scores.csv"), "OUTPUT_HTML": str(tmp_path / "report.html"),
        "OUTPUT_DIFFERENCE": str(tmp_path / "difference.tif"),
    })
    # both 4000, map only 1000, neither 5000; land cover: both 4000, map only 2000, neither 4000
    assert results["MAP_PIXELS"] == 10000
    assert results["MAP_OA"] == pytest.approx(0.9) and results["MAP_PRECISION"] == pytest.approx(0.8)
    assert results["MAP_RECALL"] == pytest.approx(1.0) and results["MAP_IOU"] == pytest.approx(0.8)
    assert results["MAP_F1"] == pytest.approx(8000 / 9000)
    assert results["MAP_MIOU"] == pytest.approx((0.8 + 5000 / 6000) / 2)
    assert results["GLC_OA"] == pytest.approx(0.8) and results["GLC_PRECISION"] == pytest.approx(4000 / 6000)
    assert "Map: OA 0.9000" in log
    with open(results["OUTPUT_TABLE"], newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["map"] for r in rows] == ["map", "glc"]
    assert float(rows[0]["both_ha"]) == pytest.approx(40, rel=1e-3)  # 4000 pixels of 0.01 ha
    page = (tmp_path / "report.html").read_text()
    assert "data:image/png;base64," in page and "90.00" in page
    difference = QgsRasterLayer(results["OUTPUT_DIFFERENCE"], "difference", "gdal")
    assert difference.isValid() and difference.crs().authid() == UTM
    assert difference.renderer().type() == "paletted"  # the .qml beside it
    assert (tmp_path / "difference.qml").exists()
    with rasterio.open(results["OUTPUT_DIFFERENCE"]) as ds:
        assert np.bincount(ds.read(1).ravel(), minlength=5).tolist() == [0, 4000, 1000, 0, 5000]


def test_evaluate_raster_map_with_a_resolution_free_area(layers, tmp_path):
    area = polygon_layer(tmp_path / "area.gpkg", [(X0, Y0 - 500, X0 + 1000, Y0)], "EPSG:4326")  # the north half
    results, _ = run("aptcropland:evaluate", {"MAP": layers["map_raster"], "REFERENCE": layers["ref_polygons"],
                                              "AREA": area})
    assert results["MAP_PIXELS"] == 5000
    assert results["MAP_OA"] == pytest.approx(0.9)
    assert "GLC_OA" not in results or results["GLC_OA"] is None


def test_evaluate_polygon_map_at_a_resolution(layers):
    results, _ = run("aptcropland:evaluate", {"MAP": layers["map_polygons"], "REFERENCE": layers["ref_raster"],
                                              "RESOLUTION": 10})
    # the grid is in the map's CRS (degrees): 10 m pixels over the union of the two extents
    assert results["MAP_RECALL"] == pytest.approx(1.0, abs=0.02)
    assert results["MAP_PRECISION"] == pytest.approx(0.8, abs=0.02)


def test_evaluate_bad_input(layers, tmp_path):
    far = write_raster(tmp_path / "far.tif", columns(40), crs=UTM, transform=from_origin(X0 + 90000, Y0, 10, 10))
    fails("aptcropland:evaluate", {"MAP": layers["map_raster"], "REFERENCE": far}, "does not overlap")
    fails("aptcropland:evaluate", {"MAP": layers["map_raster"], "REFERENCE": layers["glc"]},
          "reference has no cropland", "classes: 1")
    fails("aptcropland:evaluate", {"MAP": layers["map_polygons"], "REFERENCE": layers["ref_raster"]},
          "needs a comparison grid")


def _sample(map_layer, tmp_path, **extra):
    out = tmp_path / "sample.gpkg"
    results, log = run("aptcropland:sample", {"MAP": map_layer, "SIZE": 40, "MIN_PER_CLASS": 20, "SEED": 4,
                                              "OUTPUT": str(out), **extra})
    return vector(results["OUTPUT"]), log


def test_sample_a_raster_map(layers, tmp_path):
    layer, log = _sample(layers["map_raster"], tmp_path)
    assert layer.crs().authid() == UTM
    assert layer.fields().names()[-3:] == ["stratum", "map_class", "ref_class"]
    strata = [f["stratum"] for f in layer.getFeatures()]
    assert sorted(set(strata)) == [0, 1] and strata.count(0) == 20 and strata.count(1) == 20  # 20 + 20, topped up
    assert all(f["ref_class"] is None or f["ref_class"] == "" or str(f["ref_class"]) == "NULL"
               for f in layer.getFeatures())
    assert "Stratum 1: 50.0" in log and "40 sample points" in log


def test_sample_polygons_in_wgs84_at_a_resolution(layers, tmp_path):
    layer, _ = _sample(layers["map_polygons"], tmp_path, RESOLUTION=10, SIZE=10, MIN_PER_CLASS=0)
    assert layer.crs().authid() == "EPSG:4326"
    assert {f["stratum"] for f in layer.getFeatures()} == {1}  # the grid covers the polygons: all cropland


def labelled(layer: QgsVectorLayer, wrong: dict[int, int]) -> QgsVectorLayer:
    """Fill ref_class with the stratum, except the first ``wrong[s]`` points of stratum s (flipped)."""
    seen = {0: 0, 1: 0}
    layer.startEditing()
    index = layer.fields().indexOf("ref_class")
    for f in layer.getFeatures():
        s = f["stratum"]
        seen[s] += 1
        layer.changeAttributeValue(f.id(), index, 1 - s if seen[s] <= wrong.get(s, 0) else s)
    assert layer.commitChanges()
    return layer


def test_assess_the_labelled_sample(layers, tmp_path):
    layer, _ = _sample(layers["map_raster"], tmp_path)
    labelled(layer, {1: 2, 0: 1})
    results, log = run("aptcropland:assess", {
        "MAP": layers["map_raster"], "SAMPLE": layer.source(), "REF_FIELD": "ref_class",
        "OUTPUT_TABLE": str(tmp_path / "estimates.csv"), "OUTPUT_HTML": str(tmp_path / "assess.html")})
    # W = 0.5 / 0.5; U_1 = 18/20, U_0 = 19/20
    assert results["OA"] == pytest.approx(0.5 * 0.9 + 0.5 * 0.95, rel=1e-4)
    var = 0.25 * 0.9 * 0.1 / 19 + 0.25 * 0.95 * 0.05 / 19
    assert results["OA_CI95"] == pytest.approx(1.96 * np.sqrt(var), rel=1e-4)
    with open(results["OUTPUT_TABLE"], newline="") as f:
        reader = csv.DictReader(f)
        rows = list(reader)
    assert reader.fieldnames == ["class", "n", "mapped_area_ha", "adjusted_area_ha", "adjusted_area_ci95_ha",
                                 "users_accuracy", "users_accuracy_ci95", "producers_accuracy",
                                 "producers_accuracy_ci95"]
    assert float(rows[1]["mapped_area_ha"]) == pytest.approx(50, rel=1e-3)
    assert float(rows[1]["adjusted_area_ha"]) == pytest.approx(100 * (0.5 * 0.9 + 0.5 * 0.05), rel=1e-3)
    assert "40 labelled points used" in log
    assert "data:image/png;base64," in (tmp_path / "assess.html").read_text()


def test_assess_a_sample_in_another_crs_over_polygons(layers, tmp_path):
    """Points sampled on the polygon map (WGS 84) over the UTM grid raster, assessed after reprojection."""
    layer, _ = _sample(layers["map_polygons"], tmp_path, GRID=layers["map_raster"])
    assert layer.crs().authid() == UTM  # the grid's CRS
    labelled(layer, {})
    results, _ = run("aptcropland:assess", {"MAP": layers["map_polygons"], "GRID": layers["map_raster"],
                                            "SAMPLE": layer.source()})
    assert results["OA"] == pytest.approx(1.0)


def test_assess_bad_input(layers, tmp_path):
    layer, _ = _sample(layers["map_raster"], tmp_path)
    fails("aptcropland:assess", {"MAP": layers["map_raster"], "SAMPLE": layer.source()}, "none of the 40",
          "reference label")  # nothing labelled yet
    labelled(layer, {})
    layer.startEditing()
    first = next(layer.getFeatures())
    layer.changeAttributeValue(first.id(), layer.fields().indexOf("ref_class"), 7)
    assert layer.commitChanges()
    fails("aptcropland:assess", {"MAP": layers["map_raster"], "SAMPLE": layer.source()}, "labels 7",
          "not classes of the map (0, 1)")
    layer.startEditing()
    layer.changeAttributeValue(first.id(), layer.fields().indexOf("ref_class"), first["stratum"])
    ones = [f.id() for f in layer.getFeatures() if f["stratum"] == 1]
    for fid in ones[1:]:  # one point of stratum 1 left
        layer.deleteFeature(fid)
    assert layer.commitChanges()
    fails("aptcropland:assess", {"MAP": layers["map_raster"], "SAMPLE": layer.source()},
          "at least 2 labelled sample points", "class 1: 1")
    empty = QgsVectorLayer(f"Point?crs={UTM}&field=ref_class:integer", "empty", "memory")
    fails("aptcropland:assess", {"MAP": layers["map_raster"], "SAMPLE": empty}, "no points")
