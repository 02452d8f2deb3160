"""A cropland map (and optionally the land cover it was prompted from) compared with a reference.

Everything goes onto one comparison grid: the map raster's, or for a polygon map a grid raster's
(the image) or a grid of the given resolution. Window by window, the map, the reference, the
area and the land cover are warped or burnt onto it (nearest neighbour; a pixel is in a polygon
when its centre is), the pixels valid in all of them are compared, and the confusion is summed in
pixels and in hectares (true ground area). Memory stays one window, whatever the grid.
"""

from __future__ import annotations

import csv
import math
import os
import shutil
import tempfile
from dataclasses import dataclass, field

import numpy as np
import rasterio

from ..config import Feedback
from ..errors import AptCancelledError, AptInputError
from ..gdal_cache import bounded_gdal_cache
from ..geo import Grid
from ..i18n import tr
from ..landcover.glc import in_classes
from .grid import (
    BLOCK,
    PixelArea,
    PolygonsOnGrid,
    RasterOnGrid,
    VectorSource,
    clip_grid,
    grid_from_resolution,
    raster_bounds_in,
    raster_grid,
    vector_crs,
    windows,
)
from .metrics import Scores, codes, confusion_of_codes, scores

DIFFERENCE_COLORS = {1: (51, 160, 44, 255), 2: (255, 127, 0, 255), 3: (31, 120, 180, 255), 4: (224, 224, 224, 255)}
TABLE_COLUMNS = ("map", "oa", "precision", "recall", "f1", "iou", "miou", "pixels",
                 "both_ha", "map_only_ha", "reference_only_ha", "neither_ha")


@dataclass
class Thematic:
    """A cropland input: a raster (cropland = ``classes``, or >= ``threshold`` for a float raster when
    ``threshold`` is set) or a polygon layer (cropland inside)."""

    raster: str | None = None
    polygons: VectorSource | None = None
    classes: tuple[int, ...] = (1,)
    threshold: float | None = None


@dataclass
class EvaluateConfig:
    map: Thematic
    reference: Thematic
    area: VectorSource | None = None
    glc: str | None = None
    glc_classes: tuple[int, ...] = (40,)
    grid_raster: str | None = None
    resolution_m: float | None = None
    difference: str | None = None
    block: int = BLOCK
    extent: tuple[float, float, float, float] | None = None  # in the grid's CRS: the part of the grid compared


