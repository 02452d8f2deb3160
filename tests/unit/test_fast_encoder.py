import types

import numpy as np
import pytest
import torch
from segment_anything.modeling.common import MLPBlock
from segment_anything.modeling.image_encoder import Attention

from apt_cropland.plugin.core.errors import AptInputError
from apt_cropland.plugin.core.models import fast_encoder
from apt_cropland.plugin.core.models.fast_encoder import choose_precision, cpu_has_bf16, fused_attention
from apt_cropland.plugin.core.models.sam_engine import SamEngine


@pytest.mark.parametrize("batch, size", [(25, 14), (1, 64), (2, 20)])
def test_fused_attention_is_sams_attention(batch, size, monkeypatch):
    """Windowed (14 x 14 windows) and global (64 x 64) blocks: same result as segment-anything."""
    monkeypatch.setattr(fast_encoder, "MASK_BLOCK", 50_000)  # force several blocks of rows and items
    torch.manual_seed(size)
    attention = Attention(dim=64, num_heads=4, qkv_bias=True, use_rel_pos=True, input_size=(size, size)).eval()
    torch.nn.init.normal_(attention.rel_pos_h, std=0.5)
    torch.nn.init.normal_(attention.rel_pos_w, std=0.5)
    x = torch.randn(batch, size, size, 64)
    with torch.inference_mode():
        expected = attention(x)
        attention.forward = types.MethodType(fused_attention, attention)
        fused = attention(x)
    torch.testing.assert_close(fused, expected, atol=2e-5, rtol=1e-4)


def test_fp32_fast_encoder_is_sams_encoder():
    """The whole encoder on the fast path in fp32 (contiguous grid, fused attention) is SAM's, to rounding."""
    from support import build_tiny_sam

    plain, fast = build_tiny_sam(seed=3), build_tiny_sam(seed=3)
    for model in (plain, fast):
        for block in model.image_encoder.blocks:
            torch.nn.init.normal_(block.attn.rel_pos_h, std=0.5)
            torch.nn.init.normal_(block.attn.rel_pos_w, std=0.5)
    fast.load_state_dict(plain.state_dict())
    assert fast_encoder.speed_up_encoder(fast, torch.device("cpu"), "fp32").startswith("fp32, fused attention")
    x = torch.randn(1, 3, 1024, 1024)
    with torch.inference_mode():
        expected, got = plain.image_encoder(x), fast.image_encoder(x)
    torch.testing.assert_close(got, expected, atol=1e-4, rtol=1e-4)


@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16])
def test_fused_mlp_is_sams_mlp(dtype):
    """oneDNN's linear + GELU in one call gives SAM's MLP (where this torch has the operator)."""
    torch.manual_seed(1)
    mlp = MLPBlock(64, 256).eval().to(dtype)
    if not fast_encoder.can_fuse_mlp(mlp, torch.device("cpu"), dtype):
        pytest.skip(f"oneDNN has no fused linear + GELU for {dtype} on this CPU or torch build")
    x = torch.randn(2, 8, 8, 64, dtype=dtype)
    with torch.inference_mode():
        expected = MLPBlock.forward(mlp, x).float()
        fused = fast_encoder.fused_mlp(mlp, x).float()
    tolerance = 1e-5 if dtype == torch.float32 else 0.05  # bf16: the fused call rounds once, not twice
    torch.testing.assert_close(fused, expected, atol=tolerance, rtol=tolerance)


def test_mlp_fusion_only_where_it_is_exact():
    cpu = torch.device("cpu")
    assert not fast_encoder.can_fuse_mlp(MLPBlock(8, 16, act=torch.nn.ReLU), cpu, torch.float32)
    tanh_gelu = MLPBlock(8, 16)
    tanh_gelu.act = torch.nn.GELU(approximate="tanh")
    assert not fast_encoder.can_fuse_mlp(tanh_gelu, cpu, torch.float32)
    assert not fast_encoder.can_fuse_mlp(MLPBlock(8, 16), torch.device("meta"), torch.float32)


