"""The command line's flags: the run options of the one table (``core/options.py``), spelled as
flags, the outputs' switches, and the command line's own (``--out``, the cluster's)."""

from __future__ import annotations

import argparse
import os

from ..core.config import MAX_BATCH, Config
from ..core.errors import AptInputError
from ..core.i18n import tr
from ..core.imagery.dates import parse_dates, parse_masks
from ..core.imagery.reader import parse_bands
from ..core.landcover.agreement import LandCover, parse_class_lists
from ..core.landcover.glc_online import ONLINE_PRODUCTS, ONLINE_SOURCES, land_cover_classes
from ..core.models.catalog import catalog, gated_hint, resolve_checkpoint
from ..core.options import (
    CHOICE,
    CLI,
    FILE,
    FLOAT,
    INT,
    LAND_COVER,
    LAND_COVERS,
    RASTERS,
    RunOption,
    option,
    run_options,
    run_outputs,
)

# The files a run writes into --out (from the outputs table)
FILES = {item.name: item.file for item in run_outputs()}
CROPLAND, PROBABILITY = FILES["OUTPUT"], FILES["OUTPUT_PROBABILITY"]
UNCERTAINTY, AGREEMENT, REVIEW = FILES["OUTPUT_UNCERTAINTY"], FILES["OUTPUT_AGREEMENT"], FILES["OUTPUT_REVIEW"]
FIELDS, CONCEPT = FILES["OUTPUT_FIELDS"], FILES["OUTPUT_CONCEPT"]


def dest(item: RunOption) -> str:
    """The argparse attribute of an option's flag (``--points-per-class`` -> ``points_per_class``)."""
    return item.flag.lstrip("-").replace("-", "_")


def _add_option(run: argparse.ArgumentParser, item: RunOption) -> None:
    """One flag made from the table: its type, default, choices and help."""
    kwargs: dict = {"help": item.help}
    if item.kind == INT:
        kwargs.update(type=int, default=item.default)
    elif item.kind == FLOAT:
        kwargs.update(type=float, default=item.default)
    elif item.kind == CHOICE:
        kwargs.update(choices=item.choices, default=item.default)
    elif item.kind in (LAND_COVERS, RASTERS):
        kwargs.update(nargs="*", default=[])
    elif item.name == "CROPLAND_CLASSES":
        kwargs.update(default=None)  # unset: the default, or an online product's own classes
    else:
        kwargs.update(default=item.default or None)
    if item.name == "IMAGE":
        kwargs["required"] = True
    if item.kind == FILE:
        kwargs["metavar"] = "FILE"
    if item.kind == LAND_COVER:
        kwargs["help"] = tr("{help}: a raster file, or a product read online: {names}").format(
            help=item.help, names=", ".join(ONLINE_PRODUCTS))
    if item.default not in (None, "", ()) and item.kind != CHOICE:
        kwargs["help"] += tr(" (default: {value})").format(value=item.default)
    run.add_argument(item.flag, dest=dest(item), **kwargs)


def parser() -> argparse.ArgumentParser:
    """``python -m apt_cropland run ...``."""
    top = argparse.ArgumentParser(
        prog="python -m apt_cropland",
        description=tr("APT Cropland: map cropland with SAM prompted by global land cover, without QGIS."),
    )
    commands = top.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help=tr("run the whole pipeline on an image"))
    for item in run_options():
        if item.on(CLI):
            _add_option(run, item)
    run.add_argument("--models-dir", default=os.environ.get("APT_CROPLAND_MODELS_DIR"),
                     help=tr("the model folder for model names (default: $APT_CROPLAND_MODELS_DIR)"))
    for item in run_outputs():
        if item.flag and item.on(CLI):
            run.add_argument(item.flag, action="store_true",
                             help=tr("also write {file}: {what}").format(file=item.file, what=item.help))
    run.add_argument("--out", required=True, help=tr("the folder that receives the results"))
    run.add_argument("--overwrite", action="store_true", help=tr("replace results already in --out"))
    run.add_argument("--json", action="store_true", help=tr("print a one-line JSON summary at the end"))
    run.add_argument("--workers", type=int, default=0,
                     help=tr("worker processes of a local Dask cluster (0: everything in this process)"))
    run.add_argument("--gpus-per-worker", type=float, default=0.0, help=tr("GPUs each tile needs (Dask resources)"))
    run.add_argument("--tiles-per-task", type=int, default=0,
                     help=tr("tiles per cluster task (0: the batch size when given, {most} with --gpus-per-worker, "
                             "else 1)").format(most=MAX_BATCH))
    run.add_argument("--retries", type=int, default=3, help=tr("times a failed tile is tried again elsewhere"))
    run.add_argument("--resume", action="store_true",
                     help=tr("skip tiles already finished in --out under the same configuration"))
    _adapt_parser(commands)
    return top


