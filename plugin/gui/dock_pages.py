"""The dock's pages, in the order an analyst works (Map, Review, Check, Export), and the status line
under them that every page shares: what ran, progress, Cancel and the next sensible step.

Only layout lives here: the widgets are made by DockForm, ReviewPanel and AccuracyPanel, the
behaviour is the dock's. Each page scrolls on its own, so a narrow or a floating dock, or 200 %
display scaling, never cuts a control off.
"""

from __future__ import annotations

import time

from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..toolbelt.i18n import tr
from .dock_form import DockForm, point_shortcuts

HINT_STYLE = "color: #8a5a00;"  # why a step cannot run yet: said in place, in amber


def _named(widget, name: str):
    widget.setObjectName(name)
    return widget


def hint_label(name: str) -> QLabel:
    """A label that says why the steps above it cannot run yet (hidden while they can)."""
    label = _named(QLabel(), name)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    label.setVisible(False)
    return label


def wrapped_label(text: str, name: str) -> QLabel:
    label = _named(QLabel(text), name)
    label.setWordWrap(True)
    return label


def _form(*rows) -> QFormLayout:
    """Label above the field when the dock is narrow, beside it when there is room."""
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    for label, field in rows:
        form.addRow(label, field)
    return form


def _row(*widgets, stretch_first: bool = False):
    row = QHBoxLayout()
    for i, widget in enumerate(widgets):
        row.addWidget(widget, 1 if stretch_first and i == 0 else 0)
    return row


def _group(title: str, layout, name: str, box=None) -> QGroupBox:
    box = box or QGroupBox(title)
    box.setObjectName(name)
    box.setLayout(layout)
    return box


def scrolled(page: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area


def lay_out_map_page(f: DockForm) -> None:
    """Page 1, Map: image, land cover and model; Generate points, Edit points, Run SAM; the
    advanced settings folded away."""
    layout = QVBoxLayout(f)
    layout.addWidget(f.dependency_label)
    layout.addWidget(f.install_button)
    layout.addWidget(_group(tr("Image and land cover"), _form(
        (tr("Image"), f.image_combo), (tr("Land cover (GLC)"), f.glc_combo),
        (tr("Land cover product"), f.scheme_combo), (tr("Cropland classes"), f.classes_edit),
    ), "inputGroup"))
    model = _form((tr("SAM checkpoint"), _row(f.checkpoint_widget, f.models_button, stretch_first=True)),
                  ("", f.model_info_label), ("", f.adapter_label), ("", f.adapter_check),
                  (tr("Device"), f.device_combo), ("", f.device_info_label))
    layout.addWidget(_group(tr("Model"), model, "modelGroup"))
    steps = QVBoxLayout()
    steps.addLayout(_row(f.generate_button, f.edit_button))
    steps.addWidget(f.run_button)
    f.map_hint = hint_label("mapHintLabel")
    steps.addWidget(f.map_hint)
    f.map_shortcuts = wrapped_label(point_shortcuts(), "mapPointShortcutsLabel")
    f.map_shortcuts.setVisible(False)  # shown while the map tool is on
    steps.addWidget(f.map_shortcuts)
    layout.addLayout(steps)
    f.advanced = _advanced(f)
    layout.addWidget(f.advanced)
    layout.addStretch(1)


def _advanced(f: DockForm) -> QgsCollapsibleGroupBox:
    """Prompts, land covers, imagery and extent, precision, outputs: folded by default."""
    box = QgsCollapsibleGroupBox(tr("Advanced settings"))
    box.setSaveCollapsedState(False)  # the dock's own settings remember it (DockSettings.advanced_open)
    inner = QVBoxLayout()
    inner.setContentsMargins(0, 0, 0, 0)  # the sections' own frames are margin enough
    inner.addWidget(_group(tr("Prompts"), _form(
        (tr("Points per class"), f.points_spin), (tr("Rounds"), f.rounds_spin), (tr("Edge margin"), f.margin_spin),
        (tr("Seed"), f.seed_spin), (tr("Prompt draws (ensemble)"), f.ensemble_spin),
    ), "promptsGroup"))
    covers = _form((tr("More land covers"), f.more_land_covers), (tr("SAM 3 concept"), f.concept_edit),
                   (tr("Land cover used"), f.save_glc_check))
    inner.addWidget(_group(tr("Land covers"), covers, "landCoversGroup"))
    imagery = _form((tr("Bands (R,G,B)"), _row(f.bands_edit, f.bands_preset_combo, stretch_first=True)),
                    (tr("Dates"), _row(f.dates_edit, f.temporal_combo, stretch_first=True)),
                    ("", f.bands_info_label), (tr("Extent"), f.extent_widget))
    inner.addWidget(_group(tr("Imagery and extent"), imagery, "imageryGroup"))
    outputs = _form((tr("Precision"), f.precision_combo), (tr("Minimum area"), f.min_area_spin),
                    (tr("Simplify"), f.simplify_spin), ("", f.probability_check), ("", f.fields_check),
                    (tr("Field point spacing"), f.field_spacing_spin), (tr("Field minimum score"), f.field_score_spin),
                    (tr("Field minimum stability"), f.field_stability_spin),
                    (tr("Minimum field area"), f.field_area_spin))
    inner.addWidget(_group(tr("Precision and outputs"), outputs, "outputGroup"))
    group = _group("", inner, "advancedGroup", box)
    group.setCollapsed(True)
    return group


class ReviewPage(QWidget):
    """Page 2, Review: the ranked review list, the uncertainty layer, and editing points there."""

    def __init__(self, review, form: DockForm, parent=None):
        super().__init__(parent)
        self.setObjectName("reviewPage")
        layout = QVBoxLayout(self)
        self.hint = hint_label("reviewHintLabel")
        layout.addWidget(self.hint)
        review.table.setMinimumHeight(180)
        layout.addWidget(review, 1)  # the list takes the room there is
        layout.addWidget(form.uncertainty_check)
        self.uncertainty_label = wrapped_label("", "uncertaintyLabel")
        layout.addWidget(self.uncertainty_label)
        self.edit_button = _named(QPushButton(tr("Edit points")), "reviewEditPointsButton")
        self.edit_button.setCheckable(True)
        self.edit_button.setToolTip(point_shortcuts())
        self.run_button = _named(QPushButton(tr("Run SAM again")), "reviewRunButton")
        self.run_button.setToolTip(tr("Only the tiles whose points changed are decoded again (Ctrl+Return)"))
        layout.addLayout(_row(self.edit_button, self.run_button))
        layout.addWidget(wrapped_label(tr("Editing points: {shortcuts}").format(shortcuts=point_shortcuts()),
                                       "reviewPointShortcutsLabel"))
        # Where "Learn from corrections..." goes when the learning issue lands: its button and
        # settings are added to this layout (nothing is shown until then).
        self.learn_slot = QVBoxLayout()
        self.learn_slot.setObjectName("learnFromCorrectionsSlot")
        layout.addLayout(self.learn_slot)


class CheckPage(QWidget):
    """Page 4, Check: compare with a reference, draw an assessment sample, estimate area from it."""

    def __init__(self, accuracy, parent=None):
        super().__init__(parent)
        self.setObjectName("checkPage")
        layout = QVBoxLayout(self)
        self.hint = hint_label("checkHintLabel")
        layout.addWidget(self.hint)
        accuracy.progress_bar.setVisible(False)  # the status line shows the progress and Cancel, whatever the page
        accuracy.cancel_button.setVisible(False)
        layout.addWidget(accuracy)
        layout.addStretch(1)


class ExportPage(QWidget):
    """Page 5, Export: the cropland layer to a GeoPackage or a shapefile, in the CRS chosen."""

    def __init__(self, form: DockForm, parent=None):
        super().__init__(parent)
        self.setObjectName("exportPage")
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped_label(
            tr("Writes the 'Cropland (APT)' layer, with your edits, to a GeoPackage (as its layer 'cropland', next "
               "to its other layers) or a shapefile, in the CRS you choose. Nothing is replaced without asking. The "
               "run's own files are temporary: export what you keep."), "exportInfoLabel"))
        self.hint = hint_label("exportHintLabel")
        layout.addWidget(self.hint)
        layout.addWidget(form.export_button)
        layout.addStretch(1)


