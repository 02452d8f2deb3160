"""The blended probability mosaic (and its variance, for the uncertainty), written window by window."""

from __future__ import annotations

import contextlib
import os

import numpy as np
import rasterio
from rasterio.windows import Window

from ..geo import Grid
from .layout import iter_blocks
from .windows import intersect, raster_profile

PROBABILITY_NODATA = -1.0
# Tiles with nothing for SAM to do (no cropland in the GLC) vote "not cropland" with this small
# weight: enough to give their pixels a value, too little to dilute a neighbour's SAM result.
QUIET_VOTE = 1e-3


def feather(height: int, width: int, ramp: int) -> np.ndarray:
    """Blend weights rising linearly over ``ramp`` pixels from each tile edge."""
    if ramp <= 0:
        return np.ones((height, width), dtype=np.float32)
    ys = np.minimum(np.arange(height), np.arange(height)[::-1]) + 0.5
    xs = np.minimum(np.arange(width), np.arange(width)[::-1]) + 0.5
    wy = np.minimum(1.0, ys / ramp)
    wx = np.minimum(1.0, xs / ramp)
    return np.outer(wy, wx).astype(np.float32)


def uncertainty(mean: np.ndarray, variance: np.ndarray) -> np.ndarray:
    """Uncertainty in [0, 1] from the mean probability of the votes (ensemble draws, dates) and their
    variance: ``1 - |2p - 1| * (1 - d)``, where ``d = 2 * std`` is their disagreement (0 when all
    agree, 1 when half say 0 and half 1). It is 0 where all votes agree confidently, rises as the
    mean nears 0.5 and as the votes disagree (monotone in both), and with a single vote is
    ``1 - |2p - 1|``."""
    spread = 2.0 * np.sqrt(np.clip(variance, 0.0, None))
    confidence = np.abs(2.0 * mean - 1.0)
    return np.clip(1.0 - confidence * (1.0 - np.minimum(spread, 1.0)), 0.0, 1.0).astype(np.float32)


class ProbabilityMosaic:
    """Blends overlapping tile probabilities on disk: memory stays one tile, whatever the area.

    Sums of weighted probabilities, of weights and of weighted variances of the votes live in a
    tiled float32 GeoTIFF in ``workdir``; :meth:`finish` divides them block by block into the
    probability, uncertainty and mask rasters.
    """

    def __init__(self, grid: Grid, area: Window, workdir: str, ramp: int):
        self.area = area
        self.grid = grid.window(area)
        self.ramp = ramp
        self._path = os.path.join(workdir, "blend_accumulator.tif")
        self._acc = rasterio.open(self._path, "w+", **raster_profile(self.grid, "float32", 3, None))

    def add(self, window: Window, probability: np.ndarray, valid: np.ndarray, scale: float = 1.0,
            variance: np.ndarray | None = None) -> None:
        """Blend a tile's probability (image-grid ``window``) into the mosaic; ``variance``: that of
        its votes (ensemble draws, dates) around it (default none: one vote)."""
        part = intersect(window, self.area)
        if part is None:
            return
        r0, c0 = int(part.row_off - window.row_off), int(part.col_off - window.col_off)
        rows, cols = slice(r0, r0 + int(part.height)), slice(c0, c0 + int(part.width))
        weight = (feather(int(window.height), int(window.width), self.ramp) * valid * scale)[rows, cols]
        prob = probability[rows, cols]

        target = Window(part.col_off - self.area.col_off, part.row_off - self.area.row_off, part.width, part.height)
        acc = self._acc.read(window=target)
        acc[0] += prob * weight
        acc[1] += weight
        if variance is not None:
            acc[2] += variance[rows, cols] * weight
        self._acc.write(acc, window=target)

    def finish(self, probability_path: str, mask_path: str, threshold: float = 0.5, keep: bool = True,
               uncertainty_path: str | None = None, keep_uncertainty: bool = False) -> int:
        """Write the blended probability (float32, nodata -1), the 0/1 mask and (``uncertainty_path``)
        the uncertainty (float32, nodata -1); returns the cropland pixels.

        The mask is a scratch file for vectorising, written uncompressed (it is sieved in place).
        ``keep=False``: the probability is a scratch file too, also written uncompressed (faster).
        """
        cropland_pixels = 0
        prob_profile = raster_profile(self.grid, "float32", 1, PROBABILITY_NODATA, "deflate" if keep else None)
        unc_profile = raster_profile(self.grid, "float32", 1, PROBABILITY_NODATA,
                                     "deflate" if keep_uncertainty else None)
        with contextlib.ExitStack() as files:
            prob_out = files.enter_context(rasterio.open(probability_path, "w", **prob_profile))
            mask_out = files.enter_context(
                rasterio.open(mask_path, "w", **raster_profile(self.grid, "uint8", 1, None))
            )
            unc_out = None
            if uncertainty_path:
                unc_out = files.enter_context(rasterio.open(uncertainty_path, "w", **unc_profile))
            for block in iter_blocks(self.grid.width, self.grid.height):
                total, weight, spread = self._acc.read(window=block)
                covered = weight > 0
                prob = np.full(total.shape, PROBABILITY_NODATA, dtype=np.float32)
                np.divide(total, weight, out=prob, where=covered)
                mask = (covered & (prob >= threshold)).astype(np.uint8)
                cropland_pixels += int(mask.sum())
                prob_out.write(prob, 1, window=block)
                mask_out.write(mask, 1, window=block)
                if unc_out is not None:
                    variance = np.divide(spread, weight, out=np.zeros_like(spread), where=covered)
                    unc = np.where(covered, uncertainty(np.where(covered, prob, 0), variance), PROBABILITY_NODATA)
                    unc_out.write(unc.astype(np.float32), 1, window=block)
        return cropland_pixels

    def close(self) -> None:
        self._acc.close()
        if os.path.exists(self._path):
            os.remove(self._path)
