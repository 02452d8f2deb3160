"""An unexpected error inside a Processing algorithm (not the analyst's input the plugin knows how to
judge) still ends in a QgsProcessingException with one readable line; its traceback goes to the
algorithm's log as debug information and to QGIS's message log, never into the message."""

from __future__ import annotations

import pytest
from qgis.core import QgsApplication, QgsProcessingException, QgsProcessingFeedback
from support import damaged_image


@pytest.fixture(scope="module", autouse=True)
def provider(processing_provider):
    return processing_provider


class Recording(QgsProcessingFeedback):
    """A feedback that keeps the debug information it is given."""

    def __init__(self):
        super().__init__()
        self.debug: list[str] = []

    def pushDebugInfo(self, info: str) -> None:  # noqa: N802 - Qt's name
        self.debug.append(info)
        super().pushDebugInfo(info)


def test_an_image_whose_pixels_cannot_be_read_is_one_readable_line(tmp_path):
    """The image opens (its header is sound) but its damaged tiles fail inside GDAL: a RasterioIOError
    the algorithm does not expect."""
    import processing

    image, glc = damaged_image(tmp_path)
    params = {"IMAGE": image, "GLC": glc, "OUTPUT": str(tmp_path / "prompts.gpkg"), "TILE_SIZE": 128, "OVERLAP": 0}
    logged: list[str] = []
    log = QgsApplication.messageLog()
    log.messageReceived.connect(lambda message, tag, level: logged.append(message) if tag == "APT Cropland" else None)
    feedback = Recording()
    with pytest.raises(QgsProcessingException) as info:
        processing.run("aptcropland:prompts", params, feedback=feedback)
    message = str(info.value)
    assert message.startswith("Unexpected error (RasterioIOError: Read") and "\n" not in message  # rasterio's words
    assert "Log Messages panel" in message and "Traceback" not in message
    assert any("Traceback (most recent call last)" in d and "_compute_stretch" in d for d in feedback.debug)
    assert any("_compute_stretch" in m for m in logged)
    assert not (tmp_path / "prompts.gpkg").exists()

