"""Raster grids, the one way a raster is warped onto another's grid, and the small geodesy the
pipeline needs (pixel sizes in metres, footprints)."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from affine import Affine
from rasterio.crs import CRS
from rasterio.enums import Resampling
from rasterio.vrt import WarpedVRT
from rasterio.warp import transform as warp_points
from rasterio.warp import transform_bounds
from rasterio.windows import Window
from rasterio.windows import transform as window_transform

from .errors import AptInputError
from .i18n import tr

EARTH_RADIUS_M = 6371008.8


@dataclass(frozen=True)
class Grid:
    """A raster grid: CRS, affine transform of the top-left pixel corner, and size."""

    crs: CRS
    transform: Affine
    width: int
    height: int

    @classmethod
    def of(cls, dataset) -> Grid:
        """The grid of an open rasterio dataset."""
        return cls(dataset.crs, dataset.transform, dataset.width, dataset.height)

    def window(self, window: Window) -> Grid:
        """The sub-grid covered by a pixel window."""
        return Grid(self.crs, window_transform(window, self.transform), int(window.width), int(window.height))

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """(xmin, ymin, xmax, ymax) in the grid's CRS."""
        corners = [self.transform * (c, r) for c in (0, self.width) for r in (0, self.height)]
        xs, ys = [x for x, _ in corners], [y for _, y in corners]  # all four: rotated grids too
        return min(xs), min(ys), max(xs), max(ys)

    def center(self) -> tuple[float, float]:
        """Map coordinates of the grid's centre."""
        return self.transform * (self.width / 2.0, self.height / 2.0)


def require_crs(crs: CRS | None, what: str) -> CRS:
    """Return ``crs`` or raise a clear error naming the raster that lacks one."""
    if crs is None or not crs.to_wkt():
        raise AptInputError(
            tr(
                "{what} has no coordinate reference system, so it cannot be placed on the map. "
                "Assign one (Raster > Projections > Assign Projection) and try again."
            ).format(what=what)
        )
    return crs


def haversine_m(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Great-circle distance in metres between two WGS 84 points."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(min(1.0, a)))


def pixel_size_m(grid: Grid, at: tuple[float, float] | None = None) -> float:
    """Mean ground size in metres of one pixel of ``grid`` near ``at`` (map coords, default centre).

    Works for any CRS (metres, feet, degrees): the pixel's sides are measured on the ellipsoid.
    """
    x, y = at if at is not None else grid.center()
    t = grid.transform
    xs = [x, x + t.a, x + t.b]
    ys = [y, y + t.d, y + t.e]
    lons, lats = warp_points(grid.crs, CRS.from_epsg(4326), xs, ys)
    width_m = haversine_m(lons[0], lats[0], lons[1], lats[1])
    height_m = haversine_m(lons[0], lats[0], lons[2], lats[2])
    return float((width_m + height_m) / 2.0)


def metres_per_unit(crs: CRS, at: tuple[float, float]) -> float:
    """Ground metres per CRS unit near ``at`` (1 for metric projections, ~111 km for degrees)."""
    x, y = at
    step = 1e-3 if crs.is_geographic else 1.0
    lons, lats = warp_points(crs, CRS.from_epsg(4326), [x, x + step], [y, y])
    return haversine_m(lons[0], lats[0], lons[1], lats[1]) / step


def footprint_in(grid: Grid, crs: CRS) -> tuple[float, float, float, float]:
    """The grid's bounds expressed in another CRS (densified edges)."""
    return transform_bounds(grid.crs, crs, *grid.bounds, densify_pts=21)


def bounds_intersect(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    """Whether two (xmin, ymin, xmax, ymax) boxes overlap with positive area."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def extent_to_window(grid: Grid, extent: tuple[float, float, float, float] | None) -> Window:
    """The pixel window of ``grid`` covered by a map extent (whole grid when None), clipped."""
    full = Window(0, 0, grid.width, grid.height)
    if extent is None:
        return full
    xmin, ymin, xmax, ymax = extent
    inv = ~grid.transform
    cols, rows = zip(*(inv * (x, y) for x, y in ((xmin, ymin), (xmin, ymax), (xmax, ymin), (xmax, ymax))))
    c0, c1 = max(0, math.floor(min(cols))), min(grid.width, math.ceil(max(cols)))
    r0, r1 = max(0, math.floor(min(rows))), min(grid.height, math.ceil(max(rows)))
    if c1 <= c0 or r1 <= r0:
        raise AptInputError(
            tr(
                "The chosen extent does not overlap the image. Pick an extent inside the image, "
                "or leave the extent empty to process the whole image."
            )
        )
    return Window(c0, r0, c1 - c0, r1 - r0)


def pixel_centers_to_map(grid: Grid, cols: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Map coordinates of pixel positions (fractional col/row, 0.5 = pixel centre)."""
    t = grid.transform
    xs = t.a * cols + t.b * rows + t.c
    ys = t.d * cols + t.e * rows + t.f
    return np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)


def map_to_pixel(grid: Grid, xs: np.ndarray, ys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Fractional (col, row) of map coordinates on ``grid``."""
    inv = ~grid.transform
    xs, ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
    cols = inv.a * xs + inv.b * ys + inv.c
    rows = inv.d * xs + inv.e * ys + inv.f
    return cols, rows


def warp_onto(ds, grid: Grid, resampling: Resampling = Resampling.nearest, alpha: bool | None = None) -> WarpedVRT:
    """``ds`` (an open rasterio dataset) warped onto ``grid`` by GDAL, read window by window: its nodata
    kept, or (``alpha``, by default when it has no nodata) an alpha band that tells the pixels it covers."""
    options = dict(crs=grid.crs, transform=grid.transform, width=grid.width, height=grid.height,
                   resampling=resampling)
    if ds.nodata is None if alpha is None else alpha:
        options["add_alpha"] = True
    elif ds.nodata is not None:
        options["nodata"] = ds.nodata
    return WarpedVRT(ds, **options)


def read_valid(vrt, nodata, window: Window | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Band 1 of a :func:`warp_onto` raster and where it has data: not its nodata (without one, where
    the alpha band covers), and finite for a float raster (NaN is no data)."""
    data = vrt.read(1, window=window)
    valid = vrt.read(vrt.count, window=window) > 0 if nodata is None else data != nodata
    if data.dtype.kind == "f":
        valid &= np.isfinite(data)
    return data, valid
