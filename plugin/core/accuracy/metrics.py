"""A cropland / not cropland confusion matrix and the scores the APT paper reports.

The matrix is indexed ``[map][reference]`` with 1 = cropland: ``m[1, 1]`` both cropland (true
positives), ``m[1, 0]`` map only, ``m[0, 1]`` reference only, ``m[0, 0]`` neither.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

# Codes of the difference raster (0 is no data: not compared)
BOTH, MAP_ONLY, REFERENCE_ONLY, NEITHER = 1, 2, 3, 4


def _ratio(a: float, b: float) -> float:
    return float(a) / float(b) if b else math.nan


@dataclass(frozen=True)
class Scores:
    """Overall accuracy, the cropland class's precision (user's accuracy), recall (producer's), F1
    and IoU, and the mean IoU of cropland and not cropland (as the APT paper's mIoU)."""

    oa: float
    precision: float
    recall: float
    f1: float
    iou: float
    miou: float
    pixels: int

    def as_dict(self) -> dict[str, float]:
        return {"OA": self.oa, "PRECISION": self.precision, "RECALL": self.recall, "F1": self.f1,
                "IOU": self.iou, "MIOU": self.miou, "PIXELS": self.pixels}


def scores(matrix: np.ndarray) -> Scores:
    """The scores of a 2 x 2 confusion matrix ``[map][reference]`` (counts or areas).

    A score whose denominator is zero (no cropland mapped: no precision) is NaN.
    """
    m = np.asarray(matrix, dtype=float)
    tn, fn, fp, tp = m[0, 0], m[0, 1], m[1, 0], m[1, 1]
    total = m.sum()
    iou_crop = _ratio(tp, tp + fp + fn)
    iou_other = _ratio(tn, tn + fp + fn)
    return Scores(
        oa=_ratio(tp + tn, total),
        precision=_ratio(tp, tp + fp),
        recall=_ratio(tp, tp + fn),
        f1=_ratio(2 * tp, 2 * tp + fp + fn),
        iou=iou_crop,
        miou=(iou_crop + iou_other) / 2.0,
        pixels=int(round(total)),
    )


def codes(map_crop: np.ndarray, ref_crop: np.ndarray, valid: np.ndarray) -> np.ndarray:
    """The difference codes (uint8): 1 both cropland, 2 map only, 3 reference only, 4 neither, 0 not compared."""
    code = np.full(map_crop.shape, NEITHER, dtype=np.uint8)
    code -= 2 * map_crop.astype(np.uint8) + ref_crop.astype(np.uint8)
    code[~valid] = 0
    return code


def confusion_of_codes(code: np.ndarray, weights: np.ndarray | None = None) -> np.ndarray:
    """The 2 x 2 matrix ``[map][reference]`` of difference codes (pixel counts, or summed ``weights``)."""
    counts = np.bincount(code.ravel(), weights=None if weights is None else weights.ravel(), minlength=5)
    matrix = np.empty((2, 2), dtype=float)
    matrix[1, 1], matrix[1, 0], matrix[0, 1], matrix[0, 0] = counts[BOTH], counts[MAP_ONLY], counts[REFERENCE_ONLY], \
        counts[NEITHER]
    return matrix
