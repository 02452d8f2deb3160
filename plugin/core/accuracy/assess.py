"""A labelled sample and its map -> Olofsson et al. (2014) estimates of accuracy and area.

Each point's stratum is the map class under it (read from the map, whatever the point's own
fields say); the strata's areas are the map's, as true ground area in hectares.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass, field

import numpy as np

from ..config import Feedback
from ..errors import AptInputError
from ..i18n import tr
from .olofsson import Estimates, estimate
from .strata import StrataMap

TABLE_COLUMNS = (
    "class", "n", "mapped_area_ha", "adjusted_area_ha", "adjusted_area_ci95_ha", "users_accuracy",
    "users_accuracy_ci95", "producers_accuracy", "producers_accuracy_ci95",
)


@dataclass
class Assessment:
    """The estimates, and which points were used or left out."""

    estimates: Estimates
    used: int
    unlabelled: int
    off_map: int
    notes: list[str] = field(default_factory=list)

    def rows(self) -> list[dict]:
        """One row per map class, with :data:`TABLE_COLUMNS`."""
        e = self.estimates
        ci = Estimates.ci95
        rows = []
        for i, c in enumerate(e.classes):
            rows.append({
                "class": c, "n": int(e.n[i]), "mapped_area_ha": e.areas[i],
                "adjusted_area_ha": e.adjusted_area[i], "adjusted_area_ci95_ha": ci(e.adjusted_area_se[i]),
                "users_accuracy": e.users[i], "users_accuracy_ci95": ci(e.users_se[i]),
                "producers_accuracy": e.producers[i], "producers_accuracy_ci95": ci(e.producers_se[i]),
            })
        return rows

    def write_csv(self, path: str) -> str:
        with open(path, "w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(TABLE_COLUMNS)
            for row in self.rows():
                writer.writerow([_cell(row[k]) for k in TABLE_COLUMNS])
        return path

    def log_lines(self) -> list[str]:
        lines = [tr("{used} labelled points used.").format(used=self.used)]
        if self.unlabelled:
            lines.append(tr("{n} points without a reference label were skipped.").format(n=self.unlabelled))
        if self.off_map:
            lines.append(tr("{n} points off the map or on its no data were skipped.").format(n=self.off_map))
        return lines + self.notes


def _cell(value) -> str:
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    value = float(value)
    return "" if math.isnan(value) else f"{value:.6f}"


def assess(strata: StrataMap, xs, ys, labels, field_name: str = "ref_class",
           feedback: Feedback | None = None) -> Assessment:
    """Estimates from sample points (map coordinates, in the map's CRS) and their reference
    ``labels`` (int, or None when not labelled)."""
    xs, ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
    if len(xs) == 0:
        raise AptInputError(tr("The sample has no points."))
    labelled = np.array([label is not None for label in labels], dtype=bool)
    if not labelled.any():
        raise AptInputError(
            tr("None of the {n} sample points has a reference label in the field {field!r}: fill it in with the "
               "class seen on the ground or on imagery (the map's class codes), then run again.").format(
                n=len(xs), field=field_name)
        )
    scan, under = strata.scan(feedback or Feedback(), xs=xs, ys=ys)
    if not scan.classes:
        raise AptInputError(tr("The map has no valid pixels (all no data)."))
    off = labelled & (under < 0)
    use = labelled & (under >= 0)
    if not use.any():
        raise AptInputError(
            tr("None of the labelled sample points lies on the map's valid pixels: check that the sample and the "
               "map cover the same place (and their CRSs).")
        )
    ref = np.array([labels[i] for i in np.flatnonzero(use)], dtype=np.int64)
    stratum = under[use]
    index = {c: i for i, c in enumerate(scan.classes)}
    strange = sorted(set(int(v) for v in ref) - set(index))
    if strange:
        raise AptInputError(
            tr("Reference labels {labels} in the field {field!r} are not classes of the map ({classes}): the labels "
               "must use the map's class codes.").format(
                labels=", ".join(str(v) for v in strange[:10]), field=field_name,
                classes=", ".join(str(c) for c in scan.classes[:30]))
        )
    counts = np.zeros((len(scan.classes), len(scan.classes)), dtype=np.int64)
    np.add.at(counts, (np.array([index[int(s)] for s in stratum]), np.array([index[int(r)] for r in ref])), 1)
    result = estimate(scan.classes, scan.area_ha, counts)
    return Assessment(result, int(use.sum()), int((~labelled).sum()), int(off.sum()))
