import numpy as np
import pytest
import rasterio
from rasterio.crs import CRS
from rasterio.transform import from_origin
from rasterio.windows import Window

from apt_cropland.plugin.core.errors import AptInputError
from apt_cropland.plugin.core.geo import Grid
from apt_cropland.plugin.core.tiles.layout import plan_tiles
from apt_cropland.plugin.core.tiles.mosaic import QUIET_VOTE, ProbabilityMosaic, feather

GRID = Grid(CRS.from_epsg(32633), from_origin(500000, 5000000, 10, 10), 2500, 1200)


def test_tiles_cover_the_area_with_the_requested_overlap():
    tiles = plan_tiles(GRID, Window(0, 0, 2500, 1200), 1024, 128)
    covered = np.zeros((1200, 2500), int)
    for t in tiles:
        w = t.window
        assert w.width <= 1024 and w.height <= 1024
        covered[w.row_off : w.row_off + w.height, w.col_off : w.col_off + w.width] += 1
    assert covered.min() >= 1
    cols = sorted({t.window.col_off for t in tiles})
    assert cols == [0, 896, 1476]  # stride 896; the last tile is pulled back inside the image
    assert [t.index for t in tiles] == list(range(len(tiles)))


def test_a_smaller_extent_selects_the_same_tiles_not_new_ones():
    everything = {t.key for t in plan_tiles(GRID, Window(0, 0, 2500, 1200), 512, 64)}
    part = plan_tiles(GRID, Window(1000, 300, 200, 200), 512, 64)
    assert part and {t.key for t in part} <= everything
    for t in part:
        w = t.window
        assert w.col_off < 1200 and w.col_off + w.width > 1000


def test_small_images_get_one_tile_of_their_size():
    grid = Grid(GRID.crs, GRID.transform, 300, 200)
    [tile] = plan_tiles(grid, Window(0, 0, 300, 200), 1024, 128)
    assert tile.key == (0, 0, 300, 200)


def test_bad_tile_settings_are_refused():
    with pytest.raises(AptInputError, match="overlap"):
        plan_tiles(GRID, Window(0, 0, 10, 10), 256, 256)
    with pytest.raises(AptInputError, match="tile size"):
        plan_tiles(GRID, Window(0, 0, 10, 10), 8, 0)


def test_feather_ramps_from_the_edges():
    w = feather(10, 20, 4)
    assert w[5, 10] == 1.0 and w[0, 0] < w[1, 1] < w[3, 3] <= 1.0 and w.min() > 0


def test_overlapping_tiles_blend_and_quiet_tiles_do_not_dilute(tmp_path):
    grid = Grid(GRID.crs, GRID.transform, 300, 100)
    area = Window(0, 0, 300, 100)
    mosaic = ProbabilityMosaic(grid, area, str(tmp_path), ramp=40)
    ones = np.ones((100, 200), bool)
    mosaic.add(Window(0, 0, 200, 100), np.full((100, 200), 0.9, np.float32), ones)
    mosaic.add(Window(100, 0, 200, 100), np.full((100, 200), 0.1, np.float32), ones)
    mosaic.add(Window(0, 0, 200, 100), np.zeros((100, 200), np.float32), ones, scale=QUIET_VOTE)
    prob_path, mask_path = str(tmp_path / "p.tif"), str(tmp_path / "m.tif")
    cropland = mosaic.finish(prob_path, mask_path)
    mosaic.close()
    with rasterio.open(prob_path) as p, rasterio.open(mask_path) as m:
        prob, mask = p.read(1), m.read(1)
        assert p.crs == grid.crs and p.transform == grid.transform
    assert prob[50, 50] == pytest.approx(0.9, abs=0.01)  # only the first tile (and a quiet vote)
    assert prob[50, 250] == pytest.approx(0.1, abs=1e-6)
    row = prob[50, 100:200]
    assert np.all(np.diff(row) <= 1e-6)  # smooth hand-over from 0.9 to 0.1 across the overlap
    assert cropland == int(mask.sum()) and mask[50, 50] == 1 and mask[50, 250] == 0


def test_pixels_nobody_covered_are_nodata_and_quiet_tiles_are_zero(tmp_path):
    grid = Grid(GRID.crs, GRID.transform, 100, 100)
    mosaic = ProbabilityMosaic(grid, Window(0, 0, 100, 100), str(tmp_path), ramp=0)
    valid = np.ones((100, 50), bool)
    valid[:10] = False
    mosaic.add(Window(0, 0, 50, 100), np.zeros((100, 50), np.float32), valid, scale=QUIET_VOTE)
    mosaic.finish(str(tmp_path / "p.tif"), str(tmp_path / "m.tif"))
    mosaic.close()
    with rasterio.open(tmp_path / "p.tif") as p:
        prob = p.read(1)
        assert p.nodata == -1
    assert (prob[10:, :50] == 0).all() and (prob[:10, :50] == -1).all() and (prob[:, 50:] == -1).all()
