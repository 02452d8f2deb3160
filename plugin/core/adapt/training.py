"""The training itself: APT rounds through the official decoder modules with autograd,
class-balanced BCE plus Dice, Adam, early stopping on the validation loss, and the validation
metrics of a decoder as a run would use it (the engine's own inference path).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np
import torch
from torch.nn.functional import binary_cross_entropy_with_logits

from ..accuracy.metrics import Scores, scores
from ..config import Feedback
from ..errors import AptCancelledError
from ..i18n import tr
from ..models.adapter import set_decoder, trainable
from ..prompts.sampling import TilePrompts
from .data import EmbeddingStore, TrainingTile, epoch_order
from .labels import targets

MIN_IMPROVEMENT = 1e-4  # of the validation loss, to count as better


@dataclass
class TrainSettings:
    """How to train: the prompts (as the run draws them) and the optimiser's settings."""

    seed: int
    points: int
    rounds: int
    epochs: int = 20
    learning_rate: float = 1e-4
    weak_weight: float = 0.3
    patience: int = 3  # epochs without a better validation loss before stopping
    threshold: float = 0.5


@dataclass
class Training:
    """What training gave: the best decoder tensors and the loss curves."""

    tensors: dict[str, torch.Tensor]
    train_loss: list[float] = field(default_factory=list)
    validation_loss: list[float] = field(default_factory=list)
    best_epoch: int = 0
    seconds: float = 0.0

    @property
    def epochs_run(self) -> int:
        return len(self.train_loss)


def balanced_loss(logits: torch.Tensor, target: torch.Tensor, weight: torch.Tensor) -> torch.Tensor:
    """Class-balanced binary cross-entropy (each class present weighs half) plus soft Dice, both
    weighted per pixel (strong labels 1, weak ones their weight, unlabelled 0)."""
    positive, negative = weight * target, weight * (1 - target)
    sums = [positive.sum(), negative.sum()]
    present = [s > 0 for s in sums]
    share = 1.0 / max(1, sum(bool(p) for p in present))
    coefficient = sum(part * (share / s) for part, s, p in zip((positive, negative), sums, present) if p)
    bce = (coefficient * binary_cross_entropy_with_logits(logits, target, reduction="none")).sum()
    p = torch.sigmoid(logits)
    dice = 1 - (2 * (weight * p * target).sum() + 1) / ((weight * p).sum() + (weight * target).sum() + 1)
    return bce + dice


def tile_loss(backend, embedding, tile: TrainingTile, prompts: TilePrompts, weak_weight: float,
              device: torch.device) -> torch.Tensor:
    """The loss of one tile's APT rounds (the mean over rounds), each round fed the previous one's logits."""
    target, weight = (torch.as_tensor(a, device=device) for a in targets(tile.codes, weak_weight))
    logits, losses = None, []
    for k in sorted(set(int(r) for r in prompts.rounds)):
        xy, labels = prompts.upto_round(k)
        logits = backend.train_decode(embedding, xy, labels, None if logits is None else logits.detach())
        losses.append(balanced_loss(backend.tile_logits(logits, embedding)[0, 0], target, weight))
    return torch.stack(losses).mean()


def _check(feedback: Feedback) -> None:
    if feedback.is_cancelled():
        raise AptCancelledError(tr("Cancelled: no adapter was written."))


def validation_loss(backend, tiles: list[TrainingTile], store: EmbeddingStore, settings: TrainSettings,
                    device: torch.device) -> float:
    """The mean loss of the held-out tiles with their run draws (no gradients)."""
    with torch.no_grad():
        values = [float(tile_loss(backend, store.get(t.key), t, t.prompts(settings.seed, settings.points,
                                                                          settings.rounds),
                                  settings.weak_weight, device)) for t in tiles]
    return float(np.mean(values)) if values else float("nan")


def train(engine, train_tiles: list[TrainingTile], validation: list[TrainingTile], store: EmbeddingStore,
          settings: TrainSettings, feedback: Feedback, span: tuple[float, float] = (0, 100)) -> Training:
    """Adam on the decoder (and the prompt encoder's learned embeddings) for up to ``settings.epochs``
    epochs, stopping when the validation loss has not improved for ``settings.patience`` epochs; the
    best epoch's tensors are returned and the engine's model is left as it was."""
    backend, device = engine.backend, engine.device
    params = trainable(backend)
    start_tensors = {k: p.detach().clone() for k, p in params.items()}
    optimiser = torch.optim.Adam(list(params.values()), lr=settings.learning_rate)
    result = Training({k: v.clone() for k, v in start_tensors.items()})
    best = validation_loss(backend, validation, store, settings, device) if validation else float("inf")
    waited, started = 0, time.perf_counter()
    steps = settings.epochs * max(1, len(train_tiles))
    try:
        for epoch in range(settings.epochs):
            losses = []
            for i, index in enumerate(epoch_order(len(train_tiles), settings.seed, epoch)):
                _check(feedback)
                tile = train_tiles[index]
                prompts = tile.prompts(settings.seed, settings.points, settings.rounds, epoch)
                if prompts.skipped:
                    continue
                with torch.enable_grad():
                    loss = tile_loss(backend, store.get(tile.key), tile, prompts, settings.weak_weight, device)
                    optimiser.zero_grad(set_to_none=True)
                    loss.backward()
                    optimiser.step()
                losses.append(float(loss.detach()))
                done = epoch * len(train_tiles) + i + 1
                feedback.progress(span[0] + (span[1] - span[0]) * done / steps,
                                  tr("Epoch {epoch}/{epochs}").format(epoch=epoch + 1, epochs=settings.epochs))
            result.train_loss.append(float(np.mean(losses)) if losses else float("nan"))
            current = validation_loss(backend, validation, store, settings, device) if validation else float("nan")
            result.validation_loss.append(current)
            feedback.info(tr("Epoch {epoch}/{epochs}: training loss {train:.4f}, validation loss "
                             "{validation:.4f}").format(
                epoch=epoch + 1, epochs=settings.epochs, train=result.train_loss[-1], validation=current))
            if not validation or current < best - MIN_IMPROVEMENT:
                best, waited, result.best_epoch = current, 0, epoch + 1
                result.tensors = {k: p.detach().clone() for k, p in params.items()}
            else:
                waited += 1
                if waited >= settings.patience:
                    feedback.info(tr("Early stop: the validation loss has not improved for {count} epochs; the "
                                     "decoder of epoch {best} is kept.").format(count=waited, best=result.best_epoch))
                    break
    finally:
        set_decoder(engine, start_tensors)  # the engine's model as it was; the faces apply the adapter file
    result.seconds = time.perf_counter() - started
    return result


def measure(engine, tiles: list[TrainingTile], store: EmbeddingStore, settings: TrainSettings,
            strong: bool) -> Scores:
    """OA, F1, IoU... of the engine's decoder on ``tiles``' labels, run as a run runs it (the run's draw,
    the inference path), pixels above the threshold called cropland."""
    matrix = np.zeros((2, 2))
    for tile in tiles:
        prompts = tile.prompts(settings.seed, settings.points, settings.rounds)
        if prompts.skipped:
            continue
        probability = engine.segment(store.get(tile.key), prompts)
        reference, labelled = tile.reference(strong)
        mapped = probability[labelled] >= settings.threshold
        ref = reference[labelled]
        for m in (0, 1):
            for r in (0, 1):
                matrix[m, r] += np.count_nonzero((mapped == bool(m)) & (ref == bool(r)))
    return scores(matrix)
