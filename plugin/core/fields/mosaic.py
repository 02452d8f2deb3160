"""The tiles' fields as one label raster on the image grid, joined across tile borders.

Each tile's labels are kept on disk (numbered image-wide) until the end. A field that continues
into a neighbouring tile is seen by both tiles in their overlap: two fields (one per tile) are one
when the pixels they share there are at least half of the smaller one's pixels there (union-find
over every overlap). Each tile then writes the part of the image it owns (overlaps split halfway
between the tiles) with every label replaced by its joined field's, so the raster has one label per
field wherever its pieces were made, and polygonizing it once gives one polygon across a border.
"""

from __future__ import annotations

import os

import numpy as np
import rasterio
from rasterio.windows import Window

from ..geo import Grid
from ..tiles.layout import Tile
from .masks import TileFields

SHARED = 0.5  # share of the smaller field's overlap pixels two tiles' fields must share to be one


def _owned_ranges(starts_sizes: list[tuple[int, int]]) -> dict[int, tuple[int, int]]:
    """For tiles along one axis (start, size): the range each start owns, overlaps split halfway."""
    ordered = sorted(set(starts_sizes))
    bounds = {}
    for k, (start, size) in enumerate(ordered):
        low, high = start, start + size
        if k > 0 and ordered[k - 1][0] + ordered[k - 1][1] > start:
            low = (start + ordered[k - 1][0] + ordered[k - 1][1]) // 2
        if k + 1 < len(ordered) and ordered[k + 1][0] < high:
            high = (ordered[k + 1][0] + high) // 2
        bounds[start] = (low, high)
    return bounds


def owned_windows(tiles: list[Tile]) -> dict[int, Window]:
    """The window each tile owns: its own, less half of each overlap with a neighbour of the run."""
    cols = _owned_ranges([(int(t.window.col_off), int(t.window.width)) for t in tiles])
    rows = _owned_ranges([(int(t.window.row_off), int(t.window.height)) for t in tiles])
    owned = {}
    for t in tiles:
        (c0, c1), (r0, r1) = cols[int(t.window.col_off)], rows[int(t.window.row_off)]
        owned[t.index] = Window(c0, r0, c1 - c0, r1 - r0)
    return owned


class _Joined:
    """Union-find over field ids (0: none)."""

    def __init__(self) -> None:
        self.parent = [0]

    def add(self, n: int) -> int:
        first = len(self.parent)
        self.parent.extend(range(first, first + n))
        return first

    def find(self, a: int) -> int:
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


class FieldMosaic:
    """Collects the tiles' fields (:meth:`add`) and writes the joined label raster (:meth:`write`)."""

    def __init__(self, grid: Grid, workdir: str):
        self.grid, self.workdir = grid, workdir
        self.tiles: dict[int, Tile] = {}
        self._joined = _Joined()
        self.score = [0.0]
        self.stability = [0.0]
        self.prob_sum = [0.0]
        self.pixels = [0]

    def _path(self, tile: Tile) -> str:
        return os.path.join(self.workdir, f"fields_tile_{tile.index}.npy")

    def add(self, tile: Tile, fields: TileFields) -> None:
        n = len(fields.scores)
        first = self._joined.add(n)
        labels = np.where(fields.labels > 0, fields.labels + (first - 1), 0).astype(np.int32)
        np.save(self._path(tile), labels)
        self.tiles[tile.index] = tile
        counts = np.bincount(fields.labels.ravel(), minlength=n + 1)[1:]
        self.score += fields.scores
        self.stability += fields.stabilities
        self.prob_sum += [p * c for p, c in zip(fields.mean_probs, counts)]
        self.pixels += [int(c) for c in counts]

    def _join_seams(self) -> None:
        tiles = sorted(self.tiles.values(), key=lambda t: t.index)
        for i, a in enumerate(tiles):
            for b in tiles[i + 1:]:
                wa, wb = a.window, b.window
                c0, r0 = max(wa.col_off, wb.col_off), max(wa.row_off, wb.row_off)
                c1, r1 = min(wa.col_off + wa.width, wb.col_off + wb.width), min(wa.row_off + wa.height,
                                                                                  wb.row_off + wb.height)
                if c1 <= c0 or r1 <= r0:
                    continue
                la = np.load(self._path(a))[r0 - wa.row_off:r1 - wa.row_off, c0 - wa.col_off:c1 - wa.col_off]
                lb = np.load(self._path(b))[r0 - wb.row_off:r1 - wb.row_off, c0 - wb.col_off:c1 - wb.col_off]
                self._join(la.ravel().astype(np.int64), lb.ravel().astype(np.int64))

    def _join(self, la: np.ndarray, lb: np.ndarray) -> None:
        both = (la > 0) & (lb > 0)
        if not both.any():
            return
        ids_a, count_a = np.unique(la[la > 0], return_counts=True)
        ids_b, count_b = np.unique(lb[lb > 0], return_counts=True)
        in_a, in_b = dict(zip(ids_a.tolist(), count_a.tolist())), dict(zip(ids_b.tolist(), count_b.tolist()))
        pairs, shared = np.unique(np.stack([la[both], lb[both]]), axis=1, return_counts=True)
        for (x, y), n in zip(pairs.T.tolist(), shared.tolist()):
            if n >= SHARED * min(in_a[x], in_b[y]):
                self._joined.union(x, y)

    def write(self, path: str) -> dict[int, tuple[float, float, float]]:
        """The joined label raster (int32, 0 = no field) at ``path``; each joined field's (score,
        stability, mean probability): those of its highest-scoring piece, the mean over all pieces."""
        self._join_seams()
        n = len(self._joined.parent)
        roots = np.array([self._joined.find(k) for k in range(n)], dtype=np.int32)
        profile = dict(driver="GTiff", width=self.grid.width, height=self.grid.height, count=1, dtype="int32",
                       crs=self.grid.crs, transform=self.grid.transform, tiled=True, blockxsize=256, blockysize=256,
                       compress="deflate")
        owned = owned_windows(list(self.tiles.values()))
        with rasterio.open(path, "w", **profile) as dst:
            for index, tile in sorted(self.tiles.items()):
                own = owned[index]
                labels = np.load(self._path(tile))
                part = labels[own.row_off - tile.window.row_off:own.row_off - tile.window.row_off + own.height,
                              own.col_off - tile.window.col_off:own.col_off - tile.window.col_off + own.width]
                dst.write(roots[part], 1, window=own)
                os.remove(self._path(tile))
        found: dict[int, tuple[float, float, float]] = {}
        sums: dict[int, list[float]] = {}
        for k in range(1, n):
            root = int(roots[k])
            best = found.get(root)
            if best is None or self.score[k] > best[0]:
                found[root] = (self.score[k], self.stability[k], 0.0)
            total = sums.setdefault(root, [0.0, 0.0])
            total[0] += self.prob_sum[k]
            total[1] += self.pixels[k]
        return {root: (s, st, sums[root][0] / sums[root][1] if sums[root][1] else float("nan"))
                for root, (s, st, _) in found.items()}
