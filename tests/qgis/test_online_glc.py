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

from apt_cropland.plugin.core.landcover.glc_online import URL_ENV

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


def test_an_online_product_brings_its_own_cropland_classes(processing_provider, tmp_path, monkeypatch):
    """GLC_SOURCE=esri_2023 with CROPLAND_CLASSES left at its default reads Esri's cropland (5); the
    Esri-named file on the loopback server is SYNTHETIC."""
    import processing
    from support import RangeServer

    from apt_cropland.plugin.core.landcover.glc_online import ESRI_URL_ENV

    image = write_raster(tmp_path / "image.tif", np.random.default_rng(1).integers(30, 200, (3, 256, 256), np.uint8),
                         "EPSG:32614", from_origin(500000, 5210000, 10, 10))
    www = tmp_path / "www" / "lc2023"
    www.mkdir(parents=True)
    classes = np.full((300, 300), 11, np.uint8)
    classes[:, :150] = 5
    write_raster(www / "14T_20230101-20240101.tif", classes, "EPSG:32614", from_origin(499800, 5210200, 10, 10),
                 nodata=0)
    server = RangeServer(tmp_path / "www")
    monkeypatch.setenv(ESRI_URL_ENV, server.url + "/lc{year}/{tile}_{year}0101-{next}0101.tif")
    try:
        result = processing.run("aptcropland:prompts", {
            "IMAGE": image, "GLC_SOURCE": "esri_2023", "POINTS_PER_CLASS": 5, "OUTPUT": str(tmp_path / "p.gpkg"),
        })
    finally:
        server.close()
    labels = [f["label"] for f in QgsVectorLayer(result["OUTPUT"], "p", "ogr").getFeatures()]
    assert labels.count(1) == labels.count(0) == 5
