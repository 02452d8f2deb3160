"""Run inside desktop QGIS by `make screenshot`: the dock workflow on the sample, then a picture."""

import os

import qgis.utils
from qgis.core import QgsProject, QgsRasterLayer
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QDockWidget
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
    window.resizeDocks([dock], [430], Qt.Orientation.Horizontal)
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
    review = dock.review
    if not os.environ.get("APT_SHOT_REVIEW") or review.table.rowCount() == 0:
        os._exit(0)  # skip QGIS's shutdown: the picture is all this session was for
    dock.widget().ensureWidgetVisible(review)  # the dock scrolls down to the review list
    review.table.selectRow(0)  # and the canvas zooms to the first area to look at
    QTimer.singleShot(4000, save_review)


def save_review():
    window.grab().save(os.environ["APT_SHOT_REVIEW"], "PNG")
    os._exit(0)


QTimer.singleShot(3000, step_generate)
