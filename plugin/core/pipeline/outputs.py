"""The end of every run: the blended mosaic written out (probability, uncertainty, mask), the
cropland polygons with their fields, and the review areas; the same in one process and on a cluster."""

from __future__ import annotations

import os
from dataclasses import dataclass

from ..config import Config, Feedback
from ..geo import Grid
from ..i18n import tr
from ..landcover.agreement import VERDICT_CROPLAND
from ..landcover.vote_rasters import VoteRasters
from ..tiles.mosaic import PROBABILITY_NODATA, ProbabilityMosaic
from ..vectors.review import review_areas
from ..vectors.vectorize import polygonize, share_of, valid_values
from .planning import check_cancel


@dataclass
class Written:
    """What the end of a run wrote and counted."""

    n_polygons: int
    cropland_pixels: int
    n_review: int


def write_outputs(config: Config, grid: Grid, mosaic: ProbabilityMosaic, votes: VoteRasters | None, workdir: str,
                  feedback: Feedback, written: list[str]) -> Written:
    """Finish the mosaic and vectorise; every file made is appended to ``written`` (removed on failure)."""
    prob_path = config.probability_output or os.path.join(workdir, "probability.tif")
    unc_path = config.uncertainty_output or os.path.join(workdir, "uncertainty.tif")
    mask_path = os.path.join(workdir, "mask.tif")
    written += [p for p in (config.probability_output, config.uncertainty_output) if p]
    pixels = mosaic.finish(prob_path, mask_path, config.threshold, keep=bool(config.probability_output),
                           uncertainty_path=unc_path, keep_uncertainty=bool(config.uncertainty_output))
    check_cancel(feedback)
    feedback.progress(95, tr("Vectorising"))
    means = {"uncertainty": (unc_path, valid_values(PROBABILITY_NODATA))}
    if votes is not None:
        means["glc_share"] = (votes.verdict_path, share_of(VERDICT_CROPLAND))
    written.append(config.output)
    n = polygonize(mask_path, prob_path, config.output, grid, config.min_area_m2, config.simplify_m, workdir, means)
    n_review = 0
    if config.review_output:
        written.append(config.review_output)
        n_review = review_areas(mask_path, prob_path, votes.verdict_path, unc_path, config.review_output, grid,
                                config.min_area_m2, workdir)
    feedback.progress(100, tr("Done"))
    return Written(n, pixels, n_review)
