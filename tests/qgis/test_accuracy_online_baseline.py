"""The dock's "Check accuracy" after a run on a land cover read online: every online product is read
again as the baseline (from files in each product's real naming, SYNTHETIC content, on a loopback
server), or, offline, left out with a note while the map's comparison completes."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from affine import Affine
from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsRasterLayer, QgsRectangle, QgsVectorLayer
from rasterio.warp import transform_bounds
from support import RangeServer, wait_for, write_raster

from apt_cropland.plugin.core.config import Config
from apt_cropland.plugin.core.landcover.glc_online import (
    ESRI_URL_ENV,
    ONLINE_SOURCES,
    URL_2020_ENV,
    URL_ENV,
)
from apt_cropland.plugin.gui.accuracy_panel import AccuracyPanel

# A 2 x 1 km image in UTM 14N near the NAIP sample (MGRS 14T, WorldCover tile N45W102); west half cropland
WEST, NORTH, WIDTH, HEIGHT = 480_000.0, 5_208_000.0, 200, 100
TRANSFORM = Affine(10, 0, WEST, 0, -10, NORTH)
MIDDLE = WEST + 10 * WIDTH / 2
CROPLAND = {"worldcover_2021": (40, 30), "worldcover_2020": (40, 30), "esri_2023": (5, 11)}  # crop, other


def halves(transform: Affine, width: int, height: int, crs: str, crop: int, other: int) -> np.ndarray:
    """``crop`` west of the image's middle, ``other`` east of it, on a grid in any CRS."""
    from rasterio.warp import transform as warp

    cols = transform.c + transform.a * (np.arange(width) + 0.5)
    rows = transform.f + transform.e * (np.arange(height) + 0.5)
    xs, ys = np.meshgrid(cols, rows)
    east, _ = warp(crs, "EPSG:32614", xs.ravel(), ys.ravel())
    return np.where(np.asarray(east).reshape(xs.shape) < MIDDLE, crop, other).astype(np.uint8)


@pytest.fixture
def mirror(tmp_path, monkeypatch):
    """WorldCover 2021 and 2020 (EPSG:4326) and Esri 2023 (EPSG:32614) files under the image, named as
    published, on loopback; the products pointed at it."""
    www = tmp_path / "www"
    www.mkdir()
    west, south, east, north = transform_bounds("EPSG:32614", "EPSG:4326", WEST - 200, NORTH - 10 * HEIGHT - 200,
                                                WEST + 10 * WIDTH + 200, NORTH + 200)
    step = 1 / 12000  # WorldCover's pixel
    width, height = int((east - west) / step) + 1, int((north - south) / step) + 1
    degrees = Affine(step, 0, west, 0, -step, north)
    for year, version in ((2021, "v200"), (2020, "v100")):
        write_raster(www / f"ESA_WorldCover_10m_{year}_{version}_N45W102_Map.tif",
                     halves(degrees, width, height, "EPSG:4326", 40, 30), "EPSG:4326", degrees, nodata=0)
    utm = Affine(10, 0, WEST - 200, 0, -10, NORTH + 200)
    (www / "lc2023").mkdir()
    write_raster(www / "lc2023" / "14T_20230101-20240101.tif", halves(utm, WIDTH + 40, HEIGHT + 40, "EPSG:32614",
                                                                      5, 11), "EPSG:32614", utm, nodata=0)
    server = RangeServer(www)
    monkeypatch.setenv(URL_ENV, server.url + "/ESA_WorldCover_10m_2021_v200_{tile}_Map.tif")
    monkeypatch.setenv(URL_2020_ENV, server.url + "/ESA_WorldCover_10m_2020_v100_{tile}_Map.tif")
    monkeypatch.setenv(ESRI_URL_ENV, server.url + "/lc{year}/{tile}_{year}0101-{next}0101.tif")
    yield server
    server.close()


@pytest.fixture
def panel(tmp_path, qgis_app):
    """The panel after a run: the image, a cropland layer (the west half) and a reference raster."""
    image = write_raster(tmp_path / "image.tif", np.full((3, HEIGHT, WIDTH), 100, np.uint8), "EPSG:32614",
                         TRANSFORM)
    reference_path = write_raster(tmp_path / "reference.tif", halves(TRANSFORM, WIDTH, HEIGHT, "EPSG:32614", 1, 0),
                                  "EPSG:32614", TRANSFORM)
    cropland = QgsVectorLayer("MultiPolygon?crs=EPSG:32614", "Cropland (APT)", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(WEST, NORTH - 10 * HEIGHT, MIDDLE, NORTH)))
    cropland.dataProvider().addFeatures([feature])
    reference = QgsRasterLayer(reference_path, "reference (synthetic)", "gdal")
    QgsProject.instance().addMapLayers([cropland, reference])
    panel = AccuracyPanel()
    panel.reference_combo.setLayer(reference)
    panel.reference_classes.setText("1")
    yield panel, image, cropland
    panel.shutdown()
    QgsProject.instance().removeAllMapLayers()


def check(panel: AccuracyPanel):
    assert panel.check(), panel.scores_label.text()
    wait_for(lambda: panel.task is None)
    return panel.last_result


@pytest.mark.parametrize("key", ["worldcover_2021", "worldcover_2020", "esri_2023"])
def test_the_online_land_cover_is_the_baseline(panel, mirror, key):
    panel, image, cropland = panel
    panel.set_result(cropland, Config(image=image, glc=ONLINE_SOURCES[key], cropland_classes=(CROPLAND[key][0],)))
    result = check(panel)
    assert result is not None, panel.scores_label.text()
    assert result.glc is not None and result.glc.oa > 0.98 and result.glc.iou > 0.95
    assert result.map.oa > 0.98 and result.map.pixels == result.glc.pixels == WIDTH * HEIGHT
    assert mirror.bytes_sent > 0
    report = Path(panel.report_path).read_text(encoding="utf-8")
    assert "(online)" in report


def test_offline_the_land_cover_is_left_out_with_a_note(panel, monkeypatch):
    panel, image, cropland = panel
    monkeypatch.setenv(ESRI_URL_ENV, "http://127.0.0.1:9/lc{year}/{tile}_{year}0101-{next}0101.tif")
    panel.set_result(cropland, Config(image=image, glc=ONLINE_SOURCES["esri_2023"], cropland_classes=(5,)))
    result = check(panel)
    assert result is not None, panel.scores_label.text()
    assert result.glc is None and result.map.oa > 0.98
    text = panel.scores_label.text()
    assert "could not be read online" in text and "left out" in text and "mIoU" in text
    assert any("could not be read online" in note for note in result.notes)
