"""GDAL failures are the same clear ``AptInputError`` whether GDAL raises exceptions or not (QGIS
3.40's Processing turns them on for the whole process): the land cover clip, the online land cover's
files and the vectorising, each run both ways."""

from __future__ import annotations

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from rasterio.crs import CRS
from rasterio.transform import from_origin
from support import RangeServer, write_raster

from apt_cropland.plugin.core.errors import AptInputError
from apt_cropland.plugin.core.gdal_calls import gdal_call, gdal_status
from apt_cropland.plugin.core.geo import Grid
from apt_cropland.plugin.core.landcover.glc import GlcReader
from apt_cropland.plugin.core.landcover.glc_online import ONLINE_SOURCES, URL_ENV
from apt_cropland.plugin.core.vectors.vectorize import new_gpkg, polygonize

GRID = Grid(CRS.from_epsg(32633), from_origin(500000, 5000000, 10, 10), 60, 40)
MODULES = (gdal, ogr, osr)


@pytest.fixture(params=[False, True], ids=["exceptions_off", "exceptions_on"])
def gdal_exceptions(request):
    """GDAL, OGR and OSR with exceptions on or off for one test; the modes before are put back (in
    reverse order: GDAL keeps the modes as a stack)."""
    on = request.param
    changed = [m for m in MODULES if bool(m.GetUseExceptions()) != on]
    for module in changed:
        module.UseExceptions() if on else module.DontUseExceptions()
    yield on
    for module in reversed(changed):
        module.DontUseExceptions() if on else module.UseExceptions()


def a_file(tmp_path) -> str:
    path = tmp_path / "a_file"
    path.write_text("a file, not a folder")
    return str(path)


def test_the_helpers_report_failures_in_both_modes(tmp_path, gdal_exceptions):
    result, error = gdal_call(gdal.Open, str(tmp_path / "missing.tif"))
    assert result is None and "missing.tif" in error
    write_raster(tmp_path / "ok.tif", np.ones((4, 4), np.uint8), "EPSG:32633", from_origin(0, 4, 1, 1))
    ds, error = gdal_call(gdal.Open, str(tmp_path / "ok.tif"))
    assert error is None and ds.RasterXSize == 4
    band = ds.GetRasterBand(1)
    assert "read-only" in gdal_status(gdal.SieveFilter, band, None, band, 2, 4)  # opened read-only: fails
    ds, error = gdal_call(gdal.Open, str(tmp_path / "ok.tif"), gdal.GA_Update)
    band = ds.GetRasterBand(1)
    assert gdal_status(gdal.SieveFilter, band, None, band, 2, 4) is None
    assert gdal.GetUseExceptions() == int(gdal_exceptions)


def test_saving_the_land_cover_where_it_cannot_be_written_is_a_clear_error(tmp_path, gdal_exceptions):
    glc = write_raster(tmp_path / "glc.tif", np.full((50, 70), 40, np.uint8), "EPSG:32633",
                       from_origin(499900, 5000100, 10, 10), nodata=0)
    target = f"{a_file(tmp_path)}/clip.tif"  # under a file: no folder can be made there
    with GlcReader(glc, (40,), GRID) as reader, pytest.raises(AptInputError, match="Could not save the land cover"):
        reader.save_clip(GRID, target)


def test_an_online_land_cover_file_that_is_no_raster_is_a_clear_error(tmp_path, monkeypatch, gdal_exceptions):
    """A server (or a proxy in its place) answering with something that is not a GeoTIFF."""
    www = tmp_path / "www"
    www.mkdir()
    (www / "ESA_WorldCover_10m_2021_v200_N45E012_Map.tif").write_text("<html>Access denied by the proxy</html>")
    server = RangeServer(www)
    monkeypatch.setenv(URL_ENV, server.url + "/ESA_WorldCover_10m_2021_v200_{tile}_Map.tif")
    grid = Grid(CRS.from_epsg(4326), from_origin(13.0, 46.0, 0.001, 0.001), 50, 50)
    try:
        with pytest.raises(AptInputError, match=r"ESA WorldCover 2021 file ESA_WorldCover_10m_2021_v200_N45E012_Map"
                                                r"\.tif was found online but cannot be read as a raster"):
            GlcReader(ONLINE_SOURCES["worldcover_2021"], (40,), grid)
    finally:
        server.close()


def mask_and_probability(tmp_path) -> tuple[str, str]:
    mask = np.zeros((40, 60), np.uint8)
    mask[5:30, 5:40] = 1
    m = write_raster(tmp_path / "mask.tif", mask, "EPSG:32633", GRID.transform)
    p = write_raster(tmp_path / "prob.tif", np.where(mask == 1, 0.8, 0.1).astype(np.float32), "EPSG:32633",
                     GRID.transform, nodata=-1)
    return m, p


def test_cropland_polygons_where_they_cannot_be_written_are_a_clear_error(tmp_path, gdal_exceptions):
    m, p = mask_and_probability(tmp_path)
    with pytest.raises(AptInputError, match="Could not write the GeoPackage .*a_file/cropland.gpkg"):
        polygonize(m, p, f"{a_file(tmp_path)}/cropland.gpkg", GRID, min_area_m2=100, workdir=str(tmp_path))
    with pytest.raises(AptInputError, match="Could not write in the folder of"):
        polygonize(m, p, str(tmp_path / "no_such_folder" / "cropland.gpkg"), GRID, min_area_m2=100)
    with pytest.raises(AptInputError, match="Could not write the GeoPackage"):
        new_gpkg(f"{a_file(tmp_path)}/prompts.gpkg")


def test_a_mask_gdal_cannot_open_is_a_clear_error(tmp_path, gdal_exceptions):
    _, p = mask_and_probability(tmp_path)
    with pytest.raises(AptInputError, match="Could not open the raster .*missing_mask.tif"):
        polygonize(str(tmp_path / "missing_mask.tif"), p, str(tmp_path / "out.gpkg"), GRID, min_area_m2=100)


def test_vectorising_still_works_with_gdal_exceptions_on(tmp_path, gdal_exceptions):
    m, p = mask_and_probability(tmp_path)
    assert polygonize(m, p, str(tmp_path / "out.gpkg"), GRID, min_area_m2=100) == 1
