"""GDAL and OGR calls that fail the same way whether GDAL raises exceptions or not.

QGIS 3.40's Processing turns GDAL's exceptions on for the whole process (``gdal.UseExceptions()``):
there a failing call raises ``RuntimeError``; elsewhere it returns ``None`` or an error code and
leaves its message in ``gdal.GetLastErrorMsg()``. These helpers give one answer in both modes.
"""

from __future__ import annotations

from typing import Any, Callable

from osgeo import gdal

from .i18n import tr


def _last_error() -> str:
    return gdal.GetLastErrorMsg() or tr("GDAL gave no detail")


def gdal_call(function: Callable, *args, **kwargs) -> tuple[Any, str | None]:
    """``(result, None)`` when ``function(*args, **kwargs)`` worked; ``(None, GDAL's message)`` when
    it raised ``RuntimeError`` (exceptions on) or returned ``None`` (exceptions off)."""
    gdal.ErrorReset()
    try:
        result = function(*args, **kwargs)
    except RuntimeError as exc:
        return None, str(exc) or _last_error()
    if result is None:
        return None, _last_error()
    return result, None


def gdal_status(function: Callable, *args, **kwargs) -> str | None:
    """For calls that return an error code (0 = done): None when it worked, else GDAL's message."""
    result, error = gdal_call(function, *args, **kwargs)
    if error is None and result != 0:
        return _last_error()
    return error
