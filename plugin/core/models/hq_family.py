"""HQ-SAM (``hq_vit_b``/``_l``/``_h`` and Light HQ-SAM ``hq_vit_tiny``): its architecture read from
tensor shapes (SAM's, :mod:`sam1_family`, plus the width of the encoder feature it fuses) and the
``segment_anything_hq`` model built from it. Its backend, and what HQ-SAM is: :mod:`hq_backend`."""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import torch

from ..errors import AptInputError
from ..i18n import tr
from .families import HQ_SAM, has_tiny_vit
from .sam1_family import DECODER_HEADS, KNOWN_VARIANTS, SamArchitecture, infer_architecture

HQ_KEYS = ("mask_decoder.hf_token.weight", "mask_decoder.compress_vit_feat.0.weight")
TINY_VIT_DIM = 160  # Light HQ-SAM: TinyViT's third stage feeds the HQ features


def import_hq():
    """``segment_anything_hq``, imported without the FutureWarnings of its ``timm`` imports and
    the registry notices of its TinyViT (noise for the analyst)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import segment_anything_hq

    return segment_anything_hq


@dataclass(frozen=True)
class HqSamArchitecture:
    """What tensor shapes tell of an HQ-SAM model: SAM's architecture (None for Light HQ-SAM,
    whose TinyViT is the package's fixed one) and the width of the encoder feature it fuses."""

    sam: SamArchitecture | None
    vit_dim: int

    @property
    def family(self) -> str:
        return HQ_SAM

    @property
    def variant(self) -> str:
        """``hq_vit_b``, ``hq_vit_l``, ``hq_vit_h``, ``hq_vit_tiny``, or a description of a custom model."""
        if self.sam is None:
            return "hq_vit_tiny"
        key = (self.sam.embed_dim, self.sam.depth, self.sam.num_heads, self.sam.global_attn_indexes)
        if key in KNOWN_VARIANTS:
            return "hq_" + KNOWN_VARIANTS[key]
        return tr("custom HQ-SAM ViT (width {width}, depth {depth})").format(
            width=self.sam.embed_dim, depth=self.sam.depth)

    def build(self):
        """A freshly initialised ``segment_anything_hq`` Sam model of this shape."""
        hq = import_hq()
        if self.sam is None:
            return _build_tiny(hq)
        from functools import partial

        from segment_anything_hq.modeling import (
            ImageEncoderViT,
            MaskDecoderHQ,
            PromptEncoder,
            Sam,
            TwoWayTransformer,
        )

        a = self.sam
        grid = a.img_size // a.patch_size
        return Sam(
            image_encoder=ImageEncoderViT(
                img_size=a.img_size, patch_size=a.patch_size, embed_dim=a.embed_dim, depth=a.depth,
                num_heads=a.num_heads, mlp_ratio=a.mlp_ratio, out_chans=a.prompt_embed_dim, qkv_bias=a.qkv_bias,
                norm_layer=partial(torch.nn.LayerNorm, eps=1e-6), use_rel_pos=True, window_size=a.window_size,
                global_attn_indexes=a.global_attn_indexes,
            ),
            prompt_encoder=PromptEncoder(
                embed_dim=a.prompt_embed_dim, image_embedding_size=(grid, grid),
                input_image_size=(a.img_size, a.img_size), mask_in_chans=a.mask_in_chans,
            ),
            mask_decoder=MaskDecoderHQ(
                transformer_dim=a.prompt_embed_dim,
                transformer=TwoWayTransformer(depth=a.decoder_depth, embedding_dim=a.prompt_embed_dim,
                                              mlp_dim=a.decoder_mlp_dim, num_heads=DECODER_HEADS),
                num_multimask_outputs=a.num_multimask_outputs, iou_head_depth=a.iou_head_depth,
                iou_head_hidden_dim=a.iou_head_hidden_dim, vit_dim=self.vit_dim,
            ),
            pixel_mean=[123.675, 116.28, 103.53],
            pixel_std=[58.395, 57.12, 57.375],
        )


def _build_tiny(hq):
    """The package's Light HQ-SAM (``sam_model_registry["vit_tiny"]``: its one, fixed TinyViT)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return hq.sam_model_registry["vit_tiny"]()


def is_hq_sam(state: dict) -> bool:
    return all(k in state for k in HQ_KEYS)


def infer_hq_architecture(state: dict, tiny_vit: bool) -> HqSamArchitecture:
    """Read an HQ-SAM architecture from state-dict shapes (``AptInputError`` when it is not HQ-SAM)."""
    try:
        vit_dim = int(state["mask_decoder.compress_vit_feat.0.weight"].shape[0])
    except (KeyError, IndexError) as exc:
        raise AptInputError(
            tr(
                "This file looks like an HQ-SAM checkpoint but a tensor is missing or odd ({detail}): it may be "
                "damaged or from another model. Use an official file such as sam_hq_vit_b.pth."
            ).format(detail=exc)
        ) from None
    if tiny_vit:
        return HqSamArchitecture(None, vit_dim)
    sam = infer_architecture(state)
    return HqSamArchitecture(sam, vit_dim)


def infer(state: dict) -> HqSamArchitecture:
    """The family table's entry point (a TinyViT encoder: Light HQ-SAM)."""
    return infer_hq_architecture(state, tiny_vit=has_tiny_vit(state))


def build(arch: HqSamArchitecture):
    return arch.build()
