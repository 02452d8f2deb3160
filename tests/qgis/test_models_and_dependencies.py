"""Model manager, dependency installer, options page and model names in Processing, in real QGIS.

No internet here: the official model list is pointed at a loopback HTTP server serving a tiny
checkpoint, and pip installs a wheel the test builds, offline.
"""

from __future__ import annotations

import hashlib
import shutil
import sys

import pytest
from qgis.core import QgsProcessingException, QgsSettings
from support import RangeServer, build_wheel, wait_for

from apt_cropland.plugin.core.install.installer import find_python, pip_command
from apt_cropland.plugin.core.models.catalog import OFFICIAL_MODELS, ModelInfo
from apt_cropland.plugin.gui import model_manager
from apt_cropland.plugin.gui.installer_dialog import InstallerDialog
from apt_cropland.plugin.gui.model_manager import ModelManager
from apt_cropland.plugin.toolbelt.model_store import FOLDER_KEY, models_folder


@pytest.fixture
def folder(tmp_path, qgis_app):
    """A fresh model folder, chosen in the settings as an analyst would."""
    path = tmp_path / "models"
    QgsSettings().setValue(FOLDER_KEY, str(path))
    yield path
    QgsSettings().remove(FOLDER_KEY)


@pytest.fixture
def served_vit_b(tmp_path, tiny_checkpoint, monkeypatch):
    """'vit_b' as published, except that it lives on a loopback server (and is tiny)."""
    www = tmp_path / "www"
    www.mkdir()
    shutil.copy(tiny_checkpoint, www / "sam_vit_b_01ec64.pth")
    data = (www / "sam_vit_b_01ec64.pth").read_bytes()
    server = RangeServer(www)
    info = ModelInfo("vit_b", "sam_vit_b_01ec64.pth", f"{server.url}/sam_vit_b_01ec64.pth", len(data),
                     hashlib.sha256(data).hexdigest())
    monkeypatch.setitem(model_manager.OFFICIAL_MODELS, "vit_b", info)
    yield info
    server.close()


def test_the_manager_lists_the_official_models(folder):
    manager = ModelManager()
    labels = [manager.table.item(r, 0).text() for r in range(manager.table.rowCount())]
    assert labels == ["vit_b (default)", "vit_l", "vit_h", "sam2.1_hiera_t", "sam2.1_hiera_s", "sam2.1_hiera_b_plus",
                      "sam2.1_hiera_l", "sam3"]
    assert [manager.table.item(r, 2).text() for r in range(7)] == ["no"] * 7
    assert manager.table.item(7, 2).text().startswith("no - licence to accept on Hugging Face")  # gated
    assert manager.table.item(2, 1).text() == f"{OFFICIAL_MODELS['vit_h'].size_bytes / 2**20:,.0f} MB"
    assert manager.table.item(4, 1).text() == "176 MB"  # sam2.1_hiera_small.pt, 184,416,285 bytes
    assert manager.folder == str(folder) == models_folder()


def test_download_in_a_task_then_choose_it(folder, served_vit_b):
    manager = ModelManager()
    chosen = []
    manager.modelChosen.connect(chosen.append)
    manager.table.selectRow(0)
    assert manager.download_selected()
    wait_for(lambda: manager.task is None)
    target = folder / "sam_vit_b_01ec64.pth"
    assert target.is_file() and not (folder / "sam_vit_b_01ec64.pth.part").exists()
    assert chosen == [str(target)]
    assert manager.table.item(0, 2).text().startswith("yes - custom ViT")
    assert "verified" in manager.status.text()


def test_a_file_on_disk_is_added_for_offline_machines(folder, tiny_checkpoint, tmp_path):
    manager = ModelManager()
    chosen = []
    manager.modelChosen.connect(chosen.append)
    assert manager.add_file(path=tiny_checkpoint)  # checked and copied in a background task
    wait_for(lambda: manager.task is None)
    assert chosen == [str(folder / "tiny_sam.pth")]
    assert manager.table.rowCount() == 9 and manager.table.item(8, 0).text() == "tiny_sam.pth"
    junk = tmp_path / "junk.pth"
    junk.write_text("no weights here")
    assert manager.add_file(path=str(junk))
    wait_for(lambda: manager.task is None)
    assert "not a PyTorch checkpoint" in manager.status.text() and chosen == [str(folder / "tiny_sam.pth")]


