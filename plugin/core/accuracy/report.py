"""Self-contained HTML reports (charts by matplotlib, embedded as base64 PNG: one file to send)."""

from __future__ import annotations

import base64
import html
import io
import math

import numpy as np

from ..i18n import tr
from .assess import Assessment
from .compare import Comparison
from .objects import ObjectScores
from .olofsson import Estimates

_STYLE = """
body{font-family:sans-serif;margin:2em;color:#222;max-width:70em}
table{border-collapse:collapse;margin:0.5em 0 1.5em}
th,td{border:1px solid #bbb;padding:0.25em 0.6em;text-align:right}
th{background:#eee}
td.name,th.name{text-align:left}
.note{color:#555;font-size:90%}
"""


def _fmt(value, digits: int = 4) -> str:
    if value is None:
        return ""
    value = float(value)
    return "" if math.isnan(value) else f"{value:,.{digits}f}"


def _table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th{' class=name' if i == 0 else ''}>{html.escape(h)}</th>" for i, h in enumerate(header))
    body = "".join(
        "<tr>" + "".join(f"<td{' class=name' if i == 0 else ''}>{html.escape(str(c))}</td>" for i, c in enumerate(r))
        + "</tr>" for r in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _page(title: str, body: str) -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"<style>{_STYLE}</style></head><body><h1>{html.escape(title)}</h1>{body}</body></html>")


def _png(figure) -> str:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=100, bbox_inches="tight")
    return "<img alt='chart' src='data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode() + "'>"


def _figure(width: float, height: float):
    """A matplotlib Figure (no pyplot: no global state inside QGIS), or None without matplotlib."""
    try:
        from matplotlib.figure import Figure
    except ImportError:
        return None
    return Figure(figsize=(width, height))


def _no_chart() -> str:
    return "<p class=note>" + html.escape(tr("(No chart: matplotlib is not installed in QGIS's Python.)")) + "</p>"


def _matrix_rows(matrix: np.ndarray, digits: int) -> list[list[str]]:
    names = (tr("not cropland"), tr("cropland"))
    return [[tr("map: {name}").format(name=names[i]), _fmt(matrix[i, 0], digits), _fmt(matrix[i, 1], digits)]
            for i in (1, 0)]


def comparison_chart(result: Comparison, save_to: str | None = None) -> str:
    """Grouped bars of the map's (and the land cover's) scores; PNG saved too when ``save_to``."""
    figure = _figure(7, 3.5)
    if figure is None:
        return _no_chart()
    labels = ["OA", tr("Precision"), tr("Recall"), "F1", "IoU", "mIoU"]
    series = [(tr("Map"), result.map, "#33a02c")]
    if result.glc is not None:
        series.append((tr("Land cover"), result.glc, "#999999"))
    ax = figure.add_subplot(1, 1, 1)
    width = 0.8 / len(series)
    x = np.arange(len(labels))
    for k, (name, s, color) in enumerate(series):
        values = [s.oa, s.precision, s.recall, s.f1, s.iou, s.miou]
        bars = ax.bar(x + (k - (len(series) - 1) / 2) * width, np.nan_to_num(values), width, label=name, color=color)
        ax.bar_label(bars, labels=[_fmt(v * 100, 1) for v in values], fontsize=7)
    ax.set_xticks(x)
    ax.set_xticklabels(labels)
    ax.set_ylim(0, 1.1)
    ax.set_ylabel(tr("score (0-1)"))
    ax.legend(loc="lower right")
    if save_to:
        figure.savefig(save_to, dpi=100, bbox_inches="tight")
    return _png(figure)


