"""Processing algorithm ``aptcropland:adapt``: SAM's decoder adapted to the region from labels."""

from __future__ import annotations

import shutil
import tempfile

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
)

from ..core.imagery.reader import parse_bands
from ..core.install.dependencies import install_hint, missing_dependencies
from ..toolbelt.i18n import tr
from .base import AptAlgorithm, ProcessingFeedback
from .evaluate_algorithm import vector_file
from .imagery_parameters import add_imagery_parameters, read_imagery_parameters
from .option_parameters import add_parameters, checkpoint_path
from .parameters import enum_name
from .prompt_inputs import prompt_config

LABELS, LABEL_AREA, WEAK_LABELS, WEAK_WEIGHT = "LABELS", "LABEL_AREA", "WEAK_LABELS", "WEAK_WEIGHT"
EPOCHS, LEARNING_RATE, VALIDATION = "EPOCHS", "LEARNING_RATE", "VALIDATION"
OUTPUT, OUTPUT_HTML = "OUTPUT", "OUTPUT_HTML"
POLYGONS = [QgsProcessing.SourceType.TypeVectorPolygon]
# The numbers it returns (the command line's --json keys, in capitals)
NUMBERS = ("TILES_TRAIN", "TILES_VALIDATION", "EPOCHS_RUN", "SECONDS", "VALIDATION_IOU_BEFORE",
           "VALIDATION_IOU_AFTER", "VALIDATION_F1_BEFORE", "VALIDATION_F1_AFTER", "VALIDATION_OA_BEFORE",
           "VALIDATION_OA_AFTER")


class AdaptAlgorithm(AptAlgorithm):
    """Labels (and the land covers' agreement) -> an adapter file for this checkpoint, and a report."""

    CHECKPOINT = "CHECKPOINT"  # read as autoprompt reads it (model ids from the model folder too)

    def name(self) -> str:
        return "adapt"

    def displayName(self) -> str:
        return tr("Adapt SAM to the region (learn from labels)")

    def help_text(self) -> str:
        return tr(
            "Trains SAM's mask decoder (and the prompt encoder's learned embeddings) on this region, with the "
            "image embeddings computed once per tile, and writes an adapter file (.pt) that Auto-prompt "
            "cropland takes as ADAPTER.\n\n"
            "LABELS: cropland polygons (a reference, or your corrected cropland layer), complete within "
            "LABEL_AREA (default: the extent of LABELS): inside them is cropland, inside the area and outside "
            "them is not. WEAK_LABELS adds, outside the label area, the pixels where the land covers agree, "
            "weighted by WEAK_WEIGHT. Prompts are sampled from the land cover as in a run, redrawn each epoch.\n\n"
            "A share of the labelled tiles (VALIDATION) is held out: training stops when their loss stops "
            "improving, and the report compares their OA, F1 and IoU with the frozen and the adapted decoder."
        )

    def initAlgorithm(self, config=None) -> None:
        from .prompt_inputs import add_prompt_parameters

        add_prompt_parameters(self)
        add_parameters(self, ["CHECKPOINT", "DEVICE", "PRECISION", "BANDS"])
        add_imagery_parameters(self)
        self.addParameter(QgsProcessingParameterVectorLayer(
            LABELS, tr("Labels: cropland polygons, complete within the label area"), POLYGONS, optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            LABEL_AREA, tr("Label area (default: the extent of the labels)"), POLYGONS, optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            WEAK_LABELS, tr("Weak labels: where the land covers agree, outside the label area"), False))
        number = QgsProcessingParameterNumber.Type
        for name, text, kind, default, low, high in (
            (WEAK_WEIGHT, tr("Weight of the weak labels"), number.Double, 0.3, 0.0, 1.0),
            (EPOCHS, tr("Epochs (at most: training stops early when the validation loss stops improving)"),
             number.Integer, 20, 1, 1000),
            (LEARNING_RATE, tr("Learning rate"), number.Double, 1e-4, 0.0, 1.0),
            (VALIDATION, tr("Share of the labelled tiles held out for validation"), number.Double, 0.25, 0.0, 0.9),
        ):
            param = QgsProcessingParameterNumber(name, text, kind, default, False, low, high)
            if name == LEARNING_RATE:
                param.setMetadata({"widget_wrapper": {"decimals": 6}})
            self.addParameter(param)
        self.addParameter(QgsProcessingParameterFileDestination(OUTPUT, tr("Adapter"), tr("Adapter files (*.pt)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            OUTPUT_HTML, tr("Report"), tr("HTML files (*.html)"), optional=True))
        for name in NUMBERS:
            self.addOutput(QgsProcessingOutputNumber(name, tr("Adaptation: {key}").format(key=name.lower())))

    def process(self, parameters, context, feedback) -> dict:
        from ..core.adapt import AdaptConfig, adapt

        if missing := missing_dependencies():
            hint = install_hint(missing)  # translated there
            raise QgsProcessingException(hint)
        run, _ = prompt_config(self, parameters, context)
        if not run.glc:
            raise QgsProcessingException(tr("Choose a land cover (GLC) raster layer or an online product: the "
                                            "prompts SAM learns to follow are sampled from it."))
        run.checkpoint = checkpoint_path(self, parameters, context)
        run.device = enum_name(self, parameters, "DEVICE", context)
        run.precision = enum_name(self, parameters, "PRECISION", context)
        run.bands = parse_bands(self.parameterAsString(parameters, "BANDS", context))
        read_imagery_parameters(self, parameters, context, run)
        workdir = tempfile.mkdtemp(prefix="apt_adapt_layers_")
        try:
            labels, area = (self._polygons(parameters, name, context, workdir) for name in (LABELS, LABEL_AREA))
            report = self.parameterAsFileOutput(parameters, OUTPUT_HTML, context) or None
            result = adapt(AdaptConfig(
                run, labels=labels, label_area=area,
                weak_labels=self.parameterAsBool(parameters, WEAK_LABELS, context),
                weak_weight=self.parameterAsDouble(parameters, WEAK_WEIGHT, context),
                epochs=self.parameterAsInt(parameters, EPOCHS, context),
                learning_rate=self.parameterAsDouble(parameters, LEARNING_RATE, context),
                validation=self.parameterAsDouble(parameters, VALIDATION, context),
                output=self.parameterAsFileOutput(parameters, OUTPUT, context), report=report, overwrite=True,
            ), feedback=ProcessingFeedback(feedback))
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
        summary = result.summary()
        feedback.pushInfo(tr("Validation IoU {before} -> {after}, F1 {f1_before} -> {f1_after} ({tiles} held-out "
                             "tiles, {epochs} epochs).").format(
            before=summary["validation_iou_before"], after=summary["validation_iou_after"],
            f1_before=summary["validation_f1_before"], f1_after=summary["validation_f1_after"],
            tiles=summary["tiles_validation"], epochs=summary["epochs_run"]))
        outputs = {OUTPUT: result.adapter, **{name: summary[name.lower()] for name in NUMBERS}}
        if report:
            outputs[OUTPUT_HTML] = report
        return outputs

    def _polygons(self, parameters, name: str, context, workdir: str):
        layer = self.parameterAsVectorLayer(parameters, name, context)
        return None if layer is None else vector_file(layer, context, workdir)
