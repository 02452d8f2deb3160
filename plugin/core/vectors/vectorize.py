"""Cropland polygons from the mask: GDAL polygonize, small holes and pieces removed, attributes.

Specks and pinholes far under the minimum area are first removed on the raster by GDAL's sieve
filter (connected regions of fewer pixels than surely make the area, in C and in place), so that
polygonize and the exact area test only see the pieces that may matter. Everything goes through
GeoPackage files in the work folder and block-sized raster reads, so memory does not grow with
the raster. The mean probability of every polygon is computed in one pass over the probability
raster: the polygons are burnt (GDAL rasterize) block by block as zone numbers, and sums are
gathered with ``numpy.bincount``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from typing import Callable

import numpy as np
import rasterio
from osgeo import gdal, ogr, osr

from ..errors import AptInputError
from ..gdal_calls import gdal_call, gdal_status
from ..geo import Grid, metres_per_unit
from ..i18n import tr
from ..tiles.layout import iter_blocks
from ..tiles.mosaic import PROBABILITY_NODATA

LAYER_NAME = "cropland"
ZONE = "zone"


def _equal_area_transform(grid: Grid) -> osr.CoordinateTransformation:
    """Image CRS -> Lambert azimuthal equal-area centred on the image, for true areas in m2."""
    src = _srs(grid)
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lon, lat, _ = osr.CoordinateTransformation(src, wgs84).TransformPoint(*grid.center())
    laea = osr.SpatialReference()
    laea.ImportFromProj4(f"+proj=laea +lat_0={lat} +lon_0={lon} +datum=WGS84 +units=m +no_defs")
    laea.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return osr.CoordinateTransformation(src, laea)


def _srs(grid: Grid) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromWkt(grid.crs.to_wkt())
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def pixel_square(grid: Grid, col: float, row: float, side: int = 1) -> ogr.Geometry:
    """The ``side`` x ``side`` pixels from (``col``, ``row``) as one polygon in the image CRS."""
    steps = ((0, 0), (side, 0), (side, side), (0, side), (0, 0))
    corners = [grid.transform * (col + dc, row + dr) for dc, dr in steps]
    return ogr.CreateGeometryFromWkt("POLYGON((" + ",".join(f"{x!r} {y!r}" for x, y in corners) + "))")


class AreaMeter:
    """Ground area in square metres of geometries in the image CRS, whatever that CRS is."""

    SAFETY = 1.25  # on top of the largest scale found over the image

    def __init__(self, grid: Grid):
        self._to_laea = _equal_area_transform(grid)
        # m2 per squared CRS unit at the centre, corners and edge midpoints; the largest bounds it
        self._max_m2_per_unit2 = 0.0
        self._pixel_unit2 = abs(grid.transform.a * grid.transform.e - grid.transform.b * grid.transform.d)
        for fx in (0.0, 0.5, 1.0):
            for fy in (0.0, 0.5, 1.0):
                probe = pixel_square(grid, fx * (grid.width - 1), fy * (grid.height - 1))
                self._max_m2_per_unit2 = max(self._max_m2_per_unit2, self(probe) / probe.GetArea())

    def __call__(self, geometry: ogr.Geometry) -> float:
        g = geometry.Clone()
        g.Transform(self._to_laea)
        return float(g.GetArea())

    def surely_below(self, geometry: ogr.Geometry, min_area_m2: float) -> bool:
        """Whether the area inside the outer ring is under ``min_area_m2`` by a wide margin.

        Judged from the planar area, without reprojecting: most polygons of a mask are specks of a
        few pixels, and this spares them the exact measure.
        """
        outer = geometry.GetGeometryRef(0) if geometry.GetGeometryCount() else None
        return outer is not None and outer.GetArea() * self._max_m2_per_unit2 * self.SAFETY < min_area_m2

    def pixels_surely_below(self, min_area_m2: float) -> int:
        """A pixel count under which a region is surely smaller than ``min_area_m2`` anywhere in the image."""
        return int(min_area_m2 / (self._pixel_unit2 * self._max_m2_per_unit2 * self.SAFETY))


def _checked(message: Callable[[str], str], function: Callable, *args, **kwargs):
    """The result of a GDAL/OGR call, or an ``AptInputError`` of ``message(GDAL's words)``, whether
    or not GDAL raises exceptions."""
    result, error = gdal_call(function, *args, **kwargs)
    if error is not None:
        raise AptInputError(message(error))
    return result


def _open_raster(path: str, update: bool = False):
    access = gdal.GA_Update if update else gdal.GA_ReadOnly
    return _checked(lambda error: tr("Could not open the raster {path}: {error}").format(path=path, error=error),
                    gdal.Open, path, access)


def _sieve(mask_path: str, probability_path: str, pixels: int) -> None:
    """Fill in, on the mask raster, 4-connected regions of fewer than ``pixels`` pixels (specks become
    background, pinholes cropland); pixels outside the image (probability nodata) are left alone."""
    if pixels < 2:
        return
    mask_ds = _open_raster(mask_path, update=True)
    coverage_ds = _open_raster(probability_path)
    band = mask_ds.GetRasterBand(1)
    error = gdal_status(gdal.SieveFilter, band, coverage_ds.GetRasterBand(1).GetMaskBand(), band, pixels, 4)
    if error is not None:
        raise AptInputError(
            tr("GDAL could not filter small pieces from {path}: {error}").format(path=mask_path, error=error)
        )
    band.FlushCache()
    del band, mask_ds, coverage_ds  # closes the files (GDAL)


def _drop_small_holes(polygon: ogr.Geometry, min_area_m2: float, area_of: AreaMeter) -> ogr.Geometry:
    cleaned = ogr.Geometry(ogr.wkbPolygon)
    for i in range(polygon.GetGeometryCount()):
        ring = polygon.GetGeometryRef(i)
        if i > 0:
            probe = ogr.Geometry(ogr.wkbPolygon)
            probe.AddGeometry(ring)
            if area_of.surely_below(probe, min_area_m2) or area_of(probe) < min_area_m2:
                continue
        cleaned.AddGeometry(ring)
    return cleaned


def new_gpkg(path: str):
    """A new, empty GeoPackage at ``path`` (replacing a file there), or an ``AptInputError``."""
    driver = ogr.GetDriverByName("GPKG")

    def message(error: str) -> str:
        return tr("Could not write the GeoPackage {path}: {error}. Check that its folder exists and can be "
                  "written to, and that no other program holds the file.").format(path=path, error=error)

    if os.path.exists(path):
        error = gdal_status(driver.DeleteDataSource, path)
        if error is not None:
            raise AptInputError(message(error))
    return _checked(message, driver.CreateDataSource, path)


def _new_layer(ds, name: str, srs: osr.SpatialReference, geom_type: int, options: list[str] | None = None):
    return _checked(
        lambda error: tr("Could not add the layer {name!r} to {path}: {error}").format(
            name=name, path=ds.GetName(), error=error),
        ds.CreateLayer, name, srs=srs, geom_type=geom_type, options=options or [],
    )


def _polygonize_raw(mask_path: str, srs: osr.SpatialReference, ds):
    """GDAL polygonize of the mask's 1-pixels (the band is its own mask) into a new layer of ``ds``."""
    mask_ds = _open_raster(mask_path)
    band = mask_ds.GetRasterBand(1)
    layer = _new_layer(ds, "raw", srs, ogr.wkbPolygon, ["SPATIAL_INDEX=NO"])  # read in order
    layer.CreateField(ogr.FieldDefn("value", ogr.OFTInteger))
    ds.StartTransaction()
    error = gdal_status(gdal.Polygonize, band, band, layer, 0, [])
    if error is not None:
        raise AptInputError(tr("GDAL could not polygonize {path}: {error}").format(path=mask_path, error=error))
    ds.CommitTransaction()
    return layer


def _clean(raw, srs, ds, min_area_m2: float, tolerance: float, area_of: AreaMeter):
    """Holes and pieces under the minimum area removed, simplified, into a new layer of ``ds``:
    numbered zones with their area."""
    layer = _new_layer(ds, "clean", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn(ZONE, ogr.OFTInteger))
    layer.CreateField(ogr.FieldDefn("area_ha", ogr.OFTReal))
    zones = 0
    ds.StartTransaction()
    for feature in raw:
        geometry = feature.GetGeometryRef()
        if area_of.surely_below(geometry, min_area_m2):  # a speck, even with its holes filled
            continue
        geometry = _drop_small_holes(geometry, min_area_m2, area_of)
        if tolerance:
            geometry = geometry.SimplifyPreserveTopology(tolerance)
        if geometry is None or geometry.IsEmpty():
            continue
        area = area_of(geometry)
        if area < min_area_m2:
            continue
        zones += 1
        out = ogr.Feature(layer.GetLayerDefn())
        out.SetGeometry(geometry)
        out.SetField(ZONE, zones)
        out.SetField("area_ha", area / 10_000.0)
        layer.CreateFeature(out)
    ds.CommitTransaction()
    return layer, zones


def valid_values(nodata: float):
    """Block values and where they count: everything but ``nodata``."""
    return lambda block: (block, block != nodata)


def share_of(value: int):
    """Block values as 1 where they equal ``value``, else 0, everywhere counted (a share of area)."""
    return lambda block: ((block == value).astype(np.float64), np.ones(block.shape, dtype=bool))


def zonal_means(layer, rasters: dict[str, tuple[str, Callable]], n_zones: int, block: int = 1024
                ) -> dict[str, np.ndarray]:
    """Mean of each raster (name -> (path, values function)) inside each zone (index = zone number),
    one block of pixels at a time; the rasters share one grid, the zones are burnt once per block."""
    sums = {name: np.zeros(n_zones + 1) for name in rasters}
    counts = {name: np.zeros(n_zones + 1) for name in rasters}
    mem_driver = gdal.GetDriverByName("MEM")
    with contextlib.ExitStack() as files:
        opened = {name: files.enter_context(rasterio.open(path)) for name, (path, _) in rasters.items()}
        first = next(iter(opened.values()))
        wkt = first.crs.to_wkt()
        for window in iter_blocks(first.width, first.height, block):
            t = first.window_transform(window)
            xmin, ymax = t.c, t.f
            xmax, ymin = t.c + t.a * window.width, t.f + t.e * window.height
            layer.SetSpatialFilterRect(min(xmin, xmax), min(ymin, ymax), max(xmin, xmax), max(ymin, ymax))
            if layer.GetFeatureCount() == 0:
                continue
            target = mem_driver.Create("", int(window.width), int(window.height), 1, gdal.GDT_Int32)
            target.SetGeoTransform((t.c, t.a, t.b, t.f, t.d, t.e))
            target.SetProjection(wkt)
            error = gdal_status(gdal.RasterizeLayer, target, [1], layer, options=[f"ATTRIBUTE={ZONE}"])
            if error is not None:  # else the zones would silently miss polygons
                raise AptInputError(tr("GDAL could not rasterize the polygons: {error}").format(error=error))
            zones = target.GetRasterBand(1).ReadAsArray()
            for name, (_, values_of) in rasters.items():
                values, valid = values_of(opened[name].read(1, window=window))
                inside = (zones > 0) & valid
                sums[name] += np.bincount(zones[inside], weights=values[inside], minlength=n_zones + 1)
                counts[name] += np.bincount(zones[inside], minlength=n_zones + 1)
    layer.SetSpatialFilter(None)
    return {
        name: np.divide(sums[name], counts[name], out=np.full(n_zones + 1, np.nan), where=counts[name] > 0)
        for name in rasters
    }


def vectorised(
    mask_path: str, coverage_path: str, grid: Grid, min_area_m2: float, simplify_m: float, scratch: str,
    means: dict[str, tuple[str, Callable]],
) -> Iterator[tuple[ogr.Geometry, float, dict[str, float | None]]]:
    """The cleaned polygons of the mask's 1-pixels, each with its area in hectares and the mean of each
    raster of ``means`` inside it (None where it has no data). The mask is sieved in place; pixels
    where ``coverage_path`` (on the same grid) is nodata are left alone by the sieve."""
    srs = _srs(grid)
    tolerance = simplify_m / metres_per_unit(grid.crs, grid.center()) if simplify_m > 0 else 0.0
    area_of = AreaMeter(grid)
    _sieve(mask_path, coverage_path, area_of.pixels_surely_below(min_area_m2))
    scratch_ds = new_gpkg(os.path.join(scratch, f"polygons_{os.path.basename(mask_path)}.gpkg"))
    raw = _polygonize_raw(mask_path, srs, scratch_ds)
    clean, n_zones = _clean(raw, srs, scratch_ds, min_area_m2, tolerance, area_of)
    values = zonal_means(clean, means, n_zones)
    for feature in clean:
        zone = feature.GetField(ZONE)
        found = {name: None if np.isnan(v[zone]) else float(v[zone]) for name, v in values.items()}
        yield feature.GetGeometryRef().Clone(), feature.GetField("area_ha"), found
    del raw, clean, scratch_ds  # closes the files (OGR)


def new_layer(ds, name: str, grid: Grid, fields: dict[str, int]):
    """A multipolygon layer in the image CRS with the given fields (name -> OGR field type)."""
    layer = _new_layer(ds, name, _srs(grid), ogr.wkbMultiPolygon)
    for field, kind in fields.items():
        layer.CreateField(ogr.FieldDefn(field, kind))
    return layer


def polygonize(
    mask_path: str,
    probability_path: str,
    out_path: str,
    grid: Grid,
    min_area_m2: float = 500.0,
    simplify_m: float = 0.0,
    workdir: str | None = None,
    means: dict[str, tuple[str, Callable]] | None = None,
) -> int:
    """Vectorise the 1-pixels of ``mask_path`` into a GeoPackage layer; returns the polygon count.

    Polygons keep the image CRS; holes and pieces smaller than ``min_area_m2`` (true ground
    area) are removed; ``simplify_m`` > 0 simplifies with that tolerance in metres. Each polygon
    carries ``area_ha`` and ``mean_prob``, and the mean of each further raster of ``means`` (field
    name -> (path, values function), e.g. ``uncertainty``, ``glc_share``). The mask file is a
    scratch file: it is sieved in place.
    """
    try:
        scratch = tempfile.mkdtemp(prefix="apt_vectorize_", dir=workdir or os.path.dirname(out_path) or None)
    except OSError as exc:
        raise AptInputError(
            tr("Could not write in the folder of {path}: {error}").format(path=out_path, error=exc.strerror or exc)
        ) from None
    means = {"mean_prob": (probability_path, valid_values(PROBABILITY_NODATA)), **(means or {})}
    out_ds = new_gpkg(out_path)
    out = new_layer(out_ds, LAYER_NAME, grid, {"area_ha": ogr.OFTReal, **{name: ogr.OFTReal for name in means}})
    count = 0
    out_ds.StartTransaction()
    for geometry, area_ha, values in vectorised(mask_path, probability_path, grid, min_area_m2, simplify_m,
                                                scratch, means):
        result = ogr.Feature(out.GetLayerDefn())
        result.SetGeometry(ogr.ForceToMultiPolygon(geometry))
        result.SetField("area_ha", round(area_ha, 6))
        for name, value in values.items():
            if value is not None:
                result.SetField(name, round(value, 4))
        out.CreateFeature(result)
        count += 1
    out_ds.CommitTransaction()
    del out, out_ds  # closes the file (OGR)
    shutil.rmtree(scratch, ignore_errors=True)
    return count
