"""Olofsson et al. (2014) estimators against the paper's worked example and hand-computed cases.

The worked example (section 5, Tables 8-9): 10 million 30 m pixels (0.09 ha) mapped as
deforestation 200 000, forest gain 150 000, stable forest 3 200 000, stable non-forest 6 450 000,
and 640 sample points. Table 8's rows are the map classes (strata), its columns the reference:
deforestation [66, 0, 5, 4], forest gain [0, 55, 8, 12], stable forest [1, 0, 153, 11],
stable non-forest [2, 1, 9, 313]. (The lists [66,0,1,2], [0,55,0,1], [5,8,153,9], [4,12,11,313]
are the table's COLUMNS: read as rows they give U_deforestation = 66/69 = 0.957, not the 0.88 the
paper prints.)

Published (section 5.2): OA 0.947 +/- 0.018; deforestation user's accuracy 0.88 +/- 0.07,
producer's 0.75 +/- 0.21; error-adjusted area of deforestation 235 086 pixels +/- 68 418 pixels
at 95 %, that is 21 158 ha +/- 6 158 ha. (235 086 and 68 418 are PIXELS: the paper's "S(A_1) =
34 097 pixels" is a typo for 34 907 = 68 418 / 1.96.) Also eq. 13 with W = 0.02, 0.015, 0.32, 0.645
and expected U = 0.7, 0.6, 0.9, 0.95 for S(O) = 0.01 gives n = 641.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from apt_cropland.plugin.core.accuracy.olofsson import (
    allocate,
    estimate,
    parse_expected_users,
    sample_size,
)
from apt_cropland.plugin.core.errors import AptInputError

PIXELS = np.array([200000, 150000, 3200000, 6450000])
COUNTS = np.array([[66, 0, 5, 4], [0, 55, 8, 12], [1, 0, 153, 11], [2, 1, 9, 313]])
HA_PER_PIXEL = 0.09


@pytest.fixture(scope="module")
def worked():
    return estimate((1, 2, 3, 4), PIXELS * HA_PER_PIXEL, COUNTS)


def test_published_area_of_deforestation(worked):
    assert worked.adjusted_area[0] / HA_PER_PIXEL == pytest.approx(235086, abs=1)  # pixels
    assert 1.96 * worked.adjusted_area_se[0] / HA_PER_PIXEL == pytest.approx(68418, abs=1)
    assert worked.adjusted_area[0] == pytest.approx(21158, abs=1)  # ha
    assert 1.96 * worked.adjusted_area_se[0] == pytest.approx(6158, abs=1)


def test_published_areas_of_every_class(worked):
    assert worked.adjusted_area == pytest.approx([21158, 11686, 285770, 581386], abs=1)
    assert 1.96 * worked.adjusted_area_se == pytest.approx([6158, 3756, 15510, 16282], abs=1)
    assert worked.adjusted_area.sum() == pytest.approx(PIXELS.sum() * HA_PER_PIXEL)


def test_published_overall_users_and_producers_accuracy(worked):
    assert round(worked.oa, 3) == 0.947
    assert round(1.96 * worked.oa_se, 3) == 0.018
    assert round(worked.users[0], 2) == 0.88 and round(1.96 * worked.users_se[0], 2) == 0.07
    assert round(worked.producers[0], 2) == 0.75 and round(1.96 * worked.producers_se[0], 2) == 0.21
    assert np.round(worked.users, 2).tolist() == [0.88, 0.73, 0.93, 0.96]
    assert np.round(worked.producers, 2).tolist() == [0.75, 0.85, 0.93, 0.96]


def test_published_proportions_table_9(worked):
    table9 = [[0.0176, 0, 0.0013, 0.0011], [0, 0.0110, 0.0016, 0.0024],
              [0.0019, 0, 0.2967, 0.0213], [0.0040, 0.0020, 0.0179, 0.6212]]
    assert np.round(worked.proportions, 4).tolist() == table9


def test_two_strata_by_hand():
    # map 1: 30 ha, 10 points (8 ref 1, 2 ref 0); map 0: 70 ha, 10 points (1 ref 1, 9 ref 0)
    e = estimate((0, 1), [70.0, 30.0], [[9, 1], [2, 8]])
    w0, w1 = 0.7, 0.3
    assert e.oa == pytest.approx(w0 * 0.9 + w1 * 0.8)  # 0.87
    assert e.oa_se == pytest.approx(math.sqrt(w0**2 * 0.9 * 0.1 / 9 + w1**2 * 0.8 * 0.2 / 9))
    assert e.users.tolist() == pytest.approx([0.9, 0.8])
    p_ref1 = w0 * 0.1 + w1 * 0.8  # 0.31
    assert e.adjusted_area[1] == pytest.approx(100 * p_ref1)
    assert e.adjusted_area_se[1] == pytest.approx(100 * math.sqrt(w0**2 * 0.1 * 0.9 / 9 + w1**2 * 0.8 * 0.2 / 9))
    assert e.producers[1] == pytest.approx(w1 * 0.8 / p_ref1)
    # eq. 7 for class 1, with N_i. = areas: N^_.1 = 70 * 0.1 + 30 * 0.8 = 31
    v = (30**2 * (1 - e.producers[1]) ** 2 * 0.8 * 0.2 / 9 + e.producers[1] ** 2 * 70**2 * 0.1 * 0.9 / 9) / 31**2
    assert e.producers_se[1] == pytest.approx(math.sqrt(v))


def test_a_stratum_with_one_point_is_refused():
    with pytest.raises(AptInputError, match="at least 2 labelled sample points.*class 1: 1"):
        estimate((0, 1), [70.0, 30.0], [[9, 1], [1, 0]])


def test_a_stratum_without_points_is_refused():
    with pytest.raises(AptInputError, match="class 1: 0"):
        estimate((0, 1), [70.0, 30.0], [[9, 1], [0, 0]])


def test_sample_size_eq_13():
    assert sample_size([0.02, 0.015, 0.32, 0.645], [0.7, 0.6, 0.9, 0.95], 0.01) == 641
    # one class, U = 0.5: S = 0.5, n = (0.5 / 0.05)^2 = 100
    assert sample_size([1.0], [0.5], 0.05) == 100


def test_sample_size_bad_target():
    with pytest.raises(AptInputError, match="between 0 and 1"):
        sample_size([1.0], [0.5], 0)


def test_allocation_proportional_then_topped_up():
    # Olofsson's Table 5 proportional allocation of 641: 13, 10, 205, 413
    assert allocate(641, [0.02, 0.015, 0.32, 0.645], 0, [10**9] * 4).tolist() == [13, 10, 205, 413]
    assert allocate(641, [0.02, 0.015, 0.32, 0.645], 50, [10**9] * 4).tolist() == [50, 50, 205, 413]
    assert allocate(100, [0.5, 0.5], 0, [30, 1000]).tolist() == [30, 50]  # never more than the pixels


def test_expected_users_parsing():
    assert parse_expected_users("1:0.8,0:0.95", (0, 1)).tolist() == [0.95, 0.8]
    assert parse_expected_users("0.9", (0, 1, 2)).tolist() == [0.9, 0.9, 0.9]
    assert parse_expected_users("40:0.7, 0.9", (10, 40)).tolist() == [0.9, 0.7]
    with pytest.raises(AptInputError, match="class 2"):
        parse_expected_users("1:0.8,0:0.95", (0, 1, 2))
    with pytest.raises(AptInputError, match="class:accuracy"):
        parse_expected_users("high", (0, 1))
    with pytest.raises(AptInputError, match="between 0 and 1"):
        parse_expected_users("1.5", (0, 1))
