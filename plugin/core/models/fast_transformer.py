"""SAM's two-way transformer (the heart of the mask decoder) with the same results up to rounding.

Each round of APT runs the decoder's transformer over the 64 x 64 image tokens. In
``segment-anything`` every attention layer projects the image tokens on its own, after adding
the positional encoding to them. Here:

* The projections of the image tokens that one layer makes (keys and values of the
  token-to-image attention, queries of the image-to-token attention) are one matrix product,
  with the weights side by side.
* The positional encoding's share of those projections, ``pe @ W`` (plus the biases), does not
  depend on the image or the prompts: it is computed once per model (:func:`prepare`) and enters
  the product as its constant term (``addmm``), so the ``keys + key_pe`` additions go away.
* Attention is PyTorch's fused ``scaled_dot_product_attention``.
* The final token-to-image attention is made for the mask token only, the one token whose output
  is used (no IoU head, one mask). With one query, its product with the projected keys folds into
  one product of the image tokens with ``W_k^T q`` (a column a head), and its weighted sum of the
  projected values into a weighted sum of the image tokens, projected afterwards: two thin
  products instead of projecting all 4096 image tokens twice.

Only the standard ``TwoWayTransformer`` is handled (:func:`is_standard`); anything else runs as is.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from segment_anything.modeling.transformer import Attention, TwoWayAttentionBlock, TwoWayTransformer
from torch.nn.functional import layer_norm, scaled_dot_product_attention


@dataclass
class ImageProjections:
    """One matrix product for an attention stage's image-token projections: ``constant + keys @ weight``."""

    weight: torch.Tensor  # (C, k * D): the projections' weights side by side, transposed
    constant: torch.Tensor  # (N, k * D): the positional encoding's share plus the biases


def is_standard(transformer: torch.nn.Module) -> bool:
    """Whether ``transformer`` is segment-anything's two-way transformer, which this module reproduces."""
    return type(transformer) is TwoWayTransformer and all(
        type(layer) is TwoWayAttentionBlock for layer in transformer.layers
    )


def _projection(modules: list[tuple[torch.nn.Linear, bool]], pe: torch.Tensor) -> ImageProjections:
    """``modules``: (linear layer, whether its input has the positional encoding added)."""
    weight = torch.cat([linear.weight for linear, _ in modules]).t().contiguous()
    parts = []
    for linear, with_pe in modules:
        bias = linear.bias if linear.bias is not None else torch.zeros_like(linear.weight[:, 0])
        parts.append(torch.addmm(bias, pe, linear.weight.t()) if with_pe else bias.expand(pe.shape[0], -1))
    return ImageProjections(weight, torch.cat(parts, dim=1).contiguous())


@dataclass
class Prepared:
    """What :func:`two_way` needs beyond the weights, made once per model."""

    layers: list[ImageProjections]  # the fused image-side projections of every layer
    pe: torch.Tensor  # the dense positional encoding as (N, C) tokens


@torch.inference_mode()
def prepare(transformer: TwoWayTransformer, image_pe: torch.Tensor) -> Prepared:
    """The constants of :func:`two_way` for ``image_pe``, the prompt encoder's dense positional
    encoding (1, C, H, W)."""
    pe = image_pe.flatten(2)[0].t().contiguous()  # (N, C)
    layers = [
        _projection(
            [(layer.cross_attn_token_to_image.k_proj, True), (layer.cross_attn_token_to_image.v_proj, False),
             (layer.cross_attn_image_to_token.q_proj, True)],
            pe,
        )
        for layer in transformer.layers
    ]
    return Prepared(layers, pe)


def _attend(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, heads: int) -> torch.Tensor:
    """Multi-head attention of (Nq, D) queries over (Nk, D) keys and values; returns (Nq, D)."""

    def split(x: torch.Tensor) -> torch.Tensor:
        return x.view(x.shape[0], heads, -1).transpose(0, 1)

    out = scaled_dot_product_attention(split(q), split(k), split(v))
    return out.transpose(0, 1).reshape(q.shape[0], -1)


def _linear(x: torch.Tensor, layer: torch.nn.Linear) -> torch.Tensor:
    return torch.nn.functional.linear(x, layer.weight, layer.bias)


