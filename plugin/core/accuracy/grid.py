"""Rasters and polygon layers read window by window on one grid, and true pixel areas.

A raster on another grid or CRS is warped onto the grid by GDAL (nearest neighbour) one window at
a time; polygons are reprojected once into the grid's CRS and burnt per window (GDAL rasterize: a
pixel is inside when its centre is). Nothing is ever read whole, so memory does not grow with the
grid.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass

import numpy as np
import rasterio
from affine import Affine
from osgeo import gdal, ogr, osr
from rasterio.crs import CRS
from rasterio.errors import RasterioIOError
from rasterio.warp import transform as warp_points
from rasterio.warp import transform_bounds
from rasterio.windows import Window

from ..errors import AptInputError
from ..gdal_calls import gdal_call
from ..geo import Grid, metres_per_unit, read_valid, require_crs, warp_onto
from ..i18n import tr
from ..tiles.layout import iter_blocks

BLOCK = 1024
_AREA_STEP = 128  # pixels between the points where the pixel area is measured (interpolated between)


def _cannot_open(what: str, path: str, exc) -> AptInputError:
    return AptInputError(tr("Cannot open {what} {path!r}: {error}").format(what=what, path=path, error=exc))


def _not_polygons(what: str, path: str) -> AptInputError:
    return AptInputError(tr("Cannot open {what} {path!r} as a polygon layer.").format(what=what, path=path))


@dataclass(frozen=True)
class VectorSource:
    """A polygon layer in a file OGR can open (``layer`` None: its first layer)."""

    path: str
    layer: str | None = None


def windows(grid: Grid, block: int = BLOCK):
    """Windows of at most ``block`` x ``block`` pixels covering ``grid``."""
    return iter_blocks(grid.width, grid.height, block)


def equal_area_crs(crs: CRS, at: tuple[float, float]) -> CRS:
    """A Lambert azimuthal equal-area CRS in metres centred on ``at`` (a point in ``crs``)."""
    (lon,), (lat,) = warp_points(crs, CRS.from_epsg(4326), [at[0]], [at[1]])
    return CRS.from_proj4(f"+proj=laea +lat_0={lat} +lon_0={lon} +datum=WGS84 +units=m +no_defs")


class PixelArea:
    """True ground area (m2) of every pixel of a grid, whatever its CRS (degrees, feet, metres).

    Measured on an equal-area projection centred on the grid at points every 128 pixels (the
    Jacobian of grid pixel -> metres), and interpolated between them: the area of a pixel of a
    geographic grid shrinks with latitude row by row, and a projected grid's scale varies too.
    """

    def __init__(self, grid: Grid):
        self.grid = grid
        self._laea = equal_area_crs(grid.crs, grid.center())

    def _measured(self, cols: np.ndarray, rows: np.ndarray) -> np.ndarray:
        cc, rr = np.meshgrid(cols, rows)
        t = self.grid.transform
        offsets = ((0.5, 0.0), (-0.5, 0.0), (0.0, 0.5), (0.0, -0.5))
        xs, ys = [], []
        for dc, dr in offsets:
            c, r = cc.ravel() + dc, rr.ravel() + dr
            xs.append(t.a * c + t.b * r + t.c)
            ys.append(t.d * c + t.e * r + t.f)
        px, py = warp_points(self.grid.crs, self._laea, np.concatenate(xs), np.concatenate(ys))
        px, py = np.asarray(px).reshape(4, -1), np.asarray(py).reshape(4, -1)
        jx = (px[0] - px[1], py[0] - py[1])
        jy = (px[2] - px[3], py[2] - py[3])
        return np.abs(jx[0] * jy[1] - jx[1] * jy[0]).reshape(rr.shape)

    def of(self, window: Window) -> np.ndarray:
        """Areas in m2 of the pixels of ``window``, shape (rows, cols)."""
        c0, r0, w, h = int(window.col_off), int(window.row_off), int(window.width), int(window.height)
        lat_cols = np.unique(np.r_[np.arange(c0, c0 + w, _AREA_STEP), c0 + w - 1]) + 0.5
        lat_rows = np.unique(np.r_[np.arange(r0, r0 + h, _AREA_STEP), r0 + h - 1]) + 0.5
        lattice = self._measured(lat_cols, lat_rows)
        cols, rows = np.arange(c0, c0 + w) + 0.5, np.arange(r0, r0 + h) + 0.5
        by_row = np.empty((h, lattice.shape[1]))
        for j in range(lattice.shape[1]):
            by_row[:, j] = np.interp(rows, lat_rows, lattice[:, j])
        if lattice.shape[1] == 1:
            return np.repeat(by_row, w, axis=1)
        i = np.clip(np.searchsorted(lat_cols, cols) - 1, 0, len(lat_cols) - 2)
        t = np.clip((cols - lat_cols[i]) / (lat_cols[i + 1] - lat_cols[i]), 0.0, 1.0)
        return by_row[:, i] * (1.0 - t) + by_row[:, i + 1] * t


def _same_grid_offset(a: Grid, b: Grid) -> tuple[int, int] | None:
    """(col, row) of ``a``'s origin on ``b`` when ``a`` is a pixel-aligned part of ``b``'s grid."""
    if a.crs != b.crs:
        return None
    ta, tb = a.transform, b.transform
    if not all(math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-12) for x, y in zip(ta[:2] + ta[3:5], tb[:2] + tb[3:5])):
        return None
    col, row = ~tb * (ta.c, ta.f)
    if abs(col - round(col)) > 1e-6 or abs(row - round(row)) > 1e-6:
        return None
    return int(round(col)), int(round(row))


class RasterOnGrid:
    """Band 1 of a raster on a target grid: ``read(window)`` gives (values, valid) for that window.

    Invalid: the raster's nodata, NaN, and anything outside the raster. A raster already on the
    grid (the same CRS, pixel size and alignment) is read directly; any other is warped by GDAL
    (nearest neighbour), window by window.
    """

    def __init__(self, path: str, grid: Grid, what: str):
        try:
            self._ds = rasterio.open(path)
        except RasterioIOError as exc:
            raise _cannot_open(what, path, exc) from None
        self.path, self.grid, self.what = path, grid, what
        require_crs(self._ds.crs, tr("{what} {path!r}").format(what=what, path=path))
        self.nodata = self._ds.nodata
        self.dtype = np.dtype(self._ds.dtypes[0])
        own = Grid.of(self._ds)
        self._offset = _same_grid_offset(grid, own)
        self._own = own
        self._vrt = None
        if self._offset is None:
            self._vrt = warp_onto(self._ds, grid)

    @property
    def is_float(self) -> bool:
        return self.dtype.kind == "f"

    def overlaps(self) -> bool:
        """Whether the raster covers any part of the grid."""
        box = transform_bounds(self._ds.crs, self.grid.crs, *self._ds.bounds, densify_pts=21)
        b = self.grid.bounds
        return box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3]

    def read(self, window: Window) -> tuple[np.ndarray, np.ndarray]:
        if self._vrt is not None:
            return read_valid(self._vrt, self.nodata, window)
        data, valid = self._read_direct(window)
        if data.dtype.kind == "f":
            valid &= np.isfinite(data)
        return data, valid

    def _read_direct(self, window: Window) -> tuple[np.ndarray, np.ndarray]:
        h, w = int(window.height), int(window.width)
        c0, r0 = int(window.col_off) + self._offset[0], int(window.row_off) + self._offset[1]
        cs, rs = max(c0, 0), max(r0, 0)
        ce, re = min(c0 + w, self._own.width), min(r0 + h, self._own.height)
        fill = self.nodata if self.nodata is not None else 0
        data = np.full((h, w), fill, dtype=self.dtype)
        valid = np.zeros((h, w), dtype=bool)
        if ce > cs and re > rs:
            part = self._ds.read(1, window=Window(cs, rs, ce - cs, re - rs))
            data[rs - r0:re - r0, cs - c0:ce - c0] = part
            valid[rs - r0:re - r0, cs - c0:ce - c0] = True if self.nodata is None else part != self.nodata
        return data, valid

    def close(self) -> None:
        if self._vrt is not None:
            self._vrt.close()
        self._ds.close()


def _srs_of(crs: CRS) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromWkt(crs.to_wkt())
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def open_vector(path: str):
    """``gdal.OpenEx`` of a vector file, None when GDAL cannot read it, whether or not GDAL raises
    exceptions (QGIS 3.40's Processing turns them on for the whole process)."""
    return gdal_call(gdal.OpenEx, path, gdal.OF_VECTOR)[0]


def _layer_of(ds, name: str | None):
    try:
        return ds.GetLayerByName(name) if name else ds.GetLayer(0)
    except RuntimeError:
        return None


class PolygonsOnGrid:
    """A polygon layer reprojected once into the grid's CRS (a GeoPackage in ``workdir``), burnt
    window by window: ``read(window)`` is True where a pixel's centre is inside a polygon."""

    def __init__(self, source: VectorSource, crs: CRS, workdir: str, what: str):
        self.what = what
        src = open_vector(source.path)
        if src is None:
            raise _not_polygons(what, source.path)
        layer = _layer_of(src, source.layer)
        if layer is None:
            raise AptInputError(tr("{what} {path!r} has no layer {layer!r}.").format(
                what=what, path=source.path, layer=source.layer or ""))
        if layer.GetSpatialRef() is None:
            raise AptInputError(tr("{what} has no coordinate reference system, so it cannot be placed on the map. "
                                   "Assign one and try again.").format(what=what))
        name = layer.GetName()
        self.path = os.path.join(workdir, f"polygons_{len(os.listdir(workdir))}.gpkg")
        done, error = gdal_call(gdal.VectorTranslate, self.path, src, format="GPKG", layers=[name],
                                dstSRS=crs.to_wkt(), reproject=True, layerName="polygons",
                                geometryType="PROMOTE_TO_MULTI")
        if error is not None:
            raise AptInputError(tr("Could not reproject {what}: {error}").format(what=what, error=error))
        done = src = None  # noqa: F841 (closes the files)
        self._ds = ogr.Open(self.path)
        self._layer = self._ds.GetLayer(0)
        self._wkt = crs.to_wkt()
        self.count = self._layer.GetFeatureCount()

    def extent(self) -> tuple[float, float, float, float] | None:
        """(xmin, ymin, xmax, ymax) of the polygons in the grid's CRS (None when there are none)."""
        if self.count == 0:
            return None
        xmin, xmax, ymin, ymax = self._layer.GetExtent()
        return xmin, ymin, xmax, ymax

    def read_on(self, grid: Grid, window: Window) -> np.ndarray:
        """The inside mask of ``window`` of ``grid``."""
        sub = grid.window(window)
        xmin, ymin, xmax, ymax = sub.bounds
        self._layer.SetSpatialFilterRect(xmin, ymin, xmax, ymax)
        inside = np.zeros((sub.height, sub.width), dtype=bool)
        if self._layer.GetFeatureCount() > 0:
            target = gdal.GetDriverByName("MEM").Create("", sub.width, sub.height, 1, gdal.GDT_Byte)
            t = sub.transform
            target.SetGeoTransform((t.c, t.a, t.b, t.f, t.d, t.e))
            target.SetProjection(self._wkt)
            gdal.RasterizeLayer(target, [1], self._layer, burn_values=[1])
            inside = target.GetRasterBand(1).ReadAsArray().astype(bool)
        self._layer.SetSpatialFilter(None)
        return inside

    def close(self) -> None:
        self._layer = self._ds = None


def grid_from_resolution(crs: CRS, extent: tuple[float, float, float, float], resolution_m: float) -> Grid:
    """A north-up grid over ``extent`` with pixels of ``resolution_m`` metres (in the CRS's linear
    unit; converted to degrees for a geographic CRS), its corners on multiples of the pixel size
    so the same inputs always give the same grid."""
    if not resolution_m or resolution_m <= 0:
        raise AptInputError(tr("The resolution must be a positive number of metres."))
    xmin, ymin, xmax, ymax = extent
    if crs.is_geographic:
        size = resolution_m / metres_per_unit(crs, ((xmin + xmax) / 2, (ymin + ymax) / 2))
    else:  # the CRS's own metres (or feet...), as the analyst reads them
        size = resolution_m / crs.linear_units_factor[1]
    x0, y0 = math.floor(xmin / size) * size, math.ceil(ymax / size) * size
    width, height = max(1, math.ceil((xmax - x0) / size - 1e-9)), max(1, math.ceil((y0 - ymin) / size - 1e-9))
    if width * height > 2.5e9:
        raise AptInputError(
            tr("A {res} m grid over this area would have {count} pixels: choose a coarser resolution.").format(
                res=resolution_m, count=width * height)
        )
    return Grid(crs, Affine(size, 0.0, x0, 0.0, -size, y0), width, height)


def clip_grid(grid: Grid, box: tuple[float, float, float, float]) -> Grid | None:
    """The pixel-aligned part of ``grid`` over ``box`` (None when they do not overlap)."""
    inv = ~grid.transform
    xmin, ymin, xmax, ymax = box
    cols, rows = zip(*(inv * (x, y) for x in (xmin, xmax) for y in (ymin, ymax)))
    c0, c1 = max(0, math.floor(min(cols) + 1e-9)), min(grid.width, math.ceil(max(cols) - 1e-9))
    r0, r1 = max(0, math.floor(min(rows) + 1e-9)), min(grid.height, math.ceil(max(rows) - 1e-9))
    if c1 <= c0 or r1 <= r0:
        return None
    return grid.window(Window(c0, r0, c1 - c0, r1 - r0))


def raster_grid(path: str, what: str) -> Grid:
    """The grid of a raster file."""
    try:
        with rasterio.open(path) as ds:
            require_crs(ds.crs, tr("{what} {path!r}").format(what=what, path=path))
            return Grid.of(ds)
    except RasterioIOError as exc:
        raise _cannot_open(what, path, exc) from None


def raster_bounds_in(path: str, crs: CRS) -> tuple[float, float, float, float]:
    """A raster's bounds in another CRS."""
    with rasterio.open(path) as ds:
        return transform_bounds(ds.crs, crs, *ds.bounds, densify_pts=21)


def vector_crs(source: VectorSource, what: str) -> CRS:
    """The CRS of a polygon layer's file."""
    ds = open_vector(source.path)
    layer = None if ds is None else _layer_of(ds, source.layer)
    if layer is None:
        raise _not_polygons(what, source.path)
    srs = layer.GetSpatialRef()
    if srs is None:
        raise AptInputError(tr("{what} has no coordinate reference system, so it cannot be placed on the map. "
                               "Assign one and try again.").format(what=what))
    return CRS.from_wkt(srs.ExportToWkt())
