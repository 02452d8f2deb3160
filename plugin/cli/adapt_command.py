"""``python -m apt_cropland adapt``: learn an adapter from labels, print what it gained."""

from __future__ import annotations

import os

from ..core.errors import AptInputError
from ..core.i18n import tr
from .arguments import inputs_from


def adapt_command(args, feedback) -> dict:
    """Adapt and return the summary (what ``--json`` prints)."""
    from ..core.adapt import AdaptConfig, adapt

    config = inputs_from(args)
    if not config.glc:
        raise AptInputError(tr("Choose a land cover (--glc: a raster file or an online product): the prompts SAM "
                               "learns to follow are sampled from it."))
    for path in (args.out, args.report):
        folder = os.path.dirname(os.path.abspath(path)) if path else None
        if folder and not os.path.isdir(folder):
            raise AptInputError(tr("The folder of {path!r} does not exist.").format(path=path))
    result = adapt(
        AdaptConfig(config, labels=args.labels, label_area=args.label_area, weak_labels=args.weak_labels,
                    weak_weight=args.weak_weight, epochs=args.epochs, learning_rate=args.learning_rate,
                    validation=args.validation, output=args.out, report=args.report, overwrite=args.overwrite),
        feedback=feedback,
    )
    return result.summary()


def adapt_line(summary: dict) -> str:
    """The line printed without ``--json``."""
    def pct(value) -> str:
        return "-" if value is None else f"{100 * value:.1f}"

    return tr("Adapter {path}: IoU {before} -> {after} % on {tiles} held-out tile(s), {epochs} epochs, "
              "{seconds} s").format(path=summary["adapter"], before=pct(summary["validation_iou_before"]),
                                     after=pct(summary["validation_iou_after"]), tiles=summary["tiles_validation"],
                                     epochs=summary["epochs_run"], seconds=summary["seconds"])
