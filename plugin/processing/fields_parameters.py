"""The field-parcel options of Processing (from the options table) and the fields layer's fields."""

from __future__ import annotations

from qgis.core import QgsFields

from ..toolbelt.compat import double_field, int_field

FIELD_OPTIONS = ("FIELD_POINT_SPACING", "FIELD_MIN_SCORE", "FIELD_MIN_STABILITY", "MIN_FIELD_AREA")
OUTPUT_FIELDS = "OUTPUT_FIELDS"


def field_fields() -> QgsFields:
    """Fields of the field parcels: field_id, area_ha, perimeter_m, score, stability, mean_prob."""
    fields = QgsFields()
    fields.append(int_field("field_id"))
    for name in ("area_ha", "perimeter_m", "score", "stability", "mean_prob"):
        fields.append(double_field(name))
    return fields


def read_field_options(alg, parameters: dict, context, config) -> None:
    """FIELD_POINT_SPACING (empty: the default from the pixel size) and the filters into ``config``."""
    value = parameters.get("FIELD_POINT_SPACING")
    spacing = None if value in (None, "") else alg.parameterAsDouble(parameters, "FIELD_POINT_SPACING", context)
    config.field_spacing_m = spacing or None
    config.field_min_score = alg.parameterAsDouble(parameters, "FIELD_MIN_SCORE", context)
    config.field_min_stability = alg.parameterAsDouble(parameters, "FIELD_MIN_STABILITY", context)
    config.min_field_area_m2 = alg.parameterAsDouble(parameters, "MIN_FIELD_AREA", context)
