"""The APT pipeline: Config in, prompts and cropland polygons out, with progress and cancel."""

from __future__ import annotations

import os
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

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
from .segmentation import segment_tiles, tile_views

__all__ = ["Result", "run"]


@dataclass
class Result:
    """The outputs of a run and how it went."""

    polygons_path: str
    probability_path: str | None
    n_polygons: int
    cropland_pixels: int
    plan: PromptPlan
    encoder_runs: int
    uncertainty_path: str | None = None
    agreement_path: str | None = None
    review_path: str | None = None
    n_review: int = 0


def _claim_output(path: str | None, overwrite: bool, message: str) -> None:
    """Refuse to replace an existing file; ``message`` (translated) has a ``{path!r}`` placeholder."""
    if path and os.path.exists(path) and not overwrite:
        raise AptInputError(message.format(path=path))


def run(config: Config, engine=None, feedback: Feedback | None = None) -> Result:
    """The whole pipeline: prompts, SAM per tile, blended mask, polygons in ``config.output``.

    ``engine`` (a :class:`SamEngine`) may be passed in to keep the model and its cached
    embeddings across runs; otherwise one is built from ``config.checkpoint``.
    """
    with bounded_gdal_cache():
        return _run(config, engine, feedback or Feedback())


def _outputs(config: Config) -> list[tuple[str | None, str]]:
    return [
        (config.output, tr("The output file {path!r} already exists. Choose another name, or allow overwriting.")),
        (config.probability_output,
         tr("The probability file {path!r} already exists. Choose another name, or allow overwriting.")),
        (config.uncertainty_output,
         tr("The uncertainty file {path!r} already exists. Choose another name, or allow overwriting.")),
        (config.agreement_output,
         tr("The agreement file {path!r} already exists. Choose another name, or allow overwriting.")),
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


def _run(config: Config, engine, feedback: Feedback) -> Result:
    if not config.output:
        raise AptInputError(tr("Choose where to save the cropland polygons."))
    for path, message in _outputs(config):
        _claim_output(path, config.overwrite, message)
    workdir = tempfile.mkdtemp(prefix="apt_cropland_")
    written: list[str] = []
    try:
        votes = None
        if config.glc:
            area = _area(config)
            votes = VoteRasters(area[0], area[1], config.agreement_output or os.path.join(workdir, "agreement.tif"),
                                os.path.join(workdir, "verdict.tif"), keep_agreement=bool(config.agreement_output))
            if config.agreement_output:
                written.append(config.agreement_output)
        try:
            plan = make_plan(config, feedback, (0, 5), votes)
        finally:
            if votes is not None:
                votes.close()
        for note in plan.notes:
            feedback.info(note)
        if config.ensemble > 1:
            feedback.info(tr("Ensemble: {count} prompt draws per tile, averaged.").format(count=config.ensemble))
        if engine is None:
            engine = _load_engine(config, feedback)
        engine.use_adapter(config.adapter)  # None: the base decoder, even on an engine that had one
        if config.adapter:
            feedback.info(tr("Decoding with the adapter {name}.").format(name=os.path.basename(config.adapter)))
        encoder_before = engine.encoder_runs
        with open_imagery(config) as image:
            mosaic = ProbabilityMosaic(plan.grid, plan.area, workdir, ramp=config.overlap)
            try:
                batch = engine.batch_size(config.batch_size)
                if batch > 1:
                    feedback.info(tr("SAM encodes {count} tiles at a time.").format(count=batch))
                _segment_tiles(plan, image, engine, mosaic, feedback, batch)
                done = write_outputs(config, plan.grid, mosaic, votes, workdir, feedback, written)
            finally:
                mosaic.close()
        return Result(config.output, config.probability_output, done.n_polygons, done.cropland_pixels, plan,
                      engine.encoder_runs - encoder_before, config.uncertainty_output, config.agreement_output,
                      config.review_output, done.n_review)
    except BaseException as exc:
        for path in written:
            if os.path.exists(path):
                os.remove(path)
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
                   feedback: Feedback, batch_size: int = 1) -> None:
    """SAM over the tiles in groups of ``batch_size`` (encoded together), with the next group's
    images read ahead and the last tile's blend written behind, on two other threads (GDAL releases
    the GIL), so that with a fast encoder (a GPU) the reads and writes do not wait on each other; at
    most one group is read ahead and one tile written behind."""
    n = len(plan.tiles)
    groups = [range(start, min(n, start + batch_size)) for start in range(0, n, batch_size)]

    def read(group: range) -> list:
        return [tile_views(image, plan.tiles[i].window) for i in group]

    with ThreadPoolExecutor(1, thread_name_prefix="apt-read") as reader, \
            ThreadPoolExecutor(1, thread_name_prefix="apt-write") as writer:
        ahead = reader.submit(read, groups[0]) if groups else None
        behind = None
        for g, group in enumerate(groups):
            check_cancel(feedback)
            views = ahead.result()
            ahead = reader.submit(read, groups[g + 1]) if g + 1 < len(groups) else None
            votes = segment_tiles(
                plan, [plan.tiles[i] for i in group], [plan.reports[i].skipped for i in group], image, engine,
                feedback, [tr("Tile {index}/{count}").format(index=i + 1, count=n) for i in group], views, batch_size,
            )
            for i, vote in zip(group, votes):
                check_cancel(feedback)
                if behind is not None:
                    behind.result()  # one write in flight at most (and its error, if any, raised here)
                behind = writer.submit(vote.add_to, mosaic)
                if vote.skipped:
                    feedback.info(
                        tr("Tile {index}/{count} skipped: {reason}.").format(index=i + 1, count=n, reason=vote.skipped)
                    )
                feedback.progress(5 + 90 * (i + 1) / n, tr("SAM: tile {index}/{count}").format(index=i + 1, count=n))
        if behind is not None:
            behind.result()
