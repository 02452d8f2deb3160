"""SAM 2.1 through every face: Processing by id, qgis_process, and the dock, on a tiny random SAM 2.1
saved as the official files are. The land cover over the NAIP image is SYNTHETIC."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException, QgsProject, QgsRasterLayer, QgsSettings, QgsVectorLayer
from qgis_process_support import enable_plugin, needs_qgis_process, qgis_process_env, run_algorithm
from support import wait_for

from apt_cropland.plugin.toolbelt.model_store import FOLDER_KEY

pytest.importorskip("sam2")
ROOT = Path(__file__).resolve().parents[2]
QGIS_PROCESS = "/usr/bin/qgis_process.bin"


@pytest.fixture
def folder(tmp_path, qgis_app):
    path = tmp_path / "models"
    QgsSettings().setValue(FOLDER_KEY, str(path))
    yield path
    QgsSettings().remove(FOLDER_KEY)


def test_processing_runs_sam2_1_by_its_id_and_logs_it(processing_provider, folder, naip_path, naip_glc,
                                                       tiny_sam2_checkpoint, tmp_path):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    params = dict(IMAGE=naip_path, GLC=naip_glc, CHECKPOINT="sam2.1_hiera_s", POINTS_PER_CLASS=5, MIN_AREA=0,
                  TILE_SIZE=512, DEVICE="cpu", PRECISION="fp32", OUTPUT=str(tmp_path / "out.gpkg"))
    with pytest.raises(QgsProcessingException, match="sam2.1_hiera_s' is not installed"):
        processing.run("aptcropland:autoprompt", params)
    folder.mkdir()
    shutil.copy(tiny_sam2_checkpoint, folder / "sam2.1_hiera_small.pt")  # an analyst's download, tiny here

    class Log(QgsProcessingFeedback):
        lines: list[str] = []

        def pushInfo(self, info):  # noqa: N802 - Qt's name
            self.lines.append(info)

    log = Log()
    result = processing.run("aptcropland:autoprompt", params, context=QgsProcessingContext(), feedback=log)
    assert result["OUTPUT"] == str(tmp_path / "out.gpkg")
    assert any("custom SAM 2.1 Hiera" in line and "on CPU, encoder: fp32" in line for line in log.lines), log.lines
    assert any("SAM encoded 6 tiles" in line for line in log.lines)
    assert QgsVectorLayer(str(tmp_path / "out.gpkg"), "out", "ogr").isValid()


@needs_qgis_process
def test_qgis_process_runs_a_sam2_1_checkpoint(naip_path, naip_glc, tiny_sam2_checkpoint, tmp_path):
    env = enable_plugin(qgis_process_env(tmp_path / "profile"))
    out = tmp_path / "out.gpkg"
    report = run_algorithm(env, "aptcropland:autoprompt", {
        "IMAGE": naip_path, "GLC": naip_glc, "CHECKPOINT": tiny_sam2_checkpoint, "TILE_SIZE": 512,
        "POINTS_PER_CLASS": 10, "MIN_AREA": 0, "OUTPUT": out, "DEVICE": "cpu", "PRECISION": "fp32"}, timeout=600)
    info = report["log"]["info"]
    assert any("custom SAM 2.1 Hiera (width 8, 5 blocks) on CPU" in line for line in info), info
    assert out.is_file() and QgsVectorLayer(str(out), "cropland", "ogr").isValid()


@pytest.fixture
def dock(qgis_iface, naip_path, naip_glc):
    from apt_cropland.plugin.gui.dock import AptCroplandDock

    image = QgsRasterLayer(naip_path, "naip", "gdal")
    glc = QgsRasterLayer(naip_glc, "glc (synthetic)", "gdal")
    QgsProject.instance().addMapLayers([image, glc])
    dock = AptCroplandDock(qgis_iface)
    dock.form.image_combo.setLayer(image)
    dock.form.glc_combo.setLayer(glc)
    dock.form.points_spin.setValue(5)
    dock.form.device_combo.setCurrentIndex(dock.form.device_combo.findData("cpu"))
    yield dock
    dock.shutdown()
    QgsProject.instance().removeAllMapLayers()


def test_the_dock_shows_the_sam2_model_and_runs_it(dock, tiny_sam2_checkpoint):
    assert "Recommended here: sam2.1_hiera_" in dock.form.device_info_label.text()
    dock.form.checkpoint_widget.setFilePath(tiny_sam2_checkpoint)
    assert "custom SAM 2.1 Hiera" in dock.form.model_info_label.text()
    assert not dock.form.install_button.isVisibleTo(dock)
    assert not dock.form.run_button.isEnabled() and "Generate points first" in dock.form.map_hint.text()
    dock.form.generate_button.click()
    wait_for(lambda: dock.prompt_task is None)
    assert dock.form.run_button.isEnabled() and dock.form.map_hint.isHidden()  # the model is no obstacle
    assert dock.run_sam()
    wait_for(lambda: dock.task is None, timeout=600)
    assert dock.last_error is None, dock.last_error
    assert dock.engines.engine.architecture.family == "sam2"
    assert "Last run: custom SAM 2.1 Hiera" in dock.form.device_info_label.text()


def test_without_sam2_the_dock_says_so_and_offers_the_install(dock, tiny_sam2_checkpoint, monkeypatch):
    monkeypatch.setitem(sys.modules, "sam2", None)  # as if the package were not installed
    dock.form.checkpoint_widget.setFilePath("")  # (the dock may have restored this path from its settings)
    dock.form.checkpoint_widget.setFilePath(tiny_sam2_checkpoint)
    label = dock.form.dependency_label
    assert label.isVisibleTo(dock) and "needs the Python packages sam2" in label.text()
    assert dock.form.install_button.isVisibleTo(dock) and not dock.form.run_button.isEnabled()
    assert "custom SAM 2.1 Hiera" in dock.form.model_info_label.text()  # detection needs no sam2
