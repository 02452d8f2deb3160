"""Masks shrunk away from their edges: the margin that keeps prompt points off class borders."""

from __future__ import annotations

import numpy as np


def erode(mask: np.ndarray, radius: int) -> np.ndarray:
    """Pixels whose (2r+1)^2 neighbourhood lies wholly in ``mask`` and inside the tile.

    The tile border counts as an edge: a point on it would give SAM no context on one side
    (and the neighbouring tile's overlap covers that strip anyway). A square is separable: a run
    of 2r+1 along the rows, then along the columns of that.
    """
    if radius <= 0:
        return mask.copy()
    return _full_runs(_full_runs(mask, radius, axis=1), radius, axis=0)


def _full_runs(mask: np.ndarray, radius: int, axis: int) -> np.ndarray:
    """Pixels whose 2r+1 neighbours along ``axis`` (themselves included) are all in ``mask``.

    Runs double in length by AND-ing shifted copies (log2(2r+1) passes over booleans).
    """
    size = 2 * radius + 1
    n = mask.shape[axis]
    inner = np.zeros(mask.shape, dtype=bool)
    if n < size:
        return inner

    def cut(start: int, stop: int):
        return (slice(start, stop), slice(None)) if axis == 0 else (slice(None), slice(start, stop))

    runs, length = mask.astype(bool, copy=False), 1  # runs[i]: mask[i .. i + length - 1] all set
    while 2 * length <= size:
        runs = runs[cut(0, runs.shape[axis] - length)] & runs[cut(length, None)]
        length *= 2
    starts = n - size + 1  # windows of ``size`` from two overlapping runs of ``length``
    inner[cut(radius, n - radius)] = runs[cut(0, starts)] & runs[cut(size - length, size - length + starts)]
    return inner
