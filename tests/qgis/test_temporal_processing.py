"""Band presets and several dates through ``processing.run`` and ``qgis_process``, on the real
two-date Sentinel-2 stack (bands 1-4 and 5-8) and its second date as a raster in another CRS (made
here). The land cover over it is SYNTHETIC (from NDVI), built by a fixture."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import rasterio
from processing_support import fails, run, vector
from qgis_process_support import enable_plugin, needs_qgis_process, qgis_process, qgis_process_env
from rasterio.crs import CRS
from rasterio.enums import Resampling
from rasterio.warp import calculate_default_transform, reproject

TWO_DATES = "1,2,3,4;5,6,7,8"
QGIS_PROCESS = "/usr/bin/qgis_process.bin"  # the /usr/bin/qgis_process wrapper fails on this build
PLUGIN_PATH = Path(__file__).resolve().parents[2] / "build" / "qgis-plugins"


@pytest.fixture(scope="module", autouse=True)
def provider(processing_provider):
    return processing_provider


@pytest.fixture(scope="module")
def second_date_3857(sentinel2_path, tmp_path_factory) -> str:
    """Bands 5-8 of the stack (its second date) warped to Web Mercator at 12 m."""
    out = str(tmp_path_factory.mktemp("dates") / "s2_date2_3857.tif")
    with rasterio.open(sentinel2_path) as src:
        crs = CRS.from_epsg(3857)
        transform, width, height = calculate_default_transform(src.crs, crs, src.width, src.height, *src.bounds,
                                                               resolution=12.0)
        data = np.zeros((4, height, width), np.uint16)
        reproject(src.read([5, 6, 7, 8]), data, src_transform=src.transform, src_crs=src.crs,
                  dst_transform=transform, dst_crs=crs, resampling=Resampling.bilinear, dst_nodata=0)
    with rasterio.open(out, "w", driver="GTiff", width=width, height=height, count=4, dtype="uint16", crs=crs,
                       transform=transform, nodata=0) as dst:
        dst.write(data)
    return out


def params(sentinel2_path, sentinel2_glc, tiny_checkpoint, tmp_path, **extra) -> dict:
    return {"IMAGE": sentinel2_path, "GLC": sentinel2_glc, "CHECKPOINT": tiny_checkpoint, "POINTS_PER_CLASS": 8,
            "MIN_AREA": 0, "DEVICE": "cpu", "OUTPUT": str(tmp_path / "cropland.gpkg"), **extra}


def test_a_temporal_ensemble_with_a_band_preset(sentinel2_path, sentinel2_glc, tiny_checkpoint, tmp_path):
    results, log = run("aptcropland:autoprompt", params(
        sentinel2_path, sentinel2_glc, tiny_checkpoint, tmp_path, DATES=TWO_DATES, TEMPORAL="ensemble",
        BANDS_PRESET="false_colour", OUTPUT_UNCERTAINTY=str(tmp_path / "u.tif")))
    assert "Bands for SAM: 4, 1, 2 (preset false_colour: NIR, red, green)" in log
    assert "Temporal ensemble: SAM runs on each of the 2 dates" in log
    assert "SAM encoded 2 tiles" in log  # one tile, two dates
    assert vector(results["OUTPUT"]).crs().authid() == "EPSG:32633"
    with rasterio.open(results["OUTPUT_UNCERTAINTY"]) as ds:
        assert (ds.width, ds.height) == (578, 379)


def test_a_composite_over_a_second_raster_in_another_crs(sentinel2_path, sentinel2_glc, tiny_checkpoint,
                                                         second_date_3857, tmp_path):
    results, log = run("aptcropland:autoprompt", params(
        sentinel2_path, sentinel2_glc, tiny_checkpoint, tmp_path, BANDS="1,2,3,4", MORE_IMAGES=[second_date_3857],
        TEMPORAL="composite", NDVI_BANDS="1,4", STRETCH="shared"))
    assert "NDVI from bands 1 (red) and 4 (NIR), as set." in log
    assert "NDVI of date 1, of date 2 and their change" in log and "SAM encoded 1 tiles" in log
    assert vector(results["OUTPUT"]).crs().authid() == "EPSG:32633"


def test_prompts_of_an_ensemble_follow_the_dates(sentinel2_path, sentinel2_glc, tmp_path):
    results, log = run("aptcropland:prompts", {"IMAGE": sentinel2_path, "GLC": sentinel2_glc, "DATES": TWO_DATES,
                                               "TEMPORAL": "ensemble", "OUTPUT": str(tmp_path / "p.gpkg")})
    assert vector(results["OUTPUT"]).featureCount() == 60 and "Temporal ensemble" in log


@pytest.mark.parametrize("extra, words", [
    ({"DATES": "1,2,3,4;5,6,7", "TEMPORAL": "ensemble"}, ("as many bands", "4, 3 bands")),
    ({"DATES": TWO_DATES, "BANDS_PRESET": "agriculture"}, ("agriculture", "SWIR 1")),
    ({"TEMPORAL": "composite"}, ("at least two dates",)),
    ({"DATES": "1-4;5-8"}, ("band groups",)),
])
def test_bad_imagery_input_is_a_clear_message(sentinel2_path, sentinel2_glc, tiny_checkpoint, tmp_path, extra,
                                              words):
    fails("aptcropland:autoprompt", params(sentinel2_path, sentinel2_glc, tiny_checkpoint, tmp_path, **extra), *words)


def test_dates_that_do_not_overlap_are_refused(sentinel2_path, sentinel2_glc, tiny_checkpoint, naip_path, tmp_path):
    fails("aptcropland:autoprompt", params(sentinel2_path, sentinel2_glc, tiny_checkpoint, tmp_path,
                                           MORE_IMAGES=[naip_path], TEMPORAL="ensemble"), "does not overlap")


@needs_qgis_process
def test_qgis_process_runs_the_temporal_modes_by_name(sentinel2_path, sentinel2_glc, tiny_checkpoint, tmp_path):
    env = enable_plugin(qgis_process_env(tmp_path / "profile"))
    out = tmp_path / "out.gpkg"
    proc = qgis_process(
        env, "run", "aptcropland:autoprompt", "--json", "--",
        f"IMAGE={sentinel2_path}", f"GLC={sentinel2_glc}", f"CHECKPOINT={tiny_checkpoint}", "POINTS_PER_CLASS=8",
        "MIN_AREA=0", f"OUTPUT={out}", "DEVICE=cpu", f"DATES={TWO_DATES}", "TEMPORAL=ensemble",
        "BANDS_PRESET=natural", "STRETCH=shared",
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    info = json.loads(proc.stdout)["log"]["info"]
    assert any("SAM encoded 2 tiles" in line for line in info), info
    assert any("pooled over all dates" in line for line in info), info
    assert out.is_file()
    proc = qgis_process(env, "help", "aptcropland:autoprompt")
    assert "TEMPORAL: single, composite, ensemble (default single)" in proc.stdout
    assert "BANDS_PRESET: auto, natural, false_colour, agriculture, ndvi (default auto)" in proc.stdout
