"""The adaptation report: frozen against adapted validation scores, the loss curves, the labels used
and the time (one self-contained HTML file, charts by matplotlib as in ``accuracy/report.py``)."""

from __future__ import annotations

import html

import numpy as np

from ..accuracy.report import _figure, _fmt, _no_chart, _page, _png, _table
from ..i18n import tr


def loss_chart(train: list[float], validation: list[float], best_epoch: int) -> str:
    """The training and validation loss by epoch, the kept epoch marked."""
    figure = _figure(7, 3.2)
    if figure is None:
        return _no_chart()
    ax = figure.add_subplot(1, 1, 1)
    epochs = np.arange(1, len(train) + 1)
    ax.plot(epochs, train, "o-", color="#1f78b4", label=tr("training"))
    if validation and not all(np.isnan(validation)):
        ax.plot(epochs, validation, "s-", color="#33a02c", label=tr("validation"))
    if best_epoch:
        ax.axvline(best_epoch, color="#999999", linestyle="--", label=tr("kept"))
    ax.set_xlabel(tr("epoch"))
    ax.set_ylabel(tr("loss (balanced BCE + Dice)"))
    ax.legend(loc="upper right")
    return _png(figure)


def scores_chart(before, after) -> str:
    """OA, F1 and IoU of the frozen and the adapted decoder, side by side."""
    figure = _figure(6, 3.2)
    if figure is None:
        return _no_chart()
    ax = figure.add_subplot(1, 1, 1)
    x = np.arange(3)
    for k, (name, s, color) in enumerate(((tr("frozen"), before, "#999999"), (tr("adapted"), after, "#33a02c"))):
        values = [s.oa, s.f1, s.iou]
        bars = ax.bar(x + (k - 0.5) * 0.4, np.nan_to_num(values), 0.4, label=name, color=color)
        ax.bar_label(bars, labels=[_fmt(v * 100, 1) for v in values], fontsize=7)
    ax.set_xticks(x)
    ax.set_xticklabels(["OA", "F1", "IoU"])
    ax.set_ylim(0, 1.1)
    ax.legend(loc="lower right")
    return _png(figure)


def adapt_html(result, model: str) -> str:
    """The report of an :class:`~.run.AdaptResult`."""
    where = (tr("held-out validation tiles") if result.measured_on == "validation"
             else tr("the training tile (only one tile is labelled: no validation)"))
    rows = [[label, _fmt(getattr(result.before, key) * 100, 2), _fmt(getattr(result.after, key) * 100, 2)]
            for label, key in (("OA", "oa"), ("F1", "f1"), ("IoU", "iou"), (tr("Precision"), "precision"),
                               (tr("Recall"), "recall"))]
    rows.append([tr("Pixels compared"), f"{result.before.pixels:,}", f"{result.after.pixels:,}"])
    body = "<p>" + html.escape(tr("Model: {model}. Adapter: {path}").format(model=model, path=result.adapter)) + "</p>"
    body += "<h2>" + html.escape(tr("Scores on the {where} (%)").format(where=where)) + "</h2>"
    body += _table(["", tr("Frozen decoder"), tr("Adapted decoder")], rows) + scores_chart(result.before, result.after)
    body += "<h2>" + html.escape(tr("Loss by epoch")) + "</h2>"
    body += loss_chart(result.train_loss, result.validation_loss, result.best_epoch)
    body += "<h2>" + html.escape(tr("Labels and time")) + "</h2>"
    body += _table([tr("what"), tr("value")], [
        [tr("Labelled pixels, strong (label polygons and area)"), f"{result.strong_pixels:,}"],
        [tr("Labelled pixels, weak (land covers' agreement)"), f"{result.weak_pixels:,}"],
        [tr("Tiles: training / validation"), f"{result.tiles_train} / {result.tiles_validation}"],
        [tr("Epochs run (kept)"), f"{result.epochs_run} ({result.best_epoch})"],
        [tr("Time (s)"), _fmt(result.seconds, 1)],
    ])
    for note in result.notes:
        body += f"<p class=note>{html.escape(note)}</p>"
    return _page(tr("SAM adapted to the region"), body)
