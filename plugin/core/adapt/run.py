"""``adapt``: learn a region's adapter from labels, and measure what it gains.

Labels on each tile's grid (:mod:`.labels`), labelled tiles split into training and validation
from the seed (:mod:`.data`), each tile encoded once, then the decoder trained (:mod:`.training`)
and the frozen and adapted decoders measured on the held-out tiles. The adapter file and the
report are written only when all of it succeeded (under temporary names, moved into place).
"""

from __future__ import annotations

import math
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field

from ..accuracy.grid import VectorSource
from ..accuracy.metrics import Scores
from ..config import Config, Feedback
from ..errors import AptInputError
from ..gdal_cache import bounded_gdal_cache
from ..geo import extent_to_window
from ..i18n import tr
from ..imagery.temporal import open_imagery
from ..landcover.agreement import LandCoverStack
from ..models.adapter import base_state, save_adapter, set_decoder
from ..pipeline.planning import check_cancel, edge_margin_px, validate
from ..pipeline.segmentation import tile_views
from ..tiles.layout import TileLayout
from .data import EmbeddingStore, TrainingTile, describe_split, pack, split_tiles
from .labels import STRONG_CROP, LabelReader
from .training import TrainSettings, measure, train

EMBEDDINGS_IN_MEMORY = 512 * 2**20  # beyond this, tile embeddings go to the run folder


@dataclass
class AdaptConfig:
    """An adaptation: the run's inputs (image, land covers, prompts, model) and what to learn from."""

    run: Config
    labels: str | VectorSource | None = None  # cropland polygons (any OGR file, any CRS)
    label_area: str | VectorSource | None = None  # where the labels are complete (default: the labels' extent)
    weak_labels: bool = False
    weak_weight: float = 0.3
    epochs: int = 20
    learning_rate: float = 1e-4
    validation: float = 0.25
    output: str | None = None  # the adapter file (.pt)
    report: str | None = None  # the HTML report
    overwrite: bool = False
    patience: int = 3
    memory_bytes: int = EMBEDDINGS_IN_MEMORY


@dataclass
class AdaptResult:
    """What an adaptation made and measured."""

    adapter: str
    report: str | None
    tiles_train: int
    tiles_validation: int
    epochs_run: int
    best_epoch: int
    seconds: float
    before: Scores
    after: Scores
    train_loss: list[float]
    validation_loss: list[float]
    strong_pixels: int
    weak_pixels: int
    measured_on: str  # "validation" or "training" (a single labelled tile)
    train_seconds: float = 0.0  # the epochs alone (no labels, embeddings or metrics)
    notes: list[str] = field(default_factory=list)

    def summary(self) -> dict:
        """The command line's one-line JSON summary."""
        def number(value: float) -> float | None:
            return None if value is None or math.isnan(value) else round(float(value), 4)

        return {
            "tiles_train": self.tiles_train, "tiles_validation": self.tiles_validation, "epochs_run": self.epochs_run,
            "best_epoch": self.best_epoch, "seconds": round(self.seconds, 3),
            "train_seconds": round(self.train_seconds, 3),
            "validation_iou_before": number(self.before.iou), "validation_iou_after": number(self.after.iou),
            "validation_f1_before": number(self.before.f1), "validation_f1_after": number(self.after.f1),
            "validation_oa_before": number(self.before.oa), "validation_oa_after": number(self.after.oa),
            "measured_on": self.measured_on, "strong_pixels": self.strong_pixels, "weak_pixels": self.weak_pixels,
            "adapter": self.adapter, "report": self.report,
        }


