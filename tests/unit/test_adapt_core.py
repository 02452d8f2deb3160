"""Adaptation in the core: labels on each tile's grid (strong within the label area, any CRS; weak
from the land covers' agreement outside it), the split, embeddings spilled to disk, bad input
refused clearly, and a cancel that leaves no file."""

from __future__ import annotations

import os

import numpy as np
import pytest
import torch
from osgeo import ogr, osr
from rasterio.transform import from_origin
from rasterio.windows import Window
from support import write_raster

from apt_cropland.plugin.core.adapt import AdaptConfig, adapt
from apt_cropland.plugin.core.adapt.data import EmbeddingStore, split_tiles
from apt_cropland.plugin.core.adapt.labels import NONE, STRONG_CROP, STRONG_NOT, WEAK_CROP, WEAK_NOT, LabelReader
from apt_cropland.plugin.core.config import Config, Feedback
from apt_cropland.plugin.core.errors import AptCancelledError, AptInputError
from apt_cropland.plugin.core.geo import Grid
from apt_cropland.plugin.core.landcover.agreement import LandCover, LandCoverStack
from apt_cropland.plugin.core.models.embeddings import Embedding

ORIGIN = (500000.0, 5000000.0)  # EPSG:32633, 10 m pixels, 128 x 128


def _polygons(path: str, boxes: list[tuple[float, float, float, float]], epsg: int = 4326) -> str:
    """Rectangles given in EPSG:32633 metres, written in ``epsg``."""
    src, dst = osr.SpatialReference(), osr.SpatialReference()
    src.ImportFromEPSG(32633)
    dst.ImportFromEPSG(epsg)
    for srs in (src, dst):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to = osr.CoordinateTransformation(src, dst)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = ds.CreateLayer("polygons", dst, ogr.wkbPolygon)
    for xmin, ymin, xmax, ymax in boxes:
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for x, y in ((xmin, ymin), (xmax, ymin), (xmax, ymax), (xmin, ymax), (xmin, ymin)):
            ring.AddPoint_2D(x, y)
        polygon = ogr.Geometry(ogr.wkbPolygon)
        polygon.AddGeometry(ring)
        polygon.Transform(to)
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(polygon)
        layer.CreateFeature(feature)
    ds = None
    return path


def _box(col0: int, row0: int, col1: int, row1: int) -> tuple[float, float, float, float]:
    """Pixel columns/rows of the scene -> a box in its CRS."""
    x0, y0 = ORIGIN
    return x0 + 10 * col0, y0 - 10 * row1, x0 + 10 * col1, y0 - 10 * row0


