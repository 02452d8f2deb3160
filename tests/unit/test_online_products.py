"""More land covers online: ESA WorldCover 2020 and the Esri / Impact Observatory annual land cover,
read from files in each product's real layout and naming (built by the tests, SYNTHETIC content)
on a loopback server, and their naming worked out from the extent."""

from __future__ import annotations

import numpy as np
import pytest
import rasterio
from affine import Affine
from rasterio.crs import CRS
from rasterio.warp import transform_bounds
from support import RangeServer, write_raster

from apt_cropland.plugin.core.errors import AptInputError
from apt_cropland.plugin.core.geo import Grid
from apt_cropland.plugin.core.landcover.glc import GlcReader
from apt_cropland.plugin.core.landcover.glc_online import (
    ESRI_URL_ENV,
    GLC_SOURCE_NAMES,
    ONLINE_PRODUCTS,
    ONLINE_SOURCES,
    URL_2020_ENV,
    mgrs_zone,
    mgrs_zones_for_bounds,
)

# A 0.1 x 0.05 degree image across 102 W, the border of UTM zones 13 and 14 (MGRS 13T / 14T)
ACROSS = Grid(CRS.from_epsg(4326), Affine(0.0005, 0, -102.05, 0, -0.0005, 47.05), 200, 100)


def test_product_names_and_files_follow_the_published_naming():
    assert {"worldcover_2021", "worldcover_2020", "esri_2017", "esri_2023"} <= set(GLC_SOURCE_NAMES)
    assert mgrs_zone(-99.15, 47.02) == "14T"  # the NAIP sample
    assert mgrs_zone(13.1, 48.3) == "33U" and mgrs_zone(6.6, 0.3) == "32N" and mgrs_zone(-70.6, -33.4) == "19H"
    assert mgrs_zone(-179.9, 83.0) == "01X"
    assert mgrs_zones_for_bounds(-102.05, 46.9, -101.95, 48.1) == ["13T", "14T", "13U", "14U"]
    [url] = ONLINE_PRODUCTS["esri_2023"].urls((-99.2, 47.0, -99.1, 47.04))
    assert url.endswith("/lulctimeseries/lc2023/14T_20230101-20240101.tif")
    [url] = ONLINE_PRODUCTS["worldcover_2020"].urls((-99.2, 47.0, -99.1, 47.04))
    assert url.endswith("/v100/2020/map/ESA_WorldCover_10m_2020_v100_N45W102_Map.tif")
    assert ONLINE_SOURCES["worldcover_2021"] == "online:esa-worldcover-2021"


def utm_zone_file(folder, name: str, epsg: int, value: int) -> None:
    """An Esri-style file: one UTM zone, 10 m, classes 1-11 (here one class), nodata 0."""
    west, south, east, north = transform_bounds(ACROSS.crs, CRS.from_epsg(epsg), *ACROSS.bounds, densify_pts=21)
    width, height = int((east - west) / 10) + 2, int((north - south) / 10) + 2
    data = np.full((height, width), value, np.uint8)
    write_raster(folder / name, data, f"EPSG:{epsg}", Affine(10, 0, west - 10, 0, -10, north + 10), nodata=0,
                 tiled=True, blockxsize=256, blockysize=256)


@pytest.fixture
def esri_mirror(tmp_path, monkeypatch):
    """The Esri 2023 files of zones 13T (all cropland, 5) and 14T (all rangeland, 11) on loopback,
    each clipped to its zone: west of 102 W from 13T, east from 14T."""
    www = tmp_path / "www" / "lc2023"
    www.mkdir(parents=True)
    for zone, epsg, value in (("13T", 32613, 5), ("14T", 32614, 11)):
        utm_zone_file(www, f"{zone}_20230101-20240101.tif", epsg, value)
        # clip each file to its own zone, as the product is cut
        with rasterio.open(www / f"{zone}_20230101-20240101.tif", "r+") as ds:
            data = ds.read(1)
            rows, cols = np.mgrid[0 : ds.height, 0 : ds.width]
            xs, ys = ds.transform * (cols.ravel() + 0.5, rows.ravel() + 0.5)
            lons = np.asarray(rasterio.warp.transform(ds.crs, "EPSG:4326", xs, ys)[0]).reshape(data.shape)
            data[(lons >= -102) if zone == "13T" else (lons < -102)] = 0
            ds.write(data, 1)
    server = RangeServer(tmp_path / "www")
    monkeypatch.setenv(ESRI_URL_ENV, server.url + "/lc{year}/{tile}_{year}0101-{next}0101.tif")
    yield server
    server.close()


def test_esri_zones_in_two_crss_are_read_together(esri_mirror):
    with GlcReader(ONLINE_SOURCES["esri_2023"], (5,), ACROSS) as reader:
        prelabel = reader.read(ACROSS)
    lons = ACROSS.transform.c + ACROSS.transform.a * (np.arange(ACROSS.width) + 0.5)
    assert prelabel.valid.mean() > 0.98
    west, east = lons < -102.001, lons > -101.999
    assert prelabel.cropland[:, west].mean() > 0.99 and not prelabel.cropland[:, east].any()
    assert set(np.unique(prelabel.classes[prelabel.valid]).tolist()) == {5, 11}
    assert esri_mirror.bytes_sent > 0  # read through the server, by range requests
    assert all(r is None or r.startswith("bytes=") for r in esri_mirror.requests)


def test_worldcover_2020_by_its_own_naming(tmp_path, monkeypatch):
    www = tmp_path / "www"
    www.mkdir()
    data = np.full((1440, 1440), 40, np.uint8)
    data[:, 720:] = 30
    write_raster(www / "ESA_WorldCover_10m_2020_v100_N45W102_Map.tif", data, "EPSG:4326",
                 Affine(1 / 12000, 0, -102.06, 0, -1 / 12000, 47.06), nodata=0)
    server = RangeServer(www)
    monkeypatch.setenv(URL_2020_ENV, server.url + "/ESA_WorldCover_10m_2020_v100_{tile}_Map.tif")
    try:
        with GlcReader(ONLINE_SOURCES["worldcover_2020"], (40,), ACROSS) as reader:
            prelabel = reader.read(ACROSS)
    finally:
        server.close()
    assert prelabel.valid.all() and 0.4 < prelabel.cropland.mean() < 0.6


def test_offline_says_which_product_and_files(monkeypatch):
    monkeypatch.setenv(ESRI_URL_ENV, "http://127.0.0.1:9/lc{year}/{tile}_{year}0101-{next}0101.tif")
    with pytest.raises(AptInputError, match=r"Esri / Impact Observatory land cover 2021 could not be reached online "
                                            r"for this area \(files 13T_20210101-20220101.tif"):
        GlcReader(ONLINE_SOURCES["esri_2021"], (5,), ACROSS)
