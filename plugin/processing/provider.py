"""Processing provider ``aptcropland``."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..toolbelt.i18n import tr
from ..toolbelt.resources import icon_path
from .adapt_algorithm import AdaptAlgorithm
from .assess_algorithm import AssessAlgorithm
from .autoprompt_algorithm import AutoPromptAlgorithm
from .evaluate_algorithm import EvaluateAlgorithm
from .fields_algorithm import FieldsAlgorithm
from .prompts_algorithm import GeneratePromptsAlgorithm
from .sample_algorithm import SampleAlgorithm


class AptCroplandProvider(QgsProcessingProvider):
    """Holds the APT Cropland algorithms."""

    def id(self) -> str:
        return "aptcropland"

    def name(self) -> str:
        return tr("APT Cropland")

    def longName(self) -> str:
        return tr("APT Cropland: cropland mapping with SAM prompted by global land cover")

    def icon(self) -> QIcon:
        return QIcon(icon_path())

    def loadAlgorithms(self) -> None:
        self.addAlgorithm(GeneratePromptsAlgorithm())
        self.addAlgorithm(AutoPromptAlgorithm())
        self.addAlgorithm(FieldsAlgorithm())
        self.addAlgorithm(EvaluateAlgorithm())
        self.addAlgorithm(SampleAlgorithm())
        self.addAlgorithm(AssessAlgorithm())
        self.addAlgorithm(AdaptAlgorithm())
