import os
from pathlib import Path

import numpy as np
import pytest
import rasterio
from osgeo import ogr
from rasterio.windows import Window
from support import west_half_of, write_raster

from apt_cropland.plugin.core.config import Config, Feedback
from apt_cropland.plugin.core.errors import AptCancelledError, AptInputError
from apt_cropland.plugin.core.geo import Grid
from apt_cropland.plugin.core.models.sam_engine import SamEngine
from apt_cropland.plugin.core.pipeline import plan_prompts, run
from apt_cropland.plugin.core.prompts.points import PromptPoints
from apt_cropland.plugin.core.tiles.layout import TileLayout


@pytest.fixture
def config(naip_path, naip_glc, tiny_checkpoint, tmp_path):
    return Config(image=naip_path, glc=naip_glc, checkpoint=tiny_checkpoint, tile_size=512, overlap=64,
                  points_per_class=10, output=str(tmp_path / "cropland.gpkg"),
                  probability_output=str(tmp_path / "probability.tif"))


def polygons(path):
    ds = ogr.Open(path)
    layer = ds.GetLayer(0)
    return layer.GetFeatureCount(), layer.GetSpatialRef().GetAuthorityCode(None)


def test_whole_pipeline_on_the_real_naip_scene(config):
    progress = []

    class Recorder(Feedback):
        def progress(self, percent, message=""):
            progress.append(percent)

    result = run(config, feedback=Recorder())
    assert len(result.plan.tiles) == 4  # 934 x 723 in 512-pixel tiles with 64 overlap
    assert all(r.n_positive == r.n_negative == 10 for r in result.plan.reports)
    assert len(result.plan.points) == 80 and set(result.plan.points.round.tolist()) == {1, 2, 3}
    assert result.encoder_runs == 4  # one encoder pass per tile, never per round
    count, epsg = polygons(config.output)
    assert count == result.n_polygons > 0 and epsg == "26914"
    with rasterio.open(config.probability_output) as prob, rasterio.open(config.image) as image:
        assert prob.crs == image.crs and prob.transform == image.transform and prob.shape == image.shape
        values = prob.read(1)
    assert values.min() >= -1 and values.max() <= 1 and (values >= 0).mean() > 0.99
    assert progress == sorted(progress) and progress[-1] == 100


def test_existing_outputs_are_never_overwritten_without_consent(config):
    with open(config.output, "w") as f:
        f.write("the analyst's own file")
    with pytest.raises(AptInputError, match="already exists"):
        run(config)
    assert Path(config.output).read_text() == "the analyst's own file"


def test_a_cancelled_run_leaves_nothing_behind(config):
    class CancelAfterFirstTile(Feedback):
        tiles = 0

        def progress(self, percent, message=""):
            if message.startswith("SAM"):
                self.tiles += 1

        def is_cancelled(self):
            return self.tiles >= 1

    with pytest.raises(AptCancelledError):
        run(config, feedback=CancelAfterFirstTile())
    assert not os.path.exists(config.output) and not os.path.exists(config.probability_output)


def test_rerun_after_a_point_edit_reuses_the_embeddings(config, tmp_path):
    engine = SamEngine(config.checkpoint, "cpu")
    first = run(config, engine=engine)
    points = first.plan.points
    points.label[0] = 1 - points.label[0]  # the analyst flips one point
    config.prompts = points
    config.output = str(tmp_path / "again.gpkg")
    config.probability_output = None
    decoded = engine.decoder_runs
    second = run(config, engine=engine)
    assert first.encoder_runs == 4 and second.encoder_runs == 0
    # only the flipped point's tile is decoded again (3 rounds); the other three reuse their results
    assert engine.decoder_runs - decoded == 3 and engine.results_reused == 3
    assert polygons(config.output)[0] == second.n_polygons


