"""The map whose classes are the strata of a sample: a categorical raster, or cropland polygons on a grid.

One pass over it, window by window, gives each class's pixel count and true ground area (pixel
areas measured per window, so a geographic CRS's rows shrink with latitude), and the class under
any given points. The same inputs always give the same strata, so ``sample`` and ``assess`` agree.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field

import numpy as np

from ..errors import AptCancelledError, AptInputError
from ..gdal_cache import bounded_gdal_cache
from ..geo import Grid, map_to_pixel
from ..i18n import tr
from .grid import (
    BLOCK,
    PixelArea,
    PolygonsOnGrid,
    RasterOnGrid,
    VectorSource,
    grid_from_resolution,
    raster_grid,
    vector_crs,
    windows,
)

_MAX_CLASSES = 1000


@dataclass
class StrataSpec:
    """What the strata come from: a raster (its classes) or polygons (1 cropland / 0 not) on the grid
    of ``grid_raster``, else on a ``resolution_m`` grid over the polygons' extent."""

    raster: str | None = None
    polygons: VectorSource | None = None
    grid_raster: str | None = None
    resolution_m: float | None = None


@dataclass
class StrataScan:
    """Pixels and area (m2) per class, and per window the pixel count of every class."""

    classes: tuple[int, ...]
    pixels: np.ndarray
    area_m2: np.ndarray
    per_window: list[dict[int, int]] = field(default_factory=list)

    @property
    def area_ha(self) -> np.ndarray:
        return self.area_m2 / 10_000.0


class StrataMap:
    """Windows of class values (int64) and their validity, on the strata's grid."""

    def __init__(self, spec: StrataSpec, block: int = BLOCK):
        self.block = block
        self._workdir = None
        self._raster = self._polygons = None
        if spec.raster:
            self.grid = raster_grid(spec.raster, tr("The map raster"))
            self._raster = RasterOnGrid(spec.raster, self.grid, tr("the map raster"))
        elif spec.polygons is not None:
            self._workdir = tempfile.mkdtemp(prefix="apt_strata_")
            crs = vector_crs(spec.polygons, tr("The map layer"))
            self._polygons = PolygonsOnGrid(spec.polygons, crs, self._workdir, tr("The map layer"))
            self.grid = self._polygon_grid(spec, crs)
        else:
            raise AptInputError(tr("Choose the map: a raster of classes or a polygon layer of cropland."))
        self.crs = self.grid.crs
        self._area = PixelArea(self.grid)

    def _polygon_grid(self, spec: StrataSpec, crs) -> Grid:
        if spec.grid_raster:
            grid = raster_grid(spec.grid_raster, tr("The grid raster"))
            if grid.crs != crs:  # the polygons follow the grid
                self._polygons.close()
                self._polygons = PolygonsOnGrid(spec.polygons, grid.crs, self._workdir, tr("The map layer"))
            return grid
        if not spec.resolution_m:
            raise AptInputError(
                tr("A polygon map needs a grid to count its strata on: give a grid raster (the image it was "
                   "made from, say) or a resolution in metres.")
            )
        extent = self._polygons.extent()
        if extent is None:
            raise AptInputError(tr("The map layer has no polygons."))
        return grid_from_resolution(crs, extent, spec.resolution_m)

    def read(self, window) -> tuple[np.ndarray, np.ndarray]:
        """(classes, valid) of a window."""
        if self._polygons is not None:
            inside = self._polygons.read_on(self.grid, window)
            return inside.astype(np.int64), np.ones(inside.shape, dtype=bool)
        data, valid = self._raster.read(window)
        if data.dtype.kind == "f":
            values = data[valid]
            if values.size and not np.all(values == np.round(values)):
                raise AptInputError(
                    tr("The map raster has fractional values (a probability?): its classes must be whole "
                       "numbers. Use a class raster or the cropland polygons instead.")
                )
            data = np.where(valid, data, 0)
        return data.astype(np.int64), valid

    def pixel_areas(self, window) -> np.ndarray:
        return self._area.of(window)

    def scan(self, feedback=None, span=(0.0, 100.0), xs=None, ys=None) -> tuple[StrataScan, np.ndarray]:
        """Pixels and areas per class; with points (map coordinates), the class under each (-1: off the
        map or on no data)."""
        with bounded_gdal_cache():
            return self._scan(feedback, span, xs, ys)

    def _scan(self, feedback, span, xs, ys) -> tuple[StrataScan, np.ndarray]:
        n_points = 0 if xs is None else len(xs)
        under = np.full(n_points, -1, dtype=np.int64)
        if n_points:
            cols, rows = map_to_pixel(self.grid, xs, ys)
            cols, rows = np.floor(cols).astype(np.int64), np.floor(rows).astype(np.int64)
            on = (cols >= 0) & (rows >= 0) & (cols < self.grid.width) & (rows < self.grid.height)
        pixels: dict[int, int] = {}
        areas: dict[int, float] = {}
        per_window = []
        blocks = list(windows(self.grid, self.block))
        for k, window in enumerate(blocks):
            if feedback is not None:
                if feedback.is_cancelled():
                    raise AptCancelledError(tr("Cancelled: no output was written."))
                feedback.progress(span[0] + (span[1] - span[0]) * k / len(blocks))
            values, valid = self.read(window)
            counts, sums = _class_sums(values, valid, self.pixel_areas(window) if valid.any() else None)
            per_window.append(counts)
            for c, n in counts.items():
                pixels[c] = pixels.get(c, 0) + n
                areas[c] = areas.get(c, 0.0) + sums[c]
            if len(pixels) > _MAX_CLASSES:
                raise AptInputError(
                    tr("The map has more than {count} different values: it does not look like a map of classes.")
                    .format(count=_MAX_CLASSES)
                )
            if n_points:
                r0, c0 = int(window.row_off), int(window.col_off)
                here = on & (rows >= r0) & (rows < r0 + window.height) & (cols >= c0) & (cols < c0 + window.width)
                idx = np.flatnonzero(here)
                if idx.size:
                    rr, cc = rows[idx] - r0, cols[idx] - c0
                    under[idx] = np.where(valid[rr, cc], values[rr, cc], -1)
        classes = tuple(sorted(pixels))
        scan = StrataScan(classes, np.array([pixels[c] for c in classes], dtype=np.int64),
                          np.array([areas[c] for c in classes], dtype=float), per_window)
        return scan, under

    def close(self) -> None:
        if self._raster is not None:
            self._raster.close()
        if self._polygons is not None:
            self._polygons.close()
        if self._workdir:
            shutil.rmtree(self._workdir, ignore_errors=True)

    def __enter__(self) -> StrataMap:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _class_sums(values: np.ndarray, valid: np.ndarray, area) -> tuple[dict[int, int], dict[int, float]]:
    """Pixel count and summed pixel area of every class on the valid pixels."""
    kept = values[valid]
    if kept.size == 0:
        return {}, {}
    weights = area[valid]
    low, high = int(kept.min()), int(kept.max())
    if high - low < 65536:
        shifted = kept - low
        counts = np.bincount(shifted, minlength=high - low + 1)
        sums = np.bincount(shifted, weights=weights, minlength=high - low + 1)
        present = np.flatnonzero(counts)
        return ({int(c) + low: int(counts[c]) for c in present}, {int(c) + low: float(sums[c]) for c in present})
    uniq, inverse, counts = np.unique(kept, return_inverse=True, return_counts=True)
    sums = np.bincount(inverse, weights=weights)
    return {int(c): int(n) for c, n in zip(uniq, counts)}, {int(c): float(a) for c, a in zip(uniq, sums)}
