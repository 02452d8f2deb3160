"""The optional outputs both cropland algorithms share (the land cover used, the agreement raster)
and the tile report in the log."""

from __future__ import annotations

import contextlib
import os

from qgis.core import (
    QgsProcessingParameterRasterDestination,
    QgsWkbTypes,
)

from ..core.config import Config
from ..core.options import output
from ..core.pipeline import save_land_cover
from ..toolbelt.i18n import tr
from ..toolbelt.layers import copy_gpkg_layer

OUTPUT_GLC, OUTPUT_AGREEMENT, OUTPUT_CONCEPT = "OUTPUT_GLC", "OUTPUT_AGREEMENT", "OUTPUT_CONCEPT"


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
            OUTPUT_AGREEMENT, output(OUTPUT_AGREEMENT).help, optional=True, createByDefault=False,
        )
    )


def add_concept_output(alg) -> None:
    """OUTPUT_CONCEPT: where SAM 3 finds the concept (CONCEPT), on the image grid."""
    alg.addParameter(
        QgsProcessingParameterRasterDestination(
            OUTPUT_CONCEPT, output(OUTPUT_CONCEPT).help, optional=True, createByDefault=False,
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


def copy_layer(alg, gpkg: str, layer_name: str, name: str, fields, parameters, context, crs) -> str:
    """The core's GeoPackage layer ``layer_name`` copied into ``alg``'s sink ``name`` (multipolygons
    in ``crs``); the GeoPackage is then removed. Returns the sink's destination."""
    sink, dest = alg.parameterAsSink(parameters, name, context, fields, QgsWkbTypes.Type.MultiPolygon, crs)
    copy_gpkg_layer(gpkg, layer_name, sink, fields)
    with contextlib.suppress(OSError):  # still locked (Windows): QGIS empties its temp folder at exit
        os.remove(gpkg)
    return dest
