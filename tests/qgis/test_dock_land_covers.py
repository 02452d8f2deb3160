"""The dock's list of further land covers, the agreement rule and the ensemble, driven in real QGIS.
The land covers over the NAIP image are SYNTHETIC (built by the tests from its NDVI)."""

from __future__ import annotations

import numpy as np
import pytest
import rasterio
from qgis.core import QgsProject, QgsRasterLayer
from support import wait_for

from apt_cropland.plugin.core.errors import AptInputError
from apt_cropland.plugin.core.landcover.glc_online import ONLINE_SOURCES
from apt_cropland.plugin.gui.land_cover_list import online_item_label


@pytest.fixture
def esri_layer(naip_path, tmp_path) -> QgsRasterLayer:
    from sample_glc import make_sample_glc

    src = make_sample_glc(naip_path, str(tmp_path / "wc.tif"), crs="EPSG:3857", res=12.0)
    with rasterio.open(src) as ds:
        data, profile = ds.read(1), ds.profile
    with rasterio.open(tmp_path / "esri.tif", "w", **profile) as ds:
        ds.write(np.select([data == 40, data == 30], [5, 11], 0).astype(np.uint8), 1)
    layer = QgsRasterLayer(str(tmp_path / "esri.tif"), "esri (synthetic)", "gdal")
    QgsProject.instance().addMapLayer(layer)
    layer_id = layer.id()
    yield layer
    if QgsProject.instance().mapLayer(layer_id) is not None:
        QgsProject.instance().removeMapLayer(layer_id)


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


def test_land_covers_are_added_with_their_classes_and_removed(dock, esri_layer, naip_glc):
    covers = dock.form.more_land_covers
    covers.combo.setLayer(esri_layer)
    covers.preset.setCurrentIndex(covers.preset.findData("esri"))
    covers.add_button.click()
    covers.combo.setLayer(None)
    covers.combo.setCurrentIndex(covers.combo.findText(online_item_label("esri_2023")))
    assert covers.preset.currentData() == "esri"  # the online product's own classes are proposed
    covers.add_button.click()
    assert covers.table.rowCount() == 2
    covers.table.selectRow(1)
    covers.remove_button.click()
    assert covers.table.rowCount() == 1
    covers.agreement.setCurrentIndex(covers.agreement.findData("majority"))
    dock.form.ensemble_spin.setValue(3)
    config = dock.form.config()
    assert config.glc == naip_glc
    assert [(c.source, c.classes) for c in config.more_glc] == [(esri_layer.source(), (5,))]
    assert config.agreement == "majority" and config.ensemble == 3
    assert dock.generate_points()
    wait_for(lambda: dock.prompt_task is None)
    labels = [f["label"] for f in dock.prompt_layer.getFeatures()]
    assert labels.count(1) == labels.count(0) == 30


def test_an_online_product_in_the_list(dock):
    covers = dock.form.more_land_covers
    covers.combo.setLayer(None)
    covers.combo.setCurrentIndex(covers.combo.findText(online_item_label("worldcover_2020")))
    covers.add_button.click()
    [cover] = dock.form.config().more_glc
    assert cover.source == ONLINE_SOURCES["worldcover_2020"] and cover.classes == (40,)


def test_a_listed_layer_removed_from_the_project_is_reported(dock, esri_layer):
    covers = dock.form.more_land_covers
    covers.combo.setLayer(esri_layer)
    covers.add_button.click()
    QgsProject.instance().removeMapLayer(esri_layer.id())
    with pytest.raises(AptInputError, match="no longer in the project"):
        dock.form.config()
