"""HQ-SAM through its authors' package (segment-anything-hq): detection, loading, APT rounds, caching,
refusals, and the pipeline on the NAIP sample."""

import os
import sys
import warnings

import numpy as np
import pytest
import rasterio
import torch
from support import TINY_WIDTH as WIDTH
from support import build_tiny_hq_sam, prompts_in_rounds, save_plain_state, save_tiny_hq_sam, scene

from apt_cropland.plugin.core.errors import AptInputError
from apt_cropland.plugin.core.models.checkpoint import describe_checkpoint, load_sam
from apt_cropland.plugin.core.models.embeddings import embedding_cache
from apt_cropland.plugin.core.models.sam_engine import SamEngine

with warnings.catch_warnings():  # timm's deprecation notices and TinyViT's registry notices
    warnings.simplefilter("ignore")
    hq = pytest.importorskip("segment_anything_hq")

@pytest.fixture(scope="module")
def tiny_hq_checkpoint(tmp_path_factory) -> str:
    return save_tiny_hq_sam(tmp_path_factory.mktemp("hq") / "tiny_sam_hq.pth")


@pytest.fixture(scope="module")
def engine(tiny_hq_checkpoint):
    return SamEngine(tiny_hq_checkpoint, device="cpu", precision="fp32")


def predictor_rounds(model, img, prompts, hq_token_only=False):
    """segment_anything_hq.SamPredictor driven by hand: round k gets the points of rounds 1..k and the
    previous round's low-resolution logits as mask_input."""
    predictor = hq.SamPredictor(model)
    predictor.set_image(img)
    scale = 1024 / max(img.shape[:2])  # SAM's resize; it adds half a resized pixel to what it is given
    logits = None
    for k in sorted(set(prompts.rounds.tolist())):
        xy, labels = prompts.upto_round(k)
        masks, _, logits = predictor.predict(
            point_coords=xy - 0.5 / scale, point_labels=labels, mask_input=logits, multimask_output=False,
            return_logits=True, hq_token_only=hq_token_only,
        )
    return torch.sigmoid(torch.as_tensor(masks[0])).numpy()


@pytest.mark.parametrize("shape", [(200, 300), (300, 120), (1024, 1024)])
def test_rounds_match_the_hq_sam_predictor_fed_by_hand(engine, shape):
    img, prompts = scene(*shape), prompts_in_rounds(*shape)
    probability = engine.segment(engine.embed(img), prompts)
    assert probability.shape == shape and probability.dtype == np.float32
    expected = predictor_rounds(engine.model, img, prompts)
    np.testing.assert_allclose(probability, expected, atol=1e-5)
    # and the HQ token matters: SAM's token alone (or the HQ token alone) gives other masks
    assert np.abs(probability - predictor_rounds(engine.model, img, prompts, hq_token_only=True)).max() > 1e-3


def test_detected_loaded_strictly_from_the_files_weights(tiny_hq_checkpoint):
    arch, n_params = describe_checkpoint(tiny_hq_checkpoint)
    assert arch.family == "hq_sam" and arch.variant.startswith("custom HQ-SAM ViT (width 32")
    loaded = load_sam(tiny_hq_checkpoint)
    reference = build_tiny_hq_sam().state_dict()
    assert set(loaded.model.state_dict()) == set(reference) and n_params == loaded.n_parameters
    for name, tensor in loaded.model.state_dict().items():
        assert torch.equal(tensor, reference[name]), name
    assert type(loaded.model.mask_decoder).__name__ == "MaskDecoderHQ"


