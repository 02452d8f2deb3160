"""Multispectral and multi-temporal imagery as SAM input: band presets, stretch per date or shared,
and the temporal modes (``single``, ``composite``, ``ensemble``).

A *view* is one three-channel SAM input: bands of one date (``single``, and each date of an
``ensemble``) or the NDVI composite of several dates. Each channel is stretched to 0-255 by its
2-98 % percentiles, from a decimated read of its date's raster (``per_date``), or pooled over all
dates for the same band position (``shared``); uint8 bands pass through unchanged, as for one date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rasterio.windows import Window

from ..config import Config
from ..errors import AptInputError
from ..geo import Grid
from ..i18n import tr
from .bands import AUTO, NDVI, BandChoice, BandRoles, choose_bands, detect_roles, ndvi_bands, parse_preset
from .dates import DateSource, open_raster, warped_date
from .reader import PERCENTILES, ImageReader, Stretch, default_bands, has_rgb_interpretation

SINGLE, COMPOSITE, ENSEMBLE = "single", "composite", "ensemble"
TEMPORAL_MODES = (SINGLE, COMPOSITE, ENSEMBLE)
PER_DATE, SHARED = "per_date", "shared"
STRETCHES = (PER_DATE, SHARED)
BAND, CHANGE = "band", "ndvi_change"
_PERCENTILE_CACHE: dict[tuple, tuple[float, float]] = {}


@dataclass(frozen=True)
class Channel:
    """One SAM channel: a band (``bands = (position,)``), the NDVI of a date (``(red, nir)``), or
    the NDVI change between two dates (later minus earlier)."""

    kind: str
    dates: tuple[int, ...]
    bands: tuple[int, ...]


@dataclass(frozen=True)
class View:
    """A three-channel SAM input and its stretch."""

    channels: tuple[Channel, ...]
    stretch: Stretch

    @property
    def dates(self) -> tuple[int, ...]:
        return tuple(sorted({d for c in self.channels for d in c.dates}))


def ndvi(red: np.ndarray, nir: np.ndarray) -> np.ndarray:
    """(NIR - red) / (NIR + red) in float32; 0 where both are 0."""
    red, nir = red.astype(np.float32), nir.astype(np.float32)
    total = nir + red
    return np.divide(nir - red, total, out=np.zeros_like(total), where=total != 0)


def needs_series(config: Config) -> bool:
    """Whether the run asks for more than one date's bands as today (presets, dates, temporal modes)."""
    return (parse_preset(config.bands_preset) != AUTO or bool(config.dates) or bool(config.more_images)
            or config.temporal != SINGLE or bool(config.date_masks))


def open_imagery(config: Config):
    """The reader for the run's imagery: :class:`ImageReader` for one date's bands as before, else
    an :class:`ImageSeries`."""
    if not needs_series(config):
        return ImageReader(config.image, config.bands)
    return ImageSeries(config)


def describe_bands(config: Config) -> str:
    """Which bands SAM will see and why, read from the raster's metadata alone (for the dock)."""
    with ImageSeries(config, preview=True) as series:
        if config.temporal == COMPOSITE:
            return series.band_choice().note
        return " ".join(n for n in [series.band_choice().note, *series.notes] if n)