def check_settings(config: AdaptConfig) -> None:
    """Refuse settings that cannot work, before anything is read."""
    if not config.output:
        raise AptInputError(tr("Choose where to save the adapter file (.pt)."))
    for path in (config.output, config.report):
        if path and os.path.exists(path) and not config.overwrite:
            raise AptInputError(
                tr("The output file {path!r} already exists. Choose another name, or allow overwriting.").format(
                    path=path))
    if config.epochs < 1:
        raise AptInputError(tr("Train for at least one epoch."))
    if not config.learning_rate > 0:
        raise AptInputError(tr("The learning rate must be above 0."))
    if not 0 <= config.validation < 1:
        raise AptInputError(tr("The validation share must be at least 0 and below 1 (0.25: a quarter of the "
                               "labelled tiles)."))
    if not 0 < config.weak_weight <= 1:
        raise AptInputError(tr("The weight of the weak labels must be above 0 and at most 1."))
    if not config.run.glc:
        raise AptInputError(tr("Choose a land cover (GLC): the prompts SAM learns to follow are sampled from it."))
    validate(config.run)


def adapt(config: AdaptConfig, engine=None, feedback: Feedback | None = None) -> AdaptResult:
    """Learn an adapter (see the module's docstring); ``engine`` (a ``SamEngine``) may be passed in to
    reuse its model and cached embeddings. Its decoder is left as it was."""
    feedback = feedback or Feedback()
    check_settings(config)
    started = time.perf_counter()
    workdir = tempfile.mkdtemp(prefix="apt_adapt_")
    try:
        with bounded_gdal_cache():
            return _adapt(config, engine, feedback, workdir, started)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _labelled_tiles(config: AdaptConfig, workdir: str, feedback: Feedback) -> list[TrainingTile]:
    """The tiles with labels, their codes and prompt regions (no image pixels read yet)."""
    run = config.run
    with open_imagery(run) as image, LandCoverStack(run.land_covers(), image.grid, run.agreement) as stack:
        grid = image.grid
        layout = TileLayout(grid.width, grid.height, run.tile_size, run.overlap)
        reader = LabelReader(grid, config.labels, config.label_area, config.weak_labels, workdir)
        margin = edge_margin_px(run, grid, stack.pixel_size_m)
        area = extent_to_window(grid, run.extent)
        tiles, candidates = [], [t for t in layout.tiles(area) if reader.touches(t.window)]
        try:
            for i, tile in enumerate(candidates):
                check_cancel(feedback)
                votes = stack.read(grid.window(tile.window))
                valid = image.valid(tile.window)
                codes = reader.read(tile.window, valid, votes, run.agreement, margin)
                feedback.progress(5 * (i + 1) / len(candidates), tr("Labels: tile {index}/{count}").format(
                    index=i + 1, count=len(candidates)))
                if not codes.any():
                    continue
                regions = stack.agreed(votes, valid, run.points_per_class, margin)
                item = TrainingTile(tile, (), codes, pack(regions.cropland),
                                    pack(regions.cropland | regions.not_cropland), margin)
                if item.prompts(run.seed, run.points_per_class, run.rounds).skipped:
                    feedback.info(tr("Tile {index}: labelled, but the land covers leave no room for prompts there; "
                                     "not used.").format(index=tile.index))
                    continue
                tiles.append(item)
        finally:
            reader.close()
    if not tiles:
        raise AptInputError(tr("No labelled pixel in the area processed: the labels (and weak labels) do not "
                               "cover any tile of the image where it has data and prompts can be placed."))
    if config.labels and not any((t.codes == STRONG_CROP).any() for t in tiles):
        feedback.info(tr("Warning: no label polygon lies inside the label area, so every labelled pixel there is "
                         "'not cropland'. The adapter will learn to map less cropland."))
    return tiles


def _encode(tiles: list[TrainingTile], config: Config, engine, store: EmbeddingStore, feedback: Feedback) -> None:
    """Each tile encoded once (or its embedding reused from the engine's cache), kept in ``store``."""
    with open_imagery(config) as image:
        for i, tile in enumerate(tiles):
            check_cancel(feedback)
            identity, rgb, _ = tile_views(image, tile.tile.window)[0]
            tile.key = (identity, tile.tile.key)  # the run's cache key: a run with the adapter decodes only
            store.put(tile.key, engine.embed(rgb, tile.key))
            feedback.progress(5 + 15 * (i + 1) / len(tiles), tr("Embeddings: tile {index}/{count}").format(
                index=i + 1, count=len(tiles)))


