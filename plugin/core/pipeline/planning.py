"""Prompt planning: the tiles over the extent, and for each the prompts SAM will see.

The land covers are read once per tile: their votes give the regions the prompts are sampled
from (and, when asked for, the agreement and verdict rasters that the uncertainty, polygon and
review outputs read); the ensemble's further draws are sampled from the same regions.
"""

from __future__ import annotations

import math
import os
import tempfile
from contextlib import nullcontext
from dataclasses import dataclass, field

import numpy as np
from rasterio.windows import Window

from ..config import Config, Feedback
from ..errors import AptCancelledError, AptInputError
from ..gdal_cache import bounded_gdal_cache
from ..geo import Grid, extent_to_window, pixel_size_m
from ..i18n import tr
from ..imagery.reader import ImageReader
from ..imagery.temporal import ImageSeries, open_imagery
from ..landcover.agreement import LandCoverStack, Votes
from ..landcover.concept import concept_text
from ..landcover.vote_rasters import VoteRasters
from ..prompts.points import PromptPoints
from ..prompts.sampling import TilePrompts, sample_prompts
from ..tiles.layout import Tile, TileLayout
from .concept_vote import ConceptVote, validate_concept

UNCOVERED_WARNING_SHARE = 0.01


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
    draws: dict[int, list[TilePrompts]] = field(default_factory=dict)  # the ensemble's further draws, by tile
    area: Window | None = None  # the pixel window processed

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

    def prompt_draws(self, tile: Tile, first: TilePrompts) -> list[TilePrompts]:
        """The prompts of every draw on ``tile``: the plan's points first, then the further draws."""
        return [first, *self.draws.get(tile.index, [])]


def check_cancel(feedback: Feedback) -> None:
    if feedback.is_cancelled():
        raise AptCancelledError(tr("Cancelled: no output was written."))


def edge_margin_px(config: Config, image_grid: Grid, glc_pixel_m: float) -> int:
    """The edge margin in image pixels (default: one GLC pixel)."""
    metres = glc_pixel_m if config.edge_margin_m is None else max(0.0, config.edge_margin_m)
    return int(math.ceil(metres / pixel_size_m(image_grid) - 1e-6))


def validate(config: Config) -> None:
    if config.points_per_class < 1:
        raise AptInputError(tr("Points per class must be at least 1."))
    if config.rounds < 1:
        raise AptInputError(tr("There must be at least one round."))
    if config.ensemble < 1:
        raise AptInputError(tr("The ensemble needs at least one prompt draw per tile."))
    if config.batch_size < 0:
        raise AptInputError(tr("The batch size is a number of tiles encoded together, or 0 for automatic."))
    for cover in config.land_covers() or [None]:
        classes = config.cropland_classes if cover is None else cover.classes
        if not classes:
            raise AptInputError(tr("Give at least one land cover class value for cropland."))
    if config.more_glc and not config.glc:
        raise AptInputError(tr("Additional land covers were given without a first one."))
    if not config.glc:
        if config.ensemble > 1:
            raise AptInputError(
                tr("An ensemble of prompt draws needs a land cover to draw them from: choose one, or set the "
                   "ensemble to 1.")
            )
        if config.agreement_output or config.review_output:
            raise AptInputError(
                tr("The agreement raster and the review areas compare the map with the land cover: choose one.")
            )
    validate_concept(config)


def plan_prompts(config: Config, feedback: Feedback | None = None, span: tuple[float, float] = (0, 100)) -> PromptPlan:
    """Tiles over the extent and their APT prompts (or the analyst's own points, if given); the
    land covers' agreement raster is written to ``config.agreement_output`` when it is set (and the
    concept's to ``config.concept_output``)."""
    had_concept = bool(config.concept_output) and os.path.exists(config.concept_output)

    def drop_concept() -> None:  # nothing half-made is left (a file that was there before is kept)
        if config.concept_output and not had_concept and os.path.exists(config.concept_output):
            os.remove(config.concept_output)

    with bounded_gdal_cache():
        if not config.agreement_output:
            try:
                return make_plan(config, feedback or Feedback(), span)
            except BaseException:
                drop_concept()
                raise
        validate(config)
        with open_imagery(config) as image:
            grid, area = image.grid, extent_to_window(image.grid, config.extent)
        with tempfile.TemporaryDirectory(prefix="apt_plan_") as scratch:
            rasters = VoteRasters(grid, area, config.agreement_output, os.path.join(scratch, "verdict.tif"), True)
            try:
                return make_plan(config, feedback or Feedback(), span, rasters)
            except BaseException:
                rasters.close()
                if os.path.exists(config.agreement_output):
                    os.remove(config.agreement_output)
                drop_concept()
                raise
            finally:
                rasters.close()


def make_plan(config: Config, feedback: Feedback, span: tuple[float, float], rasters: VoteRasters | None = None,
              only: set[int] | None = None) -> PromptPlan:
    """The plan, and (``rasters``) the land covers' agreement and verdict written tile by tile;
    ``only``: the tiles of these indexes alone (a cluster's tile task)."""
    validate(config)
    with open_imagery(config) as image:
        grid = image.grid
        layout = TileLayout(grid.width, grid.height, config.tile_size, config.overlap)
        area = extent_to_window(grid, config.extent)
        tiles = layout.tiles(area)
        if only is not None:
            tiles = [tile for tile in tiles if tile.index in only]
        if config.prompts is not None and not config.glc:
            plan = _plan_from_points(config.prompts, grid, layout, tiles, list(image.notes), only is None)
            plan.area = area
            return plan
        if not config.glc:
            raise AptInputError(tr("Choose a land cover (GLC) raster: the prompts are sampled from it."))
        concept = ConceptVote(config, grid, area) if concept_text(config.concept) else nullcontext()
        with LandCoverStack(config.land_covers(), grid, config.agreement) as stack, concept as voter:
            plan = _plan_from_land_covers(config, image, stack, layout, tiles, feedback, span, rasters,
                                          require_cropland=only is None, concept=voter)
    plan.area = area
    if config.prompts is not None:  # the analyst's points are the first draw; the land cover gives the rest
        given = _plan_from_points(config.prompts, grid, layout, tiles, plan.notes, only is None)
        given.draws, given.area = plan.draws, area
        return given
    return plan


