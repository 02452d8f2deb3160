"""Several land covers voting together: rules, nodata, relaxation, and the rasters planning writes.

The land covers over the NAIP scene are SYNTHETIC (built by the tests from its NDVI, in three CRSs
and three class codings: WorldCover 40 in EPSG:4326, Esri 5 in EPSG:3857, Dynamic World 4 in the
image's own UTM grid at 10 m): no real land cover covers the test images.
"""

from __future__ import annotations

import numpy as np
import pytest
import rasterio
from rasterio.windows import Window

from apt_cropland.plugin.core.config import Config
from apt_cropland.plugin.core.errors import AptInputError
from apt_cropland.plugin.core.geo import Grid
from apt_cropland.plugin.core.landcover.agreement import (
    FIRST,
    LandCover,
    LandCoverStack,
    Votes,
    parse_class_lists,
)
from apt_cropland.plugin.core.landcover.glc import GlcReader, Prelabel
from apt_cropland.plugin.core.pipeline import plan_prompts


def recode(src: str, dst: str, mapping: dict[int, int], hole: tuple[slice, slice] | None = None,
           flip: tuple[slice, slice] | None = None) -> str:
    """A copy of a land cover with its classes recoded; ``hole``: made nodata; ``flip``: cropland
    and not swapped there (so the products disagree)."""
    with rasterio.open(src) as ds:
        data, profile = ds.read(1), ds.profile
    out = np.zeros_like(data)
    for old, new in mapping.items():
        out[data == old] = new
    if flip is not None:
        block = data[flip]
        crop, other = mapping[40], next(v for k, v in mapping.items() if k != 40 and k != 0)
        out[flip] = np.where(block == 40, other, np.where(block == 0, 0, crop))
    if hole is not None:
        out[hole] = 0
    with rasterio.open(dst, "w", **profile) as ds:
        ds.write(out, 1)
    return dst


@pytest.fixture(scope="module")
def products(naip_path, tmp_path_factory):
    """Three codings in three CRSs; the Esri one disagrees on a west stripe, the Dynamic World one
    has a nodata hole."""
    from sample_glc import make_sample_glc

    folder = tmp_path_factory.mktemp("glcs")
    worldcover = make_sample_glc(naip_path, str(folder / "wc_4326.tif"))
    esri_src = make_sample_glc(naip_path, str(folder / "wc_3857.tif"), crs="EPSG:3857", res=12.0)
    esri = recode(esri_src, str(folder / "esri_3857.tif"), {0: 0, 40: 5, 30: 11}, flip=(slice(None), slice(0, 120)))
    dw_src = make_sample_glc(naip_path, str(folder / "wc_26914.tif"), crs="EPSG:26914", res=10.0)
    dw = recode(dw_src, str(folder / "dw_26914.tif"), {0: 0, 40: 4, 30: 2}, hole=(slice(150, 300), slice(250, 400)))
    return [LandCover(worldcover, (40,)), LandCover(esri, (5,)), LandCover(dw, (4,))]


@pytest.fixture(scope="module")
def grid(naip_path) -> Grid:
    with rasterio.open(naip_path) as ds:
        return Grid.of(ds)


def single_votes(products, grid) -> list[Prelabel]:
    out = []
    for product in products:
        with GlcReader(product.source, product.classes, grid) as reader:
            out.append(reader.read(grid))
    return out


def test_votes_count_products_and_nodata_does_not_vote(products, grid):
    each = single_votes(products, grid)
    with LandCoverStack(products, grid) as stack:
        votes = stack.read(grid)
    assert np.array_equal(votes.cropland, sum(p.cropland.astype(np.uint8) for p in each))
    assert np.array_equal(votes.with_data, sum(p.valid.astype(np.uint8) for p in each))
    hole = ~each[2].valid
    assert hole.mean() > 0.02 and votes.with_data[hole].max() == 2  # the hole: two products vote there
    counts = votes.counts()
    assert counts.dtype == np.uint8 and np.array_equal(counts[votes.with_data > 0], votes.cropland[votes.with_data > 0])


def test_the_rules_by_hand():
    cropland = np.array([[3, 2, 1, 0, 1, 2, 0, 0]], np.uint8)
    with_data = np.array([[3, 3, 3, 3, 2, 2, 1, 0]], np.uint8)
    first = Prelabel(np.zeros((1, 8)), np.array([[1, 1, 0, 0, 1, 0, 0, 0]], bool), np.ones((1, 8), bool))
    votes = Votes(cropland, with_data, first)
    pos, neg = votes.regions("all")
    assert pos.tolist() == [[True, False, False, False, False, True, False, False]]
    assert neg.tolist() == [[False, False, False, True, False, False, True, False]]
    pos, neg = votes.regions("majority")
    assert pos.tolist() == [[True, True, False, False, False, True, False, False]]  # 1 of 2 is no majority
    assert neg.tolist() == [[False, False, True, True, False, False, True, False]]
    assert votes.verdict("all").tolist() == [[1, 2, 2, 0, 2, 1, 0, 255]]
    assert votes.counts().tolist() == [[3, 2, 1, 0, 1, 2, 0, 255]]
    pos, neg = votes.regions(FIRST)
    assert pos.tolist() == first.cropland.tolist() and not (pos & neg).any()


