"""SAM inference: image embeddings (cached) and the APT decoding rounds."""

from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Callable

import numpy as np
import torch

from .checkpoint import LoadedSam, load_sam
from .errors import AptInputError
from .i18n import tr
from .models import DEVICES
from .prompts import TilePrompts


def available_devices() -> list[str]:
    """Devices torch can use on this machine, best first."""
    found = []
    if torch.cuda.is_available():
        found.append("cuda")
    mps = getattr(torch.backends, "mps", None)
    if mps is not None and mps.is_available():
        found.append("mps")
    return found + ["cpu"]


def is_out_of_memory(exc: BaseException) -> bool:
    """A device out-of-memory error: CUDA's own type, or MPS's RuntimeError saying so."""
    oom = getattr(torch, "OutOfMemoryError", None) or torch.cuda.OutOfMemoryError
    return isinstance(exc, oom) or "out of memory" in str(exc).lower()


def describe_devices() -> str:
    """What torch can use here, for a person: GPU name and memory, MPS, CPU threads and whether
    the CPU has bfloat16 units (which makes the encoder several times faster)."""
    parts = []
    if torch.cuda.is_available():
        props = torch.cuda.get_device_properties(0)
        parts.append(
            tr("CUDA: {name}, {memory:.1f} GB").format(name=props.name, memory=props.total_memory / 2**30)
        )
    mps = getattr(torch.backends, "mps", None)
    if mps is not None and mps.is_available():
        parts.append("Apple MPS")
    from .fast_encoder import cpu_has_bf16

    arithmetic = tr("bfloat16 units") if cpu_has_bf16() else tr("no bfloat16 units, so float32")
    threads = torch.get_num_threads()
    parts.append(tr("CPU: {threads} threads, {arithmetic}").format(threads=threads, arithmetic=arithmetic))
    return " | ".join(parts)


def resolve_device(requested: str = "auto") -> torch.device:
    """``auto`` picks CUDA, then MPS, then CPU; an unavailable explicit choice is an input error."""
    requested = (requested or "auto").lower()
    if requested not in DEVICES:
        raise AptInputError(
            tr("Unknown device {device!r}; choose one of {choices}.").format(
                device=requested, choices=", ".join(DEVICES)
            )
        )
    have = available_devices()
    if requested == "auto":
        return torch.device(have[0])
    if requested not in have:
        raise AptInputError(
            tr(
                "The device {device!r} was asked for, but torch cannot use it on this machine "
                "(available: {available}). Choose 'auto' or 'cpu'."
            ).format(device=requested, available=", ".join(have))
        )
    return torch.device(requested)


@dataclass
class Embedding:
    """The encoder's output for one tile, plus the sizes needed to map prompts and masks."""

    features: torch.Tensor
    original_size: tuple[int, int]
    input_size: tuple[int, int]

    @property
    def nbytes(self) -> int:
        return self.features.element_size() * self.features.nelement()


class LruCache:
    """Least-recently-used values, bounded by their total size in bytes."""

    def __init__(self, max_bytes: int, size_of: Callable[[object], int]):
        self.max_bytes = max_bytes
        self._size_of = size_of
        self._items: OrderedDict[object, object] = OrderedDict()
        self._bytes = 0

    def get(self, key: object):
        item = self._items.get(key)
        if item is not None:
            self._items.move_to_end(key)
        return item

    def put(self, key: object, value: object) -> None:
        if self.max_bytes <= 0:
            return
        if key in self._items:
            self._bytes -= self._size_of(self._items.pop(key))
        self._items[key] = value
        self._bytes += self._size_of(value)
        while len(self._items) > 1 and self._bytes > self.max_bytes:
            _, evicted = self._items.popitem(last=False)
            self._bytes -= self._size_of(evicted)

    def clear(self) -> None:
        self._items.clear()
        self._bytes = 0

    def __len__(self) -> int:
        return len(self._items)


def embedding_cache(max_bytes: int = 512 * 2**20) -> LruCache:
    """Tile embeddings (4 MB each for SAM) kept while QGIS runs."""
    return LruCache(max_bytes, lambda e: e.nbytes)


def result_cache(max_bytes: int = 256 * 2**20) -> LruCache:
    """Tile probabilities for unchanged prompts, so an edit re-runs only the tiles it touched."""
    return LruCache(max_bytes, lambda a: a.nbytes)


