"""The imagery parameters: band presets, several dates and how SAM sees them (issue 16)."""

from __future__ import annotations

from ..core.config import Config
from ..core.imagery.dates import parse_dates, parse_masks
from ..core.imagery.reader import parse_bands
from ..toolbelt.i18n import tr
from ..toolbelt.layers import raster_file
from .option_parameters import add_parameters
from .parameters import enum_name

BANDS_PRESET, STRETCH = "BANDS_PRESET", "STRETCH"
DATES, MORE_IMAGES, TEMPORAL, NDVI_BANDS, DATE_MASKS = "DATES", "MORE_IMAGES", "TEMPORAL", "NDVI_BANDS", "DATE_MASKS"


def add_imagery_parameters(alg, sam_input: bool = True) -> None:
    """Dates, their masks and the temporal mode (both algorithms: they decide where the image has
    data, so where prompts go); with ``sam_input`` also the band preset and the stretch."""
    names = [DATES, MORE_IMAGES, TEMPORAL, NDVI_BANDS, DATE_MASKS]
    add_parameters(alg, [BANDS_PRESET, *names, STRETCH] if sam_input else names)


def read_imagery_parameters(alg, parameters, context, config: Config) -> None:
    """Fill ``config``'s imagery fields from the parameters ``alg`` has."""
    names = {d.name() for d in alg.parameterDefinitions()}
    config.dates = parse_dates(alg.parameterAsString(parameters, DATES, context))
    layers = alg.parameterAsLayerList(parameters, MORE_IMAGES, context)
    config.more_images = tuple(raster_file(layer, tr("image")) for layer in layers)
    config.temporal = enum_name(alg, parameters, TEMPORAL, context)
    config.ndvi_bands = parse_bands(alg.parameterAsString(parameters, NDVI_BANDS, context))
    config.date_masks = parse_masks(alg.parameterAsString(parameters, DATE_MASKS, context))
    if BANDS_PRESET in names:
        config.bands_preset = enum_name(alg, parameters, BANDS_PRESET, context)
        config.stretch = enum_name(alg, parameters, STRETCH, context)
