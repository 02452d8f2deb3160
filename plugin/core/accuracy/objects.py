"""Object-level accuracy of field parcels: predicted fields against reference parcels.

Both layers are reprojected once (GDAL) into an equal-area CRS in metres centred on the reference,
so areas, lengths and the boundary tolerance are true ground metres whatever the layers' CRSs.

- **Matching.** A predicted field and a reference parcel match when their IoU (intersection over
  union of the two polygons) is at least 0.5; pairs are taken one to one, highest IoU first.
  ``OBJECT_PRECISION`` = matched / predicted fields, ``OBJECT_RECALL`` = matched / reference
  parcels, ``OBJECT_F1`` their harmonic mean, ``MEAN_MATCHED_IOU`` the mean IoU of the matches.
- **Over- and under-segmentation.** A predicted field *lies in* a parcel when more than half of the
  field's area is inside it (and a parcel lies in a field likewise). A parcel is over-segmented
  when two or more fields lie in it (it was split); a field is under-segmented when two or more
  parcels lie in it (they were merged). The rates are their shares of the parcels and of the fields.
- **Boundary F1.** The share of the fields' boundary length within the tolerance of a parcel
  boundary (boundary precision), the share of the parcels' boundary length within the tolerance of
  a field boundary (boundary recall), and their harmonic mean.
"""

from __future__ import annotations

import csv
import math
import shutil
import tempfile
from dataclasses import dataclass

from osgeo import ogr

from ..errors import AptInputError
from ..geo import metres_per_unit
from ..i18n import tr
from .grid import PolygonsOnGrid, VectorSource, equal_area_crs, raster_grid, vector_crs

IOU_THRESHOLD = 0.5


def _ratio(a: float, b: float) -> float:
    return float(a) / float(b) if b else math.nan


def _harmonic(p: float, r: float) -> float:
    if math.isnan(p) or math.isnan(r) or p + r == 0:
        return math.nan if (math.isnan(p) or math.isnan(r)) else 0.0
    return 2 * p * r / (p + r)


