"""Several tiles through the encoder at once: the same embeddings and results as one at a time, for
SAM, SAM 2.1 and HQ-SAM; the whole pipeline the same with any batch size; cached tiles left out; a
batch that runs the device out of memory halved; the automatic size."""

from __future__ import annotations

import numpy as np
import pytest
import rasterio
import torch
from osgeo import ogr
from support import save_tiny_hq_sam

from apt_cropland.plugin.core.config import MAX_BATCH, Config, Feedback
from apt_cropland.plugin.core.errors import AptInputError
from apt_cropland.plugin.core.models.sam_engine import SamEngine, batch_for_memory
from apt_cropland.plugin.core.pipeline import run
from apt_cropland.plugin.core.prompts.sampling import TilePrompts


@pytest.fixture(scope="module")
def tiny_hq_checkpoint(tmp_path_factory) -> str:
    pytest.importorskip("segment_anything_hq")
    return save_tiny_hq_sam(tmp_path_factory.mktemp("hq") / "tiny_sam_hq.pth")


@pytest.fixture(params=["sam", "sam2", "hq_sam"])
def checkpoint(request, tiny_checkpoint, tiny_sam2_checkpoint):
    if request.param == "hq_sam":
        return request.getfixturevalue("tiny_hq_checkpoint")
    return {"sam": tiny_checkpoint, "sam2": tiny_sam2_checkpoint}[request.param]


