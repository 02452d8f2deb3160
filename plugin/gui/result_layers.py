"""Layers made from a run's files (the styled cropland polygons, kept rasters) and the dock's
bookkeeping of them: which layers are the current prompts and results, replaced in the project as
new runs come, the analyst's edits never dropped."""

from __future__ import annotations

import os
import shutil
import tempfile

from qgis.core import (
    QgsColorRampShader,
    QgsFeature,
    QgsFillSymbol,
    QgsProcessingUtils,
    QgsProject,
    QgsRasterLayer,
    QgsRasterShader,
    QgsSingleBandPseudoColorRenderer,
    QgsSingleSymbolRenderer,
    QgsStyle,
    QgsVectorLayer,
)

from ..core.fields.polygons import LAYER_NAME as FIELDS_LAYER
from ..core.vectors.vectorize import LAYER_NAME
from ..toolbelt.i18n import tr
from ..toolbelt.layers import field_fields, polygon_fields
from ..toolbelt.resources import style_path
from .prompt_layer import is_prompt_layer

EDITED = "apt_cropland/edited"  # set on result layers the analyst has changed


def results_folder(prefix: str) -> str:
    """A new folder for files that layers keep using after a run, in QGIS's temporary folder
    (emptied when QGIS closes: export what you want to keep)."""
    return tempfile.mkdtemp(prefix=prefix, dir=QgsProcessingUtils.tempFolder())


def cropland_layer(gpkg: str) -> QgsVectorLayer:
    """The run's polygons copied into a styled memory layer "Cropland (APT)" (the file can go)."""
    layer = memory_copy(gpkg, LAYER_NAME, tr("Cropland (APT)"), polygon_fields())
    layer.loadNamedStyle(style_path("cropland.qml"))
    return layer


def fields_layer(gpkg: str) -> QgsVectorLayer:
    """The run's field parcels copied into a memory layer "Fields (APT)": outlines only, so the image
    and the cropland show through."""
    layer = memory_copy(gpkg, FIELDS_LAYER, tr("Fields (APT)"), field_fields())
    symbol = QgsFillSymbol.createSimple({"style": "no", "outline_color": "255,221,0,255", "outline_width": "0.5"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return layer


def memory_copy(gpkg: str, layer_name: str, name: str, fields) -> QgsVectorLayer:
    """A GeoPackage layer written by the core copied into a memory layer ``name`` with ``fields``."""
    source = QgsVectorLayer(f"{gpkg}|layername={layer_name}", "source", "ogr")
    layer = QgsVectorLayer("MultiPolygon", name, "memory")
    layer.setCrs(source.crs())
    layer.dataProvider().addAttributes(fields.toList())
    layer.updateFields()
    features = []
    for feature in source.getFeatures():
        copy = QgsFeature(layer.fields())
        copy.setGeometry(feature.geometry())
        copy.setAttributes([feature[name] for name in layer.fields().names()])
        features.append(copy)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def kept_raster(path: str, name: str) -> QgsRasterLayer:
    """A raster layer on a copy of ``path`` moved out of the run's scratch folder."""
    kept = shutil.move(path, os.path.join(results_folder("run_"), os.path.basename(path)))
    return QgsRasterLayer(kept, name, "gdal")


def style_uncertainty(layer: QgsRasterLayer) -> None:
    """0 (sure) to 1 (unsure) on a colour ramp, so the places to look at stand out."""
    ramp = QgsStyle.defaultStyle().colorRamp("Magma")
    if ramp is None or not layer.isValid():
        return
    shader = QgsColorRampShader(0.0, 1.0, ramp)
    shader.classifyColorRamp(5)
    raster_shader = QgsRasterShader()
    raster_shader.setRasterShaderFunction(shader)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, raster_shader)
    renderer.setClassificationMin(0.0)
    renderer.setClassificationMax(1.0)
    layer.setRenderer(renderer)


class ResultLayers:
    """The prompt points and the last run's layers of one dock. A new result replaces the previous
    layer, except one the analyst edited (kept, renamed); layers removed from the project are
    forgotten (``on_prompts_removed`` is called for the prompt layer)."""

    KINDS = ("prompts", "cropland", "probability", "uncertainty", "fields")

    def __init__(self, on_prompts_removed=None):
        self.prompts: QgsVectorLayer | None = None
        self.cropland: QgsVectorLayer | None = None
        self.probability: QgsRasterLayer | None = None
        self.uncertainty: QgsRasterLayer | None = None
        self.fields: QgsVectorLayer | None = None
        self.on_prompts_removed = on_prompts_removed
        QgsProject.instance().layersWillBeRemoved.connect(self._removed)

    def find_prompts(self) -> QgsVectorLayer | None:
        """The dock's prompt layer, else an "APT prompts" layer of the project (a saved project's)."""
        if self.prompts is None:
            self.prompts = next((layer for layer in QgsProject.instance().mapLayers().values()
                                 if is_prompt_layer(layer)), None)
        return self.prompts

    def edited_prompts(self) -> bool:
        return self.prompts is not None and bool(self.prompts.customProperty(EDITED, False))

    def set_prompts(self, layer: QgsVectorLayer) -> None:
        """``layer`` becomes the prompt layer, in place of the previous one."""
        layer.layerModified.connect(lambda: layer.setCustomProperty(EDITED, True))
        self.prompts = self._replace(self.prompts, layer)

    def set_cropland(self, gpkg: str) -> QgsVectorLayer:
        old = self.cropland
        if old is not None and (old.isEditable() or old.isModified() or old.customProperty(EDITED, False)):
            old.setName(tr("Cropland (APT, edited)"))  # the analyst's edits are kept, never replaced
            old = None
        layer = self._replace(old, cropland_layer(gpkg))
        layer.layerModified.connect(lambda: layer.setCustomProperty(EDITED, True))
        self.cropland = layer
        return layer

    def set_fields(self, gpkg: str) -> QgsVectorLayer:
        """The run's field parcels as "Fields (APT)", in place of the previous ones (kept if edited)."""
        old = self.fields
        if old is not None and (old.isEditable() or old.isModified() or old.customProperty(EDITED, False)):
            old.setName(tr("Fields (APT, edited)"))
            old = None
        layer = self._replace(old, fields_layer(gpkg))
        layer.layerModified.connect(lambda: layer.setCustomProperty(EDITED, True))
        self.fields = layer
        return layer

    def set_probability(self, path: str) -> None:
        self.probability = self._replace(self.probability, kept_raster(path, tr("Cropland probability (APT)")))

    def set_uncertainty(self, path: str) -> None:
        layer = kept_raster(path, tr("Cropland uncertainty (APT)"))
        style_uncertainty(layer)
        self.uncertainty = self._replace(self.uncertainty, layer)
        node = QgsProject.instance().layerTreeRoot().findLayer(layer.id())
        if node is not None:  # added unticked: it would hide the image; the Review page says so
            node.setItemVisibilityChecked(False)

    @staticmethod
    def _replace(old, new):
        """Add ``new`` to the project in place of the previous result."""
        if old is not None:
            QgsProject.instance().removeMapLayer(old.id())
        QgsProject.instance().addMapLayer(new)
        return new

    def _removed(self, ids) -> None:
        for kind in self.KINDS:
            layer = getattr(self, kind)
            if layer is not None and layer.id() in ids:
                setattr(self, kind, None)
                if kind == "prompts" and self.on_prompts_removed is not None:
                    self.on_prompts_removed()

    def disconnect(self) -> None:
        QgsProject.instance().layersWillBeRemoved.disconnect(self._removed)