def test_prompts_lie_where_the_products_agree(naip_path, products, grid, tmp_path):
    config = Config(image=naip_path, glc=products[0].source, cropland_classes=(40,), more_glc=tuple(products[1:]),
                    points_per_class=15, tile_size=512, agreement_output=str(tmp_path / "agreement.tif"))
    plan = plan_prompts(config)
    with rasterio.open(config.agreement_output) as ds:
        agreement = ds.read(1)
        assert ds.crs == rasterio.crs.CRS.from_epsg(26914) and ds.shape == (grid.height, grid.width)
        assert ds.nodata == 255
    each = single_votes(products, grid)
    with_data = sum(p.valid.astype(int) for p in each)
    cols, rows = (~grid.transform) * (plan.points.x, plan.points.y)
    for col, row, label in zip(cols.astype(int), rows.astype(int), plan.points.label):
        assert with_data[row, col] >= 1
        expected = with_data[row, col] if label == 1 else 0  # every product with data agrees
        assert agreement[row, col] == expected
    assert int((plan.points.label == 1).sum()) == int((plan.points.label == 0).sum()) > 0


def test_too_little_agreement_relaxes_in_recorded_steps(naip_path, products, grid, tmp_path):
    # The Esri product flipped everywhere: under 'all' nothing is agreed cropland
    flipped = LandCover(recode(products[1].source, str(tmp_path / "esri_flipped.tif"), {0: 0, 5: 11, 11: 5}), (5,))
    config = Config(image=naip_path, glc=products[0].source, more_glc=(flipped,), points_per_class=10,
                    tile_size=512)
    plan = plan_prompts(config)
    notes = [note for report in plan.reports for note in report.notes]
    assert any("relaxed from 'all' to 'first'" in note for note in notes), notes
    assert all(r.n_positive == 10 for r in plan.reports)


def test_majority_of_two_takes_the_first_step_after_it(naip_path, products, grid):
    config = Config(image=naip_path, glc=products[0].source, more_glc=(products[1],), agreement="majority",
                    points_per_class=10, tile_size=512)
    plan = plan_prompts(config)
    assert all(r.n_positive == r.n_negative == 10 for r in plan.reports)


def test_class_lists_must_match_the_land_covers():
    assert parse_class_lists("5;4", 2) == [(5,), (4,)]
    assert parse_class_lists("esri;dynamicworld", 2) == [(5,), (4,)]
    assert parse_class_lists("", 0) == []
    with pytest.raises(AptInputError, match="2 land covers were given, but 1 class lists"):
        parse_class_lists("5", 2)
    with pytest.raises(AptInputError, match="1 land covers were given, but 0 class lists"):
        parse_class_lists("", 1)


def test_a_product_that_covers_nothing_is_named(naip_path, products, grid, tmp_path):
    from support import write_raster

    far = write_raster(tmp_path / "far.tif", np.full((10, 10), 5, np.uint8), "EPSG:32633")
    config = Config(image=naip_path, glc=products[0].source, more_glc=(LandCover(far, (5,)),))
    with pytest.raises(AptInputError, match=r"Land cover 2 of 2 .*does not overlap the image"):
        plan_prompts(config)


def test_an_unknown_rule_is_refused(naip_path, products, grid):
    with pytest.raises(AptInputError, match="Unknown agreement rule 'most'"):
        LandCoverStack(products, grid, "most")


def test_agreement_windows_cover_the_extent_only(naip_path, products, grid, tmp_path):
    t = grid.transform
    extent = (t.c + 100 * t.a, t.f + 300 * t.e, t.c + 400 * t.a, t.f + 100 * t.e)
    config = Config(image=naip_path, glc=products[0].source, more_glc=tuple(products[1:]), tile_size=256,
                    extent=extent, agreement_output=str(tmp_path / "a.tif"))
    plan_prompts(config)
    with rasterio.open(config.agreement_output) as ds:
        assert ds.shape == (200, 300)
        assert ds.transform.c == pytest.approx(t.c + 100 * t.a)
        whole = LandCoverStack(products, grid)
        try:
            expected = whole.read(grid.window(Window(100, 100, 300, 200))).counts()
        finally:
            whole.close()
        # the tiles warp their own windows: GDAL's approximate transformer (1/8 pixel) may pick the
        # neighbouring land cover pixel at a few class edges
        assert (ds.read(1) != expected).mean() < 0.01
