"""One tile through SAM: its views (one, or each date of a temporal ensemble), every prompt draw
decoded on one embedding per view, and the tile's vote for the mosaic (mean and variance).

The in-process run and the cluster's tile tasks both go through :func:`segment_tile`, so a tile
comes out the same wherever it is computed.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from rasterio.windows import Window

from .config import Feedback
from .i18n import tr
from .imagery import ImageReader
from .planning import PromptPlan
from .temporal import ImageSeries, date_votes
from .tiles import QUIET_VOTE, Tile


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


def segment_tile(plan: PromptPlan, tile: Tile, image: ImageReader | ImageSeries, engine, feedback: Feedback,
                 label: str, skipped: str | None = None, views: list | None = None) -> TileVote:
    """The tile's vote; a tile without prompts (``skipped``, or no points in it) votes "not cropland"
    with a quiet weight, enough to give its pixels a value without diluting a neighbour's result.
    ``views``: the tile's :func:`tile_views`, when already read (prefetched)."""
    views = tile_views(image, tile.window) if views is None else views
    valid = np.logical_or.reduce([v for _, _, v in views])
    prompts = plan.points.for_tile(plan.grid, tile, plan.layout)
    if skipped or prompts.skipped:
        return TileVote(tile.window, np.zeros(valid.shape, np.float32), valid, QUIET_VOTE,
                        skipped=skipped or prompts.skipped)
    draws = [d for d in plan.prompt_draws(tile, prompts) if not d.skipped]
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
