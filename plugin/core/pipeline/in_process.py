"""The APT pipeline: Config in, prompts and cropland polygons out, with progress and cancel."""

from __future__ import annotations

import dataclasses
import os
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor

from ..config import Config, Feedback
from ..errors import AptInputError
from ..gdal_cache import bounded_gdal_cache
from ..i18n import tr
from ..imagery.reader import ImageReader
from ..imagery.temporal import ImageSeries, open_imagery
from ..landcover.vote_rasters import VoteRasters
from ..tiles.mosaic import ProbabilityMosaic
from .outputs import write_outputs
from .planning import PromptPlan, check_cancel, make_plan
from .result import Result, output_paths
from .run_folder import Manifest
from .segmentation import segment_tiles, tile_views
from .staging import StagedOutputs
from .tile_records import TileRecords

__all__ = ["Result", "run"]


def _claim_output(path: str | None, overwrite: bool, message: str) -> None:
    """Refuse to replace an existing file; ``message`` (translated) has a ``{path!r}`` placeholder."""
    if path and os.path.exists(path) and not overwrite:
        raise AptInputError(message.format(path=path))


def run(config: Config, engine=None, feedback: Feedback | None = None, run_folder: str | None = None,
        resume: bool = False) -> Result:
    """The whole pipeline: prompts, SAM per tile, blended mask, polygons in ``config.output``.

    ``engine`` (a :class:`SamEngine`) may be passed in to keep the model and its cached
    embeddings across runs; otherwise one is built from ``config.checkpoint``. ``run_folder``:
    each finished tile's result is recorded there (as a cluster run does); with ``resume``, tiles
    recorded under the same configuration are read back instead of computed. The outputs are
    written under temporary names and moved into place only when the run succeeds.
    """
    with bounded_gdal_cache():
        return _run(config, engine, feedback or Feedback(), run_folder, resume)


OUTPUTS = ("output", "probability_output", "uncertainty_output", "agreement_output", "concept_output",
           "review_output")


def _outputs(config: Config) -> list[tuple[str | None, str]]:
    return [
        (config.output, tr("The output file {path!r} already exists. Choose another name, or allow overwriting.")),
        (config.probability_output,
         tr("The probability file {path!r} already exists. Choose another name, or allow overwriting.")),
        (config.uncertainty_output,
         tr("The uncertainty file {path!r} already exists. Choose another name, or allow overwriting.")),
        (config.agreement_output,
         tr("The agreement file {path!r} already exists. Choose another name, or allow overwriting.")),
        (config.concept_output,
         tr("The concept file {path!r} already exists. Choose another name, or allow overwriting.")),
        (config.review_output,
         tr("The review file {path!r} already exists. Choose another name, or allow overwriting.")),
    ]


def _load_engine(config: Config, feedback: Feedback):
    from ..models.sam_engine import SamEngine

    feedback.info(tr("Loading the SAM model..."))
    engine = SamEngine(config.checkpoint or "", config.device, precision=config.precision, keep=False)
    feedback.info(
        tr("SAM {variant} on {device}, encoder: {encoder}").format(
            variant=engine.architecture.variant, device=engine.device.type.upper(), encoder=engine.fast_path
        )
    )
    return engine


def _run(config: Config, engine, feedback: Feedback, run_folder: str | None, resume: bool) -> Result:
    if not config.output:
        raise AptInputError(tr("Choose where to save the cropland polygons."))
    manifest = Manifest(run_folder, config, resume) if run_folder else None  # another configuration: refused first
    for path, message in _outputs(config):
        _claim_output(path, config.overwrite, message)
    final, staging = config, StagedOutputs()
    config = dataclasses.replace(config, **{name: staging.stage(getattr(config, name)) for name in OUTPUTS})
    workdir = tempfile.mkdtemp(prefix="apt_cropland_")
    try:
        votes = None
        if config.glc:
            area = _area(config)
            votes = VoteRasters(area[0], area[1], config.agreement_output or os.path.join(workdir, "agreement.tif"),
                                os.path.join(workdir, "verdict.tif"), keep_agreement=bool(config.agreement_output))
        try:
            plan = make_plan(config, feedback, (0, 5), votes)
        finally:
            if votes is not None:
                votes.close()
        for note in plan.notes:
            feedback.info(note)
        if config.ensemble > 1:
            feedback.info(tr("Ensemble: {count} prompt draws per tile, averaged.").format(count=config.ensemble))
        records = None
        if manifest is not None:
            manifest.start()
            records = TileRecords(manifest, plan, votes, config.prompts is not None)
            if records.reused:
                feedback.info(tr("Resuming: {reused} of {total} tiles were finished before.").format(
                    reused=records.reused, total=len(plan.tiles)))
        if engine is None and (records is None or records.todo):
            engine = _load_engine(config, feedback)
        if engine is not None:
            engine.use_adapter(config.adapter)  # None: the base decoder, even on an engine that had one
        if config.adapter:
            feedback.info(tr("Decoding with the adapter {name}.").format(name=os.path.basename(config.adapter)))
        encoder_before = engine.encoder_runs if engine is not None else 0
        with open_imagery(config) as image:
            mosaic = ProbabilityMosaic(plan.grid, plan.area, workdir, ramp=config.overlap)
            try:
                batch = engine.batch_size(config.batch_size) if engine is not None else 1
                if batch > 1:
                    feedback.info(tr("SAM encodes {count} tiles at a time.").format(count=batch))
                counts = _segment_tiles(plan, image, engine, mosaic, feedback, batch, records)
                done = write_outputs(config, plan.grid, mosaic, votes, workdir, feedback, [])
            finally:
                mosaic.close()
        staging.commit()
        encoder_runs = engine.encoder_runs - encoder_before if engine is not None else 0
        computed, reused, skipped = counts
        return Result(output_paths(final), len(plan.tiles), computed, reused, skipped, done.n_polygons, plan=plan,
                      encoder_runs=encoder_runs, cropland_pixels=done.cropland_pixels, n_review=done.n_review)
    except BaseException as exc:
        staging.discard()
        if isinstance(exc, MemoryError) or type(exc).__name__ == "OutOfMemoryError":
            raise AptInputError(
                tr(
                    "Not enough memory to run SAM on a tile. Use the vit_b model, close other programs, or "
                    "choose the CPU if the GPU is small."
                )
            ) from None
        raise
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _area(config: Config):
    """The image grid and the pixel window processed."""
    from ..geo import extent_to_window

    with open_imagery(config) as image:
        return image.grid, extent_to_window(image.grid, config.extent)