# The run options ``adapt`` takes: the inputs of a run (what its prompts and embeddings come from)
ADAPT_OPTIONS = ("IMAGE", "GLC", "CROPLAND_CLASSES", "MORE_GLC", "MORE_GLC_CLASSES", "AGREEMENT", "EXTENT",
                 "POINTS_PER_CLASS", "ROUNDS", "EDGE_MARGIN", "SEED", "TILE_SIZE", "OVERLAP", "CHECKPOINT", "DEVICE",
                 "PRECISION", "BANDS", "BANDS_PRESET", "DATES", "MORE_IMAGES", "TEMPORAL", "NDVI_BANDS",
                 "DATE_MASKS", "STRETCH")


def _adapt_parser(commands) -> None:
    """``python -m apt_cropland adapt ...``: the run's input flags and the adaptation's own."""
    adapt = commands.add_parser("adapt", help=tr("adapt SAM's decoder to the region from labels (an adapter file)"))
    for name in ADAPT_OPTIONS:
        _add_option(adapt, option(name))
    adapt.add_argument("--models-dir", default=os.environ.get("APT_CROPLAND_MODELS_DIR"),
                       help=tr("the model folder for model names (default: $APT_CROPLAND_MODELS_DIR)"))
    adapt.add_argument("--labels", help=tr("cropland polygons (any vector file, any CRS): inside is cropland"))
    adapt.add_argument("--label-area", help=tr("polygons where --labels is complete: inside them and outside the "
                                               "labels is not cropland (default: the extent of --labels)"))
    adapt.add_argument("--weak-labels", action="store_true",
                       help=tr("also learn, outside the label area, from the pixels where the land covers agree"))
    adapt.add_argument("--weak-weight", type=float, default=0.3,
                       help=tr("the weight of a weak label against a strong one (default: 0.3)"))
    adapt.add_argument("--epochs", type=int, default=20, help=tr("epochs at most (default: 20)"))
    adapt.add_argument("--learning-rate", type=float, default=1e-4, help=tr("Adam's learning rate (default: 1e-4)"))
    adapt.add_argument("--validation", type=float, default=0.25,
                       help=tr("share of the labelled tiles held out for validation (default: 0.25)"))
    adapt.add_argument("--out", required=True, help=tr("the adapter file to write (.pt)"))
    adapt.add_argument("--report", help=tr("also write an HTML report (scores before and after, loss curves)"))
    adapt.add_argument("--overwrite", action="store_true", help=tr("replace --out and --report if they exist"))
    adapt.add_argument("--json", action="store_true", help=tr("print a one-line JSON summary at the end"))


def _extent(text: str | None) -> tuple[float, float, float, float] | None:
    if not text:
        return None
    try:
        xmin, ymin, xmax, ymax = (float(v) for v in text.split(","))
    except ValueError:
        raise AptInputError(
            tr("The extent must be four numbers xmin,ymin,xmax,ymax in the image CRS; got {text!r}.").format(text=text)
        ) from None
    return xmin, ymin, xmax, ymax


