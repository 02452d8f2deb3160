"""Estimators for a stratified random sample whose strata are the map's classes.

Olofsson, P., Foody, G. M., Herold, M., Stehman, S. V., Woodcock, C. E., Wulder, M. A. (2014).
Good practices for estimating area and assessing accuracy of land change. Remote Sensing of
Environment 148, 42-57. Equation numbers below are the paper's.

Notation: ``counts[i, j]`` sample points of map class i (the stratum) whose reference class is j;
``areas[i]`` the mapped area of class i; W_i = areas[i] / total area.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..errors import AptInputError
from ..i18n import tr

Z95 = 1.96


@dataclass
class Estimates:
    """The error matrix in area proportions and the estimates with their standard errors."""

    classes: tuple[int, ...]
    areas: np.ndarray  # mapped area per class (the unit of the input: ha below)
    counts: np.ndarray  # sample counts [map][reference]
    proportions: np.ndarray  # p_ij, eq. 4
    oa: float
    oa_se: float
    users: np.ndarray
    users_se: np.ndarray
    producers: np.ndarray
    producers_se: np.ndarray
    adjusted_area: np.ndarray
    adjusted_area_se: np.ndarray

    @property
    def n(self) -> np.ndarray:
        return self.counts.sum(axis=1)

    @staticmethod
    def ci95(se):
        """Half-width of the 95 % confidence interval (1.96 standard errors)."""
        return Z95 * np.asarray(se)


def check_strata(classes: tuple[int, ...], n: np.ndarray) -> None:
    """Every stratum needs at least 2 labelled points, else its variance is undefined."""
    short = [(c, int(k)) for c, k in zip(classes, n) if k < 2]
    if short:
        listed = ", ".join(tr("class {cls}: {n}").format(cls=c, n=k) for c, k in short)
        raise AptInputError(
            tr(
                "Every map class (stratum) needs at least 2 labelled sample points, or its variance cannot be "
                "estimated; labelled points per class: {listed}. Label more points of those classes (or add "
                "some), then run again."
            ).format(listed=listed)
        )


def estimate(classes: tuple[int, ...], areas, counts) -> Estimates:
    """Olofsson et al. (2014) estimates from strata ``areas`` and sample ``counts`` [map][reference]."""
    areas = np.asarray(areas, dtype=float)
    counts = np.asarray(counts, dtype=float)
    n_i = counts.sum(axis=1)
    check_strata(classes, n_i)
    total = areas.sum()
    w = areas / total
    frac = counts / n_i[:, None]  # n_ij / n_i.
    p = w[:, None] * frac  # eq. 4
    users = np.diag(frac).copy()  # eq. 2 (U_i = p_ii / p_i. = n_ii / n_i.)
    oa = float(np.trace(p))  # eq. 1
    oa_var = float(np.sum(w**2 * users * (1 - users) / (n_i - 1)))  # eq. 5
    users_var = users * (1 - users) / (n_i - 1)  # eq. 6
    p_ref = p.sum(axis=0)  # p_.j, the area proportion of reference class j (eq. 9)
    producers = np.divide(np.diag(p), p_ref, out=np.full(len(classes), math.nan), where=p_ref > 0)  # eq. 3
    n_ref = (areas[:, None] * frac).sum(axis=0)  # N^_.j, the estimated area of reference class j
    producers_var = np.full(len(classes), math.nan)
    for j in range(len(classes)):  # eq. 7
        if n_ref[j] <= 0:
            continue
        own = areas[j] ** 2 * (1 - producers[j]) ** 2 * users[j] * (1 - users[j]) / (n_i[j] - 1)
        others = sum(areas[i] ** 2 * frac[i, j] * (1 - frac[i, j]) / (n_i[i] - 1)
                     for i in range(len(classes)) if i != j)
        producers_var[j] = (own + producers[j] ** 2 * others) / n_ref[j] ** 2
    p_ref_var = np.sum((w**2)[:, None] * frac * (1 - frac) / (n_i - 1)[:, None], axis=0)  # eq. 10
    return Estimates(
        classes=tuple(classes), areas=areas, counts=counts, proportions=p, oa=oa, oa_se=math.sqrt(oa_var),
        users=users, users_se=np.sqrt(users_var), producers=producers, producers_se=np.sqrt(producers_var),
        adjusted_area=total * p_ref, adjusted_area_se=total * np.sqrt(p_ref_var),  # eqs. 8-11
    )


def sample_size(weights, expected_users, target_se: float) -> int:
    """Total sample size for a target standard error of OA, eq. 13: n = (sum W_i S_i / S(O))^2,
    S_i = sqrt(U_i (1 - U_i)) with U_i the expected user's accuracy of class i."""
    if not 0 < target_se < 1:
        raise AptInputError(tr("The target standard error of overall accuracy must be between 0 and 1; got {se}.")
                            .format(se=target_se))
    w = np.asarray(weights, dtype=float)
    w = w / w.sum()
    u = np.asarray(expected_users, dtype=float)
    s = np.sqrt(u * (1 - u))
    return max(1, int(math.ceil((np.sum(w * s) / target_se) ** 2 - 1e-9)))


def allocate(total: int, weights, min_per_class: int, available) -> np.ndarray:
    """Points per stratum: proportional to ``weights`` (area), largest remainders so they add up to
    ``total``; then every stratum topped up to ``min_per_class``; never more than its ``available``
    pixels."""
    w = np.asarray(weights, dtype=float)
    w = w / w.sum()
    exact = total * w
    n = np.floor(exact).astype(int)
    left = int(total - n.sum())
    if left > 0:
        n[np.argsort(-(exact - n), kind="stable")[:left]] += 1
    n = np.maximum(n, int(min_per_class))
    return np.minimum(n, np.asarray(available, dtype=int))


def parse_expected_users(text: str, classes: tuple[int, ...]) -> np.ndarray:
    """Expected user's accuracy per class from ``"1:0.8,0:0.95"``; a bare value (``"0.9"``) applies to
    every class not listed."""
    default, given = None, {}
    for part in (text or "").replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        try:
            if ":" in part:
                key, value = part.split(":", 1)
                given[int(key.strip())] = float(value)
            else:
                default = float(part)
        except ValueError:
            raise AptInputError(
                tr("Expected user's accuracies must look like '1:0.8,0:0.95' (class:accuracy) or one value such "
                   "as '0.9'; got {text!r}.").format(text=text)
            ) from None
    values = []
    for c in classes:
        u = given.get(c, default)
        if u is None:
            raise AptInputError(
                tr("No expected user's accuracy for map class {cls}: add '{cls}:0.9' (say), or one value for all "
                   "classes.").format(cls=c)
            )
        if not 0 <= u <= 1:
            raise AptInputError(tr("An expected user's accuracy must be between 0 and 1; got {value}.").format(value=u))
        values.append(u)
    return np.asarray(values)
