import numpy as np
import pytest
from osgeo import ogr
from rasterio.crs import CRS
from rasterio.transform import from_origin
from support import write_raster

from apt_cropland.plugin.core.geo import Grid
from apt_cropland.plugin.core.vectors.vectorize import LAYER_NAME, AreaMeter, pixel_square, polygonize


def features(path):
    ds = ogr.Open(path)
    layer = ds.GetLayerByName(LAYER_NAME)
    out = [(f.GetGeometryRef().Clone(), f.GetField("area_ha"), f.GetField("mean_prob")) for f in layer]
    return out, layer.GetSpatialRef().GetAuthorityCode(None)


def scene(tmp_path, crs, transform):
    """A 200 x 200 mask: a 100 x 100 field with a 2 x 2 and a 20 x 20 hole, and a 3 x 3 speck."""
    mask = np.zeros((200, 200), np.uint8)
    mask[20:120, 20:120] = 1
    mask[40:42, 40:42] = 0
    mask[80:100, 80:100] = 0
    mask[160:163, 160:163] = 1
    prob = np.where(mask == 1, 0.8, 0.2).astype(np.float32)
    prob[20:70, 20:120][mask[20:70, 20:120] == 1] = 0.6
    m = write_raster(tmp_path / "mask.tif", mask, crs, transform)
    p = write_raster(tmp_path / "prob.tif", prob, crs, transform, nodata=-1)
    return m, p, Grid(CRS.from_user_input(crs), transform, 200, 200)


def test_small_pieces_and_holes_go_big_ones_stay_with_area_and_mean_probability(tmp_path):
    m, p, grid = scene(tmp_path, "EPSG:32633", from_origin(500000, 5000000, 5, 5))
    out = str(tmp_path / "out.gpkg")
    n = polygonize(m, p, out, grid, min_area_m2=500)
    polys, epsg = features(out)
    assert n == len(polys) == 1 and epsg == "32633"
    geometry, area_ha, mean_prob = polys[0]
    polygon = geometry.GetGeometryRef(0)
    assert polygon.GetGeometryCount() == 2  # outer ring + the 20 x 20 hole (100 m x 100 m); 2 x 2 hole filled
    expected_m2 = (100 * 100 - 20 * 20) * 25
    assert area_ha == pytest.approx(expected_m2 / 10_000, rel=0.002)
    # half of the field (minus the hole) at 0.6, the rest at 0.8; the filled small hole is at 0.2
    inside = 100 * 100 - 400
    expected_mean = (50 * 100 * 0.6 + (inside - 5000 - 4) * 0.8 + 4 * 0.2) / inside
    assert mean_prob == pytest.approx(expected_mean, abs=0.01)


def test_areas_are_true_ground_areas_in_a_geographic_crs(tmp_path):
    res = 1 / 12000  # about 9.3 m at the equator
    m, p, grid = scene(tmp_path, "EPSG:4326", from_origin(6.5, 0.4, res, res))
    out = str(tmp_path / "out.gpkg")
    polygonize(m, p, out, grid, min_area_m2=500)
    polys, epsg = features(out)
    assert epsg == "4326"
    pixel_m2 = (res * 111_320) * (res * 110_574)  # degree sizes near the equator
    big = max(polys, key=lambda f: f[1])
    assert big[1] == pytest.approx((10_000 - 400) * pixel_m2 / 10_000, rel=0.01)
    # the 3 x 3 speck is ~770 m2: kept at 500, gone at 1000
    assert len(polys) == 2
    polygonize(m, p, out, grid, min_area_m2=1000)
    assert len(features(out)[0]) == 1


def test_simplify_reduces_vertices(tmp_path):
    mask = np.zeros((200, 200), np.uint8)
    yy, xx = np.mgrid[:200, :200]
    mask[(yy - 100) ** 2 + (xx - 100) ** 2 < 80**2] = 1  # a staircase circle
    transform = from_origin(500000, 5000000, 5, 5)
    m = write_raster(tmp_path / "mask.tif", mask, "EPSG:32633", transform)
    p = write_raster(tmp_path / "prob.tif", mask.astype(np.float32), "EPSG:32633", transform, nodata=-1)
    grid = Grid(CRS.from_epsg(32633), transform, 200, 200)
    raw, smooth = str(tmp_path / "raw.gpkg"), str(tmp_path / "smooth.gpkg")
    polygonize(m, p, raw, grid, simplify_m=0)
    polygonize(m, p, smooth, grid, simplify_m=10)

    def vertices(path):
        multipolygon = features(path)[0][0][0]  # keep the owner alive while its rings are used
        return multipolygon.GetGeometryRef(0).GetGeometryRef(0).GetPointCount()

    assert vertices(smooth) < vertices(raw) / 3
    assert features(smooth)[0][0][1] == pytest.approx(features(raw)[0][0][1], rel=0.02)


