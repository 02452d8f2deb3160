"""The dock's widgets (built in code so every one has a stable objectName) and their settings."""

from __future__ import annotations

from qgis.core import QgsCoordinateTransform, QgsMapLayerProxyModel, QgsProject, QgsRasterLayer
from qgis.gui import QgsExtentWidget, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ..core.config import Config
from ..core.errors import AptInputError
from ..core.imagery.bands import AGRICULTURE, AUTO, FALSE_COLOUR, NATURAL, NDVI, PRESETS
from ..core.imagery.dates import parse_dates
from ..core.imagery.reader import parse_bands
from ..core.imagery.temporal import COMPOSITE, ENSEMBLE, SINGLE, TEMPORAL_MODES
from ..core.landcover.glc_online import online_product
from ..core.landcover.schemes import SCHEMES, parse_classes
from ..core.models.catalog import DEVICES, PRECISIONS
from ..core.options import run_options, run_outputs
from ..toolbelt.i18n import tr
from ..toolbelt.layers import raster_file
from .land_cover_list import LandCoverList, land_cover_combo, online_item_label, online_source_of
from .settings import DockSettings

CUSTOM = "custom"
# The dock's control of each run option and output of the one table (core/options.py) it shows:
# their tooltips come from the table, and tests/qgis/test_option_parity.py checks every option
# marked for the dock is here, with the table's default.
DOCK_CONTROLS = {
    "IMAGE": "imageLayerCombo", "GLC": "glcLayerCombo", "CROPLAND_CLASSES": "classesEdit",
    "MORE_GLC": "landCoverList", "MORE_GLC_CLASSES": "landCoverList", "AGREEMENT": "agreementCombo",
    "EXTENT": "extentWidget", "POINTS_PER_CLASS": "pointsSpin", "ROUNDS": "roundsSpin", "EDGE_MARGIN": "marginSpin",
    "SEED": "seedSpin", "CHECKPOINT": "checkpointWidget", "DEVICE": "deviceCombo", "PRECISION": "precisionCombo",
    "BANDS": "bandsEdit", "BANDS_PRESET": "bandsPresetCombo", "DATES": "datesEdit", "TEMPORAL": "temporalCombo",
    "PROMPTS": "editPointsButton", "MIN_AREA": "minAreaSpin", "SIMPLIFY": "simplifySpin", "ENSEMBLE": "ensembleSpin",
    "OUTPUT": "runButton", "OUTPUT_PROMPTS": "generatePointsButton", "OUTPUT_PROBABILITY": "probabilityCheck",
    "OUTPUT_REVIEW": "reviewTable", "OUTPUT_GLC": "saveGlcCheck", "OUTPUT_UNCERTAINTY": "uncertaintyCheck",
    "ADAPTER": "adapterCheck", "CONCEPT": "conceptEdit",
    "OUTPUT_FIELDS": "fieldsCheck", "FIELD_POINT_SPACING": "fieldSpacingSpin", "FIELD_MIN_SCORE": "fieldMinScoreSpin",
    "FIELD_MIN_STABILITY": "fieldMinStabilitySpin", "MIN_FIELD_AREA": "minFieldAreaSpin",
}


def preset_label(name: str) -> str:
    return {AUTO: tr("auto"), NATURAL: tr("natural colour"), FALSE_COLOUR: tr("false colour (NIR)"),
            AGRICULTURE: tr("agriculture (SWIR)"), NDVI: tr("NDVI, NIR, red")}[name]


def temporal_label(name: str) -> str:
    return {SINGLE: tr("first date"), COMPOSITE: tr("NDVI composite"), ENSEMBLE: tr("ensemble of dates")}[name]



def point_shortcuts() -> str:
    """The point-editing map tool's mouse and keyboard shortcuts, as the dock lists them."""
    return tr("Left click: add a cropland point. Right click: add a non-cropland point. Drag: move. "
              "Shift+click: flip. Ctrl+click: delete. Undo with Ctrl+Z.")


def online_label() -> str:
    """The online ESA WorldCover 2021 item of the land cover combo."""
    return online_item_label("worldcover_2021")


