"""The command line's flags: the Processing options, spelled as flags, and the cluster's."""

from __future__ import annotations

import argparse
import os

from ..core.config import MAX_BATCH, Config
from ..core.errors import AptInputError
from ..core.i18n import tr
from ..core.imagery.reader import parse_bands
from ..core.landcover.agreement import AGREEMENT_RULES, LandCover, parse_class_lists
from ..core.landcover.glc_online import ONLINE_PRODUCTS, ONLINE_SOURCES
from ..core.landcover.schemes import SCHEMES, parse_classes
from ..core.models.catalog import DEVICES, PRECISIONS, catalog, resolve_checkpoint

# The files a run writes into --out
CROPLAND, PROBABILITY = "cropland.gpkg", "probability.tif"
UNCERTAINTY, AGREEMENT, REVIEW = "uncertainty.tif", "agreement.tif", "review.gpkg"


def parser() -> argparse.ArgumentParser:
    """``python -m apt_cropland run ...``."""
    top = argparse.ArgumentParser(
        prog="python -m apt_cropland",
        description=tr("APT Cropland: map cropland with SAM prompted by global land cover, without QGIS."),
    )
    commands = top.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help=tr("run the whole pipeline on an image"))
    run.add_argument("--image", required=True, help=tr("the image raster (any CRS)"))
    run.add_argument("--glc", help=tr("the land cover raster, or a product read online: {names}").format(
        names=", ".join(ONLINE_PRODUCTS)))
    run.add_argument("--classes", help=tr("its cropland class values or scheme name (default: 40, or the online "
                                          "product's own)"))
    run.add_argument("--more-glc", nargs="*", default=[], help=tr("further land covers voting with the first"))
    run.add_argument("--more-classes", default="", help=tr("their cropland classes, one list each, ';' between"))
    run.add_argument("--agreement", choices=AGREEMENT_RULES, default="all", help=tr("how the land covers agree"))
    run.add_argument("--checkpoint", help=tr("a SAM checkpoint file, or a model name from the model folder"))
    run.add_argument("--models-dir", default=os.environ.get("APT_CROPLAND_MODELS_DIR"),
                     help=tr("the model folder for model names (default: $APT_CROPLAND_MODELS_DIR)"))
    run.add_argument("--tile-size", type=int, default=1024)
    run.add_argument("--overlap", type=int, default=128)
    run.add_argument("--points-per-class", type=int, default=30)
    run.add_argument("--rounds", type=int, default=3)
    run.add_argument("--seed", type=int, default=0)
    run.add_argument("--ensemble", type=int, default=1, help=tr("prompt draws per tile, averaged"))
    run.add_argument("--edge-margin", type=float, help=tr("metres (default: one land cover pixel)"))
    run.add_argument("--device", choices=DEVICES, default="auto")
    run.add_argument("--precision", choices=PRECISIONS, default="auto")
    run.add_argument("--batch-size", type=int, default=0,
                     help=tr("tiles per encoder pass (0: automatic: one on a CPU, what the memory holds on a GPU)"))
    run.add_argument("--bands", help=tr("bands for SAM's red, green, blue, e.g. 4,3,2"))
    run.add_argument("--extent", help=tr("xmin,ymin,xmax,ymax in the image CRS (default: the whole image)"))
    run.add_argument("--min-area", type=float, default=500.0, help=tr("minimum polygon and hole area (m2)"))
    run.add_argument("--simplify", type=float, default=0.0, help=tr("simplify tolerance (m)"))
    run.add_argument("--uncertainty", action="store_true", help=tr("also write uncertainty.tif"))
    run.add_argument("--review", action="store_true", help=tr("also write review.gpkg and agreement.tif"))
    run.add_argument("--out", required=True, help=tr("the folder that receives the results"))
    run.add_argument("--overwrite", action="store_true", help=tr("replace results already in --out"))
    run.add_argument("--json", action="store_true", help=tr("print a one-line JSON summary at the end"))
    run.add_argument("--workers", type=int, default=0,
                     help=tr("worker processes of a local Dask cluster (0: everything in this process)"))
    run.add_argument("--scheduler", help=tr("the address of a running Dask scheduler (tls://host:port, or "
                                            "tcp://host:port on a trusted network only)"))
    run.add_argument("--tls-ca-file", help=tr("a tls:// scheduler's certificate authority (PEM)"))
    run.add_argument("--tls-cert", help=tr("this computer's certificate for a tls:// scheduler (PEM)"))
    run.add_argument("--tls-key", help=tr("the private key of --tls-cert (PEM)"))
    run.add_argument("--gpus-per-worker", type=float, default=0.0, help=tr("GPUs each tile needs (Dask resources)"))
    run.add_argument("--tiles-per-task", type=int, default=0,
                     help=tr("tiles per cluster task (0: the batch size when given, {most} with --gpus-per-worker, "
                             "else 1)").format(most=MAX_BATCH))
    run.add_argument("--retries", type=int, default=3, help=tr("times a failed tile is tried again elsewhere"))
    run.add_argument("--resume", action="store_true",
                     help=tr("skip tiles already finished in --out under the same configuration"))
    return top


def _classes(text: str | None, glc: str | None) -> tuple[int, ...]:
    if text:
        return parse_classes(text)
    if glc in ONLINE_PRODUCTS:
        return SCHEMES[ONLINE_PRODUCTS[glc].scheme].cropland
    return SCHEMES["worldcover"].cropland


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


def config_from(args: argparse.Namespace) -> Config:
    """The core Config of ``run``'s flags, its outputs inside ``--out``."""
    if tls_from(args) and not args.scheduler:
        raise AptInputError(tr("--tls-ca-file, --tls-cert and --tls-key are for a tls:// --scheduler; none was given."))
    more = list(args.more_glc or [])
    more_classes = parse_class_lists(args.more_classes, len(more))
    checkpoint = args.checkpoint
    if not checkpoint or checkpoint in catalog():
        resolved = resolve_checkpoint(checkpoint, args.models_dir)
        if resolved is None:
            raise AptInputError(
                tr("The SAM model {name!r} is not in the model folder {folder}: give --checkpoint a .pth file, or "
                   "--models-dir the folder that has it.").format(name=checkpoint or "vit_b", folder=args.models_dir)
            )
        checkpoint = resolved
    out = args.out
    return Config(
        image=args.image,
        glc=ONLINE_SOURCES.get(args.glc, args.glc),
        cropland_classes=_classes(args.classes, args.glc),
        more_glc=tuple(LandCover(ONLINE_SOURCES.get(p, p), c) for p, c in zip(more, more_classes)),
        agreement=args.agreement,
        extent=_extent(args.extent),
        points_per_class=args.points_per_class,
        rounds=args.rounds,
        edge_margin_m=args.edge_margin,
        seed=args.seed,
        ensemble=args.ensemble,
        tile_size=args.tile_size,
        overlap=args.overlap,
        checkpoint=checkpoint,
        device=args.device,
        precision=args.precision,
        batch_size=args.batch_size,
        bands=parse_bands(args.bands),
        min_area_m2=args.min_area,
        simplify_m=args.simplify,
        output=os.path.join(out, CROPLAND),
        probability_output=os.path.join(out, PROBABILITY),
        uncertainty_output=os.path.join(out, UNCERTAINTY) if args.uncertainty else None,
        agreement_output=os.path.join(out, AGREEMENT) if args.review else None,
        review_output=os.path.join(out, REVIEW) if args.review else None,
        overwrite=args.overwrite,
    )
