"""Layers made from a run's files: the styled cropland polygons and kept rasters."""

from __future__ import annotations

import os
import shutil
import tempfile

from qgis.core import QgsFeature, QgsProcessingUtils, QgsRasterLayer, QgsVectorLayer

from ..core.vectors.vectorize import LAYER_NAME
from ..i18n import tr
from ..layers import polygon_fields
from ..resources import style_path


def results_folder(prefix: str) -> str:
    """A new folder for files that layers keep using after a run, in QGIS's temporary folder
    (emptied when QGIS closes: export what you want to keep)."""
    return tempfile.mkdtemp(prefix=prefix, dir=QgsProcessingUtils.tempFolder())


def cropland_layer(gpkg: str) -> QgsVectorLayer:
    """The run's polygons copied into a styled memory layer "Cropland (APT)" (the file can go)."""
    source = QgsVectorLayer(f"{gpkg}|layername={LAYER_NAME}", "source", "ogr")
    layer = QgsVectorLayer("MultiPolygon", tr("Cropland (APT)"), "memory")
    layer.setCrs(source.crs())
    layer.dataProvider().addAttributes(polygon_fields().toList())
    layer.updateFields()
    features = []
    for feature in source.getFeatures():
        copy = QgsFeature(layer.fields())
        copy.setGeometry(feature.geometry())
        copy.setAttributes([feature[name] for name in layer.fields().names()])
        features.append(copy)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    layer.loadNamedStyle(style_path("cropland.qml"))
    return layer


def kept_raster(path: str, name: str) -> QgsRasterLayer:
    """A raster layer on a copy of ``path`` moved out of the run's scratch folder."""
    kept = shutil.move(path, os.path.join(results_folder("run_"), os.path.basename(path)))
    return QgsRasterLayer(kept, name, "gdal")
