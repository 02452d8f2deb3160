"""Processing algorithm ``aptcropland:evaluate``: a cropland map compared with a reference.

Also the helpers the accuracy algorithms share: map layers (raster or polygons) as core inputs,
the GRID / RESOLUTION parameters of polygon maps.
"""

from __future__ import annotations

import math
import os
import shutil
import tempfile

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProviderRegistry,
    QgsRasterLayer,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..core.accuracy.compare import EvaluateConfig, Thematic, evaluate
from ..core.accuracy.grid import VectorSource
from ..core.accuracy.objects import ObjectScores, default_tolerance, evaluate_objects
from ..core.accuracy.report import comparison_html, objects_html
from ..core.landcover.schemes import parse_classes
from ..toolbelt.i18n import tr
from ..toolbelt.layers import raster_file
from ..toolbelt.resources import style_path
from .base import AccuracyAlgorithm, ProcessingFeedback

GRID, RESOLUTION = "GRID", "RESOLUTION"
SCORES = ("OA", "PRECISION", "RECALL", "F1", "IOU", "MIOU", "PIXELS")
POLYGON_OR_RASTER = [QgsProcessing.SourceType.TypeVectorPolygon, QgsProcessing.SourceType.TypeRaster]


def add_grid_parameters(alg) -> None:
    """GRID and RESOLUTION: the grid a polygon map is compared or counted on."""
    alg.addParameter(QgsProcessingParameterRasterLayer(
        GRID, tr("Grid for a polygon map (a raster, e.g. the image it was made from)"), optional=True))
    alg.addParameter(QgsProcessingParameterNumber(
        RESOLUTION, tr("Or: pixel size for a polygon map (metres)"), QgsProcessingParameterNumber.Type.Double,
        None, optional=True, minValue=0))


def grid_inputs(alg, parameters, context) -> tuple[str | None, float | None]:
    """The GRID raster's file and the RESOLUTION (None when not given)."""
    layer = alg.parameterAsRasterLayer(parameters, GRID, context)
    grid = raster_file(layer, tr("grid")) if layer is not None else None
    value = parameters.get(RESOLUTION)
    resolution = None if value in (None, "") else alg.parameterAsDouble(parameters, RESOLUTION, context)
    return grid, resolution or None


