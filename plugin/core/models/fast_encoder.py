"""A faster SAM image encoder with the same results up to rounding.

The encoder is almost all of SAM's time. Three changes, the first two exact in arithmetic:

* **A contiguous token grid.** segment-anything's patch embedding returns a permuted view of
  the convolution's output, so every later residual add, layer norm and cast walks memory with a
  stride of 4096 elements: about a quarter of the encoder's time went to that. Here the grid is
  made contiguous once.
* **Fused, chunked attention.** SAM's attention builds the full (heads, N, N) score tensor,
  adds the relative-position terms to it and takes its softmax: for the global-attention blocks
  (N = 4096 tokens) that is gigabytes of memory traffic. Here the relative-position terms are
  summed a few query rows at a time into a mask that stays in the CPU cache, and PyTorch's fused
  attention kernel makes the scores, adds the mask and normalises them in float32 in one pass.
* **Reduced precision where the hardware has it**: bfloat16 on CPUs with AVX512-BF16/AMX and
  on recent CUDA GPUs, float16 on older CUDA GPUs; float32 elsewhere (and on Apple MPS).
  Only the attention and MLP layers (nearly all the arithmetic) run in reduced precision; the
  residual stream, layer norms, patch embedding and neck stay in float32, which keeps the
  embedding within ~0.4 % of float32 at the speed of an all-bfloat16 encoder. The decoder
  always runs in float32.

The first linear layer of each MLP and its GELU also run as one oneDNN call on the CPU, where
the installed torch has it (a private operator: its absence is detected and the plain layers used).

The choice is automatic and can be overridden (``precision``: auto, fp32, bf16, fp16), except
that a CPU without bfloat16 or float16 instructions runs float32 whatever is asked: oneDNN
emulates those types there about 150 times slower (0.7 against 104 GFLOP/s measured on an
AVX2-only CPU), which would turn seconds a tile into half an hour.
"""

from __future__ import annotations

import types

import torch
from segment_anything.modeling.common import MLPBlock
from segment_anything.modeling.image_encoder import Attention, PatchEmbed, get_rel_pos
from torch.nn.functional import gelu, scaled_dot_product_attention

from ..errors import AptInputError
from ..i18n import tr
from .catalog import PRECISIONS

DTYPES = {"fp32": torch.float32, "bf16": torch.bfloat16, "fp16": torch.float16}
MASK_BLOCK = 1 << 21  # attention mask elements made at a time (8 MB of float32)


def fused_attention(self: Attention, x: torch.Tensor) -> torch.Tensor:
    """``Attention.forward`` with the same maths as SAM's, a few query rows at a time.

    The relative-position terms are added as the attention mask of PyTorch's fused
    ``scaled_dot_product_attention``, which makes the scores, adds the mask and takes the softmax
    in float32 inside one kernel, whatever the precision of q, k and v.
    """
    nb, h, w, _ = x.shape
    n = h * w
    qkv = self.qkv(x).reshape(nb, n, 3, self.num_heads, -1).permute(2, 0, 3, 1, 4)
    q, k, v = qkv.reshape(3, nb * self.num_heads, n, -1).unbind(0)
    if self.use_rel_pos:
        out = _attention_with_rel_pos(self, q, k, v, h, w)
    else:
        out = scaled_dot_product_attention(q, k, v, scale=self.scale)
    x = out.view(nb, self.num_heads, h, w, -1).permute(0, 2, 3, 1, 4).reshape(nb, h, w, -1)
    return self.proj(x)


