"""SAM 3 through transformers' Sam3TrackerModel: APT rounds equal to the library's own prediction,
the fast path, the cache, fields and an adapter (its files and refusals: test_sam3_files.py)."""

import json
import os

import numpy as np
import pytest
import torch
from support import prompts_in_rounds, scene

from apt_cropland.plugin.core.models.sam_engine import SamEngine
from apt_cropland.plugin.core.prompts.sampling import TilePrompts

pytest.importorskip("transformers")


@pytest.fixture(scope="module")
def spread_sam3_folder(tmp_path_factory) -> str:
    """A tiny SAM 3 whose probabilities spread across 0.5, so that comparisons compare something."""
    from spread_models import save_spread_sam3

    return save_spread_sam3(tmp_path_factory.mktemp("model") / "spread_sam3")


@pytest.fixture(scope="module")
def engine(spread_sam3_folder):
    return SamEngine(spread_sam3_folder, device="cpu", precision="fp32")


def library_rounds(folder, model, img, prompts):
    """Sam3TrackerProcessor (read from the folder as the library reads it) and Sam3TrackerModel's
    forward driven by hand: round k gets the points of rounds 1..k and the previous round's low-res
    logits as input_masks; the last round's masks brought to the tile by the processor."""
    from transformers import Sam3TrackerProcessor

    processor = Sam3TrackerProcessor.from_pretrained(folder)
    h, w = img.shape[:2]
    size = processor.target_size
    logits = None
    with torch.no_grad():
        for k in sorted(set(prompts.rounds.tolist())):
            xy, labels = prompts.upto_round(k)
            # the processor scales x by size / w and y by size / h; the model adds half a pixel of its frame
            points = (xy - 0.5 * np.array([w, h]) / size).tolist()
            inputs = processor(images=img, input_points=[[points]], input_labels=[[labels.tolist()]],
                               return_tensors="pt")
            out = model(pixel_values=inputs["pixel_values"], input_points=inputs["input_points"],
                        input_labels=inputs["input_labels"], input_masks=logits, multimask_output=False)
            logits = out.pred_masks[:, 0]
        masks = processor.post_process_masks(out.pred_masks, inputs["original_sizes"], binarize=False)
    return torch.sigmoid(masks[0][0, 0]).numpy(), logits


# -- rounds, cache, fast path ----------------------------------------------------------------------


@pytest.mark.parametrize("shape", [(200, 300), (300, 120)])
def test_rounds_equal_the_library_own_prediction(engine, spread_sam3_folder, shape):
    """Wide and tall tiles (SAM 3's frame squeezes each axis on its own), on a model whose
    probabilities straddle 0.5: three rounds equal Sam3TrackerProcessor + Sam3TrackerModel's forward."""
    img, prompts = scene(*shape), prompts_in_rounds(*shape)
    embedding = engine.embed(img)
    probability = engine.segment(embedding, prompts)
    assert probability.shape == shape and probability.dtype == np.float32
    expected, low_res = library_rounds(spread_sam3_folder, engine.model, img, prompts)
    assert 0.1 < (expected >= 0.5).mean() < 0.9 and expected.std() > 0.1
    np.testing.assert_allclose(probability, expected, atol=1e-5)
    with torch.no_grad():
        logits = None
        for k in (1, 2, 3):
            logits = engine.backend.decode(embedding, *prompts.upto_round(k), logits)
    np.testing.assert_allclose(logits.numpy(), low_res.numpy(), atol=1e-4)


def test_the_rounds_check_fails_on_a_lost_round_or_a_shifted_point(engine, spread_sam3_folder):
    """The comparison above can fail: the result of two rounds instead of three, and of one point
    moved by two pixels, each differ from the library's by far more than its tolerance."""
    img, prompts = scene(), prompts_in_rounds()
    expected, _ = library_rounds(spread_sam3_folder, engine.model, img, prompts)
    embedding = engine.embed(img)
    keep = prompts.rounds <= 2
    two = TilePrompts(prompts.cols[keep], prompts.rows[keep], prompts.labels[keep], prompts.rounds[keep])
    shifted = prompts_in_rounds()
    shifted.cols = shifted.cols.copy()
    shifted.cols[4] += 2.0
    for other in (two, shifted):
        with pytest.raises(AssertionError):
            np.testing.assert_allclose(engine.segment(embedding, other), expected, atol=1e-5)