def tiles() -> list[np.ndarray]:
    """Tiles of several sizes (an image's edge tiles are smaller), each with a field of its own."""
    rng = np.random.default_rng(3)
    out = []
    for h, w in ((256, 256), (200, 300), (256, 130), (256, 256), (90, 256)):
        img = rng.integers(0, 70, (h, w, 3), dtype=np.uint8)
        img[h // 4:h // 2, w // 3:w // 2] = (90, 180, 60)
        out.append(img)
    return out


def prompts_for(img: np.ndarray) -> TilePrompts:
    h, w = img.shape[:2]
    return TilePrompts(np.array([w / 2.4, w * 0.9, w * 0.1]), np.array([h / 2.7, h * 0.9, h * 0.1]),
                       np.array([1, 0, 0], np.int8), np.array([1, 1, 2], np.int16))


def test_a_batch_gives_each_tile_the_embedding_and_result_it_gets_alone(checkpoint):
    engine = SamEngine(checkpoint, "cpu", precision="fp32", keep=False)
    images = tiles()
    alone = [engine.embed(img) for img in images]
    with torch.inference_mode():
        batch, _ = engine.backend.encode(images)
    for one, many, img in zip(alone, batch, images):
        assert many.original_size == one.original_size == img.shape[:2] and many.input_size == one.input_size
        assert many.features.shape == one.features.shape and many.features.shape[0] == 1
        torch.testing.assert_close(many.features, one.features, atol=1e-4, rtol=1e-4)
        assert len(many.extra) == len(one.extra)
        for a, b in zip(many.extra, one.extra):
            torch.testing.assert_close(a, b, atol=1e-4, rtol=1e-4)
        # each tile's tensors are its own: caching one does not keep the whole batch alive
        assert many.features.untyped_storage().nbytes() == many.features.nelement() * 4
        decoded = [engine.segment(e, prompts_for(img)) for e in (one, many)]
        np.testing.assert_allclose(decoded[1], decoded[0], atol=1e-4)


def test_encode_ahead_encodes_in_batches_and_each_tile_is_taken_once(tiny_checkpoint):
    engine = SamEngine(tiny_checkpoint, "cpu", precision="fp32", keep=False)
    images = tiles()
    engine.encode_ahead([(i, img, [prompts_for(img)]) for i, img in enumerate(images)], batch_size=2)
    assert engine.encoder_runs == 5 and engine.encoder_batches == 3  # 2 + 2 + 1
    for i, img in enumerate(images):
        engine.predict(img, prompts_for(img), key=i)
    assert engine.encoder_runs == 5  # all taken from the batches
    engine.predict(images[0], prompts_for(images[0]), key=0)
    assert engine.encoder_runs == 6  # taken once: a one-off engine keeps nothing


def test_tiles_whose_embedding_or_results_are_cached_are_not_encoded_again(tiny_checkpoint):
    engine = SamEngine(tiny_checkpoint, "cpu", precision="fp32")  # keeps embeddings and results
    images = tiles()
    items = [(i, img, [prompts_for(img)]) for i, img in enumerate(images)]
    engine.encode_ahead(items, batch_size=4)
    for i, img in enumerate(images):
        engine.predict(img, prompts_for(img), key=i)
    runs, batches = engine.encoder_runs, engine.encoder_batches
    engine.encode_ahead(items, batch_size=4)
    assert (engine.encoder_runs, engine.encoder_batches) == (runs, batches)
    engine.cache.clear()  # the results alone are enough to skip the encoder
    engine.encode_ahead(items, batch_size=4)
    assert engine.encoder_runs == runs
    edited = prompts_for(images[1])
    edited.labels[0] = 0  # an edit on one tile: its embedding is needed again, the others' are not
    engine.encode_ahead([(1, images[1], [edited]), *items[2:]], batch_size=4)
    assert engine.encoder_runs == runs  # a single tile to encode is left to be encoded when asked for


def test_a_batch_too_big_for_the_gpu_is_halved_for_the_rest_of_the_run(tiny_checkpoint, monkeypatch):
    """No GPU exists here: its memory limit is the one thing simulated (more than 2 tiles raise OOM)."""
    reference = SamEngine(tiny_checkpoint, "cpu", precision="fp32", keep=False)
    gpu = SamEngine(tiny_checkpoint, "cpu", precision="fp32", keep=False)
    monkeypatch.setattr(gpu, "device", torch.device("cuda"))
    monkeypatch.setattr(torch.cuda, "empty_cache", lambda: None)
    encode = gpu.backend.encode

    def limited(rgbs):
        if len(rgbs) > 2:
            raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 6.00 GiB")
        return encode(rgbs)

    monkeypatch.setattr(gpu.backend, "encode", limited)
    images, told = tiles(), []
    gpu.encode_ahead([(i, img, [prompts_for(img)]) for i, img in enumerate(images)], 4, on_info=told.append)
    assert gpu.encoder_batches == 3 and gpu.encoder_runs == 5
    assert told == ["The CUDA device ran out of memory encoding 4 tiles together; now 2 at a time."]
    assert gpu.batch_size(4) == 2 and gpu.batch_size(1) == 1
    for i, img in enumerate(images):
        expected = reference.predict(img, prompts_for(img))
        np.testing.assert_allclose(gpu.predict(img, prompts_for(img), key=i), expected, atol=1e-4)
    assert gpu.encoder_runs == 5


def test_automatic_batch_size():
    assert batch_for_memory(free_bytes=40 * 2**30, per_tile_bytes=3 * 2**30) == MAX_BATCH
    assert batch_for_memory(free_bytes=10 * 2**30, per_tile_bytes=3 * 2**30) == 2  # 80 % of 10 GB: 2 tiles
    assert batch_for_memory(free_bytes=2 * 2**30, per_tile_bytes=3 * 2**30) == 1  # never below one


def test_the_cpu_encodes_one_tile_at_a_time_unless_asked(tiny_checkpoint):
    engine = SamEngine(tiny_checkpoint, "cpu", keep=False)
    assert engine.batch_size(0) == 1 and engine.batch_size(3) == 3


def read(path) -> np.ndarray:
    with rasterio.open(path) as ds:
        return ds.read(1)


def areas(path) -> list[float]:
    ds = ogr.Open(path)  # kept while its layer is read
    return sorted(f.GetField("area_ha") for f in ds.GetLayer(0))


def test_the_pipeline_gives_the_same_map_with_any_batch_size(naip_path, naip_glc, tiny_checkpoint, tmp_path):
    """The NAIP scene in 256 px tiles (20): one tile per encoder pass against 3 and 8."""
    said: list[str] = []

    class Log(Feedback):
        def info(self, message):
            said.append(message)

    results = {}
    for batch in (1, 3, 8):
        config = Config(image=naip_path, glc=naip_glc, checkpoint=tiny_checkpoint, tile_size=256, overlap=32,
                        points_per_class=6, ensemble=2, batch_size=batch, output=str(tmp_path / f"c{batch}.gpkg"),
                        probability_output=str(tmp_path / f"p{batch}.tif"))
        engine = SamEngine(tiny_checkpoint, "cpu", keep=False)
        results[batch] = run(config, engine=engine, feedback=Log())
        tiles = len(results[batch].plan.tiles)
        encoded = results[batch].encoder_runs
        assert encoded == tiles == 20 and engine.encoder_batches == -(-tiles // batch)
    assert "SAM encodes 3 tiles at a time." in said and "SAM encodes 1 tiles at a time." not in said
    for batch in (3, 8):
        assert np.abs(read(results[batch].probability_path) - read(results[1].probability_path)).max() <= 1e-5
        assert results[batch].n_polygons == results[1].n_polygons
        np.testing.assert_allclose(areas(results[batch].polygons_path), areas(results[1].polygons_path), rtol=1e-3)


def test_a_negative_batch_size_is_refused_clearly(naip_path, naip_glc, tiny_checkpoint, tmp_path):
    config = Config(image=naip_path, glc=naip_glc, checkpoint=tiny_checkpoint, batch_size=-2,
                    output=str(tmp_path / "c.gpkg"))
    with pytest.raises(AptInputError, match="number of tiles encoded together, or 0 for automatic"):
        run(config)


def test_the_dates_of_a_temporal_ensemble_share_an_encoder_pass(sentinel2_path, sentinel2_glc, tiny_checkpoint,
                                                                  tmp_path):
    """The two-date Sentinel-2 stack is one tile with two views: one pass of two images."""
    probabilities = []
    for batch in (1, 2):
        config = Config(image=sentinel2_path, glc=sentinel2_glc, checkpoint=tiny_checkpoint, points_per_class=8,
                        dates=((1, 2, 3, 4), (5, 6, 7, 8)), temporal="ensemble", batch_size=batch, min_area_m2=0,
                        output=str(tmp_path / f"c{batch}.gpkg"), probability_output=str(tmp_path / f"p{batch}.tif"))
        engine = SamEngine(tiny_checkpoint, "cpu", keep=False)
        result = run(config, engine=engine)
        assert result.encoder_runs == 2 and engine.encoder_batches == (2 if batch == 1 else 1)
        probabilities.append(read(result.probability_path))
    assert np.abs(probabilities[1] - probabilities[0]).max() <= 1e-5


class FakeCudaMemory:
    """The CUDA memory counters (no GPU here): 1 GB held by the model, 3 GB more at the peak of one
    tile's encoding, ``free`` GB free on the device."""

    def __init__(self, monkeypatch, free_gb: float):
        gb = 2**30
        for name, value in (("synchronize", None), ("reset_peak_memory_stats", None), ("empty_cache", None),
                            ("memory_allocated", 1 * gb), ("memory_reserved", 1 * gb),
                            ("max_memory_allocated", 4 * gb), ("mem_get_info", (int(free_gb * gb), 80 * gb))):
            monkeypatch.setattr(torch.cuda, name, lambda *args, value=value, **kwargs: value)


def test_the_automatic_gpu_batch_comes_from_one_blank_tiles_peak_memory(tiny_checkpoint, monkeypatch):
    gpu = SamEngine(tiny_checkpoint, "cpu", keep=False)
    monkeypatch.setattr(gpu, "device", torch.device("cuda"))
    FakeCudaMemory(monkeypatch, free_gb=10)
    assert gpu.batch_size(0) == 2  # 80 % of 10 GB holds two tiles of 3 GB
    assert gpu.encoder_runs == 0  # the blank tile is not one of the run's tiles
    assert gpu.batch_size(5) == 5  # asked for: taken as it is, until the memory says otherwise


def test_a_gpu_without_room_for_one_tile_gets_batches_of_one(tiny_checkpoint, monkeypatch):
    gpu = SamEngine(tiny_checkpoint, "cpu", keep=False)
    monkeypatch.setattr(gpu, "device", torch.device("cuda"))
    FakeCudaMemory(monkeypatch, free_gb=40)

    def out_of_memory(rgbs):
        raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 3.00 GiB")

    monkeypatch.setattr(gpu.backend, "encode", out_of_memory)
    assert gpu.batch_size(0) == 1