@dataclass(frozen=True)
class ObjectScores:
    """Object and boundary scores of predicted fields against reference parcels (fractions, 0-1)."""

    predicted: int
    reference: int
    matched: int
    mean_matched_iou: float
    over_segmentation: float
    under_segmentation: float
    boundary_precision: float
    boundary_recall: float
    tolerance_m: float

    @property
    def precision(self) -> float:
        return _ratio(self.matched, self.predicted)

    @property
    def recall(self) -> float:
        return _ratio(self.matched, self.reference)

    @property
    def f1(self) -> float:
        return _harmonic(self.precision, self.recall)

    @property
    def boundary_f1(self) -> float:
        return _harmonic(self.boundary_precision, self.boundary_recall)

    def write_csv(self, path: str) -> str:
        """The scores as ``metric,value`` rows."""
        with open(path, "w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(("metric", "value"))
            for key, value in self.as_dict().items():
                writer.writerow((key.lower(), "" if isinstance(value, float) and math.isnan(value) else value))
        return path

    def as_dict(self) -> dict[str, float]:
        """The Processing outputs."""
        return {"OBJECT_PRECISION": self.precision, "OBJECT_RECALL": self.recall, "OBJECT_F1": self.f1,
                "MEAN_MATCHED_IOU": self.mean_matched_iou, "OVER_SEGMENTATION": self.over_segmentation,
                "UNDER_SEGMENTATION": self.under_segmentation, "BOUNDARY_PRECISION": self.boundary_precision,
                "BOUNDARY_RECALL": self.boundary_recall, "BOUNDARY_F1": self.boundary_f1,
                "FIELDS_PREDICTED": self.predicted, "FIELDS_REFERENCE": self.reference,
                "FIELDS_MATCHED": self.matched}


def default_tolerance(raster: str | None, resolution_m: float | None) -> float:
    """Two pixels in metres: of ``raster`` (the map or the image), else of ``resolution_m``."""
    if raster:
        grid = raster_grid(raster, tr("The grid raster"))
        return 2.0 * abs(grid.transform.a) * metres_per_unit(grid.crs, grid.center())
    if resolution_m:
        return 2.0 * resolution_m
    raise AptInputError(tr("Give the boundary tolerance in metres (or a map raster, a grid raster or a resolution, "
                           "whose two pixels are the default)."))


class _Objects:
    """A polygon layer in the working CRS: geometries by index, and a spatially indexed layer."""

    def __init__(self, polygons: PolygonsOnGrid, keep=None):
        self._ds = ogr.Open(polygons.path)
        self.layer = self._ds.GetLayer(0)
        self.geometries: list[ogr.Geometry] = []
        self.index: dict[int, int] = {}
        for feature in self.layer:
            geometry = feature.GetGeometryRef()
            if geometry is None or geometry.IsEmpty():
                continue
            geometry = geometry.Clone()
            if not geometry.IsValid():
                geometry = geometry.MakeValid()
            if geometry is None or geometry.GetArea() <= 0 or (keep is not None and not keep(geometry)):
                continue
            self.index[feature.GetFID()] = len(self.geometries)
            self.geometries.append(geometry)
        self.areas = [g.GetArea() for g in self.geometries]

    def near(self, geometry: ogr.Geometry, margin: float = 0.0):
        """(index, geometry) of the kept polygons whose boxes come within ``margin`` of ``geometry``'s."""
        xmin, xmax, ymin, ymax = geometry.GetEnvelope()
        self.layer.SetSpatialFilterRect(xmin - margin, ymin - margin, xmax + margin, ymax + margin)
        found = [self.index[f.GetFID()] for f in self.layer if f.GetFID() in self.index]
        self.layer.SetSpatialFilter(None)
        return [(j, self.geometries[j]) for j in found]

    def close(self) -> None:
        self.layer = self._ds = None


def _inside_area(area: PolygonsOnGrid):
    ds = ogr.Open(area.path)
    union = ogr.Geometry(ogr.wkbMultiPolygon)
    for feature in ds.GetLayer(0):
        geometry = feature.GetGeometryRef()
        if geometry is not None:
            union = union.Union(geometry if geometry.IsValid() else geometry.MakeValid())
    ds = None  # noqa: F841 (closes the file)
    return lambda geometry: geometry.PointOnSurface().Within(union)


def _overlaps(fields: _Objects, parcels: _Objects) -> dict[tuple[int, int], float]:
    """Intersection areas of every overlapping (field, parcel) pair."""
    found = {}
    for i, geometry in enumerate(fields.geometries):
        for j, parcel in parcels.near(geometry):
            common = geometry.Intersection(parcel)
            area = common.GetArea() if common is not None and common.GetDimension() == 2 else 0.0
            if area > 0:
                found[(i, j)] = area
    return found


def _match(overlaps, field_areas, parcel_areas, threshold: float) -> list[float]:
    """The IoUs of the one-to-one matches at IoU >= ``threshold``, highest first."""
    candidates = []
    for (i, j), common in overlaps.items():
        iou = common / (field_areas[i] + parcel_areas[j] - common)
        if iou >= threshold - 1e-12:
            candidates.append((iou, i, j))
    used_fields, used_parcels, ious = set(), set(), []
    for iou, i, j in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if i not in used_fields and j not in used_parcels:
            used_fields.add(i)
            used_parcels.add(j)
            ious.append(min(iou, 1.0))
    return ious


def _holders(overlaps, part_areas, by_parcel: bool) -> int:
    """How many parcels (``by_parcel``) or fields hold two or more objects of the other layer, each
    with more than half of its area (``part_areas``) inside."""
    held: dict[int, int] = {}
    for (i, j), common in overlaps.items():
        holder, part = (j, i) if by_parcel else (i, j)
        if common > 0.5 * part_areas[part]:
            held[holder] = held.get(holder, 0) + 1
    return sum(1 for n in held.values() if n >= 2)


def _boundary_share(these: _Objects, those: _Objects, tolerance: float) -> float:
    """The share of the boundary length of ``these`` within ``tolerance`` of a boundary of ``those``."""
    total = near = 0.0
    for geometry in these.geometries:
        line = geometry.Boundary()
        length = line.Length()
        total += length
        others = those.near(geometry, tolerance)
        if not others:
            continue
        lines = ogr.Geometry(ogr.wkbGeometryCollection)
        for _, other in others:
            lines.AddGeometry(other.Boundary())
        inside = line.Intersection(lines.Buffer(tolerance))
        near += inside.Length() if inside is not None else 0.0
    return _ratio(near, total)


def evaluate_objects(fields: VectorSource, reference: VectorSource, tolerance_m: float,
                     area: VectorSource | None = None, iou_threshold: float = IOU_THRESHOLD) -> ObjectScores:
    """Object and boundary scores of ``fields`` against ``reference`` parcels (polygon layers, any
    CRS); with ``area``, only the polygons whose inner point lies in it count."""
    if not tolerance_m or tolerance_m <= 0:
        raise AptInputError(tr("The boundary tolerance must be a positive number of metres."))
    workdir = tempfile.mkdtemp(prefix="apt_objects_")
    layers: list[_Objects] = []
    opened: list[PolygonsOnGrid] = []
    try:
        own_crs = vector_crs(reference, tr("The reference parcels"))
        opened = [PolygonsOnGrid(reference, own_crs, workdir, tr("the reference parcels"))]
        box = opened[0].extent()
        if box is None:
            raise AptInputError(tr("The reference parcels layer has no polygons: there is nothing to compare."))
        crs = equal_area_crs(own_crs, ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2))
        keep = None
        if area is not None:
            opened.append(PolygonsOnGrid(area, crs, workdir, tr("the area layer")))
            keep = _inside_area(opened[-1])
        opened.append(PolygonsOnGrid(reference, crs, workdir, tr("the reference parcels")))
        parcels = _Objects(opened[-1], keep)
        layers.append(parcels)
        opened.append(PolygonsOnGrid(fields, crs, workdir, tr("the fields")))
        found = _Objects(opened[-1], keep)
        layers.append(found)
        if not parcels.geometries:
            raise AptInputError(tr("The reference parcels have no polygons in the compared area: choose parcels that "
                                   "cover the fields."))
        overlaps = _overlaps(found, parcels)
        ious = _match(overlaps, found.areas, parcels.areas, iou_threshold)
        n_fields, n_parcels = len(found.geometries), len(parcels.geometries)
        return ObjectScores(
            predicted=n_fields, reference=n_parcels, matched=len(ious),
            mean_matched_iou=sum(ious) / len(ious) if ious else math.nan,
            over_segmentation=_ratio(_holders(overlaps, found.areas, by_parcel=True), n_parcels),
            under_segmentation=_ratio(_holders(overlaps, parcels.areas, by_parcel=False), n_fields),
            boundary_precision=_boundary_share(found, parcels, tolerance_m),
            boundary_recall=_boundary_share(parcels, found, tolerance_m),
            tolerance_m=tolerance_m,
        )
    finally:
        for layer in [*layers, *opened]:
            layer.close()
        shutil.rmtree(workdir, ignore_errors=True)
