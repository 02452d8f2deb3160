"""A concept (SAM 3's segmentation of a noun phrase) as one more voter in the land covers' agreement.

The concept raster is on the processed part of the image grid: 1 where SAM 3 finds the concept,
0 where it does not, 255 where the image has no data (the concept does not vote there). At tile
seams a pixel is concept cropland when any tile covering it found the concept there (an OR): each
tile's window is merged with what earlier tiles wrote, so the raster does not depend on which
tile came last. A tile's prompts are sampled from its votes with the concept as merged so far
(its own and the earlier tiles'); the agreement raster, rewritten by every tile over its window,
ends with the final merged concept, as the concept raster does.
"""

from __future__ import annotations

import numpy as np
import rasterio
from rasterio.windows import Window

from ..geo import Grid
from ..tiles.windows import intersect, raster_profile
from .agreement import Votes

CONCEPT_NOT, CONCEPT_CROPLAND, CONCEPT_NODATA = 0, 1, 255


def concept_text(text: str | None) -> str:
    """The concept as the model reads it: whitespace trimmed; empty means no concept vote."""
    return " ".join((text or "").split())


def concept_values(found: np.ndarray, valid: np.ndarray) -> np.ndarray:
    """A tile's concept raster values from SAM 3's mask (``found``) and the image's valid pixels."""
    values = np.where(found, CONCEPT_CROPLAND, CONCEPT_NOT).astype(np.uint8)
    values[~valid] = CONCEPT_NODATA
    return values


def merge_values(earlier: np.ndarray, new: np.ndarray) -> np.ndarray:
    """Two tiles' concept values over the same pixels: cropland where either says so, no data where both lack it."""
    merged = np.where((earlier == CONCEPT_CROPLAND) | (new == CONCEPT_CROPLAND), CONCEPT_CROPLAND, CONCEPT_NOT)
    merged[(earlier == CONCEPT_NODATA) & (new == CONCEPT_NODATA)] = CONCEPT_NODATA
    return merged.astype(np.uint8)


def with_concept(votes: Votes, values: np.ndarray) -> Votes:
    """``votes`` with the concept as one more voter: it votes where its values have data."""
    voting = values != CONCEPT_NODATA
    return Votes(votes.cropland + (values == CONCEPT_CROPLAND).astype(np.uint8),
                 votes.with_data + voting.astype(np.uint8), votes.first)


class ConceptRaster:
    """The concept raster over ``area`` of the image grid, written tile by tile (seams merged)."""

    def __init__(self, grid: Grid, area: Window, path: str):
        self.area, self.path = area, path
        self._raster = rasterio.open(path, "w+", **raster_profile(grid.window(area), "uint8", 1, CONCEPT_NODATA,
                                                                   "deflate"))
        self._written: list[Window] = []

    def merge(self, window: Window, values: np.ndarray) -> np.ndarray:
        """Write a tile's ``values`` (its whole image-grid ``window``) merged with the earlier tiles'
        there; returns the merged values of the whole window (the tile's own outside the area)."""
        merged = values.copy()
        part = intersect(window, self.area)
        if part is None:
            return merged
        r0, c0 = int(part.row_off - window.row_off), int(part.col_off - window.col_off)
        rows, cols = slice(r0, r0 + int(part.height)), slice(c0, c0 + int(part.width))
        target = Window(part.col_off - self.area.col_off, part.row_off - self.area.row_off, part.width, part.height)
        overlaps = [o for o in (intersect(part, before) for before in self._written) if o is not None]
        if overlaps:
            earlier = self._raster.read(1, window=target)
            seen = np.zeros(earlier.shape, dtype=bool)  # what earlier tiles wrote (the rest is unwritten)
            for o in overlaps:
                r, c = int(o.row_off - part.row_off), int(o.col_off - part.col_off)
                seen[r:r + int(o.height), c:c + int(o.width)] = True
            earlier[~seen] = CONCEPT_NODATA
            merged[rows, cols] = merge_values(earlier, values[rows, cols])
        self._raster.write(merged[rows, cols], 1, window=target)
        self._written.append(part)
        return merged

    def close(self) -> None:
        self._raster.close()

    def __enter__(self) -> ConceptRaster:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
