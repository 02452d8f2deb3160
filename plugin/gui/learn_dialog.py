"""*Learn from corrections...*: what the dock's adaptation learns from (the labels layer, the area
where they are complete, weak labels), how long (epochs, learning rate) and where the adapter goes.

A small non-modal dialog; the dock starts the training from it (:mod:`.dock_learning`). The labels
and the label area become files the core reads (:func:`label_sources`), on the main thread.
"""

from __future__ import annotations

import os
import time

from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsMapLayerProxyModel,
    QgsProcessingUtils,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import QgsExtentWidget, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
)

from ..core.errors import AptInputError
from ..toolbelt.i18n import tr
from .accuracy_panel import _polygon_file

EPOCHS, LEARNING_RATE = 20, 1e-4  # aptcropland:adapt's defaults


def adapters_folder() -> str:
    """The QGIS profile's apt_cropland/adapters folder (QGIS's temporary folder where it cannot be made)."""
    folder = os.path.join(QgsApplication.qgisSettingsDirPath(), "apt_cropland", "adapters")
    try:
        os.makedirs(folder, exist_ok=True)
        return folder
    except OSError:
        return QgsProcessingUtils.tempFolder()


def new_adapter_path(model: str = "") -> str:
    """A file name in :func:`adapters_folder` that no file has yet."""
    folder, stem = adapters_folder(), "_".join(p for p in (model.replace(" ", "_"), time.strftime("%Y%m%d")) if p)
    path, n = os.path.join(folder, f"{stem}.pt"), 2
    while os.path.exists(path):
        path, n = os.path.join(folder, f"{stem}_{n}.pt"), n + 1
    return path


def edited_or_cropland(cropland: QgsVectorLayer | None) -> QgsVectorLayer | None:
    """The labels by default: the "Cropland (APT, edited)" layer if there is one, else the run's layer."""
    edited = QgsProject.instance().mapLayersByName(tr("Cropland (APT, edited)"))
    return next((layer for layer in edited if isinstance(layer, QgsVectorLayer)), cropland)


def area_polygon(rect: QgsRectangle, crs, folder: str):
    """The label area's rectangle as a polygon file (the core reads it in any CRS)."""
    layer = QgsVectorLayer("Polygon", "label area", "memory")
    layer.setCrs(crs)
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromRect(rect))
    layer.dataProvider().addFeatures([feature])
    layer.updateExtents()
    return _polygon_file(layer, folder)


def has_polygon_in(layer: QgsVectorLayer, rect: QgsRectangle, crs) -> bool:
    """Whether ``layer`` has a polygon within ``rect`` (in ``crs``)."""
    from qgis.core import QgsCoordinateTransform, QgsFeatureRequest

    box = QgsCoordinateTransform(crs, layer.crs(), QgsProject.instance()).transformBoundingBox(rect)
    return any(True for _ in layer.getFeatures(QgsFeatureRequest().setFilterRect(box).setNoAttributes()))


class LearnDialog(QDialog):
    """The adaptation's settings; *Learn* hands them to the dock (``on_learn``)."""

    def __init__(self, canvas, on_learn, parent=None):
        super().__init__(parent)
        self.setObjectName("learnDialog")
        self.setWindowTitle(tr("Learn from corrections"))
        self.canvas, self.on_learn = canvas, on_learn
        about = QLabel(tr("SAM's decoder learns from your corrected cropland polygons: inside them is cropland, "
                          "inside the label area and outside them is not. The image embeddings of the run are "
                          "reused: only the decoder trains."))
        about.setWordWrap(True)
        self.labels_combo = QgsMapLayerComboBox()
        self.labels_combo.setObjectName("learnLabelsCombo")
        self.labels_combo.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.area_widget = QgsExtentWidget()
        self.area_widget.setObjectName("learnAreaWidget")
        self.area_widget.setMapCanvas(canvas)
        self.area_widget.setToolTip(tr("Where the labels are complete: the map canvas extent, a layer's extent or "
                                       "a rectangle drawn on the map"))
        self.area_widget.toggleDialogVisibility.connect(self.setVisible)  # hidden while a rectangle is drawn
        self.weak_check = QCheckBox(tr("Also learn where the land covers agree (weak labels)"))
        self.weak_check.setObjectName("learnWeakCheck")
        self.weak_check.setToolTip(tr("Outside the label area, the pixels where the land covers agree are learnt "
                                      "too, with a lower weight"))
        self.epochs_spin = QSpinBox()
        self.epochs_spin.setObjectName("learnEpochsSpin")
        self.epochs_spin.setRange(1, 500)
        self.epochs_spin.setValue(EPOCHS)
        self.rate_spin = QDoubleSpinBox()
        self.rate_spin.setObjectName("learnRateSpin")
        self.rate_spin.setDecimals(6)
        self.rate_spin.setRange(1e-6, 1.0)
        self.rate_spin.setSingleStep(1e-4)
        self.rate_spin.setValue(LEARNING_RATE)
        self.file_widget = QgsFileWidget()
        self.file_widget.setObjectName("learnAdapterFile")
        self.file_widget.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.file_widget.setFilter(tr("Adapter (*.pt)"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for label, widget in ((tr("Labels (cropland polygons)"), self.labels_combo),
                              (tr("Label area"), self.area_widget), ("", self.weak_check),
                              (tr("Epochs"), self.epochs_spin), (tr("Learning rate"), self.rate_spin),
                              (tr("Adapter file"), self.file_widget)):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.learn_button = buttons.addButton(tr("Learn"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.learn_button.setObjectName("learnStartButton")
        buttons.rejected.connect(self.reject)
        self.learn_button.clicked.connect(self._learn)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def prepare(self, cropland: QgsVectorLayer | None, model: str) -> None:
        """Defaults each time it opens: the edited cropland layer, the canvas extent, a new file."""
        layer = edited_or_cropland(cropland)
        if layer is not None:
            self.labels_combo.setLayer(layer)
        settings = self.canvas.mapSettings()
        self.area_widget.setCurrentExtent(self.canvas.extent(), settings.destinationCrs())
        self.area_widget.setOutputCrs(settings.destinationCrs())
        self.area_widget.setOutputExtentFromCurrent()
        path = self.file_widget.filePath()
        if not path or os.path.exists(path):
            self.file_widget.setFilePath(new_adapter_path(model))

    def area(self):
        """The label area: (rectangle, CRS); AptInputError when there is none."""
        rect = self.area_widget.outputExtent()
        if not self.area_widget.isValid() or rect.isNull() or rect.isEmpty():
            raise AptInputError(tr("Choose the label area: the map canvas extent, a layer's extent or a rectangle "
                                   "drawn on the map."))
        return rect, self.area_widget.outputCrs()

    def labels(self) -> QgsVectorLayer:
        layer = self.labels_combo.currentLayer()
        if not isinstance(layer, QgsVectorLayer) or layer.geometryType() != QgsWkbTypes.GeometryType.PolygonGeometry:
            raise AptInputError(tr("Choose the labels: a polygon layer of cropland (your corrected 'Cropland "
                                   "(APT)' layer)."))
        return layer

    def _learn(self) -> None:
        self.on_learn()

