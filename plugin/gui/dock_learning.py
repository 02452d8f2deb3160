"""The dock's *Learn from corrections...* (issue 23): the decoder adapted from the analyst's corrected
cropland in a background task on the dock's engine (the run's cached embeddings reused), the
validation scores before and after, and the offer to run again with the adapter; the Map page's
model section says which adapter is in use, or why it cannot be, and turns it off or on.

A mixin of :class:`~.dock.AptCroplandDock`: it reads the dock's ``form``, ``review_page``,
``layers``, ``engines`` and ``status``, and calls its ``_config``, ``_started``, ``_ended``,
``_status`` and ``run_sam``.
"""

from __future__ import annotations

import os
import shutil
import tempfile

from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt.QtWidgets import QPushButton

from ..core.errors import AptCancelledError, AptInputError
from ..toolbelt.i18n import tr
from .accuracy_panel import _polygon_file
from .dock_pages import hint_label
from .export import ask_overwrite
from .learn_dialog import LearnDialog, area_polygon, has_polygon_in
from .segment_task import PipelineTask, TaskFeedback
from .tasks import LOG_TAG

TRAINING_FROM = 20  # the core's progress when the epochs begin (adapt/run.py: labels, embeddings, then epochs)


class LearnFeedback(TaskFeedback):
    """Progress by epoch; once the epochs run, the status line shows the last epoch's losses."""

    def info(self, message: str) -> None:
        QgsMessageLog.logMessage(message, LOG_TAG, Qgis.MessageLevel.Info)
        if self.task.progress() >= TRAINING_FROM:
            self.task.loss = message

    def progress(self, percent: float, message: str = "") -> None:
        super().progress(percent, message)
        if self.task.loss:
            self.task.message = f"{message} - {self.task.loss}" if message else self.task.loss


class LearnTask(PipelineTask):
    """Runs the core's ``adapt`` on the dock's engine; ``on_done(result, error)`` on the main thread.
    Cancelled or failed, no adapter file is written (the core writes it only when all succeeded)."""

    def __init__(self, config, engines, workdir: str, on_done):
        super().__init__(tr("Learning from corrections (APT Cropland)"))
        self.failure = tr("Learning failed: {0}")
        self.config, self.engines, self.workdir, self.on_done = config, engines, workdir, on_done
        self.result = None
        self.loss = ""

    def work(self) -> None:
        from ..core.adapt import adapt

        run = self.config.run
        engine = self.engines.get(run.checkpoint or "", run.device, run.precision)
        if self.isCanceled():
            raise AptCancelledError(tr("Cancelled: no adapter file was written."))
        self.result = adapt(self.config, engine=engine, feedback=LearnFeedback(self))

    def done(self, ok: bool) -> None:
        try:
            if not ok and (self.isCanceled() or self.error == tr("Cancelled: nothing was added.")):
                self.error = tr("Cancelled: no adapter file was written.")
            self.on_done(self.result if ok else None, self.error)
        finally:
            shutil.rmtree(self.workdir, ignore_errors=True)