def test_the_decoder_runs_once_per_round_and_the_cache_counts_the_hq_features(engine):
    img = scene(seed=3)
    runs, decodes = engine.encoder_runs, engine.decoder_runs
    first = engine.embed(img, key=("hq", 3))
    again = engine.embed(img, key=("hq", 3))
    assert engine.encoder_runs - runs == 1
    # the image embedding and what the HQ decoder makes of the interm embedding: 4 x 256 x 256 here
    assert len(first.extra) == 1 and first.extra[0].shape == (1, WIDTH // 8, 256, 256)
    assert torch.equal(first.extra[0], again.extra[0])
    assert again.nbytes == sum(t.numel() * 4 for t in (first.features, *first.extra))
    a, b = engine.segment(first, prompts_in_rounds()), engine.segment(again, prompts_in_rounds())
    np.testing.assert_array_equal(a, b)
    assert engine.decoder_runs - decodes == 6
    cache = embedding_cache(max_bytes=int(2.5 * first.nbytes))
    for key in "abc":
        cache.put(key, first)
    assert len(cache) == 2 and cache.nbytes == 2 * first.nbytes and cache.get("a") is None


def test_the_fast_path_is_the_sam_encoders(tiny_hq_checkpoint, monkeypatch):
    """The ViT encoder is SAM's, class for class: forced bf16 runs attention and MLP in bf16."""
    from apt_cropland.plugin.core.models import fast_encoder

    monkeypatch.setattr(fast_encoder, "cpu_has_bf16", lambda: True)
    fast = SamEngine(tiny_hq_checkpoint, device="cpu", precision="bf16")
    exact = SamEngine(tiny_hq_checkpoint, device="cpu", precision="fp32")
    assert fast.fast_path.startswith("bf16") and exact.fast_path.startswith("fp32")
    assert fast.model.image_encoder.blocks[0].attn.qkv.weight.dtype == torch.bfloat16
    a, b = fast.embed(scene(seed=6)), exact.embed(scene(seed=6))
    assert (a.features - b.features).norm() / b.features.norm() < 0.02


@pytest.fixture(scope="module")
def registry_states():
    states = {}

    def get(name):
        if name not in states:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                states[name] = hq.sam_model_registry[name]().state_dict()
        return states[name]

    return get


def test_a_full_size_hq_vit_b_is_detected_as_its_id(registry_states, tmp_path):
    path = save_plain_state(registry_states("vit_b"), tmp_path / "sam_hq_vit_b.pth")
    arch, n_params = describe_checkpoint(path)
    assert arch.variant == "hq_vit_b" and arch.family == "hq_sam" and 93e6 < n_params < 96e6


def test_light_hq_sam_is_detected_loaded_and_matches_its_predictor(registry_states, tmp_path):
    """Light HQ-SAM (TinyViT encoder): hq_vit_tiny, the package's one fixed configuration."""
    path = save_plain_state(registry_states("vit_tiny"), tmp_path / "sam_hq_vit_tiny.pth")
    arch, _ = describe_checkpoint(path)
    assert arch.variant == "hq_vit_tiny"
    engine = SamEngine(path, device="cpu", precision="fp32", keep=False)
    img, prompts = scene(seed=2), prompts_in_rounds()
    np.testing.assert_allclose(engine.segment(engine.embed(img), prompts),
                               predictor_rounds(engine.model, img, prompts), atol=1e-5)


def test_mismatched_and_damaged_hq_checkpoints_are_refused(tmp_path):
    state = build_tiny_hq_sam().state_dict()
    odd = dict(state)
    odd["mask_decoder.hf_mlp.layers.0.weight"] = torch.zeros(3, WIDTH)
    with pytest.raises(AptInputError, match="do not fit"):
        load_sam(save_plain_state(odd, tmp_path / "mismatch.pth"))
    no_sam_tensor = {k: v for k, v in state.items() if k != "prompt_encoder.no_mask_embed.weight"}
    with pytest.raises(AptInputError, match="not those of a Segment Anything"):
        load_sam(save_plain_state(no_sam_tensor, tmp_path / "no_sam_tensor.pth"))
    no_fusion = {k: v for k, v in state.items() if not k.startswith("mask_decoder.compress_vit_feat.0.")}
    with pytest.raises(AptInputError, match="looks like an HQ-SAM checkpoint"):
        describe_checkpoint(save_plain_state(no_fusion, tmp_path / "no_fusion.pth"))
    whole = save_plain_state(state, tmp_path / "sam_hq_vit_b.pth")
    with open(whole, "rb") as f:
        data = f.read()
    truncated = tmp_path / "truncated.pth"
    truncated.write_bytes(data[: len(data) // 3])
    with pytest.raises(AptInputError, match="truncated"):
        load_sam(str(truncated))


def test_without_the_package_the_message_says_how_to_install_it(tiny_hq_checkpoint, monkeypatch):
    from apt_cropland.plugin.core.models.families import HQ_SAM, family

    arch, _ = describe_checkpoint(tiny_hq_checkpoint)  # detection needs no segment_anything_hq
    assert arch.family == HQ_SAM and family(HQ_SAM).missing() == []
    monkeypatch.setitem(sys.modules, "segment_anything_hq", None)  # as if it were not installed
    assert family(HQ_SAM).missing() == ["segment-anything-hq"]
    with pytest.raises(AptInputError, match="HQ-SAM checkpoint.*needs the Python packages segment-anything-hq.*"
                                            "Install dependencies"):
        load_sam(tiny_hq_checkpoint)


def test_the_installer_adds_segment_anything_hq():
    from apt_cropland.plugin.core.install.installer import install_steps

    command = [arg for step in install_steps("python", "/t") for arg in step.command]
    assert "segment-anything-hq==0.3" in command and any(c.startswith("timm") for c in command)


def test_the_pipeline_runs_on_the_naip_sample_with_hq_sam(naip_path, naip_glc, tiny_hq_checkpoint, tmp_path):
    from apt_cropland.plugin.core.config import Config
    from apt_cropland.plugin.core.pipeline import run

    config = Config(image=naip_path, glc=naip_glc, checkpoint=tiny_hq_checkpoint, tile_size=512, overlap=64,
                    points_per_class=10, output=str(tmp_path / "cropland.gpkg"),
                    probability_output=str(tmp_path / "probability.tif"), device="cpu")
    result = run(config)
    assert len(result.plan.tiles) == 4 and result.encoder_runs == 4
    assert os.path.exists(config.output)
    with rasterio.open(config.probability_output) as prob, rasterio.open(naip_path) as image:
        assert prob.shape == image.shape and prob.crs == image.crs
        values = prob.read(1)
    assert values.min() >= -1 and values.max() <= 1 and (values >= 0).mean() > 0.99
