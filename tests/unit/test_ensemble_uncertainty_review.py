"""Prompt ensembles, the uncertainty raster and the review areas, on the real NAIP scene with a tiny
random SAM. The land cover over it is SYNTHETIC (from its NDVI), built by the tests."""

from __future__ import annotations

import numpy as np
import pytest
import rasterio
from osgeo import ogr

from apt_cropland.plugin.core.config import Config
from apt_cropland.plugin.core.imagery.reader import ImageReader
from apt_cropland.plugin.core.models.sam_engine import SamEngine
from apt_cropland.plugin.core.pipeline import plan_prompts, run
from apt_cropland.plugin.core.tiles.mosaic import feather, uncertainty


def one_tile_config(naip_path, naip_glc, tiny_checkpoint, tmp_path, **extra) -> Config:
    """The whole scene as one tile (no blending), so a tile's probability is the output itself."""
    return Config(image=naip_path, glc=naip_glc, checkpoint=tiny_checkpoint, tile_size=1024, points_per_class=8,
                  output=str(tmp_path / "cropland.gpkg"), probability_output=str(tmp_path / "probability.tif"),
                  uncertainty_output=str(tmp_path / "uncertainty.tif"), min_area_m2=0, **extra)


def read(path) -> np.ndarray:
    with rasterio.open(path) as ds:
        return ds.read(1)


def test_uncertainty_by_hand():
    # all 1; all 0; all 0.5; half 0 and half 1; 0.75 alone; draws 0.5 and 1 (mean 0.75, std 0.25)
    mean = np.array([1.0, 0.0, 0.5, 0.5, 0.75, 0.75])
    variance = np.array([0.0, 0.0, 0.0, 0.25, 0.0, 0.0625])
    assert uncertainty(mean, variance).tolist() == pytest.approx([0.0, 0.0, 1.0, 1.0, 0.5, 0.75], abs=1e-6)
    # one vote: 1 - |2p - 1|
    p = np.linspace(0, 1, 11)
    assert uncertainty(p, np.zeros(11)) == pytest.approx(1 - np.abs(2 * p - 1), abs=1e-6)


def test_uncertainty_is_monotone_in_closeness_to_half_and_in_disagreement():
    means = np.linspace(0.5, 1.0, 51)
    for std in (0.0, 0.1, 0.2):
        u = uncertainty(means, np.full(51, std**2))
        assert np.all(np.diff(u) <= 1e-7)  # farther from 0.5: less unsure
    stds = np.linspace(0, 0.25, 26)
    u = uncertainty(np.full(26, 0.75), stds**2)
    assert np.all(np.diff(u) >= -1e-7) and u[-1] > u[0]  # more disagreement: more unsure
    grid = np.random.default_rng(0).random((1000, 4))
    u = uncertainty(grid.mean(axis=1), grid.var(axis=1))
    assert u.min() >= 0 and u.max() <= 1


def test_ensemble_of_one_is_apt_exactly(naip_path, naip_glc, tiny_checkpoint, tmp_path):
    config = one_tile_config(naip_path, naip_glc, tiny_checkpoint, tmp_path)
    result = run(config)
    plan = plan_prompts(config)
    engine = SamEngine(tiny_checkpoint, "cpu", precision="auto")
    with ImageReader(naip_path) as image:
        tile = plan.tiles[0]
        rgb, valid = image.read(tile.window)
        by_hand = engine.predict(rgb, plan.points.for_tile(plan.grid, tile, plan.layout))
    # the mosaic's blend of one tile, in float32 as it does it: (p * w) / w
    weight = feather(*by_hand.shape, config.overlap) * valid
    blended = np.divide(by_hand * weight, weight, out=np.full(by_hand.shape, -1, np.float32), where=weight > 0)
    assert np.array_equal(read(result.probability_path), blended)
    unc = read(config.uncertainty_output)
    assert np.allclose(unc[valid], 1 - np.abs(2 * by_hand[valid] - 1), atol=1e-6)


