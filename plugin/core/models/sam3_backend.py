"""SAM 3 (``transformers``' ``Sam3TrackerModel``) behind the core's model interface.

**Frame**, as ``Sam3TrackerProcessor`` makes it: the tile resized to the model's image size (1008 x
1008 for Meta's model; the aspect ratio is not kept) and normalised by the library's own
``Sam3ImageProcessor`` (its defaults: bilinear, mean and std 0.5); points scaled per axis; the low-res
logits (a quarter of the input's side over the whole tile: 288 x 288) resized bilinearly to the tile.

**Encoding** is the library's ``get_image_embeddings`` (ViT, neck, the decoder's two projections of
the high-resolution levels, the no-memory embedding): the embedding keeps the image embedding and
both high-resolution maps, all counted in the cache's bound. **Decoding** is the model's own
``forward`` given those embeddings: one APT round is the points of rounds 1..k and the previous
round's low-res logits as ``input_masks``, ``multimask_output=False`` (the library's single-mask
output, with its fallback to the best multimask output when the single mask is unstable).

**Fast path.** On hardware with native bfloat16 (float16), each ViT block's attention and MLP run
in that precision while the residual stream, layer norms, patch embedding, neck and decoder stay in
float32; float32 elsewhere (see :mod:`fast_encoder`).
"""

from __future__ import annotations

import time
import types

import numpy as np
import torch
from torch.nn.functional import interpolate

from ..i18n import tr
from .embeddings import Embedding, split_batch


def _attention_in(module: torch.nn.Module, dtype: torch.dtype) -> None:
    """A ViT block's rotary attention in ``dtype`` (weights converted once), its output back in float32."""
    forward = type(module).forward
    module.to(dtype)

    def cast_forward(self, hidden_states, position_embeddings, **kwargs):
        cos, sin = position_embeddings
        out, weights = forward(self, hidden_states.to(dtype), (cos.to(dtype), sin.to(dtype)), **kwargs)
        return out.float(), weights

    module.forward = types.MethodType(cast_forward, module)


def speed_up_vit(model, device: torch.device, precision: str = "auto") -> str:
    """Run each ViT block's attention and MLP in reduced precision where the hardware has it
    (the residual stream stays float32); returns a description of the path."""
    from .fast_encoder import DTYPES, _in_precision, choose_precision

    chosen = choose_precision(device, precision)
    if chosen != "fp32":
        dtype = DTYPES[chosen]
        for layer in model.vision_encoder.backbone.layers:
            _attention_in(layer.attention, dtype)
            _in_precision(layer.mlp, type(layer.mlp).forward, dtype)
        path = tr("{precision} attention and MLP, float32 residual stream").format(precision=chosen)
    else:
        path = tr("fp32")
    asked = (precision or "auto").lower()
    if asked not in ("auto", chosen):
        path = tr("{path} (not {asked}: this CPU has no {asked} instructions; emulated, it would be over 100 "
                  "times slower)").format(path=path, asked=asked)
    return path