def test_the_embedding_cache_is_reused_on_a_rerun(engine):
    img, prompts = scene(seed=3), prompts_in_rounds()
    first = engine.predict(img, prompts, key=("sam3", 3))
    runs, decodes = engine.encoder_runs, engine.decoder_runs
    engine.results.clear()  # as after a prompt edit: decoded again, not encoded again
    again = engine.predict(img, prompts, key=("sam3", 3))
    assert engine.encoder_runs == runs and engine.decoder_runs - decodes == 3
    np.testing.assert_array_equal(first, again)
    cached = engine.cache.get(("sam3", 3))
    assert len(cached.extra) == 2 and cached.features.shape == (1, 32, 16, 16)
    assert cached.nbytes == sum(t.numel() * 4 for t in (cached.features, *cached.extra))


def test_tiles_encoded_in_one_batch_equal_one_by_one(engine):
    rgbs = [scene(seed=s) for s in (1, 2)]
    batch, _ = engine.backend.encode(rgbs)
    for rgb, together in zip(rgbs, batch):
        [alone], _ = engine.backend.encode([rgb])
        torch.testing.assert_close(together.features, alone.features, atol=1e-5, rtol=1e-4)
        torch.testing.assert_close(together.extra[0], alone.extra[0], atol=1e-5, rtol=1e-4)


@pytest.fixture(scope="module")
def bf16_and_fp32(spread_sam3_folder):
    """Forced here (this CPU may emulate bfloat16, so auto may pick fp32): the bf16 engine and the fp32 one."""
    from apt_cropland.plugin.core.models import fast_encoder

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(fast_encoder, "cpu_has_bf16", lambda: True)
        fast = SamEngine(spread_sam3_folder, device="cpu", precision="bf16")
    exact = SamEngine(spread_sam3_folder, device="cpu", precision="fp32")
    return fast, exact


def test_the_bf16_path_agrees_with_fp32(bf16_and_fp32):
    from spread_models import assert_maps_agree

    fast, exact = bf16_and_fp32
    assert fast.fast_path.startswith("bf16 attention and MLP") and exact.fast_path == "fp32"
    layer = fast.model.vision_encoder.backbone.layers[0]
    assert layer.attention.q_proj.weight.dtype == torch.bfloat16 and layer.mlp.fc1.weight.dtype == torch.bfloat16
    assert layer.layer_norm1.weight.dtype == torch.float32
    assert fast.model.mask_decoder.iou_token.weight.dtype == torch.float32
    img = scene(seed=6)
    a, b = fast.embed(img), exact.embed(img)
    assert a.features.dtype == torch.float32
    assert (a.features - b.features).norm() / b.features.norm() < 0.02
    assert_maps_agree(exact.segment(b, prompts_in_rounds()), fast.segment(a, prompts_in_rounds()))
    keep = prompts_in_rounds().rounds <= 2
    p = prompts_in_rounds()
    two = TilePrompts(p.cols[keep], p.rows[keep], p.labels[keep], p.rounds[keep])
    with pytest.raises(AssertionError, match="mask IoU"):  # the check can fail: a round lost
        assert_maps_agree(exact.segment(b, prompts_in_rounds()), fast.segment(a, two))


# -- fields and adapters ---------------------------------------------------------------------------