@dataclass
class Comparison:
    """Scores and confusion matrices ``[map][reference]`` (pixels and hectares) of the map and the land cover."""

    grid: Grid
    map: Scores
    map_pixels: np.ndarray
    map_ha: np.ndarray
    glc: Scores | None = None
    glc_pixels: np.ndarray | None = None
    glc_ha: np.ndarray | None = None
    notes: list[str] = field(default_factory=list)

    def write_csv(self, path: str) -> str:
        with open(path, "w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(TABLE_COLUMNS)
            for name, s, ha in (("map", self.map, self.map_ha), ("glc", self.glc, self.glc_ha)):
                if s is None:
                    continue
                values = [s.oa, s.precision, s.recall, s.f1, s.iou, s.miou]
                cells = ["" if math.isnan(v) else f"{v:.6f}" for v in values]
                areas = [ha[1, 1], ha[1, 0], ha[0, 1], ha[0, 0]]
                writer.writerow([name, *cells, s.pixels, *(f"{a:.4f}" for a in areas)])
        return path


class _Reader:
    """A thematic input on the comparison grid: ``read(window)`` -> (cropland, valid)."""

    def __init__(self, source: Thematic, grid: Grid, workdir: str, what: str):
        self.grid, self.source, self.what = grid, source, what
        self.raster = self.polygons = None
        if source.raster:
            self.raster = RasterOnGrid(source.raster, grid, what)
            if not self.raster.overlaps():
                raise AptInputError(
                    tr("{what} does not overlap the compared area: choose inputs that cover the same place.")
                    .format(what=what.capitalize()))
        else:
            self.polygons = PolygonsOnGrid(source.polygons, grid.crs, workdir, what)

    def read(self, window) -> tuple[np.ndarray, np.ndarray]:
        if self.polygons is not None:
            inside = self.polygons.read_on(self.grid, window)
            return inside, np.ones(inside.shape, dtype=bool)
        data, valid = self.raster.read(window)
        if self.source.threshold is not None and self.raster.is_float:
            crop = data >= self.source.threshold
        else:
            crop = in_classes(data, tuple(self.source.classes))
        return crop & valid, valid

    def close(self) -> None:
        for part in (self.raster, self.polygons):
            if part is not None:
                part.close()


def _extent_of(source: Thematic, crs, workdir: str, what: str):
    if source.raster:
        return raster_bounds_in(source.raster, crs)
    return PolygonsOnGrid(source.polygons, crs, workdir, what).extent()


def comparison_grid(config: EvaluateConfig, workdir: str) -> tuple[Grid, PolygonsOnGrid | None]:
    """The grid the comparison is made on, and the area polygons on it (None: the whole grid)."""
    if config.map.raster:
        grid = raster_grid(config.map.raster, tr("The map raster"))
    elif config.grid_raster:
        grid = raster_grid(config.grid_raster, tr("The grid raster"))
    else:
        if not config.resolution_m:
            raise AptInputError(
                tr("A polygon map needs a comparison grid: give a grid raster (the image the map was made from, "
                   "say) or a resolution in metres.")
            )
        crs = vector_crs(config.map.polygons, tr("The map layer"))
        if config.area is not None:
            extent = PolygonsOnGrid(config.area, crs, workdir, tr("the area layer")).extent()
        else:
            boxes = [b for b in (_extent_of(config.map, crs, workdir, tr("the map layer")),
                                 _extent_of(config.reference, crs, workdir, tr("the reference"))) if b]
            extent = None if not boxes else (min(b[0] for b in boxes), min(b[1] for b in boxes),
                                             max(b[2] for b in boxes), max(b[3] for b in boxes))
        if extent is None:
            raise AptInputError(tr("The map and the reference layers have no polygons: there is nothing to compare."))
        grid = grid_from_resolution(crs, extent, config.resolution_m)
    if config.extent is not None:
        grid = clip_grid(grid, config.extent)
        if grid is None:
            raise AptInputError(tr("The extent does not overlap the map: nothing to compare there."))
    area = None
    if config.area is not None:
        area = PolygonsOnGrid(config.area, grid.crs, workdir, tr("the area layer"))
        extent = area.extent()
        clipped = clip_grid(grid, extent) if extent else None
        if clipped is None:
            raise AptInputError(tr("The area layer does not overlap the map: nothing to compare there."))
        grid = clipped
    return grid, area


def evaluate(config: EvaluateConfig, feedback: Feedback | None = None) -> Comparison:
    """The map and the optional land cover against the reference, on the comparison grid (GDAL's block
    cache capped meanwhile, as for pipeline runs, so memory does not grow with the rasters)."""
    with bounded_gdal_cache():
        return _evaluate(config, feedback)


def _evaluate(config: EvaluateConfig, feedback: Feedback | None) -> Comparison:
    feedback = feedback or Feedback()
    workdir = tempfile.mkdtemp(prefix="apt_evaluate_")
    readers = []
    try:
        grid, area = comparison_grid(config, workdir)
        m = _Reader(config.map, grid, workdir, tr("the map"))
        readers.append(m)
        r = _Reader(config.reference, grid, workdir, tr("the reference"))
        readers.append(r)
        g = None
        if config.glc:
            g = _Reader(Thematic(raster=config.glc, classes=tuple(config.glc_classes)), grid, workdir,
                        tr("the land cover"))
            readers.append(g)
        return _compare(config, grid, m, r, g, area, feedback)
    finally:
        for reader in readers:
            reader.close()
        shutil.rmtree(workdir, ignore_errors=True)


def _difference_writer(path: str, grid: Grid):
    dst = rasterio.open(path, "w", driver="GTiff", width=grid.width, height=grid.height, count=1, dtype="uint8",
                        crs=grid.crs, transform=grid.transform, nodata=0, tiled=True, blockxsize=256,
                        blockysize=256, compress="deflate")
    dst.write_colormap(1, DIFFERENCE_COLORS)
    return dst


def _compare(config, grid, m, r, g, area, feedback) -> Comparison:
    pixel_area = PixelArea(grid)
    matrices = {"map": [np.zeros((2, 2)), np.zeros((2, 2))], "glc": [np.zeros((2, 2)), np.zeros((2, 2))]}
    glc_gaps = 0
    writer = _difference_writer(config.difference, grid) if config.difference else None
    blocks = list(windows(grid, config.block))
    try:
        for k, window in enumerate(blocks):
            if feedback.is_cancelled():
                raise AptCancelledError(tr("Cancelled: no output was written."))
            feedback.progress(100.0 * k / len(blocks),
                              tr("Comparing: window {index}/{count}").format(index=k + 1, count=len(blocks)))
            map_crop, valid = m.read(window)
            ref_crop, ref_valid = r.read(window)
            valid &= ref_valid
            if area is not None:
                valid &= area.read_on(grid, window)
            glc_crop = None
            if g is not None:
                glc_crop, glc_valid = g.read(window)
                glc_gaps += int(np.count_nonzero(valid & ~glc_valid))
                valid &= glc_valid
            code = codes(map_crop, ref_crop, valid)
            if writer is not None:
                writer.write(code, 1, window=window)
            if not valid.any():
                continue
            ha = pixel_area.of(window) / 10_000.0
            _accumulate(matrices["map"], code, ha)
            if glc_crop is not None:
                _accumulate(matrices["glc"], codes(glc_crop, ref_crop, valid), ha)
    except BaseException:
        if writer is not None:
            writer.close()
            os.remove(config.difference)
        raise
    if writer is not None:
        writer.close()
    feedback.progress(100.0)
    return _result(config, grid, matrices, g is not None, glc_gaps)


def _accumulate(pair, code: np.ndarray, ha: np.ndarray) -> None:
    pair[0] += confusion_of_codes(code)
    pair[1] += confusion_of_codes(code, ha)


def _result(config, grid, matrices, with_glc: bool, glc_gaps: int) -> Comparison:
    pixels, ha = matrices["map"]
    if pixels.sum() == 0:
        raise AptInputError(
            tr("The map and the reference have no valid pixels in common (they do not overlap, or one is no data "
               "there): choose a reference that covers the map.")
        )
    if pixels[:, 1].sum() == 0:
        wanted = ", ".join(str(c) for c in config.reference.classes) if config.reference.raster else ""
        hint = tr(" (reference cropland classes: {classes})").format(classes=wanted) if wanted else ""
        raise AptInputError(
            tr("The reference has no cropland in the compared area{hint}: precision, recall and IoU of cropland "
               "cannot be computed. Check the reference layer and its cropland classes.").format(hint=hint)
        )
    result = Comparison(grid, scores(pixels), pixels, ha)
    if with_glc:
        result.glc, result.glc_pixels, result.glc_ha = scores(matrices["glc"][0]), *matrices["glc"]
        if glc_gaps:
            result.notes.append(
                tr("{n} pixels where the land cover has no data were left out of both comparisons.").format(n=glc_gaps)
            )
    return result
