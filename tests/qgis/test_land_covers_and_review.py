"""Several land covers, ensembles, uncertainty, agreement and review through Processing and
qgis_process. The land covers over the NAIP scene are SYNTHETIC (from its NDVI, built here)."""

from __future__ import annotations

import numpy as np
import pytest
import rasterio
from processing_support import FAST, fails, run, vector

ESRI = {0: 0, 40: 5, 30: 11}


@pytest.fixture(scope="module", autouse=True)
def provider(processing_provider):
    return processing_provider


@pytest.fixture(scope="module")
def esri_glc(naip_path, tmp_path_factory) -> str:
    """An Esri-coded (cropland 5) land cover in Web Mercator that disagrees on the west third."""
    from sample_glc import make_sample_glc

    folder = tmp_path_factory.mktemp("esri")
    src = make_sample_glc(naip_path, str(folder / "wc.tif"), crs="EPSG:3857", res=12.0)
    with rasterio.open(src) as ds:
        data, profile = ds.read(1), ds.profile
    out = np.zeros_like(data)
    for old, new in ESRI.items():
        out[data == old] = new
    west = slice(0, data.shape[1] // 3)
    out[:, west] = np.where(out[:, west] == 5, 11, np.where(out[:, west] == 11, 5, 0))
    with rasterio.open(folder / "esri.tif", "w", **profile) as ds:
        ds.write(out, 1)
    return str(folder / "esri.tif")


@pytest.fixture(scope="module")
def spread_checkpoint(tmp_path_factory) -> str:
    """A tiny SAM whose probabilities spread across 0.5 (a random one's hug it): the ensemble's draws
    then disagree visibly, and the uncertainty has a range to check."""
    from spread_models import save_spread_sam

    return save_spread_sam(tmp_path_factory.mktemp("model") / "spread_sam.pth")


def test_autoprompt_with_two_land_covers_an_ensemble_and_every_output(naip_path, naip_glc, esri_glc,
                                                                     spread_checkpoint, tmp_path):
    results, log = run("aptcropland:autoprompt", {
        "IMAGE": naip_path, "GLC": naip_glc, "CROPLAND_CLASSES": "40", "MORE_GLC": [esri_glc],
        "MORE_GLC_CLASSES": "esri", "AGREEMENT": "all", "ENSEMBLE": 2, "CHECKPOINT": spread_checkpoint,
        "POINTS_PER_CLASS": 6, "MIN_AREA": 200, **FAST,
        "OUTPUT": str(tmp_path / "cropland.gpkg"), "OUTPUT_UNCERTAINTY": str(tmp_path / "uncertainty.tif"),
        "OUTPUT_PROBABILITY": str(tmp_path / "probability.tif"), "OUTPUT_AGREEMENT": str(tmp_path / "agreement.tif"),
        "OUTPUT_REVIEW": str(tmp_path / "review.gpkg"),
    })
    assert "Ensemble: 2 prompt draws per tile" in log
    assert "SAM encoded 6 tiles" in log  # once per tile, whatever the ensemble
    cropland = vector(results["OUTPUT"])
    assert cropland.fields().names()[-4:] == ["area_ha", "mean_prob", "uncertainty", "glc_share"]
    with rasterio.open(results["OUTPUT_UNCERTAINTY"]) as ds:
        unc, unc_nodata = ds.read(1), ds.nodata
        assert ds.crs.to_epsg() == 26914
    with rasterio.open(results["OUTPUT_PROBABILITY"]) as ds:
        prob, prob_nodata = ds.read(1), ds.nodata
    assert_uncertainty_fits(unc, unc_nodata, prob, prob_nodata)
    with rasterio.open(results["OUTPUT_AGREEMENT"]) as ds:
        assert set(np.unique(ds.read(1)).tolist()) <= {0, 1, 2, 255} and ds.dtypes[0] == "uint8"
    review = vector(results["OUTPUT_REVIEW"])
    rows = sorted((f["rank"], f["score"], f["kind"]) for f in review.getFeatures())
    assert rows and [r[0] for r in rows] == list(range(1, len(rows) + 1))
    assert [r[1] for r in rows] == sorted((r[1] for r in rows), reverse=True)
    assert {r[2] for r in rows} <= {"added", "removed"}


def assert_uncertainty_fits(unc: np.ndarray, unc_nodata, prob: np.ndarray, prob_nodata) -> None:
    """The uncertainty of an ensemble: nodata (-1) exactly where the probability has none, elsewhere in
    [0, 1] and never below the single-vote value 1 - |2p - 1| (the draws' disagreement only adds to it),
    above it where the draws disagree, and not one value everywhere."""
    assert unc_nodata == prob_nodata == -1 and unc.shape == prob.shape
    covered = prob != prob_nodata
    assert covered.mean() > 0.5 and np.array_equal(unc != unc_nodata, covered)
    u, p = unc[covered], prob[covered]
    assert u.min() >= 0 and u.max() <= 1
    single_vote = 1 - np.abs(2 * p - 1)
    assert (u >= single_vote - 1e-5).all()
    assert (u > single_vote + 1e-4).mean() > 0.1  # the two prompt draws disagree over much of the map
    assert u.std() > 1e-3


def test_the_uncertainty_check_fails_on_an_uncertainty_that_does_not_fit():
    """assert_uncertainty_fits can fail: on values outside [0, 1], a nodata footprint that differs from
    the probability's, values below the single-vote bound, or draws that never disagree."""
    rng = np.random.default_rng(0)
    prob = rng.uniform(0.3, 0.7, (40, 40)).astype(np.float32)
    prob[:5] = -1
    good = np.where(prob >= 0, np.clip(1 - np.abs(2 * prob - 1) + rng.uniform(0, 0.2, prob.shape), 0, 1), -1)
    assert_uncertainty_fits(good, -1, prob, -1)
    single = np.where(prob >= 0, 1 - np.abs(2 * prob - 1), -1)  # as if the ensemble did nothing
    holes = good.copy()
    holes[10, 10] = -1
    for bad in (np.where(prob >= 0, good - 0.5, -1), np.where(prob >= 0, good + 0.5, -1),
                np.where(prob >= 0, single - 0.05, -1), single, holes, np.where(prob >= 0, 0.5, -1)):
        with pytest.raises(AssertionError):
            assert_uncertainty_fits(bad.astype(np.float32), -1, prob, -1)


def test_prompts_algorithm_writes_the_agreement(naip_path, naip_glc, esri_glc, tmp_path):
    results, _ = run("aptcropland:prompts", {
        "IMAGE": naip_path, "GLC": naip_glc, "MORE_GLC": [esri_glc], "MORE_GLC_CLASSES": "5",
        "AGREEMENT": "majority", "POINTS_PER_CLASS": 5, **FAST, "OUTPUT": str(tmp_path / "p.gpkg"),
        "OUTPUT_AGREEMENT": str(tmp_path / "agreement.tif"),
    })
    assert vector(results["OUTPUT"]).featureCount() == 60
    with rasterio.open(results["OUTPUT_AGREEMENT"]) as ds:
        counts = ds.read(1)
    assert (counts == 2).any() and (counts == 1).any() and (counts == 0).any()


def test_class_lists_that_do_not_match_the_land_covers_are_refused(naip_path, naip_glc, esri_glc, tmp_path):
    fails("aptcropland:prompts", {
        "IMAGE": naip_path, "GLC": naip_glc, "MORE_GLC": [esri_glc, esri_glc], "MORE_GLC_CLASSES": "5",
        "OUTPUT": str(tmp_path / "p.gpkg"),
    }, "one cropland class list per additional land cover", "2 land covers were given, but 1 class lists")


def test_review_without_a_land_cover_is_refused(naip_path, tiny_checkpoint, naip_prompt_layer, tmp_path):
    fails("aptcropland:autoprompt", {
        "IMAGE": naip_path, "PROMPTS": naip_prompt_layer, "CHECKPOINT": tiny_checkpoint,
        "OUTPUT": str(tmp_path / "c.gpkg"), "OUTPUT_REVIEW": str(tmp_path / "r.gpkg"),
    }, "compare the map with the land cover")


@pytest.fixture
def naip_prompt_layer(naip_path, naip_glc, tmp_path) -> str:
    results, _ = run("aptcropland:prompts", {"IMAGE": naip_path, "GLC": naip_glc, "POINTS_PER_CLASS": 3, **FAST,
                                             "OUTPUT": str(tmp_path / "points.gpkg")})
    return results["OUTPUT"]
