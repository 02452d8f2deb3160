"""Processing algorithm ``aptcropland:assess``: accuracy and area estimated from a labelled sample."""

from __future__ import annotations

import shutil
import tempfile

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
)

from ..core.accuracy.assess import assess
from ..core.accuracy.olofsson import Estimates
from ..core.accuracy.report import assessment_html
from ..core.accuracy.strata import StrataMap
from ..toolbelt.i18n import tr
from .base import AccuracyAlgorithm, ProcessingFeedback
from .evaluate_algorithm import number_or_none
from .sample_algorithm import MAP, add_map_parameters, strata_spec


def _label(value, fid) -> int | None:
    """A reference label as an int; None when empty (NULL, '')."""
    if value is None or (hasattr(value, "isNull") and value.isNull()) or str(value).strip() == "":
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = None
    if number is None or number != int(number):
        raise QgsProcessingException(
            tr("Sample point {fid} has the reference label {value!r}: labels must be the map's class codes "
               "(whole numbers).").format(fid=fid, value=str(value)))
    return int(number)


def read_sample(source, field: str, crs: QgsCoordinateReferenceSystem, context):
    """Points (in ``crs``) and their labels from a point source."""
    if source.fields().indexOf(field) < 0:
        raise QgsProcessingException(tr("The sample has no field {field!r} with the reference labels.").format(
            field=field))
    transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
    xs, ys, labels = [], [], []
    for feature in source.getFeatures():
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        points = geometry.asMultiPoint() if geometry.isMultipart() else [geometry.asPoint()]
        label = _label(feature[field], feature.id())
        for point in points:
            try:
                p = transform.transform(QgsPointXY(point))
            except QgsCsException:
                continue  # cannot be placed in the map's CRS: off the map
            xs.append(p.x())
            ys.append(p.y())
            labels.append(label)
    return xs, ys, labels


class AssessAlgorithm(AccuracyAlgorithm):
    """Olofsson et al. (2014) stratified estimators of accuracy and area."""

    SAMPLE, REF_FIELD = "SAMPLE", "REF_FIELD"
    OUTPUT_TABLE, OUTPUT_HTML = "OUTPUT_TABLE", "OUTPUT_HTML"

    def name(self) -> str:
        return "assess"

    def displayName(self) -> str:
        return tr("Estimate accuracy and area from a labelled sample")

    def shortHelpString(self) -> str:
        return tr(
            "Estimates of Olofsson et al. (2014) for a stratified random sample whose strata are the map's classes: "
            "the error matrix in area proportions, overall, user's and producer's accuracy with 95 % confidence "
            "intervals, and the error-adjusted area of every class with its 95 % interval.\n\n"
            "The map is the raster or polygon layer the sample's strata come from (give the same grid as when "
            "sampling a polygon map): its class areas are counted from it as true ground area in hectares, and "
            "each point's stratum is the map class under it. The sample is any point layer (from 'Create an "
            "accuracy assessment sample', AcATaMa, a field survey...) with the reference class in REF_FIELD. "
            "Points without a label, off the map or on its no data are skipped and counted in the log."
        )

    def initAlgorithm(self, config=None) -> None:
        add_map_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SAMPLE, tr("Labelled sample points"), [QgsProcessing.SourceType.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.REF_FIELD, tr("Field with the reference class"), "ref_class", self.SAMPLE, optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_TABLE, tr("Estimates table"), tr("CSV files (*.csv)"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_HTML, tr("Report"), tr("HTML files (*.html)"), optional=True))
        self.addOutput(QgsProcessingOutputNumber("OA", tr("Overall accuracy")))
        self.addOutput(QgsProcessingOutputNumber("OA_CI95", tr("Overall accuracy: 95 % interval half-width")))

    def process(self, parameters, context, feedback) -> dict:
        source = self.parameterAsSource(parameters, self.SAMPLE, context)
        if source is None:
            raise QgsProcessingException(tr("Choose the labelled sample points."))
        field = self.parameterAsString(parameters, self.REF_FIELD, context) or "ref_class"
        workdir = tempfile.mkdtemp(prefix="apt_assess_inputs_")
        try:
            spec = strata_spec(self, parameters, context, workdir)
            with StrataMap(spec) as strata:
                crs = QgsCoordinateReferenceSystem.fromWkt(strata.crs.to_wkt())
                xs, ys, labels = read_sample(source, field, crs, context)
                result = assess(strata, xs, ys, labels, field, ProcessingFeedback(feedback))
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
        for line in result.log_lines():
            feedback.pushInfo(line)
        e = result.estimates
        feedback.pushInfo(tr("Overall accuracy {oa:.4f} +/- {ci:.4f} (95 %).").format(
            oa=e.oa, ci=float(Estimates.ci95(e.oa_se))))
        for row in result.rows():
            feedback.pushInfo(tr("Class {cls}: {n} points, mapped {mapped:.2f} ha, adjusted {area:.2f} +/- {ci:.2f} ha")
                              .format(cls=row["class"], n=row["n"], mapped=row["mapped_area_ha"],
                                      area=row["adjusted_area_ha"], ci=row["adjusted_area_ci95_ha"]))
        outputs = {"OA": number_or_none(e.oa), "OA_CI95": number_or_none(float(Estimates.ci95(e.oa_se)))}
        table = self.parameterAsFileOutput(parameters, self.OUTPUT_TABLE, context)
        if table:
            outputs[self.OUTPUT_TABLE] = result.write_csv(table)
        report = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
        if report:
            layer = self.parameterAsLayer(parameters, MAP, context)
            with open(report, "w", encoding="utf-8") as f:
                f.write(assessment_html(result, layer.name() if layer is not None else ""))
            outputs[self.OUTPUT_HTML] = report
        return outputs
