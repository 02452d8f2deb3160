"""What every APT Cropland algorithm shares: its base classes (group, icon, errors turned into
readable messages) and the core's feedback on Processing's."""

from __future__ import annotations

import traceback

from qgis.core import (
    Qgis,
    QgsMessageLog,
    QgsProcessingAlgorithm,
    QgsProcessingException,
)
from qgis.PyQt.QtGui import QIcon

from ..core.config import Feedback
from ..core.errors import AptCancelledError, AptInputError
from ..toolbelt.i18n import tr
from ..toolbelt.resources import icon_path
from .parameters import enum_help

LOG_TAG = "APT Cropland"


def unexpected_error(exc: Exception, feedback) -> str:
    """The one readable line an unexpected error ends in; its traceback goes to the algorithm's log
    (as debug information) and to QGIS's message log, not into the message."""
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    if feedback is not None:
        feedback.pushDebugInfo(details)
    QgsMessageLog.logMessage(details, LOG_TAG, Qgis.MessageLevel.Critical)
    what = (str(exc).strip().splitlines() or [""])[0]
    what = f"{type(exc).__name__}: {what}" if what else type(exc).__name__
    return tr("Unexpected error ({error}). The details are in the \"{tag}\" tab of the Log Messages panel; "
              "please include them when you report the problem.").format(error=what, tag=LOG_TAG)


class AptAlgorithm(QgsProcessingAlgorithm):
    """What every APT Cropland algorithm shares: group, icon, and every error turned into a
    ``QgsProcessingException`` with a readable message in one place (subclasses implement
    :meth:`process`)."""

    def processAlgorithm(self, parameters, context, feedback):
        try:
            return self.process(parameters, context, feedback)
        except QgsProcessingException:
            raise  # already a message for the analyst
        except AptCancelledError:
            message = tr("Cancelled: no output was written.")
        except AptInputError as exc:
            message = str(exc)
        except Exception as exc:  # noqa: BLE001 - anything else: one line, the traceback in the logs
            message = unexpected_error(exc, feedback)
        raise QgsProcessingException(message)  # outside the handler: no chained traceback of the algorithm's frames

    def process(self, parameters, context, feedback) -> dict:
        raise NotImplementedError

    def help_text(self) -> str:
        """What the algorithm does, for its help panel (the options by name are added below it)."""
        return ""

    def shortHelpString(self) -> str:
        options = enum_help(self)
        if not options:
            return self.help_text()
        return self.help_text() + "\n\n" + tr("Options, by name:") + "\n" + options

    def group(self) -> str:
        return tr("Cropland mapping")

    def groupId(self) -> str:
        return "cropland"

    def icon(self) -> QIcon:
        return QIcon(icon_path())

    def createInstance(self):
        return type(self)()


class AccuracyAlgorithm(AptAlgorithm):
    """The algorithms that judge a map (evaluate, sample, assess): their own group."""

    def group(self) -> str:
        return tr("Accuracy and area")

    def groupId(self) -> str:
        return "accuracy"


class ProcessingFeedback(Feedback):
    """Core progress and cancel hooks on a ``QgsProcessingFeedback``."""

    def __init__(self, feedback):
        self._feedback = feedback

    def progress(self, percent: float, message: str = "") -> None:
        self._feedback.setProgress(percent)
        if message:
            self._feedback.setProgressText(message)

    def info(self, message: str) -> None:
        self._feedback.pushInfo(message)

    def is_cancelled(self) -> bool:
        return self._feedback.isCanceled()