@pytest.mark.parametrize("crs, transform", [
    ("EPSG:3857", from_origin(1_500_000, 11_000_000, 4, 4)),  # ~69 N: planar areas 7.7 x the true ones
    ("EPSG:4326", from_origin(20.0, 65.0, 1 / 20000, 1 / 20000)),  # degrees, far from the equator
])
def test_blobs_either_side_of_the_minimum_area_are_judged_by_true_area(tmp_path, crs, transform):
    """Squares of 1..12 pixels a side: kept exactly when their true area reaches the minimum."""
    mask = np.zeros((200, 200), np.uint8)
    squares = [(10 + (i % 4) * 45, 10 + (i // 4) * 60, side) for i, side in enumerate(range(1, 13))]  # col, row, side
    for col, row, side in squares:
        mask[row:row + side, col:col + side] = 1
    m = write_raster(tmp_path / "mask.tif", mask, crs, transform)
    p = write_raster(tmp_path / "prob.tif", mask.astype(np.float32), crs, transform, nodata=-1)
    grid = Grid(CRS.from_user_input(crs), transform, 200, 200)
    meter = AreaMeter(grid)
    true_areas = [meter(pixel_square(grid, col, row, side)) for col, row, side in squares]
    min_area = float(np.median(true_areas))  # half the squares are under it
    out = str(tmp_path / "out.gpkg")
    kept = polygonize(m, p, out, grid, min_area_m2=min_area)
    assert kept == sum(a >= min_area for a in true_areas) == 6
    kept_m2 = sorted(f[1] * 10_000 for f in features(out)[0])
    assert kept_m2 == pytest.approx(sorted(a for a in true_areas if a >= min_area), rel=1e-4)  # area_ha is rounded



def test_salt_and_pepper_leaves_one_clean_field_and_no_specks(tmp_path):
    """Isolated noise pixels (SAM's specks and pinholes) cost no polygon and no hole; a small gap at
    the image edge is filled if it is land, kept if it is outside the image (no data)."""
    mask = np.zeros((300, 300), np.uint8)
    mask[0:250, 50:250] = 1  # a field touching the top edge
    noise = np.zeros_like(mask, bool)
    noise[5:295:3, 5:295:3] = True  # single pixels, never touching one another, not even diagonally
    noise[:, 48:53] = noise[:, 247:252] = noise[247:252, :] = False  # and not on the field's edge
    mask[noise] = 1 - mask[noise]
    mask[0:3, 100:103] = 0  # a notch of non-cropland at the edge: filled like a pinhole
    mask[0:3, 150:153] = 0  # a notch outside the image: stays out
    prob = mask.astype(np.float32)
    prob[0:3, 150:153] = -1
    transform = from_origin(500000, 5000000, 5, 5)
    m = write_raster(tmp_path / "mask.tif", mask, "EPSG:32633", transform)
    p = write_raster(tmp_path / "prob.tif", prob, "EPSG:32633", transform, nodata=-1)
    out, grid = str(tmp_path / "out.gpkg"), Grid(CRS.from_epsg(32633), transform, 300, 300)
    assert polygonize(m, p, out, grid, min_area_m2=500) == 1
    [(geometry, area_ha, mean_prob)], _ = features(out)
    assert geometry.GetGeometryRef(0).GetGeometryCount() == 1  # no pinholes left
    pixel_m2 = AreaMeter(grid)(pixel_square(grid, 150, 125))  # UTM's 25 m2, to its scale factor
    assert area_ha == pytest.approx((200 * 250 - 9) * pixel_m2 / 10_000, rel=2e-5)
    inside = prob[0:250, 50:250]
    assert mean_prob == pytest.approx(inside[inside >= 0].mean(), abs=1e-4)  # filled pinholes keep their own 0


def test_sieve_threshold_is_surely_under_the_minimum_area():
    for crs, transform in [
        ("EPSG:3857", from_origin(1_500_000, 11_000_000, 4, 4)),  # planar areas 7.7 x the true ones
        ("EPSG:4326", from_origin(20.0, 65.0, 1 / 20000, 1 / 20000)),
    ]:
        grid = Grid(CRS.from_user_input(crs), transform, 500, 500)
        meter = AreaMeter(grid)
        pixels = meter.pixels_surely_below(500.0)
        largest_pixel_m2 = max(meter(pixel_square(grid, c, r)) for c in (0, 499) for r in (0, 499))
        assert pixels >= 2 and largest_pixel_m2 * pixels < 500.0
