import numpy as np
import pytest

from apt_cropland.plugin.core.landcover.masks import erode
from apt_cropland.plugin.core.prompts.sampling import sample_prompts


def two_fields(h=256, w=256):
    """Cropland on the left 60 % of the tile, something else on the right."""
    crop = np.zeros((h, w), bool)
    crop[:, : int(w * 0.6)] = True
    return crop, np.ones((h, w), bool)


def test_equal_numbers_in_the_right_class():
    crop, valid = two_fields()
    p = sample_prompts(crop, valid, points_per_class=30, margin_px=2, rounds=3, seed=1)
    assert p.n_positive == p.n_negative == 30
    rows, cols = p.rows.astype(int), p.cols.astype(int)
    assert crop[rows[p.labels == 1], cols[p.labels == 1]].all()
    assert not crop[rows[p.labels == 0], cols[p.labels == 0]].any()
    assert p.skipped is None and p.notes == []


def test_points_keep_the_edge_margin_from_class_and_nodata_edges():
    crop, valid = two_fields()
    valid[:40, :] = False
    margin = 6
    p = sample_prompts(crop, valid, 30, margin_px=margin, seed=3)
    boundary_col = int(256 * 0.6)
    cols, rows = p.cols - 0.5, p.rows - 0.5
    assert np.all(np.abs(cols - boundary_col + 0.5) >= margin)
    assert rows.min() >= 40 + margin
    assert cols.min() >= margin and rows.max() <= 255 - margin  # the tile border counts as an edge
    assert p.margin_px == margin


def test_points_spread_over_the_whole_region():
    crop = np.ones((400, 400), bool)
    crop[:, 200:] = False
    p = sample_prompts(crop, np.ones_like(crop), 32, margin_px=1, seed=0)
    pos = p.labels == 1
    # the left half split into four quadrants: each holds about a quarter of the positives
    top = p.rows[pos] < 200
    left = p.cols[pos] < 100
    for quadrant in (top & left, top & ~left, ~top & left, ~top & ~left):
        assert 4 <= quadrant.sum() <= 12
    # no clumps: nearest neighbours are far apart compared with random draws (~ 0.5 / sqrt(density))
    xy = np.stack([p.cols[pos], p.rows[pos]], 1)
    d = np.sqrt(((xy[:, None] - xy[None]) ** 2).sum(-1)) + np.eye(len(xy)) * 1e9
    assert d.min(1).min() > 15


def test_same_seed_same_points_other_seed_other_points():
    crop, valid = two_fields()
    a = sample_prompts(crop, valid, 20, 2, 3, seed=7)
    b = sample_prompts(crop, valid, 20, 2, 3, seed=7)
    c = sample_prompts(crop, valid, 20, 2, 3, seed=8)
    assert np.array_equal(a.cols, b.cols) and np.array_equal(a.rows, b.rows)
    assert not np.array_equal(a.cols, c.cols)


def test_rounds_are_interleaved_and_each_covers_the_tile():
    crop = np.zeros((300, 300), bool)
    crop[:, :150] = True
    p = sample_prompts(crop, np.ones_like(crop), 30, 1, rounds=3, seed=2)
    assert sorted(set(p.rounds.tolist())) == [1, 2, 3]
    for r in (1, 2, 3):
        in_round = p.rounds == r
        assert (p.labels[in_round] == 1).sum() == (p.labels[in_round] == 0).sum() == 10
        # every round reaches both the top and bottom of the tile
        assert p.rows[in_round].min() < 100 and p.rows[in_round].max() > 200
    xy1, lab1 = p.upto_round(1)
    xy3, lab3 = p.upto_round(3)
    assert len(xy1) == 20 and len(xy3) == 60


def test_margin_is_relaxed_for_small_areas_then_fewer_points():
    crop = np.zeros((100, 100), bool)
    crop[10:14, 10:14] = True  # 16 cropland pixels: no room for a margin of 3
    p = sample_prompts(crop, np.ones_like(crop), 30, margin_px=3, seed=0)
    assert p.margin_px < 3
    assert p.n_positive == p.n_negative == 16
    assert any("relaxed" in n for n in p.notes) and any("only 16" in n for n in p.notes)


def test_no_cropland_skips_the_tile_with_the_reason():
    p = sample_prompts(np.zeros((50, 50), bool), np.ones((50, 50), bool), 30)
    assert len(p) == 0 and "no cropland" in p.skipped


def test_all_cropland_gives_positives_only_and_says_so():
    p = sample_prompts(np.ones((50, 50), bool), np.ones((50, 50), bool), 10, seed=0)
    assert p.n_positive == 10 and p.n_negative == 0
    assert any("positive points only" in n for n in p.notes)


def test_nodata_everywhere_skips_the_tile():
    p = sample_prompts(np.ones((50, 50), bool), np.zeros((50, 50), bool), 10)
    assert len(p) == 0 and "no data" in p.skipped


@pytest.mark.parametrize("radius", [0, 1, 2, 3, 5, 7, 22, 30])  # windows of 1 to 61: within and beyond 40 x 50
def test_erode_matches_a_brute_force_square_erosion(radius):
    rng = np.random.default_rng(radius)
    mask = rng.random((40, 50)) > (0.2 if radius < 5 else 0.003)
    fast = erode(mask, radius)
    padded = np.pad(mask, radius, mode="constant")
    slow = np.ones_like(mask)
    for dr in range(2 * radius + 1):
        for dc in range(2 * radius + 1):
            slow &= padded[dr : dr + 40, dc : dc + 50]
    assert np.array_equal(fast, slow)
