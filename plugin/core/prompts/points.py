"""Prompt points in map coordinates, and their assignment to tiles."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..geo import Grid, map_to_pixel, pixel_centers_to_map
from ..i18n import tr
from ..tiles.layout import Tile, TileLayout
from .sampling import TilePrompts


@dataclass
class PromptPoints:
    """Prompt points in the image CRS: ``label`` 1 = cropland, 0 = not; ``tile`` -1 = unassigned."""

    x: np.ndarray
    y: np.ndarray
    label: np.ndarray
    round: np.ndarray
    tile: np.ndarray

    @classmethod
    def from_arrays(cls, x, y, label, round_=None, tile=None) -> PromptPoints:
        n = len(x)
        return cls(
            x=np.asarray(x, dtype=float),
            y=np.asarray(y, dtype=float),
            label=np.asarray(label, dtype=np.int8),
            round=np.ones(n, np.int16) if round_ is None else np.asarray(round_, dtype=np.int16),
            tile=np.full(n, -1, np.int32) if tile is None else np.asarray(tile, dtype=np.int32),
        )

    @classmethod
    def concat(cls, parts: list[PromptPoints]) -> PromptPoints:
        if not parts:
            return cls.from_arrays([], [], [])
        return cls(*(np.concatenate([getattr(p, f) for p in parts]) for f in ("x", "y", "label", "round", "tile")))

    @classmethod
    def from_tile(cls, grid: Grid, tile: Tile, prompts: TilePrompts) -> PromptPoints:
        """Tile-pixel prompts placed on the map."""
        cols = prompts.cols + float(tile.window.col_off)
        rows = prompts.rows + float(tile.window.row_off)
        xs, ys = pixel_centers_to_map(grid, cols, rows)
        return cls.from_arrays(xs, ys, prompts.labels, prompts.rounds, np.full(len(prompts), tile.index))

    def __len__(self) -> int:
        return int(self.x.size)

    def of_tile(self, index: int) -> PromptPoints:
        """The points generated for tile ``index``."""
        keep = self.tile == index
        return PromptPoints(self.x[keep], self.y[keep], self.label[keep], self.round[keep], self.tile[keep])

    def for_tile(self, grid: Grid, tile: Tile, layout: TileLayout) -> TilePrompts:
        """The points SAM should see for ``tile``, in its pixel coordinates.

        A point generated for a tile (``tile`` set, and still inside that tile of the image's fixed
        tiling) belongs to that tile only; any other point (added by hand, or moved out of its tile)
        serves every tile it lies in. Tile ids come from ``layout``, so they hold whatever extent
        the points were generated for and whatever extent is run now.
        """
        all_cols, all_rows = map_to_pixel(grid, self.x, self.y)
        w = tile.window
        cols, rows = all_cols - float(w.col_off), all_rows - float(w.row_off)
        inside = (cols >= 0) & (cols < w.width) & (rows >= 0) & (rows < w.height)
        owner_ok = np.ones(len(self), dtype=bool)
        for i in np.nonzero(inside & (self.tile >= 0) & (self.tile != tile.index))[0]:
            owner = layout.window(int(self.tile[i]))
            if owner is not None and _inside(owner, all_cols[i], all_rows[i]):
                owner_ok[i] = False
        keep = inside & owner_ok
        if not keep.any():
            return TilePrompts.empty(tr("no prompt points in this tile"))
        rounds = np.where(self.round[keep] >= 1, self.round[keep], 1).astype(np.int16)
        return TilePrompts(cols[keep], rows[keep], self.label[keep].astype(np.int8), rounds)


def _inside(window, col: float, row: float) -> bool:
    return bool(
        window.col_off <= col < window.col_off + window.width and window.row_off <= row < window.row_off + window.height
    )
