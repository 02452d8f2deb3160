"""What the workers run: the model loaded once per worker, and one tile's whole work.

A tile task reads its image and land cover windows, samples its prompts (the same seeds as in one
process), runs SAM and writes its result file atomically into the shared run folder; it returns a
small summary, never arrays.
"""

from __future__ import annotations

import io
import os
import threading
import time

import numpy as np
from distributed.diagnostics.plugin import WorkerPlugin

from ..config import Config, Feedback
from ..i18n import tr
from .manifest import write_atomically

PLUGIN_NAME = "apt-cropland-model"


class TileVoteCollector:
    """Takes the land covers' votes of the tile being planned (what ``VoteRasters`` writes in one process)."""

    def __init__(self, rule: str):
        self.rule = rule
        self.counts = self.verdict = None

    def write(self, window, votes, rule: str) -> None:
        self.counts, self.verdict = votes.counts(), votes.verdict(rule)


_ENGINE_LOCK = threading.Lock()


class ModelPlugin(WorkerPlugin):
    """A Dask worker plugin: the SAM model of the run, built once when the worker starts."""

    name = PLUGIN_NAME

    def __init__(self, checkpoint: str, device: str, precision: str):
        self.checkpoint, self.device, self.precision = checkpoint, device, precision
        self.engine = None

    def setup(self, worker=None) -> None:
        self.get_engine()

    def get_engine(self):
        with _ENGINE_LOCK:
            if self.engine is None:
                from ..sam_engine import SamEngine

                self.engine = SamEngine(self.checkpoint, self.device, precision=self.precision, keep=False)
        return self.engine

    def teardown(self, worker=None) -> None:
        self.engine = None


def _engine(config: Config):
    """This worker's engine (from its plugin), or one built here when run without a plugin."""
    try:
        from distributed import get_worker

        plugin = get_worker().plugins.get(PLUGIN_NAME)
    except (ImportError, ValueError):
        plugin = None
    if plugin is None:
        plugin = _LOCAL.setdefault((config.checkpoint, config.device, config.precision),
                                   ModelPlugin(config.checkpoint or "", config.device, config.precision))
    return plugin.get_engine()


_LOCAL: dict[tuple, ModelPlugin] = {}


def run_tile(config: Config, index: int, path: str) -> dict:
    """Plan, segment and save tile ``index``; returns its summary (written to ``path``, atomically)."""
    from ..planning import bounded_gdal_cache, make_plan
    from ..segmentation import segment_tile
    from ..temporal import open_imagery

    start = time.perf_counter()
    engine = _engine(config)
    collector = TileVoteCollector(config.agreement) if config.glc else None
    with bounded_gdal_cache():
        plan = make_plan(config, Feedback(), (0, 100), collector, only={index})
        [tile], [report] = plan.tiles, plan.reports
        with open_imagery(config) as image:
            label = tr("Tile {index}").format(index=index)
            vote = segment_tile(plan, tile, image, engine, Feedback(), label, report.skipped)
    arrays = dict(probability=vote.probability, valid=vote.valid, scale=np.float64(vote.scale),
                  window=np.array(tile.key, dtype=np.int64))
    if vote.variance is not None:
        arrays["variance"] = vote.variance
    if collector is not None and collector.counts is not None:
        arrays["counts"], arrays["verdict"] = collector.counts, collector.verdict
    points = plan.points
    for name in ("x", "y", "label", "round", "tile"):
        arrays[f"points_{name}"] = getattr(points, name)
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    write_atomically(path, buffer.getvalue())
    return {"tile": index, "skipped": vote.skipped, "notes": list(report.notes),
            "seconds": round(time.perf_counter() - start, 3), "worker": os.getpid()}
