"""What both algorithms share: parameters, layer checks, feedback, and writing points."""

from __future__ import annotations

import traceback

from qgis.core import (
    Qgis,
    QgsMessageLog,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterRasterDestination,
    QgsRasterLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QIcon

from ..core.config import Config, Feedback
from ..core.errors import AptCancelledError, AptInputError
from ..core.landcover.agreement import LandCover, parse_class_lists
from ..core.landcover.glc_online import GLC_SOURCE_NAMES, LAYER_SOURCE, ONLINE_SOURCES, land_cover_classes
from ..core.pipeline import save_land_cover
from ..core.prompts.points import PromptPoints
from ..toolbelt.i18n import tr
from ..toolbelt.layers import raster_file, read_points
from ..toolbelt.resources import icon_path
from .option_parameters import add_parameters, land_cover_sources
from .parameters import NamedEnumParameter, enum_help, enum_name

IMAGE, GLC, GLC_SOURCE, CLASSES, EXTENT = "IMAGE", "GLC", "GLC_SOURCE", "CROPLAND_CLASSES", "EXTENT"
OUTPUT_GLC, OUTPUT_AGREEMENT = "OUTPUT_GLC", "OUTPUT_AGREEMENT"
MORE_GLC, MORE_GLC_CLASSES, AGREEMENT = "MORE_GLC", "MORE_GLC_CLASSES", "AGREEMENT"
POINTS, ROUNDS, MARGIN, SEED = "POINTS_PER_CLASS", "ROUNDS", "EDGE_MARGIN", "SEED"
TILE_SIZE, OVERLAP = "TILE_SIZE", "OVERLAP"


LOG_TAG = "APT Cropland"


def unexpected_error(exc: Exception, feedback) -> str:
    """The one readable line an unexpected error ends in; its traceback goes to the algorithm's log
    (as debug information) and to QGIS's message log, not into the message."""
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    if feedback is not None:
        feedback.pushDebugInfo(details)
    QgsMessageLog.logMessage(details, LOG_TAG, Qgis.MessageLevel.Critical)
    what = (str(exc).strip().splitlines() or [""])[0]
    what = f"{type(exc).__name__}: {what}" if what else type(exc).__name__
    return tr("Unexpected error ({error}). The details are in the \"{tag}\" tab of the Log Messages panel; "
              "please include them when you report the problem.").format(error=what, tag=LOG_TAG)


class AptAlgorithm(QgsProcessingAlgorithm):
    """What every APT Cropland algorithm shares: group, icon, and every error turned into a
    ``QgsProcessingException`` with a readable message in one place (subclasses implement
    :meth:`process`)."""

    def processAlgorithm(self, parameters, context, feedback):
        try:
            return self.process(parameters, context, feedback)
        except QgsProcessingException:
            raise  # already a message for the analyst
        except AptCancelledError:
            message = tr("Cancelled: no output was written.")
        except AptInputError as exc:
            message = str(exc)
        except Exception as exc:  # noqa: BLE001 - anything else: one line, the traceback in the logs
            message = unexpected_error(exc, feedback)
        raise QgsProcessingException(message)  # outside the handler: no chained traceback of the algorithm's frames

    def process(self, parameters, context, feedback) -> dict:
        raise NotImplementedError

    def help_text(self) -> str:
        """What the algorithm does, for its help panel (the options by name are added below it)."""
        return ""

    def shortHelpString(self) -> str:
        options = enum_help(self)
        if not options:
            return self.help_text()
        return self.help_text() + "\n\n" + tr("Options, by name:") + "\n" + options

    def group(self) -> str:
        return tr("Cropland mapping")

    def groupId(self) -> str:
        return "cropland"

    def icon(self) -> QIcon:
        return QIcon(icon_path())

    def createInstance(self):
        return type(self)()


class AccuracyAlgorithm(AptAlgorithm):
    """The algorithms that judge a map (evaluate, sample, assess): their own group."""

    def group(self) -> str:
        return tr("Accuracy and area")

    def groupId(self) -> str:
        return "accuracy"


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


class ProcessingFeedback(Feedback):
    """Core progress and cancel hooks on a ``QgsProcessingFeedback``."""

    def __init__(self, feedback):
        self._feedback = feedback

    def progress(self, percent: float, message: str = "") -> None:
        self._feedback.setProgress(percent)
        if message:
            self._feedback.setProgressText(message)

    def info(self, message: str) -> None:
        self._feedback.pushInfo(message)

    def is_cancelled(self) -> bool:
        return self._feedback.isCanceled()


def read_prompt_source(source, image_crs, context) -> PromptPoints:
    """Prompt points from the PROMPTS source, in the image CRS."""
    return read_points(source, image_crs, context.transformContext())


POINT_TYPE = QgsWkbTypes.Type.Point


def add_glc_output(alg) -> None:
    alg.addParameter(
        QgsProcessingParameterRasterDestination(
            OUTPUT_GLC, tr("Land cover used (clipped to the image)"), optional=True, createByDefault=False
        )
    )


def add_agreement_output(alg) -> None:
    alg.addParameter(
        QgsProcessingParameterRasterDestination(
            OUTPUT_AGREEMENT, tr("Land cover agreement: products calling each pixel cropland (255: no data)"),
            optional=True, createByDefault=False,
        )
    )


def wants_output(parameters: dict, name: str) -> bool:
    """Whether an optional output that is off by default was asked for."""
    return parameters.get(name) not in (None, "")


def write_glc_output(alg, parameters, context, config: Config) -> str | None:
    """Save the land cover under the image when OUTPUT_GLC is asked for."""
    path = alg.parameterAsOutputLayer(parameters, OUTPUT_GLC, context)
    if not path or not config.glc:
        return None
    return save_land_cover(config, path)


def report_tiles(plan, feedback) -> None:
    """Tell the analyst what happened on tiles that were skipped or needed adjustments."""
    for report in plan.reports:
        if report.skipped:
            feedback.pushInfo(tr("Tile {0}: skipped ({1}).").format(report.index, report.skipped))
        for note in report.notes:
            feedback.pushInfo(tr("Tile {0}: {1}.").format(report.index, note))
    used = sum(1 for r in plan.reports if not r.skipped)
    feedback.pushInfo(
        tr("{0} of {1} tiles have prompts: {2} points in all.").format(used, len(plan.reports), len(plan.points))
    )