def test_precision_choice(monkeypatch):
    cpu = torch.device("cpu")
    assert choose_precision(cpu) == ("bf16" if cpu_has_bf16() else "fp32")
    assert choose_precision(cpu, "fp32") == "fp32"
    assert choose_precision(torch.device("mps")) == "fp32"
    # asked for and present in hardware: taken; absent: float32 (emulation is ~100x slower)
    for has in (True, False):
        monkeypatch.setattr(fast_encoder, "cpu_has_bf16", lambda has=has: has)
        monkeypatch.setattr(fast_encoder, "cpu_has_fp16", lambda has=has: has)
        assert choose_precision(cpu, "BF16") == ("bf16" if has else "fp32")
        assert choose_precision(cpu, "fp16") == ("fp16" if has else "fp32")
        assert choose_precision(cpu) == ("bf16" if has else "fp32")
    with pytest.raises(AptInputError, match="Unknown precision"):
        choose_precision(cpu, "int3")


def test_an_emulated_precision_runs_in_fp32_and_says_so(monkeypatch):
    from support import build_tiny_sam

    monkeypatch.setattr(fast_encoder, "cpu_has_bf16", lambda: False)  # as on an AVX2-only CPU
    model = build_tiny_sam(seed=0).eval()
    path = fast_encoder.speed_up_encoder(model, torch.device("cpu"), "bf16")
    assert path.startswith("fp32, fused attention") and "not bf16" in path and "slower" in path
    assert fast_encoder.encoder_dtype(model) == torch.float32


@pytest.fixture(scope="module")
def spread_checkpoint(tmp_path_factory) -> str:
    """A tiny SAM whose probabilities spread across 0.5, so that masks compare something."""
    from spread_models import save_spread_sam

    return save_spread_sam(tmp_path_factory.mktemp("model") / "spread_sam.pth")


@pytest.fixture(scope="module")
def fp32_and_bf16(spread_checkpoint, naip_path):
    """The same NAIP tile and prompts through the fp32 encoder (exact, see above) and the bf16 one."""
    import rasterio
    from rasterio.windows import Window

    from apt_cropland.plugin.core.prompts.sampling import TilePrompts

    with rasterio.open(naip_path) as src:
        rgb = np.moveaxis(src.read((1, 2, 3), window=Window(0, 0, 512, 512)), 0, -1)
    rng = np.random.default_rng(0)
    prompts = TilePrompts(rng.uniform(0, 512, 20), rng.uniform(0, 512, 20), np.repeat([1, 0], 10).astype(np.int8),
                          np.tile([1, 2], 10).astype(np.int16))
    # bf16 instructions cannot be had on every build machine; where they are missing, oneDNN
    # emulates them: the same numbers, only slower (the plugin would run fp32 there)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(fast_encoder, "cpu_has_bf16", lambda: True)
        exact = SamEngine(spread_checkpoint, "cpu", precision="fp32")
        reduced = SamEngine(spread_checkpoint, "cpu", precision="bf16")
    return rgb, prompts, exact, reduced


def test_reduced_precision_agrees_with_fp32(fp32_and_bf16):
    """Same image, same prompts: the bf16 encoder's embedding, probabilities and masks agree with the
    fp32 one's (a model whose probabilities straddle 0.5; assert_maps_agree checks they do)."""
    from spread_models import assert_maps_agree

    rgb, prompts, exact, reduced = fp32_and_bf16
    assert reduced.fast_path.startswith("bf16, fused attention") and exact.fast_path.startswith("fp32, fused attention")
    e_exact, e_reduced = exact.embed(rgb), reduced.embed(rgb)
    assert e_reduced.features.dtype == torch.float32  # the decoder always gets float32
    relative = (e_reduced.features - e_exact.features).norm() / e_exact.features.norm()
    assert relative < 0.02
    assert_maps_agree(exact.segment(e_exact, prompts), reduced.segment(e_reduced, prompts))


def test_the_agreement_check_fails_on_an_encoder_error(fp32_and_bf16):
    """The comparison above can fail: the bf16 embedding with noise of 2 % of its norm added (the
    embedding error the check above still lets through) gives masks it rejects."""
    import dataclasses

    from spread_models import assert_maps_agree

    rgb, prompts, exact, reduced = fp32_and_bf16
    embedding = reduced.embed(rgb)
    features = embedding.features
    generator = torch.Generator().manual_seed(0)
    noise = torch.randn(features.shape, generator=generator) * (0.02 * features.norm() / features.numel() ** 0.5)
    perturbed = dataclasses.replace(embedding, features=features + noise)
    with pytest.raises(AssertionError, match="mean .difference"):
        assert_maps_agree(exact.segment(exact.embed(rgb), prompts), reduced.segment(perturbed, prompts))
