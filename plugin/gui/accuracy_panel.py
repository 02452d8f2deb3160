"""The dock's "Check accuracy" part: the last result against a reference layer, and the sample tools.

The comparison runs as a QgsTask (progress, cancel); the scores of the cropland map and of the land
cover show side by side, the HTML report one click away. "Create an assessment sample" and
"Estimate from the sample" open the Processing dialogs with the current result filled in.
"""

from __future__ import annotations

import os

from qgis.core import (
    QgsApplication,
    QgsMapLayerProxyModel,
    QgsProject,
    QgsProviderRegistry,
    QgsRasterLayer,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from ..core.accuracy.compare import EvaluateConfig, Thematic, evaluate
from ..core.accuracy.grid import VectorSource
from ..core.accuracy.report import comparison_html
from ..core.errors import AptInputError
from ..core.landcover.glc_online import online_product
from ..core.landcover.schemes import parse_classes
from ..toolbelt.i18n import tr
from ..toolbelt.layers import raster_file
from .online_baseline import local_baseline
from .result_layers import results_folder
from .segment_task import PipelineTask, TaskFeedback


class EvaluateTask(PipelineTask):
    """The comparison in a worker thread; ``on_done(task)`` back on the main thread."""

    failure = "{0}"

    def __init__(self, config: EvaluateConfig, report_path: str, names: dict, on_done):
        super().__init__(tr("APT Cropland: checking accuracy"))
        self.config, self.report_path, self.names, self.on_done = config, report_path, names, on_done
        self.result = None
        self.note: str | None = None  # the online land cover left out, and why

    def work(self) -> None:
        feedback = TaskFeedback(self)
        self.config, self.note = local_baseline(self.config, os.path.dirname(self.report_path), feedback)
        self.result = evaluate(self.config, feedback)
        if self.note:
            self.result.notes.insert(0, self.note)
        with open(self.report_path, "w", encoding="utf-8") as f:
            f.write(comparison_html(self.result, self.names))

    def done(self, ok: bool) -> None:
        self.on_done(self)


def _polygon_file(layer: QgsVectorLayer, folder: str) -> VectorSource:
    """The layer's own OGR file, else a GeoPackage copy (memory layers, filters, other providers)."""
    if layer.providerType() == "ogr":
        parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
        if parts.get("path") and not parts.get("subset") and os.path.exists(parts["path"]):
            return VectorSource(parts["path"], parts.get("layerName") or None)
    path = os.path.join(folder, f"{layer.id()}.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.layerName = "GPKG", "polygons"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, QgsProject.instance().transformContext(), options)
    if error[0] != QgsVectorFileWriter.WriterError.NoError:
        raise AptInputError(tr("Could not read the layer '{name}': {error}").format(name=layer.name(), error=error[1]))
    return VectorSource(path, "polygons")


def _score_text(result) -> str:
    def cell(value) -> str:
        return "" if value != value else f"{value * 100:.1f}"  # NaN: empty

    header = f"<tr><th></th><th>{tr('Map')}</th>" + (f"<th>{tr('Land cover')}</th>" if result.glc else "") + "</tr>"
    rows = ""
    for label, key in (("OA", "oa"), ("F1", "f1"), ("IoU", "iou"), ("mIoU", "miou")):
        rows += f"<tr><td>{label}</td><td align=right>{cell(getattr(result.map, key))}</td>"
        rows += f"<td align=right>{cell(getattr(result.glc, key))}</td>" if result.glc else ""
        rows += "</tr>"
    return f"<table>{header}{rows}</table>" + tr("(%, on {n} pixels)").format(n=f"{result.map.pixels:,}")


class AccuracyPanel(QGroupBox):
    """Reference, "Check accuracy", the scores, the report, and the sample tools."""

    def __init__(self, parent=None):
        super().__init__(tr("Check accuracy"), parent)
        self.setObjectName("accuracyGroup")
        self.cropland_layer: QgsVectorLayer | None = None
        self.config = None  # the pipeline Config of the result
        self.task: EvaluateTask | None = None
        self.report_path: str | None = None
        self.last_result = None
        self.running_changed = None  # called with the task when one starts, None when it ends (the dock's status line)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # label above the field in a narrow dock
        self.reference_combo = QgsMapLayerComboBox()
        self.reference_combo.setObjectName("referenceCombo")
        self.reference_combo.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer
                                        | QgsMapLayerProxyModel.Filter.RasterLayer)
        self.reference_combo.setAllowEmptyLayer(True)
        self.reference_combo.setLayer(None)
        form.addRow(tr("Reference cropland"), self.reference_combo)
        self.reference_classes = QLineEdit("1")
        self.reference_classes.setObjectName("referenceClassesEdit")
        self.reference_classes.setToolTip(tr("Cropland values of a reference raster (or a scheme name)"))
        form.addRow(tr("Reference cropland values"), self.reference_classes)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.check_button = self._button(tr("Check accuracy"), "checkAccuracyButton", self.check, row)
        self.cancel_button = self._button(tr("Cancel"), "cancelAccuracyButton", self.cancel, row)
        self.report_button = self._button(tr("Open report"), "openReportButton", self.open_report, row)
        layout.addLayout(row)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        layout.addWidget(self.progress_bar)
        self.scores_label = QLabel(tr("Run SAM first, then pick a reference layer."))
        self.scores_label.setObjectName("scoresLabel")
        self.scores_label.setWordWrap(True)
        layout.addWidget(self.scores_label)
        row = QVBoxLayout()  # one above the other: the dock may be narrow
        self.sample_button = self._button(tr("Create an assessment sample"), "createSampleButton",
                                          self.open_sample, row)
        self.assess_button = self._button(tr("Estimate from the sample"), "assessSampleButton",
                                          self.open_assess, row)
        layout.addLayout(row)
        self._enable()

    @staticmethod
    def _button(text: str, name: str, slot, row) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda checked=False: slot())
        row.addWidget(button)
        return button

    def _enable(self) -> None:
        has_result = self.cropland_layer is not None
        running = self.task is not None
        self.check_button.setEnabled(has_result and not running)
        self.cancel_button.setEnabled(running)
        self.report_button.setEnabled(bool(self.report_path) and not running)
        self.sample_button.setEnabled(has_result)
        self.assess_button.setEnabled(has_result)

    def set_result(self, cropland_layer: QgsVectorLayer | None, config) -> None:
        """The result to check: the cropland layer and the pipeline Config that made it."""
        self.cropland_layer, self.config = cropland_layer, config
        if self.last_result is None and self.task is None:
            self.scores_label.setText(tr("Pick a reference layer (polygons or raster), then Check accuracy."))
        self._enable()

    def evaluate_config(self, folder: str) -> EvaluateConfig:
        reference = self.reference_combo.currentLayer()
        if reference is None:
            raise AptInputError(tr("Choose a reference layer (polygons or raster) to compare the result with."))
        if isinstance(reference, QgsRasterLayer):
            ref = Thematic(raster=raster_file(reference, tr("reference")),
                           classes=parse_classes(self.reference_classes.text() or "1"))
        else:
            ref = Thematic(polygons=_polygon_file(reference, folder))
        # a product read online stays an online id here: the task reads it (see online_baseline)
        return EvaluateConfig(map=Thematic(polygons=_polygon_file(self.cropland_layer, folder)), reference=ref,
                              grid_raster=self.config.image, glc=self.config.glc or None,
                              glc_classes=tuple(self.config.cropland_classes),
                              extent=self.config.extent)

    def check(self) -> bool:
        """Start the comparison task (False when the inputs cannot work; the label says why)."""
        if self.cropland_layer is None or self.task is not None:
            return False
        folder = results_folder("accuracy_")
        try:
            config = self.evaluate_config(folder)
        except AptInputError as exc:
            self.scores_label.setText(str(exc))
            return False
        product = online_product(config.glc or "")
        land_cover = tr("{product} (online)").format(product=product.label) if product else config.glc or ""
        names = {tr("Map"): self.cropland_layer.name(), tr("Reference"): self.reference_combo.currentLayer().name(),
                 tr("Land cover"): land_cover}
        self.task = EvaluateTask(config, os.path.join(folder, "accuracy_report.html"), names, self._finished)
        self.task.progressChanged.connect(lambda p: self.progress_bar.setValue(int(p)))
        self.progress_bar.setValue(0)
        self.scores_label.setText(tr("Comparing..."))
        self._enable()
        if self.running_changed is not None:
            self.running_changed(self.task)
        QgsApplication.taskManager().addTask(self.task)
        return True

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _finished(self, task: EvaluateTask) -> None:
        self.task = None
        if task.result is None:
            self.scores_label.setText(task.error or tr("The comparison did not finish."))
        else:
            self.report_path = task.report_path
            self.last_result = task.result
            self.scores_label.setText(_score_text(task.result) + (f"<p>{task.note}</p>" if task.note else ""))
            self.progress_bar.setValue(100)
        self._enable()
        if self.running_changed is not None:
            self.running_changed(None)

    def open_report(self) -> None:
        if self.report_path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.report_path))

    def _grid_layer_id(self) -> str | None:
        if self.config is None:
            return None
        for layer in QgsProject.instance().mapLayers().values():
            if isinstance(layer, QgsRasterLayer) and layer.source() == self.config.image:
                return layer.id()
        return self.config.image

    def sample_parameters(self) -> dict:
        return {"MAP": self.cropland_layer.id() if self.cropland_layer else None, "GRID": self._grid_layer_id()}

    def open_sample(self) -> None:
        import processing

        processing.execAlgorithmDialog("aptcropland:sample", self.sample_parameters())

    def open_assess(self) -> None:
        import processing

        processing.execAlgorithmDialog("aptcropland:assess", self.sample_parameters())

    def shutdown(self) -> None:
        if self.task is not None:
            self.task.progressChanged.disconnect()
            self.task.on_done = lambda *args: None
            self.task.cancel()
            self.task = None
