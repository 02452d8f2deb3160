"""HQ-SAM (the ``segment-anything-hq`` package, its authors' own) behind the core's model interface.

**What it is.** HQ-SAM keeps SAM's encoder, prompt encoder and decoder weights and adds an HQ
output token, its MLP and three small fusion layers that mix an early encoder feature (the output
of the first global-attention block, "interm embedding") into the decoder's upscaled features:
sharper mask boundaries, such as field edges. Its checkpoints (``sam_hq_vit_b.pth``...) are plain
state dicts: SAM's tensors plus ``mask_decoder.hf_token``, ``hf_mlp``, ``compress_vit_feat``,
``embedding_encoder`` and ``embedding_maskfeature``.

**Building.** The ViT variants are rebuilt from tensor shapes like SAM's (:mod:`checkpoint`), with
the package's own ``ImageEncoderViT`` (which also returns the interm embeddings), ``PromptEncoder``,
``MaskDecoderHQ`` and ``TwoWayTransformer``; Light HQ-SAM (``hq_vit_tiny``, a TinyViT encoder) with
the package's official ``vit_tiny`` configuration. Loading is weights-only and strict.

**Frame and rounds.** SAM's own: the long side scaled to 1024 and the rest padded. Round *k*
decodes with the points of rounds 1..*k* and the previous round's low-res logits as ``mask_input``,
one mask (``multimask_output=False``) and ``hq_token_only=False``: SAM's mask plus the HQ token's,
what the HQ-SAM authors recommend for general use (``hq_token_only=True`` is their setting for
single-object benchmarks with thin structures; APT's cropland masks are large, many-field masks).

**What is cached.** The decoder uses the interm embedding only through ``embedding_encoder(image
embedding) + compress_vit_feat(interm[0])``, which depends on the image alone; that sum (the "HQ
features", 32 x 256 x 256, 8 MB a tile) is made once at encoding and kept in the embedding beside
the image embedding, instead of the 12 to 21 MB interm embedding, and not remade for every round
and prompt draw. It is counted in the embedding cache's bound (``Embedding.extra``).

**Fast path.** The ViT encoder is SAM's, class for class: it runs on :mod:`fast_encoder`'s path.
"""

from __future__ import annotations

import time
import warnings
from dataclasses import dataclass

import numpy as np
import torch

from ..errors import AptInputError
from ..i18n import tr
from .checkpoint import KNOWN_VARIANTS, SamArchitecture, infer_architecture
from .embeddings import Embedding, split_batch

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
        return "hq_sam"

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

        from .checkpoint import DECODER_HEADS

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


class HqBackend:
    """Encode and decode with a ``segment_anything_hq`` ``Sam`` model (ViT or TinyViT encoder)."""

    def __init__(self, model, device: torch.device, precision: str = "auto"):
        import_hq()
        from segment_anything_hq.modeling.image_encoder import ImageEncoderViT
        from segment_anything_hq.utils.transforms import ResizeLongestSide

        from .fast_encoder import encoder_dtype, speed_up_encoder

        self.device = device
        self.model = model.to(device)
        if isinstance(self.model.image_encoder, ImageEncoderViT):
            from segment_anything_hq.modeling.common import MLPBlock
            from segment_anything_hq.modeling.image_encoder import Attention, PatchEmbed

            self.fast_path = speed_up_encoder(self.model, device, precision, kinds=(PatchEmbed, Attention, MLPBlock))
            self.encoder_dtype = encoder_dtype(self.model)
        else:  # Light HQ-SAM's TinyViT: the package's own forward, float32
            self.fast_path = tr("fp32")
            self.encoder_dtype = torch.float32
        self.transform = ResizeLongestSide(self.model.image_encoder.img_size)
        self._dense_pe: torch.Tensor | None = None

    def encode(self, rgbs: list[np.ndarray]) -> tuple[list[Embedding], float]:
        from .sam1_backend import sam_pixels

        pixels, sizes = sam_pixels(self.model, self.transform, rgbs, self.device, self.encoder_dtype)
        decoder = self.model.mask_decoder
        start = time.perf_counter()
        features, interm = self.model.image_encoder(pixels)
        features = features.float()
        # what MaskDecoderHQ.forward makes of the interm embedding (image-only, so made once here)
        vit_features = interm[0].float().permute(0, 3, 1, 2)
        hq_features = decoder.embedding_encoder(features) + decoder.compress_vit_feat(vit_features)
        if self.device.type == "cuda":
            torch.cuda.synchronize(self.device)
        seconds = time.perf_counter() - start
        return [Embedding(f, tuple(rgb.shape[:2]), size, (hq,))
                for f, hq, rgb, size in zip(split_batch(features), split_batch(hq_features), rgbs, sizes)], seconds

    def start(self, embedding: Embedding) -> Embedding:
        if self._dense_pe is None:
            self._dense_pe = self.model.prompt_encoder.get_dense_pe()
        return embedding

    def decode(self, state: Embedding, xy: np.ndarray, labels: np.ndarray, logits: torch.Tensor | None) -> torch.Tensor:
        # continuous tile pixels; SAM's prompt encoder adds half a pixel itself (it expects pixel indices)
        coords = self.transform.apply_coords(xy.astype(np.float64), state.original_size) - 0.5
        points = (
            torch.as_tensor(coords, dtype=torch.float32, device=self.device)[None],
            torch.as_tensor(labels, dtype=torch.int, device=self.device)[None],
        )
        sparse, dense = self.model.prompt_encoder(points=points, boxes=None, masks=logits)
        decoder = self.model.mask_decoder
        masks, _ = decoder.predict_masks(
            image_embeddings=state.features, image_pe=self._dense_pe, sparse_prompt_embeddings=sparse,
            dense_prompt_embeddings=dense, hq_features=state.extra[0],
        )
        # MaskDecoderHQ.forward with multimask_output=False, hq_token_only=False: SAM's single-mask
        # token plus the HQ token (the last one)
        hq_index = decoder.num_mask_tokens - 1
        return masks[:, 0:1] + masks[:, hq_index:hq_index + 1]

    def probability(self, logits: torch.Tensor, embedding: Embedding) -> np.ndarray:
        masks = self.model.postprocess_masks(logits, embedding.input_size, embedding.original_size)
        return torch.sigmoid(masks[0, 0]).float().cpu().numpy()
