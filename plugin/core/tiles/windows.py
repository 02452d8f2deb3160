"""Pixel windows and the tiled GeoTIFF profile of rasters on the image grid."""

from __future__ import annotations

from rasterio.windows import Window

from ..geo import Grid

BLOCK = 256


def intersect(a: Window, b: Window) -> Window | None:
    """The overlap of two pixel windows (None if they do not overlap)."""
    c0, r0 = max(a.col_off, b.col_off), max(a.row_off, b.row_off)
    c1 = min(a.col_off + a.width, b.col_off + b.width)
    r1 = min(a.row_off + a.height, b.row_off + b.height)
    if c1 <= c0 or r1 <= r0:
        return None
    return Window(c0, r0, c1 - c0, r1 - r0)


def raster_profile(grid: Grid, dtype: str, count: int, nodata, compress: str | None = None) -> dict:
    """A tiled GeoTIFF profile on ``grid``."""
    profile = dict(
        driver="GTiff", width=grid.width, height=grid.height, count=count, dtype=dtype, crs=grid.crs,
        transform=grid.transform, nodata=nodata, tiled=True, blockxsize=BLOCK, blockysize=BLOCK, BIGTIFF="IF_SAFER",
    )
    if compress:
        profile["compress"] = compress
    return profile
