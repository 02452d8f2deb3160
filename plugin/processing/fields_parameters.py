"""The field-parcel options of Processing (from the options table); the fields layer's fields
(``field_fields``, from toolbelt.layers, which the dock shares)."""

from __future__ import annotations

from ..toolbelt.layers import field_fields

FIELD_OPTIONS = ("FIELD_POINT_SPACING", "FIELD_MIN_SCORE", "FIELD_MIN_STABILITY", "MIN_FIELD_AREA")
OUTPUT_FIELDS = "OUTPUT_FIELDS"
__all__ = ["FIELD_OPTIONS", "OUTPUT_FIELDS", "field_fields", "read_field_options"]


def read_field_options(alg, parameters: dict, context, config) -> None:
    """FIELD_POINT_SPACING (empty: the default from the pixel size) and the filters into ``config``."""
    value = parameters.get("FIELD_POINT_SPACING")
    spacing = None if value in (None, "") else alg.parameterAsDouble(parameters, "FIELD_POINT_SPACING", context)
    config.field_spacing_m = spacing or None
    config.field_min_score = alg.parameterAsDouble(parameters, "FIELD_MIN_SCORE", context)
    config.field_min_stability = alg.parameterAsDouble(parameters, "FIELD_MIN_STABILITY", context)
    config.min_field_area_m2 = alg.parameterAsDouble(parameters, "MIN_FIELD_AREA", context)