def tls_from(args: argparse.Namespace):
    """The ``TlsFiles`` of ``--tls-ca-file``, ``--tls-cert`` and ``--tls-key`` (checked by the cluster
    run), or ``None`` when none is given (the cluster package, which needs Dask, is imported only then)."""
    if not (args.tls_ca_file or args.tls_cert or args.tls_key):
        return None
    from ..core.cluster.security import TlsFiles

    return TlsFiles(args.tls_ca_file, args.tls_cert, args.tls_key)


# Options given as text and parsed by the core, by Config field
_TEXT_PARSERS = {"bands": parse_bands, "ndvi_bands": parse_bands, "dates": parse_dates, "date_masks": parse_masks}


def _checkpoint(args: argparse.Namespace) -> str:
    checkpoint = args.checkpoint
    if not checkpoint or checkpoint in catalog():
        resolved = resolve_checkpoint(checkpoint, args.models_dir)
        if resolved is None:
            entry = catalog().get(checkpoint)
            if entry is not None and entry.gated:
                hint = gated_hint(entry)  # translated there
                raise AptInputError(hint)
            raise AptInputError(
                tr("The SAM model {name!r} is not in the model folder {folder}: give --checkpoint a .pth file, or "
                   "--models-dir the folder that has it.").format(name=checkpoint or "vit_b", folder=args.models_dir)
            )
        checkpoint = resolved
    return checkpoint


def config_from(args: argparse.Namespace) -> Config:
    """The core Config of ``run``'s flags, its outputs inside ``--out``."""
    if tls_from(args) and not args.scheduler:
        raise AptInputError(tr("--tls-ca-file, --tls-cert and --tls-key are for a tls:// --scheduler; none was given."))
    config = inputs_from(args)
    out = args.out
    config.output = os.path.join(out, CROPLAND)
    config.probability_output = os.path.join(out, PROBABILITY)
    config.uncertainty_output = os.path.join(out, UNCERTAINTY) if args.uncertainty else None
    config.agreement_output = os.path.join(out, AGREEMENT) if args.agreement_raster else None
    config.concept_output = os.path.join(out, CONCEPT) if args.concept_raster else None
    config.review_output = os.path.join(out, REVIEW) if args.review else None
    config.fields_output = os.path.join(out, FIELDS) if args.fields else None
    config.overwrite = args.overwrite
    if args.prompts:
        config.prompts = _read_prompts(args.prompts, config)
    elif not config.glc:
        raise AptInputError(tr("Choose a land cover (--glc: a raster file or an online product) or give prompt "
                               "points (--prompts)."))
    return config


def inputs_from(args: argparse.Namespace) -> Config:
    """The core Config of the run options' flags that ``args`` has (``run``'s or ``adapt``'s), no outputs."""
    values = {}
    for item in run_options():
        if not (item.on(CLI) and item.field) or not hasattr(args, dest(item)):
            continue
        value = getattr(args, dest(item))
        if item.field in _TEXT_PARSERS:
            value = _TEXT_PARSERS[item.field](value)
        values[item.field] = value
    more = list(args.more_glc or [])
    more_classes = parse_class_lists(args.more_classes or "", len(more))
    values.update(
        glc=ONLINE_SOURCES.get(args.glc, args.glc),
        cropland_classes=land_cover_classes(args.glc, args.classes, option("CROPLAND_CLASSES").default),
        more_glc=tuple(LandCover(ONLINE_SOURCES.get(p, p), c) for p, c in zip(more, more_classes)),
        extent=_extent(args.extent),
        checkpoint=_checkpoint(args),
        more_images=tuple(args.more_images or ()),
        prompts=None,  # read once the image grid is known (prompts_from)
    )
    return Config(**values)


def _read_prompts(path: str, config: Config):
    """The analyst's prompt points (any point file, any CRS) in the image CRS."""
    from ..core.imagery.temporal import open_imagery
    from ..core.vectors.points_io import read_points_file

    with open_imagery(config) as image:
        return read_points_file(path, image.grid)


__all__ = ["AGREEMENT", "CROPLAND", "PROBABILITY", "REVIEW", "UNCERTAINTY", "config_from", "inputs_from", "parser"]
