"""The image's fixed tiling (tiles and their pixel windows) and blocks over a raster."""

from __future__ import annotations

from dataclasses import dataclass

from rasterio.windows import Window

from ..errors import AptInputError
from ..geo import Grid
from ..i18n import tr


@dataclass(frozen=True)
class Tile:
    """One tile: its index and pixel window on the image grid."""

    index: int
    window: Window

    @property
    def key(self) -> tuple[int, int, int, int]:
        w = self.window
        return int(w.col_off), int(w.row_off), int(w.width), int(w.height)


def _starts(length: int, size: int, stride: int) -> list[int]:
    if length <= size:
        return [0]
    starts = list(range(0, length - size, stride))
    return starts + [length - size]


@dataclass(frozen=True)
class TileLayout:
    """The image's fixed tiling, anchored at pixel (0, 0) and laid over the WHOLE image.

    A tile's id counts row-major over that whole tiling, so ids, windows, prompts and results are
    the same whatever extent is processed: a smaller extent only selects fewer tiles.
    """

    width: int
    height: int
    size: int = 1024
    overlap: int = 128

    def __post_init__(self) -> None:
        if self.size < 16:
            raise AptInputError(tr("The tile size must be at least 16 pixels; got {size}.").format(size=self.size))
        if not 0 <= self.overlap < self.size:
            raise AptInputError(
                tr("The overlap must be at least 0 and smaller than the tile size ({size}); got {overlap}.").format(
                    size=self.size, overlap=self.overlap
                )
            )

    @property
    def _cols(self) -> list[int]:
        return _starts(self.width, self.size, self.size - self.overlap)

    @property
    def _rows(self) -> list[int]:
        return _starts(self.height, self.size, self.size - self.overlap)

    def window(self, index: int) -> Window | None:
        """The window of tile ``index`` (None for an id this image does not have)."""
        cols, rows = self._cols, self._rows
        if not 0 <= index < len(cols) * len(rows):
            return None
        row, col = rows[index // len(cols)], cols[index % len(cols)]
        return Window(col, row, min(self.size, self.width - col), min(self.size, self.height - row))

    def tiles(self, area: Window) -> list[Tile]:
        """The tiles that touch ``area`` (a pixel window), in row-major order."""
        c0, r0 = int(area.col_off), int(area.row_off)
        c1, r1 = c0 + int(area.width), r0 + int(area.height)
        cols, rows = self._cols, self._rows
        tiles = []
        for i, row in enumerate(rows):
            h = min(self.size, self.height - row)
            if row >= r1 or row + h <= r0:
                continue
            for j, col in enumerate(cols):
                w = min(self.size, self.width - col)
                if col >= c1 or col + w <= c0:
                    continue
                tiles.append(Tile(i * len(cols) + j, Window(col, row, w, h)))
        return tiles


def plan_tiles(grid: Grid, area: Window, size: int = 1024, overlap: int = 128) -> list[Tile]:
    """The tiles of the image's fixed tiling (:class:`TileLayout`) that touch ``area``."""
    return TileLayout(grid.width, grid.height, size, overlap).tiles(area)


def iter_blocks(width: int, height: int, block: int = 1024):
    """Windows of at most ``block`` x ``block`` pixels covering a raster."""
    for row in range(0, height, block):
        for col in range(0, width, block):
            yield Window(col, row, min(block, width - col), min(block, height - row))
