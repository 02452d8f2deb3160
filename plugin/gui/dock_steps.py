"""Which of the dock's steps can run now, and if not, why, in the analyst's words; and the next
sensible step, for the status line. Read from the dock's state; nothing here changes it."""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import QgsRasterLayer

from ..toolbelt.i18n import tr


@dataclass
class Steps:
    """Why each step cannot run now (None: it can)."""

    generate: str | None
    edit: str | None
    run: str | None
    review: str | None
    check: str | None
    export: str | None
    next_step: str
    learn: str | None = None


def model_problem(dock) -> str | None:
    """Why no SAM model can run: packages missing, no checkpoint, a file that is not one."""
    if dock.missing:
        return tr("No SAM can run yet: the Python packages it needs are not installed (Install dependencies..., "
                  "above).")
    if not dock.form.checkpoint_widget.filePath():
        return tr("No model installed yet: choose a SAM checkpoint, or download one with Models...")
    if dock.checkpoint_error:
        return tr("The SAM checkpoint cannot be used: {error}").format(error=dock.checkpoint_error)
    if dock.family_missing:
        return tr("This model needs Python packages that are not installed (Install dependencies..., above).")
    return None


def steps(dock) -> Steps:
    form = dock.form
    running = dock.task is not None
    no_image = None
    if not isinstance(form.image_combo.currentLayer(), QgsRasterLayer):
        no_image = tr("No image yet: choose the image raster layer.")
    no_land_cover = None
    if not isinstance(form.glc_combo.currentLayer(), QgsRasterLayer) and not form.online_glc():
        no_land_cover = tr("No land cover yet: choose a land cover layer or a product read online (the prompt "
                           "points are sampled from it).")
    sampling = tr("Sampling the prompt points: wait, or Cancel (Esc).") if dock.prompt_task is not None else None
    no_points = None
    if dock.layers.find_prompts() is None:
        no_points = tr("No prompt points yet: Generate points first (or add an 'APT prompts' layer).")
    sam_running = tr("SAM is running: wait, or Cancel (Esc).") if running else None
    model = model_problem(dock)
    no_run = None
    if dock.layers.cropland is None:
        no_run = tr("No run yet: run SAM on the Map page first.")
    learning = tr("Learning from corrections: wait, or Cancel (Esc).") if dock.learn_task is not None else None
    generate = no_image or no_land_cover or sampling or sam_running
    run = no_image or model or sampling or no_points or sam_running or learning
    result = Steps(
        generate=generate,
        edit=sampling or no_points,
        run=run,
        review=no_run,
        check=no_run and tr("No run yet: run SAM on the Map page; its result is compared with a reference here."),
        export=no_run and tr("No run yet: there is no cropland layer to export. Run SAM on the Map page first."),
        next_step="",
        learn=no_image or no_land_cover or model or sam_running or learning or _no_labels(dock),
    )
    result.next_step = _next_step(dock, result, no_image, no_land_cover, model, no_points)
    return result


def _no_labels(dock) -> str | None:
    """Why there is nothing to learn from: no run yet, or its cropland layer is gone."""
    from .learn_dialog import edited_or_cropland

    if edited_or_cropland(dock.layers.cropland) is not None:
        return None
    if dock.last_result is None:
        return tr("No run yet: run SAM, correct the 'Cropland (APT)' layer where it is wrong, then learn from it.")
    return tr("No cropland layer: the run's 'Cropland (APT)' layer was removed. Run SAM again, or add a polygon "
              "layer of cropland to learn from.")


def _next_step(dock, s: Steps, no_image, no_land_cover, model, no_points) -> str:
    if any(t is not None for t in (dock.task, dock.prompt_task, dock.learn_task, dock.accuracy.task)):
        return tr("Next: wait for it to finish, or Cancel (Esc).")
    if no_image:
        return tr("Next: choose the image (Map page).")
    if no_land_cover and no_points:
        return tr("Next: choose a land cover (Map page).")
    if no_points:
        return tr("Next: Generate points (Map page).")
    if model:
        return tr("Next: choose or download a SAM model (Map page, Models...).")
    if s.review:
        return tr("Next: check the points (Edit points), then Run SAM (Ctrl+Return).")
    if dock.review.table.rowCount():
        return tr("Next: look at the Review list's first ranks, add or move points there and run again; then "
                  "Check and Export.")
    return tr("Next: Check the result against a reference, or Export it.")
