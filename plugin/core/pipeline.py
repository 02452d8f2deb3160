"""The APT pipeline: Config in, prompts and cropland polygons out, with progress and cancel."""

from __future__ import annotations

import math
import os
import shutil
import tempfile
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np
from osgeo import gdal

from .errors import AptCancelledError, AptInputError
from .geo import Grid, extent_to_window, pixel_size_m
from .glc import GlcReader
from .i18n import tr
from .imagery import ImageReader
from .points import PromptPoints
from .prompts import sample_prompts
from .schemes import SCHEMES
from .tiles import QUIET_VOTE, ProbabilityMosaic, Tile, TileLayout
from .vectorize import polygonize

GDAL_CACHE_BYTES = 128 * 2**20


@dataclass
class Config:
    """Everything a run needs; the faces (dock, Processing) fill it from their widgets."""

    image: str
    glc: str | None = None
    cropland_classes: tuple[int, ...] = SCHEMES["worldcover"].cropland
    extent: tuple[float, float, float, float] | None = None
    points_per_class: int = 30
    rounds: int = 3
    edge_margin_m: float | None = None
    seed: int = 0
    tile_size: int = 1024
    overlap: int = 128
    checkpoint: str | None = None
    device: str = "auto"
    precision: str = "auto"
    bands: tuple[int, ...] | None = None
    min_area_m2: float = 500.0
    simplify_m: float = 0.0
    threshold: float = 0.5
    prompts: PromptPoints | None = None
    output: str | None = None
    probability_output: str | None = None
    overwrite: bool = False


class Feedback:
    """Progress and cancel hooks; the faces subclass it (QgsProcessingFeedback, QgsTask)."""

    def progress(self, percent: float, message: str = "") -> None:
        """Report overall progress, 0-100."""

    def info(self, message: str) -> None:
        """Report something the analyst should know (a relaxed margin, a skipped tile...)."""

    def is_cancelled(self) -> bool:
        return False


@dataclass
class TileReport:
    """What happened on one tile."""

    index: int
    window: tuple[int, int, int, int]
    n_positive: int = 0
    n_negative: int = 0
    margin_px: int = 0
    notes: list[str] = field(default_factory=list)
    skipped: str | None = None


@dataclass
class PromptPlan:
    """Tiles and their prompt points (generated, or taken from the analyst)."""

    grid: Grid
    layout: TileLayout
    tiles: list[Tile]
    points: PromptPoints
    reports: list[TileReport]
    notes: list[str] = field(default_factory=list)
    uncovered_share: float = 0.0  # of the image's valid pixels, where the land cover has no data

    @property
    def uncovered_warning(self) -> str | None:
        """What the analyst must know when the land cover leaves part of the image without data."""
        if self.uncovered_share < UNCOVERED_WARNING_SHARE:
            return None
        return tr(
            "The land cover has no data under about {percent} % of the image: no prompt points were sampled "
            "there, so SAM's result there rests on points elsewhere in the tile. Use a land cover that covers "
            "the whole image, or limit the extent to where it has data."
        ).format(percent=max(1, round(self.uncovered_share * 100)))


UNCOVERED_WARNING_SHARE = 0.01


@dataclass
class Result:
    """The outputs of a run and how it went."""

    polygons_path: str
    probability_path: str | None
    n_polygons: int
    cropland_pixels: int
    plan: PromptPlan
    encoder_runs: int


def _check_cancel(feedback: Feedback) -> None:
    if feedback.is_cancelled():
        raise AptCancelledError(tr("Cancelled: no output was written."))


def edge_margin_px(config: Config, image_grid: Grid, glc_pixel_m: float) -> int:
    """The edge margin in image pixels (default: one GLC pixel)."""
    metres = glc_pixel_m if config.edge_margin_m is None else max(0.0, config.edge_margin_m)
    return int(math.ceil(metres / pixel_size_m(image_grid) - 1e-6))


def _validate(config: Config) -> None:
    if config.points_per_class < 1:
        raise AptInputError(tr("Points per class must be at least 1."))
    if config.rounds < 1:
        raise AptInputError(tr("There must be at least one round."))
    if not config.cropland_classes:
        raise AptInputError(tr("Give at least one land cover class value for cropland."))


