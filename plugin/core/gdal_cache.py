"""GDAL's block cache capped while pipeline runs (and accuracy checks) are going."""

from __future__ import annotations

import threading
from contextlib import contextmanager

from osgeo import gdal

GDAL_CACHE_BYTES = 128 * 2**20


_cache_lock = threading.Lock()
_cache_users = 0
_cache_before = 0


@contextmanager
def bounded_gdal_cache():
    """GDAL's block cache capped while pipeline runs are going, so memory does not grow with the raster.

    GDAL's default is 5 % of RAM, filled as tiles are read and written. The cap is process-wide
    (it is GDAL's): runs that overlap share it, and the last one to finish puts the old value back.
    """
    global _cache_users, _cache_before
    with _cache_lock:
        if _cache_users == 0:
            _cache_before = gdal.GetCacheMax()
            gdal.SetCacheMax(min(_cache_before, GDAL_CACHE_BYTES))
        _cache_users += 1
    try:
        yield
    finally:
        with _cache_lock:
            _cache_users -= 1
            if _cache_users == 0:
                gdal.SetCacheMax(_cache_before)
