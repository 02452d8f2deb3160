"""Scores of a cropland confusion matrix, against figures worked out by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest

from apt_cropland.plugin.core.accuracy.metrics import codes, confusion_of_codes, scores


def test_scores_of_a_hand_made_matrix():
    # [map][reference]: TP 40, map only (FP) 10, reference only (FN) 20, neither (TN) 130; 200 pixels
    s = scores(np.array([[130, 20], [10, 40]]))
    assert s.oa == pytest.approx(170 / 200)
    assert s.precision == pytest.approx(40 / 50)
    assert s.recall == pytest.approx(40 / 60)
    assert s.f1 == pytest.approx(2 * 0.8 * (2 / 3) / (0.8 + 2 / 3))  # 0.72727...
    assert s.f1 == pytest.approx(80 / 110)
    assert s.iou == pytest.approx(40 / 70)
    assert s.miou == pytest.approx((40 / 70 + 130 / 160) / 2)
    assert s.pixels == 200


def test_no_cropland_mapped_has_no_precision():
    s = scores(np.array([[90, 10], [0, 0]]))
    assert math.isnan(s.precision)
    assert s.recall == 0 and s.iou == 0 and s.oa == pytest.approx(0.9)


def test_codes_and_their_confusion():
    map_crop = np.array([[1, 1, 0, 0, 1]], dtype=bool)
    ref_crop = np.array([[1, 0, 1, 0, 1]], dtype=bool)
    valid = np.array([[1, 1, 1, 1, 0]], dtype=bool)
    code = codes(map_crop, ref_crop, valid)
    assert code.tolist() == [[1, 2, 3, 4, 0]]  # both, map only, reference only, neither, not compared
    assert confusion_of_codes(code).tolist() == [[1, 1], [1, 1]]
    weights = np.array([[1.0, 2.0, 3.0, 4.0, 100.0]])
    assert confusion_of_codes(code, weights).tolist() == [[4.0, 3.0], [2.0, 1.0]]
