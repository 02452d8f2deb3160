"""SAM 3's concept vote through the three faces: the dock's field (Generate points uses it),
Processing (CONCEPT, OUTPUT_CONCEPT) and the command line (--concept, --concept-raster). The SAM 3
models are tiny and random, saved as the official folder is; the land cover over the NAIP image
is SYNTHETIC. A whole run needs SAM 3 as the run's model too (the family of branch i25-sam3):
those tests run where it is there."""

from __future__ import annotations

import json

import numpy as np
import pytest
import rasterio
from concept_support import CONCEPT, sam3_with_presence
from qgis.core import QgsProcessingException, QgsProject, QgsRasterLayer
from support import wait_for

from apt_cropland.plugin.core.models.families import FAMILIES
from apt_cropland.plugin.core.pipeline.concept_vote import _MODELS

HAS_SAM3 = any(name.startswith("sam3") for name in FAMILIES)
needs_sam3_family = pytest.mark.skipif(not HAS_SAM3, reason="a whole run needs the SAM 3 family (branch i25-sam3)")


@pytest.fixture(scope="module")
def present(tmp_path_factory) -> str:
    return sam3_with_presence(tmp_path_factory.mktemp("sam3") / "present", 10.0)


@pytest.fixture(scope="module")
def absent(tmp_path_factory) -> str:
    return sam3_with_presence(tmp_path_factory.mktemp("sam3") / "absent", -10.0)


@pytest.fixture(autouse=True)
def fresh_models():
    _MODELS.clear()
    yield
    _MODELS.clear()


@pytest.fixture
def dock(qgis_iface, naip_path, naip_glc):
    from apt_cropland.plugin.gui.dock import AptCroplandDock

    image = QgsRasterLayer(naip_path, "naip", "gdal")
    glc = QgsRasterLayer(naip_glc, "glc (synthetic)", "gdal")
    QgsProject.instance().addMapLayers([image, glc])
    dock = AptCroplandDock(qgis_iface)
    dock.form.image_combo.setLayer(image)
    dock.form.glc_combo.setLayer(glc)
    yield dock
    dock.shutdown()
    QgsProject.instance().removeAllMapLayers()


def test_the_dock_field_is_for_sam3_and_generate_points_uses_it(dock, absent, present, tiny_checkpoint):
    form = dock.form
    form.checkpoint_widget.setFilePath(tiny_checkpoint)
    form.concept_edit.setText(CONCEPT)
    assert not form.concept_edit.isEnabled() and form.config().concept == ""  # a SAM 1 model: no concept
    assert "SAM 3" in form.concept_edit.toolTip()
    form.checkpoint_widget.setFilePath(absent)
    assert form.concept_edit.isEnabled() and form.config().concept == CONCEPT
    assert form.config().checkpoint == absent
    assert dock.settings().concept == CONCEPT
    # the concept "absent" under AGREEMENT=all leaves no place for a positive point: the dock says why
    assert dock.generate_points()
    wait_for(lambda: dock.prompt_task is None)
    assert "agree on no cropland anywhere" in form.status_label.text(), form.status_label.text()
    # a concept that is present: points are generated, the positives where SAM 3 found it
    form.checkpoint_widget.setFilePath(present)
    assert dock.generate_points()
    wait_for(lambda: dock.prompt_task is None)
    labels = [f["label"] for f in dock.prompt_layer.getFeatures()]
    assert labels.count(1) > 0 and labels.count(0) > 0


def test_processing_refuses_a_concept_without_sam3(processing_provider, naip_path, naip_glc, tiny_checkpoint,
                                                   tmp_path):
    import processing

    params = dict(IMAGE=naip_path, GLC=naip_glc, CHECKPOINT=tiny_checkpoint, CONCEPT=CONCEPT, TILE_SIZE=512,
                  DEVICE="cpu", OUTPUT=str(tmp_path / "out.gpkg"), OUTPUT_CONCEPT=str(tmp_path / "concept.tif"))
    with pytest.raises(QgsProcessingException, match="needs a SAM 3 model"):
        processing.run("aptcropland:autoprompt", params)
    assert not (tmp_path / "concept.tif").exists() and not (tmp_path / "out.gpkg").exists()


@needs_sam3_family
def test_processing_runs_the_concept_vote(processing_provider, naip_path, naip_glc, present, tmp_path):
    import processing

    params = dict(IMAGE=naip_path, GLC=naip_glc, CHECKPOINT=present, CONCEPT=CONCEPT, TILE_SIZE=512,
                  POINTS_PER_CLASS=5, ROUNDS=1, MIN_AREA=0, DEVICE="cpu", OUTPUT=str(tmp_path / "out.gpkg"),
                  OUTPUT_CONCEPT=str(tmp_path / "concept.tif"), OUTPUT_AGREEMENT=str(tmp_path / "agreement.tif"))
    result = processing.run("aptcropland:autoprompt", params)
    assert result["OUTPUT_CONCEPT"] == str(tmp_path / "concept.tif")
    with rasterio.open(result["OUTPUT_CONCEPT"]) as c, rasterio.open(result["OUTPUT_AGREEMENT"]) as a:
        concept, agreement = c.read(1), a.read(1)
        assert (c.width, c.height) == (934, 723)
    assert (concept == 1).sum() > 0 and agreement.max() == 2  # the concept counted as one more voter


def test_the_command_line_refuses_a_concept_without_sam3(no_qgis, naip_path, naip_glc, tiny_checkpoint, tmp_path):
    from cli_support import run_cli

    done = run_cli(no_qgis, "run", "--image", naip_path, "--glc", naip_glc, "--checkpoint", tiny_checkpoint,
                   "--concept", CONCEPT, "--concept-raster", "--out", str(tmp_path / "out"))
    assert done.returncode != 0 and "needs a SAM 3 model" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "out" / "concept.tif").exists()


@needs_sam3_family
def test_the_command_line_runs_the_concept_vote(no_qgis, naip_path, naip_glc, present, tmp_path):
    from cli_support import run_cli

    out = tmp_path / "out"
    done = run_cli(no_qgis, "run", "--image", naip_path, "--glc", naip_glc, "--checkpoint", present,
                   "--concept", CONCEPT, "--concept-raster", "--agreement-raster", "--tile-size", "512",
                   "--points-per-class", "5", "--rounds", "1", "--device", "cpu", "--out", str(out), "--json")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert summary["outputs"]["concept"] == str(out / "concept.tif")
    with rasterio.open(out / "concept.tif") as c, rasterio.open(out / "agreement.tif") as a:
        concept, agreement = c.read(1), a.read(1)
    assert set(np.unique(concept)) <= {0, 1, 255} and agreement.max() == 2


@needs_sam3_family
def test_the_dock_runs_sam3_with_its_concept(dock, present):
    import os

    form = dock.form
    form.points_spin.setValue(5)
    form.device_combo.setCurrentIndex(form.device_combo.findData("cpu"))
    form.checkpoint_widget.setFilePath(present)
    form.concept_edit.setText(CONCEPT)
    assert dock.generate_points()
    wait_for(lambda: dock.prompt_task is None)
    _MODELS.clear()
    assert dock.run_sam()
    wait_for(lambda: dock.task is None, timeout=600)
    assert dock.last_error is None, dock.last_error
    assert [key[0] for key in _MODELS] == [os.path.abspath(present)]  # the run itself voted with the concept
    assert dock.engines.engine.architecture.family == "sam3"