class DockForm(QWidget):
    """The dock's controls (inputs, prompt settings, model, outputs, the action buttons, progress and
    status) and their settings. The form itself is the Map page (dock_pages.lay_out_map_page lays
    it out); the dock places the buttons and the status line of the other pages."""

    def __init__(self, canvas, parent=None):
        super().__init__(parent)
        self.canvas = canvas
        self._build()

    def _build(self) -> None:
        self.dependency_label = self._named(QLabel(), "dependencyLabel")
        self.dependency_label.setWordWrap(True)
        self.dependency_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.install_button = self._named(QPushButton(tr("Install dependencies...")), "installDependenciesButton")
        self._inputs()
        self._imagery_controls()
        self._prompts()
        self._model()
        self._outputs()
        self._buttons()
        self.progress_bar = self._named(QProgressBar(), "progressBar")
        self.progress_bar.setRange(0, 100)
        self.status_label = self._named(QLabel(), "statusLabel")
        self.status_label.setWordWrap(True)

    def table_tooltips(self, root: QWidget | None = None) -> None:
        """Each control of a run option without a tooltip of its own gets the table's help (called
        on the dock's root once every page is laid out: some controls sit on other pages)."""
        helps = {item.name: item.help for item in (*run_options(), *run_outputs())}
        for name, object_name in DOCK_CONTROLS.items():
            widget = (root or self).findChild(QWidget, object_name)
            if widget is not None and not widget.toolTip():
                widget.setToolTip(helps[name])

    @staticmethod
    def _named(widget, name: str):
        widget.setObjectName(name)
        return widget

    def _inputs(self) -> None:
        self.image_combo = self._named(QgsMapLayerComboBox(), "imageLayerCombo")
        self.image_combo.setFilters(QgsMapLayerProxyModel.Filter.RasterLayer)
        self.glc_combo = self._named(land_cover_combo(), "glcLayerCombo")
        self.more_land_covers = LandCoverList()
        self.save_glc_check = self._named(QCheckBox(tr("Add as a layer")), "saveGlcCheck")
        self.scheme_combo = self._named(QComboBox(), "schemeCombo")
        for key, scheme in SCHEMES.items():
            self.scheme_combo.addItem(f"{scheme.name} ({', '.join(map(str, scheme.cropland))})", key)
        self.scheme_combo.addItem(tr("Custom class values"), CUSTOM)
        self.classes_edit = self._named(QLineEdit(), "classesEdit")
        self.classes_edit.setPlaceholderText(tr("e.g. 10,11,12"))
        self.extent_widget = self._named(QgsExtentWidget(), "extentWidget")
        self.extent_widget.setNullValueAllowed(True, tr("Whole image"))
        self.extent_widget.setMapCanvas(self.canvas)
        self.extent_widget.clear()
        self.scheme_combo.currentIndexChanged.connect(self._scheme_changed)
        self.glc_combo.currentIndexChanged.connect(self._land_cover_changed)

    def _imagery_controls(self) -> None:
        self.bands_edit = self._named(QLineEdit(), "bandsEdit")
        self.bands_preset_combo = self._named(QComboBox(), "bandsPresetCombo")
        for name in PRESETS:
            self.bands_preset_combo.addItem(preset_label(name), name)
        self.bands_preset_combo.setToolTip(tr("Bands by sensor, found from the band names (Sentinel-2, Landsat, "
                                              "PlanetScope, NAIP), colour interpretation or band count"))
        self.dates_edit = self._named(QLineEdit(), "datesEdit")
        self.dates_edit.setPlaceholderText(tr("one date; or band groups, e.g. 1,2,3,4;5,6,7,8"))
        self.temporal_combo = self._named(QComboBox(), "temporalCombo")
        for name in TEMPORAL_MODES:
            self.temporal_combo.addItem(temporal_label(name), name)
        self.bands_info_label = self._named(QLabel(), "bandsInfoLabel")
        self.bands_info_label.setWordWrap(True)
        self.image_combo.layerChanged.connect(self.show_bands)
        self.bands_preset_combo.currentIndexChanged.connect(self.show_bands)
        self.temporal_combo.currentIndexChanged.connect(self.show_bands)
        self.bands_edit.editingFinished.connect(self.show_bands)
        self.dates_edit.editingFinished.connect(self.show_bands)

    def _prompts(self) -> None:
        self.points_spin = self._spin(QSpinBox(), "pointsSpin", 1, 1000)
        self.rounds_spin = self._spin(QSpinBox(), "roundsSpin", 1, 20)
        self.margin_spin = self._spin(QDoubleSpinBox(), "marginSpin", 0, 10000, tr(" m"))
        self.margin_spin.setSpecialValueText(tr("one land cover pixel"))
        self.seed_spin = self._spin(QSpinBox(), "seedSpin", 0, 2**31 - 1)
        self.ensemble_spin = self._spin(QSpinBox(), "ensembleSpin", 1, 64)
        self.ensemble_spin.setToolTip(
            tr("Independent prompt draws per tile, averaged; their disagreement shows in the uncertainty "
               "(1: APT as published). The image is encoded once whatever the number.")
        )

    def _model(self) -> None:
        self.checkpoint_widget = self._named(QgsFileWidget(), "checkpointWidget")
        self.checkpoint_widget.setFilter(tr("SAM checkpoint (*.pth *.pt *.safetensors config.json);;All files (*)"))
        self.concept_edit = self._named(QLineEdit(), "conceptEdit")  # enabled with a SAM 3 model
        self.concept_edit.setPlaceholderText(tr("e.g. agricultural field (needs a SAM 3 model)"))
        self.concept_edit.setEnabled(False)
        self.checkpoint_widget.fileChanged.connect(self._concept_enabled)
        self.model_info_label = self._named(QLabel(), "modelInfoLabel")
        self.model_info_label.setWordWrap(True)
        self.models_button = self._named(QPushButton(tr("Models...")), "modelsButton")
        self.models_button.setToolTip(tr("Download the official SAM models or add a checkpoint file"))
        self.adapter_path = ""  # the adapter file learnt last (Learn from corrections...), "" for none
        self.adapter_label = self._named(QLabel(), "adapterLabel")
        self.adapter_label.setWordWrap(True)
        self.adapter_check = self._named(QCheckBox(tr("Use the adapter")), "adapterCheck")
        self.device_combo = self._named(QComboBox(), "deviceCombo")
        for device in DEVICES:
            self.device_combo.addItem(device, device)
        self.device_info_label = self._named(QLabel(), "deviceInfoLabel")
        self.device_info_label.setWordWrap(True)
        self.precision_combo = self._named(QComboBox(), "precisionCombo")
        for precision in PRECISIONS:
            self.precision_combo.addItem(precision, precision)
        self.precision_combo.setToolTip(
            tr("Encoder precision. auto: bfloat16 on CPUs and GPUs that have it, float16 on older GPUs, "
               "else float32. Results agree with float32 up to rounding. A CPU without bfloat16 or float16 "
               "instructions runs float32 whatever is chosen (emulated, they are over 100 times slower).")
        )

    def _outputs(self) -> None:
        self.min_area_spin = self._spin(QDoubleSpinBox(), "minAreaSpin", 0, 1e9, tr(" m²"))
        self.simplify_spin = self._spin(QDoubleSpinBox(), "simplifySpin", 0, 1000, tr(" m"))
        self.simplify_spin.setSpecialValueText(tr("none"))
        self.probability_check = self._named(QCheckBox(tr("Add the probability raster")), "probabilityCheck")
        self.uncertainty_check = self._named(QCheckBox(tr("Add the uncertainty raster")),
                                             "uncertaintyCheck")
        self.fields_check = self._named(QCheckBox(tr("Field parcels")), "fieldsCheck")
        self.fields_check.setToolTip(tr("Also delineate the field parcels inside the cropland with SAM (the layer "
                                        "'Fields (APT)'): decoder passes on the tiles already encoded"))
        self._field_settings()

    def _field_settings(self) -> None:
        """The field parcels' settings (the options table's), usable while *Field parcels* is ticked."""
        self.field_spacing_spin = self._spin(QDoubleSpinBox(), "fieldSpacingSpin", 0, 100000, tr(" m"))
        self.field_spacing_spin.setSpecialValueText(tr("32 pixels"))
        self.field_score_spin = self._spin(QDoubleSpinBox(), "fieldMinScoreSpin", 0, 1)
        self.field_stability_spin = self._spin(QDoubleSpinBox(), "fieldMinStabilitySpin", 0, 1)
        for spin in (self.field_score_spin, self.field_stability_spin):
            spin.setSingleStep(0.05)
        self.field_area_spin = self._spin(QDoubleSpinBox(), "minFieldAreaSpin", 0, 1e9, tr(" m²"))
        self.restore_fields(DockSettings())
        self.fields_check.toggled.connect(self._fields_toggled)
        self._fields_toggled(self.fields_check.isChecked())

    def field_spins(self) -> tuple:
        return self.field_spacing_spin, self.field_score_spin, self.field_stability_spin, self.field_area_spin

    def _fields_toggled(self, on: bool) -> None:
        for spin in self.field_spins():
            spin.setEnabled(on)

    def restore_fields(self, s: DockSettings) -> None:
        self.field_spacing_spin.setValue(s.field_spacing_m)
        self.field_score_spin.setValue(s.field_min_score)
        self.field_stability_spin.setValue(s.field_min_stability)
        self.field_area_spin.setValue(s.min_field_area_m2)

    def _concept_enabled(self, *args) -> None:
        """The concept field is for a SAM 3 model only (read from the checkpoint's files)."""
        from ..core.models.sam3_concept import is_sam3

        self.concept_edit.setEnabled(is_sam3(self.checkpoint_widget.filePath()))

    def _spin(self, spin, name: str, low, high, suffix: str = ""):
        spin.setRange(low, high)
        if suffix:
            spin.setSuffix(suffix)
        return self._named(spin, name)

    def _buttons(self) -> None:
        self.generate_button = self._button("generatePointsButton", tr("Generate points"))
        self.edit_button = self._button("editPointsButton", tr("Edit points"))
        self.edit_button.setCheckable(True)
        self.edit_button.setToolTip(point_shortcuts())
        self.run_button = self._button("runButton", tr("Run SAM"))
        self.cancel_button = self._button("cancelButton", tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.export_button = self._button("exportButton", tr("Export..."))

    def _button(self, name: str, text: str) -> QPushButton:
        return self._named(QPushButton(text), name)

    def _scheme_changed(self) -> None:
        custom = self.scheme_combo.currentData() == CUSTOM
        self.classes_edit.setEnabled(custom)
        if not custom:
            self.classes_edit.setText(",".join(map(str, SCHEMES[self.scheme_combo.currentData()].cropland)))

    def online_glc(self) -> bool:
        """Whether a land cover read online is chosen instead of a layer."""
        return online_source_of(self.glc_combo) is not None

    def _land_cover_changed(self) -> None:
        """An online product sets its own cropland classes."""
        product = online_product(online_source_of(self.glc_combo) or "")
        if product is not None:
            self.scheme_combo.setCurrentIndex(max(0, self.scheme_combo.findData(product.scheme)))

    def classes_text(self) -> str:
        return self.classes_edit.text()

    def restore(self, s: DockSettings) -> None:
        """Put saved settings into the widgets."""
        index = self.scheme_combo.findData(s.scheme)
        self.scheme_combo.setCurrentIndex(max(0, index))
        if s.scheme == CUSTOM:
            self.classes_edit.setText(s.custom_classes)
        self._scheme_changed()
        self.points_spin.setValue(s.points_per_class)
        self.rounds_spin.setValue(s.rounds)
        self.margin_spin.setValue(s.edge_margin_m)
        self.seed_spin.setValue(s.seed)
        self.checkpoint_widget.setFilePath(s.checkpoint)
        self.concept_edit.setText(s.concept)
        self._concept_enabled()
        self.device_combo.setCurrentIndex(max(0, self.device_combo.findData(s.device)))
        self.precision_combo.setCurrentIndex(max(0, self.precision_combo.findData(s.precision)))
        self.min_area_spin.setValue(s.min_area_m2)
        self.simplify_spin.setValue(s.simplify_m)
        self.probability_check.setChecked(s.probability)
        self.save_glc_check.setChecked(s.save_glc)
        self.uncertainty_check.setChecked(s.uncertainty)
        self.adapter_path = s.adapter
        self.adapter_check.setChecked(s.use_adapter)
        self.fields_check.setChecked(s.fields)
        self.restore_fields(s)

    def settings(self) -> DockSettings:
        """The widgets' current values as settings."""
        scheme = self.scheme_combo.currentData()
        return DockSettings(
            scheme=scheme,
            custom_classes=self.classes_edit.text() if scheme == CUSTOM else "",
            points_per_class=self.points_spin.value(),
            rounds=self.rounds_spin.value(),
            edge_margin_m=self.margin_spin.value(),
            seed=self.seed_spin.value(),
            checkpoint=self.checkpoint_widget.filePath(),
            concept=self.concept_edit.text(),
            device=self.device_combo.currentData(),
            precision=self.precision_combo.currentData(),
            min_area_m2=self.min_area_spin.value(),
            simplify_m=self.simplify_spin.value(),
            probability=self.probability_check.isChecked(),
            save_glc=self.save_glc_check.isChecked(),
            uncertainty=self.uncertainty_check.isChecked(),
            adapter=self.adapter_path,
            use_adapter=self.adapter_check.isChecked(),
            fields=self.fields_check.isChecked(),
            field_spacing_m=self.field_spacing_spin.value(),
            field_min_score=self.field_score_spin.value(),
            field_min_stability=self.field_stability_spin.value(),
            min_field_area_m2=self.field_area_spin.value(),
        )

    def config(self) -> Config:
        """The pipeline's Config from the widgets (raises AptInputError for what cannot work)."""
        f = self
        image = f.image_combo.currentLayer()
        if not isinstance(image, QgsRasterLayer):
            raise AptInputError(tr("Choose an image raster layer."))
        glc = f.glc_combo.currentLayer()
        glc_source = online_source_of(f.glc_combo)
        if glc_source is None:
            glc_source = raster_file(glc, tr("land cover")) if isinstance(glc, QgsRasterLayer) else None
        config = Config(
            image=raster_file(image, tr("image")),
            glc=glc_source,
            cropland_classes=parse_classes(f.classes_text()),
            more_glc=f.more_land_covers.land_covers(),
            agreement=f.more_land_covers.rule(),
            ensemble=f.ensemble_spin.value(),
            extent=self._extent(image),
            points_per_class=f.points_spin.value(),
            rounds=f.rounds_spin.value(),
            edge_margin_m=f.margin_spin.value() or None,
            seed=f.seed_spin.value(),
            checkpoint=f.checkpoint_widget.filePath() or None,
            concept=f.concept_edit.text().strip() if f.concept_edit.isEnabled() else "",
            device=f.device_combo.currentData(),
            precision=f.precision_combo.currentData(),
            **self._imagery(),
            min_area_m2=f.min_area_spin.value(),
            simplify_m=f.simplify_spin.value(),
            field_spacing_m=f.field_spacing_spin.value() or None,  # 0: 32 pixels
            field_min_score=f.field_score_spin.value(),
            field_min_stability=f.field_stability_spin.value(),
            min_field_area_m2=f.field_area_spin.value(),
        )
        return config

    def _imagery(self) -> dict:
        """The bands, their preset, the dates and the temporal mode, as Config fields."""
        return dict(bands=parse_bands(self.bands_edit.text()), bands_preset=self.bands_preset_combo.currentData(),
                    dates=parse_dates(self.dates_edit.text()), temporal=self.temporal_combo.currentData())

    def show_bands(self, *args) -> None:
        """Say which bands SAM will see and why, or why the choice cannot work on this image."""
        label, layer = self.bands_info_label, self.image_combo.currentLayer()
        if not isinstance(layer, QgsRasterLayer) or layer.providerType() != "gdal":
            label.setText("")
            return
        from ..core.imagery.temporal import describe_bands

        try:
            text, style = describe_bands(Config(image=layer.source(), **self._imagery())), ""
        except AptInputError as exc:
            text, style = str(exc), "color: #a33;"
        label.setStyleSheet(style)
        label.setText(text)

    def _extent(self, image: QgsRasterLayer):
        """The chosen extent in the image CRS, or None for the whole image."""
        widget = self.extent_widget
        if not widget.isValid():
            return None
        rect = widget.outputExtent()
        if rect.isNull() or rect.isEmpty():
            return None
        transform = QgsCoordinateTransform(widget.outputCrs(), image.crs(), QgsProject.instance())
        rect = transform.transformBoundingBox(rect)
        return rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum()