def test_an_ensemble_encodes_once_per_tile_and_averages_its_draws(naip_path, naip_glc, tiny_checkpoint, tmp_path):
    config = one_tile_config(naip_path, naip_glc, tiny_checkpoint, tmp_path, ensemble=4)
    result = run(config)
    assert result.encoder_runs == len(result.plan.tiles) == 1
    plan = result.plan
    tile = plan.tiles[0]
    draws = plan.prompt_draws(tile, plan.points.for_tile(plan.grid, tile, plan.layout))
    assert len(draws) == 4 and len({d.digest() for d in draws}) == 4  # independent draws
    assert all(d.n_positive == d.n_negative == 8 for d in draws)
    engine = SamEngine(tiny_checkpoint, "cpu")
    with ImageReader(naip_path) as image:
        rgb, valid = image.read(tile.window)
    embedding = engine.embed(rgb)
    each = np.stack([engine.segment(embedding, d) for d in draws])
    assert np.allclose(read(result.probability_path)[valid], each.mean(axis=0)[valid], atol=1e-6)
    by_hand = uncertainty(each.mean(axis=0), each.astype(np.float64).var(axis=0))
    assert np.allclose(read(config.uncertainty_output)[valid], by_hand[valid], atol=1e-5)


def test_polygons_carry_uncertainty_and_glc_share(naip_path, naip_glc, tiny_checkpoint, tmp_path):
    config = one_tile_config(naip_path, naip_glc, tiny_checkpoint, tmp_path, agreement_output=str(tmp_path / "a.tif"))
    result = run(config)
    agreement, prob = read(config.agreement_output), read(result.probability_path)
    ds = ogr.Open(result.polygons_path)
    layer = ds.GetLayer(0)
    names = [layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(layer.GetLayerDefn().GetFieldCount())]
    assert names == ["area_ha", "mean_prob", "uncertainty", "glc_share"]
    shares, areas = [], []
    for feature in layer:
        assert 0 <= feature.GetField("uncertainty") <= 1 and 0 <= feature.GetField("glc_share") <= 1
        shares.append(feature.GetField("glc_share"))
        areas.append(feature.GetField("area_ha"))
    # no minimum area: the polygons are exactly the mask, so their area-weighted share is the mask's
    mask = prob >= 0.5
    by_hand = np.count_nonzero(mask & (agreement == 1)) / np.count_nonzero(mask)
    assert np.average(shares, weights=areas) == pytest.approx(by_hand, abs=2e-3)


def test_review_areas_are_the_disagreement_ranked_by_score(naip_path, naip_glc, tiny_checkpoint, tmp_path):
    config = one_tile_config(naip_path, naip_glc, tiny_checkpoint, tmp_path, agreement_output=str(tmp_path / "a.tif"),
                             review_output=str(tmp_path / "review.gpkg"))
    result = run(config)
    agreement, prob = read(config.agreement_output), read(result.probability_path)
    mask, covered = prob >= 0.5, prob >= 0
    pixel_ha = 25 / 10_000
    ds = ogr.Open(config.review_output)
    layer = ds.GetLayerByName("review")
    rows = [(f.GetField("kind"), f.GetField("area_ha"), f.GetField("uncertainty"), f.GetField("score"),
             f.GetField("rank")) for f in layer]
    assert result.n_review == len(rows) > 0
    for kind, expected in (("added", mask & (agreement == 0)), ("removed", ~mask & covered & (agreement == 1))):
        area = sum(r[1] for r in rows if r[0] == kind)
        # area_ha is true ground area; a 5 m UTM pixel here is 25 m2 times the zone's scale factor squared
        # (1.0008 at 99.15 W in zone 14)
        assert area == pytest.approx(np.count_nonzero(expected) * pixel_ha, rel=1.5e-3), kind
    assert [r[4] for r in rows] == list(range(1, len(rows) + 1))
    scores = [r[3] for r in rows]
    assert scores == sorted(scores, reverse=True)
    assert all(r[3] == pytest.approx(r[1] * r[2], rel=1e-3, abs=1e-5) for r in rows)  # uncertainty shown to 4 places


def test_an_ensemble_or_review_needs_a_land_cover(naip_path, tiny_checkpoint, tmp_path):
    from apt_cropland.plugin.core.errors import AptInputError
    from apt_cropland.plugin.core.prompts.points import PromptPoints

    points = PromptPoints.from_arrays([486500.0], [5208000.0], [1])
    with pytest.raises(AptInputError, match="needs a land cover"):
        run(Config(image=naip_path, prompts=points, ensemble=3, checkpoint=tiny_checkpoint,
                   output=str(tmp_path / "o.gpkg")))
    with pytest.raises(AptInputError, match="compare the map with the land cover"):
        run(Config(image=naip_path, prompts=points, checkpoint=tiny_checkpoint, output=str(tmp_path / "o.gpkg"),
                   review_output=str(tmp_path / "r.gpkg")))
    assert not (tmp_path / "o.gpkg").exists()
