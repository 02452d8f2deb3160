"""HQ-SAM (the ``segment-anything-hq`` package, its authors' own) behind the core's model interface.

**What it is.** HQ-SAM keeps SAM's encoder, prompt encoder and decoder weights and adds an HQ
output token, its MLP and three small fusion layers that mix an early encoder feature (the output
of the first global-attention block, "interm embedding") into the decoder's upscaled features:
sharper mask boundaries, such as field edges. Its checkpoints (``sam_hq_vit_b.pth``...) are plain
state dicts: SAM's tensors plus ``mask_decoder.hf_token``, ``hf_mlp``, ``compress_vit_feat``,
``embedding_encoder`` and ``embedding_maskfeature``.

**Building.** The ViT variants are rebuilt from tensor shapes like SAM's (:mod:`sam1_family`, :mod:`hq_family`), with
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

import numpy as np
import torch

from ..i18n import tr
from .embeddings import Embedding, split_batch
from .hq_family import import_hq


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
        return self._decode(state, xy, labels, logits, self._dense_pe)

    def _decode(self, state: Embedding, xy: np.ndarray, labels: np.ndarray, logits: torch.Tensor | None,
                dense_pe: torch.Tensor) -> torch.Tensor:
        # continuous tile pixels; SAM's prompt encoder adds half a pixel itself (it expects pixel indices)
        coords = self.transform.apply_coords(xy.astype(np.float64), state.original_size) - 0.5
        points = (
            torch.as_tensor(coords, dtype=torch.float32, device=self.device)[None],
            torch.as_tensor(labels, dtype=torch.int, device=self.device)[None],
        )
        sparse, dense = self.model.prompt_encoder(points=points, boxes=None, masks=logits)
        decoder = self.model.mask_decoder
        masks, _ = decoder.predict_masks(
            image_embeddings=state.features, image_pe=dense_pe, sparse_prompt_embeddings=sparse,
            dense_prompt_embeddings=dense, hq_features=state.extra[0],
        )
        # MaskDecoderHQ.forward with multimask_output=False, hq_token_only=False: SAM's single-mask
        # token plus the HQ token (the last one)
        hq_index = decoder.num_mask_tokens - 1
        return masks[:, 0:1] + masks[:, hq_index:hq_index + 1]

    # Training (see :mod:`..adapt`): ``decode`` already runs the official MaskDecoderHQ
    def decoder_modules(self) -> dict[str, torch.nn.Module]:
        """The modules an adapter trains, by their attribute on the model."""
        return {"prompt_encoder": self.model.prompt_encoder, "mask_decoder": self.model.mask_decoder}

    # made into the HQ features at encoding (cached in the embedding): not trained
    frozen_at_encoding = ("mask_decoder.embedding_encoder.", "mask_decoder.compress_vit_feat.")

    def train_decode(self, embedding: Embedding, xy: np.ndarray, labels: np.ndarray,
                     logits: torch.Tensor | None) -> torch.Tensor:
        """One round through the prompt encoder and ``MaskDecoderHQ`` with autograd -> low-res logits."""
        return self._decode(embedding, xy, labels, logits, self.model.prompt_encoder.get_dense_pe())

    def decoder_changed(self) -> None:
        self._dense_pe = None

    def tile_logits(self, logits: torch.Tensor, embedding: Embedding) -> torch.Tensor:
        """Low-res logits -> (1, 1, H, W) logits on the tile (differentiable)."""
        return self.model.postprocess_masks(logits, embedding.input_size, embedding.original_size)

    def probability(self, logits: torch.Tensor, embedding: Embedding) -> np.ndarray:
        return torch.sigmoid(self.tile_logits(logits, embedding)[0, 0]).float().cpu().numpy()

    def decode_points(self, state: Embedding, xy: np.ndarray) -> tuple[torch.Tensor, torch.Tensor]:
        """Single positive points, each its own prompt, in one decoder call: each of SAM's three
        multimask logits plus the HQ token's (``hq_token_only=False``, as ``MaskDecoderHQ`` adds them to
        its best mask) ``(N, 3, 256, 256)``, and SAM's predicted IoUs of the three ``(N, 3)``."""
        coords = self.transform.apply_coords(xy.astype(np.float64), state.original_size) - 0.5
        points = (torch.as_tensor(coords, dtype=torch.float32, device=self.device)[:, None],
                  torch.ones((len(xy), 1), dtype=torch.int, device=self.device))
        sparse, dense = self.model.prompt_encoder(points=points, boxes=None, masks=None)
        decoder = self.model.mask_decoder
        masks, iou_pred = decoder.predict_masks(
            image_embeddings=state.features, image_pe=self._dense_pe, sparse_prompt_embeddings=sparse,
            dense_prompt_embeddings=dense, hq_features=state.extra[0],
        )
        hq_index = decoder.num_mask_tokens - 1
        return masks[:, 1:hq_index] + masks[:, hq_index:hq_index + 1], iou_pred[:, 1:hq_index]

    def upscale(self, logits: torch.Tensor, embedding: Embedding) -> torch.Tensor:
        """Low-res logits ``(N, 1, 256, 256)`` as logits on the tile ``(N, H, W)``."""
        return self.tile_logits(logits, embedding)[:, 0].float()
