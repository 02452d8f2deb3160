"""The labels an adapter learns from, on each tile's grid.

Strong labels: a polygon layer of cropland (``LABELS``), complete within a label area
(``LABEL_AREA``, a polygon layer; default: the extent of ``LABELS``): inside a label polygon is
cropland, inside the area and outside every label polygon is not. Weak labels (optional): outside
the label area, the pixels where the land covers agree under the run's rule, after the edge
margin; where they disagree there is no label (no loss). Any CRS: the layers are reprojected once
by GDAL/OGR onto the image CRS and burnt per tile (``accuracy/grid.py``'s ``PolygonsOnGrid``).

A tile's labels are one ``uint8`` code per pixel (:data:`NONE`, :data:`WEAK_NOT`, ...).
"""

from __future__ import annotations

import numpy as np
from rasterio.windows import Window

from ..accuracy.grid import PolygonsOnGrid, VectorSource
from ..errors import AptInputError
from ..geo import Grid, bounds_intersect
from ..i18n import tr
from ..landcover.agreement import Votes
from ..landcover.masks import erode

NONE, WEAK_NOT, WEAK_CROP, STRONG_NOT, STRONG_CROP = 0, 1, 2, 3, 4
CROPLAND_CODES = (WEAK_CROP, STRONG_CROP)


def targets(codes: np.ndarray, weak_weight: float) -> tuple[np.ndarray, np.ndarray]:
    """``(target, weight)`` float32 arrays of a tile's codes: 1 cropland / 0 not; 1 strong, ``weak_weight``
    weak, 0 unlabelled."""
    target = np.isin(codes, CROPLAND_CODES).astype(np.float32)
    weight = np.zeros(codes.shape, np.float32)
    weight[codes >= STRONG_NOT] = 1.0
    weight[(codes == WEAK_NOT) | (codes == WEAK_CROP)] = weak_weight
    return target, weight


def _source(value: str | VectorSource | None) -> VectorSource | None:
    if value is None or isinstance(value, VectorSource):
        return value
    return VectorSource(value) if str(value).strip() else None


class LabelReader:
    """The strong (and weak) labels of any window of the image grid."""

    def __init__(self, grid: Grid, labels: str | VectorSource | None, label_area: str | VectorSource | None,
                 weak: bool, workdir: str):
        self.grid = grid
        self.weak = weak
        labels, label_area = _source(labels), _source(label_area)
        if labels is None and label_area is not None:
            raise AptInputError(tr("A label area was given without labels: give the cropland polygons inside it "
                                   "(an empty layer if there is none)."))
        if labels is None and not weak:
            raise AptInputError(tr("Give labels (a cropland polygon layer), weak labels from the land covers, or "
                                   "both: there is nothing to learn from."))
        self.labels = None if labels is None else PolygonsOnGrid(labels, grid.crs, workdir, tr("The labels layer"))
        self.area = None if label_area is None else PolygonsOnGrid(label_area, grid.crs, workdir,
                                                                   tr("The label area layer"))
        self.box = None  # the label area's extent (xmin, ymin, xmax, ymax) in the image CRS
        if self.labels is not None:
            self.box = (self.area or self.labels).extent()
            if self.box is None:
                what = tr("label area") if self.area is not None else tr("labels")
                raise AptInputError(tr("The {what} layer has no polygons: nothing is labelled.").format(what=what))
            if not bounds_intersect(self.box, grid.bounds):
                raise AptInputError(
                    tr("The labels lie outside the image (labelled extent {box}; image extent {image}, both in the "
                       "image CRS). Check the layers' CRS and that they cover the image.").format(
                        box=_box_text(self.box), image=_box_text(grid.bounds))
                )

    def touches(self, window: Window) -> bool:
        """Whether ``window`` may hold a label (weak labels: anywhere; else: over the label area's extent)."""
        if self.weak:
            return True
        return bounds_intersect(self.box, self.grid.window(window).bounds)

    def read(self, window: Window, image_valid: np.ndarray, votes: Votes | None = None, rule: str = "all",
             margin_px: int = 0) -> np.ndarray:
        """The codes of ``window``: strong labels within the label area, weak ones (the land covers'
        agreement, eroded by ``margin_px``) outside it, nothing where the image has no data."""
        codes = np.zeros(image_valid.shape, np.uint8)
        inside = np.zeros(image_valid.shape, bool)
        if self.labels is not None:
            inside = self._area_mask(window)
            cropland = self.labels.read_on(self.grid, window)
            codes[inside] = STRONG_NOT
            codes[inside & cropland] = STRONG_CROP
        if self.weak and votes is not None:
            agreed_crop, agreed_not = (erode(region, margin_px) for region in votes.regions(rule))
            codes[agreed_not & ~inside] = WEAK_NOT
            codes[agreed_crop & ~inside] = WEAK_CROP
        codes[~image_valid] = NONE
        return codes

    def _area_mask(self, window: Window) -> np.ndarray:
        """The label area on ``window``: its polygons, or the labels' extent (pixel centres inside it)."""
        if self.area is not None:
            return self.area.read_on(self.grid, window)
        sub = self.grid.window(window)
        t = sub.transform
        cols, rows = np.meshgrid(np.arange(sub.width) + 0.5, np.arange(sub.height) + 0.5)
        xs, ys = t.a * cols + t.b * rows + t.c, t.d * cols + t.e * rows + t.f
        xmin, ymin, xmax, ymax = self.box
        return (xs >= xmin) & (xs <= xmax) & (ys >= ymin) & (ys <= ymax)

    def close(self) -> None:
        for layer in (self.labels, self.area):
            if layer is not None:
                layer.close()


def _box_text(box: tuple[float, float, float, float]) -> str:
    return ", ".join(f"{v:.1f}" for v in box)