class SamEngine:
    """One SAM model, built once per run (or per QGIS session), used for every tile."""

    def __init__(
        self,
        checkpoint: str,
        device: str = "auto",
        cache: LruCache | None = None,
        precision: str = "auto",
        keep: bool = True,
    ):
        from segment_anything.utils.transforms import ResizeLongestSide

        from .fast_encoder import encoder_dtype, speed_up_encoder

        self.device = resolve_device(device)
        self.loaded: LoadedSam = load_sam(checkpoint)
        self.model = self.loaded.model.to(self.device)
        self.precision = precision
        self.fast_path = speed_up_encoder(self.model, self.device, precision)
        self._encoder_dtype = encoder_dtype(self.model)
        self.transform = ResizeLongestSide(self.model.image_encoder.img_size)
        # keep=False (a one-off run): nothing is reused, so nothing is kept; memory stays flat
        self.cache = cache if cache is not None else embedding_cache(512 * 2**20 if keep else 0)
        self.results = result_cache(256 * 2**20 if keep else 0)
        self.encoder_runs = 0
        self.encoder_seconds = 0.0  # time spent in the image encoder, all runs
        self.decoder_runs = 0
        self.decoding_seconds = 0.0  # time spent decoding prompt draws (all their rounds), all runs
        self.results_reused = 0
        self._fallback: SamEngine | None = None
        self._dense_pe: torch.Tensor | None = None  # the decoder's positional encoding, made once
        self._prepared = None  # and the decoder transformer's constants (fast_transformer.prepare)

    @property
    def architecture(self):
        return self.loaded.architecture

    @torch.inference_mode()
    def embed(self, rgb: np.ndarray, key: object | None = None) -> Embedding:
        """Encode an ``uint8[H, W, 3]`` image (reusing the cached embedding for ``key``)."""
        if key is not None and (hit := self.cache.get(key)) is not None:
            return Embedding(hit.features.to(self.device), hit.original_size, hit.input_size)
        resized = self.transform.apply_image(rgb)
        tensor = torch.as_tensor(resized, device=self.device).permute(2, 0, 1).contiguous()[None]
        pixels = self.model.preprocess(tensor.float()).to(self._encoder_dtype)
        start = time.perf_counter()
        features = self.model.image_encoder(pixels).float()
        if self.device.type == "cuda":
            torch.cuda.synchronize(self.device)  # GPU work is asynchronous: wait for it to time it
        self.encoder_seconds += time.perf_counter() - start
        self.encoder_runs += 1
        embedding = Embedding(features, tuple(rgb.shape[:2]), tuple(tensor.shape[-2:]))
        if key is not None:  # kept in main memory: GPU memory is for the model and the current tile
            self.cache.put(key, Embedding(features.cpu(), embedding.original_size, embedding.input_size))
        return embedding

    def predict(
        self, rgb: np.ndarray, prompts: TilePrompts, key: object | None = None, on_info=None
    ) -> np.ndarray:
        """A tile's probability, reusing its embedding, or its result when its prompts are unchanged."""
        return self.predict_draws(rgb, [prompts], key, on_info)[0]

    def predict_draws(
        self, rgb: np.ndarray, draws: list[TilePrompts], key: object | None = None, on_info=None
    ) -> list[np.ndarray]:
        """A tile's probability for each prompt draw: the image is encoded once (or its embedding
        reused), each draw decoded through its rounds; a draw whose prompts are unchanged since an
        earlier run reuses its result.

        If the GPU runs out of memory on a tile, that tile is run again on the CPU (and
        ``on_info`` is told); the following tiles try the GPU again.
        """
        result_keys = [None if key is None else (key, prompts.digest()) for prompts in draws]
        results = [None if k is None else self.results.get(k) for k in result_keys]
        self.results_reused += sum(r is not None for r in results)
        missing = [i for i, r in enumerate(results) if r is None]
        if not missing:
            return results
        try:
            embedding = self.embed(rgb, key)
            for i in missing:
                results[i] = self.segment(embedding, draws[i])
        except RuntimeError as exc:
            if self.device.type == "cpu" or not is_out_of_memory(exc):
                raise
            if on_info is not None:
                on_info(
                    tr(
                        "The {device} device ran out of memory on this tile; it was run on the CPU instead (slower)."
                    ).format(device=self.device.type.upper())
                )
            computed = self._predict_on_cpu(rgb, [draws[i] for i in missing])
            for i, probability in zip(missing, computed):
                results[i] = probability
        for i in missing:
            if result_keys[i] is not None:
                self.results.put(result_keys[i], results[i])
        return results

    def _predict_on_cpu(self, rgb: np.ndarray, draws: list[TilePrompts]) -> list[np.ndarray]:
        """One tile's draws on a CPU copy of the model (built from the checkpoint on first need)."""
        if self.device.type == "cuda":
            torch.cuda.empty_cache()
        if self._fallback is None:
            self._fallback = SamEngine(self.loaded.path, "cpu", cache=embedding_cache(0), precision=self.precision)
        embedding = self._fallback.embed(rgb)
        return [self._fallback.segment(embedding, prompts) for prompts in draws]

    @torch.inference_mode()
    def segment(self, embedding: Embedding, prompts: TilePrompts) -> np.ndarray:
        """Run the APT rounds and return the last round's cropland probability ``float32[H, W]``.

        Round k gives SAM the points of rounds 1..k and the previous round's low-resolution
        logits as ``mask_input``, so every round refines the mask before it.
        """
        from .fast_decoder import channels_last, decode_one_mask
        from .fast_transformer import is_standard, prepare

        model, logits = self.model, None
        start = time.perf_counter()
        if self._dense_pe is None:
            self._dense_pe = channels_last(model.prompt_encoder.get_dense_pe())
            transformer = model.mask_decoder.transformer
            self._prepared = prepare(transformer, self._dense_pe) if is_standard(transformer) else None
        features = channels_last(embedding.features)  # once for all the rounds
        for k in sorted(set(int(r) for r in prompts.rounds)):
            xy, labels = prompts.upto_round(k)
            # xy are continuous pixel coordinates (0.5 = centre of the first pixel); SAM's prompt
            # encoder adds half a pixel itself (it expects pixel indices), so take it off here
            coords = self.transform.apply_coords(xy.astype(np.float64), embedding.original_size) - 0.5
            points = (
                torch.as_tensor(coords, dtype=torch.float32, device=self.device)[None],
                torch.as_tensor(labels, dtype=torch.int64, device=self.device)[None],
            )
            sparse, dense = model.prompt_encoder(points=points, boxes=None, masks=logits)
            logits = decode_one_mask(model.mask_decoder, features, self._dense_pe, sparse, dense, self._prepared)
            self.decoder_runs += 1
        masks = model.postprocess_masks(logits, embedding.input_size, embedding.original_size)
        probability = torch.sigmoid(masks[0, 0]).float().cpu().numpy()
        self.decoding_seconds += time.perf_counter() - start
        return probability