class Sam3Backend:
    """Encode and decode with a ``Sam3TrackerModel``, in SAM 3's own frame."""

    def __init__(self, model, device: torch.device, precision: str = "auto"):
        from transformers import Sam3ImageProcessor

        self.device = device
        self.model = model.to(device)
        self.fast_path = speed_up_vit(self.model, device, precision)
        self.size = int(self.model.config.prompt_encoder_config.image_size)
        self.processor = Sam3ImageProcessor(size={"height": self.size, "width": self.size})

    def pixels(self, rgbs: list[np.ndarray]) -> torch.Tensor:
        """SAM 3's input for the tiles: the library's image processor (resize, rescale, normalise)."""
        batch = self.processor(images=[np.ascontiguousarray(rgb) for rgb in rgbs], return_tensors="pt")
        return batch["pixel_values"].to(self.device)

    def encode(self, rgbs: list[np.ndarray]) -> tuple[list[Embedding], float]:
        pixels = self.pixels(rgbs)
        start = time.perf_counter()
        maps = self.model.get_image_embeddings(pixels)  # [s0, s1, image embedding], each (n, c, h, w)
        if self.device.type == "cuda":
            torch.cuda.synchronize(self.device)
        seconds = time.perf_counter() - start
        s0, s1, features = (split_batch(m.float().contiguous()) for m in maps)
        return [Embedding(f, tuple(rgb.shape[:2]), (self.size, self.size), (a, b))
                for rgb, f, a, b in zip(rgbs, features, s0, s1)], seconds

    def start(self, embedding: Embedding) -> Embedding:
        return embedding

    def _points(self, xy: np.ndarray, size: tuple[int, int]) -> torch.Tensor:
        """Continuous tile pixels -> SAM 3's frame, per axis (``Sam3TrackerProcessor``'s scaling); the
        prompt encoder adds half a pixel itself (it expects pixel indices), so take it off here."""
        h, w = size
        coords = xy.astype(np.float64) * np.array([self.size / w, self.size / h]) - 0.5
        return torch.as_tensor(coords, dtype=torch.float32, device=self.device)

    def _forward(self, embedding: Embedding, points: torch.Tensor, labels: torch.Tensor,
                 masks: torch.Tensor | None, multimask: bool):
        return self.model(image_embeddings=[*embedding.extra, embedding.features], input_points=points,
                          input_labels=labels, input_masks=masks, multimask_output=multimask)

    def decode(self, state: Embedding, xy: np.ndarray, labels: np.ndarray, logits: torch.Tensor | None) -> torch.Tensor:
        """One round -> low-res logits ``(1, 1, h, w)``."""
        points = self._points(xy, state.original_size)[None, None]
        tags = torch.as_tensor(labels, dtype=torch.int32, device=self.device)[None, None]
        out = self._forward(state, points, tags, logits, multimask=False)
        return out.pred_masks[:, 0]

    # Training (see :mod:`..adapt`): ``decode`` already runs the library's modules, with autograd there
    def train_decode(self, embedding: Embedding, xy: np.ndarray, labels: np.ndarray,
                     logits: torch.Tensor | None) -> torch.Tensor:
        return self.decode(embedding, xy, labels, logits)

    def decoder_modules(self) -> dict[str, torch.nn.Module]:
        """The modules an adapter trains, by their attribute on the model."""
        return {"prompt_encoder": self.model.prompt_encoder, "mask_decoder": self.model.mask_decoder}

    # applied to the high-resolution features at encoding (cached in the embedding): not trained
    frozen_at_encoding = ("mask_decoder.conv_s0.", "mask_decoder.conv_s1.")

    def decoder_changed(self) -> None:
        """Nothing derived from the decoder is kept between calls."""

    def tile_logits(self, logits: torch.Tensor, embedding: Embedding) -> torch.Tensor:
        """Low-res logits -> (1, 1, H, W) logits on the tile (differentiable)."""
        return interpolate(logits.float(), embedding.original_size, mode="bilinear", align_corners=False)

    def probability(self, logits: torch.Tensor, embedding: Embedding) -> np.ndarray:
        return torch.sigmoid(self.tile_logits(logits, embedding)[0, 0]).cpu().numpy()

    def decode_points(self, state: Embedding, xy: np.ndarray) -> tuple[torch.Tensor, torch.Tensor]:
        """Single positive points, each its own prompt, in one call of the library's model with its
        multimask output: low-res logits ``(N, 3, h, w)`` and predicted IoUs ``(N, 3)``."""
        points = self._points(xy, state.original_size)[None, :, None]
        labels = torch.ones((1, len(xy), 1), dtype=torch.int32, device=self.device)
        out = self._forward(state, points, labels, None, multimask=True)
        return out.pred_masks[0], out.iou_scores[0]

    def upscale(self, logits: torch.Tensor, embedding: Embedding) -> torch.Tensor:
        """Low-res logits ``(N, 1, h, w)`` as logits on the tile ``(N, H, W)``."""
        return interpolate(logits.float(), embedding.original_size, mode="bilinear", align_corners=False)[:, 0]
