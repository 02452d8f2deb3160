"""A stratified random sample with the map's classes as strata (Olofsson et al. 2014, section 5).

Sample size from a target standard error of OA (eq. 13) or given; allocation proportional to
area, every stratum topped up to a minimum; pixels drawn without replacement inside each stratum
(by rank among the stratum's pixels, counted window by window, so nothing is read whole), each
point at its pixel's centre; optionally no two points closer than a distance.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from rasterio.crs import CRS
from rasterio.warp import transform as warp_points

from ..config import Feedback
from ..errors import AptCancelledError, AptInputError
from ..geo import haversine_m, pixel_centers_to_map
from ..i18n import tr
from .grid import windows
from .olofsson import allocate, parse_expected_users, sample_size
from .strata import StrataMap


@dataclass
class SampleDesign:
    """How many points, and how they were allocated."""

    size: int = 0  # 0: from the target standard error of OA and the expected user's accuracies
    target_se: float = 0.01
    expected_users: str = "0.9"
    min_per_class: int = 50
    seed: int = 0
    min_distance_m: float = 0.0


@dataclass
class Sample:
    """Points (map coordinates of pixel centres) and their stratum, with the allocation."""

    x: np.ndarray
    y: np.ndarray
    stratum: np.ndarray
    classes: tuple[int, ...]
    area_ha: np.ndarray
    allocated: np.ndarray
    drawn: np.ndarray
    total: int
    notes: list[str] = field(default_factory=list)

    def allocation_lines(self) -> list[str]:
        """One line per stratum, for the log."""
        share = self.area_ha / self.area_ha.sum()
        return [
            tr("Stratum {cls}: {area:.2f} ha ({share:.2%} of the map), {n} points").format(
                cls=c, area=a, share=s, n=int(k))
            for c, a, s, k in zip(self.classes, self.area_ha, share, self.drawn)
        ]


def _metres_per_pixel(strata: StrataMap) -> tuple[float, float]:
    grid = strata.grid
    cx, cy = grid.center()
    t = grid.transform
    xs = [cx, cx + t.a, cx + t.b]
    ys = [cy, cy + t.d, cy + t.e]
    lons, lats = warp_points(grid.crs, CRS.from_epsg(4326), xs, ys)
    return (haversine_m(lons[0], lats[0], lons[1], lats[1]), haversine_m(lons[0], lats[0], lons[2], lats[2]))


def draw_sample(strata: StrataMap, design: SampleDesign, feedback: Feedback | None = None) -> Sample:
    """The stratified random sample of ``strata`` under ``design``."""
    feedback = feedback or Feedback()
    if design.min_per_class < 0 or design.size < 0:
        raise AptInputError(tr("The sample size and the minimum per class cannot be negative."))
    scan, _ = strata.scan(feedback, span=(0, 50))
    if not scan.classes:
        raise AptInputError(tr("The map has no valid pixels (all no data), so there is nothing to sample."))
    notes = []
    total = design.size
    if total == 0:
        expected = parse_expected_users(design.expected_users, scan.classes)
        total = sample_size(scan.area_m2, expected, design.target_se)
        notes.append(tr("Sample size {n} from a target standard error of OA of {se} (Olofsson et al. 2014, eq. 13).")
                     .format(n=total, se=design.target_se))
    allocated = allocate(total, scan.area_m2, design.min_per_class, scan.pixels)
    rng = np.random.default_rng(design.seed)
    spread = design.min_distance_m > 0
    candidates = {}
    for i, c in enumerate(scan.classes):
        k = int(allocated[i])
        if spread:
            k = min(int(scan.pixels[i]), 4 * k + 20)
        candidates[c] = rng.choice(int(scan.pixels[i]), size=k, replace=False) if k else np.zeros(0, np.int64)
    cols, rows = _locate(strata, scan, candidates, feedback)
    picked = {}
    if spread:
        picked = _spread(scan.classes, allocated, cols, rows, design.min_distance_m, _metres_per_pixel(strata))
    else:
        picked = {c: np.arange(len(cols[c])) for c in scan.classes}
    xs, ys, strata_of, drawn = [], [], [], []
    for i, c in enumerate(scan.classes):
        keep = picked[c]
        if len(keep) < allocated[i]:
            notes.append(tr("Only {got} of {wanted} points of stratum {cls} could be placed {distance} m apart.")
                         .format(got=len(keep), wanted=int(allocated[i]), cls=c, distance=design.min_distance_m))
        x, y = pixel_centers_to_map(strata.grid, cols[c][keep] + 0.5, rows[c][keep] + 0.5)
        xs.append(x)
        ys.append(y)
        strata_of.append(np.full(len(keep), c, dtype=np.int64))
        drawn.append(len(keep))
    feedback.progress(100)
    return Sample(np.concatenate(xs), np.concatenate(ys), np.concatenate(strata_of), scan.classes, scan.area_ha,
                  allocated, np.array(drawn), total, notes)


def _locate(strata: StrataMap, scan, candidates: dict, feedback: Feedback):
    """(col, row) of the chosen ranks of each class, in the order drawn, from a second pass."""
    where: dict[int, dict[int, tuple[np.ndarray, np.ndarray]]] = {}  # window -> class -> (ranks, order)
    for c, chosen in candidates.items():
        per = np.array([counts.get(c, 0) for counts in scan.per_window], dtype=np.int64)
        starts = np.concatenate([[0], np.cumsum(per)])
        w = np.searchsorted(starts, chosen, side="right") - 1
        for k in np.unique(w):
            sel = np.flatnonzero(w == k)
            where.setdefault(int(k), {})[c] = (chosen[sel] - starts[k], sel)
    cols = {c: np.zeros(len(v), np.int64) for c, v in candidates.items()}
    rows = {c: np.zeros(len(v), np.int64) for c, v in candidates.items()}
    blocks = list(windows(strata.grid, strata.block))
    for done, k in enumerate(sorted(where)):
        if feedback.is_cancelled():
            raise AptCancelledError(tr("Cancelled: no output was written."))
        feedback.progress(50 + 50 * done / max(1, len(where)))
        window = blocks[k]
        values, valid = strata.read(window)
        for c, (ranks, order) in where[k].items():
            flat = np.flatnonzero(valid & (values == c))[ranks]
            rows[c][order] = flat // int(window.width) + int(window.row_off)
            cols[c][order] = flat % int(window.width) + int(window.col_off)
    return cols, rows


def _spread(classes, allocated, cols, rows, distance_m: float, metres: tuple[float, float]) -> dict:
    """Candidates kept in their random order when at least ``distance_m`` from those kept before
    (the smallest strata first, so the rare classes are not crowded out)."""
    cell = distance_m
    taken: dict[tuple[int, int], list[tuple[float, float]]] = {}
    picked = {}
    order = sorted(range(len(classes)), key=lambda i: allocated[i])
    for i in order:
        c = classes[i]
        keep = []
        xm, ym = cols[c] * metres[0], rows[c] * metres[1]
        for j in range(len(xm)):
            if len(keep) >= allocated[i]:
                break
            gx, gy = math.floor(xm[j] / cell), math.floor(ym[j] / cell)
            near = (p for dx in (-1, 0, 1) for dy in (-1, 0, 1) for p in taken.get((gx + dx, gy + dy), ()))
            if any((px - xm[j]) ** 2 + (py - ym[j]) ** 2 < distance_m**2 for px, py in near):
                continue
            taken.setdefault((gx, gy), []).append((xm[j], ym[j]))
            keep.append(j)
        picked[c] = np.array(keep, dtype=np.int64)
    return picked
