"""APT prompts: balanced positive/negative points spread over each class, split into rounds."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import numpy as np

from ..i18n import tr
from ..landcover.masks import erode

CANDIDATES_PER_POINT = 12


@dataclass
class TilePrompts:
    """Prompt points of one tile, in tile pixel coordinates (0.5 = centre of the first pixel)."""

    cols: np.ndarray
    rows: np.ndarray
    labels: np.ndarray
    rounds: np.ndarray
    margin_px: int = 0
    notes: list[str] = field(default_factory=list)
    skipped: str | None = None

    @classmethod
    def empty(cls, reason: str | None = None) -> TilePrompts:
        z = np.zeros(0)
        return cls(z, z.copy(), z.astype(np.int8), z.astype(np.int16), skipped=reason)

    def __len__(self) -> int:
        return int(self.labels.size)

    @property
    def n_positive(self) -> int:
        return int((self.labels == 1).sum())

    @property
    def n_negative(self) -> int:
        return int((self.labels == 0).sum())

    def upto_round(self, k: int) -> tuple[np.ndarray, np.ndarray]:
        """``(xy[N, 2], labels[N])`` of the points of rounds 1..k (what SAM sees in round k)."""
        keep = self.rounds <= k
        return np.stack([self.cols[keep], self.rows[keep]], axis=1), self.labels[keep]

    def digest(self) -> str:
        """A fingerprint of the points, labels and rounds (equal prompts, equal digest)."""
        h = hashlib.sha1()
        for a in (self.cols, self.rows):
            h.update(np.asarray(a, dtype=np.float64).tobytes())
        for a in (self.labels, self.rounds):
            h.update(np.asarray(a, dtype=np.int64).tobytes())
        return h.hexdigest()


def spread_sample(pixels: np.ndarray, width: int, n: int, rng: np.random.Generator) -> np.ndarray:
    """Indices into ``pixels`` (flat indices of a region in rows of ``width``) of ``n`` of them
    spread evenly over the region (Mitchell's best-candidate sampling).

    Each new point is the candidate, among a few drawn uniformly from the region, farthest from
    the points already chosen: uniform in density, but without the clumps of plain random draws.
    Every prefix of the result is itself well spread, which the round split relies on.
    """
    total = pixels.size
    if n >= total:
        return rng.permutation(total)
    chosen = np.empty(n, dtype=np.int64)
    chosen[0] = rng.integers(total)
    chosen_rows, chosen_cols = np.empty(n, dtype=np.int64), np.empty(n, dtype=np.int64)
    chosen_rows[0], chosen_cols[0] = divmod(int(pixels[chosen[0]]), width)
    for i in range(1, n):
        # distance from each candidate to its nearest chosen point: only candidates are measured
        candidates = rng.integers(total, size=CANDIDATES_PER_POINT)
        rows, cols = np.divmod(pixels[candidates], width)
        d_rows = rows[:, None] - chosen_rows[None, :i]
        d_cols = cols[:, None] - chosen_cols[None, :i]
        best = int(np.argmax((d_rows**2 + d_cols**2).min(axis=1)))
        chosen[i], chosen_rows[i], chosen_cols[i] = candidates[best], rows[best], cols[best]
    return chosen


def _region_with_margin(region: np.ndarray, margin: int, needed: int) -> tuple[np.ndarray, int]:
    """The region eroded by the largest margin (halving from ``margin``) that leaves ``needed`` pixels."""
    m = max(0, int(margin))
    while True:
        eroded = erode(region, m)
        if m == 0 or np.count_nonzero(eroded) >= needed:
            return eroded, m
        m //= 2


def sample_prompts(
    cropland: np.ndarray,
    valid: np.ndarray,
    points_per_class: int = 30,
    margin_px: int = 1,
    rounds: int = 3,
    seed: int | np.random.SeedSequence = 0,
) -> TilePrompts:
    """APT prompts for one tile from its pre-label.

    ``cropland`` and ``valid`` are boolean tile arrays (valid = both image and GLC have data).
    Positives lie in cropland, negatives outside it, in equal numbers, at least ``margin_px``
    pixels from any class or nodata edge (the margin is halved until enough room is left, then
    fewer points are taken). Round ``r`` gets every ``rounds``-th point of each class.
    """
    rng = np.random.default_rng(seed)
    positive_region = cropland & valid
    negative_region = ~cropland & valid
    if not valid.any():
        return TilePrompts.empty(tr("no data: the image or the land cover has no valid pixels here"))
    if not positive_region.any():
        return TilePrompts.empty(tr("no cropland in the land cover here"))

    notes: list[str] = []
    pos_area, pos_margin = _region_with_margin(positive_region, margin_px, points_per_class)
    neg_area, neg_margin = _region_with_margin(negative_region, margin_px, points_per_class)
    used_margin = min(pos_margin, neg_margin) if negative_region.any() else pos_margin
    if used_margin < margin_px:
        notes.append(
            tr("edge margin relaxed from {asked} to {used} px: class areas too small").format(
                asked=margin_px, used=used_margin
            )
        )
    n_pos_available = int(np.count_nonzero(pos_area))
    n_neg_available = int(np.count_nonzero(neg_area))
    if n_neg_available == 0:
        n_pos, n_neg = min(points_per_class, n_pos_available), 0
        notes.append(tr("no non-cropland in the land cover here: positive points only"))
    else:
        n_pos = n_neg = min(points_per_class, n_pos_available, n_neg_available)
    if 0 < n_pos < points_per_class:
        notes.append(
            tr("only {count} points per class fit in this tile (asked for {asked})").format(
                count=n_pos, asked=points_per_class
            )
        )

    cols, rows, labels, round_ids = [], [], [], []
    for area, n, label in ((pos_area, n_pos, 1), (neg_area, n_neg, 0)):
        if n == 0:
            continue
        pixels = np.flatnonzero(area)
        r, c = np.divmod(pixels[spread_sample(pixels, area.shape[1], n, rng)], area.shape[1])
        rows.append(r + 0.5)
        cols.append(c + 0.5)
        labels.append(np.full(n, label, dtype=np.int8))
        round_ids.append((np.arange(n) % max(1, rounds) + 1).astype(np.int16))
    return TilePrompts(
        cols=np.concatenate(cols),
        rows=np.concatenate(rows),
        labels=np.concatenate(labels),
        rounds=np.concatenate(round_ids),
        margin_px=used_margin,
        notes=notes,
    )
