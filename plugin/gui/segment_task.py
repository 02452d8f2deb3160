"""Background tasks: prompt sampling and the SAM run in worker threads, layers added on the main thread."""

from __future__ import annotations

import os
import shutil
import tempfile

from qgis.core import Qgis, QgsMessageLog, QgsTask

from ..core.config import Config, Feedback
from ..core.errors import AptCancelledError, AptInputError
from ..core.pipeline import Result, plan_prompts, run, save_land_cover
from ..toolbelt.i18n import tr
from .tasks import LOG_TAG, GuardedTask


class TaskFeedback(Feedback):
    """Core progress and cancel hooks on a ``QgsTask``."""

    def __init__(self, task: QgsTask):
        self.task = task

    def progress(self, percent: float, message: str = "") -> None:
        if message:
            self.task.message = message  # read by the dock's status line (a str: no lock needed)
        self.task.setProgress(percent)

    def info(self, message: str) -> None:
        QgsMessageLog.logMessage(message, LOG_TAG, Qgis.MessageLevel.Info)

    def is_cancelled(self) -> bool:
        return self.task.isCanceled()


class PipelineTask(GuardedTask):
    """A cancellable background step of the pipeline: :meth:`work` runs in a worker thread; any
    failure becomes ``self.error``, a message for the analyst (unexpected ones logged in full)."""

    failure = "{0}"  # what an unexpected error is prefixed with (a tr() string of the subclass)

    def __init__(self, description: str):
        super().__init__(description)
        self.error: str | None = None
        self.message = ""  # the core's last progress message ("SAM: tile 3/8")

    def work(self) -> None:
        raise NotImplementedError

    def run(self) -> bool:
        try:
            self.work()
            return True
        except AptCancelledError:
            self.error = tr("Cancelled: nothing was added.")
        except AptInputError as exc:
            self.error = str(exc)
        except Exception as exc:  # noqa: BLE001 - shown to the analyst, logged in full
            import traceback

            QgsMessageLog.logMessage(traceback.format_exc(), LOG_TAG, Qgis.MessageLevel.Critical)
            self.error = self.failure.format(exc)
        return False

    def complete(self, ok: bool) -> None:
        if not ok and self.error is None:  # cancelled before it started
            self.error = tr("Cancelled: nothing was added.")
        self.done(ok)

    def done(self, ok: bool) -> None:
        """Back on the main thread: hand the outcome over."""


class SegmentTask(PipelineTask):
    """Runs the pipeline on the given prompts (and the field parcels inside its cropland when
    ``config.fields_output`` is set, on the same engine's cached embeddings); ``on_done(result,
    error, workdir)`` is called on the main thread.

    Outputs go to a private temporary folder; ``on_done`` gets them only on success, and the
    folder is removed once the callback has taken what it needs.
    """

    def __init__(self, config: Config, engines, on_done):
        super().__init__(tr("Auto-prompt cropland (SAM)"))
        self.failure = tr("SAM run failed: {0}")
        self.config = config
        self.engines = engines
        self.on_done = on_done
        self.workdir = tempfile.mkdtemp(prefix="apt_cropland_run_")
        self.config.output = os.path.join(self.workdir, "cropland.gpkg")
        if self.config.probability_output:
            self.config.probability_output = os.path.join(self.workdir, "probability.tif")
        if self.config.uncertainty_output:
            self.config.uncertainty_output = os.path.join(self.workdir, "uncertainty.tif")
        if self.config.fields_output:  # field parcels inside the cropland, on the run's cached embeddings
            self.config.fields_output = os.path.join(self.workdir, "fields.gpkg")
        if self.config.glc:  # where the map and the land covers disagree, for the dock's review list
            self.config.review_output = os.path.join(self.workdir, "review.gpkg")
        self.result: Result | None = None

    def work(self) -> None:
        engine = self.engines.get(self.config.checkpoint or "", self.config.device, self.config.precision)
        if self.isCanceled():
            raise AptCancelledError(tr("Cancelled: nothing was added."))
        if not self.config.fields_output:
            self.result = run(self.config, engine=engine, feedback=TaskFeedback(self))
            return
        from ..core.fields.masks import FieldParams
        from ..core.fields.run import run_with_fields

        self.result, fields = run_with_fields(self.config, FieldParams.of(self.config), self.config.fields_output,
                                              engine=engine, feedback=TaskFeedback(self))
        self.result.paths["fields"] = fields.path
        self.result.n_fields = fields.n_fields

    def done(self, ok: bool) -> None:
        try:
            self.on_done(self.result if ok else None, self.error, self.workdir)
        finally:
            shutil.rmtree(self.workdir, ignore_errors=True)


class PromptTask(PipelineTask):
    """Samples the APT prompts (and saves the land cover used, if asked) in a worker thread.

    Reading the land cover can take a while (a large raster, or WorldCover over the network):
    the canvas stays responsive. ``on_done(plan, land_cover_path, error)`` runs on the main thread.
    """

    def __init__(self, config: Config, land_cover_path: str | None, on_done):
        super().__init__(tr("Generating APT prompt points"))
        self.failure = tr("Generating the prompt points failed: {0}")
        self.config, self.land_cover_path, self.on_done = config, land_cover_path, on_done
        self.plan = None

    def work(self) -> None:
        self.plan = plan_prompts(self.config, TaskFeedback(self))
        if self.land_cover_path:
            save_land_cover(self.config, self.land_cover_path)

    def done(self, ok: bool) -> None:
        self.on_done(self.plan if ok else None, self.land_cover_path if ok else None, self.error)
