"""Bad input to the Processing algorithms: each case ends in a QgsProcessingException whose
message says what is wrong, and leaves no output behind.

The land cover rasters over the images are SYNTHETIC (built by fixtures from NDVI).
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
import torch
from processing_support import FAST, NAIP_CRS, NAIP_ORIGIN, NAIP_TILES, fails, points_of, run, vector
from rasterio.transform import from_origin
from support import write_raster


@pytest.fixture(scope="module", autouse=True)
def provider(processing_provider):
    return processing_provider


@pytest.fixture
def naip_args(naip_path, naip_glc, tiny_checkpoint, tmp_path):
    return {"IMAGE": naip_path, "GLC": naip_glc, "CHECKPOINT": tiny_checkpoint,
            "OUTPUT": str(tmp_path / "cropland.gpkg"), "POINTS_PER_CLASS": 5, **FAST}


def naip_like(path, data: np.ndarray, **kwargs) -> str:
    """A raster on the NAIP area (EPSG:26914) with ``data`` at 10 m."""
    return write_raster(path, data, crs=NAIP_CRS, transform=from_origin(*NAIP_ORIGIN, 10, 10), **kwargs)


@pytest.mark.parametrize("alg", ["aptcropland:prompts", "aptcropland:autoprompt"])
def test_image_without_crs(alg, naip_args, tmp_path):
    pixels = np.random.default_rng(0).integers(1, 255, (3, 300, 400), dtype=np.uint8)
    image = write_raster(tmp_path / "no_crs.tif", pixels, crs=None)
    naip_args["IMAGE"] = image
    if alg == "aptcropland:prompts":
        naip_args = {k: v for k, v in naip_args.items() if k != "CHECKPOINT"}
    fails(alg, naip_args, "no coordinate reference system", "assign")
    assert not Path(naip_args["OUTPUT"]).exists()


def test_glc_that_does_not_overlap_the_image(naip_args, worldcover_path):
    naip_args["GLC"] = worldcover_path  # a real WorldCover tile in the Gulf of Guinea
    fails("aptcropland:autoprompt", naip_args, "does not overlap")


def test_glc_without_cropland(naip_args, tmp_path):
    naip_args["GLC"] = naip_like(tmp_path / "grass.tif", np.full((362, 467), 30, np.uint8), nodata=0)
    message = fails("aptcropland:autoprompt", naip_args, "no cropland", "class 40", "classes found there: 30")
    assert "cropland classes" in message  # says what to check


def test_glc_cropland_class_can_be_chosen(naip_args, tmp_path):
    """Same all-30 land cover: with CROPLAND_CLASSES=30, it is all cropland and prompts come out."""
    naip_args["GLC"] = naip_like(tmp_path / "grass.tif", np.full((362, 467), 30, np.uint8), nodata=0)
    out = tmp_path / "prompts.gpkg"
    run("aptcropland:prompts", {k: v for k, v in {**naip_args, "CROPLAND_CLASSES": "30", "OUTPUT": str(out)}.items()
                                if k != "CHECKPOINT"})
    labels = Counter(label for _, _, label, _, _ in points_of(vector(out)))
    assert labels == {1: 5 * NAIP_TILES}  # no non-cropland: positives only


@pytest.mark.parametrize("dtype", ["uint8", "uint16"])
def test_image_all_nodata(dtype, naip_args, tmp_path):
    naip_args["IMAGE"] = naip_like(tmp_path / f"empty_{dtype}.tif", np.zeros((3, 300, 400), dtype), nodata=0)
    fails("aptcropland:autoprompt", naip_args, "no valid pixels", "nodata")


def test_checkpoint_not_a_checkpoint(naip_args, tmp_path):
    text = tmp_path / "sam_vit_b_01ec64.pth"
    text.write_text("<html>404 Not Found</html>\n")
    naip_args["CHECKPOINT"] = str(text)
    message = fails("aptcropland:autoprompt", naip_args, "'sam_vit_b_01ec64.pth' is not a PyTorch checkpoint")
    assert "could run that code" not in message  # a broken file is not a malicious one
    assert not Path(naip_args["OUTPUT"]).exists()


class _RunsCode:
    """Unpickling this calls os.system: what a malicious checkpoint does."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch '{self.marker}'",))


def test_checkpoint_that_would_run_code_is_refused(naip_args, tmp_path):
    marker = tmp_path / "code_ran"
    evil = tmp_path / "sam_evil.pth"
    state = {"image_encoder.pos_embed": torch.zeros(1), "payload": _RunsCode(marker)}
    torch.save(state, str(evil))
    naip_args["CHECKPOINT"] = str(evil)
    fails("aptcropland:autoprompt", naip_args, "refused", "sam_evil.pth", "code")
    assert not marker.exists(), "loading the checkpoint ran code from it"
    assert not Path(naip_args["OUTPUT"]).exists()


def test_truncated_checkpoint(naip_args, tiny_checkpoint, tmp_path):
    data = Path(tiny_checkpoint).read_bytes()
    half = tmp_path / "half.pth"
    half.write_bytes(data[: len(data) // 2])
    naip_args["CHECKPOINT"] = str(half)
    fails("aptcropland:autoprompt", naip_args, "half.pth", "truncated")
    assert not Path(naip_args["OUTPUT"]).exists()


def test_missing_glc_and_prompts(naip_args):
    del naip_args["GLC"]
    fails("aptcropland:autoprompt", naip_args, "land cover", "prompt points")


def test_a_crs_changed_only_in_qgis_is_refused(naip_args, naip_path, qgis_new_project):
    """The pipeline reads files: a CRS overridden in Layer Properties would put the image elsewhere."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRasterLayer

    layer = QgsRasterLayer(naip_path, "naip, CRS changed in QGIS", "gdal")
    layer.setCrs(QgsCoordinateReferenceSystem("EPSG:32614"))
    QgsProject.instance().addMapLayer(layer)
    try:
        fails("aptcropland:prompts", {**naip_args, "IMAGE": layer.id()}, "EPSG:32614", "its file says EPSG:26914",
              "Assign Projection")
    finally:  # Processing would take this project layer for the NAIP file's path in later tests
        QgsProject.instance().removeMapLayer(layer.id())
