"""What a run is asked to do (:class:`Config`) and how it reports back (:class:`Feedback`)."""

from __future__ import annotations

from dataclasses import dataclass

from .landcover.agreement import ALL, LandCover
from .landcover.schemes import SCHEMES
from .prompts.points import PromptPoints

MAX_BATCH = 8  # tiles encoded together at most when the batch size is automatic


@dataclass
class Config:
    """Everything a run needs; the faces (dock, Processing) fill it from their widgets."""

    image: str
    glc: str | None = None
    cropland_classes: tuple[int, ...] = SCHEMES["worldcover"].cropland
    more_glc: tuple[LandCover, ...] = ()  # further land covers, voting with the first
    agreement: str = ALL  # how the land covers' votes make the regions prompts come from
    concept: str = ""  # a noun phrase SAM 3 segments on each tile, one more voter ("": none)
    extent: tuple[float, float, float, float] | None = None
    points_per_class: int = 30
    rounds: int = 3
    edge_margin_m: float | None = None
    seed: int = 0
    ensemble: int = 1  # independent prompt draws per tile, averaged (1: APT as published)
    tile_size: int = 1024
    overlap: int = 128
    checkpoint: str | None = None
    adapter: str | None = None  # an adapter file made by adapt for this checkpoint (models/adapter.py)
    device: str = "auto"
    precision: str = "auto"
    batch_size: int = 0  # tiles per encoder pass (0: automatic, one on a CPU, what the memory holds on a GPU)
    bands: tuple[int, ...] | None = None  # with dates: positions inside each date's band group
    bands_preset: str = "auto"  # auto, natural, false_colour, agriculture, ndvi (plugin/core/imagery/bands.py)
    dates: tuple[tuple[int, ...], ...] | None = None  # band groups of the image, one per date
    more_images: tuple[str, ...] = ()  # further dates as rasters, warped onto the image grid
    date_masks: tuple[int, ...] | None = None  # a mask band per date (non-zero: no data; 0: none)
    temporal: str = "single"  # single, composite, ensemble (plugin/core/imagery/temporal.py)
    stretch: str = "per_date"  # per_date, shared
    ndvi_bands: tuple[int, ...] | None = None  # red, NIR positions in a date's group
    min_area_m2: float = 500.0
    simplify_m: float = 0.0
    threshold: float = 0.5
    prompts: PromptPoints | None = None
    output: str | None = None
    probability_output: str | None = None
    uncertainty_output: str | None = None
    agreement_output: str | None = None
    concept_output: str | None = None  # the concept's cropland (1) / not (0) raster
    review_output: str | None = None
    fields_output: str | None = None  # field parcels inside the cropland (plugin/core/fields)
    field_spacing_m: float | None = None  # their point prompts' spacing (None: 32 pixels)
    field_min_score: float = 0.8  # predicted IoU, as SAM's automatic mask generator's pred_iou_thresh
    field_min_stability: float = 0.9  # as its stability_score_thresh
    min_field_area_m2: float = 2000.0
    overwrite: bool = False

    def land_covers(self) -> list[LandCover]:
        """The land cover products, the first (``glc``) first; empty when there is none."""
        if not self.glc:
            return []
        return [LandCover(self.glc, tuple(self.cropland_classes)), *self.more_glc]


class Feedback:
    """Progress and cancel hooks; the faces subclass it (QgsProcessingFeedback, QgsTask)."""

    def progress(self, percent: float, message: str = "") -> None:
        """Report overall progress, 0-100."""

    def info(self, message: str) -> None:
        """Report something the analyst should know (a relaxed margin, a skipped tile...)."""

    def is_cancelled(self) -> bool:
        return False
