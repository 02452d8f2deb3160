"""The "Auto-prompt cropland" dock: the analyst's workflow page by page (Map, Review, Check, Export)
over one status line; prompt points generated and edited, SAM run in a task, the result checked
and exported."""

from __future__ import annotations

import contextlib
import os
from dataclasses import replace

from qgis.core import Qgis, QgsApplication, QgsProject, QgsRasterLayer
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QKeySequence
from qgis.PyQt.QtWidgets import QVBoxLayout, QWidget

try:
    from qgis.PyQt.QtGui import QShortcut  # Qt 6 (QGIS 4)
except ImportError:
    from qgis.PyQt.QtWidgets import QShortcut  # Qt 5 (QGIS 3)

from ..core.config import Config
from ..core.errors import AptInputError
from ..core.imagery.reader import default_bands
from ..core.install.dependencies import missing_dependencies
from ..core.landcover.glc_online import online_product
from ..toolbelt.i18n import tr
from .accuracy_panel import AccuracyPanel
from .dock_form import DockForm
from .dock_learning import Learning
from .dock_model import ModelSetup
from .dock_pages import StatusLine, build_pages
from .dock_steps import steps
from .engine_holder import EngineHolder
from .export import ask_overwrite, export_cropland
from .point_tool import PromptPointTool
from .prompt_layer import create_prompt_layer, points_from_layer
from .result_layers import EDITED, ResultLayers, results_folder  # noqa: F401 - EDITED: kept importable here
from .review_panel import ReviewPanel
from .segment_task import PromptTask, SegmentTask
from .settings import DockSettings

MAP, REVIEW, CHECK, EXPORT = range(4)  # the pages, in the order of the work


