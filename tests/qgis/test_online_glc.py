"""The online ESA WorldCover source in Processing, against a loopback mirror of the real tile.

The image is SYNTHETIC (a pattern over Sao Tome, where the shared WorldCover tile lies); the
land cover is the real tile N00E006, served by a local HTTP server with range requests.
"""

from __future__ import annotations

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsRasterLayer, QgsVectorLayer
from rasterio.transform import from_origin
from support import wait_for, write_raster

from apt_cropland.plugin.core.glc_online import URL_ENV

TILE = "ESA_WorldCover_10m_2021_v200_N00E006_Map.tif"


@pytest.fixture
def sao_tome_image(tmp_path) -> str:
    rng = np.random.default_rng(0)
    data = rng.integers(30, 200, (3, 512, 512), dtype=np.uint8)
    return write_raster(tmp_path / "sao_tome.tif", data, "EPSG:32632", from_origin(221730, 44254, 10, 10))


def test_prompts_from_worldcover_online(processing_provider, worldcover_mirror, sao_tome_image, tmp_path):
    import processing

    result = processing.run("aptcropland:prompts", {
        "IMAGE": sao_tome_image, "GLC_SOURCE": "worldcover_2021", "CROPLAND_CLASSES": "10", "POINTS_PER_CLASS": 8,
        "OUTPUT": str(tmp_path / "points.gpkg"), "OUTPUT_GLC": str(tmp_path / "worldcover.tif"),
    })
    points = QgsVectorLayer(result["OUTPUT"], "points", "ogr")
    labels = [f["label"] for f in points.getFeatures()]
    assert points.crs().authid() == "EPSG:32632" and labels.count(1) == labels.count(0) == 8
    saved = QgsRasterLayer(result["OUTPUT_GLC"], "glc", "gdal")
    assert saved.isValid() and saved.crs().authid() == "EPSG:4326"
    assert 0 < worldcover_mirror.bytes_sent < 0.1 * (tmp_path / "www" / TILE).stat().st_size


def test_offline_online_source_is_a_clear_error(processing_provider, sao_tome_image, tmp_path, monkeypatch):
    import processing

    monkeypatch.setenv(URL_ENV, "http://127.0.0.1:9/ESA_WorldCover_10m_2021_v200_{tile}_Map.tif")
    with pytest.raises(QgsProcessingException, match="could not be reached online"):
        processing.run("aptcropland:prompts", {"IMAGE": sao_tome_image, "GLC_SOURCE": "worldcover_2021",
                                               "OUTPUT": str(tmp_path / "p.gpkg")})


def test_the_dock_offers_worldcover_online(worldcover_mirror, sao_tome_image, qgis_iface):
    from qgis.core import QgsProject

    from apt_cropland.plugin.gui.dock import AptCroplandDock
    from apt_cropland.plugin.gui.dock_form import online_label

    image = QgsRasterLayer(sao_tome_image, "sao tome (synthetic)", "gdal")
    QgsProject.instance().addMapLayer(image)
    dock = AptCroplandDock(qgis_iface)
    try:
        form = dock.form
        form.image_combo.setLayer(image)
        form.glc_combo.setLayer(None)
        form.glc_combo.setCurrentIndex(form.glc_combo.findText(online_label()))
        assert form.online_glc()
        form.scheme_combo.setCurrentIndex(form.scheme_combo.findData("custom"))
        form.classes_edit.setText("10")
        form.points_spin.setValue(5)
        form.save_glc_check.setChecked(True)
        assert dock.generate_points()
        wait_for(lambda: dock.prompt_task is None)
        assert dock.prompt_layer.featureCount() == 10
        [land_cover] = QgsProject.instance().mapLayersByName("Land cover (ESA WorldCover 2021)")
        assert land_cover.isValid() and land_cover.crs().authid() == "EPSG:4326"
    finally:
        dock.form.save_glc_check.setChecked(False)
        dock.shutdown()
        QgsProject.instance().removeAllMapLayers()