class Learning:
    """*Learn from corrections...* and the adapter in use, for :class:`AptCroplandDock`."""

    def _build_learning(self) -> None:
        self.learn_task: LearnTask | None = None
        self.learn_dialog: LearnDialog | None = None
        self.learn_result = None
        self.learn_offer: QPushButton | None = None  # "Run again with the adapter", in the message bar
        self._adapter_seen = None  # (adapter, its mtime, checkpoint) last described
        self.adapter_refused: str | None = None
        slot = self.review_page.learn_slot
        self.learn_button = QPushButton(tr("Learn from corrections..."))
        self.learn_button.setObjectName("learnButton")
        self.learn_button.setToolTip(tr("Adapt SAM's decoder to this region from your corrected cropland polygons; "
                                        "then run again with it"))
        self.learn_button.clicked.connect(self.open_learning)
        self.learn_hint = hint_label("learnHintLabel")
        slot.addWidget(self.learn_button)
        slot.addWidget(self.learn_hint)
        self.form.adapter_check.toggled.connect(lambda on: self.refresh())

    def _refresh_learning(self, why: str | None) -> None:
        self.learn_button.setEnabled(why is None)
        self.learn_hint.setText(why or "")
        self.learn_hint.setVisible(bool(why))
        self.show_adapter()

    # ---- the adapter in use (Map page, model section) ------------------------------------
    def adapter_in_use(self) -> str | None:
        """The adapter file the next run uses: learnt, ticked, there, and made for this model."""
        self.show_adapter()
        path = self.form.adapter_path
        if path and self.form.adapter_check.isChecked() and os.path.isfile(path) and not self.adapter_refused:
            return path
        return None

    def show_adapter(self) -> None:
        """Say which adapter is in use and for which model, or why it cannot be (another model)."""
        form = self.form
        path, checkpoint = form.adapter_path, form.checkpoint_widget.filePath()
        there = bool(path) and os.path.isfile(path)
        key = (path, os.path.getmtime(path) if there else None, checkpoint, form.adapter_check.isChecked())
        if key == self._adapter_seen:
            return
        self._adapter_seen = key
        form.adapter_label.setVisible(there)
        form.adapter_check.setVisible(there)
        form.adapter_label.setStyleSheet("")
        self.adapter_refused = None
        if not there:
            return
        name = os.path.basename(path)
        try:
            model = _adapter_model(path)
            ours = _checkpoint_model(checkpoint)
            if ours is not None and model != ours:
                raise AptInputError(tr("The adapter {name} was made for the model {model}; the checkpoint chosen is "
                                       "{ours}: it is not used.").format(name=name, model=model, ours=ours))
        except AptInputError as exc:
            self.adapter_refused = str(exc)
            form.adapter_label.setText(str(exc))
            form.adapter_label.setStyleSheet("color: #a33;")
            form.adapter_check.setEnabled(False)
            return
        form.adapter_check.setEnabled(True)
        text = tr("Adapter in use: {name} (made for {model}).") if form.adapter_check.isChecked() else tr(
            "Adapter {name} (made for {model}): turned off, the base model's decoder is used.")
        form.adapter_label.setText(text.format(name=name, model=model))

    # ---- learning ------------------------------------------------------------------------
    def open_learning(self) -> None:
        """The dialog of what to learn from, with its defaults (the edited cropland, the canvas extent)."""
        if self.learn_dialog is None:
            self.learn_dialog = LearnDialog(self.canvas, self.learn, self)
        engine = self.engines.engine
        self.learn_dialog.prepare(self.layers.cropland, engine.architecture.variant if engine is not None else "")
        self.learn_dialog.show()
        self.learn_dialog.raise_()

    def learn(self, overwrite: bool | None = None) -> bool:
        """Train an adapter from the dialog's choices in a background task (``overwrite``: the answer to
        the question asked when the adapter file exists)."""
        self.settings().save()
        dialog = self.learn_dialog
        if self.learn_task is not None or self.task is not None or dialog is None:
            return False
        workdir = tempfile.mkdtemp(prefix="apt_learn_")
        try:
            config = self._adapt_config(dialog, workdir, overwrite)
        except AptInputError as exc:
            shutil.rmtree(workdir, ignore_errors=True)
            self._status(str(exc), Qgis.MessageLevel.Warning)
            return False
        if config is None:
            shutil.rmtree(workdir, ignore_errors=True)
            return False
        dialog.hide()
        self.learn_result = None
        self.learn_task = LearnTask(config, self.engines, workdir, self._learned)
        self.learn_task.progressChanged.connect(self.status.set_progress)
        self._started(tr("Learning from corrections..."), self.learn_task)
        QgsApplication.taskManager().addTask(self.learn_task)
        return True

    def _adapt_config(self, dialog: LearnDialog, workdir: str, overwrite: bool | None):
        from ..core.adapt import AdaptConfig

        layer = dialog.labels()
        rect, crs = dialog.area()
        if not has_polygon_in(layer, rect, crs):
            raise AptInputError(tr("The layer '{name}' has no polygon in the label area: nothing to learn from. "
                                   "Correct or draw cropland polygons there, or choose another area.").format(
                name=layer.name()))
        path = dialog.file_widget.filePath()
        if not path:
            raise AptInputError(tr("Choose where to save the adapter file (.pt)."))
        if not path.lower().endswith(".pt"):
            path += ".pt"
        if os.path.exists(path):
            if overwrite is None:
                overwrite = ask_overwrite(self, tr("The adapter file {name} exists. Replace it?").format(
                    name=os.path.basename(path)))
            if not overwrite:
                return None
        config = self._config()
        config.adapter = None
        labels, area = _polygon_file(layer, workdir), area_polygon(rect, crs, workdir)
        return AdaptConfig(run=config, labels=labels, label_area=area,
                           weak_labels=dialog.weak_check.isChecked(), epochs=dialog.epochs_spin.value(),
                           learning_rate=dialog.rate_spin.value(), output=path, overwrite=bool(overwrite))

    def _learned(self, result, error: str | None) -> None:
        self.learn_task = None
        self._ended()
        if result is None:
            self._status(error or tr("Learning did not finish: no adapter file was written."),
                         Qgis.MessageLevel.Warning)
            return
        self.learn_result = result
        self.status.set_progress(100)
        b, a = result.before, result.after
        where = tr("validation") if result.measured_on == "validation" else tr("training (one labelled tile)")
        text = tr("Adapter learnt: {name}. IoU {iou_before:.2f} -> {iou_after:.2f}, F1 {f1_before:.2f} -> "
                  "{f1_after:.2f} on the {where} tiles; {epochs} epochs.").format(
            name=os.path.basename(result.adapter), iou_before=b.iou, iou_after=a.iou, f1_before=b.f1,
            f1_after=a.f1, where=where, epochs=result.epochs_run)
        self._status(text, bar=False)
        self._offer(text)

    def _offer(self, text: str) -> None:
        bar = self.iface.messageBar()
        message = bar.createMessage(tr("APT Cropland"), text)
        self.learn_offer = QPushButton(tr("Run again with the adapter"))
        self.learn_offer.setObjectName("runWithAdapterButton")
        self.learn_offer.clicked.connect(lambda: (bar.popWidget(message), self.run_with_adapter()))
        message.layout().addWidget(self.learn_offer)
        bar.pushWidget(message, Qgis.MessageLevel.Success, 0)

    def run_with_adapter(self) -> bool:
        """Use the adapter just learnt and run SAM again (the embeddings are cached: it decodes only)."""
        if self.learn_result is None:
            return False
        self.form.adapter_path = self.learn_result.adapter
        self.form.adapter_check.setChecked(True)
        self.show_adapter()
        return self.run_sam()


def _adapter_model(path: str) -> str:
    from ..core.models.adapter import read_adapter

    return str(read_adapter(path).get("model"))


def _checkpoint_model(path: str) -> str | None:
    """The chosen checkpoint's model, None when it cannot be told (no checkpoint, not a model)."""
    if not path or not os.path.isfile(path):
        return None
    from ..core.models.checkpoint import describe_checkpoint

    try:
        return describe_checkpoint(path)[0].variant
    except AptInputError:
        return None