def _plan_from_land_covers(
    config: Config, image: ImageReader | ImageSeries, stack: LandCoverStack, layout: TileLayout, tiles: list[Tile],
    feedback: Feedback, span: tuple[float, float], rasters: VoteRasters | None, require_cropland: bool = True,
    concept: ConceptVote | None = None,
) -> PromptPlan:
    """The prompts of ``tiles`` from the land covers' votes (and the ``concept``'s, when one votes)."""
    grid = image.grid
    margin = edge_margin_px(config, grid, stack.pixel_size_m)
    parts, reports, seen, draws = [], [], set(), {}
    imaged = covered = 0  # valid image pixels, and those of them with land cover
    for i, tile in enumerate(tiles):
        check_cancel(feedback)
        votes = stack.read(grid.window(tile.window))
        covers = votes.valid  # where a land cover has data (the concept's vote aside)
        if concept is not None:
            votes = concept.vote(image, tile, votes)
        if rasters is not None:
            rasters.write(tile.window, votes, config.agreement)
        image_valid = image.valid(tile.window)
        seen |= votes.first.classes_seen(image_valid)
        imaged += int(np.count_nonzero(image_valid))
        covered += int(np.count_nonzero(covers & image_valid))
        prompts, extra = _sample_draws(config, stack, votes, image_valid, margin, tile, concept is not None)
        report = TileReport(tile.index, tile.key, prompts.n_positive, prompts.n_negative, prompts.margin_px,
                            prompts.notes, prompts.skipped)
        reports.append(report)
        parts.append(PromptPoints.from_tile(grid, tile, prompts))
        if extra:
            draws[tile.index] = extra
        feedback.progress(
            span[0] + (span[1] - span[0]) * (i + 1) / len(tiles),
            tr("Prompts: tile {index}/{count}").format(index=i + 1, count=len(tiles)),
        )
    if config.prompts is None and require_cropland:
        _require_some_cropland(reports, seen, config.cropland_classes, concept_text(config.concept))
    uncovered = 1.0 - covered / imaged if imaged else 0.0
    plan = PromptPlan(grid, layout, tiles, PromptPoints.concat(parts), reports, list(image.notes), uncovered, draws)
    if plan.uncovered_warning:
        plan.notes.append(plan.uncovered_warning)
    return plan


def _sample_draws(
    config: Config, stack: LandCoverStack, votes: Votes, image_valid: np.ndarray, margin: int, tile: Tile,
    concept: bool = False,
) -> tuple[TilePrompts, list[TilePrompts]]:
    """The tile's first draw (APT's seed) and the ensemble's further draws (seeds of their own)."""
    regions = stack.agreed(votes, image_valid, config.points_per_class, margin, concept)
    region = regions.cropland | regions.not_cropland
    prompts = []
    for draw in range(config.ensemble):
        key = [config.seed, *tile.key] if draw == 0 else [config.seed, *tile.key, draw]
        prompts.append(sample_prompts(regions.cropland, region, config.points_per_class, margin, config.rounds,
                                      np.random.SeedSequence(key)))
    if regions.note:
        prompts[0].notes.insert(0, regions.note)
    return prompts[0], prompts[1:]


def save_land_cover(config: Config, out_path: str) -> str:
    """Save the (first) land cover under the image (local or online source) as a GeoTIFF, for the record."""
    from ..landcover.glc import GlcReader

    with bounded_gdal_cache(), open_imagery(config) as image:
        grid = image.grid
    with bounded_gdal_cache(), GlcReader(config.glc, config.cropland_classes, grid) as glc:
        return glc.save_clip(grid, out_path)


def _plan_from_points(
    points: PromptPoints, grid: Grid, layout: TileLayout, tiles: list[Tile], notes: list[str],
    require_positive: bool = True,
) -> PromptPlan:
    """The analyst's points as the plan; ``require_positive``: refuse a plan without a positive point
    (not for a cluster's few tiles, whose run as a whole was checked)."""
    reports = []
    for tile in tiles:
        prompts = points.for_tile(grid, tile, layout)
        reports.append(TileReport(tile.index, tile.key, prompts.n_positive, prompts.n_negative, 0, [], prompts.skipped))
    if require_positive and not any(r.n_positive for r in reports):
        raise AptInputError(
            tr(
                "None of the prompt points is a positive (label 1) point on the image or extent being "
                "processed. Check that the points lie over the image and that some have label = 1."
            )
        )
    return PromptPlan(grid, layout, tiles, points, reports, notes)


def _require_some_cropland(reports: list[TileReport], seen: set[int], classes: tuple[int, ...],
                           concept: str = "") -> None:
    if any(r.n_positive for r in reports):
        return
    if concept and seen & set(classes):
        raise AptInputError(
            tr(
                "The land covers and SAM 3's concept {concept!r} agree on no cropland anywhere, so no positive "
                "prompt point could be placed. Try another concept, the 'majority' agreement, or no concept."
            ).format(concept=concept)
        )
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