def _load_engine(config: Config, feedback: Feedback):
    from ..models.sam_engine import SamEngine

    feedback.info(tr("Loading the SAM model..."))
    return SamEngine(config.checkpoint or "", config.device, precision=config.precision, keep=False)


def _adapt(config: AdaptConfig, engine, feedback: Feedback, workdir: str, started: float) -> AdaptResult:
    run = config.run
    tiles = _labelled_tiles(config, workdir, feedback)
    train_tiles, held = split_tiles(tiles, config.validation, run.seed)
    feedback.info(describe_split(len(train_tiles), len(held)))
    engine = engine or _load_engine(run, feedback)
    engine.use_adapter(None)  # learn from the base model
    base = base_state(engine)
    store = EmbeddingStore(workdir, config.memory_bytes, engine.device)
    _encode(tiles, run, engine, store, feedback)
    settings = TrainSettings(run.seed, run.points_per_class, run.rounds, config.epochs, config.learning_rate,
                             config.weak_weight, config.patience, run.threshold)
    measured = held or train_tiles
    strong = any(t.counts()[0] for t in measured)
    before = measure(engine, measured, store, settings, strong)
    trained = train(engine, train_tiles, held, store, settings, feedback, (20, 95))
    try:
        set_decoder(engine, trained.tensors)
        after = measure(engine, measured, store, settings, strong)
    finally:
        set_decoder(engine, base)
    check_cancel(feedback)
    counts = [t.counts() for t in tiles]
    result = AdaptResult(
        config.output, config.report, len(train_tiles), len(held), trained.epochs_run, trained.best_epoch,
        time.perf_counter() - started, before, after, trained.train_loss, trained.validation_loss,
        sum(c[0] for c in counts), sum(c[1] for c in counts), "validation" if held else "training", trained.seconds)
    _write(config, engine, result, trained.tensors)
    return result


def _record(config: AdaptConfig, result: AdaptResult) -> dict:
    """What the adapter file records besides its tensors (plain values only)."""
    run = config.run
    return {
        "config": {"image": run.image, "land_covers": [c.source for c in run.land_covers()],
                   "agreement": run.agreement, "points_per_class": run.points_per_class, "rounds": run.rounds,
                   "seed": run.seed, "tile_size": run.tile_size, "overlap": run.overlap,
                   "bands": list(run.bands or []), "bands_preset": run.bands_preset, "epochs": config.epochs,
                   "learning_rate": config.learning_rate, "validation": config.validation,
                   "weak_weight": config.weak_weight, "patience": config.patience},
        "labels": {"labels": _name(config.labels), "label_area": _name(config.label_area),
                   "weak_labels": config.weak_labels, "strong_pixels": result.strong_pixels,
                   "weak_pixels": result.weak_pixels},
        "tiles": {"train": result.tiles_train, "validation": result.tiles_validation},
        "metrics": {"before": result.before.as_dict(), "after": result.after.as_dict(),
                    "measured_on": result.measured_on},
        "loss": {"train": list(result.train_loss), "validation": list(result.validation_loss)},
        "epochs_run": result.epochs_run, "best_epoch": result.best_epoch, "seconds": result.seconds,
        "created": time.strftime("%Y-%m-%dT%H:%M:%S"),
    }


def _name(source: str | VectorSource | None) -> str:
    """A label source as the adapter file records it."""
    if isinstance(source, VectorSource):
        return source.path + (f"|layername={source.layer}" if source.layer else "")
    return source or ""


def _write(config: AdaptConfig, engine, result: AdaptResult, tensors: dict) -> None:
    """The report (when asked for) and the adapter, each complete or not at all."""
    from .report import adapt_html

    part = None
    try:
        if config.report:
            part = os.path.join(os.path.dirname(os.path.abspath(config.report)),
                                f".{os.path.basename(config.report)}.part")
            with open(part, "w", encoding="utf-8") as handle:
                handle.write(adapt_html(result, engine.architecture.variant))
        save_adapter(config.output, tensors, engine.architecture.variant, engine.base_fingerprint,
                     _record(config, result))
        if part:
            os.replace(part, config.report)
            part = None
    finally:
        if part and os.path.exists(part):
            os.remove(part)

