"""The "Auto-prompt cropland" dock: generate and edit prompt points, run SAM in a task, export."""

from __future__ import annotations

import contextlib
import os

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtWidgets import QScrollArea

from ..core.config import Config
from ..core.errors import AptInputError
from ..core.imagery.reader import default_bands
from ..core.install.dependencies import install_hint, missing_dependencies
from ..core.landcover.glc_online import online_product
from ..i18n import tr
from .accuracy_panel import AccuracyPanel
from .dock_form import DockForm
from .engine_holder import EngineHolder
from .export import ExportDialog, ask_overwrite, export_layer
from .point_tool import PromptPointTool
from .prompt_layer import create_prompt_layer, is_prompt_layer, points_from_layer
from .result_layers import cropland_layer, kept_raster, results_folder
from .review_panel import ReviewPanel
from .segment_task import PromptTask, SegmentTask
from .settings import DockSettings

EDITED = "apt_cropland/edited"  # set on result layers the analyst has changed


class AptCroplandDock(QgsDockWidget):
    """Pick image and land cover, generate and edit prompt points, run SAM, export the result."""

    def __init__(self, iface, parent=None):
        super().__init__(tr("Auto-prompt cropland"), parent)
        self.setObjectName("AptCroplandDock")
        self.iface = iface
        self.canvas = iface.mapCanvas()
        self.engines = EngineHolder()
        self.prompt_layer: QgsVectorLayer | None = None
        self.cropland_layer: QgsVectorLayer | None = None
        self.probability_layer: QgsRasterLayer | None = None
        self.task: SegmentTask | None = None
        self.prompt_task: PromptTask | None = None
        self.tool: PromptPointTool | None = None
        self.last_result = None
        self.last_error: str | None = None
        self.form = DockForm(self.canvas)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.setWidget(scroll)
        self.accuracy = AccuracyPanel()  # "Check accuracy", after a run
        self.form.layout().insertWidget(self.form.layout().count() - 1, self.accuracy)
        self.review = ReviewPanel(self.canvas)  # where the map and the land covers disagree, after a run
        self.form.layout().insertWidget(self.form.layout().count() - 1, self.review)
        self.form.table_tooltips()
        self.form.restore(DockSettings.load())
        if not self.form.checkpoint_widget.filePath():
            from ..core.models.catalog import resolve_checkpoint
            from ..model_store import models_folder

            self.form.checkpoint_widget.setFilePath(resolve_checkpoint(None, models_folder()) or "")
        self._connect()
        self.missing = missing_dependencies()
        self._show_dependency_state()
        self._image_changed(self.form.image_combo.currentLayer())
        self._checkpoint_changed(self.form.checkpoint_widget.filePath())

    def _connect(self) -> None:
        f = self.form
        f.generate_button.clicked.connect(self.generate_points)
        f.edit_button.toggled.connect(self.toggle_edit)
        f.run_button.clicked.connect(self.run_sam)
        f.cancel_button.clicked.connect(self.cancel)
        f.export_button.clicked.connect(self.export)
        f.image_combo.layerChanged.connect(self._image_changed)
        f.checkpoint_widget.fileChanged.connect(self._checkpoint_changed)
        f.models_button.clicked.connect(self.open_model_manager)
        f.install_button.clicked.connect(self.install_dependencies)
        QgsProject.instance().layersWillBeRemoved.connect(self._layers_removed)

    # ---- state shown to the analyst ------------------------------------------------------
    def _show_dependency_state(self) -> None:
        label = self.form.dependency_label
        label.setVisible(bool(self.missing))
        self.form.install_button.setVisible(bool(self.missing))
        self.form.run_button.setEnabled(not self.missing)
        if self.missing:
            label.setText(install_hint(self.missing))
            label.setStyleSheet("color: #a33; font-weight: bold;")
            self.form.device_info_label.setText(tr("torch is not installed"))
            return
        from ..core.models.sam_engine import describe_devices, recommendation

        self.form.device_info_label.setText(describe_devices() + "\n" + recommendation())

    def install_dependencies(self) -> None:
        """Install torch, torchvision and segment-anything for QGIS's Python (a dialog runs pip)."""
        from ..core.install.installer import activate
        from ..model_store import packages_folder
        from .installer_dialog import InstallerDialog

        InstallerDialog(self).exec()
        activate(packages_folder())
        self.missing = missing_dependencies()
        self._show_dependency_state()

    def open_model_manager(self) -> None:
        """Download or add SAM models; the one chosen becomes the checkpoint."""
        from .model_manager import ModelManagerDialog

        dialog = ModelManagerDialog(self)
        dialog.manager.modelChosen.connect(self.form.checkpoint_widget.setFilePath)
        dialog.exec()

    def _checkpoint_changed(self, path: str) -> None:
        label = self.form.model_info_label
        if not path:
            label.setText(tr("Choose a SAM checkpoint (.pth), e.g. sam_vit_b_01ec64.pth"))
            return
        if self.missing:
            label.setText("")
            return
        from ..core.models.checkpoint import describe_checkpoint

        try:
            arch, n_params = describe_checkpoint(path)
        except AptInputError as exc:
            label.setText(str(exc))
            label.setStyleSheet("color: #a33;")
            return
        size_mb = os.path.getsize(path) / 2**20
        label.setStyleSheet("")
        label.setText(tr("{0} - {1:.1f} M parameters - {2:.0f} MB").format(arch.variant, n_params / 1e6, size_mb))
        self._offer_sam2_install(arch, path)

    def _offer_sam2_install(self, arch, path: str) -> None:
        """A SAM 2 (HQ-SAM) checkpoint without the sam2 (segment-anything-hq) package: say so and offer the install."""
        from ..core.models.families import family

        model_family = family(arch.family)
        missing = model_family.missing()
        if missing:
            self.form.dependency_label.setText(
                model_family.install_hint(os.path.basename(path), arch.variant, missing))
            self.form.dependency_label.setStyleSheet("color: #a33; font-weight: bold;")
        for widget in (self.form.dependency_label, self.form.install_button):
            widget.setVisible(bool(missing))
        self.form.run_button.setEnabled(not missing)

    def _image_changed(self, layer) -> None:
        edit = self.form.bands_edit
        edit.setPlaceholderText("")
        if not isinstance(layer, QgsRasterLayer) or layer.providerType() != "gdal":
            return
        import rasterio

        try:
            with rasterio.open(layer.source()) as ds:
                bands = default_bands(tuple(ds.colorinterp))
        except Exception:  # noqa: BLE001 - only a hint in a placeholder
            return
        edit.setPlaceholderText(tr("{0} (default)").format(",".join(map(str, bands))))

    def _status(self, text: str, level=Qgis.MessageLevel.Info, bar: bool = True) -> None:
        self.form.status_label.setText(text)
        if bar:
            self.iface.messageBar().pushMessage(tr("APT Cropland"), text, level=level, duration=8)

    # ---- building the pipeline's Config from the widgets ---------------------------------
    def _config(self) -> Config:
        return self.form.config()

    # ---- actions ------------------------------------------------------------------------
    def generate_points(self) -> bool:
        """Sample APT prompts in a background task; they become the editable "APT prompts" layer."""
        self.form.settings().save()
        if self.prompt_task is not None:
            return False
        if self.prompt_layer is not None and self.prompt_layer.customProperty(EDITED, False):
            question = tr("Generating new points replaces the 'APT prompts' layer, and the edits made to it "
                          "are lost. Generate anyway?")
            if not ask_overwrite(self, question):
                return False
        try:
            config = self._config()
            if not config.glc:
                raise AptInputError(tr("Choose a land cover (GLC) layer: the prompt points are sampled from it."))
        except AptInputError as exc:
            self._status(str(exc), Qgis.MessageLevel.Warning)
            return False
        land_cover = None
        if self.form.save_glc_check.isChecked():
            land_cover = os.path.join(results_folder("glc_"), "land_cover.tif")
        crs = self.form.image_combo.currentLayer().crs()
        product = online_product(config.glc)
        online = None if product is None else product.label
        self.prompt_task = PromptTask(config, land_cover, lambda *done: self._points_ready(crs, online, *done))
        self.prompt_task.progressChanged.connect(lambda p: self.form.progress_bar.setValue(int(p)))
        self.form.generate_button.setEnabled(False)
        self._status(tr("Sampling prompt points..."), bar=False)
        QgsApplication.taskManager().addTask(self.prompt_task)
        return True

    def _points_ready(self, crs, online: str | None, plan, land_cover: str | None, error: str | None) -> None:
        self.prompt_task = None
        self.form.generate_button.setEnabled(True)
        if plan is None:
            self._status(error or tr("Cancelled: nothing was added."), Qgis.MessageLevel.Warning)
            return
        if land_cover:
            name = tr("Land cover used")
            if online:
                name = tr("Land cover ({product})").format(product=online)
            QgsProject.instance().addMapLayer(QgsRasterLayer(land_cover, name, "gdal"))
        self.toggle_edit(False)
        if self.prompt_layer is not None:
            QgsProject.instance().removeMapLayer(self.prompt_layer.id())
        layer = create_prompt_layer(plan.points, crs)
        layer.layerModified.connect(lambda: layer.setCustomProperty(EDITED, True))
        QgsProject.instance().addMapLayer(layer)
        self.prompt_layer = layer
        skipped = sum(1 for r in plan.reports if r.skipped)
        summary = tr("{0} prompt points on {1} tiles ({2} skipped: no cropland or no data).").format(
            len(plan.points), len(plan.reports), skipped
        )
        if warning := plan.uncovered_warning:
            self._status(f"{summary} {warning}", Qgis.MessageLevel.Warning)
        else:
            self._status(summary, bar=False)

    def toggle_edit(self, on: bool) -> None:
        """Switch the prompt-point map tool on or off."""
        button = self.form.edit_button
        if on and self.prompt_layer is None:
            self._status(tr("Generate points first (or add an 'APT prompts' layer)."), Qgis.MessageLevel.Warning)
            on = False
        if button.isChecked() != on:
            button.blockSignals(True)
            button.setChecked(on)
            button.blockSignals(False)
        if on:
            if not self.prompt_layer.isEditable():
                self.prompt_layer.startEditing()
            self.tool = PromptPointTool(self.canvas, self.prompt_layer)
            self.canvas.setMapTool(self.tool)
            self.iface.setActiveLayer(self.prompt_layer)
        elif self.tool is not None:
            self.canvas.unsetMapTool(self.tool)
            self.tool = None

    def run_sam(self) -> bool:
        """Start SAM on the current prompt points in a background task."""
        self.form.settings().save()
        if self.task is not None:
            return False
        layer = self.prompt_layer or self._prompt_layer_in_project()
        try:
            if layer is None:
                raise AptInputError(tr("Generate points first: SAM runs on the prompt points you see."))
            config = self._config()
            if not config.checkpoint:
                raise AptInputError(tr("Choose a SAM checkpoint file."))
            config.prompts = points_from_layer(layer, self.form.image_combo.currentLayer().crs())
            config.probability_output = "probability.tif" if self.form.probability_check.isChecked() else None
        except AptInputError as exc:
            self._status(str(exc), Qgis.MessageLevel.Warning)
            return False
        self.last_result, self.last_error = None, None
        self.task = SegmentTask(config, self.engines, self._run_finished)
        self.task.progressChanged.connect(lambda p: self.form.progress_bar.setValue(int(p)))
        self.form.run_button.setEnabled(False)
        self.form.cancel_button.setEnabled(True)
        self.form.progress_bar.setValue(0)
        self._status(tr("SAM is running..."), bar=False)
        QgsApplication.taskManager().addTask(self.task)
        return True

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _run_finished(self, result, error: str | None, workdir: str) -> None:
        self.task = None
        self.form.run_button.setEnabled(not self.missing)
        self.form.cancel_button.setEnabled(False)
        if result is None:
            self.last_error = error
            self._status(error or tr("The run did not finish."), Qgis.MessageLevel.Warning)
            return
        self.last_result = result
        self._add_cropland_layer(result.polygons_path)
        self.review.set_areas(result.review_path)
        with contextlib.suppress(AptInputError):  # the inputs of the run, for "Check accuracy"
            self.accuracy.set_result(self.cropland_layer, self.form.config())
        if result.probability_path:
            self._add_probability_layer(result.probability_path)
        self.form.progress_bar.setValue(100)
        engine = self.engines.engine
        if engine is not None:
            self.form.device_info_label.setText(
                tr("Last run: {model} on {device}, encoder {encoder}").format(
                    model=engine.architecture.variant, device=engine.device.type.upper(), encoder=engine.fast_path)
            )
        tiles = len(result.plan.tiles)
        self._status(
            tr("{0} cropland polygons. Tiles: {1}; newly encoded by SAM: {2}.").format(
                result.n_polygons, tiles, result.encoder_runs
            ),
            Qgis.MessageLevel.Success,
        )

    def _add_cropland_layer(self, gpkg: str) -> None:
        old = self.cropland_layer
        if old is not None and (old.isEditable() or old.isModified() or old.customProperty(EDITED, False)):
            old.setName(tr("Cropland (APT, edited)"))  # the analyst's edits are kept, never replaced
            old = None
        self.cropland_layer = self._replace_layer(old, cropland_layer(gpkg))
        layer = self.cropland_layer
        layer.layerModified.connect(lambda: layer.setCustomProperty(EDITED, True))

    def _add_probability_layer(self, path: str) -> None:
        layer = kept_raster(path, tr("Cropland probability (APT)"))
        self.probability_layer = self._replace_layer(self.probability_layer, layer)

    @staticmethod
    def _replace_layer(old, new):
        """Add ``new`` to the project in place of the previous result."""
        if old is not None:
            QgsProject.instance().removeMapLayer(old.id())
        QgsProject.instance().addMapLayer(new)
        return new

    def export(self, checked: bool = False, choice=None) -> str | None:
        """Export the cropland layer (dialog: file, format, CRS); asks before replacing a file."""
        layer = self.cropland_layer
        if layer is None:
            self._status(tr("Run SAM first: there is no cropland layer to export."), Qgis.MessageLevel.Warning)
            return None
        if choice is None:
            dialog = ExportDialog(layer, self)
            if not dialog.exec():
                return None
            choice = dialog.choice()
        path, driver, crs = choice
        if not path:
            self._status(tr("Choose a file to export to."), Qgis.MessageLevel.Warning)
            return None
        try:
            written = export_layer(layer, path, driver, crs, confirm=lambda question: ask_overwrite(self, question))
        except OSError as exc:
            self._status(str(exc), Qgis.MessageLevel.Critical)
            return None
        if written is None:
            self._status(tr("Not exported: the existing file was kept."), Qgis.MessageLevel.Info)
            return None
        file_path = written.split("|")[0]
        exported = QgsVectorLayer(written, os.path.splitext(os.path.basename(file_path))[0], "ogr")
        QgsProject.instance().addMapLayer(exported)
        self._status(tr("Exported to {0}").format(file_path), Qgis.MessageLevel.Success)
        return file_path

    # ---- housekeeping ----------------------------------------------------------------------
    def _prompt_layer_in_project(self):
        for layer in QgsProject.instance().mapLayers().values():
            if is_prompt_layer(layer):
                self.prompt_layer = layer
                return layer
        return None

    def _layers_removed(self, ids) -> None:
        for name in ("prompt_layer", "cropland_layer", "probability_layer"):
            layer = getattr(self, name)
            if layer is not None and layer.id() in ids:
                if name == "prompt_layer":
                    self.toggle_edit(False)
                setattr(self, name, None)

    def shutdown(self) -> None:
        """Save settings, stop editing tools and any running task (called when the plugin unloads)."""
        self.form.settings().save()
        self.toggle_edit(False)
        self.accuracy.shutdown()
        for task in (self.task, self.prompt_task):
            if task is not None:  # the dock is going: the task must not call back into it
                task.progressChanged.disconnect()
                task.on_done = _ignore
                task.cancel()
        self.task = self.prompt_task = None
        QgsProject.instance().layersWillBeRemoved.disconnect(self._layers_removed)


def _ignore(*args) -> None:
    """What a task still running calls back once its dock is gone."""
