"""SAM's mask decoder for one image and one mask, with the same results up to rounding.

The decoder runs once per round, three times a tile, so after the fast encoder it is the next
largest cost. ``segment-anything``'s ``MaskDecoder`` is written for batches and for several
masks; here, for the single mask APT uses (``multimask_output=False``):

* the image embedding and positional encoding are laid out channels-last, so the transformer's
  ``flatten(2).permute(0, 2, 1)`` gives contiguous tokens (it gave strided ones, which made every
  add, layer norm and linear layer of the transformer walk memory with a 4096-element stride);
* no copies of the embedding per prompt batch (``repeat_interleave``), no IoU head, and only the
  hypernetwork of the one mask returned;
* the transformer is :mod:`fast_transformer`'s where it is the standard one (its image-side
  projections fused, their positional-encoding terms computed once per model);
* the 2 x 2 stride-2 transposed convolutions of the upscaling are matrix products (each output
  pixel is one input pixel times a weight slice), which stay channels-last through the layer norm,
  the GELUs and the final product with the mask token.
"""

from __future__ import annotations

import torch
from segment_anything.modeling.common import LayerNorm2d
from segment_anything.modeling.mask_decoder import MaskDecoder
from torch.nn.functional import layer_norm

from .fast_transformer import Prepared, two_way

CHANNELS_LAST = torch.channels_last


def channels_last(x: torch.Tensor) -> torch.Tensor:
    """``x`` (B, C, H, W) with its channels innermost in memory (same values, same shape)."""
    return x.contiguous(memory_format=CHANNELS_LAST)


def _is_2x2_up(module: torch.nn.Module) -> bool:
    return (
        isinstance(module, torch.nn.ConvTranspose2d)
        and tuple(module.kernel_size) == (2, 2)
        and tuple(module.stride) == (2, 2)
        and tuple(module.padding) == (0, 0)
        and tuple(module.output_padding) == (0, 0)
        and tuple(module.dilation) == (1, 1)
        and module.groups == 1
    )


def has_standard_upscaling(decoder: MaskDecoder) -> bool:
    """Whether the upscaling is SAM's: 2x2 up, LayerNorm2d, activation, 2x2 up, activation."""
    up = list(decoder.output_upscaling)
    return len(up) == 5 and _is_2x2_up(up[0]) and isinstance(up[1], LayerNorm2d) and _is_2x2_up(up[3])


def up_2x2(x: torch.Tensor, conv: torch.nn.ConvTranspose2d) -> torch.Tensor:
    """``conv`` (2 x 2 kernel, stride 2) on a channels-last grid ``x`` (B, H, W, Cin) -> (B, 2H, 2W, Cout)."""
    b, h, w, cin = x.shape
    cout = conv.out_channels
    # weight (Cin, Cout, di, dj) -> (Cin, di, dj, Cout): output columns ordered (di, dj, c)
    weight = conv.weight.permute(0, 2, 3, 1).reshape(cin, 4 * cout)
    flat = x.reshape(b * h * w, cin)
    y = torch.mm(flat, weight) if conv.bias is None else torch.addmm(conv.bias.repeat(4), flat, weight)
    return y.view(b, h, w, 2, 2, cout).permute(0, 1, 3, 2, 4, 5).reshape(b, 2 * h, 2 * w, cout)


def _upscale(decoder: MaskDecoder, grid: torch.Tensor) -> torch.Tensor:
    """``output_upscaling`` on a channels-last (B, H, W, C) grid, returning one too."""
    up1, norm, act1, up2, act2 = decoder.output_upscaling
    x = up_2x2(grid, up1)
    x = act1(layer_norm(x, (x.shape[-1],), norm.weight, norm.bias, norm.eps))
    return act2(up_2x2(x, up2))


def decode_one_mask(
    decoder: MaskDecoder,
    image_embedding: torch.Tensor,
    image_pe: torch.Tensor,
    sparse: torch.Tensor,
    dense: torch.Tensor,
    prepared: Prepared | None = None,
) -> torch.Tensor:
    """The low-resolution logits (1, 1, 256, 256) that ``decoder(..., multimask_output=False)`` returns.

    ``image_embedding`` and ``image_pe`` are (1, C, H, W), best made channels-last once per tile
    (:func:`channels_last`); ``sparse`` and ``dense`` come from SAM's prompt encoder. ``prepared``:
    :func:`fast_transformer.prepare` of the decoder's transformer (standard transformers only).
    """
    tokens = torch.cat([decoder.iou_token.weight, decoder.mask_tokens.weight, sparse[0]], dim=0)[None]
    src = channels_last(image_embedding + dense)
    b, c, h, w = src.shape
    if prepared is not None:  # token 1: the first mask token, the single-mask output
        mask_token, keys = two_way(decoder.transformer, prepared, src.permute(0, 2, 3, 1).reshape(h * w, c),
                                   tokens[0], token=1)
        mask_token, keys = mask_token[None], keys[None]
    else:
        hs, keys = decoder.transformer(src, channels_last(image_pe), tokens)
        mask_token = hs[:, 1, :]
    hyper = decoder.output_hypernetworks_mlps[0](mask_token)  # (1, C / 8)
    if has_standard_upscaling(decoder):
        upscaled = _upscale(decoder, keys.reshape(b, h, w, c))  # (1, 4H, 4W, C / 8)
        _, uh, uw, uc = upscaled.shape
        masks = upscaled.reshape(b, uh * uw, uc) @ hyper[:, :, None]
        return masks.view(b, 1, uh, uw)
    upscaled = decoder.output_upscaling(keys.transpose(1, 2).reshape(b, c, h, w))
    _, uc, uh, uw = upscaled.shape
    return (hyper[:, None, :] @ upscaled.reshape(b, uc, uh * uw)).view(b, 1, uh, uw)