def _norm(x: torch.Tensor, norm: torch.nn.LayerNorm) -> torch.Tensor:
    return layer_norm(x, norm.normalized_shape, norm.weight, norm.bias, norm.eps)


def _token_to_image(attn: Attention, tokens_with_pe: torch.Tensor, k: torch.Tensor, v: torch.Tensor) -> torch.Tensor:
    """``attn`` of the tokens over the image, given the image's projected keys and values."""
    return _linear(_attend(_linear(tokens_with_pe, attn.q_proj), k, v, attn.num_heads), attn.out_proj)


def _self_attention(attn: Attention, q: torch.Tensor, v: torch.Tensor) -> torch.Tensor:
    """``attn(q=q, k=q, v=v)`` over (T, C) tokens."""
    return _linear(_attend(_linear(q, attn.q_proj), _linear(q, attn.k_proj), _linear(v, attn.v_proj), attn.num_heads),
                   attn.out_proj)


def _layer(layer: TwoWayAttentionBlock, queries, keys, query_pe, stage: ImageProjections):
    """``TwoWayAttentionBlock.forward`` for one image: queries (T, C), keys (N, C)."""
    if layer.skip_first_layer_pe:
        queries = _self_attention(layer.self_attn, queries, queries)
    else:
        queries = queries + _self_attention(layer.self_attn, queries + query_pe, queries)
    queries = _norm(queries, layer.norm1)

    k_t2i, v_t2i, q_i2t = torch.addmm(stage.constant, keys, stage.weight).chunk(3, dim=1)
    queries = _norm(queries + _token_to_image(layer.cross_attn_token_to_image, queries + query_pe, k_t2i, v_t2i),
                    layer.norm2)
    queries = _norm(queries + layer.mlp(queries), layer.norm3)

    i2t = layer.cross_attn_image_to_token
    attended = _attend(q_i2t, _linear(queries + query_pe, i2t.k_proj), _linear(queries, i2t.v_proj), i2t.num_heads)
    keys = torch.addmm(keys, attended, i2t.out_proj.weight.t())
    if i2t.out_proj.bias is not None:
        keys += i2t.out_proj.bias
    return queries, _norm(keys, layer.norm4)


def _one_token_to_image(attn: Attention, token_with_pe: torch.Tensor, keys: torch.Tensor,
                        pe: torch.Tensor) -> torch.Tensor:
    """``attn(q=token + pe_token, k=keys + pe, v=keys)`` for a single (C,) token, without projecting
    the (N, C) image tokens: scores = (keys + pe) @ (W_k^T q) per head (the key bias adds a constant
    to a head's scores, which softmax ignores), and the values' weighted sum = (weights @ keys) W_v^T
    + b_v (the weights sum to 1)."""
    heads = attn.num_heads
    q = _linear(token_with_pe, attn.q_proj).view(heads, -1)  # (h, d)
    folded = torch.einsum("hdc,hd->ch", attn.k_proj.weight.view(heads, -1, keys.shape[1]), q)  # (C, h)
    scores = (keys @ folded).add_(pe @ folded).mul_(q.shape[1] ** -0.5)  # (N, h)
    weights = torch.softmax(scores, dim=0)
    pooled = weights.t() @ keys  # (h, C)
    out = torch.einsum("hc,hdc->hd", pooled, attn.v_proj.weight.view(heads, -1, keys.shape[1])).reshape(-1)
    if attn.v_proj.bias is not None:
        out = out + attn.v_proj.bias
    return _linear(out, attn.out_proj)


def two_way(
    transformer: TwoWayTransformer, prepared: Prepared, keys: torch.Tensor, tokens: torch.Tensor, token: int
) -> tuple[torch.Tensor, torch.Tensor]:
    """``transformer(image, image_pe, tokens)`` for one image given as (N, C) tokens ``keys``
    (the image embedding plus the dense prompt, flattened row by row), tokens (T, C).

    Returns the processed token number ``token`` (C,) and image tokens (N, C).
    """
    queries, query_pe = tokens, tokens
    for layer, stage in zip(transformer.layers, prepared.layers):
        queries, keys = _layer(layer, queries, keys, query_pe, stage)
    one, one_pe = queries[token], query_pe[token]
    attended = _one_token_to_image(transformer.final_attn_token_to_image, one + one_pe, keys, prepared.pe)
    return _norm(one + attended, transformer.norm_final_attn), keys
