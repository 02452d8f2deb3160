"""The original SAM (``vit_b``/``vit_l``/``vit_h`` and custom sizes): its architecture read from
tensor shapes (width, depth, heads, window size, global-attention blocks), so nobody picks the
variant by hand, and the ``segment_anything`` model built from it. Its backend: :mod:`sam1_backend`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial

import torch

from ..errors import AptInputError
from ..i18n import tr
from .families import SAM1

ENC = "image_encoder."
KNOWN_VARIANTS = {
    (768, 12, 12, (2, 5, 8, 11)): "vit_b",
    (1024, 24, 16, (5, 11, 17, 23)): "vit_l",
    (1280, 32, 16, (7, 15, 23, 31)): "vit_h",
}
# The decoder's attention head count leaves no trace in tensor shapes; SAM always uses 8.
DECODER_HEADS = 8


@dataclass(frozen=True)
class SamArchitecture:
    """Everything needed to rebuild a SAM model whose weights fit a given state dict."""

    embed_dim: int
    depth: int
    num_heads: int
    global_attn_indexes: tuple[int, ...]
    window_size: int
    patch_size: int
    img_size: int
    mlp_ratio: float
    qkv_bias: bool
    prompt_embed_dim: int
    mask_in_chans: int
    decoder_depth: int
    decoder_mlp_dim: int
    iou_head_depth: int
    iou_head_hidden_dim: int
    num_multimask_outputs: int

    @property
    def family(self) -> str:
        return SAM1

    @property
    def variant(self) -> str:
        """``vit_b``, ``vit_l``, ``vit_h``, or a description of a custom model."""
        key = (self.embed_dim, self.depth, self.num_heads, self.global_attn_indexes)
        if key in KNOWN_VARIANTS:
            return KNOWN_VARIANTS[key]
        return tr("custom ViT (width {width}, depth {depth})").format(width=self.embed_dim, depth=self.depth)

    def build(self):
        """A freshly initialised ``segment_anything`` Sam model of this shape."""
        from segment_anything.modeling import ImageEncoderViT, MaskDecoder, PromptEncoder, Sam, TwoWayTransformer

        grid = self.img_size // self.patch_size
        return Sam(
            image_encoder=ImageEncoderViT(
                img_size=self.img_size,
                patch_size=self.patch_size,
                embed_dim=self.embed_dim,
                depth=self.depth,
                num_heads=self.num_heads,
                mlp_ratio=self.mlp_ratio,
                out_chans=self.prompt_embed_dim,
                qkv_bias=self.qkv_bias,
                norm_layer=partial(torch.nn.LayerNorm, eps=1e-6),
                use_rel_pos=True,
                window_size=self.window_size,
                global_attn_indexes=self.global_attn_indexes,
            ),
            prompt_encoder=PromptEncoder(
                embed_dim=self.prompt_embed_dim,
                image_embedding_size=(grid, grid),
                input_image_size=(self.img_size, self.img_size),
                mask_in_chans=self.mask_in_chans,
            ),
            mask_decoder=MaskDecoder(
                transformer_dim=self.prompt_embed_dim,
                transformer=TwoWayTransformer(
                    depth=self.decoder_depth,
                    embedding_dim=self.prompt_embed_dim,
                    mlp_dim=self.decoder_mlp_dim,
                    num_heads=DECODER_HEADS,
                ),
                num_multimask_outputs=self.num_multimask_outputs,
                iou_head_depth=self.iou_head_depth,
                iou_head_hidden_dim=self.iou_head_hidden_dim,
            ),
            pixel_mean=[123.675, 116.28, 103.53],
            pixel_std=[58.395, 57.12, 57.375],
        )


def _count(state: dict, pattern: str) -> int:
    indexes = {int(m.group(1)) for k in state if (m := re.match(pattern, k))}
    return max(indexes) + 1 if indexes else 0


def infer_architecture(state: dict[str, torch.Tensor]) -> SamArchitecture:
    """Read a SAM architecture from state-dict tensor shapes (raises ``AptInputError`` if not SAM)."""
    try:
        patch = state[ENC + "patch_embed.proj.weight"]
        embed_dim, patch_size = int(patch.shape[0]), int(patch.shape[-1])
        img_size = int(state[ENC + "pos_embed"].shape[1]) * patch_size
        depth = _count(state, r"image_encoder\.blocks\.(\d+)\.")
        rel_sizes = [int(state[f"{ENC}blocks.{i}.attn.rel_pos_h"].shape[0]) for i in range(depth)]
        head_dim = int(state[ENC + "blocks.0.attn.rel_pos_h"].shape[1])
        grid = img_size // patch_size
        global_blocks = tuple(i for i, s in enumerate(rel_sizes) if s == 2 * grid - 1)
        windowed = [s for s in rel_sizes if s != 2 * grid - 1]
        window_size = (windowed[0] + 1) // 2 if windowed else 0
        prompt_dim = int(state["prompt_encoder.no_mask_embed.weight"].shape[1])
        return SamArchitecture(
            embed_dim=embed_dim,
            depth=depth,
            num_heads=embed_dim // head_dim,
            global_attn_indexes=global_blocks,
            window_size=window_size,
            patch_size=patch_size,
            img_size=img_size,
            mlp_ratio=int(state[ENC + "blocks.0.mlp.lin1.weight"].shape[0]) / embed_dim,
            qkv_bias=ENC + "blocks.0.attn.qkv.bias" in state,
            prompt_embed_dim=prompt_dim,
            mask_in_chans=int(state["prompt_encoder.mask_downscaling.3.weight"].shape[0]),
            decoder_depth=_count(state, r"mask_decoder\.transformer\.layers\.(\d+)\."),
            decoder_mlp_dim=int(state["mask_decoder.transformer.layers.0.mlp.lin1.weight"].shape[0]),
            iou_head_depth=_count(state, r"mask_decoder\.iou_prediction_head\.layers\.(\d+)\."),
            iou_head_hidden_dim=int(state["mask_decoder.iou_prediction_head.layers.0.weight"].shape[0]),
            num_multimask_outputs=int(state["mask_decoder.mask_tokens.weight"].shape[0]) - 1,
        )
    except (KeyError, IndexError, ZeroDivisionError) as exc:
        raise AptInputError(
            tr(
                "This file holds weights, but not those of a Segment Anything (SAM or SAM 2) model "
                "(missing or odd tensor: {detail}). Use an official checkpoint such as "
                "sam_vit_b_01ec64.pth or sam2.1_hiera_small.pt."
            ).format(detail=exc)
        ) from None


def infer(state: dict) -> SamArchitecture:
    """The family table's entry point: :func:`infer_architecture`."""
    return infer_architecture(state)


def build(arch: SamArchitecture):
    return arch.build()
