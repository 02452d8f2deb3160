"""A scene where learning is measurable with random weights (issue 23's test).

The real NAIP scene; a cropland stand-in defined by the image itself (its NDVI, smoothed over 7 x 7
pixels, above its median), which SAM sees through the ``ndvi`` band preset (NDVI, NIR, red); a
COARSE land cover made from the image (``scripts/sample_glc.py`` on a ~110 m grid, EPSG:4326);
labels: the stand-in's polygons over the WEST half (EPSG:4326), complete within a label area that
is that half (EPSG:3857). The EAST half is held out: no label lies there.
"""

from __future__ import annotations

import os

import numpy as np
import rasterio
from osgeo import gdal, ogr, osr
from scipy.ndimage import uniform_filter

SMOOTH = 7  # pixels of the stand-in's NDVI smoothing
GLC_RES = 1 / 1000  # degrees: about 110 x 75 m over North Dakota, against the image's 5 m
SETTINGS = {"tile_size": 512, "overlap": 64, "epochs": 12, "learning_rate": 5e-3, "bands_preset": "ndvi"}


def stand_in(image: str) -> tuple[np.ndarray, int]:
    """The cropland stand-in (bool, on the image grid) and the first column of the held-out east half."""
    with rasterio.open(image) as ds:
        red, nir = ds.read(1).astype(float), ds.read(4).astype(float)
    ndvi = uniform_filter((nir - red) / np.maximum(nir + red, 1), SMOOTH)
    return ndvi > np.median(ndvi), red.shape[1] // 2


def iou(mapped: np.ndarray, truth: np.ndarray) -> float:
    return float((mapped & truth).sum() / max(1, (mapped | truth).sum()))


def east_iou(probability_tif: str, image: str) -> float:
    """IoU of a probability raster (>= 0.5) with the stand-in over the held-out east half."""
    truth, half = stand_in(image)
    with rasterio.open(probability_tif) as ds:
        mapped = ds.read(1) >= 0.5
    return iou(mapped[:, half:], truth[:, half:])


def land_cover_east_iou(glc: str, image: str) -> float:
    """The coarse land cover's IoU (cropland class 40, warped onto the image grid) over the east half."""
    from apt_cropland.plugin.core.geo import Grid
    from apt_cropland.plugin.core.landcover.glc import GlcReader

    truth, half = stand_in(image)
    with rasterio.open(image) as ds:
        grid = Grid.of(ds)
    with GlcReader(glc, (40,), grid) as reader:
        cropland = reader.read(grid).cropland
    return iou(cropland[:, half:], truth[:, half:])


def _layer(path: str, srs: osr.SpatialReference, name: str):
    if os.path.exists(path):
        os.remove(path)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    return ds, ds.CreateLayer(name, srs, ogr.wkbPolygon)


def build(image: str, folder: str) -> dict[str, str]:
    """The land cover, labels and label area files in ``folder``."""
    from sample_glc import make_sample_glc

    truth, half = stand_in(image)
    west = truth.copy()
    west[:, half:] = False
    with rasterio.open(image) as ds:
        profile = dict(ds.profile, count=1, dtype="uint8", nodata=None)
        transform = ds.transform
    mask = os.path.join(folder, "west_truth.tif")
    with rasterio.open(mask, "w", **profile) as out:
        out.write(west.astype(np.uint8), 1)
    src = gdal.Open(mask)
    srs = osr.SpatialReference()
    srs.ImportFromWkt(src.GetProjection())
    ds, layer = _layer(os.path.join(folder, "labels_utm.gpkg"), srs, "labels")
    band = src.GetRasterBand(1)
    gdal.Polygonize(band, band, layer, -1)
    ds = src = None
    labels = os.path.join(folder, "labels.gpkg")
    gdal.VectorTranslate(labels, os.path.join(folder, "labels_utm.gpkg"), dstSRS="EPSG:4326", reproject=True,
                         format="GPKG")
    mercator = osr.SpatialReference()
    mercator.ImportFromEPSG(3857)
    mercator.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ds, layer = _layer(os.path.join(folder, "area.gpkg"), mercator, "area")
    ring = ogr.Geometry(ogr.wkbLinearRing)
    (x0, y0), (x1, y1) = transform * (0, 0), transform * (half, truth.shape[0])
    for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)):
        ring.AddPoint_2D(x, y)
    polygon = ogr.Geometry(ogr.wkbPolygon)
    polygon.AddGeometry(ring)
    polygon.Transform(osr.CoordinateTransformation(srs, mercator))
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(polygon)
    layer.CreateFeature(feature)
    ds = None
    glc = make_sample_glc(image, os.path.join(folder, "coarse_glc.tif"), res=GLC_RES)
    return {"labels": labels, "area": os.path.join(folder, "area.gpkg"), "glc": glc}
