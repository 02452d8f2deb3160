"""SAM, SAM 2 and HQ-SAM inference: image embeddings (cached) and the APT decoding rounds."""

from __future__ import annotations

import time

import numpy as np
import torch

from ..config import MAX_BATCH
from ..errors import AptInputError
from ..i18n import tr
from ..prompts.sampling import TilePrompts
from .catalog import DEVICES
from .checkpoint import LoadedSam, load_sam
from .embeddings import Embedding, LruCache, embedding_cache, result_cache
from .families import family


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


def recommendation() -> str:
    """The official model suggested for the best device here, and why, for a person."""
    from .catalog import recommend_model
    from .fast_encoder import cpu_has_bf16

    device = available_devices()[0]
    bf16 = cpu_has_bf16()
    model = recommend_model(device, bf16)
    if device == "cuda":
        reason = tr("a CUDA GPU")
    elif device == "mps":
        reason = tr("Apple MPS")
    elif bf16:
        reason = tr("a CPU with bfloat16 units: one to two seconds a tile")
    else:
        reason = tr("a CPU without bfloat16 units: the lightest encoder")
    return tr("Recommended here: {model} ({reason}; Models... downloads it)").format(model=model, reason=reason)


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


DEVICE_MEMORY_SHARE = 0.8  # of the free device memory an automatic batch may take


