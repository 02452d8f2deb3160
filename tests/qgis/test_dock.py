"""The analyst's workflow in the dock, driven as a person would: real QGIS, real files, tiny SAM.

The land cover over the NAIP image is SYNTHETIC (built by a fixture from NDVI).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import qgis.utils
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsPointXY,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QEvent, QPoint, Qt
from qgis.PyQt.QtWidgets import QMessageBox, QPushButton
from support import wait_for, west_half_of

ROOT = Path(__file__).resolve().parents[2]
NAME = "apt_cropland"




@pytest.fixture(scope="module")
def plugin(qgis_app, qgis_iface):
    """The plugin loaded and started the way QGIS does it."""
    path = str(ROOT / "build" / "qgis-plugins")
    if path not in qgis.utils.plugin_paths:
        qgis.utils.plugin_paths.append(path)
    qgis.utils.iface = qgis_iface
    qgis.utils.updateAvailablePlugins()
    import apt_cropland  # noqa: F401 - the modules other tests hold: QGIS's unload drops them, so keep them

    saved = {k: v for k, v in sys.modules.items() if k == NAME or k.startswith(NAME + ".")}
    assert qgis.utils.loadPlugin(NAME)
    assert qgis.utils.startPlugin(NAME)
    yield qgis.utils.plugins[NAME]
    assert qgis.utils.unloadPlugin(NAME)
    sys.modules.update(saved)


@pytest.fixture(scope="module")
def layers(qgis_app, naip_path, naip_glc):
    image = QgsRasterLayer(naip_path, "naip", "gdal")
    glc = QgsRasterLayer(naip_glc, "glc (synthetic)", "gdal")
    assert image.isValid() and glc.isValid()
    QgsProject.instance().addMapLayers([image, glc])
    yield image, glc
    QgsProject.instance().removeAllMapLayers()


@pytest.fixture(scope="module")
def dock(plugin, layers, qgis_iface, tiny_checkpoint):
    image, glc = layers
    plugin.action.trigger()  # the toolbar button / Raster menu entry
    dock = plugin.dock
    assert dock is not None and dock.objectName() == "AptCroplandDock"
    assert not dock.isHidden() and plugin.action.isChecked()
    dock.findChild(object, "imageLayerCombo").setLayer(image)
    dock.findChild(object, "glcLayerCombo").setLayer(glc)
    dock.findChild(object, "pointsSpin").setValue(10)
    dock.findChild(object, "checkpointWidget").setFilePath(tiny_checkpoint)
    dock.findChild(object, "deviceCombo").setCurrentIndex(dock.form.device_combo.findData("cpu"))
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(image.crs())
    canvas.setLayers([image])
    canvas.setExtent(image.extent())
    return dock


def button(dock, name: str) -> QPushButton:
    found = dock.findChild(QPushButton, name)
    assert found is not None, name
    return found


def layers_named(name: str) -> list:
    return QgsProject.instance().mapLayersByName(name)


def test_the_dock_offers_what_the_analyst_needs(dock, tiny_checkpoint):
    assert "custom ViT" in dock.findChild(object, "modelInfoLabel").text()
    assert "CPU" in dock.findChild(object, "deviceInfoLabel").text()
    assert dock.findChild(object, "bandsEdit").placeholderText().startswith("1,2,3")
    assert not dock.findChild(object, "dependencyLabel").isVisibleTo(dock)


def test_generate_points_adds_a_styled_editable_layer_in_the_image_crs(dock, layers):
    image, _ = layers
    button(dock, "generatePointsButton").click()
    assert not button(dock, "generatePointsButton").isEnabled()  # sampling runs in a background task
    wait_for(lambda: dock.prompt_task is None)
    [layer] = layers_named("APT prompts")
    assert layer.crs() == image.crs() and layer.featureCount() == 20
    assert layer.fields().names() == ["label", "round", "tile", "source"]
    labels = [f["label"] for f in layer.getFeatures()]
    assert labels.count(1) == labels.count(0) == 10
    assert {f["source"] for f in layer.getFeatures()} == {"auto"}
    renderer = layer.renderer()
    assert renderer.type() == "categorizedSymbol" and renderer.classAttribute() == "label"
    colours = {str(c.value()): c.symbol().color().name() for c in renderer.categories()}
    assert colours == {"1": "#1aa31a", "0": "#d62020"}
    assert layer.labelsEnabled()


def test_land_cover_missing_part_of_the_image_is_a_warning(dock, layers, naip_glc, tmp_path):
    """Prompts from a land cover that covers half the image: the dock says so, not only the log."""
    image, glc = layers
    half = QgsRasterLayer(west_half_of(naip_glc, tmp_path / "west_half.tif"), "glc west half", "gdal")
    QgsProject.instance().addMapLayer(half)
    combo = dock.findChild(object, "glcLayerCombo")
    try:
        combo.setLayer(half)
        button(dock, "generatePointsButton").click()
        wait_for(lambda: dock.prompt_task is None)
        assert "no data under about" in dock.form.status_label.text()
    finally:  # back to the whole land cover, and its points, for the tests that follow
        combo.setLayer(glc)
        button(dock, "generatePointsButton").click()
        wait_for(lambda: dock.prompt_task is None)
        QgsProject.instance().removeMapLayer(half.id())
    assert "no data under" not in dock.form.status_label.text()
    assert layers_named("APT prompts")[0].featureCount() == 20


def click(tool, canvas, point: QgsPointXY, button=Qt.MouseButton.LeftButton, modifiers=Qt.KeyboardModifier.NoModifier,
          release_at: QgsPointXY | None = None):
    """Press (and release) a real QgsMapMouseEvent at a map point, as the canvas would deliver it."""
    to_pixel = canvas.getCoordinateTransform()
    pixel = to_pixel.transform(point)
    pos = QPoint(round(pixel.x()), round(pixel.y()))
    press = QgsMapMouseEvent(canvas, QEvent.Type.MouseButtonPress, pos, button, button, modifiers)
    tool.canvasPressEvent(press)
    end = pos
    if release_at is not None:
        target = to_pixel.transform(release_at)
        end = QPoint(round(target.x()), round(target.y()))
        move = QgsMapMouseEvent(canvas, QEvent.Type.MouseMove, end, Qt.MouseButton.NoButton, button, modifiers)
        tool.canvasMoveEvent(move)
    release = QgsMapMouseEvent(canvas, QEvent.Type.MouseButtonRelease, end, button, Qt.MouseButton.NoButton, modifiers)
    tool.canvasReleaseEvent(release)


def zoom_to_empty_spots(layer, canvas, n: int) -> list[QgsPointXY]:
    """Zoom in on the image until ``n`` map points are found well away from every prompt point."""
    from qgis.gui import QgsMapTool

    taken = [f.geometry().asPoint() for f in layer.getFeatures()]
    centre = layer.extent().center()
    for half in (800, 400, 200, 100, 50):
        canvas.setExtent(QgsRectangle(centre.x() - half, centre.y() - half, centre.x() + half, centre.y() + half))
        clearance = 4 * QgsMapTool.searchRadiusMU(canvas)
        extent, spots = canvas.extent(), []
        for i in range(1, 10):
            for j in range(1, 10):
                p = QgsPointXY(extent.xMinimum() + extent.width() * i / 10,
                               extent.yMinimum() + extent.height() * j / 10)
                if all(p.distance(q) > clearance for q in taken + spots):
                    spots.append(p)
                    if len(spots) == n:
                        return spots
    raise AssertionError("no room for new points")


def test_map_tool_adds_moves_flips_deletes_and_undoes(dock, qgis_iface):
    canvas = qgis_iface.mapCanvas()
    layer = layers_named("APT prompts")[0]
    button(dock, "editPointsButton").click()
    tool = canvas.mapTool()
    assert tool is dock.tool and layer.isEditable()
    start = layer.featureCount()
    free, other, target = zoom_to_empty_spots(layer, canvas, 3)

    click(tool, canvas, free)  # left click: a positive point
    click(tool, canvas, other, Qt.MouseButton.RightButton)  # right click: a negative one
    added = {f.id(): f for f in layer.getFeatures() if f["source"] == "manual"}
    assert layer.featureCount() == start + 2
    assert sorted(f["label"] for f in added.values()) == [0, 1]
    positive = next(f for f in added.values() if f["label"] == 1)
    assert positive.geometry().asPoint().distance(free) < canvas.mapUnitsPerPixel()

    click(tool, canvas, free, release_at=target)  # drag the point
    assert layer.getFeature(positive.id()).geometry().asPoint().distance(target) < canvas.mapUnitsPerPixel()

    click(tool, canvas, target, modifiers=Qt.KeyboardModifier.ShiftModifier)  # flip
    assert layer.getFeature(positive.id())["label"] == 0
    click(tool, canvas, target, modifiers=Qt.KeyboardModifier.ControlModifier)  # delete
    assert layer.featureCount() == start + 1

    stack = layer.undoStack()
    stack.undo()  # the delete
    assert layer.featureCount() == start + 2
    stack.undo()  # the flip
    assert layer.getFeature(positive.id())["label"] == 1
    stack.redo()
    assert layer.getFeature(positive.id())["label"] == 0
    button(dock, "editPointsButton").click()
    assert dock.tool is None


def run_and_wait(dock) -> None:
    assert dock.run_sam()
    wait_for(lambda: dock.task is None)


def test_run_adds_the_cropland_layer(dock, layers):
    image, _ = layers
    run_and_wait(dock)
    assert dock.last_error is None, dock.last_error
    [layer] = layers_named("Cropland (APT)")
    assert layer.crs() == image.crs() and layer.featureCount() == dock.last_result.n_polygons > 0
    assert layer.fields().names() == ["area_ha", "mean_prob", "uncertainty", "glc_share"]
    assert dock.last_result.encoder_runs == 1
    assert dock.findChild(object, "progressBar").value() == 100


def test_the_review_list_is_ranked_and_zooms_to_the_selected_area(dock, qgis_iface):
    """The review areas of the run above (map against the SYNTHETIC land cover), rank 1 first;
    selecting a row zooms the canvas onto that area."""
    table = dock.findChild(object, "reviewTable")
    rows = table.rowCount()
    assert rows == dock.last_result.n_review > 0
    assert [int(table.item(r, 0).text()) for r in range(rows)] == list(range(1, rows + 1))
    assert {table.item(r, 1).text() for r in range(rows)} <= {"added", "removed"}
    canvas = qgis_iface.mapCanvas()
    row = min(2, rows - 1)
    feature = dock.review.features[row]
    table.selectRow(row)
    shown = canvas.extent()
    box = feature.geometry().boundingBox()  # the canvas shares the image's CRS here
    assert shown.contains(box) and shown.width() < 3 * max(box.width(), box.height()) + 1e-6


def test_rerun_after_one_edit_decodes_only(dock, qgis_iface):
    layer = layers_named("APT prompts")[0]
    engine = dock.engines.engine
    encoded, decoded = engine.encoder_runs, engine.decoder_runs
    fid = next(iter(layer.allFeatureIds()))
    layer.startEditing()
    layer.changeAttributeValue(fid, layer.fields().indexOf("label"), 1 - layer.getFeature(fid)["label"])
    run_and_wait(dock)
    assert dock.last_error is None, dock.last_error
    assert dock.last_result.encoder_runs == 0 and engine.encoder_runs == encoded
    assert engine.decoder_runs > decoded
    assert len(layers_named("Cropland (APT)")) == 1  # the new result replaces the old layer


def test_cancel_adds_nothing_and_says_so(dock, qgis_iface):
    qgis_iface.messageBar().clear_messages()
    before = {layer.id() for layer in QgsProject.instance().mapLayers().values()}
    dock.engines.clear()  # a fresh engine: the run has real work to do
    assert dock.run_sam()
    button(dock, "cancelButton").click()
    wait_for(lambda: dock.task is None)
    assert dock.last_result is None and "Cancelled" in dock.last_error
    assert {layer.id() for layer in QgsProject.instance().mapLayers().values()} == before
    assert any("Cancelled" in m for m in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning))
    run_and_wait(dock)  # and it still works afterwards
    assert dock.last_error is None


@pytest.mark.parametrize(
    "driver, suffix, epsg", [("GPKG", ".gpkg", "EPSG:4326"), ("ESRI Shapefile", ".shp", "EPSG:3857")]
)
def test_export_in_the_chosen_crs(dock, tmp_path, driver, suffix, epsg):
    path = str(tmp_path / f"cropland{suffix}")
    written = dock.export(choice=(path, driver, QgsCoordinateReferenceSystem(epsg)))
    assert written == path
    reopened = QgsVectorLayer(path, "reopened", "ogr")
    assert reopened.isValid() and reopened.crs().authid() == epsg
    assert reopened.featureCount() == dock.cropland_layer.featureCount()
    assert {"area_ha", "mean_prob"} <= set(reopened.fields().names())
    assert QgsProject.instance().mapLayersByName("cropland")


def test_export_never_overwrites_without_consent(dock, tmp_path, monkeypatch):
    path = tmp_path / "mine.gpkg"
    path.write_bytes(b"the analyst's own file")
    asked = []

    def answer(reply):
        def question(*args, **kwargs):
            asked.append(args[2])
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    assert dock.export(choice=(str(path), "GPKG", dock.cropland_layer.crs())) is None
    assert path.read_bytes() == b"the analyst's own file" and "already exists" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert dock.export(choice=(str(path), "GPKG", dock.cropland_layer.crs())) == str(path)
    assert QgsVectorLayer(str(path), "x", "ogr").featureCount() == dock.cropland_layer.featureCount()


def test_export_into_a_geopackage_keeps_its_other_layers(dock, tmp_path, monkeypatch):
    from osgeo import ogr

    path = tmp_path / "project.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    ds.CreateLayer("fields", geom_type=ogr.wkbPolygon)
    ds = None
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    assert dock.export(choice=(str(path), "GPKG", dock.cropland_layer.crs())) == str(path)
    assert asked == []  # nothing was replaced: the layer is added next to 'fields'
    QgsProject.instance().removeMapLayers([lyr.id() for lyr in QgsProject.instance().mapLayersByName("project")])
    assert dock.export(choice=(str(path), "GPKG", dock.cropland_layer.crs())) == str(path)
    assert len(asked) == 1 and "already has a layer 'cropland'" in asked[0] and "other" in asked[0]
    opened = ogr.Open(str(path))  # kept in a variable: its layers die with it
    assert {opened.GetLayer(i).GetName() for i in range(opened.GetLayerCount())} == {"fields", "cropland"}
    del opened
    # a layer of the project that reads the file is never replaced under it
    from apt_cropland.plugin.gui.export import export_layer

    QgsProject.instance().addMapLayer(QgsVectorLayer(f"{path}|layername=cropland", "open one", "ogr"))
    with pytest.raises(OSError, match="is open in the project"):
        export_layer(dock.cropland_layer, str(path), "GPKG", dock.cropland_layer.crs(), confirm=lambda q: True)


def test_the_analysts_edits_are_never_dropped_silently(dock, monkeypatch):
    prompts = layers_named("APT prompts")[0]  # edited with the map tool above
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    assert not dock.generate_points()
    assert "edits made to it are lost" in asked[0] and layers_named("APT prompts") == [prompts]
    cropland = dock.cropland_layer
    cropland.startEditing()
    cropland.changeAttributeValue(next(iter(cropland.allFeatureIds())), 0, 123.0)
    cropland.commitChanges()
    run_and_wait(dock)
    assert dock.last_error is None
    assert [lyr.id() for lyr in layers_named("Cropland (APT, edited)")] == [cropland.id()]
    assert len(layers_named("Cropland (APT)")) == 1 and dock.cropland_layer is not cropland


def test_settings_survive_a_restart(dock):
    from apt_cropland.plugin.gui.dock_form import DockForm
    from apt_cropland.plugin.gui.settings import DockSettings

    dock.form.rounds_spin.setValue(4)
    dock.form.simplify_spin.setValue(2.5)
    dock.form.scheme_combo.setCurrentIndex(dock.form.scheme_combo.findData("esri"))
    dock.form.settings().save()
    fresh = DockForm(dock.canvas)
    fresh.restore(DockSettings.load())
    assert fresh.rounds_spin.value() == 4 and fresh.simplify_spin.value() == 2.5
    assert fresh.classes_edit.text() == "5"
    assert fresh.checkpoint_widget.filePath() == dock.form.checkpoint_widget.filePath()
    dock.form.scheme_combo.setCurrentIndex(dock.form.scheme_combo.findData("worldcover"))
    dock.form.rounds_spin.setValue(3)


def test_without_torch_the_dock_explains_what_to_install(qgis_iface, monkeypatch):
    from apt_cropland.plugin.gui.dock import AptCroplandDock

    for name in ("torch", "torchvision", "segment_anything"):
        monkeypatch.setitem(sys.modules, name, None)  # as if not installed
    dock = AptCroplandDock(qgis_iface)
    label = dock.findChild(object, "dependencyLabel")
    assert label.isVisibleTo(dock) and "torch" in label.text() and "pip install" in label.text()
    assert not button(dock, "runButton").isEnabled()
    assert button(dock, "generatePointsButton").isEnabled()
    dock.shutdown()
