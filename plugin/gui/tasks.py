"""The plugin's background tasks' common base: completion code that cannot raise out of QGIS.

A ``QgsTask``'s ``finished()`` runs on the main thread, called by QGIS's task manager: an exception
there reaches QGIS's Python error dialog as a traceback. :class:`GuardedTask` runs the completion
code (:meth:`GuardedTask.complete`) in a guard that logs the traceback and tells the analyst, in the
message bar, in words, what could not be finished.
"""

from __future__ import annotations

import traceback

from qgis.core import Qgis, QgsMessageLog, QgsTask

from ..toolbelt.i18n import tr

LOG_TAG = "APT Cropland"


def report_failure(what: str, exc: BaseException) -> str:
    """Log ``exc`` in full and show a short message in QGIS's message bar; returns the message."""
    QgsMessageLog.logMessage("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)), LOG_TAG,
                             Qgis.MessageLevel.Critical)
    message = tr(
        "'{task}' could not be completed: {error}. The details are in the log (the APT Cropland tab)."
    ).format(
        task=what, error=str(exc) or type(exc).__name__
    )
    QgsMessageLog.logMessage(message, LOG_TAG, Qgis.MessageLevel.Warning)
    try:
        from qgis.utils import iface

        if iface is not None and iface.messageBar() is not None:
            iface.messageBar().pushMessage(LOG_TAG, message, Qgis.MessageLevel.Critical, 0)
    except Exception:  # noqa: BLE001 - no message bar (QGIS closing): the log has it
        pass
    return message


class GuardedTask(QgsTask):
    """A ``QgsTask`` whose :meth:`complete` (the code run on the main thread once :meth:`run` has
    ended) never raises: a failure there is logged and shown as a message instead."""

    def __init__(self, description: str, flags=QgsTask.Flag.CanCancel):
        super().__init__(description, flags)
        self.completion_error: str | None = None  # the message shown when complete() failed

    def finished(self, ok: bool) -> None:
        try:
            self.complete(ok)
        except Exception as exc:  # noqa: BLE001 - shown to the analyst, logged in full
            self.completion_error = report_failure(self.description(), exc)

    def complete(self, ok: bool) -> None:
        """Back on the main thread: hand the outcome over (overridden by each task)."""