@pytest.fixture(scope="module")
def scene(tmp_path_factory):
    folder = tmp_path_factory.mktemp("adapt_scene")
    rng = np.random.default_rng(0)
    rows, cols = np.mgrid[0:128, 0:128]
    fields = ((cols // 32 + rows // 32) % 2).astype(bool)
    image = np.stack([np.where(fields, 200, 60), np.where(fields, 90, 150), np.full((128, 128), 80)]).astype(float)
    image = np.clip(image + rng.normal(0, 10, image.shape), 1, 255).astype(np.uint8)
    glc = np.where(fields, 40, 30).astype(np.uint8)
    glc[:, 120:] = 0  # no data on the right edge: no weak labels there
    return {
        "folder": folder,
        "image": write_raster(folder / "image.tif", image, transform=from_origin(*ORIGIN, 10, 10)),
        "glc": write_raster(folder / "glc.tif", glc, transform=from_origin(*ORIGIN, 10, 10), nodata=0),
        "fields": fields,
        # cropland labels: the field squares of the top-left 64 x 64 quarter, in EPSG:4326
        "labels": _polygons(str(folder / "labels.gpkg"), [_box(0, 32, 32, 64), _box(32, 0, 64, 32)]),
        "area": _polygons(str(folder / "area.gpkg"), [_box(0, 0, 64, 64)], epsg=3857),
    }


def _grid() -> Grid:
    from rasterio.crs import CRS

    return Grid(CRS.from_epsg(32633), from_origin(*ORIGIN, 10, 10), 128, 128)


def test_strong_labels_within_the_area_and_weak_ones_outside_it_in_any_crs(scene, tmp_path):
    grid = _grid()
    window = Window(0, 0, 128, 128)
    valid = np.ones((128, 128), bool)
    with LandCoverStack([LandCover(scene["glc"], (40,))], grid) as stack:
        votes = stack.read(grid)
    reader = LabelReader(grid, scene["labels"], scene["area"], True, str(tmp_path))
    codes = reader.read(window, valid, votes, "all", margin_px=1)
    reader.close()
    fields = scene["fields"]
    inside = codes[2:62, 2:62]  # away from the reprojected edges
    assert set(np.unique(inside)) == {STRONG_NOT, STRONG_CROP}
    assert np.array_equal(inside == STRONG_CROP, fields[2:62, 2:62])
    outside = codes[70:126, 70:118]
    assert set(np.unique(outside)) <= {NONE, WEAK_NOT, WEAK_CROP}
    assert np.mean((outside == WEAK_CROP) == fields[70:126, 70:118]) > 0.9
    assert (codes[:, 121:] == NONE).all()  # the land cover has no data there
    assert (codes[96:98, 70:118] == NONE).any()  # field edges: the margin leaves them unlabelled
    reader = LabelReader(grid, scene["labels"], None, False, str(tmp_path))  # area: the labels' extent
    codes = reader.read(window, valid)
    reader.close()
    assert (codes[:62, :62] >= STRONG_NOT).all() and (codes[66:, :] == NONE).all()


def _config(scene, tmp_path, **extra) -> AdaptConfig:
    run = Config(scene["image"], scene["glc"], (40,), tile_size=64, overlap=0, points_per_class=4, rounds=2,
                 checkpoint=extra.pop("checkpoint"), device="cpu", precision="fp32")
    return AdaptConfig(run, **{"output": str(tmp_path / "adapter.pt"), "epochs": 2, "learning_rate": 1e-3, **extra})


def test_bad_input_is_refused_clearly_and_nothing_is_written(scene, tmp_path, tiny_checkpoint):
    far = _polygons(str(tmp_path / "far.gpkg"), [(600000, 4000000, 600100, 4000100)])
    cases = [
        (dict(), "nothing to learn from"),
        (dict(labels=far), "outside the image"),
        (dict(labels=scene["labels"], epochs=0), "at least one epoch"),
        (dict(labels=scene["labels"], validation=1.0), "validation share"),
        (dict(labels=scene["labels"], weak_weight=0.0), "weak labels must be above 0"),
        (dict(label_area=scene["area"]), "without labels"),
    ]
    for extra, message in cases:
        with pytest.raises(AptInputError, match=message):
            adapt(_config(scene, tmp_path, checkpoint=tiny_checkpoint, **extra))
    image_nodata = write_raster(tmp_path / "blank.tif", np.zeros((3, 128, 128), np.uint8),
                                transform=from_origin(*ORIGIN, 10, 10), nodata=0)
    config = _config(scene, tmp_path, checkpoint=tiny_checkpoint, labels=scene["labels"])
    config.run.image = image_nodata
    with pytest.raises(AptInputError, match="No labelled pixel"):
        adapt(config)
    assert os.listdir(tmp_path) == ["far.gpkg", "blank.tif"] or sorted(os.listdir(tmp_path)) == ["blank.tif",
                                                                                                   "far.gpkg"]


def test_split_holds_out_at_least_one_tile_from_the_seed():
    tiles = list(range(5))
    train, held = split_tiles(tiles, 0.25, seed=0)
    assert len(held) == 1 and sorted(train + held) == tiles
    assert split_tiles(tiles, 0.25, seed=0) == (train, held)
    assert split_tiles([1, 2], 0.0, 3)[1] and split_tiles([1], 0.5, 3) == ([1], [])
    assert len(split_tiles(tiles, 0.9, 1)[0]) == 1  # one left to train on


def test_embeddings_beyond_the_bound_go_to_the_run_folder(tmp_path):
    store = EmbeddingStore(str(tmp_path), 9000, torch.device("cpu"))
    a = Embedding(torch.randn(1, 8, 16, 16), (64, 64), (1024, 1024), (torch.randn(1, 2, 4, 4),))
    with torch.inference_mode():
        b = Embedding(torch.randn(1, 8, 16, 16), (60, 64), (960, 1024))
    store.put("a", a)
    store.put("b", b)
    assert "a" in store.in_memory and "b" in store.on_disk and os.path.exists(store.on_disk["b"])
    back = store.get("b")
    assert torch.equal(back.features, b.features) and back.original_size == (60, 64)
    assert not back.features.is_inference() and torch.equal(store.get("a").extra[0], a.extra[0])


class _CancelAfter(Feedback):
    def __init__(self, count: int):
        self.count, self.messages = count, []

    def info(self, message: str) -> None:
        self.messages.append(message)

    def is_cancelled(self) -> bool:
        self.count -= 1
        return self.count < 0


def test_adapt_with_strong_and_weak_labels_then_cancel_mid_training(scene, tmp_path, tiny_checkpoint):
    report = tmp_path / "report.html"
    feedback = _CancelAfter(10**6)
    result = adapt(_config(scene, tmp_path, checkpoint=tiny_checkpoint, labels=scene["labels"],
                           label_area=scene["area"], weak_labels=True, report=str(report), memory_bytes=0),
                   feedback=feedback)
    assert result.tiles_train + result.tiles_validation == 4 and result.tiles_validation == 1
    assert result.strong_pixels == 64 * 64 and result.weak_pixels > 0 and result.epochs_run >= 1
    summary = result.summary()
    for key in ("tiles_train", "tiles_validation", "epochs_run", "seconds", "validation_iou_before",
                "validation_iou_after", "validation_f1_before", "validation_f1_after", "adapter"):
        assert key in summary
    content = torch.load(result.adapter, weights_only=True)
    assert content["tiles"] == {"train": 3, "validation": 1} and len(content["loss"]["train"]) == result.epochs_run
    assert content["labels"]["weak_labels"] is True and content["config"]["seed"] == 0
    assert "<img" in report.read_text() and "Frozen decoder" in report.read_text()
    checks = 10**6 - feedback.count
    os.remove(result.adapter)
    os.remove(report)
    with pytest.raises(AptCancelledError):
        adapt(_config(scene, tmp_path, checkpoint=tiny_checkpoint, labels=scene["labels"],
                      label_area=scene["area"], weak_labels=True, report=str(report), memory_bytes=0),
              feedback=_CancelAfter(checks - 3))  # in the last epoch
    assert not [f for f in os.listdir(tmp_path) if f.endswith((".pt", ".html", ".part"))]


def test_a_label_area_without_labels_is_allowed_with_a_warning(scene, tmp_path, tiny_checkpoint):
    empty = _polygons(str(tmp_path / "none.gpkg"), [_box(100, 100, 101, 101)])  # outside the area
    feedback = _CancelAfter(10**6)
    adapt(_config(scene, tmp_path, checkpoint=tiny_checkpoint, labels=empty, label_area=scene["area"], epochs=1),
          feedback=feedback)
    assert any("no label polygon lies inside the label area" in m for m in feedback.messages)


def test_a_run_with_the_new_adapter_on_the_same_engine_decodes_only(scene, tmp_path, tiny_checkpoint):
    from apt_cropland.plugin.core.models.sam_engine import SamEngine
    from apt_cropland.plugin.core.pipeline import run

    engine = SamEngine(tiny_checkpoint, device="cpu", precision="fp32")  # keeps embeddings, as the dock's does
    config = _config(scene, tmp_path, checkpoint=tiny_checkpoint, labels=scene["labels"], label_area=scene["area"],
                     weak_labels=True, epochs=1)
    result = adapt(config, engine=engine)
    encoded = engine.encoder_runs
    assert encoded == 4 and engine.adapter_path is None  # the engine is left with its base decoder
    run_config = config.run
    run_config.adapter, run_config.output = result.adapter, str(tmp_path / "cropland.gpkg")
    done = run(run_config, engine=engine)
    assert done.encoder_runs == 0 and engine.encoder_runs == encoded and engine.adapter_path == result.adapter
