"""The one model interface of the core: a tile's embedding, and the caches that keep embeddings.

Every model family (SAM, SAM 2, HQ-SAM) sits behind a *backend* with three calls (see :class:`Backend`):
``encode`` a tile into an :class:`Embedding`, ``decode`` one APT round on it, and turn the last
round's logits into a probability. The pipeline, the caches, the tasks, Processing and the dock see
only :class:`~.sam_engine.SamEngine`, which drives a backend and does not care which.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Callable, Protocol

import numpy as np
import torch


@dataclass
class Embedding:
    """The encoder's output for one tile, plus the sizes needed to map prompts and masks.

    ``features`` is the (1, C, 64, 64) image embedding; ``extra`` holds whatever else the decoder
    needs (SAM 2's two high-resolution feature maps, HQ-SAM's HQ features), counted in the same memory bound.
    """

    features: torch.Tensor
    original_size: tuple[int, int]
    input_size: tuple[int, int]
    extra: tuple[torch.Tensor, ...] = ()

    @property
    def nbytes(self) -> int:
        return sum(t.element_size() * t.nelement() for t in (self.features, *self.extra))

    def to(self, device: torch.device | str) -> Embedding:
        """The same embedding with its tensors on ``device``."""
        return Embedding(self.features.to(device), self.original_size, self.input_size,
                         tuple(t.to(device) for t in self.extra))


def split_batch(batch: torch.Tensor) -> list[torch.Tensor]:
    """A batch's items as tensors of their own (batch size 1 each), so that keeping one tile's
    embedding in a cache does not keep the whole batch's memory alive."""
    if batch.shape[0] == 1:
        return [batch]
    return [item.clone() for item in batch.split(1)]


class Backend(Protocol):
    """One model family: what :class:`~.sam_engine.SamEngine` needs of it."""

    model: torch.nn.Module
    fast_path: str

    def encode(self, rgbs: list[np.ndarray]) -> tuple[list[Embedding], float]:
        """The embeddings of ``uint8[H, W, 3]`` tiles, encoded as one batch, and the seconds the
        image encoder took for them all."""

    def start(self, embedding: Embedding) -> object:
        """What the rounds of one prompt draw share (made once per draw)."""

    def decode(self, state: object, xy: np.ndarray, labels: np.ndarray, logits: torch.Tensor | None) -> torch.Tensor:
        """One round: points (continuous tile pixels) and the previous round's low-res logits -> new logits."""

    def probability(self, logits: torch.Tensor, embedding: Embedding) -> np.ndarray:
        """The last round's logits as a ``float32[H, W]`` probability on the tile."""


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

    @property
    def nbytes(self) -> int:
        return self._bytes

    def clear(self) -> None:
        self._items.clear()
        self._bytes = 0

    def __len__(self) -> int:
        return len(self._items)


def embedding_cache(max_bytes: int = 512 * 2**20) -> LruCache:
    """Tile embeddings kept while QGIS runs (4 MB a tile for SAM, 16 MB for SAM 2 with its
    high-resolution features, 12 MB for HQ-SAM with its HQ features), all counted against ``max_bytes``."""
    return LruCache(max_bytes, lambda e: e.nbytes)


def result_cache(max_bytes: int = 256 * 2**20) -> LruCache:
    """Tile probabilities for unchanged prompts, so an edit re-runs only the tiles it touched."""
    return LruCache(max_bytes, lambda a: a.nbytes)