def _attention_with_rel_pos(self: Attention, q, k, v, h: int, w: int) -> torch.Tensor:
    """softmax(q k^T * scale + rel_h + rel_w) v over (items, h * w, head_dim) tensors."""
    n = h * w
    r_q = q.reshape(-1, h, w, q.shape[-1])
    rel_h = torch.einsum("bhwc,hkc->bhwk", r_q, get_rel_pos(h, h, self.rel_pos_h).to(q.dtype))
    rel_w = torch.einsum("bhwc,wkc->bhwk", r_q, get_rel_pos(w, w, self.rel_pos_w).to(q.dtype))
    # float32 masks are exact and fastest on the CPU; GPU kernels want the mask in q's dtype
    mask_dtype = torch.float32 if q.device.type == "cpu" else q.dtype
    rel_h, rel_w = rel_h.to(mask_dtype), rel_w.to(mask_dtype)
    out = torch.empty_like(q)
    rows = max(1, min(h, MASK_BLOCK // (w * n)))  # image rows of queries per block
    batch = max(1, MASK_BLOCK // (rows * w * n))  # (window x head) items per block
    buffer = torch.empty(min(batch, q.shape[0]) * rows * w * n, dtype=mask_dtype, device=q.device)
    for b0 in range(0, q.shape[0], batch):
        b1 = min(q.shape[0], b0 + batch)
        for r0 in range(0, h, rows):
            r1 = min(h, r0 + rows)
            i0, i1 = r0 * w, r1 * w
            mask = buffer[: (b1 - b0) * (i1 - i0) * n].view(b1 - b0, r1 - r0, w, h, w)
            torch.add(rel_h[b0:b1, r0:r1, :, :, None], rel_w[b0:b1, r0:r1, :, None, :], out=mask)
            out[b0:b1, i0:i1] = scaled_dot_product_attention(
                q[b0:b1, i0:i1], k[b0:b1], v[b0:b1], attn_mask=mask.view(b1 - b0, i1 - i0, n), scale=self.scale
            )
    return out


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


def cpu_has_fp16() -> bool:
    """Whether this CPU has native float16 matrix instructions (AMX-FP16)."""
    check = getattr(torch.cpu, "_is_amx_fp16_supported", None)
    try:
        return bool(check is not None and check())
    except RuntimeError:
        return False


def native_on(device: torch.device, precision: str) -> bool:
    """Whether ``device`` does ``precision`` arithmetic in hardware (GPUs: always taken as yes)."""
    if device.type != "cpu" or precision == "fp32":
        return True
    return cpu_has_bf16() if precision == "bf16" else cpu_has_fp16()


def cuda_has_bf16() -> bool:
    """Native bfloat16 on the GPU (Ampere and later), not emulated."""
    try:
        return bool(torch.cuda.is_bf16_supported(including_emulation=False))
    except TypeError:  # torch before 2.3: no emulation to rule out
        return bool(torch.cuda.is_bf16_supported())


def choose_precision(device: torch.device, requested: str = "auto") -> str:
    """The encoder precision for ``device``: the fastest that is exact enough, unless one is asked for
    that the device has (float32 otherwise, see the module's docstring)."""
    requested = (requested or "auto").lower()
    if requested not in PRECISIONS:
        raise AptInputError(
            tr("Unknown precision {precision!r}; choose one of {choices}.").format(
                precision=requested, choices=", ".join(PRECISIONS)
            )
        )
    if requested != "auto":
        return requested if native_on(device, requested) else "fp32"
    if device.type == "cuda":
        return "bf16" if cuda_has_bf16() else "fp16"
    if device.type == "cpu" and cpu_has_bf16():
        return "bf16"
    return "fp32"


def fused_mlp(self: MLPBlock, x: torch.Tensor) -> torch.Tensor:
    """``MLPBlock.forward`` with the first linear layer and its GELU in one oneDNN call."""
    hidden = torch.ops.mkldnn._linear_pointwise(x, self.lin1.weight, self.lin1.bias, "gelu", [], "none")
    return self.lin2(hidden)


def can_fuse_mlp(module: MLPBlock, device: torch.device, dtype: torch.dtype) -> bool:
    """Whether oneDNN's fused linear + GELU runs here (CPU builds with oneDNN; exact GELU only)."""
    act = module.act
    if device.type != "cpu" or not isinstance(act, torch.nn.GELU) or act.approximate != "none":
        return False
    try:
        x = torch.ones(2, 4, dtype=dtype)
        got = torch.ops.mkldnn._linear_pointwise(x, torch.ones(3, 4, dtype=dtype), None, "gelu", [], "none")
    except (AttributeError, RuntimeError, TypeError):  # private op: absent or changed in this torch
        return False
    return got.shape == (2, 3) and bool(torch.allclose(got, gelu(torch.full((2, 3), 4.0, dtype=dtype))))


def _in_precision(module: torch.nn.Module, forward, dtype: torch.dtype) -> None:
    """Run ``module`` in ``dtype``: weights converted once, input cast in, output cast back to float32."""
    module.to(dtype)

    def cast_forward(self, x: torch.Tensor) -> torch.Tensor:
        return forward(self, x.to(dtype)).float()

    module.forward = types.MethodType(cast_forward, module)


def speed_up_encoder(model, device: torch.device, precision: str = "auto", kinds: tuple | None = None) -> str:
    """Switch a SAM model's encoder to the fast path in place; returns a description of it.

    ``kinds``: the (PatchEmbed, Attention, MLPBlock) classes of the package the model is built with
    when it is not ``segment_anything`` (HQ-SAM's ``segment_anything_hq`` has copies of SAM's)."""
    patch_embed, attention, mlp = kinds or (PatchEmbed, Attention, MLPBlock)
    chosen = choose_precision(device, precision)
    dtype = DTYPES[chosen]
    fuse_mlp = None  # decided on the first MLP block
    for module in model.image_encoder.modules():
        if isinstance(module, patch_embed):
            module.forward = types.MethodType(contiguous_patch_embed, module)
        elif isinstance(module, attention):
            if chosen == "fp32":
                module.forward = types.MethodType(fused_attention, module)
            else:
                _in_precision(module, fused_attention, dtype)
        elif isinstance(module, mlp):
            fuse_mlp = can_fuse_mlp(module, device, dtype) if fuse_mlp is None else fuse_mlp
            forward = fused_mlp if fuse_mlp else mlp.forward
            if chosen == "fp32":
                module.forward = types.MethodType(forward, module)
            else:
                _in_precision(module, forward, dtype)
    if fuse_mlp:
        path = tr("{precision}, fused attention and MLP").format(precision=chosen)
    else:
        path = tr("{precision}, fused attention").format(precision=chosen)
    asked = (precision or "auto").lower()
    if asked not in ("auto", chosen):
        path = tr("{path} (not {asked}: this CPU has no {asked} instructions; emulated, it would be over 100 "
                  "times slower)").format(path=path, asked=asked)
    return path


def encoder_dtype(model) -> torch.dtype:
    return model.image_encoder.patch_embed.proj.weight.dtype
