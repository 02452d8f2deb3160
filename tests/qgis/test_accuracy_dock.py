"""The dock's "Check accuracy" part, driven as the analyst would after a run: real QGIS, tiny SAM.

The land cover over the NAIP image is SYNTHETIC (built by a fixture from NDVI); the reference is
the same land cover's cropland class, so the land cover scores perfectly and the map does not.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import qgis.utils
from qgis.core import QgsProject, QgsRasterLayer
from qgis.PyQt.QtWidgets import QPushButton
from support import wait_for

ROOT = Path(__file__).resolve().parents[2]
NAME = "apt_cropland"


@pytest.fixture(scope="module")
def plugin(qgis_app, qgis_iface):
    path = str(ROOT / "build" / "qgis-plugins")
    if path not in qgis.utils.plugin_paths:
        qgis.utils.plugin_paths.append(path)
    qgis.utils.iface = qgis_iface
    qgis.utils.updateAvailablePlugins()
    import apt_cropland  # noqa: F401

    saved = {k: v for k, v in sys.modules.items() if k == NAME or k.startswith(NAME + ".")}
    assert qgis.utils.loadPlugin(NAME)
    assert qgis.utils.startPlugin(NAME)
    yield qgis.utils.plugins[NAME]
    assert qgis.utils.unloadPlugin(NAME)
    sys.modules.update(saved)


@pytest.fixture(scope="module")
def dock(plugin, qgis_app, naip_path, naip_glc, tiny_checkpoint):
    image = QgsRasterLayer(naip_path, "naip", "gdal")
    glc = QgsRasterLayer(naip_glc, "glc (synthetic)", "gdal")
    reference = QgsRasterLayer(naip_glc, "reference (synthetic)", "gdal")
    QgsProject.instance().addMapLayers([image, glc, reference])
    plugin.action.trigger()
    dock = plugin.dock
    dock.findChild(object, "imageLayerCombo").setLayer(image)
    dock.findChild(object, "glcLayerCombo").setLayer(glc)
    dock.findChild(object, "pointsSpin").setValue(10)
    dock.findChild(object, "checkpointWidget").setFilePath(tiny_checkpoint)
    dock.findChild(object, "deviceCombo").setCurrentIndex(dock.form.device_combo.findData("cpu"))
    yield dock, image, reference
    QgsProject.instance().removeAllMapLayers()


def button(dock, name: str) -> QPushButton:
    found = dock.findChild(QPushButton, name)
    assert found is not None, name
    return found


def test_check_accuracy_after_a_run(dock):
    dock, image, reference = dock
    assert not button(dock, "checkAccuracyButton").isEnabled()  # nothing to check before a run
    button(dock, "generatePointsButton").click()
    wait_for(lambda: dock.prompt_task is None)
    button(dock, "runButton").click()
    wait_for(lambda: dock.task is None, timeout=300)
    assert dock.cropland_layer is not None, dock.form.status_label.text()
    panel = dock.accuracy
    assert button(dock, "checkAccuracyButton").isEnabled()
    assert panel.sample_parameters() == {"MAP": dock.cropland_layer.id(), "GRID": image.id()}

    dock.findChild(object, "referenceCombo").setLayer(reference)
    dock.findChild(object, "referenceClassesEdit").setText("40")
    button(dock, "checkAccuracyButton").click()
    assert button(dock, "cancelAccuracyButton").isEnabled()  # a background task
    wait_for(lambda: panel.task is None)
    result = panel.last_result
    assert result is not None, dock.findChild(object, "scoresLabel").text()
    assert result.glc.oa == pytest.approx(1.0)  # the land cover against itself
    assert result.map.pixels == result.glc.pixels == 934 * 723
    text = dock.findChild(object, "scoresLabel").text()
    assert "mIoU" in text and "Land cover" in text and "100.0" in text
    assert button(dock, "openReportButton").isEnabled()
    page = Path(panel.report_path).read_text()
    assert "data:image/png;base64," in page and "Confusion matrix" in page


def test_check_accuracy_without_a_reference_says_so(dock):
    dock, _, _ = dock
    dock.findChild(object, "referenceCombo").setLayer(None)
    assert not dock.accuracy.check()
    assert "Choose a reference layer" in dock.findChild(object, "scoresLabel").text()
