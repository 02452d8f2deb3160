"""Image windows as SAM input: three uint8 channels plus a valid-pixel mask."""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass

import numpy as np
import rasterio
from rasterio.enums import ColorInterp, MaskFlags, Resampling
from rasterio.errors import NodataShadowWarning, RasterioError, RasterioIOError
from rasterio.windows import Window

from ..errors import AptInputError
from ..geo import Grid, require_crs
from ..i18n import tr

SAMPLE_LONG_SIDE = 1024
PERCENTILES = (2.0, 98.0)
_STRETCH_CACHE: dict[tuple, Stretch] = {}


@dataclass(frozen=True)
class Stretch:
    """Per-band linear stretch to 0-255 (``None`` bounds = uint8 passed through unchanged)."""

    lows: tuple[float, ...] | None = None
    highs: tuple[float, ...] | None = None

    def apply(self, data: np.ndarray) -> np.ndarray:
        """Bands-first array -> uint8 of the same shape."""
        if self.lows is None or self.highs is None:
            return data.astype(np.uint8, copy=False)
        lows = np.asarray(self.lows, dtype=np.float32)[:, None, None]
        spans = np.asarray(self.highs, dtype=np.float32)[:, None, None] - lows
        scaled = (data.astype(np.float32) - lows) * (255.0 / spans)
        return np.clip(np.nan_to_num(scaled, nan=0.0), 0, 255).astype(np.uint8)


def parse_bands(text: str | None) -> tuple[int, ...] | None:
    """Parse "4,3,2" into band numbers; empty means "choose for me"."""
    if text is None or not str(text).strip():
        return None
    try:
        bands = tuple(int(b) for b in str(text).replace(";", ",").split(",") if b.strip())
    except ValueError:
        raise AptInputError(
            tr("Bands must be band numbers separated by commas, like '1,2,3'; got {text!r}.").format(text=text)
        ) from None
    return bands or None


RGB_INTERPRETATION = (ColorInterp.red, ColorInterp.green, ColorInterp.blue)


def has_rgb_interpretation(colorinterp: tuple[ColorInterp, ...]) -> bool:
    return all(ci in colorinterp for ci in RGB_INTERPRETATION)


def default_bands(colorinterp: tuple[ColorInterp, ...]) -> tuple[int, ...]:
    """Red, green, blue by colour interpretation; else bands 1, 2, 3 (or repeats for fewer)."""
    if has_rgb_interpretation(colorinterp):
        return tuple(colorinterp.index(ci) + 1 for ci in RGB_INTERPRETATION)
    count = len(colorinterp)
    return tuple(min(b, count) for b in (1, 2, 3))


