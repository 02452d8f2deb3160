"""The dock's *Learn from corrections...* (issue 23), driven in real QGIS on the NAIP scene with a tiny
random SAM and the learning scene of ``tests/adapt_support.py`` (labels over the west half): the
step says why it cannot run before a run; run, choose the labels and the area, learn in the task
(progress by epoch with the loss), the offer, the re-run with the adapter decoding only; the model
section's adapter line and "Use the adapter" (off: the base decoder's result again), remembered;
cancel mid-training writes no file; labels with no polygon in the area, and an adapter made for
another model, say why. Few epochs, one tile: small for CI."""

from __future__ import annotations

import os
import time

import numpy as np
import pytest
import rasterio
from adapt_support import build
from qgis.core import QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtWidgets import QApplication, QPushButton
from support import wait_for

EPOCHS, LEARNING_RATE = 3, 5e-3


@pytest.fixture(scope="module")
def scene(naip_path, tmp_path_factory) -> dict[str, str]:
    return build(naip_path, str(tmp_path_factory.mktemp("learning_dock")))


@pytest.fixture(scope="module")
def dock(qgis_app, qgis_iface, naip_path, scene, tiny_checkpoint):
    from apt_cropland.plugin.gui.dock import AptCroplandDock
    from apt_cropland.plugin.gui.settings import DockSettings

    DockSettings(checkpoint=tiny_checkpoint).save()
    image = QgsRasterLayer(naip_path, "naip", "gdal")
    glc = QgsRasterLayer(scene["glc"], "coarse land cover", "gdal")
    labels = QgsVectorLayer(scene["labels"], "labels (west half)", "ogr")
    area = QgsVectorLayer(scene["area"], "label area (west half)", "ogr")
    assert image.isValid() and glc.isValid() and labels.isValid() and area.isValid()
    QgsProject.instance().addMapLayers([image, glc, labels, area])
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(image.crs())
    canvas.setLayers([image])
    canvas.setExtent(image.extent())
    dock = AptCroplandDock(qgis_iface)
    form = dock.form
    form.image_combo.setLayer(image)
    form.glc_combo.setLayer(glc)
    form.checkpoint_widget.setFilePath(tiny_checkpoint)
    form.device_combo.setCurrentIndex(form.device_combo.findData("cpu"))
    form.bands_preset_combo.setCurrentIndex(form.bands_preset_combo.findData("ndvi"))
    form.points_spin.setValue(10)
    form.probability_check.setChecked(True)
    dock.resize(360, 800)
    dock.show()
    dock.scene_layers = {"labels": labels, "area": area}
    yield dock
    dock.shutdown()
    dock.deleteLater()
    QgsProject.instance().removeAllMapLayers()


def button(dock, name: str) -> QPushButton:
    found = dock.findChild(QPushButton, name)
    assert found is not None, name
    return found


def text(dock, name: str) -> str:
    widget = dock.findChild(object, name)
    assert widget is not None, name
    return "" if widget.isHidden() else widget.text()


def run(dock) -> np.ndarray:
    """Run SAM from the Map page; the probability raster it added."""
    assert dock.run_sam(), text(dock, "statusLabel")
    wait_for(lambda: dock.task is None, timeout=300)
    assert dock.last_error is None, dock.last_error
    with rasterio.open(dock.probability_layer.source()) as ds:
        return ds.read(1)


def open_learning(dock, adapter: str, labels=None, area=None):
    """The dialog, its labels and area chosen (default: as it opens), few epochs, the file ``adapter``."""
    button(dock, "learnButton").click()
    dialog = dock.learn_dialog
    assert dialog is not None and dialog.isVisible()
    if labels is not None:
        dialog.labels_combo.setLayer(labels)
    if area is not None:
        dialog.area_widget.setOutputExtentFromLayer(area)
    dialog.epochs_spin.setValue(EPOCHS)
    dialog.rate_spin.setValue(LEARNING_RATE)
    dialog.file_widget.setFilePath(adapter)
    return dialog


def test_learning_says_why_it_cannot_run_before_a_run(dock):
    assert not button(dock, "learnButton").isEnabled()
    assert "No run yet" in text(dock, "learnHintLabel")
    assert dock.form.adapter_check.isHidden()  # no adapter learnt yet: nothing said in the model section


