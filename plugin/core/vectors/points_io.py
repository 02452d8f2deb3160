"""Prompt points written to a GeoPackage and read from any point file, without QGIS (the command
line's prompts.gpkg and ``--prompts``)."""

from __future__ import annotations

from osgeo import ogr, osr

from ..errors import AptInputError
from ..geo import Grid
from ..i18n import tr
from ..prompts.points import PromptPoints
from .vectorize import new_gpkg

PROMPTS_LAYER = "prompts"
PROMPTS_FILE = "prompts.gpkg"  # in a command-line or cluster run folder


def write_points_gpkg(points: PromptPoints, grid: Grid, path: str) -> int:
    """Points in the image CRS with ``label``, ``round`` and ``tile``, as the Processing output has them."""
    srs = osr.SpatialReference()
    srs.ImportFromWkt(grid.crs.to_wkt())
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ds = new_gpkg(path)
    layer = ds.CreateLayer(PROMPTS_LAYER, srs=srs, geom_type=ogr.wkbPoint)
    for name in ("label", "round", "tile"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTInteger))
    ds.StartTransaction()
    for x, y, label, round_, tile in zip(points.x, points.y, points.label, points.round, points.tile):
        feature = ogr.Feature(layer.GetLayerDefn())
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(float(x), float(y))
        feature.SetGeometry(point)
        for name, value in (("label", label), ("round", round_), ("tile", tile)):
            feature.SetField(name, int(value))
        layer.CreateFeature(feature)
    ds.CommitTransaction()
    del layer, ds
    return len(points)


def _as_int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def read_points_file(path: str, grid: Grid) -> PromptPoints:
    """Prompt points from a point file GDAL reads (its first layer, any CRS), in the image CRS.

    ``label`` is required (1 or 0); ``round`` defaults to 1 (seen in every round), ``tile`` to -1,
    as for a Processing layer."""
    try:
        ds = ogr.Open(path)
    except RuntimeError:  # GDAL raising (QGIS 3.40+ turns its exceptions on)
        ds = None
    if ds is None or ds.GetLayerCount() == 0:
        raise AptInputError(tr("The prompt points {path!r} cannot be read as a vector file.").format(path=path))
    layer = ds.GetLayer(0)
    names = [layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(layer.GetLayerDefn().GetFieldCount())]
    if "label" not in names:
        raise AptInputError(tr("The prompt layer needs a 'label' field (1 = cropland, 0 = not cropland)."))
    target = osr.SpatialReference()
    target.ImportFromWkt(grid.crs.to_wkt())
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    source = layer.GetSpatialRef()
    transform = None
    if source is not None and not source.IsSame(target):
        source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        transform = osr.CoordinateTransformation(source, target)
    xs, ys, labels, rounds, tiles = [], [], [], [], []
    for feature in layer:
        geometry = feature.GetGeometryRef()
        if geometry is None or geometry.IsEmpty():
            continue
        label = _as_int(feature.GetField("label"))
        if label not in (0, 1):
            raise AptInputError(
                tr("Prompt point {0} has label {1}; labels must be 1 (cropland) or 0 (not cropland).").format(
                    feature.GetFID(), feature.GetField("label")
                )
            )
        geometry = geometry.Clone()
        try:
            failed = transform is not None and geometry.Transform(transform) != 0
        except RuntimeError:
            failed = True
        if failed:
            raise AptInputError(
                tr("Prompt point {0} cannot be placed in the image's CRS (it lies outside what that CRS "
                   "can represent). Check the CRS of the prompt layer.").format(feature.GetFID())
            )
        parts = [geometry.GetGeometryRef(i) for i in range(geometry.GetGeometryCount())] or [geometry]
        for part in parts:
            xs.append(part.GetX())
            ys.append(part.GetY())
            labels.append(label)
            rounds.append(_field(feature, "round", names, 1))
            tiles.append(_field(feature, "tile", names, -1))
    return PromptPoints.from_arrays(xs, ys, labels, rounds, tiles)


def _field(feature, name: str, names: list[str], default: int) -> int:
    if name not in names:
        return default
    value = _as_int(feature.GetField(name))
    return default if value is None else value
