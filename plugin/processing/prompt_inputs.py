"""The inputs of prompt generation both cropland algorithms take: parameters from the run options'
table, and the core Config made from them."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
    QgsRasterLayer,
)

from ..core.config import Config
from ..core.landcover.agreement import LandCover, parse_class_lists
from ..core.landcover.glc_online import GLC_SOURCE_NAMES, LAYER_SOURCE, ONLINE_SOURCES, land_cover_classes
from ..core.prompts.points import PromptPoints
from ..toolbelt.i18n import tr
from ..toolbelt.layers import raster_file, read_points
from .option_parameters import add_parameters, land_cover_sources
from .parameters import NamedEnumParameter, enum_name

IMAGE, GLC, GLC_SOURCE, CLASSES, EXTENT = "IMAGE", "GLC", "GLC_SOURCE", "CROPLAND_CLASSES", "EXTENT"


MORE_GLC, MORE_GLC_CLASSES, AGREEMENT = "MORE_GLC", "MORE_GLC_CLASSES", "AGREEMENT"


POINTS, ROUNDS, MARGIN, SEED = "POINTS_PER_CLASS", "ROUNDS", "EDGE_MARGIN", "SEED"


TILE_SIZE, OVERLAP = "TILE_SIZE", "OVERLAP"


def add_prompt_parameters(alg) -> None:
    """The inputs of prompt generation (both algorithms take them), from the run options' table."""
    add_parameters(alg, [IMAGE, GLC])
    alg.addParameter(
        NamedEnumParameter(
            GLC_SOURCE, tr("Land cover source: layer (the layer above) or a product read online (no download)"),
            GLC_SOURCE_NAMES, LAYER_SOURCE,
        )
    )
    add_parameters(alg, [CLASSES, MORE_GLC, MORE_GLC_CLASSES, AGREEMENT, EXTENT, POINTS, ROUNDS, MARGIN, SEED,
                         TILE_SIZE, OVERLAP])


def file_raster(alg, parameters, name: str, context, what: str) -> QgsRasterLayer | None:
    """A raster parameter that must be a file GDAL can open (returns None when optional and empty)."""
    layer = alg.parameterAsRasterLayer(parameters, name, context)
    if layer is None:
        return None
    raster_file(layer, what)
    return layer


def prompt_config(alg, parameters, context) -> tuple[Config, QgsRasterLayer]:
    """A core Config from the prompt parameters."""
    image = file_raster(alg, parameters, IMAGE, context, tr("image"))
    if image is None:
        raise QgsProcessingException(tr("Choose an image raster layer."))
    glc = file_raster(alg, parameters, GLC, context, tr("land cover"))
    source = enum_name(alg, parameters, GLC_SOURCE, context)
    extent = None
    if parameters.get(EXTENT):
        rect = alg.parameterAsExtent(parameters, EXTENT, context, image.crs())
        if not rect.isNull() and not rect.isEmpty():
            extent = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
    margin = parameters.get(MARGIN)
    classes_text = alg.parameterAsString(parameters, CLASSES, context)
    classes = land_cover_classes(source if source in ONLINE_SOURCES else None, classes_text,
                                 str(alg.parameterDefinition(CLASSES).defaultValue()))
    more = land_cover_sources(alg, parameters, MORE_GLC, context)
    more_classes = parse_class_lists(alg.parameterAsString(parameters, MORE_GLC_CLASSES, context), len(more))
    config = Config(
        image=image.source(),
        glc=ONLINE_SOURCES[source] if source in ONLINE_SOURCES else (glc.source() if glc else None),
        cropland_classes=classes,
        more_glc=tuple(LandCover(path, values) for path, values in zip(more, more_classes)),
        agreement=enum_name(alg, parameters, AGREEMENT, context),
        extent=extent,
        points_per_class=alg.parameterAsInt(parameters, POINTS, context),
        rounds=alg.parameterAsInt(parameters, ROUNDS, context),
        edge_margin_m=None if margin in (None, "") else alg.parameterAsDouble(parameters, MARGIN, context),
        seed=alg.parameterAsInt(parameters, SEED, context),
        tile_size=alg.parameterAsInt(parameters, TILE_SIZE, context),
        overlap=alg.parameterAsInt(parameters, OVERLAP, context),
    )
    return config, image


def read_prompt_source(source, image_crs, context) -> PromptPoints:
    """Prompt points from the PROMPTS source, in the image CRS."""
    return read_points(source, image_crs, context.transformContext())