_cache_lock = threading.Lock()
_cache_users = 0
_cache_before = 0


@contextmanager
def bounded_gdal_cache():
    """GDAL's block cache capped while pipeline runs are going, so memory does not grow with the raster.

    GDAL's default is 5 % of RAM, filled as tiles are read and written. The cap is process-wide
    (it is GDAL's): runs that overlap share it, and the last one to finish puts the old value back.
    """
    global _cache_users, _cache_before
    with _cache_lock:
        if _cache_users == 0:
            _cache_before = gdal.GetCacheMax()
            gdal.SetCacheMax(min(_cache_before, GDAL_CACHE_BYTES))
        _cache_users += 1
    try:
        yield
    finally:
        with _cache_lock:
            _cache_users -= 1
            if _cache_users == 0:
                gdal.SetCacheMax(_cache_before)


def plan_prompts(config: Config, feedback: Feedback | None = None, span: tuple[float, float] = (0, 100)) -> PromptPlan:
    """Tiles over the extent and their APT prompts (or the analyst's own points, if given)."""
    with bounded_gdal_cache():
        return _plan_prompts(config, feedback or Feedback(), span)


def _plan_prompts(config: Config, feedback: Feedback, span: tuple[float, float]) -> PromptPlan:
    _validate(config)
    with ImageReader(config.image, config.bands) as image:
        grid = image.grid
        layout = TileLayout(grid.width, grid.height, config.tile_size, config.overlap)
        tiles = layout.tiles(extent_to_window(grid, config.extent))
        if config.prompts is not None:
            return _plan_from_points(config.prompts, grid, layout, tiles, list(image.notes))
        if not config.glc:
            raise AptInputError(tr("Choose a land cover (GLC) raster: the prompts are sampled from it."))
        with GlcReader(config.glc, config.cropland_classes, grid) as glc:
            margin = edge_margin_px(config, grid, glc.pixel_size_m)
            parts, reports, seen = [], [], set()
            imaged = covered = 0  # valid image pixels, and those of them with land cover
            for i, tile in enumerate(tiles):
                _check_cancel(feedback)
                tile_grid = grid.window(tile.window)
                prelabel = glc.read(tile_grid)
                image_valid = image.valid(tile.window)
                seen |= prelabel.classes_seen(image_valid)
                valid = prelabel.valid & image_valid
                imaged += int(np.count_nonzero(image_valid))
                covered += int(np.count_nonzero(valid))
                seed = np.random.SeedSequence([config.seed, *tile.key])
                prompts = sample_prompts(
                    prelabel.cropland, valid, config.points_per_class, margin, config.rounds, seed
                )
                reports.append(TileReport(tile.index, tile.key, prompts.n_positive, prompts.n_negative,
                                          prompts.margin_px, prompts.notes, prompts.skipped))
                parts.append(PromptPoints.from_tile(grid, tile, prompts))
                done = (i + 1) / len(tiles)
                feedback.progress(
                    span[0] + (span[1] - span[0]) * done,
                    tr("Prompts: tile {index}/{count}").format(index=i + 1, count=len(tiles)),
                )
        _require_some_cropland(reports, seen, config.cropland_classes)
        uncovered = 1.0 - covered / imaged if imaged else 0.0
        plan = PromptPlan(grid, layout, tiles, PromptPoints.concat(parts), reports, list(image.notes), uncovered)
        if plan.uncovered_warning:
            plan.notes.append(plan.uncovered_warning)
        return plan


def save_land_cover(config: Config, out_path: str) -> str:
    """Save the land cover under the image (local or online source) as a GeoTIFF, for the record."""
    with bounded_gdal_cache(), ImageReader(config.image, config.bands) as image:
        grid = image.grid
    with bounded_gdal_cache(), GlcReader(config.glc, config.cropland_classes, grid) as glc:
        return glc.save_clip(grid, out_path)