def test_fields_decode_many_points_in_one_call(engine):
    from apt_cropland.plugin.core.fields.masks import FieldParams, tile_fields

    rgb = scene(256, 256, seed=2)
    embedding = engine.embed(rgb)
    state = engine.backend.start(embedding)
    xy = np.array([[30.5, 40.5], [100.5, 200.5], [220.5, 10.5]])
    with torch.inference_mode():
        logits, ious = engine.backend.decode_points(state, xy)
        assert logits.shape == (3, 3, 64, 64) and ious.shape == (3, 3)
        for k in range(3):
            one_logits, one_ious = engine.backend.decode_points(state, xy[k:k + 1])
            torch.testing.assert_close(one_ious[0], ious[k], atol=1e-4, rtol=1e-4)
            torch.testing.assert_close(one_logits[0], logits[k], atol=1e-3, rtol=1e-3)
        assert engine.backend.upscale(logits[:, :1], embedding).shape == (3, 256, 256)
    cropland = np.zeros((256, 256), bool)
    cropland[40:200, 30:220] = True
    grid = np.array([[x, y] for x in range(40, 220, 24) for y in range(50, 200, 24)], float) + 0.5
    fields = tile_fields(engine.backend, embedding, cropland, grid, FieldParams(min_score=0.0, min_stability=0.0))
    assert fields.decoder_calls >= 1 and fields.labels.max() >= 1 and not fields.labels[~cropland].any()


def test_an_adapter_trains_on_sam3_and_changes_what_a_run_decodes(spread_sam3_folder, tmp_path):
    from apt_cropland.plugin.core.models.adapter import base_state, read_adapter, save_adapter, trainable

    engine = SamEngine(spread_sam3_folder, device="cpu", precision="fp32")
    rgb, prompts = scene(seed=5), prompts_in_rounds()
    embedding = engine.embed(rgb, key="tile")
    logits = None
    for k in (1, 2, 3):
        xy, labels = prompts.upto_round(k)
        logits = engine.backend.train_decode(embedding, xy, labels, None if logits is None else logits.detach())
    probability = torch.sigmoid(engine.backend.tile_logits(logits, embedding)[0, 0])
    params = trainable(engine.backend)
    assert params and not any(n.startswith(engine.backend.frozen_at_encoding) for n in params)
    probability.mean().backward()
    assert any(float(p.grad.abs().sum()) > 0 for p in params.values() if p.grad is not None)
    before = engine.predict(rgb, prompts, key="tile")
    assert np.abs(probability.detach().numpy() - before).max() < 1e-4  # training decodes as a run does
    base_state(engine)
    adapted = {k: p.detach() + 0.05 * torch.randn_like(p) for k, p in params.items()}
    path = save_adapter(str(tmp_path / "a.pt"), adapted, engine.architecture.variant, engine.base_fingerprint, {})
    assert read_adapter(path)["model"] == engine.architecture.variant
    runs = engine.encoder_runs
    engine.use_adapter(path)
    after = engine.predict(rgb, prompts, key="tile")
    assert np.abs(after - before).max() > 1e-3 and engine.encoder_runs == runs
    engine.use_adapter(None)
    assert np.abs(engine.predict(rgb, prompts, key="tile") - before).max() < 1e-5


# -- a whole run -----------------------------------------------------------------------------------


def test_a_whole_run_on_the_command_line_takes_the_sam3_folder(naip_path, naip_glc, tiny_sam3_folder, tmp_path,
                                                                capsys):
    from apt_cropland.plugin.cli.main import main

    out = tmp_path / "run"
    status = main(["run", "--image", naip_path, "--glc", naip_glc, "--checkpoint", tiny_sam3_folder,
                   "--tile-size", "512", "--points-per-class", "5", "--min-area", "0", "--device", "cpu",
                   "--precision", "fp32", "--out", str(out), "--json"])
    captured = capsys.readouterr()
    assert status == 0, captured.err
    summary = json.loads(captured.out.strip().splitlines()[-1])
    assert summary["tiles_computed"] == summary["tiles_total"] > 1
    assert summary["polygons"] > 0 and os.path.isfile(summary["outputs"]["cropland"])
    import rasterio

    with rasterio.open(summary["outputs"]["probability"]) as ds:
        probability = ds.read(1)
    assert probability.std() > 0  # the model's output, not a constant
