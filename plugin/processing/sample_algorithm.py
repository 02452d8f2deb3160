"""Processing algorithm ``aptcropland:sample``: a stratified random sample for accuracy assessment."""

from __future__ import annotations

import shutil
import tempfile

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core.accuracy.sampling import SampleDesign, draw_sample
from ..core.accuracy.strata import StrataMap, StrataSpec
from ..toolbelt.compat import int_field
from ..toolbelt.i18n import tr
from .base import AccuracyAlgorithm, ProcessingFeedback
from .evaluate_algorithm import POLYGON_OR_RASTER, add_grid_parameters, grid_inputs, layer_input

MAP = "MAP"


def add_map_parameters(alg) -> None:
    """MAP and, for a polygon map, GRID / RESOLUTION."""
    alg.addParameter(QgsProcessingParameterMapLayer(
        MAP, tr("Map (a raster of classes, or cropland polygons)"), types=POLYGON_OR_RASTER))
    add_grid_parameters(alg)


def strata_spec(alg, parameters, context, workdir: str) -> StrataSpec:
    raster, polygons = layer_input(alg, parameters, MAP, context, workdir, tr("map"))
    grid, resolution = grid_inputs(alg, parameters, context)
    return StrataSpec(raster=raster, polygons=polygons, grid_raster=grid, resolution_m=resolution)


def sample_fields() -> QgsFields:
    fields = QgsFields()
    for name in ("stratum", "map_class", "ref_class"):
        fields.append(int_field(name))
    return fields


class SampleAlgorithm(AccuracyAlgorithm):
    """Stratified random points, the map's classes as strata, for the analyst to label."""

    SIZE, TARGET_SE, EXPECTED_UA = "SIZE", "TARGET_SE", "EXPECTED_UA"
    MIN_PER_CLASS, SEED, MIN_DISTANCE, OUTPUT = "MIN_PER_CLASS", "SEED", "MIN_DISTANCE", "OUTPUT"

    def name(self) -> str:
        return "sample"

    def displayName(self) -> str:
        return tr("Create an accuracy assessment sample")

    def shortHelpString(self) -> str:
        return tr(
            "Stratified random sampling with the map's classes as strata (Olofsson et al. 2014, section 5). "
            "The map is a categorical raster (no data left out) or cropland polygons on a grid (strata: 1 cropland, "
            "0 not cropland).\n\n"
            "Sample size: SIZE points, or with SIZE = 0 the size that reaches the target standard error of overall "
            "accuracy given the expected user's accuracy of each class ('1:0.8,0:0.95', or one value for all): "
            "n = (sum W_i S_i / S(O))^2 with S_i = sqrt(U_i (1 - U_i)). Points are allocated to the strata in "
            "proportion to their area, then every stratum is topped up to the minimum per class.\n\n"
            "Output: points at pixel centres in the map's CRS with stratum, map_class and an empty ref_class to "
            "fill in with the reference class; then run 'Estimate accuracy and area from a labelled sample'."
        )

    def initAlgorithm(self, config=None) -> None:
        add_map_parameters(self)
        integer, double = QgsProcessingParameterNumber.Type.Integer, QgsProcessingParameterNumber.Type.Double
        self.addParameter(QgsProcessingParameterNumber(
            self.SIZE, tr("Sample size (0: from the target standard error)"), integer, 0, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.TARGET_SE, tr("Target standard error of overall accuracy"), double, 0.01, minValue=0.0001,
            maxValue=0.5))
        self.addParameter(QgsProcessingParameterString(
            self.EXPECTED_UA, tr("Expected user's accuracy per class (e.g. 1:0.8,0:0.95, or one value)"),
            defaultValue="0.9"))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_PER_CLASS, tr("Minimum points per class"), integer, 50, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(self.SEED, tr("Random seed"), integer, 0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_DISTANCE, tr("Minimum distance between points (metres)"), double, None, optional=True,
            minValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Sample points"), QgsProcessing.SourceType.TypeVectorPoint))

    def process(self, parameters, context, feedback) -> dict:
        workdir = tempfile.mkdtemp(prefix="apt_sample_inputs_")
        try:
            spec = strata_spec(self, parameters, context, workdir)
            distance = parameters.get(self.MIN_DISTANCE)
            design = SampleDesign(
                size=self.parameterAsInt(parameters, self.SIZE, context),
                target_se=self.parameterAsDouble(parameters, self.TARGET_SE, context),
                expected_users=self.parameterAsString(parameters, self.EXPECTED_UA, context),
                min_per_class=self.parameterAsInt(parameters, self.MIN_PER_CLASS, context),
                seed=self.parameterAsInt(parameters, self.SEED, context),
                min_distance_m=0.0 if distance in (None, "") else self.parameterAsDouble(
                    parameters, self.MIN_DISTANCE, context),
            )
            with StrataMap(spec) as strata:
                sample = draw_sample(strata, design, ProcessingFeedback(feedback))
                crs = QgsCoordinateReferenceSystem.fromWkt(strata.crs.to_wkt())
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
        for line in sample.notes + sample.allocation_lines():
            feedback.pushInfo(line)
        feedback.pushInfo(tr("{n} sample points.").format(n=len(sample.x)))
        fields = sample_fields()
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.Point, crs)
        for x, y, stratum in zip(sample.x, sample.y, sample.stratum):
            feature = QgsFeature(fields)
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
            feature.setAttributes([int(stratum), int(stratum), None])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return {self.OUTPUT: dest}