def vector_file(layer: QgsVectorLayer, context, workdir: str) -> VectorSource:
    """An OGR-readable file of a polygon layer: its own file, else a GeoPackage copy in ``workdir``
    (memory layers, filtered layers, other providers)."""
    if layer.providerType() == "ogr":
        parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
        if parts.get("path") and not parts.get("subset") and os.path.exists(parts["path"]):
            return VectorSource(parts["path"], parts.get("layerName") or None)
    path = os.path.join(workdir, f"layer_{len(os.listdir(workdir))}.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "polygons"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, context.transformContext(), options)
    if error[0] != QgsVectorFileWriter.WriterError.NoError:
        raise QgsProcessingException(tr("Could not read the layer '{name}': {error}").format(
            name=layer.name(), error=error[1]))
    return VectorSource(path, "polygons")


def layer_input(alg, parameters, name: str, context, workdir: str, what: str, optional: bool = False):
    """A map-layer parameter as (raster file, None) or (None, polygons)."""
    layer = alg.parameterAsLayer(parameters, name, context)
    if layer is None:
        if optional:
            return None, None
        raise QgsProcessingException(tr("Choose the {what}: a raster or a polygon layer.").format(what=what))
    if isinstance(layer, QgsRasterLayer):
        return raster_file(layer, what), None
    if not isinstance(layer, QgsVectorLayer) or layer.geometryType() != QgsWkbTypes.GeometryType.PolygonGeometry:
        raise QgsProcessingException(tr("The {what} must be a raster or a polygon layer.").format(what=what))
    return None, vector_file(layer, context, workdir)


def number_or_none(value: float):
    """NaN (an undefined score) as None, which JSON and the Processing log understand."""
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else value


def style_difference(path: str) -> None:
    """The difference raster's legend beside it (QGIS loads ``<name>.qml`` with the raster)."""
    shutil.copyfile(style_path("difference.qml"), os.path.splitext(path)[0] + ".qml")


class EvaluateAlgorithm(AccuracyAlgorithm):
    """OA, precision, recall, F1, IoU and mIoU of a cropland map (and of the land cover) against a reference."""

    MAP, MAP_CLASSES, THRESHOLD = "MAP", "MAP_CLASSES", "THRESHOLD"
    REFERENCE, REFERENCE_CLASSES, AREA = "REFERENCE", "REFERENCE_CLASSES", "AREA"
    GLC, CROPLAND_CLASSES = "GLC", "CROPLAND_CLASSES"
    OUTPUT_TABLE, OUTPUT_HTML, OUTPUT_DIFFERENCE = "OUTPUT_TABLE", "OUTPUT_HTML", "OUTPUT_DIFFERENCE"
    FIELDS, REFERENCE_FIELDS, BOUNDARY_TOLERANCE = "FIELDS", "REFERENCE_FIELDS", "BOUNDARY_TOLERANCE"

    def name(self) -> str:
        return "evaluate"

    def displayName(self) -> str:
        return tr("Compare a cropland map with a reference")

    def shortHelpString(self) -> str:
        return tr(
            "Scores a cropland map against reference cropland as the APT paper does: overall accuracy (OA), "
            "precision (user's accuracy of cropland), recall (producer's accuracy), F1, the IoU of cropland and "
            "the mean IoU of cropland and not cropland (mIoU); optionally the land cover it was prompted from on "
            "the same pixels.\n\n"
            "The map is a polygon layer (cropland inside) or a raster (cropland = the class values given, or for "
            "a floating-point probability raster the pixels at or above the threshold). The reference is a polygon "
            "layer (everything else in the compared area is not cropland) or a raster (its no data left out).\n\n"
            "Everything is compared on the map raster's grid, or for a polygon map on the grid raster or at the "
            "resolution given; other CRSs and grids are warped (nearest neighbour) or rasterised (a pixel belongs "
            "to a polygon when its centre does) window by window. Scores are fractions (0-1); areas are true "
            "ground area in hectares.\n\n"
            "Field parcels: given predicted fields (FIELDS) and reference parcels (REFERENCE_FIELDS, polygons in any "
            "CRS), the object scores too: a field and a parcel match when their IoU is at least 0.5 (one to one), "
            "OBJECT_PRECISION = matched / fields, OBJECT_RECALL = matched / parcels, OBJECT_F1, MEAN_MATCHED_IOU, "
            "over-segmentation (parcels split into several fields) and under-segmentation (fields holding several "
            "parcels) rates, and BOUNDARY_F1: boundary length within BOUNDARY_TOLERANCE metres of the other layer's "
            "boundaries (default: two pixels of the map raster or the grid). The map and reference may then be left "
            "out; with an area, only polygons whose inner point lies in it count."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(QgsProcessingParameterMapLayer(
            self.MAP, tr("Cropland map (polygons or raster)"), types=POLYGON_OR_RASTER, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.MAP_CLASSES, tr("Cropland values of a map raster"), defaultValue="1"))
        self.addParameter(QgsProcessingParameterNumber(
            self.THRESHOLD, tr("Threshold of a probability map raster"), QgsProcessingParameterNumber.Type.Double,
            0.5))
        self.addParameter(QgsProcessingParameterMapLayer(
            self.REFERENCE, tr("Reference cropland (polygons or raster)"), types=POLYGON_OR_RASTER, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.REFERENCE_CLASSES, tr("Cropland values of a reference raster (or a scheme name)"), defaultValue="1"))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AREA, tr("Area to compare (default: the map's extent)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.GLC, tr("Land cover to score as a baseline"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.CROPLAND_CLASSES, tr("Cropland class values in the land cover"), defaultValue="40"))
        add_grid_parameters(self)
        polygons = [QgsProcessing.SourceType.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FIELDS, tr("Field parcels to score (polygons)"), polygons, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.REFERENCE_FIELDS, tr("Reference parcels (polygons)"), polygons, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.BOUNDARY_TOLERANCE, tr("Boundary tolerance (metres; default: two pixels)"),
            QgsProcessingParameterNumber.Type.Double, None, optional=True, minValue=0))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_TABLE, tr("Scores table"), tr("CSV files (*.csv)"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_HTML, tr("Report"), tr("HTML files (*.html)"), optional=True))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_DIFFERENCE, tr("Difference raster"), optional=True, createByDefault=False))
        for prefix, who in (("MAP_", tr("map")), ("GLC_", tr("land cover"))):
            for score in SCORES:
                self.addOutput(QgsProcessingOutputNumber(prefix + score, tr("{who}: {score}").format(
                    who=who, score=score)))
        for key in ObjectScores(0, 0, 0, *[math.nan] * 6).as_dict():
            self.addOutput(QgsProcessingOutputNumber(key, tr("Fields: {score}").format(score=key)))

    def process(self, parameters, context, feedback) -> dict:
        workdir = tempfile.mkdtemp(prefix="apt_evaluate_inputs_")
        try:
            return self._process(parameters, context, feedback, workdir)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)

    def _process(self, parameters, context, feedback, workdir: str) -> dict:
        fields = self._polygons(parameters, self.FIELDS, context, feedback)
        parcels = self._polygons(parameters, self.REFERENCE_FIELDS, context, feedback)
        if (fields is None) != (parcels is None):
            raise QgsProcessingException(tr("Field parcels are scored against reference parcels: give both FIELDS and "
                                            "REFERENCE_FIELDS."))
        pixels = fields is None or any(self.parameterAsLayer(parameters, name, context) is not None
                                       for name in (self.MAP, self.REFERENCE))
        outputs, result, objects = {}, None, None
        if pixels:
            result = self._compare(parameters, context, feedback, workdir, outputs)
        if fields is not None:
            objects = self._objects(parameters, context, feedback, fields, parcels, outputs)
        table = self.parameterAsFileOutput(parameters, self.OUTPUT_TABLE, context)
        if table:
            outputs[self.OUTPUT_TABLE] = (result or objects).write_csv(table)
        report = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
        if report:
            glc_layer = self.parameterAsRasterLayer(parameters, self.GLC, context)
            names = {tr("Map"): self._name(parameters, self.MAP, context),
                     tr("Reference"): self._name(parameters, self.REFERENCE, context),
                     tr("Land cover"): glc_layer.name() if glc_layer is not None and result is not None else "",
                     tr("Fields"): self._name(parameters, self.FIELDS, context),
                     tr("Reference parcels"): self._name(parameters, self.REFERENCE_FIELDS, context)}
            with open(report, "w", encoding="utf-8") as f:
                f.write(comparison_html(result, names, objects) if result is not None else objects_html(objects, names))
            outputs[self.OUTPUT_HTML] = report
        return outputs

    def _polygons(self, parameters, name: str, context, feedback) -> VectorSource | None:
        if self.parameterAsSource(parameters, name, context) is None:
            return None
        path, layer_name = self.parameterAsCompatibleSourceLayerPathAndLayerName(
            parameters, name, context, ["gpkg", "shp"], "gpkg", feedback)
        return VectorSource(path, layer_name or None)

    def _objects(self, parameters, context, feedback, fields, parcels, outputs: dict) -> ObjectScores:
        value = parameters.get(self.BOUNDARY_TOLERANCE)
        tolerance = None if value in (None, "") else self.parameterAsDouble(parameters, self.BOUNDARY_TOLERANCE,
                                                                             context)
        if not tolerance:
            map_layer = self.parameterAsLayer(parameters, self.MAP, context)
            grid, resolution = grid_inputs(self, parameters, context)
            if isinstance(map_layer, QgsRasterLayer):
                grid = raster_file(map_layer, tr("map"))
            tolerance = default_tolerance(grid, resolution)
        feedback.pushInfo(tr("Scoring the field parcels (boundary tolerance {tolerance:.2f} m)...").format(
            tolerance=tolerance))
        area = self._polygons(parameters, self.AREA, context, feedback)
        objects = evaluate_objects(fields, parcels, tolerance, area)
        for key, number in objects.as_dict().items():
            outputs[key] = number_or_none(number)
        feedback.pushInfo(tr("Fields: {matched} of {fields} matched to {parcels} parcels; object precision {p:.4f}, "
                             "recall {r:.4f}, F1 {f1:.4f}, mean matched IoU {iou:.4f}, boundary F1 {bf1:.4f}").format(
            matched=objects.matched, fields=objects.predicted, parcels=objects.reference, p=objects.precision,
            r=objects.recall, f1=objects.f1, iou=objects.mean_matched_iou, bf1=objects.boundary_f1))
        return objects

    def _compare(self, parameters, context, feedback, workdir: str, outputs: dict):
        map_raster, map_polygons = layer_input(self, parameters, self.MAP, context, workdir, tr("map"))
        ref_raster, ref_polygons = layer_input(self, parameters, self.REFERENCE, context, workdir, tr("reference"))
        grid, resolution = grid_inputs(self, parameters, context)
        area = self._polygons(parameters, self.AREA, context, feedback)
        glc_layer = self.parameterAsRasterLayer(parameters, self.GLC, context)
        glc = raster_file(glc_layer, tr("land cover")) if glc_layer is not None else None
        difference = self.parameterAsOutputLayer(parameters, self.OUTPUT_DIFFERENCE, context) or None
        config = EvaluateConfig(
            map=Thematic(map_raster, map_polygons, parse_classes(self._string(parameters, self.MAP_CLASSES, context)),
                         self.parameterAsDouble(parameters, self.THRESHOLD, context)),
            reference=Thematic(ref_raster, ref_polygons,
                               parse_classes(self._string(parameters, self.REFERENCE_CLASSES, context))),
            area=area, glc=glc, glc_classes=parse_classes(self.parameterAsString(parameters, self.CROPLAND_CLASSES,
                                                                                 context)),
            grid_raster=grid, resolution_m=resolution, difference=difference,
        )
        result = evaluate(config, ProcessingFeedback(feedback))
        for prefix, scores in (("MAP_", result.map), ("GLC_", result.glc)):
            for key, value in (scores.as_dict().items() if scores is not None else ()):
                outputs[prefix + key] = number_or_none(value)
            if scores is not None:
                feedback.pushInfo(tr("{who}: OA {oa:.4f}, precision {p:.4f}, recall {r:.4f}, F1 {f1:.4f}, "
                                     "IoU {iou:.4f}, mIoU {miou:.4f} on {n} pixels").format(
                    who=tr("Map") if prefix == "MAP_" else tr("Land cover"), oa=scores.oa, p=scores.precision,
                    r=scores.recall, f1=scores.f1, iou=scores.iou, miou=scores.miou, n=scores.pixels))
        for note in result.notes:
            feedback.pushInfo(note)
        if difference:
            style_difference(difference)
            outputs[self.OUTPUT_DIFFERENCE] = difference
        return result

    def _string(self, parameters, name: str, context) -> str:
        return self.parameterAsString(parameters, name, context) or "1"

    def _name(self, parameters, name: str, context) -> str:
        layer = self.parameterAsLayer(parameters, name, context)
        return layer.name() if layer is not None else ""
