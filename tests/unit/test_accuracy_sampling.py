"""Stratified random samples drawn from real rasters and polygon layers."""

from __future__ import annotations

import numpy as np
import pytest
import rasterio
from osgeo import ogr, osr
from rasterio.transform import from_origin
from rasterio.warp import transform as warp_points
from support import write_raster

from apt_cropland.plugin.core.accuracy.grid import VectorSource
from apt_cropland.plugin.core.accuracy.sampling import SampleDesign, draw_sample
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
def classes_raster(tmp_path):
    """200 x 100 pixels of 10 m: class 1 in the 40 western columns (20 %), class 0 elsewhere, and a
    10 x 10 corner of no data (255)."""
    data = np.zeros((100, 200), np.uint8)
    data[:, :40] = 1
    data[90:, 190:] = 255
    return write_raster(tmp_path / "classes.tif", data, crs=UTM, transform=from_origin(X0, Y0, 10, 10), nodata=255)


def values_at(path, xs, ys):
    with rasterio.open(path) as ds:
        return np.array([v[0] for v in ds.sample(zip(xs, ys))])


def test_allocation_and_strata_of_the_points(classes_raster):
    with StrataMap(StrataSpec(raster=classes_raster)) as strata:
        sample = draw_sample(strata, SampleDesign(size=100, min_per_class=30, seed=1))
    assert sample.classes == (0, 1)
    # area shares: class 1 4000 of 19900 pixels -> 20.1 of 100 points, class 0 79.9: 80 and 20, then 30
    assert sample.allocated.tolist() == [80, 30] and sample.drawn.tolist() == [80, 30]
    assert np.bincount(sample.stratum).tolist() == [80, 30]
    assert (values_at(classes_raster, sample.x, sample.y) == sample.stratum).all()  # never on no data (255)
    # at pixel centres, all different
    assert np.allclose((sample.x - X0) % 10, 5) and np.allclose((Y0 - sample.y) % 10, 5)
    assert len(set(zip(sample.x, sample.y))) == 110
    assert "Stratum 1:" in sample.allocation_lines()[1] and "30 points" in sample.allocation_lines()[1]


def test_the_seed_makes_it_reproducible(classes_raster):
    def draw(seed):
        with StrataMap(StrataSpec(raster=classes_raster), block=64) as strata:  # several windows
            return draw_sample(strata, SampleDesign(size=60, min_per_class=10, seed=seed))

    a, b, c = draw(7), draw(7), draw(8)
    assert a.x.tolist() == b.x.tolist() and a.y.tolist() == b.y.tolist()
    assert a.x.tolist() != c.x.tolist()


def test_size_from_the_target_standard_error(classes_raster):
    with StrataMap(StrataSpec(raster=classes_raster)) as strata:
        sample = draw_sample(strata, SampleDesign(size=0, target_se=0.02, expected_users="1:0.8,0:0.95",
                                                  min_per_class=0))
    w1 = 4000 / 19900
    by_hand = ((1 - w1) * np.sqrt(0.95 * 0.05) + w1 * np.sqrt(0.8 * 0.2)) ** 2 / 0.02**2  # eq. 13: 12.73^2 = 161.98
    assert sample.total == int(np.ceil(by_hand)) == 162
    assert sample.drawn.sum() == 162
    assert "eq. 13" in sample.notes[0]


def test_minimum_distance(classes_raster):
    with StrataMap(StrataSpec(raster=classes_raster)) as strata:
        sample = draw_sample(strata, SampleDesign(size=40, min_per_class=10, seed=3, min_distance_m=80))
    xy = np.c_[sample.x, sample.y]
    d = np.sqrt(((xy[:, None] - xy[None]) ** 2).sum(-1)) + np.eye(len(xy)) * 1e9
    assert d.min() >= 80 * 0.999
    assert sample.drawn.sum() == 42  # 32 + 10 (8 topped up to 10)


def test_polygon_map_on_a_grid_raster(tmp_path, classes_raster):
    crop = polygons(tmp_path / "crop.gpkg", [box(X0, Y0 - 1000, X0 + 400, Y0)], epsg=4326)
    with StrataMap(StrataSpec(polygons=crop, grid_raster=classes_raster)) as strata:
        assert strata.crs.to_epsg() == 32633  # the grid's CRS, not the polygons'
        sample = draw_sample(strata, SampleDesign(size=50, min_per_class=20, seed=0))
    assert sample.classes == (0, 1)
    inside = (sample.x < X0 + 400)
    assert (inside == (sample.stratum == 1)).all()


def test_nothing_to_sample(tmp_path):
    empty = write_raster(tmp_path / "empty.tif", np.full((10, 10), 255, np.uint8), crs=UTM, nodata=255)
    with StrataMap(StrataSpec(raster=empty)) as strata, pytest.raises(AptInputError, match="no valid pixels"):
        draw_sample(strata, SampleDesign(size=10))


def test_a_probability_raster_is_not_a_map_of_classes(tmp_path):
    prob = write_raster(tmp_path / "prob.tif", np.full((10, 10), 0.3, np.float32), crs=UTM)
    with StrataMap(StrataSpec(raster=prob)) as strata, pytest.raises(AptInputError, match="fractional values"):
        draw_sample(strata, SampleDesign(size=10))
