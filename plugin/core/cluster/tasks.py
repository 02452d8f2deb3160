"""What the workers run: the model loaded once per worker, and one tile's whole work.

A tile task reads its image and land cover windows, samples its prompts (the same seeds as in one
process), runs SAM and writes its result file atomically into the shared run folder; it returns a
small summary, never arrays.
"""

from __future__ import annotations

import os
import threading
import time

import numpy as np
from distributed.diagnostics.plugin import WorkerPlugin

from ..config import Config, Feedback
from ..i18n import tr
from ..pipeline.run_folder import save_tile
from ..prompts.points import PromptPoints

PLUGIN_NAME = "apt-cropland-model"


class TileVoteCollector:
    """Takes the land covers' votes of the tiles being planned, by tile (what ``VoteRasters`` writes
    in one process): ``(counts, verdict)`` by the tile window's offsets."""

    def __init__(self):
        self.by_tile: dict[tuple[int, int], tuple[np.ndarray, np.ndarray]] = {}

    def write(self, window, votes, rule: str) -> None:
        self.by_tile[(window.col_off, window.row_off)] = (votes.counts(), votes.verdict(rule))

    def of(self, window) -> tuple[np.ndarray, np.ndarray] | None:
        return self.by_tile.get((window.col_off, window.row_off))


_ENGINE_LOCK = threading.Lock()


class ModelPlugin(WorkerPlugin):
    """The SAM model of a run, built once per worker process. The client does not register it (see
    ``runner._compute``): a tile task builds it on its worker at the first tile (:func:`_engine`). It
    stays a Dask worker plugin so that a cluster's operator may still register it to load the model
    when each worker starts."""

    name = PLUGIN_NAME

    def __init__(self, checkpoint: str, device: str, precision: str):
        self.checkpoint, self.device, self.precision = checkpoint, device, precision
        self.engine = None

    @property
    def key(self) -> tuple[str, str, str]:
        return self.checkpoint, self.device, self.precision

    def setup(self, worker=None) -> None:
        self.get_engine()

    def get_engine(self):
        with _ENGINE_LOCK:
            if self.engine is None:
                from ..models.sam_engine import SamEngine

                self.engine = SamEngine(self.checkpoint, self.device, precision=self.precision, keep=False)
        return self.engine

    def teardown(self, worker=None) -> None:
        self.engine = None


def _engine(config: Config):
    """This worker's engine of the task's model: a registered plugin's when it holds that model,
    else one built here at the worker's first tile and kept for its next tiles. A worker that
    joins mid-run, or replaces a dead one, builds its own the same way."""
    key = (config.checkpoint or "", config.device, config.precision)
    try:
        from distributed import get_worker

        plugin = get_worker().plugins.get(PLUGIN_NAME)
    except (ImportError, ValueError):
        plugin = None
    if not isinstance(plugin, ModelPlugin) or plugin.key != key:  # none, or another run's model
        with _ENGINE_LOCK:
            plugin = _LOCAL.get(key)
            if plugin is None:
                _LOCAL.clear()  # one model a worker: a long-lived worker given another model frees the last
                plugin = _LOCAL[key] = ModelPlugin(*key)
    engine = plugin.get_engine()
    if config.fields_output and engine.cache.max_bytes == 0:  # the fields decode right after the tile's rounds,
        from ..models.embeddings import embedding_cache  # on the embedding the rounds used: keep it

        engine.cache = embedding_cache()
    engine.use_adapter(config.adapter)  # the run's adapter (or the base decoder): the same on every worker
    return engine


_LOCAL: dict[tuple, ModelPlugin] = {}


def run_tiles(config: Config, indices: list[int], paths: list[str]) -> list[dict]:
    """Plan, segment and save the tiles ``indices`` (their images encoded together, up to the
    configuration's batch size), each into its ``paths`` entry, atomically; returns their summaries."""
    from ..gdal_cache import bounded_gdal_cache
    from ..imagery.temporal import open_imagery
    from ..pipeline.planning import make_plan
    from ..pipeline.segmentation import segment_tiles, tile_views

    start = time.perf_counter()
    engine = _engine(config)
    passes = engine.encoder_batches
    collector = TileVoteCollector() if config.glc else None
    summaries = []
    with bounded_gdal_cache():
        plan = make_plan(config, Feedback(), (0, 100), collector, only=set(indices))
        position = {tile.index: i for i, tile in enumerate(plan.tiles)}
        tiles = [plan.tiles[position[index]] for index in indices]
        reports = [plan.reports[position[index]] for index in indices]
        with open_imagery(config) as image:
            labels = [tr("Tile {index}").format(index=index) for index in indices]
            views = [tile_views(image, t.window) for t in tiles]
            votes = segment_tiles(plan, tiles, [r.skipped for r in reports], image, engine, Feedback(), labels,
                                  views=views, batch_size=engine.batch_size(config.batch_size))
            for tile, report, path, vote, its_views in zip(tiles, reports, paths, votes, views):
                # the points generated for the tile (the analyst's, when given, are the client's to write)
                points = plan.points.of_tile(tile.index) if config.prompts is None else PromptPoints.concat([])
                fields = None
                if config.fields_output and not vote.skipped:  # a tile without prompts is not encoded here
                    from ..fields.stored import task_masks

                    fields = task_masks(engine, config, plan.grid, tile, its_views[0])
                save_tile(path, tile, vote, points, None if collector is None else collector.of(tile.window),
                          fields)
                summaries.append({"tile": tile.index, "skipped": vote.skipped, "notes": list(report.notes),
                                  "worker": os.getpid()})
    task = {"seconds": round((time.perf_counter() - start) / max(1, len(summaries)), 3),  # a tile's share
            "task_tiles": len(indices), "task_encoder_passes": engine.encoder_batches - passes}
    return [dict(summary, **task) for summary in summaries]

