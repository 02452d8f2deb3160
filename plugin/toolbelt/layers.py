"""QGIS-facing helpers shared by the dock and the Processing algorithms: layers <-> core data."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsRasterLayer,
)

from ..core.errors import AptInputError
from ..core.prompts.points import PromptPoints
from .compat import double_field, int_field, string_field
from .i18n import tr

AUTO, MANUAL = "auto", "manual"


def raster_file(layer: QgsRasterLayer, what: str) -> str:
    """The file behind a raster layer, checked: a GDAL raster with a CRS."""
    if layer.providerType() != "gdal":
        raise AptInputError(
            tr("The {0} layer must be a raster file (GDAL); '{1}' comes from the '{2}' provider.").format(
                what, layer.name(), layer.providerType()
            )
        )
    if not layer.crs().isValid():
        raise AptInputError(
            tr("The {0} layer '{1}' has no coordinate reference system. Assign one and try again.").format(
                what, layer.name()
            )
        )
    file_crs = layer.dataProvider().crs()
    if file_crs.isValid() and file_crs != layer.crs():
        raise AptInputError(
            tr("The {0} layer '{1}' is shown in QGIS as {2}, but its file says {3}, and the pipeline reads the "
               "file. Save the raster with the right CRS (Raster > Projections > Assign Projection) and use "
               "that file.").format(what, layer.name(), layer.crs().authid(), file_crs.authid())
        )
    return layer.source()


def point_fields(with_source: bool = False) -> QgsFields:
    """Fields of prompt point layers: label (1/0), round, tile, and optionally source (auto/manual)."""
    fields = QgsFields()
    for name in ("label", "round", "tile"):
        fields.append(int_field(name))
    if with_source:
        fields.append(string_field("source"))
    return fields


POLYGON_FIELDS = ("area_ha", "mean_prob", "uncertainty", "glc_share")
REVIEW_FIELDS = ("kind", "area_ha", "uncertainty", "score", "rank")


def polygon_fields() -> QgsFields:
    """Fields of cropland polygons: area, mean probability and uncertainty, share the land covers call cropland."""
    fields = QgsFields()
    for name in POLYGON_FIELDS:
        fields.append(double_field(name))
    return fields


def field_fields() -> QgsFields:
    """Fields of the field parcels: field_id, area_ha, perimeter_m, score, stability, mean_prob."""
    fields = QgsFields()
    fields.append(int_field("field_id"))
    for name in ("area_ha", "perimeter_m", "score", "stability", "mean_prob"):
        fields.append(double_field(name))
    return fields


def review_fields() -> QgsFields:
    """Fields of review areas: kind (added / removed), area, mean uncertainty, score and rank."""
    fields = QgsFields()
    fields.append(string_field("kind"))
    for name in ("area_ha", "uncertainty", "score"):
        fields.append(double_field(name))
    fields.append(int_field("rank"))
    return fields


def copy_gpkg_layer(gpkg: str, layer_name: str, sink, fields: QgsFields) -> int:
    """Copy a GeoPackage layer (written by the core) into a sink with ``fields`` (filled by name)."""
    from osgeo import ogr

    source = ogr.Open(gpkg)  # GDAL directly: closed for sure below (QGIS pools its connections)
    count = 0
    for feature in source.GetLayerByName(layer_name):
        out = QgsFeature(fields)
        geometry = QgsGeometry()
        geometry.fromWkb(bytes(feature.GetGeometryRef().ExportToWkb()))
        out.setGeometry(geometry)
        out.setAttributes([feature.GetField(name) for name in fields.names()])
        sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        count += 1
    del source
    return count


def point_features(points: PromptPoints, fields: QgsFields, source: str = AUTO) -> list[QgsFeature]:
    """Features for prompt points (image CRS), filling the fields that exist."""
    features = []
    with_source = fields.indexOf("source") >= 0
    for x, y, label, round_, tile in zip(points.x, points.y, points.label, points.round, points.tile):
        feature = QgsFeature(fields)
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
        values = [int(label), int(round_), int(tile)]
        feature.setAttributes([*values, source] if with_source else values)
        features.append(feature)
    return features


def write_points(sink, points: PromptPoints) -> None:
    """Add prompt points to a sink whose fields are :func:`point_fields`."""
    for feature in point_features(points, point_fields()):
        sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)


def read_points(
    source, image_crs: QgsCoordinateReferenceSystem, context: QgsCoordinateTransformContext
) -> PromptPoints:
    """Prompt points from a point layer or feature source in any CRS, transformed into the image CRS.

    ``label`` is required (1 or 0); ``round`` defaults to 1 (seen in every round); ``tile`` to -1.
    """
    names = source.fields().names()
    if "label" not in names:
        raise AptInputError(tr("The prompt layer needs a 'label' field (1 = cropland, 0 = not cropland)."))
    transform = QgsCoordinateTransform(source.sourceCrs(), image_crs, context)
    xs, ys, labels, rounds, tiles = [], [], [], [], []
    for feature in source.getFeatures():
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        label = _as_int(feature["label"])
        if label not in (0, 1):
            raise AptInputError(
                tr("Prompt point {0} has label {1}; labels must be 1 (cropland) or 0 (not cropland).").format(
                    feature.id(), feature["label"]
                )
            )
        parts = geometry.asMultiPoint() if geometry.isMultipart() else [geometry.asPoint()]
        for part in parts:
            try:
                point = transform.transform(QgsPointXY(part))
            except QgsCsException:
                raise AptInputError(
                    tr("Prompt point {0} cannot be placed in the image's CRS (it lies outside what that CRS "
                       "can represent). Check the CRS of the prompt layer.").format(feature.id())
                ) from None
            xs.append(point.x())
            ys.append(point.y())
            labels.append(label)
            rounds.append(_field_int(feature, "round", names, 1))
            tiles.append(_field_int(feature, "tile", names, -1))
    return PromptPoints.from_arrays(xs, ys, labels, rounds, tiles)


def _as_int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _field_int(feature, name: str, names: list[str], default: int) -> int:
    if name not in names:
        return default
    value = _as_int(feature[name])
    return default if value is None else value