class ImageSeries:
    """The dates of a run on the image grid and the views SAM sees; same reading interface as
    :class:`ImageReader` (``grid``, ``notes``, ``valid``, ``read``) plus :meth:`views`."""

    def __init__(self, config: Config, preview: bool = False):
        for value, names, what in ((config.temporal, TEMPORAL_MODES, tr("temporal mode")),
                                   (config.stretch, STRETCHES, tr("stretch"))):
            if value not in names:
                raise AptInputError(tr("Unknown {what} {value!r}; choose one of {choices}.").format(
                    what=what, value=value, choices=", ".join(names)))
        self.path, self.mode, self.notes = config.image, config.temporal, []
        self._ds = open_raster(config.image, tr("The image {path!r}").format(path=config.image))
        self.grid = Grid.of(self._ds)
        self.dates: list[DateSource] = []
        try:
            self._open_dates(config)
            self._choices = self._choose(config)
            self._views = [] if preview else self._make_views(config)  # preview: no pixels read
        except BaseException:
            self.close()
            raise

    # ---- the dates ---------------------------------------------------------------------------
    def _open_dates(self, config: Config) -> None:
        groups, more, masks = config.dates, tuple(config.more_images), config.date_masks
        if groups and more:
            raise AptInputError(
                tr("Give the dates either as band groups of one image or as more images, not both."))
        count = 1 + len(more) if more else len(groups or [()])
        if masks is not None and len(masks) != count:
            raise AptInputError(tr("Give one mask band per date ({dates} dates); got {count}.").format(
                dates=count, count=len(masks)))

        def mask(i: int) -> int | None:
            return masks[i] if masks else None

        if groups:
            sizes = sorted({len(g) for g in groups})
            if len(sizes) > 1:
                raise AptInputError(
                    tr("Every date must have as many bands as the others; the groups have {sizes} bands. "
                       "Give the same bands of every date, like '1,2,3,4;5,6,7,8'.").format(
                        sizes=", ".join(map(str, (len(g) for g in groups))))
                )
            for i, group in enumerate(groups):
                label = tr("Date {index} (bands {bands})").format(index=i + 1, bands=",".join(map(str, group)))
                self.dates.append(DateSource(self._ds, group, label, mask_band=mask(i)))
        else:
            every = tuple(b for b in range(1, self._ds.count + 1) if b != mask(0))  # the mask is no image band
            self.dates.append(DateSource(self._ds, every, tr("Date 1"), mask_band=mask(0)))
        for i, path in enumerate(more):
            label = tr("Date {index}").format(index=i + 2)
            self.dates.append(warped_date(path, self.grid, None, label, mask(i + 1)))
        if config.temporal != SINGLE and len(self.dates) < 2:
            raise AptInputError(
                tr("The temporal mode {mode!r} needs at least two dates: give band groups (e.g. '1,2,3,4;5,6,7,8') "
                   "or more images.").format(mode=config.temporal))

    def _roles(self, date: DateSource) -> BandRoles | None:
        ds = date.source
        return detect_roles([ds.descriptions[b - 1] for b in date.bands],
                            [ds.colorinterp[b - 1] for b in date.bands])

    def _choose(self, config: Config) -> list[BandChoice]:
        """Each date's channels (positions in its group) and, where NDVI is used, its red and NIR."""
        choices, preset = [], parse_preset(config.bands_preset)
        first_roles = self._roles(self.dates[0])
        for i, date in enumerate(self.dates):
            # band groups of one stack share the first group's metadata; another raster has its own
            roles = (self._roles(date) if i and config.more_images else None) or first_roles
            what = date.label if len(self.dates) > 1 else tr("the image")
            if self.mode == COMPOSITE:
                choice = BandChoice(())
            elif config.bands:
                choice = self._explicit(config.bands, date, preset)
            elif preset == AUTO:
                choice = self._auto(date)
            else:
                choice = choose_bands(preset, roles, date.size, what)
            if self.mode == COMPOSITE or (choice.ndvi is not None and config.ndvi_bands):
                pair, note = ndvi_bands(config.ndvi_bands, roles, date.size)
                choice = BandChoice(choice.channels, pair, " ".join(n for n in (choice.note, note) if n))
            used = [c for c in (*choice.channels, *(choice.ndvi or ())) if isinstance(c, int)]
            if max(used, default=1) > date.size:  # positions read from the first date's metadata
                raise AptInputError(tr("{date} has bands 1 to {count}; band {band} does not exist.").format(
                    date=date.label, count=date.size, band=max(used)))
            choices.append(choice)
            if i and choice.channels != choices[0].channels or i and choice.ndvi != choices[0].ndvi:
                self.notes.append(tr("{date}: {note}").format(date=date.label, note=choice.note))
        if self.mode == ENSEMBLE:
            self.notes.append(tr("Temporal ensemble: SAM runs on each of the {count} dates with the same "
                                 "prompts; the probabilities are averaged over the dates with data.").format(
                count=len(self.dates)))
        if self.mode == COMPOSITE and (config.bands or preset != AUTO):
            self.notes.append(tr("The temporal composite is made of NDVI: the bands and the band preset are not "
                                 "used."))
        return choices

    def _explicit(self, bands: tuple[int, ...], date: DateSource, preset: str) -> BandChoice:
        bands = bands * 3 if len(bands) == 1 else bands
        if len(bands) != 3:
            raise AptInputError(
                tr("Give one band or three bands for SAM's red, green, blue input; got {count}.").format(
                    count=len(bands)))
        bad = [b for b in bands if not 1 <= b <= date.size]
        if bad:
            raise AptInputError(tr("{date} has bands 1 to {count}; band {band} does not exist.").format(
                date=date.label, count=date.size, band=bad[0]))
        note = tr("Bands for SAM: {bands}, as set.").format(bands=", ".join(map(str, bands)))
        if preset != AUTO:
            note += " " + tr("The bands given win over the preset {preset!r}.").format(preset=preset)
        return BandChoice(tuple(bands), None, note)

    def _auto(self, date: DateSource) -> BandChoice:
        colorinterp = tuple(date.source.colorinterp[b - 1] for b in date.bands)
        chosen = default_bands(colorinterp)
        if has_rgb_interpretation(colorinterp):
            why = tr("the colour interpretation")
        else:
            why = tr("the first three bands: none is marked red/green/blue; set the bands or a preset to choose")
        return BandChoice(chosen, None, tr("Bands for SAM: {bands} ({why}).").format(
            bands=", ".join(map(str, chosen)), why=why))

    # ---- the views ---------------------------------------------------------------------------
    def _date_channels(self, d: int) -> tuple[Channel, ...]:
        choice = self._choices[d]
        return tuple(Channel(NDVI, (d,), choice.ndvi) if c == NDVI else Channel(BAND, (d,), (c,))
                     for c in choice.channels)

    def _make_views(self, config: Config) -> list[View]:
        n = len(self.dates)
        if self.mode == COMPOSITE:
            if n == 2:
                channels = (Channel(NDVI, (0,), self._choices[0].ndvi), Channel(NDVI, (1,), self._choices[1].ndvi),
                            Channel(CHANGE, (0, 1), self._choices[0].ndvi))
                self.notes.append(tr("Temporal composite: NDVI of date 1, of date 2 and their change (2 - 1) as red, "
                                     "green, blue."))
            else:
                picks = (0, (n - 1) // 2, n - 1)
                channels = tuple(Channel(NDVI, (d,), self._choices[d].ndvi) for d in picks)
                self.notes.append(tr("Temporal composite: NDVI of dates {dates} as red, green, blue.").format(
                    dates=", ".join(str(d + 1) for d in picks)))
            self.notes.append(self._choices[0].note)
            groups = [channels]
        else:
            groups = [self._date_channels(d) for d in (range(n) if self.mode == ENSEMBLE else [0])]
            self.notes.insert(0, self._choices[0].note)
        views = [View(channels, self._stretch(channels, config.stretch)) for channels in groups]
        if any(v.stretch.lows is not None for v in views):
            how = (tr("pooled over all dates for each band position") if config.stretch == SHARED
                   else tr("of each date"))
            self.notes.append(tr("Image values stretched to 0-255 by the 2-98 % percentiles of each channel, "
                                 "{how}.").format(how=how))
        return views

    def _dtype(self, date: int, position: int) -> np.dtype:
        source = self.dates[date]
        return np.dtype(source.source.dtypes[source.bands[position - 1] - 1])

    def _stretch(self, channels: Sequence[Channel], mode: str) -> Stretch:
        if all(c.kind == BAND and self._dtype(c.dates[0], c.bands[0]) == np.uint8 for c in channels):
            return Stretch()
        bounds = [self._bounds(c, k, mode) for k, c in enumerate(channels)]
        return Stretch(tuple(b[0] for b in bounds), tuple(b[1] for b in bounds))

    def _siblings(self, channel: Channel, index: int) -> list[Channel]:
        """The same channel in every date (``shared``): the same place in each date's bands, or NDVI."""
        if channel.kind == NDVI and self.mode == COMPOSITE:
            return [Channel(NDVI, (d,), self._choices[d].ndvi) for d in range(len(self.dates))]
        return [self._date_channels(d)[index] for d in range(len(self.dates))]

    def _bounds(self, channel: Channel, index: int, mode: str) -> tuple[float, float]:
        """A channel's 2-98 % percentiles: of its date, or (``shared``) pooled over every date."""
        members = self._siblings(channel, index) if mode == SHARED and channel.kind != CHANGE else [channel]
        key = tuple((c.kind, tuple(self.dates[d].stamp for d in c.dates), c.bands) for c in members)
        if key not in _PERCENTILE_CACHE:
            values = np.concatenate([self._sample_values(c) for c in members])
            if values.size == 0:
                raise AptInputError(tr("{date} has no valid pixels (everything is nodata).").format(
                    date=self.dates[channel.dates[0]].label))
            lo, hi = np.percentile(values, PERCENTILES)
            _PERCENTILE_CACHE[key] = (float(lo), float(hi) if hi > lo else float(lo) + 1.0)
        return _PERCENTILE_CACHE[key]

    def _sample_values(self, channel: Channel) -> np.ndarray:
        if channel.kind == BAND:
            band = self.dates[channel.dates[0]].sample(channel.bands)[0]
            values = band.compressed().astype(np.float64)
        else:
            values = self._ndvi_sample(channel).compressed().astype(np.float64)
        return values[np.isfinite(values)]

    def _ndvi_sample(self, channel: Channel) -> np.ma.MaskedArray:
        on_grid = channel.kind == CHANGE  # two dates' pixels line up on the image grid

        def one(d: int) -> np.ma.MaskedArray:
            red, nir = self.dates[d].sample(self._choices[d].ndvi if on_grid else channel.bands, on_grid)
            return np.ma.masked_array(ndvi(red.data, nir.data), np.ma.getmaskarray(red) | np.ma.getmaskarray(nir))

        if channel.kind == NDVI:
            return one(channel.dates[0])
        first, second = (one(d) for d in channel.dates)
        return second - first

    # ---- reading -----------------------------------------------------------------------------
    def _read_view(self, view: View, window: Window) -> tuple[np.ndarray, np.ndarray]:
        data, valid = {}, None
        for d in view.dates:
            positions = sorted({b for c in view.channels if d in c.dates for b in
                                (c.bands if c.kind != CHANGE else self._choices[d].ndvi)})
            raw, date_valid = self.dates[d].read(window, positions)
            data[d] = dict(zip(positions, raw))
            valid = date_valid if valid is None else valid & date_valid
        planes = []
        for c in view.channels:
            if c.kind == BAND:
                planes.append(data[c.dates[0]][c.bands[0]])
            elif c.kind == NDVI:
                planes.append(ndvi(data[c.dates[0]][c.bands[0]], data[c.dates[0]][c.bands[1]]))
            else:
                (a, b) = c.dates
                planes.append(ndvi(*(data[b][p] for p in self._choices[b].ndvi))
                              - ndvi(*(data[a][p] for p in self._choices[a].ndvi)))
        rgb = view.stretch.apply(np.stack(planes))
        rgb[:, ~valid] = 0
        return np.ascontiguousarray(np.moveaxis(rgb, 0, -1)), valid

    def views(self, window: Window) -> list[tuple[tuple, np.ndarray, np.ndarray]]:
        """``(identity, rgb uint8[H, W, 3], valid bool[H, W])`` of every view SAM runs on for the window."""
        return [(self.identity(i), *self._read_view(view, window)) for i, view in enumerate(self._views)]

    def read(self, window: Window) -> tuple[np.ndarray, np.ndarray]:
        """The first view (the single date, the composite, the ensemble's first date)."""
        return self._read_view(self._views[0], window)

    def valid(self, window: Window, data=None) -> np.ndarray:
        """Where SAM's result will have data: the view's dates all with data (single, composite), or
        any date with data (ensemble)."""
        valid = None
        for view in self._views:
            for d in view.dates:
                positions = sorted({b for c in view.channels if d in c.dates for b in
                                    (c.bands if c.kind != CHANGE else self._choices[d].ndvi)})
                one = self.dates[d].read(window, positions)[1]
                valid = one if valid is None else (valid | one if self.mode == ENSEMBLE else valid & one)
        return valid

    def identity(self, index: int = 0) -> tuple:
        """What makes a view's pixels unique: its dates' files and bands, channels and stretch."""
        view = self._views[index]
        return (tuple(self.dates[d].stamp for d in view.dates), view.channels, view.stretch)

    @property
    def view_count(self) -> int:
        return len(self._views)

    def band_choice(self, date: int = 0) -> BandChoice:
        """The channels chosen for a date (positions in its group) and its NDVI bands."""
        return self._choices[date]

    def view_stretch(self, index: int = 0) -> Stretch:
        return self._views[index].stretch

    def close(self) -> None:
        for date in self.dates:
            date.close()
        self._ds.close()

    def __enter__(self) -> ImageSeries:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def date_votes(probabilities: Sequence[Sequence[np.ndarray]], valids: Sequence[np.ndarray]
               ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A temporal ensemble's votes combined per pixel: ``probabilities[d]`` are date d's (one per
    prompt draw), counted only where ``valids[d]``. Returns the mean and variance over the votes with
    data (float32) and where any date has data; elsewhere mean and variance are 0."""
    total = np.zeros(valids[0].shape, np.float64)
    squares = np.zeros_like(total)
    count = np.zeros_like(total)
    for draws, valid in zip(probabilities, valids):
        for p in draws:
            p = np.where(valid, p.astype(np.float64), 0.0)
            total += p
            squares += p * p
            count += valid
    covered = count > 0
    mean = np.divide(total, count, out=np.zeros_like(total), where=covered)
    variance = np.divide(squares, count, out=np.zeros_like(total), where=covered) - mean * mean
    return mean.astype(np.float32), np.clip(variance, 0.0, None).astype(np.float32), covered
