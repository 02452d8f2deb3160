"""SAM 2 / 2.1 through the real sam2 package: detection, loading, APT rounds, caching, refusals."""

import os
import pickle
import sys

import numpy as np
import pytest
import torch
from support import build_tiny_sam2, prompts_in_rounds, save_tiny_sam2, scene

from apt_cropland.plugin.core.errors import AptInputError
from apt_cropland.plugin.core.models.checkpoint import describe_checkpoint, load_sam
from apt_cropland.plugin.core.models.embeddings import embedding_cache
from apt_cropland.plugin.core.models.sam2_family import infer_sam2_architecture
from apt_cropland.plugin.core.models.sam_engine import SamEngine
from apt_cropland.plugin.core.prompts.sampling import TilePrompts

sam2 = pytest.importorskip("sam2")


@pytest.fixture(scope="module")
def engine(tiny_sam2_checkpoint):
    return SamEngine(tiny_sam2_checkpoint, device="cpu", precision="fp32")


def predictor_rounds(model, img, prompts):
    """SAM2ImagePredictor driven by hand: round k gets the points of rounds 1..k and the previous
    round's low-resolution logits as mask_input."""
    from sam2.sam2_image_predictor import SAM2ImagePredictor

    predictor = SAM2ImagePredictor(model)
    predictor.set_image(img)
    h, w = img.shape[:2]
    logits = None
    for k in sorted(set(prompts.rounds.tolist())):
        xy, labels = prompts.upto_round(k)
        # SAM 2 scales x by 1024 / w and y by 1024 / h and adds half a pixel of its frame to what it is given
        masks, _, logits = predictor.predict(
            point_coords=xy - 0.5 * np.array([w, h]) / 1024, point_labels=labels, mask_input=logits,
            multimask_output=False, return_logits=True,
        )
    return torch.sigmoid(torch.as_tensor(masks[0])).numpy()


@pytest.mark.parametrize("shape", [(200, 300), (300, 120), (1024, 1024)])
def test_rounds_match_sam2_image_predictor_fed_by_hand(engine, shape):
    """Wide, tall and square tiles: SAM 2's frame squeezes each axis on its own."""
    img, prompts = scene(*shape), prompts_in_rounds()
    prompts.cols = np.minimum(prompts.cols, shape[1] - 0.5)
    prompts.rows = np.minimum(prompts.rows, shape[0] - 0.5)
    probability = engine.segment(engine.embed(img), prompts)
    assert probability.shape == shape and probability.dtype == np.float32
    np.testing.assert_allclose(probability, predictor_rounds(engine.model, img, prompts), atol=1e-5)


def test_sam2_0_loads_and_its_rounds_match_too(tmp_path):
    path = save_tiny_sam2(tmp_path / "tiny_sam2.0.pt", seed=4, version="2.0")
    engine = SamEngine(path, device="cpu", precision="fp32")
    assert engine.architecture.version == "2.0" and "SAM 2.0" in engine.architecture.variant
    img, prompts = scene(seed=4), prompts_in_rounds()
    np.testing.assert_allclose(engine.segment(engine.embed(img), prompts),
                               predictor_rounds(engine.model, img, prompts), atol=1e-5)


def test_the_weights_loaded_are_the_files_and_the_model_is_the_decoders_own(tiny_sam2_checkpoint):
    loaded = load_sam(tiny_sam2_checkpoint)
    reference = build_tiny_sam2().state_dict()
    for name, tensor in loaded.model.state_dict().items():
        assert torch.equal(tensor, reference[name]), name
    extra = loaded.model.sam_mask_decoder_extra_args or {}
    assert not extra.get("dynamic_multimask_via_stability")  # no apply_postprocessing
    assert loaded.architecture.family == "sam2" and loaded.architecture.variant.startswith("custom SAM 2.1")


def test_the_decoder_runs_once_per_round_and_the_cache_holds_the_high_resolution_features(engine):
    img = scene(seed=3)
    runs, decodes = engine.encoder_runs, engine.decoder_runs
    first = engine.embed(img, key=("sam2", 3))
    again = engine.embed(img, key=("sam2", 3))
    assert engine.encoder_runs - runs == 1
    assert len(first.extra) == 2 and all(torch.equal(a, b) for a, b in zip(first.extra, again.extra))
    assert again.nbytes == sum(t.numel() * 4 for t in (first.features, *first.extra))
    a = engine.segment(first, prompts_in_rounds())
    b = engine.segment(again, prompts_in_rounds())
    np.testing.assert_array_equal(a, b)
    assert engine.decoder_runs - decodes == 6


