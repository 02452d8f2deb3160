"""SAM 3 through Processing: CHECKPOINT takes a SAM 3 folder or either of its files (a tiny random
SAM 3 saved as the official folder is). The land cover over the NAIP image is SYNTHETIC."""

from __future__ import annotations

import os

import pytest
from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer

pytest.importorskip("transformers")


def test_the_checkpoint_parameter_takes_a_sam3_folder_or_its_files(processing_provider, tiny_sam3_folder):
    from apt_cropland.plugin.processing.option_parameters import parameter

    param, context = parameter("CHECKPOINT"), QgsProcessingContext()
    for value in (tiny_sam3_folder, os.path.join(tiny_sam3_folder, "config.json"),
                  os.path.join(tiny_sam3_folder, "model.safetensors")):
        assert param.checkValueIsAcceptable(value, context), value
        assert param.clone().checkValueIsAcceptable(value, context), value
    assert "*.safetensors" in param.fileFilter()


def test_processing_runs_a_sam3_folder_and_logs_it(processing_provider, naip_path, naip_glc, tiny_sam3_folder,
                                                   tmp_path):
    import processing

    class Log(QgsProcessingFeedback):
        lines: list[str] = []

        def pushInfo(self, info):  # noqa: N802 - Qt's name
            self.lines.append(info)

    log = Log()
    out = tmp_path / "out.gpkg"
    params = dict(IMAGE=naip_path, GLC=naip_glc, CHECKPOINT=tiny_sam3_folder, POINTS_PER_CLASS=5, MIN_AREA=0,
                  TILE_SIZE=512, DEVICE="cpu", PRECISION="fp32", OUTPUT=str(out))
    result = processing.run("aptcropland:autoprompt", params, context=QgsProcessingContext(), feedback=log)
    assert result["OUTPUT"] == str(out)
    assert any("custom SAM 3 (ViT width 32, 2 blocks)" in line and "on CPU, encoder: fp32" in line
               for line in log.lines), log.lines
    assert QgsVectorLayer(str(out), "out", "ogr").isValid()


def test_processing_asked_for_sam3_not_added_says_where_to_get_it(processing_provider, naip_path, naip_glc,
                                                                  tmp_path):
    """``sam3`` cannot be downloaded by the plugin (Meta's licence): the message says where to get the
    folder and how to add it, not to download it with the Models... button."""
    import processing
    from qgis.core import QgsProcessingException

    from apt_cropland.plugin.toolbelt.model_store import models_folder, set_models_folder

    before = models_folder()
    set_models_folder(str(tmp_path / "empty models"))
    try:
        params = dict(IMAGE=naip_path, GLC=naip_glc, CHECKPOINT="sam3", OUTPUT=str(tmp_path / "out.gpkg"))
        with pytest.raises(QgsProcessingException) as info:
            processing.run("aptcropland:autoprompt", params, context=QgsProcessingContext(),
                           feedback=QgsProcessingFeedback())
    finally:
        set_models_folder(before)
    message = str(info.value)
    assert "https://huggingface.co/facebook/sam3" in message and "licence" in message
    assert "Add a file on disk..." in message and "Models...' button" not in message
    assert not (tmp_path / "out.gpkg").exists()
