"""SAM 2 and SAM 2.1 (the ``sam2`` package) behind the core's model interface.

**Building** (:mod:`sam2_family`): from the YAML config packaged with ``sam2``, never through
``build_sam2`` and hydra's global state. SAM 2's mask post-processing (``apply_postprocessing``:
dynamic multimask, hole filling) is not switched on, so a round's output is the decoder's own.

**Frame.** SAM 2 resizes a tile to 1024 x 1024 without keeping the aspect ratio (SAM 1 scales the
long side and pads), so points are scaled per axis, the 256 x 256 logits cover the whole tile and
the probability is their bilinear resize to the tile, as ``SAM2ImagePredictor`` does; the logits
fed back as ``mask_input`` are clamped to +-32 as the predictor returns them.

**Fast path.** As for SAM 1: on hardware with native bfloat16 (float16), each Hiera block's
attention and MLP run in that precision while the residual stream, layer norms, the neck and the
decoder stay in float32; float32 elsewhere (see :mod:`fast_encoder`).
"""

from __future__ import annotations

import time

import numpy as np
import torch
from torch.nn.functional import interpolate

from ..i18n import tr
from .embeddings import Embedding, split_batch

PIXEL_MEAN, PIXEL_STD = [0.485, 0.456, 0.406], [0.229, 0.224, 0.225]  # SAM2Transforms', on [0, 1] values
MASK_LOGIT_CLAMP = 32.0  # SAM2ImagePredictor clamps the low-res logits it returns to this


def speed_up_hiera(model, device: torch.device, precision: str = "auto") -> str:
    """Run each Hiera block's attention and MLP in reduced precision where the hardware has it
    (the residual stream stays float32); returns a description of the path."""
    from sam2.modeling.backbones.hieradet import MultiScaleBlock

    from .fast_encoder import DTYPES, _in_precision, choose_precision

    chosen = choose_precision(device, precision)
    if chosen != "fp32":
        dtype = DTYPES[chosen]
        for block in model.image_encoder.trunk.modules():
            if isinstance(block, MultiScaleBlock):
                for part in (block.attn, block.mlp):
                    _in_precision(part, type(part).forward, dtype)
    if chosen == "fp32":
        path = tr("fp32")
    else:
        path = tr("{precision} attention and MLP, float32 residual stream").format(precision=chosen)
    asked = (precision or "auto").lower()
    if asked not in ("auto", chosen):
        path = tr("{path} (not {asked}: this CPU has no {asked} instructions; emulated, it would be over 100 "
                  "times slower)").format(path=path, asked=asked)
    return path


