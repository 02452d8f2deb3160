"""The client side of a cluster run: tiles submitted a few at a time, retried, recorded; then the
tile results blended in tile order and vectorised as in one process (same probabilities, same
polygons: a field across a tile border is one polygon)."""

from __future__ import annotations

import dataclasses
import os
import shutil
import tempfile

from ..config import MAX_BATCH, Config, Feedback
from ..errors import AptInputError
from ..gdal_cache import bounded_gdal_cache
from ..geo import extent_to_window
from ..i18n import tr
from ..imagery.temporal import open_imagery
from ..landcover.vote_rasters import VoteRasters
from ..pipeline.in_process import OUTPUTS
from ..pipeline.outputs import write_outputs
from ..pipeline.planning import check_cancel, validate
from ..pipeline.result import Result, output_paths
from ..pipeline.run_folder import POINT_FIELDS, load_tile
from ..pipeline.staging import StagedOutputs
from ..prompts.points import PromptPoints
from ..tiles.layout import TileLayout
from ..tiles.mosaic import ProbabilityMosaic
from ..vectors.points_io import PROMPTS_FILE as PROMPTS
from .manifest import Manifest
from .security import TlsFiles, cluster_security
from .tasks import run_tiles

TASKS_PER_WORKER = 2  # submitted ahead of the results: the client's memory does not grow with the tiles


def _client(workers: int, scheduler: str | None, gpus_per_worker: float, security=None):
    """A client of the given scheduler (over TLS with ``security``), or of a new local cluster of
    ``workers`` processes."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise AptInputError(
            tr("Running on a cluster needs the Python package dask[distributed]: install it (the plugin's "
               "dependency installer offers it), or run with --workers 0.")
        ) from None
    if scheduler:
        try:
            return Client(scheduler, timeout="30s", security=security), None
        except (OSError, TimeoutError, ValueError) as exc:
            raise AptInputError(
                tr("Cannot reach the Dask scheduler {address}: {error}").format(address=scheduler, error=exc)
            ) from None
    resources = {"GPU": gpus_per_worker} if gpus_per_worker else None
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, resources=resources,
                           dashboard_address=None)
    return Client(cluster), cluster


def tasks_tiles(config: Config, gpus_per_worker: float, tiles_per_task: int = 0) -> int:
    """Tiles per task: ``tiles_per_task`` when above 0; else the encoder batch size when one is set,
    a full automatic batch on GPU workers (so that their tiles share encoder passes), one on CPUs."""
    if tiles_per_task > 0:
        return tiles_per_task
    if config.batch_size > 0:
        return config.batch_size
    return MAX_BATCH if gpus_per_worker > 0 else 1


def run_on_cluster(config: Config, out: str, workers: int = 2, scheduler: str | None = None,
                   gpus_per_worker: float = 0.0, retries: int = 3, resume: bool = False,
                   feedback: Feedback | None = None, tiles_per_task: int = 0, tls: TlsFiles | None = None) -> Result:
    """The whole pipeline with one Dask task per tile or small group of tiles (:func:`tasks_tiles`);
    results and the manifest go into ``out``. A ``tls://`` scheduler needs ``tls``'s three files."""
    feedback = feedback or Feedback()
    validate(config)
    security = cluster_security(scheduler, tls)
    if tiles_per_task < 0:
        raise AptInputError(tr("Tiles per task is a number of tiles, or 0 for automatic."))
    if not config.glc:
        raise AptInputError(tr("A cluster run samples its prompts from a land cover: choose one (--glc)."))
    if (config.concept or "").strip():
        raise AptInputError(
            tr("The concept vote runs on this computer only: leave the concept empty for a cluster run."))
    params = _field_params(config)
    manifest = Manifest(out, config, resume)  # a folder of another configuration is refused first
    prompts = os.path.join(out, PROMPTS)  # checked as the in-process run checks it, before anything runs
    for path in (config.output, config.probability_output, config.uncertainty_output, config.agreement_output,
                 config.review_output, prompts):
        if path and os.path.exists(path) and not config.overwrite:
            raise AptInputError(
                tr("The output file {path!r} already exists. Choose another name, or allow overwriting.").format(
                    path=path
                )
            )
    with open_imagery(config) as image:
        grid = image.grid
        area = extent_to_window(grid, config.extent)
        layout = TileLayout(grid.width, grid.height, config.tile_size, config.overlap)
        tiles = layout.tiles(area)
        if params is not None:
            from ..fields.masks import check_prompt_count, spacing_px
            from ..geo import pixel_size_m

            spacing = spacing_px(params, pixel_size_m(grid))
            check_prompt_count(int(area.width) * int(area.height), spacing, spacing * pixel_size_m(grid))
    manifest.start()
    todo = [t for t in tiles if not manifest.done(t.index)]
    reused = len(tiles) - len(todo)
    if reused:
        feedback.info(tr("Resuming: {reused} of {total} tiles were finished before.").format(
            reused=reused, total=len(tiles)))
    failed = _compute(config, todo, manifest, (workers, scheduler, gpus_per_worker, security), retries, feedback,
                      len(tiles), tasks_tiles(config, gpus_per_worker, tiles_per_task))
    if failed:
        for item in failed:
            feedback.info(tr("Tile {tile} failed: {error}").format(tile=item["tile"], error=item["error"]))
        computed, reused, skipped = _tile_counts(tiles, todo, failed, manifest)
        return Result(output_paths(config, prompts=prompts), len(tiles), computed, reused, skipped, failed=failed)
    n_polygons = _assemble(config, grid, area, tiles, manifest, prompts, feedback)
    computed, reused, skipped = _tile_counts(tiles, todo, [], manifest)
    result = Result(output_paths(config, prompts=prompts), len(tiles), computed, reused, skipped, n_polygons)
    if params is not None:
        result.n_fields = _fields(config, params, grid, n_polygons, manifest, feedback)
    return result