def test_the_cache_bound_counts_sam2_embeddings_whole(engine):
    one = engine.embed(scene(seed=8))
    cache = embedding_cache(max_bytes=int(2.5 * one.nbytes))
    for key in "abc":
        cache.put(key, one)
    assert len(cache) == 2 and cache.nbytes == 2 * one.nbytes and cache.get("a") is None


def test_a_pre_initialised_global_hydra_is_left_as_it_was(tiny_sam2_checkpoint, tmp_path):
    """Another plugin's hydra configs stay usable: building SAM 2 never composes through GlobalHydra."""
    from hydra import compose, initialize_config_dir
    from hydra.core.global_hydra import GlobalHydra

    (tmp_path / "other_plugin.yaml").write_text("answer: 42\n")
    hydra = GlobalHydra.instance()
    saved = hydra.hydra
    hydra.clear()
    try:
        initialize_config_dir(config_dir=str(tmp_path), version_base="1.2")
        before = hydra.hydra
        SamEngine(tiny_sam2_checkpoint, device="cpu", precision="fp32")
        assert hydra.is_initialized() and hydra.hydra is before
        assert compose(config_name="other_plugin").answer == 42
        hydra.clear()  # and with no global state at all, SAM 2 still builds
        SamEngine(tiny_sam2_checkpoint, device="cpu", precision="fp32")
        assert not hydra.is_initialized()
    finally:
        hydra.clear()
        hydra.hydra = saved


@pytest.fixture(scope="module")
def official_states():
    """Full-size random SAM 2.1 and 2.0 state dicts from the configs packaged with sam2 (built once)."""
    from hydra.utils import instantiate
    from omegaconf import OmegaConf

    folder = os.path.join(os.path.dirname(sam2.__file__), "configs")
    states = {}

    def get(version: str, name: str) -> dict:
        if (version, name) not in states:
            sub, prefix = ("sam2.1", "sam2.1_hiera_") if version == "2.1" else ("sam2", "sam2_hiera_")
            model = instantiate(OmegaConf.load(os.path.join(folder, sub, f"{prefix}{name}.yaml")).model)
            states[(version, name)] = model.state_dict()
        return states[(version, name)]

    return get


@pytest.mark.parametrize("version, name, model_id", [
    ("2.1", "t", "sam2.1_hiera_t"), ("2.1", "s", "sam2.1_hiera_s"), ("2.1", "b+", "sam2.1_hiera_b_plus"),
    ("2.1", "l", "sam2.1_hiera_l"), ("2.0", "t", "sam2_hiera_t"), ("2.0", "b+", "sam2_hiera_b_plus"),
])
def test_official_variants_and_versions_are_read_from_the_weights(official_states, version, name, model_id):
    arch = infer_sam2_architecture(official_states(version, name))
    assert arch.variant == model_id and arch.version == version and arch.official[0] == name


def test_a_downloaded_sam2_1_hiera_small_is_detected_loaded_and_run(official_states, tmp_path):
    """What an analyst who just downloaded sam2.1_hiera_small.pt expects: its id, and masks."""
    path = tmp_path / "sam2.1_hiera_small.pt"
    torch.save({"model": official_states("2.1", "s")}, path)
    arch, n_params = describe_checkpoint(str(path))
    assert arch.variant == "sam2.1_hiera_s" and 45e6 < n_params < 47e6
    engine = SamEngine(str(path), device="cpu", precision="fp32", keep=False)
    assert engine.architecture.variant == "sam2.1_hiera_s"
    probability = engine.predict(scene(), prompts_in_rounds())
    assert probability.shape == (200, 300) and np.isfinite(probability).all()


@pytest.fixture(scope="module")
def spread_sam2_checkpoint(tmp_path_factory) -> str:
    """A tiny SAM 2.1 whose probabilities spread across 0.5, so that masks compare something."""
    from spread_models import save_spread_sam2

    return save_spread_sam2(tmp_path_factory.mktemp("model") / "spread_sam2.1.pt")


@pytest.fixture(scope="module")
def bf16_and_fp32(spread_sam2_checkpoint):
    """Forced here (this CPU may emulate bfloat16, so auto may pick fp32): the bf16 engine and the fp32 one."""
    from apt_cropland.plugin.core.models import fast_encoder

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(fast_encoder, "cpu_has_bf16", lambda: True)
        fast = SamEngine(spread_sam2_checkpoint, device="cpu", precision="bf16")
        exact = SamEngine(spread_sam2_checkpoint, device="cpu", precision="fp32")
    return fast, exact