class ImageReader:
    """An image raster opened once: chosen bands, stretch computed once, windows read on demand."""

    def __init__(self, path: str, bands: tuple[int, ...] | None = None):
        try:
            self._ds = rasterio.open(path)
        except RasterioIOError as exc:
            raise AptInputError(tr("Cannot open the image {path!r}: {error}").format(path=path, error=exc)) from None
        self.path = path
        self.notes: list[str] = []
        require_crs(self._ds.crs, tr("The image {path!r}").format(path=path))
        self.grid = Grid.of(self._ds)
        self.bands = self._choose_bands(bands)
        # no nodata value, mask band or alpha: every pixel is valid, so masks need not be read
        self._all_valid = all(self._ds.mask_flag_enums[b - 1] == [MaskFlags.all_valid] for b in self.bands)
        self._float = any(np.dtype(self._ds.dtypes[b - 1]).kind == "f" for b in self.bands)  # NaN = no data
        key = (self._file_stamp(), self.bands)
        if key not in _STRETCH_CACHE:
            _STRETCH_CACHE[key] = self._compute_stretch()
        self.stretch = _STRETCH_CACHE[key]
        if self.stretch.lows is not None:
            self.notes.append(
                tr("Image values ({dtype}) stretched to 0-255 by the 2-98 % percentiles of each band.").format(
                    dtype=self._ds.dtypes[0]
                )
            )

    def _choose_bands(self, bands: tuple[int, ...] | None) -> tuple[int, ...]:
        count = self._ds.count
        if bands is None:
            colorinterp = tuple(self._ds.colorinterp)
            chosen = default_bands(colorinterp)
            if count > 3 and not has_rgb_interpretation(colorinterp):
                self.notes.append(
                    tr(
                        "The image has {count} bands and none is marked red/green/blue; using bands "
                        "1, 2, 3. Set the bands option to choose others."
                    ).format(count=count)
                )
            return chosen
        if len(bands) == 1:
            bands = bands * 3
        if len(bands) != 3:
            raise AptInputError(
                tr("Give one band or three bands for SAM's red, green, blue input; got {count}.").format(
                    count=len(bands)
                )
            )
        bad = [b for b in bands if not 1 <= b <= count]
        if bad:
            raise AptInputError(
                tr("The image has bands 1 to {count}; band {band} does not exist.").format(count=count, band=bad[0])
            )
        return tuple(bands)

    def _compute_stretch(self) -> Stretch:
        dtypes = {self._ds.dtypes[b - 1] for b in self.bands}
        if dtypes == {"uint8"}:
            return Stretch()
        scale = max(1.0, max(self._ds.width, self._ds.height) / SAMPLE_LONG_SIDE)
        shape = (len(self.bands), max(1, round(self._ds.height / scale)), max(1, round(self._ds.width / scale)))
        sample = self._ds.read(self.bands, out_shape=shape, resampling=Resampling.nearest, masked=True)
        lows, highs = [], []
        for band in sample:
            values = band.compressed().astype(np.float64)
            values = values[np.isfinite(values)]
            if values.size == 0:
                raise AptInputError(tr("The image has no valid pixels (everything is nodata)."))
            lo, hi = np.percentile(values, PERCENTILES)
            lows.append(float(lo))
            highs.append(float(hi) if hi > lo else float(lo) + 1.0)
        return Stretch(tuple(lows), tuple(highs))

    def valid(self, window: Window, data: np.ndarray | None = None) -> np.ndarray:
        """Pixels of the window where the chosen bands have data (not all nodata) and, in a float
        image, no band is NaN or infinite. ``data``: the window's bands, when already read."""
        if self._all_valid:
            valid = np.ones((int(window.height), int(window.width)), dtype=bool)
        else:
            with warnings.catch_warnings():
                # a nodata value and an alpha band both: GDAL follows the nodata value (rasterio warns each read)
                warnings.simplefilter("ignore", NodataShadowWarning)
                valid = (self._ds.read_masks(self.bands, window=window) > 0).any(axis=0)
        if self._float:
            data = self._ds.read(self.bands, window=window) if data is None else data
            valid &= np.isfinite(data).all(axis=0)
        return valid

    def read(self, window: Window) -> tuple[np.ndarray, np.ndarray]:
        """``(rgb uint8[H, W, 3], valid bool[H, W])`` for a pixel window."""
        try:
            data = self._ds.read(self.bands, window=window)
            valid = self.valid(window, data)
        except (RasterioError, RasterioIOError) as exc:  # the second is no subclass of the first
            raise AptInputError(
                tr("Could not read the image ({path}) at pixels {window}: {error}").format(
                    path=self.path, window=window, error=exc
                )
            ) from None
        rgb = self.stretch.apply(data)
        rgb[:, ~valid] = 0
        return np.ascontiguousarray(np.moveaxis(rgb, 0, -1)), valid

    def _file_stamp(self) -> tuple:
        try:
            stat = os.stat(self.path)
            return (os.path.abspath(self.path), stat.st_mtime_ns, stat.st_size)
        except OSError:
            return (self.path, None, None)

    def identity(self) -> tuple:
        """What makes a window's pixels unique: file, its modification, bands and stretch."""
        return (self._file_stamp(), self.bands, self.stretch)

    def close(self) -> None:
        self._ds.close()

    def __enter__(self) -> ImageReader:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
