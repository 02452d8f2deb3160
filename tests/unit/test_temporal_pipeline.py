"""The temporal modes through the whole pipeline, on the real two-date Sentinel-2 stack with a tiny
random SAM. The land cover over it is SYNTHETIC (from the first date's NDVI), built by a fixture.
The scene (578 x 379 px) is one tile, so a tile's probability is the output itself."""

from __future__ import annotations

import numpy as np
import pytest
import rasterio

from apt_cropland.plugin.core.config import Config
from apt_cropland.plugin.core.errors import AptInputError
from apt_cropland.plugin.core.imagery.temporal import ImageSeries
from apt_cropland.plugin.core.models.sam_engine import SamEngine
from apt_cropland.plugin.core.pipeline import plan_prompts, run
from apt_cropland.plugin.core.tiles.mosaic import uncertainty

TWO_DATES = ((1, 2, 3, 4), (5, 6, 7, 8))


def config_for(image, glc, checkpoint, tmp_path, name, **extra) -> Config:
    return Config(image=image, glc=glc, checkpoint=checkpoint, points_per_class=8, min_area_m2=0,
                  output=str(tmp_path / f"{name}.gpkg"), probability_output=str(tmp_path / f"{name}_p.tif"),
                  uncertainty_output=str(tmp_path / f"{name}_u.tif"), **extra)


def same_points(*plans) -> bool:
    first = plans[0].points
    return all(np.array_equal(getattr(first, f), getattr(p.points, f)) for p in plans for f in ("x", "y", "label"))


def read(path) -> np.ndarray:
    with rasterio.open(path) as ds:
        return ds.read(1)


def test_an_ensemble_over_two_dates_is_the_mean_of_the_single_date_runs(sentinel2_path, sentinel2_glc,
                                                                         tiny_checkpoint, tmp_path):
    args = (sentinel2_path, sentinel2_glc, tiny_checkpoint, tmp_path)
    both = run(config_for(*args, "both", dates=TWO_DATES, temporal="ensemble"))
    first = run(config_for(*args, "first", bands=(1, 2, 3)))
    second = run(config_for(*args, "second", bands=(5, 6, 7)))
    assert both.encoder_runs == 2 and first.encoder_runs == second.encoder_runs == 1
    assert same_points(both.plan, first.plan, second.plan)  # the same prompts
    p1, p2, mean = read(first.probability_path), read(second.probability_path), read(both.probability_path)
    assert np.allclose(mean, (p1 + p2) / 2, atol=1e-6)
    votes = np.stack([p1, p2]).astype(np.float64)
    expected = uncertainty(votes.mean(axis=0), votes.var(axis=0))
    assert np.allclose(read(both.uncertainty_path), expected, atol=1e-5)  # the dates' disagreement counts


def test_nodata_in_one_date_leaves_the_other_voting_and_none_gives_nodata(sentinel2_path, sentinel2_glc,
                                                                           tiny_checkpoint, tmp_path):
    with rasterio.open(sentinel2_path) as src:
        data, profile = src.read(), src.profile | dict(nodata=0)
    data[4:, :, :200] = 0  # date 2 has no data on the west
    data[:, :40] = 0  # no date on the northern strip
    path = str(tmp_path / "s2_nodata.tif")
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(data)
    args = (path, sentinel2_glc, tiny_checkpoint, tmp_path)
    both = run(config_for(*args, "both", dates=TWO_DATES, temporal="ensemble"))
    first = run(config_for(*args, "first", bands=(1, 2, 3)))
    assert same_points(both.plan, first.plan)  # prompts where some date has data: date 1's here
    mean, alone = read(both.probability_path), read(first.probability_path)
    assert (mean[:40] == -1).all() and (alone[:40] == -1).all()
    assert np.allclose(mean[40:, :200], alone[40:, :200], atol=1e-6)  # date 1 votes alone there
    assert not np.allclose(mean[40:, 200:], alone[40:, 200:], atol=1e-3)  # both vote there
    unc = read(both.uncertainty_path)[40:, :200]
    assert np.allclose(unc, 1 - np.abs(2 * alone[40:, :200] - 1), atol=1e-5)  # one vote: no disagreement


def test_the_composite_runs_sam_once_per_tile_on_the_composite(sentinel2_path, sentinel2_glc, tiny_checkpoint,
                                                                tmp_path):
    config = config_for(sentinel2_path, sentinel2_glc, tiny_checkpoint, tmp_path, "composite", dates=TWO_DATES,
                        temporal="composite")
    result = run(config)
    assert result.encoder_runs == 1
    plan = plan_prompts(config)
    tile = plan.tiles[0]
    with ImageSeries(config) as series:
        rgb, valid = series.read(tile.window)
    by_hand = SamEngine(tiny_checkpoint, "cpu").predict(rgb, plan.points.for_tile(plan.grid, tile, plan.layout))
    assert np.allclose(read(result.probability_path)[valid], by_hand[valid], atol=1e-6)


def test_embeddings_are_cached_per_date(sentinel2_path, sentinel2_glc, tiny_checkpoint, tmp_path):
    engine = SamEngine(tiny_checkpoint, "cpu")
    config = config_for(sentinel2_path, sentinel2_glc, tiny_checkpoint, tmp_path, "a", dates=TWO_DATES,
                        temporal="ensemble")
    assert run(config, engine).encoder_runs == 2
    config.seed, config.output, config.probability_output, config.uncertainty_output = 7, str(tmp_path / "b.gpkg"), \
        None, None
    again = run(config, engine)  # new prompts, same dates: both embeddings reused
    assert again.encoder_runs == 0 and len(engine.cache) == 2


def test_bad_dates_stop_the_run_before_any_output(sentinel2_path, sentinel2_glc, tiny_checkpoint, tmp_path):
    config = config_for(sentinel2_path, sentinel2_glc, tiny_checkpoint, tmp_path, "bad",
                        dates=((1, 2, 3, 4), (5, 6, 7)), temporal="ensemble")
    with pytest.raises(AptInputError, match="groups have 4, 3 bands"):
        run(config)
    assert not (tmp_path / "bad.gpkg").exists()
