import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import rasterio
from affine import Affine
from rasterio.crs import CRS
from rasterio.transform import from_origin
from rasterio.windows import Window
from support import write_raster

from apt_cropland.plugin.core.errors import AptInputError
from apt_cropland.plugin.core.geo import Grid, extent_to_window, pixel_size_m
from apt_cropland.plugin.core.landcover.glc import GlcReader, Prelabel

ROOT = Path(__file__).resolve().parents[2]
UTM33 = CRS.from_epsg(32633)


def utm_grid(width=200, height=200, res=10.0, x0=500000.0, y0=5000000.0):
    return Grid(UTM33, from_origin(x0, y0, res, res), width, height)


def test_pixel_size_in_metres_for_metric_geographic_and_feet_crs():
    assert pixel_size_m(utm_grid(res=10)) == pytest.approx(10, rel=2e-3)
    degrees = Grid(CRS.from_epsg(4326), from_origin(6.0, 3.0, 1 / 12000, 1 / 12000), 100, 100)
    assert pixel_size_m(degrees) == pytest.approx(9.27, rel=0.01)  # 1/12000 degree near the equator
    feet = Grid(CRS.from_epsg(2263), from_origin(1000000, 200000, 10, 10), 10, 10)  # NY State Plane, US feet
    assert pixel_size_m(feet) == pytest.approx(3.048, rel=0.01)


def test_extent_to_window_clips_and_rejects_extents_off_the_image():
    grid = utm_grid()
    assert extent_to_window(grid, None) == Window(0, 0, 200, 200)
    w = extent_to_window(grid, (500100, 4999000, 509999, 5000500))
    assert (w.col_off, w.row_off, w.width, w.height) == (10, 0, 190, 100)
    with pytest.raises(AptInputError, match="does not overlap"):
        extent_to_window(grid, (0, 0, 10, 10))


def halves_glc_4326(path, grid: Grid, nodata=0):
    """A GLC in EPSG:4326 (~1/12000 degree): class 40 west of the image's centre meridian, 10 east."""
    from rasterio.warp import transform as tr
    from rasterio.warp import transform_bounds

    west, south, east, north = transform_bounds(grid.crs, "EPSG:4326", *grid.bounds)
    res = 1 / 12000
    west, north = west - 20 * res, north + 20 * res
    width, height = int((east - west) / res) + 40, int((north - south) / res) + 40
    cx, _ = tr(grid.crs, "EPSG:4326", [grid.center()[0]], [grid.center()[1]])
    lons = west + (np.arange(width) + 0.5) * res
    data = np.where(lons[None, :] < cx[0], 40, 10).repeat(height, 0).astype(np.uint8)
    data[:10] = nodata  # a nodata strip north of the image
    return write_raster(path, data, "EPSG:4326", from_origin(west, north, res, res), nodata=nodata), cx[0]


def test_glc_in_another_crs_is_warped_onto_the_image_grid(tmp_path):
    grid = utm_grid(width=300, height=200, res=5.0)
    path, meridian = halves_glc_4326(tmp_path / "glc.tif", grid)
    with GlcReader(path, (40,), grid) as glc:
        assert glc.pixel_size_m == pytest.approx(8.6, rel=0.1)  # 1/12000 degree at 45 N
        pre = glc.read(grid)
    assert pre.cropland.shape == (200, 300) and pre.valid.all()
    assert pre.classes_seen() == {10, 40}
    # the class boundary follows the meridian: it is near the image centre column (rotated grid)
    boundary_per_row = pre.cropland.sum(axis=1)
    assert np.all(np.abs(boundary_per_row - 150) <= 6)


def test_glc_nodata_is_kept_apart_from_not_cropland(tmp_path):
    grid = utm_grid(width=100, height=100, res=10.0)
    data = np.full((100, 100), 40, np.uint8)
    data[:, :30] = 255
    data[:, 30:50] = 20
    path = write_raster(tmp_path / "glc.tif", data, "EPSG:32633", grid.transform, nodata=255)
    with GlcReader(path, (40,), grid) as glc:
        pre = glc.read(grid)
    assert not pre.valid[:, :30].any() and pre.valid[:, 30:].all()
    assert pre.cropland[:, 50:].all() and not pre.cropland[:, :50].any()


