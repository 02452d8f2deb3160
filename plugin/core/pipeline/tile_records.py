"""An in-process run's tiles in its run folder: those recorded before are read back, the others
saved as they finish, in the cluster's file format (a run started here may be finished there)."""

from __future__ import annotations

import numpy as np
import rasterio
from rasterio.windows import Window

from ..landcover.agreement import NO_DATA_VOTES, VERDICT_NODATA
from ..landcover.vote_rasters import VoteRasters
from ..prompts.points import PromptPoints
from ..tiles.windows import intersect
from .planning import PromptPlan
from .run_folder import Manifest, load_tile, save_tile
from .segmentation import TileVote


class TileRecords:
    """Which of ``plan``'s tiles (by position) are to compute, and each tile's record."""

    def __init__(self, manifest: Manifest, plan: PromptPlan, votes: VoteRasters | None, analyst_points: bool):
        self.manifest, self.plan, self.votes = manifest, plan, votes
        self.analyst_points = analyst_points
        self.todo = [i for i, tile in enumerate(plan.tiles) if not manifest.done(tile.index)]
        self.reused = len(plan.tiles) - len(self.todo)
        self._rasters = None

    def skipped(self, i: int) -> str | None:
        """Why a recorded tile was skipped (None: it was segmented)."""
        return self.manifest.finished[str(self.plan.tiles[i].index)].get("skipped")

    def load(self, i: int) -> TileVote:
        """The vote of a recorded tile, as it was computed."""
        tile = self.plan.tiles[i]
        data = load_tile(self.manifest.tile_path(tile.index))
        return TileVote(tile.window, data["probability"], data["valid"], float(data["scale"]), data.get("variance"),
                        self.skipped(i))

    def save(self, i: int, vote: TileVote) -> None:
        """Write a finished tile's file (atomically), then record it in the manifest."""
        tile = self.plan.tiles[i]
        points = PromptPoints.concat([]) if self.analyst_points else self.plan.points.of_tile(tile.index)
        save_tile(self.manifest.tile_path(tile.index), tile, vote, points, self._land_cover_votes(tile.window))
        self.manifest.record(tile.index, {"tile": tile.index, "skipped": vote.skipped,
                                          "notes": list(self.plan.reports[i].notes)})

    def _land_cover_votes(self, window: Window) -> tuple[np.ndarray, np.ndarray] | None:
        """The tile's agreement counts and verdict, read back from the planning's rasters (what a
        cluster task stores), no data outside the processed area."""
        if self.votes is None:
            return None
        if self._rasters is None:
            self._rasters = (rasterio.open(self.votes.agreement_path), rasterio.open(self.votes.verdict_path))
        shape = (int(window.height), int(window.width))
        counts, verdict = np.full(shape, NO_DATA_VOTES, np.uint8), np.full(shape, VERDICT_NODATA, np.uint8)
        area = self.votes.area
        part = intersect(window, area)
        if part is not None:
            r0, c0 = int(part.row_off - window.row_off), int(part.col_off - window.col_off)
            rows, cols = slice(r0, r0 + int(part.height)), slice(c0, c0 + int(part.width))
            target = Window(part.col_off - area.col_off, part.row_off - area.row_off, part.width, part.height)
            counts[rows, cols] = self._rasters[0].read(1, window=target)
            verdict[rows, cols] = self._rasters[1].read(1, window=target)
        return counts, verdict

    def close(self) -> None:
        if self._rasters is not None:
            for dataset in self._rasters:
                dataset.close()
            self._rasters = None
