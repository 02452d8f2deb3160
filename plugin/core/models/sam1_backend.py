"""The original SAM (``segment-anything``) behind the core's model interface, on its fast paths.

SAM scales a tile's long side to 1024 and pads the rest; prompts, logits and masks are mapped in
that frame (``ResizeLongestSide``, ``postprocess_masks``). The encoder runs on :mod:`fast_encoder`'s
path, the decoder on :mod:`fast_decoder`'s.
"""

from __future__ import annotations

import time

import numpy as np
import torch

from .embeddings import Embedding, split_batch


def sam_pixels(model, transform, rgbs: list[np.ndarray], device: torch.device,
               dtype: torch.dtype) -> tuple[torch.Tensor, list[tuple[int, int]]]:
    """SAM's (and HQ-SAM's) encoder input for ``rgbs``: each tile's long side scaled to the encoder's
    size, normalised and padded to its square, stacked; and each tile's scaled size."""
    resized = [torch.as_tensor(transform.apply_image(rgb), device=device).permute(2, 0, 1) for rgb in rgbs]
    pixels = torch.cat([model.preprocess(t[None].float()) for t in resized]).to(dtype)
    return pixels, [tuple(t.shape[-2:]) for t in resized]


class Sam1Backend:
    """Encode and decode with a ``segment_anything`` ``Sam`` model."""

    def __init__(self, model, device: torch.device, precision: str = "auto"):
        from segment_anything.utils.transforms import ResizeLongestSide

        from .fast_encoder import encoder_dtype, speed_up_encoder

        self.device = device
        self.model = model.to(device)
        self.fast_path = speed_up_encoder(self.model, device, precision)
        self.encoder_dtype = encoder_dtype(self.model)
        self.transform = ResizeLongestSide(self.model.image_encoder.img_size)
        self._dense_pe: torch.Tensor | None = None  # the decoder's positional encoding, made once
        self._prepared = None  # and the decoder transformer's constants (fast_transformer.prepare)

    def encode(self, rgbs: list[np.ndarray]) -> tuple[list[Embedding], float]:
        pixels, sizes = sam_pixels(self.model, self.transform, rgbs, self.device, self.encoder_dtype)
        start = time.perf_counter()
        features = self.model.image_encoder(pixels).float()
        if self.device.type == "cuda":
            torch.cuda.synchronize(self.device)  # GPU work is asynchronous: wait for it to time it
        seconds = time.perf_counter() - start
        return [Embedding(f, tuple(rgb.shape[:2]), size)
                for f, rgb, size in zip(split_batch(features), rgbs, sizes)], seconds

    def start(self, embedding: Embedding) -> Embedding:
        from .fast_decoder import channels_last
        from .fast_transformer import is_standard, prepare

        if self._dense_pe is None:
            self._dense_pe = channels_last(self.model.prompt_encoder.get_dense_pe())
            transformer = self.model.mask_decoder.transformer
            self._prepared = prepare(transformer, self._dense_pe) if is_standard(transformer) else None
        # channels-last once for all the rounds
        return Embedding(channels_last(embedding.features), embedding.original_size, embedding.input_size)

    def _points(self, xy: np.ndarray, labels: np.ndarray, original_size: tuple[int, int]):
        # xy are continuous pixel coordinates (0.5 = centre of the first pixel); SAM's prompt
        # encoder adds half a pixel itself (it expects pixel indices), so take it off here
        coords = self.transform.apply_coords(xy.astype(np.float64), original_size) - 0.5
        return (
            torch.as_tensor(coords, dtype=torch.float32, device=self.device)[None],
            torch.as_tensor(labels, dtype=torch.int64, device=self.device)[None],
        )

    def decode(self, state: Embedding, xy: np.ndarray, labels: np.ndarray, logits: torch.Tensor | None) -> torch.Tensor:
        from .fast_decoder import decode_one_mask

        points = self._points(xy, labels, state.original_size)
        sparse, dense = self.model.prompt_encoder(points=points, boxes=None, masks=logits)
        return decode_one_mask(self.model.mask_decoder, state.features, self._dense_pe, sparse, dense, self._prepared)

    # Training (see :mod:`..adapt`): the official modules, with autograd, never the fast decoder
    def decoder_modules(self) -> dict[str, torch.nn.Module]:
        """The modules an adapter trains, by their attribute on the model."""
        return {"prompt_encoder": self.model.prompt_encoder, "mask_decoder": self.model.mask_decoder}

    frozen_at_encoding: tuple[str, ...] = ()  # decoder tensors applied at encoding (cached): not trained

    def train_decode(self, embedding: Embedding, xy: np.ndarray, labels: np.ndarray,
                     logits: torch.Tensor | None) -> torch.Tensor:
        """One round through ``prompt_encoder`` and ``mask_decoder`` themselves -> low-res logits (1, 1, 256, 256)."""
        points = self._points(xy, labels, embedding.original_size)
        sparse, dense = self.model.prompt_encoder(points=points, boxes=None, masks=logits)
        low_res, _ = self.model.mask_decoder(
            image_embeddings=embedding.features, image_pe=self.model.prompt_encoder.get_dense_pe(),
            sparse_prompt_embeddings=sparse, dense_prompt_embeddings=dense, multimask_output=False,
        )
        return low_res

    def decoder_changed(self) -> None:
        """The decoder's weights changed (an adapter): what was made from them is made again."""
        self._dense_pe = self._prepared = None

    def tile_logits(self, logits: torch.Tensor, embedding: Embedding) -> torch.Tensor:
        """Low-res logits -> (1, 1, H, W) logits on the tile (differentiable)."""
        return self.model.postprocess_masks(logits, embedding.input_size, embedding.original_size)

    def probability(self, logits: torch.Tensor, embedding: Embedding) -> np.ndarray:
        return torch.sigmoid(self.tile_logits(logits, embedding)[0, 0]).float().cpu().numpy()

    def decode_points(self, state: Embedding, xy: np.ndarray) -> tuple[torch.Tensor, torch.Tensor]:
        """Single positive points, each its own prompt, in one call of SAM's own decoder with its
        multimask output: low-res logits ``(N, 3, 256, 256)`` and predicted IoUs ``(N, 3)``."""
        coords = self.transform.apply_coords(xy.astype(np.float64), state.original_size) - 0.5
        points = (torch.as_tensor(coords, dtype=torch.float32, device=self.device)[:, None],
                  torch.ones((len(xy), 1), dtype=torch.int64, device=self.device))
        sparse, dense = self.model.prompt_encoder(points=points, boxes=None, masks=None)
        return self.model.mask_decoder(image_embeddings=state.features, image_pe=self._dense_pe,
                                       sparse_prompt_embeddings=sparse, dense_prompt_embeddings=dense,
                                       multimask_output=True)

    def upscale(self, logits: torch.Tensor, embedding: Embedding) -> torch.Tensor:
        """Low-res logits ``(N, 1, 256, 256)`` as logits on the tile ``(N, H, W)``."""
        return self.tile_logits(logits, embedding)[:, 0].float()