@pytest.mark.parametrize("nodata", [float("nan"), None, -1.0])
def test_a_float_land_cover_with_nan_has_no_data_there(tmp_path, nodata):
    """Land cover saved as float (a reprojection, a raster calculator): NaN is never a class."""
    grid = utm_grid(width=100, height=100, res=10.0)
    data = np.full((100, 100), 40.0, np.float32)
    data[:, :30] = np.nan
    data[:, 30:50] = 20.0
    path = write_raster(tmp_path / "glc.tif", data, "EPSG:32633", grid.transform, nodata=nodata)
    with GlcReader(path, (40,), grid) as glc:
        pre = glc.read(grid)
    assert not pre.valid[:, :30].any() and pre.valid[:, 30:].all()
    assert pre.cropland[:, 50:].all() and not pre.cropland[:, :50].any()
    assert pre.classes_seen() == {20, 40}


def test_glc_without_nodata_value_marks_outside_its_footprint_invalid(tmp_path):
    grid = utm_grid(width=100, height=100, res=10.0)
    small = Grid(UTM33, grid.transform, 60, 100)
    path = write_raster(tmp_path / "glc.tif", np.full((100, 60), 40, np.uint8), "EPSG:32633", small.transform)
    with GlcReader(path, (40,), grid) as glc:
        pre = glc.read(grid)
    assert pre.valid[:, :60].all() and not pre.valid[:, 60:].any()
    assert pre.cropland.sum() == 60 * 100


def test_glc_errors_no_crs_and_no_overlap(tmp_path):
    grid = utm_grid()
    no_crs = write_raster(tmp_path / "nocrs.tif", np.full((10, 10), 40, np.uint8), crs=None)
    with pytest.raises(AptInputError, match="no coordinate reference system"):
        GlcReader(no_crs, (40,), grid)
    far = write_raster(tmp_path / "far.tif", np.full((10, 10), 40, np.uint8), "EPSG:32633",
                       from_origin(100000, 1000000, 10, 10))
    with pytest.raises(AptInputError, match="does not overlap"):
        GlcReader(far, (40,), grid)


def test_reads_a_window_of_the_real_worldcover_tile(worldcover_path):
    # Sao Tome island seen from UTM 32N at 10 m: 1024 x 1024 pixels from 6.5 E, 0.4 N
    grid = Grid(CRS.from_epsg(32632), Affine(10, 0, 221730, 0, -10, 44254), 1024, 1024)
    with GlcReader(worldcover_path, (10,), grid) as glc:  # class 10 = tree cover, common here
        pre = glc.read(grid)
    assert pre.cropland.shape == (1024, 1024)
    assert pre.classes_seen() <= {10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 100} and len(pre.classes_seen()) >= 3
    assert 0.05 < pre.cropland.mean() < 0.95
    # every sampled target pixel holds the class of the source pixel under its centre
    from rasterio.warp import transform as tr

    rng = np.random.default_rng(0)
    rows, cols = rng.integers(0, 1024, 400), rng.integers(0, 1024, 400)
    xs, ys = grid.transform * (cols + 0.5, rows + 0.5)
    with rasterio.open(worldcover_path) as src:
        lons, lats = tr(grid.crs, src.crs, list(xs), list(ys))
        source = np.array([v[0] for v in src.sample(zip(lons, lats))])
    agree = (source == 10) == pre.cropland[rows, cols]
    assert agree.mean() >= 0.98


