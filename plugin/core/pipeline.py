"""The APT pipeline: Config in, prompts and cropland polygons out, with progress and cancel."""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass

import numpy as np

from .agreement import VERDICT_CROPLAND
from .config import Config, Feedback
from .errors import AptInputError
from .i18n import tr
from .imagery import ImageReader
from .planning import (  # noqa: F401 - the faces import these from here
    GDAL_CACHE_BYTES,
    PromptPlan,
    TileReport,
    bounded_gdal_cache,
    check_cancel,
    make_plan,
    plan_prompts,
    save_land_cover,
)
from .rasters import VoteRasters
from .review import review_areas
from .temporal import ImageSeries, date_votes, open_imagery
from .tiles import PROBABILITY_NODATA, QUIET_VOTE, ProbabilityMosaic
from .vectorize import polygonize, share_of, valid_values

__all__ = ["Config", "Feedback", "PromptPlan", "Result", "TileReport", "plan_prompts", "run", "save_land_cover"]


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
    from .sam_engine import SamEngine

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
        encoder_before = engine.encoder_runs
        prob_path = config.probability_output or os.path.join(workdir, "probability.tif")
        unc_path = config.uncertainty_output or os.path.join(workdir, "uncertainty.tif")
        mask_path = os.path.join(workdir, "mask.tif")
        with open_imagery(config) as image:
            mosaic = ProbabilityMosaic(plan.grid, plan.area, workdir, ramp=config.overlap)
            try:
                _segment_tiles(plan, image, engine, mosaic, feedback)
                written += [p for p in (config.probability_output, config.uncertainty_output) if p]
                pixels = mosaic.finish(prob_path, mask_path, config.threshold, keep=bool(config.probability_output),
                                       uncertainty_path=unc_path, keep_uncertainty=bool(config.uncertainty_output))
            finally:
                mosaic.close()
        check_cancel(feedback)
        feedback.progress(95, tr("Vectorising"))
        means = {"uncertainty": (unc_path, valid_values(PROBABILITY_NODATA))}
        if votes is not None:
            means["glc_share"] = (votes.verdict_path, share_of(VERDICT_CROPLAND))
        written.append(config.output)
        n = polygonize(mask_path, prob_path, config.output, plan.grid, config.min_area_m2, config.simplify_m, workdir,
                       means)
        n_review = 0
        if config.review_output:
            written.append(config.review_output)
            n_review = review_areas(mask_path, prob_path, votes.verdict_path, unc_path, config.review_output,
                                    plan.grid, config.min_area_m2, workdir)
        feedback.progress(100, tr("Done"))
        return Result(config.output, config.probability_output, n, pixels, plan, engine.encoder_runs - encoder_before,
                      config.uncertainty_output, config.agreement_output, config.review_output, n_review)
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
    from .geo import extent_to_window

    with open_imagery(config) as image:
        return image.grid, extent_to_window(image.grid, config.extent)


def _tile_views(image: ImageReader | ImageSeries, window) -> list[tuple[tuple, np.ndarray, np.ndarray]]:
    """``(identity, rgb, valid)`` of each SAM input of a tile: one, or each date of a temporal ensemble."""
    if isinstance(image, ImageSeries):
        return image.views(window)
    rgb, valid = image.read(window)
    return [(image.identity(), rgb, valid)]


def _segment_tiles(plan: PromptPlan, image: ImageReader | ImageSeries, engine, mosaic: ProbabilityMosaic,
                   feedback: Feedback) -> None:
    n = len(plan.tiles)
    for i, (tile, report) in enumerate(zip(plan.tiles, plan.reports)):
        check_cancel(feedback)
        views = _tile_views(image, tile.window)
        valid = np.logical_or.reduce([v for _, _, v in views])
        prompts = plan.points.for_tile(plan.grid, tile, plan.layout)
        if report.skipped or prompts.skipped:
            mosaic.add(tile.window, np.zeros(valid.shape, np.float32), valid, scale=QUIET_VOTE)
            feedback.info(
                tr("Tile {index}/{count} skipped: {reason}.").format(
                    index=i + 1, count=n, reason=report.skipped or prompts.skipped
                )
            )
        else:
            label = tr("Tile {index}/{count}").format(index=i + 1, count=n)
            draws = [d for d in plan.prompt_draws(tile, prompts) if not d.skipped]
            per_view = [engine.predict_draws(
                rgb, draws, key=(identity, tile.key),
                on_info=lambda m, t=label: feedback.info(tr("{tile}: {message}").format(tile=t, message=m)),
            ) for identity, rgb, _ in views]
            probabilities = per_view[0]
            if len(views) > 1:  # a temporal ensemble: the dates vote where they have data
                mean, variance, valid = date_votes(per_view, [v for _, _, v in views])
                mosaic.add(tile.window, mean, valid, variance=variance)
            elif len(probabilities) == 1:
                mosaic.add(tile.window, probabilities[0], valid)
            else:
                votes = np.stack(probabilities).astype(np.float64)
                mosaic.add(tile.window, votes.mean(axis=0).astype(np.float32), valid,
                           variance=votes.var(axis=0).astype(np.float32))
        feedback.progress(5 + 90 * (i + 1) / n, tr("SAM: tile {index}/{count}").format(index=i + 1, count=n))
