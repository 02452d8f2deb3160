"""The dock as a workflow, page by page, driven as an analyst would in real QGIS on the NAIP sample
with a tiny random SAM: Map (generate, edit, run), Review, Check, Export; steps that cannot run yet
say why where they are; Cancel and the status line on every page; Run and Cancel from the keyboard;
settings kept when the dock is closed and opened again.

The land cover over the NAIP image is SYNTHETIC (built by a fixture from NDVI); the reference of the
Check page is the same land cover, so it scores 100 % there.
"""

from __future__ import annotations

import numpy as np
import pytest
import rasterio
from qgis.core import QgsPointXY, QgsProject, QgsRasterLayer
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QEvent, QPoint, Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QPushButton, QTabWidget
from support import wait_for

PAGES = ["Map", "Review", "Check", "Export"]


@pytest.fixture(scope="module")
def project(qgis_app, naip_path, naip_glc):
    image = QgsRasterLayer(naip_path, "naip", "gdal")
    glc = QgsRasterLayer(naip_glc, "glc (synthetic)", "gdal")
    reference = QgsRasterLayer(naip_glc, "reference (synthetic)", "gdal")
    assert image.isValid() and glc.isValid()
    yield image, glc, reference
    QgsProject.instance().removeAllMapLayers()


def new_dock(iface):
    from apt_cropland.plugin.gui.dock import AptCroplandDock

    return AptCroplandDock(iface)


@pytest.fixture(scope="module")
def dock(project, qgis_iface, tiny_checkpoint):
    """A dock opened on an empty project; the tests below add the layers as an analyst would."""
    from apt_cropland.plugin.gui.settings import DockSettings

    DockSettings(checkpoint="").save()  # no model chosen yet
    dock = new_dock(qgis_iface)
    dock.form.checkpoint_widget.setFilePath("")
    dock.resize(360, 800)
    dock.show()
    yield dock
    dock.shutdown()
    dock.deleteLater()


def tabs(dock) -> QTabWidget:
    return dock.findChild(QTabWidget, "workflowTabs")


def button(dock, name: str) -> QPushButton:
    found = dock.findChild(QPushButton, name)
    assert found is not None, name
    return found


def label(dock, name: str) -> str:
    widget = dock.findChild(object, name)
    assert widget is not None, name
    return widget.text() if widget.isVisibleTo(dock) or not widget.isHidden() else ""


def open_page(dock, title: str) -> None:
    t = tabs(dock)
    t.setCurrentIndex([t.tabText(i) for i in range(t.count())].index(title))
    QApplication.processEvents()


