"""The dock's *Field parcels* check box, driven as an analyst would in real QGIS on the NAIP sample with
a tiny random SAM (its masks are blobs, not fields: this checks the mechanics) and the SYNTHETIC land
cover built by a fixture: ticked, a run adds "Fields (APT)" made on the run's cached embeddings; the
box and its settings (spacing, filters, minimum area) are remembered and reach the run; unticked, the
settings wait and no fields are made."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject, QgsRasterLayer
from qgis.PyQt.QtWidgets import QCheckBox, QDoubleSpinBox, QPushButton
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


FIELD_SPINS = ("fieldSpacingSpin", "fieldMinScoreSpin", "fieldMinStabilitySpin", "minFieldAreaSpin")


def spins(dock) -> list[QDoubleSpinBox]:
    found = [dock.findChild(QDoubleSpinBox, name) for name in FIELD_SPINS]
    assert None not in found
    return found


def test_the_field_settings_have_the_tables_defaults_and_wait_for_the_box(dock):
    from apt_cropland.plugin.core.options import option

    spacing, score, stability, area = spins(dock)
    assert spacing.value() == 0 and spacing.specialValueText() == "32 pixels"  # the table's None
    assert (score.value(), stability.value(), area.value()) == tuple(
        option(name).default for name in ("FIELD_MIN_SCORE", "FIELD_MIN_STABILITY", "MIN_FIELD_AREA"))
    check = dock.findChild(QCheckBox, "fieldsCheck")
    assert not check.isChecked() and not any(s.isEnabled() for s in spins(dock))
    for spin in spins(dock):
        assert dock.findChild(object, "advancedGroup").isAncestorOf(spin) and spin.toolTip()
    check.setChecked(True)
    assert all(s.isEnabled() for s in spins(dock))
    check.setChecked(False)
    assert not any(s.isEnabled() for s in spins(dock))


def test_a_run_with_fields_adds_the_fields_layer_on_the_cached_embeddings(dock, monkeypatch):
    """The dock's field settings set as an analyst would (filters at 0, points closer, smaller fields: a
    random model's masks in its small cropland would not pass the table's defaults) reach the run, so the
    layer has fields to check."""
    from apt_cropland.plugin.gui.dock_form import DockForm

    made = []
    form_config = DockForm.config
    monkeypatch.setattr(DockForm, "config", lambda self: made.append(form_config(self)) or made[-1])  # a spy
    dock.findChild(QCheckBox, "fieldsCheck").setChecked(True)
    for spin, value in zip(spins(dock), (25.0, 0.0, 0.0, 500.0)):
        spin.setValue(value)
    dock.engines.clear()  # a fresh engine: the count of encoder passes is this run's
    run_sam(dock)
    assert made and {(c.field_spacing_m, c.field_min_score, c.field_min_stability, c.min_field_area_m2)
                     for c in made} == {(25.0, 0.0, 0.0, 500.0)}
    assert any(c.fields_output for c in made)  # among them the run's own, which asked for the fields
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
        assert [s.value() for s in spins(reopened)] == [25.0, 0.0, 0.0, 500.0]  # the settings kept
        assert all(s.isEnabled() for s in spins(reopened))
    finally:
        reopened.shutdown()
        reopened.deleteLater()
    from apt_cropland.plugin.gui.settings import DockSettings

    saved = DockSettings.load()
    assert saved.fields and (saved.field_spacing_m, saved.min_field_area_m2) == (25.0, 500.0)


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
        assert not any(s.isEnabled() for s in spins(dock))
        run_sam(dock)
        assert dock.last_result.n_fields is None and "fields" not in dock.last_result.paths
        assert dock.fields_layer is None and not QgsProject.instance().mapLayersByName("Fields (APT)")
    finally:
        dock.shutdown()
        dock.deleteLater()

