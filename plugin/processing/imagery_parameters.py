"""The imagery parameters: band presets, several dates and how SAM sees them (issue 16)."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
)

from ..core.config import Config
from ..core.imagery.bands import AUTO, PRESETS
from ..core.imagery.dates import parse_dates, parse_masks
from ..core.imagery.reader import parse_bands
from ..core.imagery.temporal import PER_DATE, SINGLE, STRETCHES, TEMPORAL_MODES
from ..i18n import tr
from ..layers import raster_file
from .parameters import NamedEnumParameter, enum_name

BANDS_PRESET, STRETCH = "BANDS_PRESET", "STRETCH"
DATES, MORE_IMAGES, TEMPORAL, NDVI_BANDS, DATE_MASKS = "DATES", "MORE_IMAGES", "TEMPORAL", "NDVI_BANDS", "DATE_MASKS"


def add_imagery_parameters(alg, sam_input: bool = True) -> None:
    """Dates, their masks and the temporal mode (both algorithms: they decide where the image has
    data, so where prompts go); with ``sam_input`` also the band preset and the stretch."""
    if sam_input:
        alg.addParameter(NamedEnumParameter(
            BANDS_PRESET, tr("Band preset: auto (red, green, blue or bands 1-3), natural, false_colour (NIR, red, "
                             "green), agriculture (SWIR 1, NIR, blue), ndvi (NDVI, NIR, red)"), PRESETS, AUTO))
    alg.addParameter(QgsProcessingParameterString(
        DATES, tr("Dates as band groups of the image, ';' between dates (e.g. 1,2,3,4;5,6,7,8)"), optional=True))
    alg.addParameter(QgsProcessingParameterMultipleLayers(
        MORE_IMAGES, tr("More dates: further rasters of the same place (any CRS and resolution)"),
        QgsProcessing.SourceType.TypeRaster, optional=True))
    alg.addParameter(NamedEnumParameter(
        TEMPORAL, tr("Several dates: single (the first date), composite (NDVI of the dates as one image), "
                     "ensemble (SAM on every date, averaged)"), TEMPORAL_MODES, SINGLE))
    advanced = [
        QgsProcessingParameterString(
            NDVI_BANDS, tr("NDVI bands: red and NIR positions in a date's bands (default: from the band names)"),
            optional=True),
        QgsProcessingParameterString(
            DATE_MASKS, tr("Mask band per date, ';' between dates (non-zero = cloud or no data; 0 = none)"),
            optional=True),
    ]
    if sam_input:
        advanced.append(NamedEnumParameter(
            STRETCH, tr("Stretch of several dates: per_date (each date's own percentiles) or shared (one per "
                        "band over all dates)"), STRETCHES, PER_DATE))
    for param in advanced:
        param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        alg.addParameter(param)


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
