"""The Processing algorithms ``aptcropland:prompts`` and ``aptcropland:autoprompt`` run through
``processing.run`` in a real (headless) QGIS, on real rasters and a tiny random SAM checkpoint.

The land cover rasters over the images are SYNTHETIC (built by fixtures from NDVI): no real GLC
covers the test images. They are good for checking plumbing, CRSs and bookkeeping, not accuracy.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import pytest
import rasterio
from processing_support import (  # noqa: E402
    FAST,
    NAIP_CRS,
    NAIP_ORIGIN,
    NAIP_RES,
    NAIP_TILES,
    S2_CRS,
    fails,
    image_extent,
    naip_pixel_to_map,
    points_of,
    run,
    to_crs,
    vector,
)
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)
from support import west_half_of


@pytest.fixture(scope="module", autouse=True)
def provider(processing_provider):
    return processing_provider


@pytest.fixture(scope="module")
def naip_prompts(naip_path, naip_glc, tmp_path_factory):
    out = tmp_path_factory.mktemp("prompts") / "prompts.gpkg"
    results, log = run("aptcropland:prompts", {"IMAGE": naip_path, "GLC": naip_glc, "OUTPUT": str(out), **FAST})
    return results, log, out


def test_prompts_layer_in_image_crs_with_fields(naip_prompts):
    results, _, out = naip_prompts
    assert Path(results["OUTPUT"]) == out and out.exists()
    layer = vector(out)
    assert layer.crs().authid() == NAIP_CRS  # the image CRS, not the GLC's EPSG:4326
    assert QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry
    assert {"label", "round", "tile"} <= set(layer.fields().names())


def test_prompts_balanced_per_tile_in_rounds(naip_prompts, naip_path):
    _, log, out = naip_prompts
    points = points_of(vector(out))
    per_tile = Counter((tile, label) for _, _, label, _, tile in points)
    tiles = sorted({tile for _, _, _, _, tile in points})
    assert tiles == list(range(NAIP_TILES))
    for tile in tiles:  # the default: 30 positives and 30 negatives in every tile
        assert per_tile[(tile, 1)] == 30 and per_tile[(tile, 0)] == 30, per_tile
    assert {label for _, _, label, _, _ in points} == {0, 1}
    rounds = Counter((label, rnd) for _, _, label, rnd, _ in points)
    assert set(r for _, r in rounds) == {1, 2, 3}
    # 30 points of a class over 3 rounds: 10 new points of each class per round and tile
    assert all(n == 10 * NAIP_TILES for n in rounds.values()), rounds
    extent = image_extent(naip_path)
    assert all(extent.contains(QgsPointXY(x, y)) for x, y, *_ in points)
    assert f"{NAIP_TILES} of {NAIP_TILES} tiles have prompts" in log


def test_prompts_extent_in_another_crs_limits_tiles(naip_path, naip_glc, tmp_path):
    # Pixels cols 50-300, rows 50-180 lie in the first tile (0, 0, 512, 512) only: the next
    # tile columns start at 384 and the next tile row at 211.
    corners = [to_crs(*naip_pixel_to_map(c, r), NAIP_CRS, "EPSG:4326") for c in (50, 300) for r in (50, 180)]
    lons, lats = [p.x() for p in corners], [p.y() for p in corners]
    extent = f"{min(lons)},{max(lons)},{min(lats)},{max(lats)} [EPSG:4326]"
    out = tmp_path / "prompts_extent.gpkg"
    run("aptcropland:prompts", {"IMAGE": naip_path, "GLC": naip_glc, "EXTENT": extent, "OUTPUT": str(out), **FAST})
    layer = vector(out)
    assert layer.crs().authid() == NAIP_CRS
    points = points_of(layer)
    assert {tile for *_, tile in points} == {0}
    assert Counter(label for _, _, label, _, _ in points) == {1: 30, 0: 30}
    x0, y1 = NAIP_ORIGIN
    first_tile = QgsRectangle(x0, y1 - 512 * NAIP_RES, x0 + 512 * NAIP_RES, y1)
    assert all(first_tile.contains(QgsPointXY(x, y)) for x, y, *_ in points)


def test_prompts_log_a_land_cover_that_misses_part_of_the_image(naip_path, naip_glc, tmp_path):
    def log_with(glc: str) -> str:
        out = str(tmp_path / f"{Path(glc).stem}_prompts.gpkg")
        return run("aptcropland:prompts", {"IMAGE": naip_path, "GLC": glc, "OUTPUT": out, **FAST})[1]

    assert "The land cover has no data under about" in log_with(west_half_of(naip_glc, tmp_path / "west_half.tif"))
    assert "no data under" not in log_with(naip_glc)


def test_prompts_points_per_class_and_rounds_parameters(naip_path, naip_glc, tmp_path):
    out = tmp_path / "prompts_small.gpkg"
    run("aptcropland:prompts", {
        "IMAGE": naip_path, "GLC": naip_glc, "POINTS_PER_CLASS": 4, "ROUNDS": 2, "OUTPUT": str(out), **FAST,
    })
    points = points_of(vector(out))
    assert len(points) == NAIP_TILES * 8
    assert Counter(rnd for _, _, _, rnd, _ in points) == {1: NAIP_TILES * 4, 2: NAIP_TILES * 4}


# --------------------------------------------------------------------------------------------
# aptcropland:autoprompt on NAIP (one run, several checks)
# --------------------------------------------------------------------------------------------

# The tiny random SAM gives speckled masks (pieces of at most a few hundred m2 on NAIP), so a
# small minimum area keeps some polygons while still removing most pieces.
MIN_AREA = 200.0


@pytest.fixture(scope="module")
def naip_autoprompt(naip_path, naip_glc, tiny_checkpoint, tmp_path_factory):
    folder = tmp_path_factory.mktemp("autoprompt")
    params = {
        "IMAGE": naip_path, "GLC": naip_glc, "CHECKPOINT": tiny_checkpoint, "POINTS_PER_CLASS": 10,
        "MIN_AREA": MIN_AREA, "OUTPUT": str(folder / "cropland.gpkg"),
        "OUTPUT_PROMPTS": str(folder / "prompts.gpkg"), "OUTPUT_PROBABILITY": str(folder / "probability.tif"),
        **FAST,
    }
    results, log = run("aptcropland:autoprompt", params)
    return results, log, folder


def test_autoprompt_polygons(naip_autoprompt, naip_path):
    results, log, folder = naip_autoprompt
    assert Path(results["OUTPUT"]) == folder / "cropland.gpkg"
    layer = vector(results["OUTPUT"])
    assert layer.crs().authid() == NAIP_CRS
    assert QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
    assert {"area_ha", "mean_prob"} <= set(layer.fields().names())
    features = list(layer.getFeatures())
    assert features, "no cropland polygon at all"
    assert f"{len(features)} cropland polygons; SAM encoded {NAIP_TILES} tiles" in log
    extent = image_extent(naip_path)
    extent.grow(NAIP_RES)
    for f in features:
        area_ha, geometry = f["area_ha"], f.geometry()
        assert geometry.isGeosValid()
        assert area_ha > 0
        # area_ha is the true ground area (equal-area projection); UTM areas differ by < 0.2 % here
        assert geometry.area() / 10_000 == pytest.approx(area_ha, rel=5e-3, abs=1e-5)
        assert area_ha * 10_000 >= MIN_AREA
        assert geometry.area() >= MIN_AREA * 0.99
        assert 0 <= f["mean_prob"] <= 1
        assert extent.contains(geometry.boundingBox())


def test_autoprompt_prompt_points_output(naip_autoprompt):
    results, _, folder = naip_autoprompt
    assert Path(results["OUTPUT_PROMPTS"]) == folder / "prompts.gpkg"
    layer = vector(results["OUTPUT_PROMPTS"])
    assert layer.crs().authid() == NAIP_CRS
    points = points_of(layer)
    assert len(points) == NAIP_TILES * 20
    assert Counter(label for _, _, label, _, _ in points) == {1: NAIP_TILES * 10, 0: NAIP_TILES * 10}
    assert {rnd for _, _, _, rnd, _ in points} == {1, 2, 3}


def test_autoprompt_probability_raster(naip_autoprompt, naip_path):
    results, _, folder = naip_autoprompt
    path = results["OUTPUT_PROBABILITY"]
    assert Path(path) == folder / "probability.tif"
    layer = QgsRasterLayer(path, "probability", "gdal")
    assert layer.isValid()
    assert layer.crs().authid() == NAIP_CRS
    with rasterio.open(path) as prob, rasterio.open(naip_path) as image:
        assert prob.count == 1 and prob.nodata == -1
        assert (prob.width, prob.height) == (image.width, image.height)
        assert prob.transform.almost_equals(image.transform)
        values = prob.read(1)
    data = values[values != -1]
    assert data.size > 0.9 * values.size  # the NAIP scene has data nearly everywhere
    assert data.min() >= 0 and data.max() <= 1
    assert (data >= 0.5).any()  # the polygons come from somewhere


def test_autoprompt_polygons_match_probability(naip_autoprompt):
    """The cropland polygons cover the pixels with probability >= 0.5 (less the small bits)."""
    results, _, _ = naip_autoprompt
    with rasterio.open(results["OUTPUT_PROBABILITY"]) as prob:
        cropland_m2 = float((prob.read(1) >= 0.5).sum()) * NAIP_RES * NAIP_RES
    polygons_m2 = sum(f.geometry().area() for f in vector(results["OUTPUT"]).getFeatures())
    assert 0 < polygons_m2 <= cropland_m2 * 1.05 + MIN_AREA


# --------------------------------------------------------------------------------------------
# autoprompt on the real Sentinel-2 stack (uint16, 8 bands) with a GLC in Web Mercator
# --------------------------------------------------------------------------------------------


def _s2_run(sentinel2_path, sentinel2_glc, tiny_checkpoint, folder: Path, bands: str):
    params = {
        "IMAGE": sentinel2_path, "GLC": sentinel2_glc, "CHECKPOINT": tiny_checkpoint, "BANDS": bands,
        "POINTS_PER_CLASS": 10, "OUTPUT": str(folder / f"s2_{bands.replace(',', '')}.gpkg"),
        "OUTPUT_PROBABILITY": str(folder / f"s2_{bands.replace(',', '')}.tif"), **FAST,
    }
    return run("aptcropland:autoprompt", params)


def test_autoprompt_sentinel2_glc_in_other_crs_and_bands(sentinel2_path, sentinel2_glc, tiny_checkpoint, tmp_path):
    results, log = _s2_run(sentinel2_path, sentinel2_glc, tiny_checkpoint, tmp_path, "4,3,2")
    layer = vector(results["OUTPUT"])
    assert layer.crs().authid() == S2_CRS  # the image CRS, not the GLC's EPSG:3857
    assert layer.featureCount() > 0
    extent = image_extent(sentinel2_path)
    extent.grow(10)
    assert all(extent.contains(f.geometry().boundingBox()) for f in layer.getFeatures())
    assert "stretched to 0-255" in log  # uint16 input is stretched for SAM
    assert "using bands 1, 2, 3" not in log  # the bands asked for are used, not the default
    assert "2 of 2 tiles have prompts" in log

    # Another band choice feeds SAM other pixels: the probability changes.
    default, default_log = _s2_run(sentinel2_path, sentinel2_glc, tiny_checkpoint, tmp_path, "")
    assert "using bands 1, 2, 3" in default_log
    with rasterio.open(results["OUTPUT_PROBABILITY"]) as a, rasterio.open(default["OUTPUT_PROBABILITY"]) as b:
        assert a.crs.to_epsg() == 32633
        assert not np.allclose(a.read(1), b.read(1))


def test_autoprompt_band_that_does_not_exist(sentinel2_path, sentinel2_glc, tiny_checkpoint, tmp_path):
    out = tmp_path / "never.gpkg"
    fails("aptcropland:autoprompt", {
        "IMAGE": sentinel2_path, "GLC": sentinel2_glc, "CHECKPOINT": tiny_checkpoint, "BANDS": "9,1,1",
        "OUTPUT": str(out), **FAST,
    }, "band 9", "1 to 8")
    assert not out.exists()


# --------------------------------------------------------------------------------------------
# autoprompt with the analyst's own prompt points (no GLC)
# --------------------------------------------------------------------------------------------


def test_autoprompt_with_prompt_layer_in_other_crs(naip_path, tiny_checkpoint, tmp_path, qgis_new_project):
    """As from the dialog: layers of the project, passed by id; the points are in EPSG:4326."""
    pixels = [(100, 100, 1), (500, 300, 1), (800, 600, 1), (250, 500, 0), (700, 150, 0), (450, 650, 0)]
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=label:integer", "my prompts", "memory")
    assert layer.isValid()
    given, features = [], []
    for col, row, label in pixels:
        utm = naip_pixel_to_map(col + 0.5, row + 0.5)
        lonlat = to_crs(*utm, NAIP_CRS, "EPSG:4326")
        given.append((lonlat, utm, label))
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(lonlat))
        feature.setAttributes([label])
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    image = QgsRasterLayer(naip_path, "naip", "gdal")
    assert image.isValid()
    qgis_new_project.addMapLayers([image, layer])

    results, log = run("aptcropland:autoprompt", {
        "IMAGE": image.id(), "PROMPTS": layer.id(), "CHECKPOINT": tiny_checkpoint,
        "OUTPUT": str(tmp_path / "cropland.gpkg"), "OUTPUT_PROMPTS": str(tmp_path / "used.gpkg"), **FAST,
    })
    used = vector(results["OUTPUT_PROMPTS"])
    assert used.crs().authid() == NAIP_CRS
    got = points_of(used)
    assert len(got) == len(pixels)
    for (x, y, label, rnd, tile), (lonlat, utm, wanted_label) in zip(got, given):
        expected = to_crs(lonlat.x(), lonlat.y(), "EPSG:4326", NAIP_CRS)
        assert (x, y) == pytest.approx((expected.x(), expected.y()), abs=1e-6)
        assert (x, y) == pytest.approx(utm, abs=1e-3)  # and so where they were placed, within 1 mm
        assert label == wanted_label
        assert rnd == 1 and tile == -1  # no round/tile fields: round 1, not bound to a tile
    polygons = vector(results["OUTPUT"])
    assert polygons.crs().authid() == NAIP_CRS
    assert "SAM encoded" in log


# --------------------------------------------------------------------------------------------
# Bad input: a QgsProcessingException that tells the analyst what is wrong
# --------------------------------------------------------------------------------------------


def test_autoprompt_batch_size_is_an_advanced_option_with_the_same_result(naip_autoprompt, naip_path, naip_glc,
                                                                          tiny_checkpoint, tmp_path):
    from qgis.core import QgsApplication, QgsProcessingParameterDefinition

    algorithm = QgsApplication.processingRegistry().algorithmById("aptcropland:autoprompt")
    batch = algorithm.parameterDefinition("BATCH_SIZE")
    assert batch.defaultValue() == 0 and batch.flags() & QgsProcessingParameterDefinition.Flag.FlagAdvanced
    results, log, folder = naip_autoprompt
    params = {
        "IMAGE": naip_path, "GLC": naip_glc, "CHECKPOINT": tiny_checkpoint, "POINTS_PER_CLASS": 10,
        "MIN_AREA": MIN_AREA, "BATCH_SIZE": 3, "OUTPUT": str(tmp_path / "cropland.gpkg"),
        "OUTPUT_PROBABILITY": str(tmp_path / "probability.tif"), **FAST,
    }
    batched, batched_log = run("aptcropland:autoprompt", params)
    assert "SAM encodes 3 tiles at a time." in batched_log
    with rasterio.open(results["OUTPUT_PROBABILITY"]) as one, rasterio.open(batched["OUTPUT_PROBABILITY"]) as three:
        assert np.abs(one.read(1) - three.read(1)).max() <= 1e-5
    assert vector(batched["OUTPUT"]).featureCount() == vector(results["OUTPUT"]).featureCount()