def test_learn_then_run_again_with_the_adapter_decoding_only(dock, tmp_path, qgis_iface):
    assert dock.generate_points()
    wait_for(lambda: dock.prompt_task is None)
    assert dock.prompt_layer is not None
    base = run(dock)
    dock.base_probability = base
    assert button(dock, "learnButton").isEnabled() and not text(dock, "learnHintLabel")
    encoded = dock.engines.engine.encoder_runs

    button(dock, "learnButton").click()  # the defaults: the run's cropland layer, the canvas extent, a new file
    dialog = dock.learn_dialog
    assert dialog.labels_combo.currentLayer() is dock.cropland_layer
    assert dialog.area_widget.outputExtent() == qgis_iface.mapCanvas().extent()
    default = dialog.file_widget.filePath()
    assert default.endswith(".pt") and not os.path.exists(default)
    assert os.path.join("apt_cropland", "adapters") in default

    adapter = str(tmp_path / "region.pt")
    open_learning(dock, adapter, dock.scene_layers["labels"], dock.scene_layers["area"])
    seen = []
    button(dialog, "learnStartButton").click()
    assert dock.learn_task is not None and not dialog.isVisible()
    assert "Learning from corrections" in text(dock, "statusLabel") and button(dock, "cancelButton").isEnabled()
    assert not button(dock, "runButton").isEnabled() and not button(dock, "learnButton").isEnabled()
    end = time.monotonic() + 300
    while dock.learn_task is not None and time.monotonic() < end:  # the status line's text as it goes
        QApplication.processEvents()
        time.sleep(0.01)
        dock.status._tick()
        seen.append(text(dock, "statusLabel"))
    assert dock.learn_result is not None, text(dock, "statusLabel")
    assert any("Epoch" in s and "loss" in s for s in seen), seen[-5:]
    assert os.path.exists(adapter)
    status = text(dock, "statusLabel")
    assert "Adapter learnt: region.pt" in status and "IoU" in status and "F1" in status and "->" in status
    assert dock.engines.engine.encoder_runs == encoded  # learnt on the run's cached embeddings

    assert dock.learn_offer is not None and dock.learn_offer.text() == "Run again with the adapter"
    dock.learn_offer.click()
    assert dock.task is not None
    wait_for(lambda: dock.task is None, timeout=300)
    assert dock.last_error is None, dock.last_error
    assert dock.engines.engine.encoder_runs == encoded  # the re-run with the adapter decodes only
    assert dock.engines.engine.adapter_path == adapter
    with rasterio.open(dock.probability_layer.source()) as ds:
        adapted = ds.read(1)
    assert not np.allclose(adapted, base)
    line = text(dock, "adapterLabel")
    assert "region.pt" in line and "custom ViT" in line and dock.form.adapter_check.isChecked()


def test_turning_the_adapter_off_restores_the_base_decoders_result_and_is_remembered(dock):
    from apt_cropland.plugin.gui.settings import DockSettings

    dock.form.adapter_check.setChecked(False)
    assert "turned off" in text(dock, "adapterLabel")
    assert dock._config().adapter is None
    assert np.allclose(run(dock), dock.base_probability)
    assert dock.engines.engine.adapter_path is None
    saved = DockSettings.load()
    assert saved.adapter.endswith("region.pt") and not saved.use_adapter
    dock.form.adapter_check.setChecked(True)
    assert dock._config().adapter == saved.adapter


def test_cancel_mid_training_writes_no_file(dock, tmp_path):
    adapter = str(tmp_path / "cancelled.pt")
    dialog = open_learning(dock, adapter, dock.scene_layers["labels"], dock.scene_layers["area"])
    dialog.epochs_spin.setValue(500)
    assert dock.learn()
    wait_for(lambda: dock.learn_task is None or "Epoch" in (dock.learn_task.message or ""), timeout=300)
    assert dock.learn_task is not None, "training ended before it could be cancelled"
    dock.cancel()
    wait_for(lambda: dock.learn_task is None, timeout=300)
    assert dock.learn_result is None and not os.path.exists(adapter)
    assert not [f for f in os.listdir(tmp_path) if f.startswith(".cancelled")]  # no part file either
    assert "no adapter file was written" in text(dock, "statusLabel")


def test_labels_without_a_polygon_in_the_area_say_why(dock, tmp_path):
    empty = QgsVectorLayer("Polygon?crs=EPSG:4326", "no polygons", "memory")
    QgsProject.instance().addMapLayer(empty)
    adapter = str(tmp_path / "nothing.pt")
    open_learning(dock, adapter, empty)
    assert not dock.learn()
    assert "'no polygons' has no polygon in the label area" in text(dock, "statusLabel")
    assert dock.learn_task is None and not os.path.exists(adapter)
    QgsProject.instance().removeMapLayer(empty.id())


def test_an_adapter_for_another_model_is_refused_in_place(dock, tiny_sam2_checkpoint, tiny_checkpoint):
    form = dock.form
    form.checkpoint_widget.setFilePath(tiny_sam2_checkpoint)
    line = text(dock, "adapterLabel")
    assert "made for the model custom ViT" in line and "not used" in line, line
    assert not form.adapter_check.isEnabled() and dock._config().adapter is None
    form.checkpoint_widget.setFilePath(tiny_checkpoint)
    assert form.adapter_check.isEnabled() and dock._config().adapter == form.adapter_path


def test_the_labels_default_to_the_edited_cropland_layer(dock, tmp_path):
    cropland = dock.cropland_layer
    cropland.startEditing()
    cropland.deleteFeature(next(cropland.getFeatures()).id())
    cropland.commitChanges()
    run(dock)  # a new run keeps the edited layer, renamed
    edited = QgsProject.instance().mapLayersByName("Cropland (APT, edited)")
    assert edited and edited[0] is cropland and dock.cropland_layer is not cropland
    dialog = open_learning(dock, str(tmp_path / "edited.pt"))
    assert dialog.labels_combo.currentLayer() is cropland
    dialog.hide()
