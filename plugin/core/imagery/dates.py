"""The dates of a multi-temporal image on the image grid: band groups of one stack (``DATES``), or
further rasters (``MORE_IMAGES``) in any CRS and resolution, warped onto the image grid window by
window (bilinear for reflectance, nearest for a mask band)."""

from __future__ import annotations

import os
import warnings

import numpy as np
import rasterio
from rasterio.enums import MaskFlags, Resampling
from rasterio.errors import NodataShadowWarning, RasterioError, RasterioIOError
from rasterio.windows import Window

from ..errors import AptInputError
from ..geo import Grid, bounds_intersect, footprint_in, require_crs, warp_onto
from ..i18n import tr

SAMPLE_LONG_SIDE = 1024  # as imagery.py: the stretch's decimated read


def parse_dates(text: str | None) -> tuple[tuple[int, ...], ...] | None:
    """``"1,2,3,4;5,6,7,8"`` -> one band group per date; empty means one date, all bands."""
    if text is None or not str(text).strip():
        return None
    groups = []
    for part in str(text).split(";"):
        try:
            group = tuple(int(b) for b in part.split(",") if b.strip())
        except ValueError:
            raise AptInputError(
                tr("Dates must be band groups separated by ';', each a list of band numbers, like "
                   "'1,2,3,4;5,6,7,8'; got {text!r}.").format(text=text)
            ) from None
        if not group:
            raise AptInputError(tr("A date in {text!r} has no bands.").format(text=text))
        groups.append(group)
    return tuple(groups)


def parse_masks(text: str | None) -> tuple[int, ...] | None:
    """``"9;10"``: a mask band per date (non-zero = cloud or no data; 0 = no mask for that date)."""
    if text is None or not str(text).strip():
        return None
    try:
        return tuple(int(b) for b in str(text).replace(",", ";").split(";") if b.strip())
    except ValueError:
        raise AptInputError(
            tr("Date masks must be one band number per date separated by ';' (0: none), like '9;10'; "
               "got {text!r}.").format(text=text)
        ) from None


def file_stamp(path: str) -> tuple:
    """A file, and its modification: what makes its pixels unique."""
    try:
        stat = os.stat(path)
        return (os.path.abspath(path), stat.st_mtime_ns, stat.st_size)
    except OSError:
        return (path, None, None)


def open_raster(path: str, what: str):
    try:
        ds = rasterio.open(path)
    except RasterioIOError as exc:
        raise AptInputError(tr("Cannot open the image {path!r}: {error}").format(path=path, error=exc)) from None
    require_crs(ds.crs, what)
    return ds


class DateSource:
    """One date on the image grid: ``bands`` (a group's band numbers, in order) of ``ds``, the image
    itself or a warped view of another raster; ``mask_band`` (optional): non-zero = no data there."""

    def __init__(self, ds, bands: tuple[int, ...], label: str, source=None, mask_band: int | None = None,
                 mask_ds=None):
        self.ds = ds
        self.source = source if source is not None else ds  # read, decimated, for the stretch
        self.bands = bands
        self.label = label
        self.mask_band = mask_band or None
        self._mask_ds = mask_ds if mask_ds is not None else ds
        self.stamp = (file_stamp(self.source.name), bands, self.mask_band)
        count = self.source.count
        bad = [b for b in (*bands, *([self.mask_band] if self.mask_band else [])) if not 1 <= b <= count]
        if bad:
            raise AptInputError(
                tr("{date}: the raster has bands 1 to {count}; band {band} does not exist.").format(
                    date=label, count=count, band=bad[0])
            )

    @property
    def size(self) -> int:
        return len(self.bands)

    def absolute(self, positions) -> list[int]:
        """Band numbers in the raster of positions in the group (1-based)."""
        return [self.bands[p - 1] for p in positions]

    def read(self, window: Window, positions) -> tuple[np.ndarray, np.ndarray]:
        """``(data[len(positions), H, W]`` in the raster's type, ``valid[H, W])``: valid where the bands
        are not all nodata, no float band is NaN and the mask band (if any) is 0."""
        bands = self.absolute(positions)
        try:
            data = self.ds.read(bands, window=window)
            valid = self._valid(window, bands, data)
        except (RasterioError, RasterioIOError) as exc:  # the second is no subclass of the first
            raise AptInputError(
                tr("Could not read the image ({path}) at pixels {window}: {error}").format(
                    path=self.source.name, window=window, error=exc)
            ) from None
        return data, valid

    def _valid(self, window: Window, bands: list[int], data: np.ndarray) -> np.ndarray:
        if all(self.ds.mask_flag_enums[b - 1] == [MaskFlags.all_valid] for b in bands):
            valid = np.ones(data.shape[1:], dtype=bool)
        else:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", NodataShadowWarning)
                valid = (self.ds.read_masks(bands, window=window) > 0).any(axis=0)
        if data.dtype.kind == "f":
            valid &= np.isfinite(data).all(axis=0)
        if self.mask_band:
            valid &= self._mask_ds.read(self.mask_band, window=window) == 0
        return valid

    def sample(self, positions, on_grid: bool = False) -> np.ma.MaskedArray:
        """The group's bands at ``positions``, decimated to about 1024 px on the long side (as the
        single-date stretch), masked where they have no data or the mask band says so. From the
        date's own raster, or (``on_grid``) from it on the image grid, where all dates line up."""
        src, bands = (self.ds if on_grid else self.source), self.absolute(positions)
        scale = max(1.0, max(src.width, src.height) / SAMPLE_LONG_SIDE)
        shape = (max(1, round(src.height / scale)), max(1, round(src.width / scale)))
        sample = src.read(bands, out_shape=(len(bands), *shape), resampling=Resampling.nearest, masked=True)
        if self.mask_band:
            mask_src = self._mask_ds if on_grid else self.source
            cloud = mask_src.read(self.mask_band, out_shape=shape, resampling=Resampling.nearest) != 0
            sample = np.ma.masked_array(sample.data, np.ma.getmaskarray(sample) | cloud[None])
        return sample

    def close(self) -> None:
        for ds in {id(d): d for d in (self.ds, self._mask_ds, self.source)}.values():
            ds.close()


def warped_date(path: str, grid: Grid, bands: tuple[int, ...] | None, label: str,
                mask_band: int | None = None) -> DateSource:
    """Another raster as a date on ``grid``: checked to overlap it, warped window by window."""
    src = open_raster(path, tr("The image {path!r}").format(path=path))
    try:
        if not bounds_intersect(footprint_in(grid, src.crs), src.bounds):
            raise AptInputError(
                tr("{date} ({path}) does not overlap the image: the dates must cover the same place.").format(
                    date=label, path=path)
            )
        masked = src.nodata is not None or any(f != [MaskFlags.all_valid] for f in src.mask_flag_enums)
        vrt = warp_onto(src, grid, Resampling.bilinear, alpha=not masked)
        mask_vrt = warp_onto(src, grid, alpha=False) if mask_band else None
    except BaseException:
        src.close()
        raise
    every = tuple(b for b in range(1, src.count + 1) if b != mask_band)  # the mask is no image band
    return DateSource(vrt, bands or every, label, source=src, mask_band=mask_band, mask_ds=mask_vrt)
