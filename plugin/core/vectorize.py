"""Cropland polygons from the mask: GDAL polygonize, small holes and pieces removed, attributes."""

from __future__ import annotations

import json
import os

import numpy as np
import rasterio
from osgeo import gdal, ogr, osr
from rasterio.features import geometry_mask
from rasterio.windows import Window, from_bounds

from .geo import Grid, metres_per_unit
from .tiles import PROBABILITY_NODATA, iter_blocks

LAYER_NAME = "cropland"


def _equal_area_transform(grid: Grid) -> osr.CoordinateTransformation:
    """Image CRS -> Lambert azimuthal equal-area centred on the image, for true areas in m2."""
    src = osr.SpatialReference()
    src.ImportFromWkt(grid.crs.to_wkt())
    src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lon, lat, _ = osr.CoordinateTransformation(src, wgs84).TransformPoint(*grid.center())
    laea = osr.SpatialReference()
    laea.ImportFromProj4(f"+proj=laea +lat_0={lat} +lon_0={lon} +datum=WGS84 +units=m +no_defs")
    laea.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return osr.CoordinateTransformation(src, laea)


class AreaMeter:
    """Ground area in square metres of geometries in the image CRS, whatever that CRS is."""

    def __init__(self, grid: Grid):
        self._to_laea = _equal_area_transform(grid)

    def __call__(self, geometry: ogr.Geometry) -> float:
        g = geometry.Clone()
        g.Transform(self._to_laea)
        return float(g.GetArea())


def _drop_small_holes(polygon: ogr.Geometry, min_area_m2: float, area_of: AreaMeter) -> ogr.Geometry:
    cleaned = ogr.Geometry(ogr.wkbPolygon)
    for i in range(polygon.GetGeometryCount()):
        ring = polygon.GetGeometryRef(i)
        if i > 0:
            probe = ogr.Geometry(ogr.wkbPolygon)
            probe.AddGeometry(ring)
            if area_of(probe) < min_area_m2:
                continue
        cleaned.AddGeometry(ring)
    return cleaned


def _mean_probability(prob: rasterio.DatasetReader, geometry: ogr.Geometry, block: int = 2048) -> float:
    """Mean probability of the pixels inside a polygon, read window by window."""
    xmin, xmax, ymin, ymax = geometry.GetEnvelope()
    window = from_bounds(xmin, ymin, xmax, ymax, prob.transform).round_offsets().round_lengths()
    window = window.intersection(Window(0, 0, prob.width, prob.height))
    shape = [json.loads(geometry.ExportToJson())]
    total, count = 0.0, 0
    for sub in iter_blocks(int(window.width), int(window.height), block):
        part = Window(window.col_off + sub.col_off, window.row_off + sub.row_off, sub.width, sub.height)
        values = prob.read(1, window=part)
        inside = geometry_mask(
            shape, out_shape=values.shape, transform=prob.window_transform(part), invert=True
        ) & (values != PROBABILITY_NODATA)
        total += float(values[inside].sum())
        count += int(inside.sum())
    return total / count if count else float("nan")


def polygonize(
    mask_path: str,
    probability_path: str,
    out_path: str,
    grid: Grid,
    min_area_m2: float = 500.0,
    simplify_m: float = 0.0,
    workdir: str | None = None,
) -> int:
    """Vectorise the 1-pixels of ``mask_path`` into a GeoPackage layer; returns the polygon count.

    Polygons keep the image CRS; holes and pieces smaller than ``min_area_m2`` (true ground
    area) are removed; ``simplify_m`` > 0 simplifies with that tolerance in metres. Each polygon
    carries ``area_ha`` and ``mean_prob``.
    """
    workdir = workdir or os.path.dirname(out_path)
    raw_path = os.path.join(workdir, "polygonize_raw.gpkg")
    srs = osr.SpatialReference()
    srs.ImportFromWkt(grid.crs.to_wkt())
    driver = ogr.GetDriverByName("GPKG")
    for path in (raw_path, out_path):
        if os.path.exists(path):
            driver.DeleteDataSource(path)

    mask_ds = gdal.Open(mask_path)
    band = mask_ds.GetRasterBand(1)
    raw_ds = driver.CreateDataSource(raw_path)
    raw = raw_ds.CreateLayer("raw", srs=srs, geom_type=ogr.wkbPolygon)
    raw.CreateField(ogr.FieldDefn("value", ogr.OFTInteger))
    raw_ds.StartTransaction()
    if gdal.Polygonize(band, band, raw, 0, []) != 0:
        raise RuntimeError(f"GDAL could not polygonize {mask_path}: {gdal.GetLastErrorMsg()}")
    raw_ds.CommitTransaction()
    mask_ds = None

    out_ds = driver.CreateDataSource(out_path)
    out = out_ds.CreateLayer(LAYER_NAME, srs=srs, geom_type=ogr.wkbMultiPolygon)
    out.CreateField(ogr.FieldDefn("area_ha", ogr.OFTReal))
    out.CreateField(ogr.FieldDefn("mean_prob", ogr.OFTReal))
    area_of = AreaMeter(grid)
    tolerance = simplify_m / metres_per_unit(grid.crs, grid.center()) if simplify_m > 0 else 0.0
    count = 0
    out_ds.StartTransaction()
    with rasterio.open(probability_path) as prob:
        for feature in raw:
            geometry = _drop_small_holes(feature.GetGeometryRef(), min_area_m2, area_of)
            if tolerance:
                geometry = geometry.SimplifyPreserveTopology(tolerance)
            if geometry is None or geometry.IsEmpty():
                continue
            area = area_of(geometry)
            if area < min_area_m2:
                continue
            mean = _mean_probability(prob, geometry)
            result = ogr.Feature(out.GetLayerDefn())
            result.SetGeometry(ogr.ForceToMultiPolygon(geometry))
            result.SetField("area_ha", round(area / 10_000.0, 6))
            result.SetField("mean_prob", round(float(np.nan_to_num(mean)), 4))
            out.CreateFeature(result)
            count += 1
    out_ds.CommitTransaction()
    out_ds = raw_ds = None
    driver.DeleteDataSource(raw_path)
    return count
