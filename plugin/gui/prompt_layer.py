"""The editable "APT prompts" point layer: made from core prompt points, read back as they are."""

from __future__ import annotations

from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsVectorLayer

from ..core.prompts.points import PromptPoints
from ..toolbelt.i18n import tr
from ..toolbelt.layers import AUTO, point_features, point_fields, read_points
from ..toolbelt.resources import style_path

PROMPT_LAYER_PROPERTY = "apt_cropland/prompt_layer"


def prompt_layer_name() -> str:
    return tr("APT prompts")


def create_prompt_layer(points: PromptPoints, crs: QgsCoordinateReferenceSystem) -> QgsVectorLayer:
    """A styled memory point layer holding ``points`` (image CRS), with ``source`` = auto."""
    layer = QgsVectorLayer("Point", prompt_layer_name(), "memory")
    layer.setCrs(crs)
    provider = layer.dataProvider()
    provider.addAttributes(point_fields(with_source=True).toList())
    layer.updateFields()
    provider.addFeatures(point_features(points, layer.fields(), AUTO))
    layer.updateExtents()
    layer.loadNamedStyle(style_path("prompts.qml"))
    layer.setCustomProperty(PROMPT_LAYER_PROPERTY, True)
    return layer


def is_prompt_layer(layer) -> bool:
    return isinstance(layer, QgsVectorLayer) and bool(layer.customProperty(PROMPT_LAYER_PROPERTY, False))


def points_from_layer(layer: QgsVectorLayer, image_crs: QgsCoordinateReferenceSystem) -> PromptPoints:
    """The layer's points as they are now (including unsaved edits), in the image CRS."""
    return read_points(layer, image_crs, QgsProject.instance().transformContext())
