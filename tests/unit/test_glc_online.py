"""ESA WorldCover read from the cloud, tested on the loopback interface.

A local HTTP server that honours range requests serves the real WorldCover tile from
``../shared/data``; the reader is pointed at it instead of the public bucket.
"""

import os

import numpy as np
import pytest
import rasterio
from affine import Affine
from rasterio.crs import CRS

from apt_cropland.plugin.core.errors import AptInputError
from apt_cropland.plugin.core.geo import Grid
from apt_cropland.plugin.core.landcover.glc import GlcReader
from apt_cropland.plugin.core.landcover.glc_online import (
    ONLINE_WORLDCOVER,
    URL_ENV,
    WORLDCOVER_URL,
    tile_name,
    tiles_for_bounds,
)

TILE = "ESA_WorldCover_10m_2021_v200_N00E006_Map.tif"
# Sao Tome seen from UTM 32N at 10 m: 1024 x 1024 pixels from 6.5 E, 0.4 N (inside tile N00E006)
GRID = Grid(CRS.from_epsg(32632), Affine(10, 0, 221730, 0, -10, 44254), 1024, 1024)


def test_tile_names_follow_the_published_scheme():
    assert tile_name(-99.15, 47.02) == "N45W102"  # the NAIP sample
    assert tile_name(6.6, 0.3) == "N00E006"
    assert tile_name(13.1, 48.3) == "N48E012"
    assert tile_name(-0.5, -0.5) == "S03W003"
    assert tiles_for_bounds(5.5, -0.5, 6.5, 0.5) == ["S03E003", "S03E006", "N00E003", "N00E006"]
    assert WORLDCOVER_URL.format(tile="N45W102").endswith("v200/2021/map/ESA_WorldCover_10m_2021_v200_N45W102_Map.tif")


def test_windows_read_online_equal_the_local_file_and_cost_little(worldcover_mirror, worldcover_path):
    with GlcReader(ONLINE_WORLDCOVER, (10,), GRID) as online:
        remote = online.read(GRID)
    with GlcReader(worldcover_path, (10,), GRID) as local:
        here = local.read(GRID)
    assert np.array_equal(remote.classes, here.classes) and np.array_equal(remote.valid, here.valid)
    assert 0.05 < remote.cropland.mean() < 0.95
    size = os.path.getsize(worldcover_path)
    sent = worldcover_mirror.bytes_sent
    assert 0 < sent < 0.1 * size, f"{sent} of {size} bytes were transferred"
    assert all(r and r.startswith("bytes=") for r in worldcover_mirror.requests if r is not None)


def test_the_land_cover_under_the_image_can_be_saved(worldcover_mirror, tmp_path):
    with GlcReader(ONLINE_WORLDCOVER, (40,), GRID) as online:
        out = online.save_clip(GRID, str(tmp_path / "wc.tif"))
    with rasterio.open(out) as ds:
        assert ds.crs.to_epsg() == 4326 and ds.nodata == 0
        # the image's 10.24 km footprint at 1/12000 degree: about 1106 pixels a side
        assert ds.width == pytest.approx(1106, abs=12) and ds.height == pytest.approx(1106, abs=12)
        assert set(np.unique(ds.read(1))) <= {0, 10, 20, 30, 40, 50, 60, 80, 90, 95}


def test_offline_is_a_clear_message(monkeypatch):
    monkeypatch.setenv(URL_ENV, "http://127.0.0.1:9/ESA_WorldCover_10m_2021_v200_{tile}_Map.tif")
    with pytest.raises(AptInputError, match="could not be reached online"):
        GlcReader(ONLINE_WORLDCOVER, (40,), GRID)
