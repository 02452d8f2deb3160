"""The dock's band preset, dates and temporal mode, driven in real QGIS on the real two-date
Sentinel-2 stack with a tiny random SAM. Its land cover is SYNTHETIC (built by a fixture from NDVI)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import qgis.utils
from qgis.core import QgsProject, QgsRasterLayer
from support import wait_for

ROOT = Path(__file__).resolve().parents[2]
NAME = "apt_cropland"


@pytest.fixture(scope="module")
def dock(qgis_app, qgis_iface, sentinel2_path, sentinel2_glc, tiny_checkpoint):
    path = str(ROOT / "build" / "qgis-plugins")
    if path not in qgis.utils.plugin_paths:
        qgis.utils.plugin_paths.append(path)
    qgis.utils.iface = qgis_iface
    qgis.utils.updateAvailablePlugins()
    import apt_cropland  # noqa: F401 - the modules other tests hold: QGIS's unload drops them, so keep them

    saved = {k: v for k, v in sys.modules.items() if k == NAME or k.startswith(NAME + ".")}
    assert qgis.utils.loadPlugin(NAME) and qgis.utils.startPlugin(NAME)
    plugin = qgis.utils.plugins[NAME]
    image = QgsRasterLayer(sentinel2_path, "sentinel-2", "gdal")
    glc = QgsRasterLayer(sentinel2_glc, "glc (synthetic)", "gdal")
    QgsProject.instance().addMapLayers([image, glc])
    plugin.action.trigger()
    dock = plugin.dock
    dock.findChild(object, "imageLayerCombo").setLayer(image)
    dock.findChild(object, "glcLayerCombo").setLayer(glc)
    dock.findChild(object, "pointsSpin").setValue(8)
    dock.findChild(object, "checkpointWidget").setFilePath(tiny_checkpoint)
    dock.findChild(object, "deviceCombo").setCurrentIndex(dock.form.device_combo.findData("cpu"))
    yield dock
    QgsProject.instance().removeAllMapLayers()
    assert qgis.utils.unloadPlugin(NAME)
    sys.modules.update(saved)


def choose(combo, name: str) -> None:
    index = combo.findData(name)
    assert index >= 0, name
    combo.setCurrentIndex(index)


def test_the_preset_combo_says_which_bands_and_why(dock):
    form = dock.form
    dates = dock.findChild(object, "datesEdit")
    dates.setText("1,2,3,4;5,6,7,8")
    dates.editingFinished.emit()
    choose(dock.findChild(object, "bandsPresetCombo"), "false_colour")
    label = dock.findChild(object, "bandsInfoLabel")
    assert label.text().startswith("Bands for SAM: 4, 1, 2 (preset false_colour: NIR, red, green)")
    assert "band count" in label.text() and label.styleSheet() == ""
    choose(form.bands_preset_combo, "agriculture")  # no SWIR in these bands: said at once, in red
    assert "needs a SWIR 1 band" in label.text() and "a33" in label.styleSheet()
    choose(form.bands_preset_combo, "natural")
    config = form.config()
    assert (config.bands_preset, config.dates, config.temporal) == ("natural", ((1, 2, 3, 4), (5, 6, 7, 8)), "single")


def test_an_ensemble_of_dates_from_the_dock(dock):
    choose(dock.findChild(object, "temporalCombo"), "ensemble")
    assert "Temporal ensemble" in dock.findChild(object, "bandsInfoLabel").text()
    assert dock.generate_points()
    wait_for(lambda: dock.prompt_task is None)
    assert dock.prompt_layer is not None and dock.prompt_layer.featureCount() == 16
    assert dock.run_sam()
    wait_for(lambda: dock.task is None)
    assert dock.last_error is None, dock.last_error
    assert dock.last_result.encoder_runs == 2  # one tile, two dates