def _plan_from_points(
    points: PromptPoints, grid: Grid, layout: TileLayout, tiles: list[Tile], notes: list[str]
) -> PromptPlan:
    reports = []
    for tile in tiles:
        prompts = points.for_tile(grid, tile, layout)
        reports.append(TileReport(tile.index, tile.key, prompts.n_positive, prompts.n_negative, 0, [], prompts.skipped))
    if not any(r.n_positive for r in reports):
        raise AptInputError(
            tr(
                "None of the prompt points is a positive (label 1) point on the image or extent being "
                "processed. Check that the points lie over the image and that some have label = 1."
            )
        )
    return PromptPlan(grid, layout, tiles, points, reports, notes)


def _require_some_cropland(reports: list[TileReport], seen: set[int], classes: tuple[int, ...]) -> None:
    if any(r.n_positive for r in reports):
        return
    if not seen:
        raise AptInputError(
            tr(
                "There are no valid pixels to work with: the image is all nodata, or the land cover has "
                "no data where the image has."
            )
        )
    wanted = ", ".join(str(c) for c in classes)
    found = ", ".join(str(c) for c in sorted(seen)[:20])
    raise AptInputError(
        tr(
            "The land cover has no cropland (class {wanted}) where the image is; classes found there: "
            "{found}. Check that the cropland classes match the land cover product."
        ).format(wanted=wanted, found=found)
    )


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


def _run(config: Config, engine, feedback: Feedback) -> Result:
    if not config.output:
        raise AptInputError(tr("Choose where to save the cropland polygons."))
    _claim_output(
        config.output, config.overwrite,
        tr("The output file {path!r} already exists. Choose another name, or allow overwriting."),
    )
    _claim_output(
        config.probability_output, config.overwrite,
        tr("The probability file {path!r} already exists. Choose another name, or allow overwriting."),
    )
    plan = _plan_prompts(config, feedback, span=(0, 5))
    for note in plan.notes:
        feedback.info(note)
    if engine is None:
        from .sam_engine import SamEngine

        feedback.info(tr("Loading the SAM model..."))
        engine = SamEngine(config.checkpoint or "", config.device, precision=config.precision, keep=False)
        feedback.info(
            tr("SAM {variant} on {device}, encoder: {encoder}").format(
                variant=engine.architecture.variant, device=engine.device.type.upper(), encoder=engine.fast_path
            )
        )
    workdir = tempfile.mkdtemp(prefix="apt_cropland_")
    written: list[str] = []
    try:
        encoder_before = engine.encoder_runs
        area = extent_to_window(plan.grid, config.extent)
        prob_path = config.probability_output or os.path.join(workdir, "probability.tif")
        mask_path = os.path.join(workdir, "mask.tif")
        with ImageReader(config.image, config.bands) as image:
            mosaic = ProbabilityMosaic(plan.grid, area, workdir, ramp=config.overlap)
            try:
                _segment_tiles(plan, image, engine, mosaic, feedback)
                if config.probability_output:
                    written.append(config.probability_output)
                pixels = mosaic.finish(prob_path, mask_path, config.threshold, keep=bool(config.probability_output))
            finally:
                mosaic.close()
        _check_cancel(feedback)
        feedback.progress(95, tr("Vectorising"))
        written.append(config.output)
        n = polygonize(mask_path, prob_path, config.output, plan.grid, config.min_area_m2, config.simplify_m, workdir)
        feedback.progress(100, tr("Done"))
        return Result(config.output, config.probability_output, n, pixels, plan, engine.encoder_runs - encoder_before)
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


def _segment_tiles(plan: PromptPlan, image: ImageReader, engine, mosaic: ProbabilityMosaic, feedback: Feedback) -> None:
    n = len(plan.tiles)
    for i, (tile, report) in enumerate(zip(plan.tiles, plan.reports)):
        _check_cancel(feedback)
        rgb, valid = image.read(tile.window)
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
            probability = engine.predict(
                rgb, prompts, key=(image.identity(), tile.key),
                on_info=lambda m, t=label: feedback.info(tr("{tile}: {message}").format(tile=t, message=m)),
            )
            mosaic.add(tile.window, probability, valid)
        feedback.progress(5 + 90 * (i + 1) / n, tr("SAM: tile {index}/{count}").format(index=i + 1, count=n))