def objects_section(scores: ObjectScores) -> str:
    """The object-level scores of field parcels, with their definitions."""
    rows = [
        [tr("Fields / reference parcels / matched (IoU >= 0.5, one to one)"),
         f"{scores.predicted} / {scores.reference} / {scores.matched}"],
        [tr("Object precision (matched / fields)"), _fmt(scores.precision)],
        [tr("Object recall (matched / parcels)"), _fmt(scores.recall)],
        [tr("Object F1"), _fmt(scores.f1)],
        [tr("Mean IoU of the matches"), _fmt(scores.mean_matched_iou)],
        [tr("Over-segmentation (parcels split into two or more fields)"), _fmt(scores.over_segmentation)],
        [tr("Under-segmentation (fields holding two or more parcels)"), _fmt(scores.under_segmentation)],
        [tr("Boundary precision, recall, F1 within {tolerance} m").format(tolerance=_fmt(scores.tolerance_m, 2)),
         f"{_fmt(scores.boundary_precision)}, {_fmt(scores.boundary_recall)}, {_fmt(scores.boundary_f1)}"],
    ]
    body = "<h2>" + html.escape(tr("Field parcels: object scores")) + "</h2>" + _table([tr("score"), ""], rows)
    body += "<p class=note>" + html.escape(tr(
        "A field and a parcel match when their IoU is at least 0.5 (one to one, highest IoU first), as in Fields "
        "of The World's object F1. A field lies in a parcel (and a parcel in a field) when more than half of its "
        "area is inside. Boundary precision: the share of the fields' boundary length within the tolerance of a "
        "parcel boundary; recall the other way round.")) + "</p>"
    return body


def objects_html(scores: ObjectScores, names: dict[str, str]) -> str:
    """The report of field parcels alone."""
    body = "<p>" + "<br>".join(html.escape(f"{k}: {v}") for k, v in names.items() if v) + "</p>"
    return _page(tr("Field parcels compared with reference parcels"), body + objects_section(scores))


def comparison_html(result: Comparison, names: dict[str, str], objects: ObjectScores | None = None) -> str:
    """The comparison report: figures side by side, confusion matrices in pixels and hectares, a chart
    (and the object scores of field parcels when given)."""
    cols = [("map", result.map, result.map_pixels, result.map_ha)]
    if result.glc is not None:
        cols.append(("glc", result.glc, result.glc_pixels, result.glc_ha))
    heading = {"map": tr("Map"), "glc": tr("Land cover")}
    metrics = [("OA", "oa"), (tr("Precision (user's accuracy of cropland)"), "precision"),
               (tr("Recall (producer's accuracy of cropland)"), "recall"), ("F1", "f1"),
               (tr("IoU of cropland"), "iou"), (tr("mIoU (cropland and not cropland)"), "miou")]
    rows = [[label] + [_fmt(getattr(s, key) * 100, 2) for _, s, _, _ in cols] for label, key in metrics]
    rows.append([tr("Pixels compared")] + [f"{s.pixels:,}" for _, s, _, _ in cols])
    body = "<p>" + "<br>".join(html.escape(f"{k}: {v}") for k, v in names.items() if v) + "</p>"
    grid_line = tr("Comparison grid: {w} x {h} pixels, {crs}.").format(
        w=result.grid.width, h=result.grid.height, crs=result.grid.crs.to_string())
    body += "<p class=note>" + html.escape(grid_line) + "</p>"
    body += "<h2>" + html.escape(tr("Scores (%)")) + "</h2>"
    body += _table([""] + [heading[c[0]] for c in cols], rows)
    body += comparison_chart(result)
    for name, _, pixels, ha in cols:
        header = [heading[name], tr("reference: not cropland"), tr("reference: cropland")]
        body += "<h2>" + html.escape(tr("Confusion matrix of the {what}").format(what=heading[name].lower())) + "</h2>"
        body += "<p>" + html.escape(tr("Pixels")) + "</p>" + _table(header, _matrix_rows(pixels, 0))
        body += "<p>" + html.escape(tr("Hectares (true ground area)")) + "</p>" + _table(header, _matrix_rows(ha, 2))
    for note in result.notes:
        body += f"<p class=note>{html.escape(note)}</p>"
    if objects is not None:
        body += objects_section(objects)
    return _page(tr("Cropland map compared with a reference"), body)