def batch_for_memory(free_bytes: int, per_tile_bytes: int, most: int = MAX_BATCH) -> int:
    """How many tiles to encode together: as many as fit in a share of the free device memory, 1 to ``most``."""
    if per_tile_bytes <= 0:
        return most
    return max(1, min(most, int(free_bytes * DEVICE_MEMORY_SHARE // per_tile_bytes)))


def make_backend(loaded: LoadedSam, device: torch.device, precision: str = "auto"):
    """The backend of ``loaded``'s family (see :mod:`embeddings` and :mod:`families`), on ``device``."""
    return family(loaded.architecture.family).make_backend(loaded.model, device, precision)


class SamEngine:
    """One model (SAM or SAM 2), built once per run (or per QGIS session), used for every tile."""

    def __init__(
        self,
        checkpoint: str,
        device: str = "auto",
        cache: LruCache | None = None,
        precision: str = "auto",
        keep: bool = True,
    ):
        self.device = resolve_device(device)
        self.loaded: LoadedSam = load_sam(checkpoint)
        self.precision = precision
        self.backend = make_backend(self.loaded, self.device, precision)
        self.model = self.backend.model
        self.fast_path = self.backend.fast_path
        # keep=False (a one-off run): nothing is reused, so nothing is kept; memory stays flat
        self.cache = cache if cache is not None else embedding_cache(512 * 2**20 if keep else 0)
        self.results = result_cache(256 * 2**20 if keep else 0)
        self.encoder_runs = 0
        self.encoder_seconds = 0.0  # time spent in the image encoder, all runs
        self.decoder_runs = 0
        self.decoding_seconds = 0.0  # time spent decoding prompt draws (all their rounds), all runs
        self.results_reused = 0
        self.encoder_batches = 0  # encoder passes; one pass may encode several tiles (encode_ahead)
        self._fallback: SamEngine | None = None
        self._ahead: dict[object, Embedding] = {}  # embeddings encoded together, taken once by embed()
        self._batch_cap = 1 << 30  # lowered when a batch runs the device out of memory
        self._auto_batch: int | None = None
        self.adapter_path: str | None = None  # the adapter in use (models/adapter.py)
        self.adapter_base: dict[str, torch.Tensor] | None = None  # the base decoder's tensors, kept when adapted
        self.base_fingerprint: str | None = None

    def use_adapter(self, path: str | None) -> None:
        """Decode with the adapter file ``path`` (None: the base model); the cached embeddings stay."""
        from .adapter import use_adapter

        use_adapter(self, path)

    @property
    def architecture(self):
        """What was read from the checkpoint; ``.variant`` is the model id (``vit_b``, ``sam2.1_hiera_s``...)."""
        return self.loaded.architecture

    @torch.inference_mode()
    def embed(self, rgb: np.ndarray, key: object | None = None) -> Embedding:
        """Encode an ``uint8[H, W, 3]`` image (reusing the cached embedding for ``key``, or the
        one :meth:`encode_ahead` made)."""
        if key is not None:
            if key in self._ahead:
                return self._ahead.pop(key)
            if (hit := self.cache.get(key)) is not None:
                return hit.to(self.device)
        [embedding] = self._encode([(key, rgb)])
        return embedding

    def _encode(self, items: list[tuple[object, np.ndarray]]) -> list[Embedding]:
        """One encoder pass over the images of ``items``, counted, their embeddings cached by key."""
        embeddings, seconds = self.backend.encode([rgb for _, rgb in items])
        self.encoder_seconds += seconds
        self.encoder_runs += len(items)
        self.encoder_batches += 1
        for (key, _), embedding in zip(items, embeddings):
            if key is not None:  # kept in main memory: GPU memory is for the model and the current tiles
                self.cache.put(key, embedding.to("cpu"))
        return embeddings

    def batch_size(self, requested: int = 0) -> int:
        """Tiles to encode together: ``requested`` when above 0; automatic (0): one on a CPU or MPS
        (batching gains nothing there), on CUDA as many as the free memory holds (at most
        :data:`MAX_BATCH`), measured once by encoding a blank tile. Lowered for the rest of the
        engine's life when a batch ran out of memory."""
        if requested > 0:
            return max(1, min(requested, self._batch_cap))
        if self.device.type != "cuda":
            return 1
        if self._auto_batch is None:
            self._auto_batch = self._measure_batch()
        return max(1, min(self._auto_batch, self._batch_cap))

    @torch.inference_mode()
    def _measure_batch(self) -> int:
        """The automatic CUDA batch: the peak memory one blank tile's encoding takes, against what is free."""
        device = self.device
        torch.cuda.synchronize(device)
        torch.cuda.reset_peak_memory_stats(device)
        allocated = torch.cuda.memory_allocated(device)
        try:
            self.backend.encode([np.zeros((1024, 1024, 3), np.uint8)])
        except RuntimeError as exc:
            if not is_out_of_memory(exc):
                raise
            torch.cuda.empty_cache()
            return 1  # not even one tile fits: the tiles will be run on the CPU, one by one
        per_tile = torch.cuda.max_memory_allocated(device) - allocated
        free, _ = torch.cuda.mem_get_info(device)
        free += torch.cuda.memory_reserved(device) - torch.cuda.memory_allocated(device)  # torch's own pool
        return batch_for_memory(free, per_tile)

    @torch.inference_mode()
    def encode_ahead(self, items: list[tuple[object, np.ndarray, list[TilePrompts]]], batch_size: int,
                     on_info=None) -> None:
        """Encode the tiles about to be decoded, ``batch_size`` images per encoder pass; :meth:`embed`
        then takes each embedding once, by key. ``items``: ``(key, rgb, draws)``; an item whose
        embedding is cached, or all of whose draws' results are, is left out. Fewer than two images
        to encode: nothing is done here (they are encoded one by one when asked for).

        If the device runs out of memory, the batch is halved (for the rest of the engine's life,
        and ``on_info`` is told); a single image that does not fit is left to :meth:`predict_draws`,
        which runs it on the CPU.
        """
        self._ahead.clear()
        if batch_size < 2:
            return
        todo = [(key, rgb) for key, rgb, draws in items if key is not None and self._needs_encoder(key, draws)]
        if len(todo) < 2:
            return
        while todo:
            size = min(batch_size, self._batch_cap, len(todo))
            try:
                embeddings = self._encode(todo[:size])
            except RuntimeError as exc:
                if self.device.type == "cpu" or not is_out_of_memory(exc):
                    raise
                if self.device.type == "cuda":
                    torch.cuda.empty_cache()
                if size == 1:
                    return
                self._batch_cap = size // 2
                if on_info is not None:
                    on_info(tr("The {device} device ran out of memory encoding {count} tiles together; now {fewer} "
                               "at a time.").format(device=self.device.type.upper(), count=size, fewer=size // 2))
                continue
            self._ahead.update((key, embedding) for (key, _), embedding in zip(todo[:size], embeddings))
            todo = todo[size:]

    def _needs_encoder(self, key: object, draws: list[TilePrompts]) -> bool:
        if self.cache.get(key) is not None:
            return False
        return any(self.results.get((key, prompts.digest())) is None for prompts in draws)

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
        self._fallback.use_adapter(self.adapter_path)  # the same decoder as this engine's
        embedding = self._fallback.embed(rgb)
        return [self._fallback.segment(embedding, prompts) for prompts in draws]

    @torch.inference_mode()
    def segment(self, embedding: Embedding, prompts: TilePrompts) -> np.ndarray:
        """Run the APT rounds and return the last round's cropland probability ``float32[H, W]``.

        Round k gives the model the points of rounds 1..k and the previous round's low-resolution
        logits as ``mask_input``, so every round refines the mask before it.
        """
        backend, logits = self.backend, None
        start = time.perf_counter()
        state = backend.start(embedding)
        for k in sorted(set(int(r) for r in prompts.rounds)):
            xy, labels = prompts.upto_round(k)
            logits = backend.decode(state, xy, labels, logits)
            self.decoder_runs += 1
        probability = backend.probability(logits, embedding)
        self.decoding_seconds += time.perf_counter() - start
        return probability
