"""Helpers shared by the Processing tests: running algorithms and reading their outputs."""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
)

NAIP_CRS = "EPSG:26914"
S2_CRS = "EPSG:32633"
# NAIP: 934 x 723 px at 5 m from (485899, 5209246). With 512 px tiles and 128 px overlap the
# image is cut into 3 columns (col 0, 384, 422) x 2 rows (row 0, 211) = 6 tiles.
NAIP_ORIGIN = (485899.0, 5209246.0)
NAIP_RES = 5.0
FAST = {"TILE_SIZE": 512, "OVERLAP": 128}
NAIP_TILES = 6


def run(alg: str, params: dict) -> tuple[dict, str]:
    """``processing.run`` with its own feedback; returns the results and the text log."""
    import processing

    feedback = QgsProcessingFeedback()
    results = processing.run(alg, params, feedback=feedback)
    return results, feedback.textLog()


def fails(alg: str, params: dict, *words: str) -> str:
    """Run and expect a QgsProcessingException whose message has all ``words`` (case-insensitive)."""
    import processing

    with pytest.raises(QgsProcessingException) as info:
        processing.run(alg, params, feedback=QgsProcessingFeedback())
    message = str(info.value)
    for word in words:
        assert word.lower() in message.lower(), f"{word!r} not in the error message: {message!r}"
    return message


def vector(path) -> QgsVectorLayer:
    layer = QgsVectorLayer(str(path), "test", "ogr")
    assert layer.isValid(), f"cannot open {path}"
    return layer


def image_extent(path) -> QgsRectangle:
    layer = QgsRasterLayer(str(path), "image", "gdal")
    assert layer.isValid()
    return layer.extent()


def naip_pixel_to_map(col: float, row: float) -> tuple[float, float]:
    return NAIP_ORIGIN[0] + col * NAIP_RES, NAIP_ORIGIN[1] - row * NAIP_RES


def to_crs(x: float, y: float, src: str, dst: str) -> QgsPointXY:
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem(src), QgsCoordinateReferenceSystem(dst), QgsProject.instance()
    )
    return transform.transform(QgsPointXY(x, y))


def points_of(layer: QgsVectorLayer) -> list[tuple[float, float, int, int, int]]:
    out = []
    for f in layer.getFeatures():
        p = f.geometry().asPoint()
        out.append((p.x(), p.y(), int(f["label"]), int(f["round"]), int(f["tile"])))
    return out


# --------------------------------------------------------------------------------------------
# aptcropland:prompts
# --------------------------------------------------------------------------------------------


