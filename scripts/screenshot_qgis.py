"""Run inside desktop QGIS by `make screenshot`: the dock workflow on the sample, then pictures: the
window (APT_SHOT_OUT), the Review page with its first area (APT_SHOT_REVIEW) and, if APT_SHOT_PAGES
names a folder, the dock alone on each page (dock_map.png, dock_map_advanced.png, dock_review.png,
dock_check.png, dock_export.png). APT_SHOT_DOCK_WIDTH sets the dock's width (430); APT_SHOT_FLOATING=1
floats it (APT_SHOT_DOCK_HEIGHT high), to check a narrow, a wide and a floating dock at any
QT_SCALE_FACTOR."""

import os

import qgis.utils
from qgis.core import QgsProject, QgsRasterLayer
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QApplication, QDockWidget
from qgis.utils import iface

window = iface.mainWindow()
window.resize(1600, 1000)
for dock in window.findChildren(QDockWidget):
    if dock.objectName() in ("Browser", "Browser2"):
        dock.hide()
image = QgsRasterLayer(os.environ["APT_SHOT_IMAGE"], "NAIP 2020, North Dakota", "gdal")
glc = QgsRasterLayer(os.environ["APT_SHOT_GLC"], "Land cover (synthetic)", "gdal")
QgsProject.instance().addMapLayers([image, glc])
QgsProject.instance().setCrs(image.crs())
iface.layerTreeView().setLayerVisible(glc, False)


def step_generate():
    plugin = qgis.utils.plugins["apt_cropland"]
    plugin.action.trigger()
    dock = plugin.dock
    width = int(os.environ.get("APT_SHOT_DOCK_WIDTH", "430"))
    if os.environ.get("APT_SHOT_FLOATING") == "1":
        dock.setFloating(True)
        dock.resize(width, int(os.environ.get("APT_SHOT_DOCK_HEIGHT", "700")))
    else:
        window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
    dock.form.image_combo.setLayer(image)
    dock.form.glc_combo.setLayer(glc)
    dock.form.checkpoint_widget.setFilePath(os.environ["APT_SHOT_CHECKPOINT"])
    dock.form.device_combo.setCurrentIndex(dock.form.device_combo.findData("cpu"))
    dock.generate_points()
    wait_for_points(dock)


def wait_for_points(dock):
    if dock.prompt_task is not None:
        QTimer.singleShot(300, lambda: wait_for_points(dock))
        return
    dock.run_sam()
    wait_for_run(dock)


def wait_for_run(dock):
    if dock.task is not None:
        QTimer.singleShot(500, lambda: wait_for_run(dock))
        return
    root = QgsProject.instance().layerTreeRoot()
    if dock.prompt_layer is not None:  # points above the cropland polygons
        node = root.findLayer(dock.prompt_layer.id())
        root.insertChildNode(0, node.clone())
        root.removeChildNode(node)
    iface.setActiveLayer(image)
    iface.zoomToActiveLayer()
    iface.mapCanvas().refreshAllLayers()
    QTimer.singleShot(4000, save)


def save():
    window.grab().save(os.environ["APT_SHOT_OUT"], "PNG")
    dock = qgis.utils.plugins["apt_cropland"].dock
    pages = os.environ.get("APT_SHOT_PAGES")
    if pages:
        save_pages(dock, pages)
    review = dock.review
    if not os.environ.get("APT_SHOT_REVIEW") or review.table.rowCount() == 0:
        os._exit(0)  # skip QGIS's shutdown: the picture is all this session was for
    dock.tabs.setCurrentIndex(1)  # the Review page
    review.table.selectRow(0)  # and the canvas zooms to the first area to look at
    QTimer.singleShot(4000, save_review)


def save_pages(dock, folder):
    """The dock alone on each page (the Map page also with its advanced settings unfolded)."""
    os.makedirs(folder, exist_ok=True)
    for index, name in enumerate(("map", "review", "check", "export")):
        dock.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        dock.grab().save(os.path.join(folder, f"dock_{name}.png"), "PNG")
    dock.tabs.setCurrentIndex(0)
    dock.form.advanced.setCollapsed(False)
    QApplication.processEvents()
    dock.grab().save(os.path.join(folder, "dock_map_advanced.png"), "PNG")
    dock.form.advanced.setCollapsed(True)
    QApplication.processEvents()


def save_review():
    window.grab().save(os.environ["APT_SHOT_REVIEW"], "PNG")
    os._exit(0)


QTimer.singleShot(3000, step_generate)
