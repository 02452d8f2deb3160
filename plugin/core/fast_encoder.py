"""A faster SAM image encoder with the same results up to rounding.

The encoder is almost all of SAM's time. Three changes, the first two exact in arithmetic:

* **A contiguous token grid.** segment-anything's patch embedding returns a permuted view of
  the convolution's output, so every later residual add, layer norm and cast walks memory with a
  stride of 4096 elements: about a quarter of the encoder's time went to that. Here the grid is
  made contiguous once.
* **Fused, chunked attention.** SAM's attention builds the full (heads, N, N) score tensor,
  adds the relative-position terms to it and takes its softmax: for the global-attention blocks
  (N = 4096 tokens) that is gigabytes of memory traffic. Here scores are made, biased,
  normalised and used a few rows at a time, so they stay in the CPU cache.
* **Reduced precision where the hardware has it**: bfloat16 on CPUs with AVX512-BF16/AMX and
  on recent CUDA GPUs, float16 on older CUDA GPUs; float32 elsewhere (and on Apple MPS).
  Only the attention and MLP layers (nearly all the arithmetic) run in reduced precision; the
  residual stream, layer norms, patch embedding and neck stay in float32, which keeps the
  embedding within ~0.4 % of float32 at the speed of an all-bfloat16 encoder. The decoder
  always runs in float32.

The choice is automatic and can be overridden (``precision``: auto, fp32, bf16, fp16).
"""

from __future__ import annotations

import types

import torch
from segment_anything.modeling.common import MLPBlock
from segment_anything.modeling.image_encoder import Attention, PatchEmbed, get_rel_pos

from .errors import AptInputError
from .i18n import tr
from .models import PRECISIONS

DTYPES = {"fp32": torch.float32, "bf16": torch.bfloat16, "fp16": torch.float16}
SCORE_BLOCK = 1 << 21  # attention scores computed at a time (8 MB of float32)


def fused_attention(self: Attention, x: torch.Tensor) -> torch.Tensor:
    """``Attention.forward`` computing scores block by block (same maths as SAM's)."""
    nb, h, w, _ = x.shape
    n = h * w
    qkv = self.qkv(x).reshape(nb, n, 3, self.num_heads, -1).permute(2, 0, 3, 1, 4)
    q, k, v = qkv.reshape(3, nb * self.num_heads, n, -1).unbind(0)
    kt = (k * self.scale).transpose(-2, -1)
    if self.use_rel_pos:
        r_q = q.reshape(-1, h, w, q.shape[-1])
        rel_h = torch.einsum("bhwc,hkc->bhwk", r_q, get_rel_pos(h, h, self.rel_pos_h).to(q.dtype)).float()
        rel_w = torch.einsum("bhwc,wkc->bhwk", r_q, get_rel_pos(w, w, self.rel_pos_w).to(q.dtype)).float()
    out = torch.empty_like(q)
    rows = max(1, min(h, SCORE_BLOCK // (w * n)))  # image rows of queries per block
    batch = max(1, SCORE_BLOCK // (rows * w * n))  # (window x head) items per block
    for b0 in range(0, q.shape[0], batch):
        b1 = min(q.shape[0], b0 + batch)
        for r0 in range(0, h, rows):
            r1 = min(h, r0 + rows)
            i0, i1 = r0 * w, r1 * w
            scores = torch.bmm(q[b0:b1, i0:i1], kt[b0:b1]).float()
            if self.use_rel_pos:
                grid = scores.view(b1 - b0, r1 - r0, w, h, w)
                grid += rel_h[b0:b1, r0:r1, :, :, None]
                grid += rel_w[b0:b1, r0:r1, :, None, :]
            out[b0:b1, i0:i1] = torch.bmm(torch.softmax(scores, dim=-1).to(v.dtype), v[b0:b1])
    x = out.view(nb, self.num_heads, h, w, -1).permute(0, 2, 3, 1, 4).reshape(nb, h, w, -1)
    return self.proj(x)


def contiguous_patch_embed(self: PatchEmbed, x: torch.Tensor) -> torch.Tensor:
    """``PatchEmbed.forward`` returning a contiguous (B, H, W, C) grid instead of a permuted view."""
    return self.proj(x).permute(0, 2, 3, 1).contiguous()


def cpu_has_bf16() -> bool:
    """Whether this CPU has native bfloat16 instructions (AVX512-BF16 or AMX).

    (oneDNN also "supports" bf16 on older AVX-512 CPUs by emulation: slower and less exact.)
    """
    for name in ("_is_avx512_bf16_supported", "_is_amx_tile_supported"):
        check = getattr(torch.cpu, name, None)
        try:
            if check is not None and check():
                return True
        except RuntimeError:
            continue
    return False


def cuda_has_bf16() -> bool:
    """Native bfloat16 on the GPU (Ampere and later), not emulated."""
    try:
        return bool(torch.cuda.is_bf16_supported(including_emulation=False))
    except TypeError:  # torch before 2.3: no emulation to rule out
        return bool(torch.cuda.is_bf16_supported())


def choose_precision(device: torch.device, requested: str = "auto") -> str:
    """The encoder precision for ``device``: the fastest that is exact enough, unless one is asked for."""
    requested = (requested or "auto").lower()
    if requested not in PRECISIONS:
        raise AptInputError(
            tr("Unknown precision {precision!r}; choose one of {choices}.").format(
                precision=requested, choices=", ".join(PRECISIONS)
            )
        )
    if requested != "auto":
        return requested
    if device.type == "cuda":
        return "bf16" if cuda_has_bf16() else "fp16"
    if device.type == "cpu" and cpu_has_bf16():
        return "bf16"
    return "fp32"


def _in_precision(module: torch.nn.Module, forward, dtype: torch.dtype) -> None:
    """Run ``module`` in ``dtype``: weights converted once, input cast in, output cast back to float32."""
    module.to(dtype)

    def cast_forward(self, x: torch.Tensor) -> torch.Tensor:
        return forward(self, x.to(dtype)).float()

    module.forward = types.MethodType(cast_forward, module)


def speed_up_encoder(model, device: torch.device, precision: str = "auto") -> str:
    """Switch a SAM model's encoder to the fast path in place; returns a description of it."""
    chosen = choose_precision(device, precision)
    for module in model.image_encoder.modules():
        if isinstance(module, PatchEmbed):
            module.forward = types.MethodType(contiguous_patch_embed, module)
        elif isinstance(module, Attention):
            if chosen == "fp32":
                module.forward = types.MethodType(fused_attention, module)
            else:
                _in_precision(module, fused_attention, DTYPES[chosen])
        elif isinstance(module, MLPBlock) and chosen != "fp32":
            _in_precision(module, MLPBlock.forward, DTYPES[chosen])
    return tr("{precision}, fused attention").format(precision=chosen)


def encoder_dtype(model) -> torch.dtype:
    return model.image_encoder.patch_embed.proj.weight.dtype