def press_keys(dock, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A real key press where the focus is, the dock's window active (its shortcuts are scoped to it)."""
    dock.activateWindow()
    QApplication.setActiveWindow(dock)
    tabs(dock).currentWidget().setFocus()
    QApplication.processEvents()
    QTest.keyClick(QApplication.focusWidget() or dock, key, modifiers)
    QApplication.processEvents()


def test_the_pages_follow_the_work_with_the_advanced_settings_folded(dock):
    t = tabs(dock)
    assert [t.tabText(i) for i in range(t.count())] == PAGES
    on_page = {title: t.widget(i) for i, title in enumerate(PAGES)}
    for title, names in {
        "Map": ("imageLayerCombo", "glcLayerCombo", "checkpointWidget", "generatePointsButton",
                  "editPointsButton", "runButton", "advancedGroup"),
        "Review": ("reviewTable", "uncertaintyCheck", "reviewEditPointsButton", "reviewRunButton",
                     "reviewPointShortcutsLabel"),
        "Check": ("referenceCombo", "checkAccuracyButton", "createSampleButton", "assessSampleButton"),
        "Export": ("exportButton",),
    }.items():
        for name in names:
            assert on_page[title].findChild(object, name) is not None, (title, name)
    advanced = dock.findChild(object, "advancedGroup")
    assert advanced.isCollapsed()
    for name in ("pointsSpin", "roundsSpin", "precisionCombo", "bandsEdit", "datesEdit", "minAreaSpin",
                 "extentWidget", "probabilityCheck"):  # inside the folded group, each with its tooltip
        widget = advanced.findChild(object, name)
        assert widget is not None and widget.toolTip(), name
    shortcuts = label(dock, "reviewPointShortcutsLabel")
    assert "Right click" in shortcuts and "Ctrl+click" in shortcuts and "Ctrl+Z" in shortcuts
    status = dock.findChild(object, "statusLine")
    assert t.isAncestorOf(dock.findChild(object, "runButton")) and not t.isAncestorOf(status)


def test_steps_that_cannot_run_yet_say_why(dock, project, tiny_checkpoint):
    image, glc, reference = project
    form = dock.form
    assert not button(dock, "generatePointsButton").isEnabled() and not button(dock, "runButton").isEnabled()
    assert "No image yet" in label(dock, "mapHintLabel")
    assert "choose the image" in label(dock, "nextStepLabel")
    open_page(dock, "Check")
    assert "No run yet" in label(dock, "checkHintLabel") and not button(dock, "checkAccuracyButton").isEnabled()
    open_page(dock, "Export")
    assert "no cropland layer to export" in label(dock, "exportHintLabel")
    assert not button(dock, "exportButton").isEnabled()
    open_page(dock, "Review")
    assert "No run yet" in label(dock, "reviewHintLabel") and not button(dock, "reviewRunButton").isEnabled()
    open_page(dock, "Map")

    QgsProject.instance().addMapLayers([image, glc, reference])
    form.image_combo.setLayer(image)
    form.glc_combo.setLayer(None)
    assert "No land cover yet" in label(dock, "mapHintLabel")
    assert not button(dock, "generatePointsButton").isEnabled()
    form.glc_combo.setLayer(glc)
    assert button(dock, "generatePointsButton").isEnabled()
    assert "No model installed yet" in label(dock, "mapHintLabel") and not button(dock, "runButton").isEnabled()
    assert not button(dock, "editPointsButton").isEnabled()
    form.checkpoint_widget.setFilePath(tiny_checkpoint)
    assert "No prompt points yet" in label(dock, "mapHintLabel") and not button(dock, "runButton").isEnabled()
    assert "Generate points" in label(dock, "nextStepLabel")


def right_click(tool, canvas, point: QgsPointXY) -> None:
    pixel = canvas.getCoordinateTransform().transform(point)
    pos = QPoint(round(pixel.x()), round(pixel.y()))
    for kind, buttons in ((QEvent.Type.MouseButtonPress, Qt.MouseButton.RightButton),
                          (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton)):
        event = QgsMapMouseEvent(canvas, kind, pos, Qt.MouseButton.RightButton, buttons, Qt.KeyboardModifier.NoModifier)
        (tool.canvasPressEvent if kind == QEvent.Type.MouseButtonPress else tool.canvasReleaseEvent)(event)


def test_map_page_generate_edit_run(dock, project, qgis_iface, tiny_checkpoint):
    image, _, _ = project
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(image.crs())
    canvas.setLayers([image])
    canvas.setExtent(image.extent())
    dock.form.points_spin.setValue(10)
    dock.form.device_combo.setCurrentIndex(dock.form.device_combo.findData("cpu"))
    button(dock, "generatePointsButton").click()
    assert "Sampling prompt points" in label(dock, "statusLabel")
    wait_for(lambda: dock.prompt_task is None)
    assert dock.prompt_layer.featureCount() == 20
    assert button(dock, "runButton").isEnabled() and not label(dock, "mapHintLabel")
    assert "Run SAM (Ctrl+Return)" in label(dock, "nextStepLabel")

    button(dock, "editPointsButton").click()
    assert canvas.mapTool() is dock.tool and button(dock, "reviewEditPointsButton").isChecked()
    assert "Shift+click: flip" in label(dock, "mapPointShortcutsLabel")  # listed while editing
    right_click(dock.tool, canvas, image.extent().center())
    assert dock.prompt_layer.featureCount() == 21
    button(dock, "editPointsButton").click()
    assert dock.tool is None and not button(dock, "reviewEditPointsButton").isChecked()

    button(dock, "runButton").click()
    assert "SAM is running" in label(dock, "statusLabel") and button(dock, "cancelButton").isEnabled()
    assert not button(dock, "runButton").isEnabled() and "SAM is running" in label(dock, "mapHintLabel")
    wait_for(lambda: dock.task is None, timeout=300)
    assert dock.last_error is None, dock.last_error
    assert dock.cropland_layer.featureCount() == dock.last_result.n_polygons > 0
    last = label(dock, "lastRunLabel")
    assert "custom ViT" in last and "CPU" in last and "tiles done: 1" in last and " s." in last
    assert "Review" in label(dock, "nextStepLabel") and not button(dock, "cancelButton").isEnabled()


def test_review_page_list_uncertainty_edit_and_run_again(dock, qgis_iface):
    open_page(dock, "Review")
    assert not label(dock, "reviewHintLabel")
    table = dock.findChild(object, "reviewTable")
    assert table.rowCount() == dock.last_result.n_review > 0
    table.selectRow(0)
    assert qgis_iface.mapCanvas().extent().contains(dock.review.features[0].geometry().boundingBox())
    layer = dock.uncertainty_layer
    assert layer is not None and layer.name() == "Cropland uncertainty (APT)"
    assert "Cropland uncertainty (APT)" in label(dock, "uncertaintyLabel")
    assert not QgsProject.instance().layerTreeRoot().findLayer(layer.id()).isVisible()  # it would hide the image
    with rasterio.open(layer.source()) as ds:
        values = ds.read(1)
        values = values[values != ds.nodata]
    assert values.size and values.min() >= 0 and values.max() <= 1 and np.ptp(values) > 0
    button(dock, "reviewEditPointsButton").click()  # edit there, as on the Map page
    assert dock.tool is not None and button(dock, "editPointsButton").isChecked()
    button(dock, "reviewEditPointsButton").click()
    encoded = dock.engines.engine.encoder_runs
    button(dock, "reviewRunButton").click()
    wait_for(lambda: dock.task is None, timeout=300)
    assert dock.last_error is None and dock.engines.engine.encoder_runs == encoded  # decoded only
    assert len(QgsProject.instance().mapLayersByName("Cropland uncertainty (APT)")) == 1


def test_check_page_compares_with_a_reference(dock, project):
    _, _, reference = project
    open_page(dock, "Check")
    assert not label(dock, "checkHintLabel") and button(dock, "checkAccuracyButton").isEnabled()
    dock.findChild(object, "referenceCombo").setLayer(reference)
    dock.findChild(object, "referenceClassesEdit").setText("40")
    button(dock, "checkAccuracyButton").click()
    assert button(dock, "cancelButton").isEnabled() and "Comparing" in label(dock, "statusLabel")
    wait_for(lambda: dock.accuracy.task is None)
    assert dock.accuracy.last_result.glc.oa == pytest.approx(1.0)
    assert "Accuracy checked" in label(dock, "statusLabel") and not button(dock, "cancelButton").isEnabled()


def test_export_page_writes_the_layer(dock, tmp_path):
    open_page(dock, "Export")
    assert not label(dock, "exportHintLabel") and button(dock, "exportButton").isEnabled()
    path = str(tmp_path / "fields.gpkg")
    assert dock.export(choice=(path, "GPKG", dock.cropland_layer.crs())) == path
    assert "Exported to" in label(dock, "statusLabel")


def test_cancel_from_another_page_with_esc(dock):
    before = set(QgsProject.instance().mapLayers())
    dock.engines.clear()  # a fresh engine: the run has real work to do
    open_page(dock, "Map")
    assert dock.run_sam()
    open_page(dock, "Export")  # the run goes on; Cancel is on this page too
    assert dock.findChild(object, "cancelButton").isVisibleTo(dock)
    press_keys(dock, Qt.Key.Key_Escape)
    wait_for(lambda: dock.task is None, timeout=300)
    assert dock.last_result is None and "Cancelled" in dock.last_error
    assert set(QgsProject.instance().mapLayers()) == before
    assert "Cancelled" in label(dock, "statusLabel")


def test_run_from_the_keyboard(dock):
    open_page(dock, "Review")
    press_keys(dock, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dock.task is not None, "Ctrl+Return did not start SAM"
    wait_for(lambda: dock.task is None, timeout=300)
    assert dock.last_error is None, dock.last_error


def test_settings_kept_after_the_dock_is_closed_and_opened(dock, qgis_iface):
    dock.form.rounds_spin.setValue(5)
    dock.form.advanced.setCollapsed(False)
    dock.findChild(object, "uncertaintyCheck").setChecked(False)
    dock.findChild(object, "referenceClassesEdit").setText("10,40")
    checkpoint = dock.form.checkpoint_widget.filePath()
    dock.close()
    dock.shutdown()  # what QGIS does when it quits or unloads the plugin
    reopened = new_dock(qgis_iface)
    try:
        assert reopened.form.rounds_spin.value() == 5
        assert not reopened.form.advanced.isCollapsed()
        assert not reopened.findChild(object, "uncertaintyCheck").isChecked()
        assert reopened.findChild(object, "referenceClassesEdit").text() == "10,40"
        assert reopened.form.checkpoint_widget.filePath() == checkpoint
    finally:
        reopened.shutdown()
        reopened.deleteLater()
