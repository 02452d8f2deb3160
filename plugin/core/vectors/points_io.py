"""Prompt points written to a GeoPackage without QGIS (the command line's prompts.gpkg)."""

from __future__ import annotations

from osgeo import ogr, osr

from ..geo import Grid
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
