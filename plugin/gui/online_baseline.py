"""The land cover a run read online, as the baseline of the dock's "Check accuracy".

A run on a product read online (``online:...``) has no file to compare: its classes are read
again, through the reader the pipeline uses (:class:`GlcReader`: the same files, the same mosaic
of several CRSs), onto the comparison grid and kept as a GeoTIFF beside the report. When the
product cannot be reached (offline, a proxy), the baseline is left out with a note and the map's
comparison goes on.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import replace

import numpy as np
import rasterio

from ..core.accuracy.compare import EvaluateConfig, comparison_grid
from ..core.accuracy.grid import windows
from ..core.config import Feedback
from ..core.errors import AptCancelledError, AptInputError
from ..core.gdal_cache import bounded_gdal_cache
from ..core.landcover.glc import GlcReader
from ..core.landcover.glc_online import online_product
from ..toolbelt.i18n import tr


def local_baseline(config: EvaluateConfig, folder: str, feedback: Feedback) -> tuple[EvaluateConfig, str | None]:
    """``config`` with its online land cover (if any) replaced by a GeoTIFF of it on the comparison grid
    in ``folder``; when it cannot be read, ``config`` without a land cover and a note saying why."""
    product = online_product(config.glc or "")
    if product is None:
        return config, None
    path = os.path.join(folder, f"land_cover_{product.key}.tif")
    workdir = tempfile.mkdtemp(prefix="apt_baseline_", dir=folder)
    try:
        grid, _ = comparison_grid(config, workdir)
        with bounded_gdal_cache(), GlcReader(config.glc, tuple(config.glc_classes), grid) as reader:
            _write_classes(reader, grid, path, product.nodata, feedback)
    except BaseException as exc:
        if os.path.exists(path):  # nothing half-written is left
            os.remove(path)
        if not isinstance(exc, AptInputError):
            raise
        note = tr("{product} could not be read online, so the land cover was left out of the comparison (the "
                  "map's scores are complete): {error}").format(product=product.label, error=exc)
        return replace(config, glc=None), note
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return replace(config, glc=path), None


def _write_classes(reader: GlcReader, grid, path: str, nodata: int, feedback: Feedback) -> None:
    """The land cover classes on ``grid``, window by window (no data where the product has none)."""
    profile = dict(driver="GTiff", width=grid.width, height=grid.height, count=1, dtype="uint8", crs=grid.crs,
                   transform=grid.transform, nodata=nodata, tiled=True, blockxsize=256, blockysize=256,
                   compress="deflate")
    blocks = list(windows(grid))
    with rasterio.open(path, "w", **profile) as dst:
        for k, window in enumerate(blocks):
            if feedback.is_cancelled():
                raise AptCancelledError(tr("Cancelled: no output was written."))
            feedback.progress(100.0 * k / len(blocks), tr("Reading the land cover online"))
            prelabel = reader.read(grid.window(window))
            dst.write(np.where(prelabel.valid, prelabel.classes, nodata).astype(np.uint8), 1, window=window)
