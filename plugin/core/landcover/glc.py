"""Pre-label: a global land cover (GLC) window warped onto the image grid, as cropland / not."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import rasterio
from osgeo import gdal
from rasterio.crs import CRS
from rasterio.errors import RasterioError, RasterioIOError

from ..errors import AptInputError
from ..gdal_calls import gdal_call
from ..geo import Grid, bounds_intersect, footprint_in, pixel_size_m, read_valid, require_crs, warp_onto
from ..i18n import tr
from .glc_online import curl_env, online_product, online_vrts


def in_classes(data: np.ndarray, classes: tuple[int, ...]) -> np.ndarray:
    """``np.isin(data, classes)``, one comparison per class for the few classes of a cropland
    definition (``isin`` sorts the whole array)."""
    if not classes or len(classes) > 8:
        return np.isin(data, classes)
    found = data == classes[0]
    for c in classes[1:]:
        found |= data == c
    return found


@dataclass
class Prelabel:
    """GLC classes on an image window: ``cropland`` and ``valid`` (False where GLC has no data)."""

    classes: np.ndarray
    cropland: np.ndarray
    valid: np.ndarray

    def classes_seen(self, where: np.ndarray | None = None, limit: int = 256) -> frozenset[int]:
        """The class values present on valid pixels (and ``where``, if given)."""
        keep = self.valid if where is None else self.valid & where
        values = self.classes[keep]
        if values.dtype.kind in "ub" and values.itemsize <= 2:  # small unsigned codes: count, don't sort
            present = np.flatnonzero(np.bincount(values.ravel(), minlength=1))
        else:
            present = np.unique(values)
        return frozenset(int(v) for v in present[:limit])


class GlcReader:
    """Reads windows of a land cover raster warped (nearest neighbour) onto any target grid.

    Only the source pixels under the requested window are read (GDAL's warper works out the
    source window), so a 36000 x 36000 tile costs no more than the window asked for.
    """

    def __init__(self, path: str, cropland_classes: tuple[int, ...], image_grid: Grid):
        self._env, self._vsimem, self._parts = None, [], []
        product = online_product(path)
        if product is not None:  # the cloud files under the image, mosaicked on the fly (one VRT per CRS)
            self._vsimem = online_vrts(product, footprint_in(image_grid, CRS.from_epsg(4326)))
            self._env = curl_env()
            self._env.__enter__()
        try:
            self._parts = [rasterio.open(p) for p in self._vsimem or [path]]
        except RasterioIOError as exc:
            self.close()
            raise AptInputError(
                tr("Cannot open the land cover raster {path!r}: {error}").format(path=path, error=exc)
            ) from None
        self.path = path
        self.classes = tuple(int(c) for c in cropland_classes)
        what = tr("The land cover raster {path!r}").format(path=path)
        try:
            overlapping = [
                ds for ds in self._parts if bounds_intersect(footprint_in(image_grid, require_crs(ds.crs, what)),
                                                             ds.bounds)
            ]
        except AptInputError:
            self.close()
            raise
        if not overlapping:
            self.close()
            raise AptInputError(
                tr(
                    "The land cover raster does not overlap the image: no land cover is available "
                    "where the image is. Choose a land cover tile that covers the image's area."
                )
            )
        for ds in self._parts:
            if ds not in overlapping:
                ds.close()
        self._parts = overlapping
        self._ds = overlapping[0]
        self.crs, self.nodata = self._ds.crs, self._ds.nodata
        image_box = footprint_in(image_grid, self.crs)
        self.pixel_size_m = pixel_size_m(Grid.of(self._ds), self._nearest_inside(image_box))

    def _nearest_inside(self, box: tuple[float, float, float, float]) -> tuple[float, float]:
        """A point of the GLC near the image, to measure the GLC pixel where it matters."""
        b = self._ds.bounds
        x = min(max((box[0] + box[2]) / 2, b.left), b.right)
        y = min(max((box[1] + box[3]) / 2, b.bottom), b.top)
        return x, y

    def read(self, grid: Grid) -> Prelabel:
        """The pre-label on ``grid`` (one tile of the image); where several files (in several CRSs)
        make up the product, each pixel comes from the first that has data there."""
        data, valid = self._read_part(self._parts[0], grid)
        for part in self._parts[1:]:
            more, more_valid = self._read_part(part, grid)
            fill = more_valid & ~valid
            data[fill], valid = more[fill], valid | more_valid
        cropland = in_classes(data, self.classes) & valid
        return Prelabel(classes=data, cropland=cropland, valid=valid)

    def _read_part(self, ds, grid: Grid) -> tuple[np.ndarray, np.ndarray]:
        try:
            with warp_onto(ds, grid) as vrt:
                data, valid = read_valid(vrt, ds.nodata)
        except (RasterioError, RasterioIOError) as exc:  # the second is no subclass of the first
            raise AptInputError(
                tr("Could not read the land cover ({path}): {error}. If it is read online, check the "
                   "internet connection and try again.").format(path=self.path, error=exc)
            ) from None
        return data, valid

    def save_clip(self, image_grid: Grid, out_path: str) -> str:
        """Write the land cover under the image (in its own CRS and grid) as a local GeoTIFF."""
        west, south, east, north = footprint_in(image_grid, self.crs)
        done, error = gdal_call(gdal.Translate, out_path, self._ds.name, projWin=[west, north, east, south],
                                creationOptions=["COMPRESS=DEFLATE", "TILED=YES"])
        if error is not None:
            raise AptInputError(
                tr("Could not save the land cover to {path}: {error}").format(path=out_path, error=error)
            )
        done = None  # noqa: F841 (closes the file)
        return out_path

    def close(self) -> None:
        for ds in self._parts:
            ds.close()
        self._release()

    def _release(self) -> None:
        if self._env is not None:
            self._env.__exit__(None, None, None)
            self._env = None
        for path in self._vsimem:
            gdal_call(gdal.Unlink, path)  # a cleanup: nothing to tell if it fails
        self._vsimem = []

    def __enter__(self) -> GlcReader:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
