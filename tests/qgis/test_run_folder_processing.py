"""aptcropland:autoprompt with RUN_FOLDER and no SCHEDULER: the run stays in QGIS's process and
records its tiles in the run folder, so running the same job again (other vectorising options
included) reuses them; and its destinations, which Processing always allows it to replace, survive
a cancelled run byte for byte. The land cover over the NAIP scene is SYNTHETIC."""

from __future__ import annotations

import json

import numpy as np
import processing
import pytest
import rasterio
from processing_support import run, vector
from qgis.core import QgsProcessingException, QgsProcessingFeedback

PARAMS = {"TILE_SIZE": 256, "OVERLAP": 32, "POINTS_PER_CLASS": 5, "ROUNDS": 2, "MIN_AREA": 200, "DEVICE": "cpu"}


@pytest.fixture(scope="module", autouse=True)
def provider(processing_provider):
    return processing_provider


def test_a_run_folder_without_a_scheduler_records_and_reuses_tiles_here(naip_path, naip_glc, tiny_checkpoint,
                                                                        tmp_path):
    common = {"IMAGE": naip_path, "GLC": naip_glc, "CHECKPOINT": tiny_checkpoint, **PARAMS,
              "RUN_FOLDER": str(tmp_path / "runs")}
    first, log = run("aptcropland:autoprompt", {**common, "OUTPUT": str(tmp_path / "a.gpkg"),
                                                "OUTPUT_PROBABILITY": str(tmp_path / "a.tif")})
    assert "Dask" not in log and "run folder" in log
    (folder,) = (tmp_path / "runs").iterdir()
    manifest = json.loads((folder / "manifest.json").read_text())
    assert len(manifest["tiles"]) == 20  # 934 x 723 px in 256 px tiles with 32 px overlap: 5 x 4

    second, log = run("aptcropland:autoprompt", {**common, "MIN_AREA": 400, "OUTPUT": str(tmp_path / "b.gpkg"),
                                                 "OUTPUT_PROBABILITY": str(tmp_path / "b.tif")})
    assert "Resuming: 20 of 20 tiles" in log and "SAM encoded 0 tiles" in log
    assert list((tmp_path / "runs").iterdir()) == [folder]  # the same job: the same folder
    with rasterio.open(first["OUTPUT_PROBABILITY"]) as a, rasterio.open(second["OUTPUT_PROBABILITY"]) as b:
        assert np.abs(a.read(1) - b.read(1)).max() <= 1e-5
    assert 0 < vector(second["OUTPUT"]).featureCount() < vector(first["OUTPUT"]).featureCount()


def test_a_cancelled_run_keeps_the_destinations_it_may_replace(naip_path, naip_glc, tiny_checkpoint, tmp_path):
    probability, uncertainty = tmp_path / "probability.tif", tmp_path / "uncertainty.tif"
    probability.write_bytes(b"the analyst's probability raster" + bytes(range(256)))
    uncertainty.write_bytes(b"the analyst's uncertainty raster")
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda percent: feedback.cancel() if percent >= 90 else None)
    with pytest.raises(QgsProcessingException):
        processing.run("aptcropland:autoprompt", {
            "IMAGE": naip_path, "GLC": naip_glc, "CHECKPOINT": tiny_checkpoint, **PARAMS, "ENSEMBLE": 2,
            "OUTPUT": str(tmp_path / "cropland.gpkg"), "OUTPUT_PROBABILITY": str(probability),
            "OUTPUT_UNCERTAINTY": str(uncertainty)}, feedback=feedback)
    assert feedback.isCanceled() and feedback.progress() >= 90
    assert probability.read_bytes() == b"the analyst's probability raster" + bytes(range(256))
    assert uncertainty.read_bytes() == b"the analyst's uncertainty raster"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["probability.tif", "uncertainty.tif"]
