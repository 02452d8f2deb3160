"""Export the cropland layer to a shapefile or GeoPackage, in the CRS the analyst chooses."""

from __future__ import annotations

import os

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.gui import QgsFileWidget, QgsProjectionSelectionWidget
from qgis.PyQt.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QMessageBox

from ..toolbelt.i18n import tr

FORMATS = {"GPKG": ("GeoPackage", ".gpkg"), "ESRI Shapefile": ("ESRI Shapefile", ".shp")}


EXPORT_LAYER = "cropland"


def ask_overwrite(parent, question: str) -> bool:
    """Ask before replacing something that exists (``question`` says what)."""
    answer = QMessageBox.question(
        parent,
        tr("Replace?"),
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _ogr_open(path: str):
    """``ogr.Open``, None for a file GDAL cannot read whether or not GDAL raises exceptions (QGIS
    3.40's Processing turns them on for the whole process when it loads)."""
    from osgeo import ogr

    try:
        return ogr.Open(path)
    except RuntimeError:
        return None


def _gpkg_layers(path: str) -> list[str] | None:
    """The layer names of a GeoPackage, or None when the file is not one."""
    ds = _ogr_open(path)
    if ds is None or ds.GetDriver().GetName() != "GPKG":
        return None
    return [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())]


def _loaded_from(path: str, layer_name: str | None) -> str | None:
    """The name of a project layer read from ``path`` (and that GeoPackage layer), if any."""
    target = os.path.realpath(path)
    for layer in QgsProject.instance().mapLayers().values():
        source = layer.source().split("|")
        if os.path.realpath(source[0]) != target:
            continue
        parts = dict(p.split("=", 1) for p in source[1:] if "=" in p)
        if layer_name is None or parts.get("layername", layer_name) == layer_name:
            return layer.name()
    return None


def export_layer(
    layer: QgsVectorLayer, path: str, driver: str, crs: QgsCoordinateReferenceSystem, confirm=None
) -> str | None:
    """Write ``layer`` to ``path``; returns the written source, or None when the analyst said no.

    GeoPackage: the layer ``cropland`` is added to the file, or replaced in it (after asking); the
    file's other layers are kept. Shapefile, or a file that is not a GeoPackage: the file is
    replaced only after asking. ``confirm(question)`` asks; without it nothing is replaced.
    """
    if driver not in FORMATS:
        raise ValueError(f"unsupported format {driver}")
    extension = FORMATS[driver][1]
    if not path.lower().endswith(extension):
        path += extension
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = driver
    options.fileEncoding = "UTF-8"
    options.ct = QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance())
    layers = _gpkg_layers(path) if driver == "GPKG" and os.path.exists(path) else None
    if layers is not None:
        options.layerName = EXPORT_LAYER
        options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        if EXPORT_LAYER in layers:
            if (name := _loaded_from(path, EXPORT_LAYER)) is not None:
                raise OSError(tr("{0} is open in the project as the layer '{1}': remove it or choose another "
                                 "file.").format(path, name))
            question = tr("The GeoPackage {0} already has a layer '{1}'. Replace that layer? (Its other "
                          "layers are kept.)").format(path, EXPORT_LAYER)
            if confirm is None or not confirm(question):
                return None
    elif os.path.exists(path):
        if (name := _loaded_from(path, None)) is not None:
            raise OSError(tr("{0} is open in the project as the layer '{1}': remove it or choose another "
                             "file.").format(path, name))
        if confirm is None or not confirm(tr("{0} already exists. Replace it?").format(path)):
            return None
        _remove_dataset(path, driver)
    elif driver == "GPKG":
        options.layerName = EXPORT_LAYER
    result = QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, QgsProject.instance().transformContext(), options)
    error, message = result[0], result[1]
    if error != QgsVectorFileWriter.WriterError.NoError:
        raise OSError(tr("Could not write {0}: {1}").format(path, message))
    return f"{path}|layername={EXPORT_LAYER}" if driver == "GPKG" else path


def _remove_dataset(path: str, driver: str) -> None:
    from osgeo import ogr

    ogr_driver = ogr.GetDriverByName(driver)
    if ogr_driver is not None and os.path.exists(path) and _ogr_open(path) is not None:
        ogr_driver.DeleteDataSource(path)
    if os.path.exists(path):
        os.remove(path)


class ExportDialog(QDialog):
    """File, format and CRS for the export."""

    def __init__(self, layer: QgsVectorLayer, parent=None):
        super().__init__(parent)
        self.setObjectName("AptCroplandExportDialog")
        self.setWindowTitle(tr("Export cropland"))
        form = QFormLayout(self)
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("exportFormatCombo")
        for driver, (label, _) in FORMATS.items():
            self.format_combo.addItem(label, driver)
        self.file_widget = QgsFileWidget()
        self.file_widget.setObjectName("exportFileWidget")
        self.file_widget.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.file_widget.setConfirmOverwrite(False)  # export_layer asks, once, for every path
        self.file_widget.setFilter(tr("GeoPackage (*.gpkg);;ESRI Shapefile (*.shp)"))
        self.crs_widget = QgsProjectionSelectionWidget()
        self.crs_widget.setObjectName("exportCrsWidget")
        self.crs_widget.setCrs(layer.crs())
        form.addRow(tr("Format"), self.format_combo)
        form.addRow(tr("File"), self.file_widget)
        form.addRow(tr("CRS"), self.crs_widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choice(self) -> tuple[str, str, QgsCoordinateReferenceSystem]:
        return self.file_widget.filePath(), self.format_combo.currentData(), self.crs_widget.crs()


def export_cropland(parent, layer: QgsVectorLayer | None, choice, say) -> str | None:
    """The dock's Export: ``choice`` (path, driver, CRS) or the dialog's; the written file is added to
    the project; ``say(text, level)`` tells the analyst how it went. Returns the file, or None."""
    if layer is None:
        say(tr("Run SAM first: there is no cropland layer to export."), Qgis.MessageLevel.Warning)
        return None
    if choice is None:
        dialog = ExportDialog(layer, parent)
        if not dialog.exec():
            return None
        choice = dialog.choice()
    path, driver, crs = choice
    if not path:
        say(tr("Choose a file to export to."), Qgis.MessageLevel.Warning)
        return None
    try:
        written = export_layer(layer, path, driver, crs, confirm=lambda question: ask_overwrite(parent, question))
    except OSError as exc:
        say(str(exc), Qgis.MessageLevel.Critical)
        return None
    if written is None:
        say(tr("Not exported: the existing file was kept."), Qgis.MessageLevel.Info)
        return None
    file_path = written.split("|")[0]
    QgsProject.instance().addMapLayer(QgsVectorLayer(written, os.path.splitext(os.path.basename(file_path))[0], "ogr"))
    say(tr("Exported to {0}").format(file_path), Qgis.MessageLevel.Success)
    return file_path
