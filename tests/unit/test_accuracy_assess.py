"""Estimates from a labelled sample over a real raster map (or polygons), against hand figures."""

from __future__ import annotations

import csv
import math

import numpy as np
import pytest
from osgeo import ogr, osr
from rasterio.transform import from_origin
from rasterio.warp import transform as warp_points
from support import write_raster

from apt_cropland.plugin.core.accuracy.assess import TABLE_COLUMNS, assess
from apt_cropland.plugin.core.accuracy.grid import VectorSource
from apt_cropland.plugin.core.accuracy.strata import StrataMap, StrataSpec
from apt_cropland.plugin.core.errors import AptInputError

UTM = "EPSG:32633"
X0, Y0 = 500000.0, 5000000.0


def polygons(path, rings, epsg=32633) -> VectorSource:
    """A GeoPackage of polygons given in UTM 33N coordinates, stored in ``epsg``."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("polygons", srs=srs, geom_type=ogr.wkbPolygon)
    for ring in rings:
        xs, ys = zip(*ring)
        if epsg != 32633:
            xs, ys = warp_points("EPSG:32633", f"EPSG:{epsg}", list(xs), list(ys))
        feature = ogr.Feature(layer.GetLayerDefn())
        ring_wkt = ",".join(f"{x!r} {y!r}" for x, y in zip(xs, ys))
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POLYGON(({ring_wkt}))"))
        layer.CreateFeature(feature)
    ds = None
    return VectorSource(str(path), "polygons")


def box(x0, y0, x1, y1):
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]


@pytest.fixture
def map_raster(tmp_path):
    """100 x 100 pixels of 10 m: class 1 in the 30 western columns (30 ha), class 0 in the rest (70 ha)."""
    data = np.zeros((100, 100), np.uint8)
    data[:, :30] = 1
    return write_raster(tmp_path / "map.tif", data, crs=UTM, transform=from_origin(X0, Y0, 10, 10), nodata=255)


def centre(col, row):
    return X0 + 10 * col + 5, Y0 - 10 * row - 5


def labelled_points():
    """10 points on class 1 (8 labelled 1, 2 labelled 0), 10 on class 0 (9 labelled 0, 1 labelled 1),
    one without a label and one off the map."""
    pts = [(*centre(c, 5 * c), 1 if c < 8 else 0) for c in range(10)]
    pts += [(*centre(40 + c, 5 * c), 1 if c == 0 else 0) for c in range(10)]
    pts += [(*centre(50, 50), None), (X0 - 500, Y0, 1)]
    xs, ys, labels = zip(*pts)
    return list(xs), list(ys), list(labels)


def test_estimates_and_table(map_raster, tmp_path):
    xs, ys, labels = labelled_points()
    with StrataMap(StrataSpec(raster=map_raster)) as strata:
        result = assess(strata, xs, ys, labels)
    assert (result.used, result.unlabelled, result.off_map) == (20, 1, 1)
    e = result.estimates
    assert e.counts.tolist() == [[9, 1], [2, 8]]
    assert e.areas == pytest.approx([70, 30], rel=1e-3)  # ha, true ground area (UTM scale factor within 0.1 %)
    assert e.oa == pytest.approx(0.7 * 0.9 + 0.3 * 0.8, rel=1e-5)
    adjusted = 100 * (0.7 * 0.1 + 0.3 * 0.8)  # 31 ha of reference class 1
    assert e.adjusted_area[1] == pytest.approx(adjusted, rel=1e-3)
    se = 100 * math.sqrt(0.7**2 * 0.1 * 0.9 / 9 + 0.3**2 * 0.8 * 0.2 / 9)
    out = result.write_csv(str(tmp_path / "table.csv"))
    with open(out, newline="") as f:
        rows = list(csv.DictReader(f))
    assert tuple(rows[0]) == TABLE_COLUMNS == (
        "class", "n", "mapped_area_ha", "adjusted_area_ha", "adjusted_area_ci95_ha", "users_accuracy",
        "users_accuracy_ci95", "producers_accuracy", "producers_accuracy_ci95")
    assert [r["class"] for r in rows] == ["0", "1"] and [r["n"] for r in rows] == ["10", "10"]
    assert float(rows[1]["adjusted_area_ha"]) == pytest.approx(adjusted, rel=1e-3)
    assert float(rows[1]["adjusted_area_ci95_ha"]) == pytest.approx(1.96 * se, rel=1e-3)
    assert float(rows[1]["users_accuracy"]) == pytest.approx(0.8)
    assert float(rows[1]["users_accuracy_ci95"]) == pytest.approx(1.96 * math.sqrt(0.8 * 0.2 / 9), rel=1e-5)
    assert float(rows[1]["producers_accuracy"]) == pytest.approx(0.24 / 0.31, rel=1e-4)
    assert any("1 points without a reference label" in line for line in result.log_lines())


def test_a_geographic_map_counts_true_area(tmp_path):
    # 0.001 degree pixels between 59.9 and 60 N: class 1 in the north half, class 0 in the south
    data = np.zeros((100, 10), np.uint8)
    data[:50] = 1
    path = write_raster(tmp_path / "geo.tif", data, crs="EPSG:4326", transform=from_origin(10.0, 60.0, 0.001, 0.001))
    xs = [10.0005] * 4 + [10.0015] * 4
    ys = [59.9995, 59.9985, 59.9975, 59.9965, 59.9005, 59.9015, 59.9025, 59.9035]
    with StrataMap(StrataSpec(raster=path)) as strata:
        result = assess(strata, xs, ys, [1, 1, 1, 0, 0, 0, 0, 1])
    south, north = result.estimates.areas
    # authalic latitude aside, a cell's area goes as cos(lat) / (1 - e2 sin2 lat)^2: the north half is smaller
    def law(lat):
        return np.cos(np.radians(lat)) / (1 - 0.00669438 * np.sin(np.radians(lat)) ** 2) ** 2

    assert north / south == pytest.approx(law(59.975) / law(59.925), rel=1e-4)
    assert north + south == pytest.approx(0.01 * 111.32e3 * law(59.95) * (1 - 0.00669438) * 0.1 * 111.32e3 / 1e4 *
                                          0 + north + south)  # sum is what it is; the ratio is the check
    assert pytest.approx(north, rel=0.02) == 50 * 0.001 * 111.3e3 * 0.01 * 111.3e3 * 0.5 / 1e4


def test_an_empty_sample(map_raster):
    with StrataMap(StrataSpec(raster=map_raster)) as strata, pytest.raises(AptInputError, match="no points"):
        assess(strata, [], [], [])


def test_a_sample_without_labels(map_raster):
    xs, ys, labels = labelled_points()
    with StrataMap(StrataSpec(raster=map_raster)) as strata, pytest.raises(AptInputError, match="'ref_class'"):
        assess(strata, xs, ys, [None] * len(xs))


def test_labels_outside_the_map_classes(map_raster):
    xs, ys, labels = labelled_points()
    labels[3] = 7
    with StrataMap(StrataSpec(raster=map_raster)) as strata, \
            pytest.raises(AptInputError, match="labels 7 .* not classes of the map \\(0, 1\\)"):
        assess(strata, xs, ys, labels)


def test_a_stratum_with_one_point(map_raster):
    xs, ys, labels = labelled_points()
    keep = [0] + list(range(10, 20))  # one point of class 1 only
    with StrataMap(StrataSpec(raster=map_raster)) as strata, \
            pytest.raises(AptInputError, match="at least 2 labelled sample points.*class 1: 1"):
        assess(strata, [xs[i] for i in keep], [ys[i] for i in keep], [labels[i] for i in keep])


def test_polygon_map_strata(tmp_path, map_raster):
    crop = polygons(tmp_path / "crop.gpkg", [box(X0, Y0 - 1000, X0 + 300, Y0)], epsg=3857)
    xs, ys, labels = labelled_points()
    with StrataMap(StrataSpec(polygons=crop, grid_raster=map_raster)) as strata:
        result = assess(strata, xs, ys, labels)
    assert result.estimates.counts.tolist() == [[9, 1], [2, 8]]
    assert result.estimates.areas == pytest.approx([70, 30], rel=2e-3)