def test_worldcover_window_read_uses_little_memory(worldcover_path):
    """The 36000 x 36000 tile is 1.3 GB as uint8: reading a window must not come close to that."""
    code = f"""
import resource, sys
sys.path.insert(0, {str(ROOT / 'build' / 'qgis-plugins')!r})
from affine import Affine
from rasterio.crs import CRS
from apt_cropland.plugin.core.geo import Grid
from apt_cropland.plugin.core.landcover.glc import GlcReader
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
grid = Grid(CRS.from_epsg(32632), Affine(10, 0, 221730, 0, -10, 44254), 2048, 2048)
with GlcReader({worldcover_path!r}, (40,), grid) as glc:
    glc.read(grid)
print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024)
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    grown_mb = int(done.stdout.strip().splitlines()[-1])
    assert grown_mb < 200, f"reading one window grew memory by {grown_mb} MB"


def test_bounds_of_a_rotated_grid_cover_all_four_corners():
    rotated = Grid(UTM33, Affine.rotation(30) * Affine(10, 0, 0, 0, -10, 0), 100, 50)
    corners = [rotated.transform * (c, r) for c in (0, 100) for r in (0, 50)]
    xmin, ymin, xmax, ymax = rotated.bounds
    assert xmin == pytest.approx(min(x for x, _ in corners)) and xmax == pytest.approx(max(x for x, _ in corners))
    assert ymin == pytest.approx(min(y for _, y in corners)) and ymax == pytest.approx(max(y for _, y in corners))


@pytest.mark.parametrize("dtype", [np.uint8, np.uint16, np.int32, np.float32])
@pytest.mark.parametrize("classes", [(40,), (10, 40), (1, 2, 3, 40, 250), tuple(range(0, 200, 10)), ()])
def test_cropland_classes_are_picked_as_isin_would(dtype, classes):
    from apt_cropland.plugin.core.landcover.glc import in_classes

    data = np.random.default_rng(0).integers(0, 255, (64, 64)).astype(dtype)
    got = in_classes(data, classes)
    assert got.dtype == bool and np.array_equal(got, np.isin(data, classes))
    assert got.any() == bool(classes)


@pytest.mark.parametrize("dtype", [np.uint8, np.uint16, np.int16, np.int32, np.float32, bool])
def test_classes_seen_matches_unique_on_valid_pixels(dtype):
    rng = np.random.default_rng(3)
    high = 2 if dtype is bool else 120
    classes = rng.integers(0, high, (64, 80)).astype(dtype)
    if dtype in (np.int16, np.int32, np.float32):
        classes[::7] = -5  # signed and float codes take the sorting path
    valid = rng.random((64, 80)) > 0.3
    where = rng.random((64, 80)) > 0.5
    pre = Prelabel(classes, classes == 40, valid)
    assert pre.classes_seen() == {int(v) for v in np.unique(classes[valid])}
    assert pre.classes_seen(where) == {int(v) for v in np.unique(classes[valid & where])}
    assert pre.classes_seen(limit=3) == {int(v) for v in np.unique(classes[valid])[:3]}
    assert Prelabel(classes, classes == 40, np.zeros_like(valid)).classes_seen() == frozenset()


def test_a_land_cover_whose_file_fails_to_read_is_a_clear_error(naip_glc, tmp_path):
    """A VRT mosaic whose eastern source is gone: reading over it is an input error, not a traceback
    (rasterio's RasterioIOError is no RasterioError)."""
    from osgeo import gdal

    from apt_cropland.plugin.core.errors import AptInputError
    from apt_cropland.plugin.core.landcover.glc import GlcReader

    with rasterio.open(naip_glc) as ds:
        half = ds.width // 2
        grid = Grid(ds.crs, ds.transform, ds.width, ds.height)
    gdal.Translate(str(tmp_path / "west.tif"), naip_glc, srcWin=[0, 0, half, 10**6])
    gdal.Translate(str(tmp_path / "east.tif"), naip_glc, srcWin=[half, 0, grid.width - half, 10**6])
    gdal.BuildVRT(str(tmp_path / "glc.vrt"), [str(tmp_path / "west.tif"), str(tmp_path / "east.tif")])
    (tmp_path / "east.tif").unlink()
    with GlcReader(str(tmp_path / "glc.vrt"), (40,), grid) as reader, pytest.raises(
        AptInputError, match="Could not read the land cover"
    ):
        reader.read(grid)