def test_prompts_do_not_depend_on_the_extent(config):
    whole = plan_prompts(config)
    t0 = whole.tiles[0]
    grid = whole.grid
    x0, y0 = grid.transform * (t0.window.col_off + 10, t0.window.row_off + 10)
    x1, y1 = grid.transform * (t0.window.col_off + 100, t0.window.row_off + 100)
    config.extent = (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
    part = plan_prompts(config)
    assert [t.key for t in part.tiles] == [t0.key]
    mine = whole.points.tile == t0.index
    np.testing.assert_allclose(part.points.x, whole.points.x[mine])
    np.testing.assert_array_equal(part.points.label, whole.points.label[mine])


def test_tile_ids_are_those_of_the_whole_image_whatever_the_extent(config):
    """Prompts made for a corner extent keep their tile ids when the whole image is run later."""
    whole = plan_prompts(config)
    grid = whole.grid
    x0, y1 = grid.transform * (700, 600)
    x1, y0 = grid.transform * (930, 720)
    config.extent = (x0, y0, x1, y1)
    corner = plan_prompts(config)
    by_id = {t.index: t.key for t in whole.tiles}
    assert corner.tiles and all(by_id[t.index] == t.key for t in corner.tiles)
    assert set(corner.points.tile.tolist()) <= {t.index for t in corner.tiles}
    # fed back without an extent, each point goes to the tile it was made for, not to its neighbours
    config.extent, config.prompts = None, corner.points
    rerun = plan_prompts(config)
    for tile, report in zip(rerun.tiles, rerun.reports):
        made_here = int((corner.points.tile == tile.index).sum())
        assert report.n_positive + report.n_negative == made_here


def test_no_cropland_in_the_glc_names_the_classes_found(config, tmp_path):
    with rasterio.open(config.glc) as src:
        data = src.read(1)
        profile = src.profile
    data[data == 40] = 30
    profile.update(driver="GTiff")
    path = str(tmp_path / "no_crops.tif")
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(data, 1)
    config.glc = path
    with pytest.raises(AptInputError, match=r"no cropland \(class 40\).*classes found there: 30"):
        plan_prompts(config)


def test_a_land_cover_that_misses_part_of_the_image_is_reported(config, tmp_path):
    """A local land cover covering only the west half of the image: prompts come from that half,
    and the plan says how much of the image had no land cover (the dock and Processing show it)."""
    whole = plan_prompts(config)
    assert whole.uncovered_share < 0.01 and whole.uncovered_warning is None
    config.glc = west_half_of(config.glc, tmp_path / "west_half.tif")
    half = plan_prompts(config)
    assert 0.3 < half.uncovered_share < 0.7
    warning = half.uncovered_warning
    assert warning and f"about {round(half.uncovered_share * 100)} %" in warning and warning in half.notes
    with rasterio.open(config.image) as src:  # every prompt lies over the covered (west) half
        west, _, east, _ = src.bounds
    assert half.points.x.max() < west + (east - west) * 0.75


def test_all_nodata_image_is_a_clear_error(tmp_path, naip_path, naip_glc, tiny_checkpoint):
    with rasterio.open(naip_path) as src:
        transform, crs = src.transform, src.crs
    image = write_raster(tmp_path / "empty.tif", np.zeros((3, 100, 100), np.uint8), crs, transform, nodata=0)
    config = Config(image=image, glc=naip_glc, checkpoint=tiny_checkpoint, output=str(tmp_path / "o.gpkg"))
    with pytest.raises(AptInputError, match="no valid pixels"):
        run(config)


def test_analyst_points_serve_their_own_tile_and_hand_added_ones_every_tile():
    from affine import Affine
    from rasterio.crs import CRS

    grid = Grid(CRS.from_epsg(32633), Affine(1, 0, 0, 0, -1, 0), 200, 100)
    layout = TileLayout(200, 100, size=120, overlap=40)
    a, b = layout.tiles(Window(0, 0, 200, 100))
    assert (a.key, b.key) == ((0, 0, 120, 100), (80, 0, 120, 100))
    # x in map units = column; y = -row. Point 0 was generated for tile 0 inside the overlap,
    # point 1 was added by hand in the overlap, point 2 was generated for tile 0 but moved into tile 1 only.
    points = PromptPoints.from_arrays([100.5, 90.5, 150.5], [-10.5, -20.5, -30.5], [1, 0, 1], [1, 2, 3],
                                      [0, -1, 0])
    in_a = points.for_tile(grid, a, layout)
    in_b = points.for_tile(grid, b, layout)
    assert sorted(in_a.cols.tolist()) == [90.5, 100.5]
    assert sorted(in_b.cols.tolist()) == [10.5, 70.5]  # tile-relative: hand-added and moved point
    assert in_b.rounds.tolist() == [2, 3] or sorted(in_b.rounds.tolist()) == [2, 3]


def test_results_inside_a_tile_do_not_depend_on_the_extent(config, tmp_path):
    """An extent inside tile 0 (away from other tiles) gives the very probabilities of a whole run."""
    import rasterio.windows

    whole = run(config)
    grid = whole.plan.grid
    # tile 0 is (0, 0, 512, 512); tile 1 starts at column 422 and tile 2 at row 211
    x0, y1 = grid.transform * (40, 30)
    x1, y0 = grid.transform * (400, 200)
    config.extent = (x0, y0, x1, y1)
    config.output, config.probability_output = str(tmp_path / "part.gpkg"), str(tmp_path / "part.tif")
    part = run(config)
    assert [t.key for t in part.plan.tiles] == [whole.plan.tiles[0].key]
    with rasterio.open(part.probability_path) as p, rasterio.open(whole.probability_path) as w:
        window = rasterio.windows.from_bounds(*p.bounds, transform=w.transform)
        np.testing.assert_allclose(p.read(1), w.read(1, window=window.round_offsets().round_lengths()), atol=1e-6)


def test_a_one_off_run_keeps_no_caches_and_caps_gdals_cache(config, monkeypatch):
    from osgeo import gdal

    from apt_cropland.plugin.core.gdal_cache import GDAL_CACHE_BYTES
    from apt_cropland.plugin.core.models import sam_engine

    engines, caps = [], []
    original = sam_engine.SamEngine.__init__

    def record(self, *args, **kwargs):
        original(self, *args, **kwargs)
        engines.append(self)

    class Watch(Feedback):
        def progress(self, percent, message=""):
            caps.append(gdal.GetCacheMax())

    monkeypatch.setattr(sam_engine.SamEngine, "__init__", record)
    run(config, feedback=Watch())
    [engine] = engines
    assert len(engine.cache) == 0 and len(engine.results) == 0  # four tiles went through, none kept
    assert caps and max(caps) <= GDAL_CACHE_BYTES
    assert gdal.GetCacheMax() > GDAL_CACHE_BYTES  # put back after the run