def _field_params(config: Config):
    """The fields asked for (None: none), checked with the fields file before anything runs."""
    if not config.fields_output:
        return None
    from ..fields.masks import FieldParams
    from ..fields.run import refuse_existing

    params = FieldParams.of(config)
    params.validate()
    refuse_existing(config.fields_output, config)
    return params


def _fields(config: Config, params, grid, n_polygons: int, manifest: Manifest, feedback: Feedback) -> int:
    """The fields inside the cropland map from the masks the tile tasks made; a tile that made none
    (it had no prompts, so it was not encoded) but that the map reaches is encoded here."""
    from ..fields.run import fields_after_run
    from ..fields.stored import stored_masks

    def stored(tile):
        return stored_masks(manifest.tile_path(tile.index)) if manifest.done(tile.index) else None

    return fields_after_run(config, params, config.fields_output, n_polygons, grid, feedback, stored=stored).n_fields


def tile_groups(todo: list, tiles_per_task: int) -> list[list[int]]:
    """The tasks' tile indexes: ``tiles_per_task`` neighbouring tiles each (the last group may be smaller)."""
    indexes = [t.index for t in todo]
    size = max(1, tiles_per_task)
    return [indexes[i:i + size] for i in range(0, len(indexes), size)]


def _workers(client) -> int:
    return max(1, len(client.scheduler_info().get("workers", {})))


