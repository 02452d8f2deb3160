"""Several land covers at once: their votes on every image pixel, and the regions they agree on.

Each product is warped onto the image grid (:class:`~.glc.GlcReader`) and votes cropland or not
where it has data; where it has none it does not vote (it neither agrees nor disagrees). Under
the rule ``all`` a pixel is agreed cropland when every product with data there says cropland and
agreed non-cropland when none does; under ``majority`` when more than half of them do (or do
not). Elsewhere the products disagree and no prompt point is placed.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..errors import AptInputError
from ..geo import Grid
from ..i18n import tr
from .glc import GlcReader, Prelabel

ALL, MAJORITY, FIRST = "all", "majority", "first"
AGREEMENT_RULES = (ALL, MAJORITY)
# When the agreed regions of a tile are too small for the points asked for, the rule is relaxed
# in these steps (the configured rule first), and the tile's report says so.
RELAX_STEPS = {ALL: (ALL, MAJORITY, FIRST), MAJORITY: (MAJORITY, FIRST)}
NO_DATA_VOTES = 255  # in the agreement raster: no product has data here
# The verdict raster (the land covers' word on each pixel under the rule): what review reads
VERDICT_NOT, VERDICT_CROPLAND, VERDICT_DISAGREE, VERDICT_NODATA = 0, 1, 2, 255


@dataclass(frozen=True)
class LandCover:
    """One land cover product: a raster path (or an online source id) and its cropland classes."""

    source: str
    classes: tuple[int, ...]


@dataclass
class Votes:
    """The products' votes on one window of the image grid."""

    cropland: np.ndarray  # uint8: how many products call the pixel cropland
    with_data: np.ndarray  # uint8: how many products have data there
    first: Prelabel  # the first product alone (the last relaxation step)

    def regions(self, rule: str) -> tuple[np.ndarray, np.ndarray]:
        """``(cropland, not_cropland)`` boolean regions agreed under ``rule``."""
        if rule == FIRST:
            return self.first.cropland, self.first.valid & ~self.first.cropland
        has = self.with_data > 0
        if rule == ALL:
            return has & (self.cropland == self.with_data), has & (self.cropland == 0)
        if rule == MAJORITY:
            twice = 2 * self.cropland.astype(np.int16)
            data = self.with_data.astype(np.int16)
            return twice > data, 2 * (data - self.cropland) > data
        raise AptInputError(
            tr("Unknown agreement rule {rule!r}; choose one of {rules}.").format(
                rule=rule, rules=", ".join(AGREEMENT_RULES)
            )
        )

    def counts(self) -> np.ndarray:
        """The agreement raster's values: products calling the pixel cropland, 255 where none has data."""
        return np.where(self.with_data > 0, self.cropland, NO_DATA_VOTES).astype(np.uint8)

    def verdict(self, rule: str) -> np.ndarray:
        """0 agreed not cropland, 1 agreed cropland, 2 the products disagree, 255 no data."""
        cropland, other = self.regions(rule)
        out = np.full(cropland.shape, VERDICT_DISAGREE, dtype=np.uint8)
        out[cropland] = VERDICT_CROPLAND
        out[other] = VERDICT_NOT
        out[self.with_data == 0] = VERDICT_NODATA
        return out

    @property
    def valid(self) -> np.ndarray:
        return self.with_data > 0


@dataclass
class AgreedRegions:
    """The regions prompts are sampled from on one tile, and the rule that gave them."""

    cropland: np.ndarray
    not_cropland: np.ndarray
    rule: str
    note: str | None = None


class LandCoverStack:
    """Several land cover products read together onto the image grid (one reader each)."""

    def __init__(self, products: list[LandCover], image_grid: Grid, rule: str = ALL):
        if rule not in AGREEMENT_RULES:
            raise AptInputError(
                tr("Unknown agreement rule {rule!r}; choose one of {rules}.").format(
                    rule=rule, rules=", ".join(AGREEMENT_RULES)
                )
            )
        self.rule = rule
        self.products = products
        self.readers: list[GlcReader] = []
        try:
            for i, product in enumerate(products):
                try:
                    self.readers.append(GlcReader(product.source, product.classes, image_grid))
                except AptInputError as exc:
                    if len(products) == 1:
                        raise
                    raise AptInputError(
                        tr("Land cover {number} of {count} ({source}): {error}").format(
                            number=i + 1, count=len(products), source=product.source, error=exc
                        )
                    ) from None
        except BaseException:
            self.close()
            raise

    @property
    def first(self) -> GlcReader:
        return self.readers[0]

    @property
    def pixel_size_m(self) -> float:
        """The coarsest product's pixel: the agreed region's edges are that coarse."""
        return max(reader.pixel_size_m for reader in self.readers)

    def read(self, grid: Grid) -> Votes:
        """Every product's vote on ``grid`` (one tile of the image)."""
        cropland = np.zeros((grid.height, grid.width), dtype=np.uint8)
        with_data = np.zeros_like(cropland)
        first = None
        for reader in self.readers:
            prelabel = reader.read(grid)
            first = first or prelabel
            cropland += prelabel.cropland
            with_data += prelabel.valid
        return Votes(cropland, with_data, first)

    def agreed(self, votes: Votes, image_valid: np.ndarray, points_per_class: int, margin_px: int = 0,
               concept: bool = False) -> AgreedRegions:
        """The regions of the strictest step (from the configured rule) with room for the points
        at least ``margin_px`` from the regions' edges.

        A step is taken only when it gives more room to the class that lacks it; when no step
        gives enough, the one giving the most is used. With a ``concept`` voting, the first product
        alone is never a step: what the rule asks of the concept stays asked.
        """
        from .masks import erode

        steps = RELAX_STEPS[self.rule] if len(self.readers) > 1 else (self.rule,)
        if concept:
            steps = tuple(step for step in RELAX_STEPS[self.rule] if step != FIRST)
        best = None
        for step in steps:
            cropland, other = (region & image_valid for region in votes.regions(step))
            room = min(*(int(np.count_nonzero(erode(r, margin_px))) for r in (cropland, other)), points_per_class)
            if best is None or room > best[0]:
                best = (room, AgreedRegions(cropland, other, step))
            if room >= points_per_class:
                break
        regions = best[1]
        if regions.rule != self.rule:
            regions.note = tr(
                "the land covers agree on too little here for {points} points per class: agreement relaxed "
                "from '{rule}' to '{used}'"
            ).format(points=points_per_class, rule=self.rule, used=regions.rule)
        return regions

    def close(self) -> None:
        for reader in self.readers:
            reader.close()
        self.readers = []

    def __enter__(self) -> LandCoverStack:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def parse_class_lists(text: str, count: int) -> list[tuple[int, ...]]:
    """``"5;4"`` or ``"esri;dynamicworld"``: one cropland class list per extra land cover."""
    from .schemes import parse_classes

    parts = [part.strip() for part in (text or "").split(";")] if (text or "").strip() else []
    if len(parts) != count:
        raise AptInputError(
            tr(
                "Give one cropland class list per additional land cover, separated by ';' (for example "
                "'5;4' or 'esri;dynamicworld'): {count} land covers were given, but {lists} class lists."
            ).format(count=count, lists=len(parts))
        )
    return [parse_classes(part) for part in parts]
