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


def test_autoprompt_with_two_land_covers_an_ensemble_and_every_output(naip_path, naip_glc, esri_glc,
                                                                     tiny_checkpoint, tmp_path):
    results, log = run("aptcropland:autoprompt", {
        "IMAGE": naip_path, "GLC": naip_glc, "CROPLAND_CLASSES": "40", "MORE_GLC": [esri_glc],
        "MORE_GLC_CLASSES": "esri", "AGREEMENT": "all", "ENSEMBLE": 2, "CHECKPOINT": tiny_checkpoint,
        "POINTS_PER_CLASS": 6, "MIN_AREA": 200, **FAST,
        "OUTPUT": str(tmp_path / "cropland.gpkg"), "OUTPUT_UNCERTAINTY": str(tmp_path / "uncertainty.tif"),
        "OUTPUT_AGREEMENT": str(tmp_path / "agreement.tif"), "OUTPUT_REVIEW": str(tmp_path / "review.gpkg"),
    })
    assert "Ensemble: 2 prompt draws per tile" in log
    assert "SAM encoded 6 tiles" in log  # once per tile, whatever the ensemble
    cropland = vector(results["OUTPUT"])
    assert cropland.fields().names()[-4:] == ["area_ha", "mean_prob", "uncertainty", "glc_share"]
    with rasterio.open(results["OUTPUT_UNCERTAINTY"]) as ds:
        unc = ds.read(1)
        assert ds.crs.to_epsg() == 26914 and unc[unc >= 0].min() >= 0 and unc.max() <= 1
    with rasterio.open(results["OUTPUT_AGREEMENT"]) as ds:
        assert set(np.unique(ds.read(1)).tolist()) <= {0, 1, 2, 255} and ds.dtypes[0] == "uint8"
    review = vector(results["OUTPUT_REVIEW"])
    rows = sorted((f["rank"], f["score"], f["kind"]) for f in review.getFeatures())
    assert rows and [r[0] for r in rows] == list(range(1, len(rows) + 1))
    assert [r[1] for r in rows] == sorted((r[1] for r in rows), reverse=True)
    assert {r[2] for r in rows} <= {"added", "removed"}


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