def test_the_installer_finds_python_and_shows_pip_live(tmp_path, qgis_app):
    dialog = InstallerDialog()
    python = find_python()
    assert python.path in dialog.info.text() and "torch" in dialog.info.text()
    assert dialog.command[:4] == [python.path, "-m", "pip", "install"]

    wheels = tmp_path / "wheels"
    wheels.mkdir()
    build_wheel(wheels)
    target = tmp_path / "packages"
    offline = InstallerDialog(command=pip_command(python.path, str(target), ("apt_fake_dep",),
                                                  find_links=str(wheels), offline=True))
    offline.start()
    wait_for(lambda: offline.succeeded is not None)
    assert offline.succeeded, offline.output.toPlainText()
    assert "Successfully installed apt_fake_dep" in offline.output.toPlainText()
    assert (target / "apt_fake_dep" / "__init__.py").is_file()
    assert "Restart QGIS" in offline.info.text()


def test_the_installer_can_be_cancelled(qgis_app):
    dialog = InstallerDialog(command=[sys.executable, "-c", "import time; print('working', flush=True); "
                                                            "time.sleep(60)"])
    dialog.start()
    wait_for(lambda: "working" in dialog.output.toPlainText(), timeout=30)
    dialog.cancel()
    wait_for(lambda: dialog.succeeded is not None, timeout=30)
    assert dialog.succeeded is False and "Cancelled" in dialog.output.toPlainText()


def test_the_installer_runs_its_steps_in_turn_with_their_environment(tmp_path, qgis_app):
    """As it installs sam2: a second pip run, from source, with SAM2_BUILD_CUDA=0 (offline, test packages)."""
    from support import build_sdist

    from apt_cropland.plugin.core.install.installer import SOURCE_BUILD_ENV, InstallStep, source_command

    python = find_python()
    packages = tmp_path / "packages"
    packages.mkdir()
    build_wheel(packages)
    build_sdist(packages)
    target = tmp_path / "target"
    steps = [InstallStep(pip_command(python.path, str(target), ("apt_fake_dep",), find_links=str(packages),
                                     offline=True), {}),
             InstallStep(source_command(python.path, str(target), ("apt_fake_src",), find_links=str(packages),
                                        offline=True), dict(SOURCE_BUILD_ENV))]
    dialog = InstallerDialog(steps=steps)
    dialog.start()
    wait_for(lambda: dialog.succeeded is not None)
    assert dialog.succeeded, dialog.output.toPlainText()
    assert (target / "apt_fake_dep" / "__init__.py").is_file() and (target / "apt_fake_src.py").is_file()
    assert "$ SAM2_BUILD_CUDA=0 " in dialog.output.toPlainText()


def test_the_options_page(qgis_app):
    from apt_cropland.plugin.gui.options_page import AptCroplandOptionsFactory

    factory = AptCroplandOptionsFactory()
    assert factory.title() == "APT Cropland"
    page = factory.createWidget(None)
    assert page.findChild(ModelManager) is not None
    assert "installed" in page.dependencies_label.text()


def test_processing_takes_a_model_name(processing_provider, folder, naip_path, naip_glc, tiny_checkpoint, tmp_path):
    import processing

    params = dict(IMAGE=naip_path, GLC=naip_glc, CHECKPOINT="vit_b", POINTS_PER_CLASS=5, MIN_AREA=0,
                  OUTPUT=str(tmp_path / "out.gpkg"))
    with pytest.raises(QgsProcessingException, match="vit_b' is not installed"):
        processing.run("aptcropland:autoprompt", params)
    folder.mkdir()
    shutil.copy(tiny_checkpoint, folder / "sam_vit_b_01ec64.pth")
    result = processing.run("aptcropland:autoprompt", params)
    assert result["OUTPUT"] == str(tmp_path / "out.gpkg")