class StatusLine(QFrame):
    """Under every page: what is running or what ran (model, device, tiles, time), its progress,
    Cancel, and the next sensible step."""

    def __init__(self, form: DockForm, parent=None):
        super().__init__(parent)
        self.setObjectName("statusLine")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        self.progress_bar, self.cancel_button, self.label = form.progress_bar, form.cancel_button, form.status_label
        self.cancel_button.setToolTip(tr("Stop what is running (Esc)"))
        layout.addLayout(_row(self.progress_bar, self.cancel_button, stretch_first=True))
        layout.addWidget(self.label)
        self.last_run = wrapped_label("", "lastRunLabel")
        layout.addWidget(self.last_run)
        self.next_step = wrapped_label("", "nextStepLabel")
        self.next_step.setStyleSheet("font-style: italic;")
        layout.addWidget(self.next_step)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.running: str | None = None  # what is running, as said while it runs
        self.started = 0.0
        self.detail = None  # () -> the task's latest progress message
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)

    def start(self, what: str, detail=None) -> None:
        """Something began: progress from 0, elapsed time counted, Cancel on."""
        self.running, self.detail, self.started = what, detail, time.monotonic()
        self.progress_bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self.timer.start()
        self._tick()

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def stop(self, still_running: bool = False) -> None:
        """It ended (``still_running``: another task goes on, Cancel stays on)."""
        self.running, self.detail = None, None
        self.timer.stop()
        self.cancel_button.setEnabled(still_running)

    def _tick(self) -> None:
        if self.running is None:
            return
        detail = self.detail() if self.detail is not None else ""
        parts = [self.running, detail, tr("{0:.0f} s").format(self.elapsed())]
        self.label.setText(" - ".join(p for p in parts if p))

    def set_progress(self, percent: float) -> None:
        self.progress_bar.setValue(int(percent))


def build_pages(form: DockForm, review, accuracy) -> tuple[QTabWidget, ReviewPage, CheckPage, ExportPage]:
    """The tab widget of the four pages (the Fields page comes with the field parcels issue)."""
    lay_out_map_page(form)
    form.setObjectName("mapPage")
    tabs = _named(QTabWidget(), "workflowTabs")
    tabs.setDocumentMode(True)
    tabs.setUsesScrollButtons(False)  # every page's name in view, however narrow the dock
    review_page, check_page, export_page = ReviewPage(review, form), CheckPage(accuracy), ExportPage(form)
    for page, title, tip in (
        (form, tr("Map"), tr("Image, land cover and model; generate, edit and run")),
        (review_page, tr("Review"), tr("Where the map and the land covers disagree, likeliest errors first")),
        (check_page, tr("Check"), tr("Compare with a reference; assessment sample and area estimate")),
        (export_page, tr("Export"), tr("Save the cropland layer")),
    ):
        index = tabs.addTab(scrolled(page), title)
        tabs.setTabToolTip(index, tip)
    for combo in tabs.findChildren(QComboBox):  # long layer or product names never widen the dock
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
    return tabs, review_page, check_page, export_page