def _compute(config: Config, todo: list, manifest: Manifest, cluster_options: tuple, retries: int,
             feedback: Feedback, total: int, tiles_per_task: int = 1) -> list[dict]:
    """Run the tiles' tasks, a bounded window ahead (``TASKS_PER_WORKER`` for each worker, those that
    join mid-run too); returns the tiles that failed on every retry. A group of tiles that failed is
    tried again tile by tile, so that only the failing tiles are reported. ``cluster_options``:
    ``(workers, scheduler, gpus_per_worker, security)``."""
    if not todo:
        return []
    from distributed import as_completed

    workers, scheduler, gpus_per_worker, security = cluster_options
    client, cluster = _client(workers, scheduler, gpus_per_worker, security)
    failed = []
    try:
        # No worker plugin is registered for the model: registering one broadcasts it to every worker
        # and fails the whole run (CommClosedError) when one dies meanwhile, for instance while it loads
        # the model. Each worker builds the model at its first tile instead (tasks._engine) and keeps
        # it; a worker that dies then only loses its task, which the scheduler runs again elsewhere,
        # and a worker that joins mid-run builds its own the same way.
        resources = {"GPU": gpus_per_worker} if gpus_per_worker else None
        pending = iter(tile_groups(todo, tiles_per_task))
        group_of = {}

        def submit(group: list[int]):
            future = client.submit(run_tiles, config, group, [manifest.tile_path(i) for i in group],
                                   key="tiles-" + "-".join(map(str, group)), retries=retries, resources=resources,
                                   pure=False)
            group_of[future.key] = group
            return future

        running = as_completed([submit(g) for _, g in zip(range(TASKS_PER_WORKER * _workers(client)), pending)])
        done = total - len(todo)
        for future in running:
            check_cancel(feedback)
            group = group_of.pop(future.key)
            if future.status == "error" and len(group) > 1:
                for index in group:  # which of them fail? each tile on its own
                    running.add(submit([index]))
                future.release()
                continue
            if future.status == "error":
                failed.append({"tile": group[0], "error": str(future.exception())})
            else:
                for summary in future.result():
                    manifest.record(summary["tile"], summary)
            future.release()
            done += len(group)
            feedback.progress(90 * done / total, tr("SAM: tile {index}/{count}").format(index=done, count=total))
            for _ in range(max(1, TASKS_PER_WORKER * _workers(client) - running.count())):
                following = next(pending, None)
                if following is None:
                    break
                running.add(submit(following))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return failed


def _assemble(config: Config, grid, area, tiles: list, manifest: Manifest, prompts: str, feedback: Feedback) -> int:
    """Blend the tile results in tile order (as one process does), then the outputs; returns the
    polygons. Every output is written under a temporary name and moved into place at the end."""
    from ..vectors.points_io import write_points_gpkg

    workdir = tempfile.mkdtemp(prefix="apt_cropland_cluster_")
    staging = StagedOutputs()
    staged = dataclasses.replace(config, **{name: staging.stage(getattr(config, name)) for name in OUTPUTS})
    try:
        with bounded_gdal_cache():
            votes = VoteRasters(grid, area, staged.agreement_output or os.path.join(workdir, "agreement.tif"),
                                os.path.join(workdir, "verdict.tif"), keep_agreement=bool(staged.agreement_output))
            mosaic = ProbabilityMosaic(grid, area, workdir, ramp=config.overlap)
            parts = []
            try:
                for tile in tiles:
                    data = load_tile(manifest.tile_path(tile.index))
                    mosaic.add(tile.window, data["probability"], data["valid"], scale=float(data["scale"]),
                               variance=data.get("variance"))
                    if "counts" in data:
                        votes.write_arrays(tile.window, data["counts"], data["verdict"])
                    parts.append(PromptPoints(*(data[f"points_{n}"] for n in POINT_FIELDS)))
                votes.close()  # its rasters complete before they are read
                result = write_outputs(staged, grid, mosaic, votes, workdir, feedback, [])
            finally:
                votes.close()  # (again, if the blend failed: closing twice is harmless)
                mosaic.close()
            write_points_gpkg(PromptPoints.concat(parts) if config.prompts is None else config.prompts, grid,
                              staging.stage(prompts))
        staging.commit()
        return result.n_polygons
    except BaseException:
        staging.discard()
        raise
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _tile_counts(tiles: list, todo: list, failed: list, manifest: Manifest) -> tuple[int, int, int]:
    """Tiles computed in this run, reused from the run folder and skipped (without prompts, then
    or now): with the failed ones, they add up to the total."""
    before = {t.index for t in tiles} - {t.index for t in todo}
    skipped = {t.index for t in tiles if manifest.done(t.index) and manifest.finished[str(t.index)].get("skipped")}
    return len(todo) - len(failed) - len(skipped - before), len(before - skipped), len(skipped)
