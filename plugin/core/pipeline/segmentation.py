"""Tiles through SAM: their views (one, or each date of a temporal ensemble) encoded, several
tiles per encoder pass where the device has the memory, every prompt draw decoded on one
embedding per view, and each tile's vote for the mosaic (mean and variance).

The in-process run and the cluster's tile tasks both go through :func:`segment_tiles`, so a tile
comes out the same wherever it is computed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from rasterio.windows import Window

from ..config import Feedback
from ..i18n import tr
from ..imagery.reader import ImageReader
from ..imagery.temporal import ImageSeries, date_votes
from ..prompts.sampling import TilePrompts
from ..tiles.layout import Tile
from ..tiles.mosaic import QUIET_VOTE
from .planning import PromptPlan


@dataclass
class TileVote:
    """What a tile adds to the mosaic: its probability where valid, with a weight scale and the
    variance of its votes (prompt draws, dates; None: one vote)."""

    window: Window
    probability: np.ndarray
    valid: np.ndarray
    scale: float = 1.0
    variance: np.ndarray | None = None
    skipped: str | None = None

    def add_to(self, mosaic) -> None:
        mosaic.add(self.window, self.probability, self.valid, scale=self.scale, variance=self.variance)


def tile_views(image: ImageReader | ImageSeries, window) -> list[tuple[tuple, np.ndarray, np.ndarray]]:
    """``(identity, rgb, valid)`` of each SAM input of a tile: one, or each date of a temporal ensemble."""
    if isinstance(image, ImageSeries):
        return image.views(window)
    rgb, valid = image.read(window)
    return [(image.identity(), rgb, valid)]


def tile_draws(plan: PromptPlan, tile: Tile, skipped: str | None = None) -> tuple[str | None, list[TilePrompts]]:
    """Why ``tile`` is skipped (None: it is not), and otherwise the prompts of each of its draws."""
    prompts = plan.points.for_tile(plan.grid, tile, plan.layout)
    if skipped or prompts.skipped:
        return skipped or prompts.skipped, []
    return None, [d for d in plan.prompt_draws(tile, prompts) if not d.skipped]


def segment_tiles(plan: PromptPlan, tiles: list[Tile], skipped: list[str | None], image: ImageReader | ImageSeries,
                  engine, feedback: Feedback, labels: list[str], views: list[list] | None = None,
                  batch_size: int = 1) -> Iterator[TileVote]:
    """The votes of ``tiles``, in order, their images encoded together ``batch_size`` at a time
    (all of a tile's views, the dates of a temporal ensemble too) before each is decoded.
    ``skipped``: each tile's reason to be skipped, from the plan; ``views``: their
    :func:`tile_views`, when already read (prefetched)."""
    views = [tile_views(image, t.window) for t in tiles] if views is None else views
    drawn = [tile_draws(plan, tile, reason) for tile, reason in zip(tiles, skipped)]
    engine.encode_ahead(
        [((identity, tile.key), rgb, draws)
         for tile, (reason, draws), its_views in zip(tiles, drawn, views) if reason is None
         for identity, rgb, _ in its_views],
        batch_size,
        on_info=feedback.info,
    )
    for tile, (reason, draws), its_views, label in zip(tiles, drawn, views, labels):
        yield _vote(tile, reason, draws, its_views, engine, feedback, label)


def _vote(tile: Tile, skipped: str | None, draws: list[TilePrompts], views: list, engine, feedback: Feedback,
          label: str) -> TileVote:
    """The tile's vote; a tile without prompts (``skipped``, or no points in it) votes "not cropland"
    with a quiet weight, enough to give its pixels a value without diluting a neighbour's result."""
    valid = np.logical_or.reduce([v for _, _, v in views])
    if skipped:
        return TileVote(tile.window, np.zeros(valid.shape, np.float32), valid, QUIET_VOTE, skipped=skipped)
    per_view = [
        engine.predict_draws(
            rgb, draws, key=(identity, tile.key),
            on_info=lambda m: feedback.info(tr("{tile}: {message}").format(tile=label, message=m)),
        )
        for identity, rgb, _ in views
    ]
    if len(views) > 1:  # a temporal ensemble: the dates vote where they have data
        mean, variance, valid = date_votes(per_view, [v for _, _, v in views])
        return TileVote(tile.window, mean, valid, variance=variance)
    probabilities = per_view[0]
    if len(probabilities) == 1:
        return TileVote(tile.window, probabilities[0], valid)
    votes = np.stack(probabilities).astype(np.float64)
    return TileVote(tile.window, votes.mean(axis=0).astype(np.float32), valid,
                    variance=votes.var(axis=0).astype(np.float32))