class AptCroplandDock(Learning, ModelSetup, QgsDockWidget):
    """Pick image and land cover, generate and edit prompt points, run SAM, review, check, export."""

    def __init__(self, iface, parent=None):
        super().__init__(tr("Auto-prompt cropland"), parent)
        self.setObjectName("AptCroplandDock")
        self.iface = iface
        self.canvas = iface.mapCanvas()
        self.engines = EngineHolder()
        self.layers = ResultLayers(on_prompts_removed=lambda: self.toggle_edit(False))
        self.task: SegmentTask | None = None
        self.prompt_task: PromptTask | None = None
        self.tool: PromptPointTool | None = None
        self.last_result = None
        self.last_error: str | None = None
        self.checkpoint_error: str | None = None  # why the chosen checkpoint cannot be used
        self.family_missing: list = []  # packages the chosen model's family needs and lacks
        self.missing: list = []  # the packages SAM needs and lacks (found below)
        self.closed = False  # shut down (the plugin unloaded or QGIS quitting)
        self.form = DockForm(self.canvas)
        self.accuracy = AccuracyPanel()  # "Check accuracy", after a run
        self.review = ReviewPanel(self.canvas)  # where the map and the land covers disagree, after a run
        self.tabs, self.review_page, self.check_page, self.export_page = build_pages(
            self.form, self.review, self.accuracy)
        self.status = StatusLine(self.form)
        self._build_learning()  # "Learn from corrections..." on the Review page, the adapter in use on the Map page
        root = QWidget()
        root.setObjectName("dockRoot")
        layout = QVBoxLayout(root)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self.setWidget(root)
        self.form.table_tooltips(root)
        self.form.run_button.setToolTip(self.form.run_button.toolTip() + " " + tr("(Ctrl+Return)"))
        saved = DockSettings.load()
        self.form.restore(saved)
        self.form.advanced.setCollapsed(not saved.advanced_open)
        self.accuracy.reference_classes.setText(saved.reference_classes)
        if not self.form.checkpoint_widget.filePath():
            from ..core.models.catalog import resolve_checkpoint
            from ..toolbelt.model_store import models_folder

            self.form.checkpoint_widget.setFilePath(resolve_checkpoint(None, models_folder()) or "")
        self._connect()
        self._shortcuts()
        self.missing = missing_dependencies()
        self._show_dependency_state()
        self._image_changed(self.form.image_combo.currentLayer())
        self._checkpoint_changed(self.form.checkpoint_widget.filePath())

    # ---- layers of the last run (kept by self.layers) --------------------------------------
    prompt_layer = property(lambda self: self.layers.prompts)
    cropland_layer = property(lambda self: self.layers.cropland)
    probability_layer = property(lambda self: self.layers.probability)
    fields_layer = property(lambda self: self.layers.fields)
    uncertainty_layer = property(lambda self: self.layers.uncertainty)

    def _connect(self) -> None:
        f = self.form
        f.generate_button.clicked.connect(self.generate_points)
        f.edit_button.toggled.connect(self.toggle_edit)
        self.review_page.edit_button.toggled.connect(self.toggle_edit)
        f.run_button.clicked.connect(self.run_sam)
        self.review_page.run_button.clicked.connect(self.run_sam)
        f.cancel_button.clicked.connect(self.cancel)
        f.export_button.clicked.connect(self.export)
        f.image_combo.layerChanged.connect(self._image_changed)
        f.glc_combo.currentIndexChanged.connect(self.refresh)
        f.checkpoint_widget.fileChanged.connect(self._checkpoint_changed)
        f.models_button.clicked.connect(self.open_model_manager)
        f.install_button.clicked.connect(self.install_dependencies)
        self.accuracy.running_changed = self._accuracy_running
        project = QgsProject.instance()
        project.layersAdded.connect(self.refresh)
        project.layersRemoved.connect(self.refresh)

    def _shortcuts(self) -> None:
        """Run (Ctrl+Return, Ctrl+Enter) and Cancel (Esc) from the keyboard, while the dock has the focus."""
        self.shortcuts = []
        for keys, slot in (("Ctrl+Return", self.run_sam), ("Ctrl+Enter", self.run_sam), ("Esc", self.cancel)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)

    # ---- state shown to the analyst ------------------------------------------------------
    def refresh(self, *args) -> None:
        """Enable the steps that can run; say in place why the others cannot; the next step."""
        s = steps(self)
        f, review = self.form, self.review_page
        f.generate_button.setEnabled(s.generate is None)
        f.run_button.setEnabled(s.run is None)
        review.run_button.setEnabled(s.run is None and s.review is None)
        for button in (f.edit_button, review.edit_button):
            button.setEnabled(s.edit is None or button.isChecked())
        f.export_button.setEnabled(s.export is None)
        map_hint = s.generate if s.generate and s.generate != s.run else s.run
        if map_hint is None and s.edit and not f.edit_button.isChecked():
            map_hint = s.edit
        for label, text in ((f.map_hint, map_hint), (review.hint, s.review or (s.run if self.task is None else None)),
                            (self.check_page.hint, s.check), (self.export_page.hint, s.export)):
            label.setText(text or "")
            label.setVisible(bool(text))
        self.status.next_step.setText(s.next_step)
        self._refresh_learning(s.learn)
        has_uncertainty = self.layers.uncertainty is not None
        review.uncertainty_label.setText(
            tr("The layer 'Cropland uncertainty (APT)' (unticked at first: tick it in the Layers panel): 0 where "
               "the run is sure, 1 where it is not.") if has_uncertainty
            else "")
        review.uncertainty_label.setVisible(has_uncertainty)

    def _image_changed(self, layer) -> None:
        edit = self.form.bands_edit
        edit.setPlaceholderText("")
        self.refresh()
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

    def settings(self) -> DockSettings:
        """The form's settings and the pages' own (advanced settings unfolded, reference values)."""
        return replace(self.form.settings(), advanced_open=not self.form.advanced.isCollapsed(),
                       reference_classes=self.accuracy.reference_classes.text())

    def _started(self, what: str, task) -> None:
        self.status.start(what, lambda: task.message if task is not None else "")
        self.refresh()

    def _ended(self) -> None:
        self.status.stop(still_running=any(t is not None for t in (self.task, self.prompt_task, self.learn_task,
                                                                    self.accuracy.task)))
        self.refresh()

    def _accuracy_running(self, task) -> None:
        if task is not None:
            task.progressChanged.connect(self.status.set_progress)
            self._started(tr("Comparing with the reference..."), None)
        else:
            self._ended()
            self._status(tr("Accuracy checked: the scores are on the Check page."), bar=False)

    # ---- building the pipeline's Config from the widgets ---------------------------------
    def _config(self) -> Config:
        config = self.form.config()
        config.adapter = self.adapter_in_use()  # None: the base model's decoder
        return config

    # ---- actions ------------------------------------------------------------------------
    def generate_points(self) -> bool:
        """Sample APT prompts in a background task; they become the editable "APT prompts" layer."""
        self.settings().save()
        if self.prompt_task is not None:
            return False
        if self.layers.edited_prompts():
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
        self.prompt_task.progressChanged.connect(self.status.set_progress)
        self._started(tr("Sampling prompt points..."), self.prompt_task)
        QgsApplication.taskManager().addTask(self.prompt_task)
        return True

    def _points_ready(self, crs, online: str | None, plan, land_cover: str | None, error: str | None) -> None:
        self.prompt_task = None
        self._ended()
        if plan is None:
            self._status(error or tr("Cancelled: nothing was added."), Qgis.MessageLevel.Warning)
            return
        if land_cover:
            name = tr("Land cover used")
            if online:
                name = tr("Land cover ({product})").format(product=online)
            QgsProject.instance().addMapLayer(QgsRasterLayer(land_cover, name, "gdal"))
        self.toggle_edit(False)
        self.layers.set_prompts(create_prompt_layer(plan.points, crs))
        skipped = sum(1 for r in plan.reports if r.skipped)
        summary = tr("{0} prompt points on {1} tiles ({2} skipped: no cropland or no data).").format(
            len(plan.points), len(plan.reports), skipped
        )
        if warning := plan.uncovered_warning:
            self._status(f"{summary} {warning}", Qgis.MessageLevel.Warning)
        else:
            self._status(summary, bar=False)
        self.refresh()

    def toggle_edit(self, on: bool) -> None:
        """Switch the prompt-point map tool on or off (the Map and the Review pages' buttons)."""
        layer = self.layers.find_prompts()
        if on and layer is None:
            self._status(tr("Generate points first (or add an 'APT prompts' layer)."), Qgis.MessageLevel.Warning)
            on = False
        for button in (self.form.edit_button, self.review_page.edit_button):
            if button.isChecked() != on:
                button.blockSignals(True)
                button.setChecked(on)
                button.blockSignals(False)
        self.form.map_shortcuts.setVisible(on)
        if on:
            if self.tool is not None and self.tool.layer is layer:
                return
            if not layer.isEditable():
                layer.startEditing()
            self.tool = PromptPointTool(self.canvas, layer)
            self.canvas.setMapTool(self.tool)
            self.iface.setActiveLayer(layer)
        elif self.tool is not None:
            self.canvas.unsetMapTool(self.tool)
            self.tool = None
        self.refresh()

    def run_sam(self) -> bool:
        """Start SAM on the current prompt points in a background task."""
        self.settings().save()
        if self.task is not None:
            return False
        layer = self.layers.find_prompts()
        try:
            if layer is None:
                raise AptInputError(tr("Generate points first: SAM runs on the prompt points you see."))
            config = self._config()
            if not config.checkpoint:
                raise AptInputError(tr("Choose a SAM checkpoint file."))
            config.prompts = points_from_layer(layer, self.form.image_combo.currentLayer().crs())
            config.probability_output = "probability.tif" if self.form.probability_check.isChecked() else None
            config.uncertainty_output = "uncertainty.tif" if self.form.uncertainty_check.isChecked() else None
            config.fields_output = "fields.gpkg" if self.form.fields_check.isChecked() else None
        except AptInputError as exc:
            self._status(str(exc), Qgis.MessageLevel.Warning)
            return False
        self.last_result, self.last_error = None, None
        self.task = SegmentTask(config, self.engines, self._run_finished)
        self.task.progressChanged.connect(self.status.set_progress)
        self._started(tr("SAM is running..."), self.task)
        QgsApplication.taskManager().addTask(self.task)
        return True

    def cancel(self) -> None:
        """Cancel whatever runs: the SAM run, the point sampling, the accuracy check."""
        for task in (self.task, self.prompt_task, self.learn_task):
            if task is not None:
                task.cancel()
        self.accuracy.cancel()

    def _run_finished(self, result, error: str | None, workdir: str) -> None:
        self.task = None
        seconds = self.status.elapsed()
        self._ended()
        if result is None:
            self.last_error = error
            self._status(error or tr("The run did not finish."), Qgis.MessageLevel.Warning)
            return
        self.last_result = result
        self.layers.set_cropland(result.polygons_path)
        self.review.set_areas(result.review_path)
        with contextlib.suppress(AptInputError):  # the inputs of the run, for "Check accuracy"
            self.accuracy.set_result(self.cropland_layer, self.form.config())
        if result.probability_path:
            self.layers.set_probability(result.probability_path)
        if result.uncertainty_path and self.form.uncertainty_check.isChecked():
            self.layers.set_uncertainty(result.uncertainty_path)
        if result.paths.get("fields"):
            self.layers.set_fields(result.paths["fields"])
        self.status.set_progress(100)
        self._say_run(result, seconds)
        self.refresh()

    def _say_run(self, result, seconds: float) -> None:
        """The run in the status line: polygons, model and device, tiles, time."""
        tiles = len(result.plan.tiles)
        engine = self.engines.engine
        if engine is not None:
            self.form.device_info_label.setText(
                tr("Last run: {model} on {device}, encoder {encoder}").format(
                    model=engine.architecture.variant, device=engine.device.type.upper(), encoder=engine.fast_path)
            )
            self.status.last_run.setText(tr("Last run: {model} on {device}; tiles done: {tiles} ({encoded} newly "
                                            "encoded); {seconds:.0f} s.").format(
                model=engine.architecture.variant, device=engine.device.type.upper(), tiles=tiles,
                encoded=result.encoder_runs, seconds=seconds))
        text = tr("{0} cropland polygons. Tiles: {1}; newly encoded by SAM: {2}.").format(
            result.n_polygons, tiles, result.encoder_runs)
        if result.n_fields is not None:
            text += " " + tr("{count} field parcels.").format(count=result.n_fields)
        self._status(text, Qgis.MessageLevel.Success)

    def export(self, checked: bool = False, choice=None) -> str | None:
        """Export the cropland layer (dialog: file, format, CRS); asks before replacing a file."""
        return export_cropland(self, self.cropland_layer, choice, self._status)

    # ---- housekeeping ----------------------------------------------------------------------
    def shutdown(self) -> None:
        """Save settings, stop editing tools and any running task (called when the plugin unloads;
        once is enough, a second call does nothing)."""
        if self.closed:
            return
        self.settings().save()
        self.toggle_edit(False)
        self.accuracy.running_changed = None
        self.accuracy.shutdown()
        self.status.stop()
        for task in (self.task, self.prompt_task, self.learn_task):
            if task is not None:  # the dock is going: the task must not call back into it
                task.progressChanged.disconnect()
                task.on_done = _ignore
                task.cancel()
        self.task = self.prompt_task = self.learn_task = None
        self.layers.disconnect()
        self.closed = True
        project = QgsProject.instance()
        project.layersAdded.disconnect(self.refresh)
        project.layersRemoved.disconnect(self.refresh)


def _ignore(*args) -> None:
    """What a task still running calls back once its dock is gone."""
