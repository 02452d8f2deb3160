import numpy as np
import pytest
import torch
from segment_anything import SamPredictor
from support import prompts_in_rounds, scene

from apt_cropland.plugin.core.errors import AptInputError
from apt_cropland.plugin.core.models.embeddings import Embedding, embedding_cache
from apt_cropland.plugin.core.models.sam_engine import SamEngine, resolve_device


@pytest.fixture(scope="module")
def engine(tiny_checkpoint):
    """fp32, so that segment-anything's own predictor can run the very same model as a reference."""
    return SamEngine(tiny_checkpoint, device="cpu", precision="fp32")


def test_rounds_match_segment_anything_fed_by_hand(engine):
    """Round k = SAM with the points of rounds 1..k and the previous low-res logits as mask_input."""
    img, prompts = scene(), prompts_in_rounds()
    probability = engine.segment(engine.embed(img), prompts)

    predictor = SamPredictor(engine.model)
    predictor.set_image(img)
    logits = None
    scale = 1024 / max(img.shape[:2])  # SAM's resize; it adds half a resized pixel to what it is given
    for k in (1, 2, 3):
        xy, labels = prompts.upto_round(k)
        masks, _, logits = predictor.predict(
            point_coords=xy - 0.5 / scale, point_labels=labels, mask_input=logits, multimask_output=False,
            return_logits=True,
        )
    expected = torch.sigmoid(torch.as_tensor(masks[0])).numpy()
    assert probability.shape == img.shape[:2] and probability.dtype == np.float32
    np.testing.assert_allclose(probability, expected, atol=1e-5)


def test_the_decoder_runs_once_per_round_not_per_point(engine):
    before = engine.decoder_runs
    engine.segment(engine.embed(scene()), prompts_in_rounds())
    assert engine.decoder_runs - before == 3


def test_cached_embedding_is_reused_and_not_recomputed(engine):
    img = scene(seed=3)
    before, seconds = engine.encoder_runs, engine.encoder_seconds
    first = engine.embed(img, key=("img", 0))
    spent = engine.encoder_seconds - seconds
    second = engine.embed(img, key=("img", 0))
    assert torch.equal(second.features, first.features) and engine.encoder_runs - before == 1
    assert spent > 0 and engine.encoder_seconds - seconds == spent  # the encoder's time, none on a hit
    engine.embed(img, key=("img", 1))
    assert engine.encoder_runs - before == 2


def test_unchanged_prompts_reuse_the_result_and_an_edit_runs_only_the_decoder(engine):
    img, prompts = scene(seed=5), prompts_in_rounds()
    enc, dec = engine.encoder_runs, engine.decoder_runs
    first = engine.predict(img, prompts, key=("tile", 5))
    again = engine.predict(img, prompts_in_rounds(), key=("tile", 5))
    assert again is first and engine.encoder_runs - enc == 1 and engine.decoder_runs - dec == 3
    edited = prompts_in_rounds()
    edited.labels[0] = 0
    changed = engine.predict(img, edited, key=("tile", 5))
    assert engine.encoder_runs - enc == 1 and engine.decoder_runs - dec == 6
    assert not np.array_equal(changed, first)


def test_cache_is_bounded_and_least_recently_used():
    def item():
        return Embedding(torch.zeros(1000), (1, 1), (1, 1))  # 4000 bytes

    cache = embedding_cache(max_bytes=10_000)
    for key in "abc":
        cache.put(key, item())
    assert len(cache) == 2 and cache.get("a") is None
    cache.get("b")
    cache.put("d", item())
    assert cache.get("b") is not None and cache.get("c") is None


def test_device_choice():
    assert resolve_device("auto").type in {"cuda", "mps", "cpu"}
    assert resolve_device("cpu").type == "cpu"
    with pytest.raises(AptInputError, match="Unknown device"):
        resolve_device("tpu")
    if not torch.cuda.is_available():
        with pytest.raises(AptInputError, match="cannot use it"):
            resolve_device("cuda")


def test_a_gpu_out_of_memory_tile_is_run_again_on_the_cpu(tiny_checkpoint, monkeypatch):
    """No GPU exists here: the GPU's encoder run is the one thing simulated (it raises OOM)."""
    engine = SamEngine(tiny_checkpoint, device="cpu", precision="fp32")
    reference = engine.segment(engine.embed(scene(seed=9)), prompts_in_rounds())
    gpu = SamEngine(tiny_checkpoint, device="cpu", precision="fp32")
    monkeypatch.setattr(gpu, "device", torch.device("cuda"))

    def out_of_memory(*args, **kwargs):
        raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")

    monkeypatch.setattr(gpu, "embed", out_of_memory)
    monkeypatch.setattr(torch.cuda, "empty_cache", lambda: None)
    told = []
    probability = gpu.predict(scene(seed=9), prompts_in_rounds(), key="t", on_info=told.append)
    np.testing.assert_allclose(probability, reference, atol=1e-6)
    assert told and "ran out of memory" in told[0] and "CPU" in told[0]


def test_out_of_memory_on_the_cpu_is_not_hidden(engine, monkeypatch):
    def out_of_memory(*args, **kwargs):
        raise torch.OutOfMemoryError("out of memory")

    monkeypatch.setattr(engine, "embed", out_of_memory)
    with pytest.raises(torch.OutOfMemoryError):
        engine.predict(scene(), prompts_in_rounds(), key="cpu-oom")


def test_the_device_summary_says_whether_the_cpu_has_bfloat16_units(monkeypatch):
    from apt_cropland.plugin.core.models import fast_encoder
    from apt_cropland.plugin.core.models.sam_engine import describe_devices

    for has, expected in ((True, "CPU: {} threads, bfloat16 units"), (False, "CPU: {} threads, no bfloat16 units")):
        monkeypatch.setattr(fast_encoder, "cpu_has_bf16", lambda has=has: has)
        assert expected.format(torch.get_num_threads()) in describe_devices()
