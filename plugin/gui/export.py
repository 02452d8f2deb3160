"""Export the cropland layer to a shapefile or GeoPackage, in the CRS the analyst chooses."""

from __future__ import annotations

import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.gui import QgsFileWidget, QgsProjectionSelectionWidget
from qgis.PyQt.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QMessageBox

from ..i18n import tr

FORMATS = {"GPKG": ("GeoPackage", ".gpkg"), "ESRI Shapefile": ("ESRI Shapefile", ".shp")}


def ask_overwrite(parent, path: str) -> bool:
    """Ask before replacing an existing file."""
    answer = QMessageBox.question(
        parent,
        tr("Replace file?"),
        tr("{0} already exists. Replace it?").format(path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _remove_dataset(path: str, driver: str) -> None:
    from osgeo import ogr

    ogr_driver = ogr.GetDriverByName(driver)
    if ogr_driver is not None and os.path.exists(path):
        ogr_driver.DeleteDataSource(path)
    if os.path.exists(path):
        os.remove(path)


def export_layer(
    layer: QgsVectorLayer, path: str, driver: str, crs: QgsCoordinateReferenceSystem, confirm=None
) -> str | None:
    """Write ``layer`` to ``path``; returns the path, or None when the analyst declined to overwrite.

    An existing file is replaced only when ``confirm(path)`` says yes.
    """
    if driver not in FORMATS:
        raise ValueError(f"unsupported format {driver}")
    extension = FORMATS[driver][1]
    if not path.lower().endswith(extension):
        path += extension
    if os.path.exists(path):
        if confirm is None or not confirm(path):
            return None
        _remove_dataset(path, driver)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = driver
    options.fileEncoding = "UTF-8"
    options.ct = QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance())
    if driver == "GPKG":
        options.layerName = "cropland"
    result = QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, QgsProject.instance().transformContext(), options)
    error, message = result[0], result[1]
    if error != QgsVectorFileWriter.WriterError.NoError:
        raise OSError(tr("Could not write {0}: {1}").format(path, message))
    return path


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
