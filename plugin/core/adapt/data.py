"""What training runs on: the labelled tiles, their split, prompt draws per epoch and embeddings.

Each labelled tile keeps its label codes and the land covers' agreed regions (bit-packed) that
APT prompts are sampled from; a tile's prompts are redrawn every epoch from the seed and the epoch
(so the decoder learns the prompting, not one draw), while validation and the before/after
metrics use the run's own draw (the seed alone, as ``pipeline/planning.py`` draws it).

Embeddings are computed once per tile by the engine (its cache, keyed as in a run, so a later run
decodes only) and kept here as ordinary tensors (autograd cannot use inference-mode ones); beyond
the memory bound they are written to the run folder and read back, weights only, when needed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np
import torch

from ..i18n import tr
from ..models.embeddings import Embedding
from ..prompts.sampling import TilePrompts, sample_prompts
from ..tiles.layout import Tile
from .labels import CROPLAND_CODES, NONE, STRONG_NOT, WEAK_CROP, WEAK_NOT

EPOCH_STREAM = 7207  # in the seed of the per-epoch draws: never equal to a run's own draw


@dataclass
class TrainingTile:
    """One labelled tile: its label codes and the packed regions its prompts are drawn from."""

    tile: Tile
    key: tuple  # the engine's embedding cache key (image identity, tile window)
    codes: np.ndarray
    cropland: np.ndarray  # np.packbits of the agreed cropland region
    region: np.ndarray  # np.packbits of the agreed cropland | not cropland region
    margin_px: int

    @property
    def shape(self) -> tuple[int, int]:
        return self.codes.shape

    def _unpack(self, packed: np.ndarray) -> np.ndarray:
        h, w = self.shape
        return np.unpackbits(packed, count=h * w).reshape(h, w).astype(bool)

    def prompts(self, seed: int, points: int, rounds: int, epoch: int | None = None) -> TilePrompts:
        """APT prompts of this tile: the run's own draw (``epoch`` None) or the draw of an epoch."""
        key = [seed, *self.tile.key] if epoch is None else [seed, *self.tile.key, EPOCH_STREAM, epoch]
        return sample_prompts(self._unpack(self.cropland), self._unpack(self.region), points, self.margin_px,
                              rounds, np.random.SeedSequence(key))

    def counts(self) -> tuple[int, int]:
        """Labelled pixels ``(strong, weak)``."""
        return int(np.count_nonzero(self.codes >= STRONG_NOT)), int(
            np.count_nonzero((self.codes == WEAK_NOT) | (self.codes == WEAK_CROP)))

    def reference(self, strong: bool) -> tuple[np.ndarray, np.ndarray]:
        """``(cropland, labelled)`` of the strong labels (or of every label when ``strong`` is False)."""
        labelled = self.codes >= STRONG_NOT if strong else self.codes != NONE
        return np.isin(self.codes, CROPLAND_CODES), labelled


def pack(mask: np.ndarray) -> np.ndarray:
    return np.packbits(mask.ravel())


def split_tiles(tiles: list[TrainingTile], share: float, seed: int) -> tuple[list[TrainingTile], list[TrainingTile]]:
    """``(train, validation)``: ``share`` of the tiles held out, chosen from ``seed``; at least one
    when there are two or more, and at least one left to train on."""
    n = len(tiles)
    if n < 2:
        return list(tiles), []
    count = min(n - 1, max(1, int(round(share * n))))
    order = np.random.default_rng(np.random.SeedSequence([seed, 1229])).permutation(n)
    held = set(int(i) for i in order[:count])
    return [t for i, t in enumerate(tiles) if i not in held], [t for i, t in enumerate(tiles) if i in held]


def epoch_order(n: int, seed: int, epoch: int) -> list[int]:
    """The training tiles' order in an epoch (from the seed and the epoch)."""
    return [int(i) for i in np.random.default_rng(np.random.SeedSequence([seed, 3571, epoch])).permutation(n)]


class EmbeddingStore:
    """Tile embeddings for training: in memory up to ``max_bytes``, beyond that in files in ``folder``."""

    def __init__(self, folder: str, max_bytes: int, device: torch.device):
        self.folder = folder
        self.max_bytes = max_bytes
        self.device = device
        self.in_memory: dict[object, Embedding] = {}
        self.on_disk: dict[object, str] = {}
        self.nbytes = 0

    def put(self, key: object, embedding: Embedding) -> None:
        """Keep a copy of ``embedding`` (made outside inference mode, on the CPU)."""
        with torch.inference_mode(False):
            copy = Embedding(embedding.features.detach().to("cpu").clone(), embedding.original_size,
                             embedding.input_size, tuple(t.detach().to("cpu").clone() for t in embedding.extra))
        if self.nbytes + copy.nbytes <= self.max_bytes:
            self.in_memory[key] = copy
            self.nbytes += copy.nbytes
            return
        path = os.path.join(self.folder, f"embedding_{len(self.on_disk)}.pt")
        torch.save({"features": copy.features, "extra": list(copy.extra), "original_size": list(copy.original_size),
                    "input_size": list(copy.input_size)}, path)
        self.on_disk[key] = path

    def __contains__(self, key: object) -> bool:
        return key in self.in_memory or key in self.on_disk

    def get(self, key: object) -> Embedding:
        """The embedding of ``key`` on the training device."""
        if key in self.in_memory:
            return self.in_memory[key].to(self.device)
        saved = torch.load(self.on_disk[key], map_location="cpu", weights_only=True)
        return Embedding(saved["features"], tuple(saved["original_size"]), tuple(saved["input_size"]),
                         tuple(saved["extra"])).to(self.device)


def describe_split(train: int, validation: int) -> str:
    """What the split is, for the log."""
    if validation == 0:
        return tr("{train} labelled tile(s), none held out: the metrics are measured on the training tile, and "
                  "there is no early stopping. Label at least two tiles to validate.").format(train=train)
    return tr("{train} tiles to train on, {validation} held out for validation.").format(
        train=train, validation=validation)
