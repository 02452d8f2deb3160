"""The dock's *Field parcels* check box, driven as an analyst would in real QGIS on the NAIP sample with
a tiny random SAM (its masks are blobs, not fields: this checks the mechanics) and the SYNTHETIC land
cover built by a fixture: ticked, a run adds "Fields (APT)" made on the run's cached embeddings; the
box is remembered; unticked, no fields are made."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject, QgsRasterLayer
from qgis.PyQt.QtWidgets import QCheckBox, QPushButton
from support import wait_for

FIELD_ATTRIBUTES = ["field_id", "area_ha", "perimeter_m", "score", "stability", "mean_prob"]


@pytest.fixture(scope="module")
def project(qgis_app, naip_path, naip_glc):
    image = QgsRasterLayer(naip_path, "naip", "gdal")
    glc = QgsRasterLayer(naip_glc, "glc (synthetic)", "gdal")
    assert image.isValid() and glc.isValid()
    QgsProject.instance().addMapLayers([image, glc])
    yield image, glc
    QgsProject.instance().removeAllMapLayers()


def new_dock(iface):
    from apt_cropland.plugin.gui.dock import AptCroplandDock

    return AptCroplandDock(iface)


@pytest.fixture(scope="module")
def dock(project, qgis_iface, tiny_checkpoint):
    from apt_cropland.plugin.gui.settings import DockSettings

    DockSettings(checkpoint=tiny_checkpoint, device="cpu", points_per_class=10).save()
    dock = new_dock(qgis_iface)
    image, glc = project
    dock.form.image_combo.setLayer(image)
    dock.form.glc_combo.setLayer(glc)
    dock.resize(360, 800)
    dock.show()
    yield dock
    dock.shutdown()
    dock.deleteLater()


def button(dock, name: str) -> QPushButton:
    found = dock.findChild(QPushButton, name)
    assert found is not None, name
    return found


def run_sam(dock) -> None:
    button(dock, "generatePointsButton").click()
    wait_for(lambda: dock.prompt_task is None)
    assert dock.prompt_layer is not None and dock.prompt_layer.featureCount() == 20
    button(dock, "runButton").click()
    wait_for(lambda: dock.task is None, timeout=300)
    assert dock.last_error is None, dock.last_error


def test_the_check_box_is_in_the_advanced_outputs_off_by_default(dock):
    check = dock.findChild(QCheckBox, "fieldsCheck")
    assert check is not None and not check.isChecked() and check.text() == "Field parcels"
    assert dock.findChild(object, "outputGroup").isAncestorOf(check)
    assert dock.findChild(object, "advancedGroup").isAncestorOf(check)
    assert "Fields (APT)" in check.toolTip()


def test_a_run_with_fields_adds_the_fields_layer_on_the_cached_embeddings(dock, monkeypatch):
    """The filters at 0, points closer, smaller fields (the dock takes the table's defaults, and a random
    model's masks in its small cropland would not pass them), so the layer has fields to check."""
    from apt_cropland.plugin.gui.dock_form import DockForm

    form_config = DockForm.config
    monkeypatch.setattr(DockForm, "config", lambda self: _unfiltered(form_config(self)))
    dock.findChild(QCheckBox, "fieldsCheck").setChecked(True)
    dock.engines.clear()  # a fresh engine: the count of encoder passes is this run's
    run_sam(dock)
    result, layer = dock.last_result, dock.fields_layer
    assert layer is not None and layer.name() == "Fields (APT)" and layer.isValid()
    assert QgsProject.instance().mapLayersByName("Fields (APT)") == [layer]
    assert layer.fields().names() == FIELD_ATTRIBUTES
    assert layer.featureCount() == result.n_fields > 0
    assert layer.crs() == dock.form.image_combo.currentLayer().crs()
    features = list(layer.getFeatures())
    assert sorted(f["field_id"] for f in features) == list(range(1, len(features) + 1))
    geometries = [f.geometry() for f in features]
    for i, a in enumerate(geometries):  # none overlap
        for b in geometries[i + 1:]:
            assert a.intersection(b).area() < 1e-6
    cropland = [f.geometry() for f in dock.cropland_layer.getFeatures()]
    from qgis.core import QgsGeometry

    union = QgsGeometry.unaryUnion(cropland)
    for g in geometries:  # inside the run's cropland
        assert g.difference(union).area() < 1e-3 * g.area()
    assert dock.engines.engine.encoder_runs == result.encoder_runs  # decoder passes only for the fields
    assert f"{result.n_fields} field parcels." in dock.form.status_label.text()

    run_sam(dock)  # a new run replaces the layer
    assert QgsProject.instance().mapLayersByName("Fields (APT)") == [dock.fields_layer]
    assert dock.fields_layer is not layer


def test_the_box_is_remembered_and_unticked_no_fields_are_made(dock, qgis_iface):
    dock.shutdown()  # saves the settings, as when QGIS quits
    reopened = new_dock(qgis_iface)
    try:
        assert reopened.findChild(QCheckBox, "fieldsCheck").isChecked()
    finally:
        reopened.shutdown()
        reopened.deleteLater()
    from apt_cropland.plugin.gui.settings import DockSettings

    assert DockSettings.load().fields


def test_unticked_the_run_makes_no_fields(project, qgis_iface, tiny_checkpoint):
    from apt_cropland.plugin.gui.settings import DockSettings

    DockSettings(checkpoint=tiny_checkpoint, device="cpu", points_per_class=10, fields=False).save()
    for layer in QgsProject.instance().mapLayersByName("Fields (APT)"):
        QgsProject.instance().removeMapLayer(layer.id())
    dock = new_dock(qgis_iface)
    try:
        image, glc = project
        dock.form.image_combo.setLayer(image)
        dock.form.glc_combo.setLayer(glc)
        assert not dock.findChild(QCheckBox, "fieldsCheck").isChecked()
        run_sam(dock)
        assert dock.last_result.n_fields is None and "fields" not in dock.last_result.paths
        assert dock.fields_layer is None and not QgsProject.instance().mapLayersByName("Fields (APT)")
    finally:
        dock.shutdown()
        dock.deleteLater()


def _unfiltered(config):
    config.field_min_score = config.field_min_stability = 0.0
    config.field_spacing_m, config.min_field_area_m2 = 25.0, 500.0  # the tiny model's cropland is small
    return config