def test_the_bf16_path_agrees_with_fp32(bf16_and_fp32):
    """Attention and MLP in bf16, the residual stream in float32; the probabilities and masks agree
    with the float32 path's (a model whose probabilities straddle 0.5; assert_maps_agree checks they do)."""
    from spread_models import assert_maps_agree

    fast, exact = bf16_and_fp32
    assert fast.fast_path.startswith("bf16") and exact.fast_path == "fp32"
    blocks = [m for m in fast.model.image_encoder.trunk.blocks]
    assert blocks[0].attn.qkv.weight.dtype == torch.bfloat16 and blocks[0].norm1.weight.dtype == torch.float32
    img = scene(seed=6)
    a = fast.embed(img)
    b = exact.embed(img)
    assert a.features.dtype == torch.float32
    relative = (a.features - b.features).norm() / b.features.norm()
    assert relative < 0.02
    assert_maps_agree(exact.segment(b, prompts_in_rounds()), fast.segment(a, prompts_in_rounds()))


def test_the_bf16_agreement_check_fails_on_another_round(bf16_and_fp32):
    """The comparison above can fail: the bf16 result after round 2 instead of round 3 (a round lost)."""
    from spread_models import assert_maps_agree

    fast, exact = bf16_and_fp32
    img, prompts = scene(seed=6), prompts_in_rounds()
    keep = prompts.rounds <= 2
    two_rounds = TilePrompts(prompts.cols[keep], prompts.rows[keep], prompts.labels[keep], prompts.rounds[keep])
    with pytest.raises(AssertionError, match="mask IoU"):
        assert_maps_agree(exact.segment(exact.embed(img), prompts), fast.segment(fast.embed(img), two_rounds))


def test_without_the_sam2_package_the_message_says_how_to_install_it(tiny_sam2_checkpoint, monkeypatch):
    arch, _ = describe_checkpoint(tiny_sam2_checkpoint)  # detection needs no sam2
    assert arch.family == "sam2"
    monkeypatch.setitem(sys.modules, "sam2", None)  # as if it were not installed
    with pytest.raises(AptInputError, match="needs the Python packages sam2.*Install dependencies"):
        load_sam(tiny_sam2_checkpoint)


def test_a_sam2_checkpoint_whose_tensors_do_not_fit_is_refused(tmp_path):
    state = build_tiny_sam2().state_dict()
    state["sam_mask_decoder.conv_s0.weight"] = torch.zeros(3, 32, 1, 1)
    path = tmp_path / "mismatch.pt"
    torch.save({"model": state}, path)
    with pytest.raises(AptInputError, match="do not fit"):
        load_sam(str(path))
    del state["memory_encoder.out_proj.weight"]
    torch.save({"model": state}, path)
    with pytest.raises(AptInputError, match="looks like a SAM 2 checkpoint"):
        load_sam(str(path))


class RunsCode:
    def __reduce__(self):
        return (os.system, ("echo pwned > /dev/null",))


def test_truncated_and_code_running_sam2_files_are_refused(tmp_path, tiny_sam2_checkpoint):
    with open(tiny_sam2_checkpoint, "rb") as f:
        data = f.read()
    truncated = tmp_path / "sam2.1_hiera_small.pt"
    truncated.write_bytes(data[: len(data) // 3])
    with pytest.raises(AptInputError, match="truncated"):
        load_sam(str(truncated))
    evil = tmp_path / "evil.pt"
    torch.save({"model": build_tiny_sam2().state_dict(), "payload": RunsCode()}, evil)
    with pytest.raises(AptInputError, match="Refused to load"):
        load_sam(str(evil))
    plain = tmp_path / "evil.pkl"
    plain.write_bytes(pickle.dumps({"model": RunsCode()}))
    with pytest.raises(AptInputError, match="(Refused|not a PyTorch checkpoint)"):
        load_sam(str(plain))


@pytest.mark.parametrize("key, message", [("image_encoder.patch_embed.seq.0.c.weight", "is a MobileSAM"),
                                          ("mask_decoder.hf_token.weight", "looks like an HQ-SAM")])
def test_mobile_sam_and_a_broken_hq_sam_are_recognised_and_refused_with_the_reason(tmp_path, key, message):
    """MobileSAM is not run; HQ-SAM is (tests/unit/test_hq_sam.py), but not without its fusion layers."""
    from support import build_tiny_sam

    state = build_tiny_sam().state_dict()
    state[key] = torch.zeros(1, 32)
    path = tmp_path / "light.pt"
    torch.save(state, path)
    with pytest.raises(AptInputError, match=message):
        describe_checkpoint(str(path))