def estimates_chart(e: Estimates, save_to: str | None = None) -> str:
    """Mapped and error-adjusted areas (95 % intervals), user's and producer's accuracies (95 % intervals)."""
    figure = _figure(9, 3.5)
    if figure is None:
        return _no_chart()
    x = np.arange(len(e.classes))
    names = [str(c) for c in e.classes]
    left, right = figure.add_subplot(1, 2, 1), figure.add_subplot(1, 2, 2)
    left.bar(x - 0.2, e.areas, 0.4, label=tr("mapped"), color="#bbbbbb")
    left.bar(x + 0.2, e.adjusted_area, 0.4, yerr=Estimates.ci95(e.adjusted_area_se), capsize=4,
             label=tr("error-adjusted (95 % CI)"), color="#1f78b4")
    left.set_title(tr("Area (ha)"))
    left.legend(fontsize=8)
    right.errorbar(x - 0.1, e.users, yerr=Estimates.ci95(e.users_se), fmt="o", capsize=4, label=tr("user's"))
    right.errorbar(x + 0.1, e.producers, yerr=np.nan_to_num(Estimates.ci95(e.producers_se)), fmt="s", capsize=4,
                   label=tr("producer's"))
    right.set_ylim(0, 1.05)
    right.set_title(tr("Accuracy (95 % CI)"))
    right.legend(fontsize=8)
    for ax in (left, right):
        ax.set_xticks(x)
        ax.set_xticklabels(names)
        ax.set_xlabel(tr("class"))
    if save_to:
        figure.savefig(save_to, dpi=100, bbox_inches="tight")
    return _png(figure)


def assessment_html(result: Assessment, map_name: str) -> str:
    """The assessment report: error matrices in counts and area proportions, estimates, a chart."""
    e = result.estimates
    names = [str(c) for c in e.classes]
    header = [tr("map \\ reference")] + names + [tr("total")]
    counts = [[tr("map {cls}").format(cls=c)] + [f"{int(v)}" for v in row] + [f"{int(row.sum())}"]
              for c, row in zip(names, e.counts)]
    props = [[tr("map {cls}").format(cls=c)] + [_fmt(v) for v in row] + [_fmt(row.sum())]
             for c, row in zip(names, e.proportions)]
    props.append([tr("total")] + [_fmt(v) for v in e.proportions.sum(axis=0)] + [_fmt(e.proportions.sum())])
    ci = Estimates.ci95
    rows = [[c, f"{int(n)}", _fmt(a, 2), _fmt(aa, 2), _fmt(ci(se), 2), _fmt(u), _fmt(ci(use)), _fmt(p), _fmt(ci(pse))]
            for c, n, a, aa, se, u, use, p, pse in zip(names, e.n, e.areas, e.adjusted_area, e.adjusted_area_se,
                                                       e.users, e.users_se, e.producers, e.producers_se)]
    body = "<p>" + html.escape(tr("Map: {name}").format(name=map_name)) + "</p>"
    body += "<p>" + "<br>".join(html.escape(line) for line in result.log_lines()) + "</p>"
    body += "<p><b>" + html.escape(tr("Overall accuracy: {oa} +/- {ci} (95 %)").format(
        oa=_fmt(e.oa), ci=_fmt(ci(e.oa_se)))) + "</b></p>"
    body += "<h2>" + html.escape(tr("Error matrix: sample counts")) + "</h2>" + _table(header, counts)
    body += "<h2>" + html.escape(tr("Error matrix: estimated area proportions")) + "</h2>" + _table(header, props)
    body += "<h2>" + html.escape(tr("Estimates")) + "</h2>"
    body += _table([tr("class"), "n", tr("mapped area (ha)"), tr("adjusted area (ha)"), tr("+/- 95 % (ha)"),
                    tr("user's accuracy"), tr("+/- 95 %"), tr("producer's accuracy"), tr("+/- 95 %")], rows)
    body += estimates_chart(e)
    body += "<p class=note>" + html.escape(tr(
        "Stratified estimators of Olofsson et al. (2014), Remote Sensing of Environment 148, 42-57, with the map's "
        "classes as strata; intervals are 1.96 standard errors.")) + "</p>"
    return _page(tr("Accuracy and area from a labelled sample"), body)
