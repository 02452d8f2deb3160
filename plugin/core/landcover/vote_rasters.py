"""The land covers' agreement and verdict rasters on the processed part of the image grid, written
window by window while planning and read back for polygons and review."""

from __future__ import annotations

import numpy as np
import rasterio
from rasterio.windows import Window

from ..geo import Grid
from ..tiles.windows import intersect, raster_profile
from .agreement import NO_DATA_VOTES, VERDICT_NODATA, Votes


class VoteRasters:
    """The agreement raster (products calling each pixel cropland; 255 where none has data) and the
    verdict raster (0 agreed not, 1 agreed cropland, 2 disagree, 255 no data) over ``area``."""

    def __init__(self, grid: Grid, area: Window, agreement_path: str, verdict_path: str, keep_agreement: bool):
        self.area = area
        sub = grid.window(area)
        compress = "deflate" if keep_agreement else None
        self.agreement_path, self.verdict_path = agreement_path, verdict_path
        self._agreement = rasterio.open(agreement_path, "w", **raster_profile(sub, "uint8", 1, NO_DATA_VOTES, compress))
        self._verdict = rasterio.open(verdict_path, "w", **raster_profile(sub, "uint8", 1, VERDICT_NODATA))

    def write(self, window: Window, votes: Votes, rule: str) -> None:
        """A tile's votes (image-grid ``window``); overlapping tiles write the same values."""
        self.write_arrays(window, votes.counts(), votes.verdict(rule))

    def write_arrays(self, window: Window, counts: np.ndarray, verdict: np.ndarray) -> None:
        """A tile's agreement counts and verdict (arrays of the whole tile ``window``), clipped to the area."""
        part = intersect(window, self.area)
        if part is None:
            return
        r0, c0 = int(part.row_off - window.row_off), int(part.col_off - window.col_off)
        rows, cols = slice(r0, r0 + int(part.height)), slice(c0, c0 + int(part.width))
        target = Window(part.col_off - self.area.col_off, part.row_off - self.area.row_off, part.width, part.height)
        self._agreement.write(counts[rows, cols], 1, window=target)
        self._verdict.write(verdict[rows, cols], 1, window=target)

    def close(self) -> None:
        self._agreement.close()
        self._verdict.close()

    def __enter__(self) -> VoteRasters:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