class Sam2Backend:
    """Encode and decode with a ``sam2`` ``SAM2Base`` model, in SAM 2's own frame."""

    def __init__(self, model, device: torch.device, precision: str = "auto"):
        self.device = device
        self.model = model.to(device)
        self.fast_path = speed_up_hiera(self.model, device, precision)
        self.size = int(self.model.image_size)
        self._dense_pe: torch.Tensor | None = None

    def encode(self, rgbs: list[np.ndarray]) -> tuple[list[Embedding], float]:
        model = self.model
        pixels = torch.cat([self.pixels(rgb) for rgb in rgbs])
        start = time.perf_counter()
        backbone = model.forward_image(pixels)
        _, feats, _, _ = model._prepare_backbone_features(backbone)
        if model.directly_add_no_mem_embed:
            feats[-1] = feats[-1] + model.no_mem_embed
        if self.device.type == "cuda":
            torch.cuda.synchronize(self.device)
        seconds = time.perf_counter() - start
        n, sides = len(rgbs), [self.size // 4, self.size // 8, self.size // 16]  # SAM2ImagePredictor's _bb_feat_sizes
        # (h * w, n, c) token maps -> n items of (1, c, h, w)
        maps = [split_batch(f.permute(1, 2, 0).reshape(n, -1, s, s).float().contiguous()) for f, s in zip(feats, sides)]
        return [Embedding(high[-1], tuple(rgb.shape[:2]), (self.size, self.size), tuple(high[:-1]))
                for rgb, high in zip(rgbs, zip(*maps))], seconds

    def pixels(self, rgb: np.ndarray) -> torch.Tensor:
        """SAM 2's input: the tile resized to size x size (aspect ratio not kept), normalised; what
        ``SAM2Transforms`` does, without its TorchScript."""
        from torchvision.transforms.functional import normalize, resize, to_tensor

        x = resize(to_tensor(np.ascontiguousarray(rgb)), [self.size, self.size])
        return normalize(x, PIXEL_MEAN, PIXEL_STD)[None].to(self.device)

    def start(self, embedding: Embedding) -> Embedding:
        if self._dense_pe is None:
            self._dense_pe = self.model.sam_prompt_encoder.get_dense_pe()
        return embedding

    def decode(self, state: Embedding, xy: np.ndarray, labels: np.ndarray, logits: torch.Tensor | None) -> torch.Tensor:
        return self._decode(state, xy, labels, logits, self._dense_pe)

    def _decode(self, state: Embedding, xy: np.ndarray, labels: np.ndarray, logits: torch.Tensor | None,
                dense_pe: torch.Tensor) -> torch.Tensor:
        h, w = state.original_size
        # continuous tile pixels -> SAM 2's 1024 x 1024 frame, per axis; its prompt encoder adds half
        # a pixel itself (it expects pixel indices), so take it off here
        coords = xy.astype(np.float64) * np.array([self.size / w, self.size / h]) - 0.5
        points = (
            torch.as_tensor(coords, dtype=torch.float32, device=self.device)[None],
            torch.as_tensor(labels, dtype=torch.int, device=self.device)[None],
        )
        mask_input = None if logits is None else torch.clamp(logits, -MASK_LOGIT_CLAMP, MASK_LOGIT_CLAMP)
        sparse, dense = self.model.sam_prompt_encoder(points=points, boxes=None, masks=mask_input)
        low_res, _, _, _ = self.model.sam_mask_decoder(
            image_embeddings=state.features, image_pe=dense_pe, sparse_prompt_embeddings=sparse,
            dense_prompt_embeddings=dense, multimask_output=False, repeat_image=False,
            high_res_features=list(state.extra),
        )
        return low_res

    # Training (see :mod:`..adapt`): ``decode`` already runs the official modules
    def decoder_modules(self) -> dict[str, torch.nn.Module]:
        """The modules an adapter trains, by their attribute on the model."""
        return {"sam_prompt_encoder": self.model.sam_prompt_encoder, "sam_mask_decoder": self.model.sam_mask_decoder}

    # applied to the high-resolution features at encoding (cached in the embedding): not trained
    frozen_at_encoding = ("sam_mask_decoder.conv_s0.", "sam_mask_decoder.conv_s1.")

    def train_decode(self, embedding: Embedding, xy: np.ndarray, labels: np.ndarray,
                     logits: torch.Tensor | None) -> torch.Tensor:
        """One round through ``sam_prompt_encoder`` and ``sam_mask_decoder`` with autograd -> low-res logits."""
        return self._decode(embedding, xy, labels, logits, self.model.sam_prompt_encoder.get_dense_pe())

    def decoder_changed(self) -> None:
        self._dense_pe = None

    def tile_logits(self, logits: torch.Tensor, embedding: Embedding) -> torch.Tensor:
        """Low-res logits -> (1, 1, H, W) logits on the tile (differentiable)."""
        return interpolate(logits.float(), embedding.original_size, mode="bilinear", align_corners=False)

    def probability(self, logits: torch.Tensor, embedding: Embedding) -> np.ndarray:
        return torch.sigmoid(self.tile_logits(logits, embedding)[0, 0]).cpu().numpy()

    def decode_points(self, state: Embedding, xy: np.ndarray) -> tuple[torch.Tensor, torch.Tensor]:
        """Single positive points, each its own prompt, in one call of SAM 2's own decoder with its
        multimask output: low-res logits ``(N, 3, 256, 256)`` and predicted IoUs ``(N, 3)``."""
        h, w = state.original_size
        coords = xy.astype(np.float64) * np.array([self.size / w, self.size / h]) - 0.5
        points = (torch.as_tensor(coords, dtype=torch.float32, device=self.device)[:, None],
                  torch.ones((len(xy), 1), dtype=torch.int, device=self.device))
        sparse, dense = self.model.sam_prompt_encoder(points=points, boxes=None, masks=None)
        low_res, ious, _, _ = self.model.sam_mask_decoder(
            image_embeddings=state.features, image_pe=self._dense_pe, sparse_prompt_embeddings=sparse,
            dense_prompt_embeddings=dense, multimask_output=True, repeat_image=True,
            high_res_features=list(state.extra),
        )
        return low_res, ious

    def upscale(self, logits: torch.Tensor, embedding: Embedding) -> torch.Tensor:
        """Low-res logits ``(N, 1, 256, 256)`` as logits on the tile ``(N, H, W)``."""
        return interpolate(logits.float(), embedding.original_size, mode="bilinear", align_corners=False)[:, 0]