def _segment_tiles(plan: PromptPlan, image: ImageReader | ImageSeries, engine, mosaic: ProbabilityMosaic,
                   feedback: Feedback, batch_size: int = 1,
                   records: TileRecords | None = None) -> tuple[int, int, int]:
    """SAM over the tiles in groups of ``batch_size`` (encoded together), with the next group's
    images read ahead and the last tile's blend written behind, on two other threads (GDAL releases
    the GIL), so that with a fast encoder (a GPU) the reads and writes do not wait on each other; at
    most one group is read ahead and one tile written behind. Tiles ``records`` holds are read back
    instead, and blended in their place (the same order, so the same probabilities); the others are
    recorded there as they finish. Returns the tiles computed, reused and skipped (without prompts)."""
    n = len(plan.tiles)
    todo = list(range(n)) if records is None else records.todo
    groups = [todo[start:start + batch_size] for start in range(0, len(todo), batch_size)]
    computed = reused = skipped = 0
    following = 0  # the next tile to blend

    def read(group: list[int]) -> list:
        return [tile_views(image, plan.tiles[i].window) for i in group]

    def finish(i: int, vote) -> None:
        vote.add_to(mosaic)
        if records is not None:
            records.save(i, vote)

    def reuse(i: int) -> None:
        records.load(i).add_to(mosaic)

    with ThreadPoolExecutor(1, thread_name_prefix="apt-read") as reader, \
            ThreadPoolExecutor(1, thread_name_prefix="apt-write") as writer:
        behind = None

        def blend(task, *args) -> None:
            nonlocal behind
            check_cancel(feedback)
            if behind is not None:
                behind.result()  # one write in flight at most (and its error, if any, raised here)
            behind = writer.submit(task, *args)

        def reuse_until(stop: int) -> None:
            nonlocal following, reused, skipped
            for i in range(following, stop):
                blend(reuse, i)
                if records.skipped(i):
                    skipped += 1
                else:
                    reused += 1
                feedback.progress(5 + 90 * (i + 1) / n, tr("Tile {index}/{count} reused").format(index=i + 1, count=n))
            following = max(following, stop)

        try:
            ahead = reader.submit(read, groups[0]) if groups else None
            for g, group in enumerate(groups):
                check_cancel(feedback)
                views = ahead.result()
                ahead = reader.submit(read, groups[g + 1]) if g + 1 < len(groups) else None
                votes = segment_tiles(
                    plan, [plan.tiles[i] for i in group], [plan.reports[i].skipped for i in group], image, engine,
                    feedback, [tr("Tile {index}/{count}").format(index=i + 1, count=n) for i in group], views,
                    batch_size,
                )
                for i, vote in zip(group, votes):
                    reuse_until(i)
                    blend(finish, i, vote)
                    following = i + 1
                    if vote.skipped:
                        skipped += 1
                        feedback.info(tr("Tile {index}/{count} skipped: {reason}.").format(
                            index=i + 1, count=n, reason=vote.skipped))
                    else:
                        computed += 1
                    feedback.progress(5 + 90 * (i + 1) / n,
                                      tr("SAM: tile {index}/{count}").format(index=i + 1, count=n))
            reuse_until(n)
            if behind is not None:
                behind.result()
        finally:
            if records is not None:
                if behind is not None:
                    behind.exception()  # the tile being written is recorded (or not) before its files close
                records.close()
    return computed, reused, skipped
