"""Field polygons from the joined label raster: clipped to cropland, small pieces dropped or merged,
polygonized once (GDAL), each field with ``field_id``, ``area_ha``, ``perimeter_m``, ``score``,
``stability`` and ``mean_prob``.

Pieces under the minimum field area are handled on the raster by GDAL's sieve filter, which gives a
small region the value of its largest neighbour: a sliver between two fields joins one of them, a
speck alone in cropland is dropped (its neighbour is "no field"). Every field is then clipped to the
cropland polygons exactly, so none sticks out of the map by part of a pixel.
"""

from __future__ import annotations

import os

import numpy as np
import rasterio
from osgeo import gdal, ogr

from ..accuracy.grid import PolygonsOnGrid, windows
from ..errors import AptInputError
from ..gdal_calls import gdal_status
from ..geo import Grid, pixel_size_m
from ..i18n import tr
from ..vectors.vectorize import AreaMeter, _equal_area_transform, _polygonize_raw, _srs, new_gpkg, new_layer

LAYER_NAME = "fields"
FIELDS = {"field_id": ogr.OFTInteger, "area_ha": ogr.OFTReal, "perimeter_m": ogr.OFTReal, "score": ogr.OFTReal,
          "stability": ogr.OFTReal, "mean_prob": ogr.OFTReal}


def clip_to_cropland(label_path: str, grid: Grid, cropland: PolygonsOnGrid) -> None:
    """Labels outside the cropland polygons set to 0, window by window, in place."""
    with rasterio.open(label_path, "r+") as ds:
        for window in windows(grid):
            labels = ds.read(1, window=window)
            if not labels.any():
                continue
            labels[~cropland.read_on(grid, window)] = 0
            ds.write(labels, 1, window=window)


def sieve(label_path: str, pixels: int) -> None:
    """GDAL's sieve: regions under ``pixels`` (4-connected) take their largest neighbour's label."""
    if pixels < 2:
        return
    ds = gdal.Open(label_path, gdal.GA_Update)
    band = ds.GetRasterBand(1)
    error = gdal_status(gdal.SieveFilter, band, None, band, pixels, 4)
    if error is not None:
        raise AptInputError(tr("GDAL could not filter small fields from {path}: {error}").format(
            path=label_path, error=error))
    band.FlushCache()
    del band, ds


class _CroplandShapes:
    """The cropland polygons (already in the image CRS) for exact clipping, by spatial filter."""

    def __init__(self, cropland: PolygonsOnGrid):
        self._ds = ogr.Open(cropland.path)
        self._layer = self._ds.GetLayer(0)

    def clip(self, geometry: ogr.Geometry) -> ogr.Geometry | None:
        """``geometry`` inside the cropland polygons (itself when it lies inside one of them)."""
        xmin, xmax, ymin, ymax = geometry.GetEnvelope()
        self._layer.SetSpatialFilterRect(xmin, ymin, xmax, ymax)
        pieces = ogr.Geometry(ogr.wkbMultiPolygon)
        for feature in self._layer:
            shape = feature.GetGeometryRef()
            if shape is None:
                continue
            shape = shape if shape.IsValid() else shape.MakeValid()
            if geometry.Within(shape):
                self._layer.SetSpatialFilter(None)
                return geometry
            common = geometry.Intersection(shape)
            for part in _polygon_parts(common) if common is not None else ():
                pieces.AddGeometry(part)
        self._layer.SetSpatialFilter(None)
        if not pieces.GetGeometryCount():
            return None
        merged = pieces.UnionCascaded()
        polygons = ogr.Geometry(ogr.wkbMultiPolygon)
        for part in _polygon_parts(merged):
            polygons.AddGeometry(part)
        return polygons if polygons.GetGeometryCount() else None

    def close(self) -> None:
        self._layer = self._ds = None


def _polygon_parts(geometry: ogr.Geometry):
    kind = ogr.GT_Flatten(geometry.GetGeometryType())
    if kind == ogr.wkbPolygon:
        yield geometry.Clone()
    elif kind in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection):
        for k in range(geometry.GetGeometryCount()):
            yield from _polygon_parts(geometry.GetGeometryRef(k))


def write_fields(label_path: str, grid: Grid, cropland: PolygonsOnGrid, attributes: dict, min_area_m2: float,
                 out_path: str, scratch: str) -> int:
    """The fields of the label raster into ``out_path`` (layer ``fields``); returns their number."""
    clip_to_cropland(label_path, grid, cropland)
    sieve(label_path, int(min_area_m2 / pixel_size_m(grid) ** 2))
    clip_to_cropland(label_path, grid, cropland)  # the sieve may have filled non-cropland holes
    scratch_ds = new_gpkg(os.path.join(scratch, "fields_raw.gpkg"))
    raw = _polygonize_raw(label_path, _srs(grid), scratch_ds)
    pieces: dict[int, list[ogr.Geometry]] = {}
    for feature in raw:
        pieces.setdefault(int(feature.GetField("value")), []).append(feature.GetGeometryRef().Clone())
    area_of, to_laea = AreaMeter(grid), _equal_area_transform(grid)
    shapes = _CroplandShapes(cropland)
    out_ds = new_gpkg(out_path)
    out = new_layer(out_ds, LAYER_NAME, grid, FIELDS)
    count = 0
    out_ds.StartTransaction()
    for label in sorted(pieces):
        field = ogr.Geometry(ogr.wkbMultiPolygon)
        for piece in pieces[label]:
            if area_of(piece) >= min_area_m2:
                field.AddGeometry(piece)
        field = shapes.clip(field) if field.GetGeometryCount() else None
        if field is None or area_of(field) < max(min_area_m2, 1e-9):
            continue
        measured = field.Clone()
        measured.Transform(to_laea)
        score, stability, mean_prob = attributes.get(label, (np.nan, np.nan, np.nan))
        count += 1
        feature = ogr.Feature(out.GetLayerDefn())
        feature.SetGeometry(ogr.ForceToMultiPolygon(field))
        for name, value in (("field_id", count), ("area_ha", round(measured.GetArea() / 10_000.0, 6)),
                            ("perimeter_m", round(measured.Boundary().Length(), 3)), ("score", round(score, 4)),
                            ("stability", round(stability, 4)), ("mean_prob", round(mean_prob, 4))):
            if not (isinstance(value, float) and np.isnan(value)):
                feature.SetField(name, value)
        out.CreateFeature(feature)
    out_ds.CommitTransaction()
    shapes.close()
    del raw, scratch_ds, out, out_ds  # closes the files (OGR)
    return count
