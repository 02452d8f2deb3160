"""SAM 3 for the analyst, in real QGIS: the model manager's gated entry (where to get it, the licence,
no download), Add a file on disk with a SAM 3 folder (and the bad picks: nothing added), and the dock
running the added folder like any other model, or offering the install when transformers is missing.
The tiny random SAM 3 is saved as facebook/sam3's folder is; the land cover over NAIP is SYNTHETIC."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsRasterLayer, QgsSettings
from sam3_support import save_tiny_sam3
from support import wait_for

from apt_cropland.plugin.gui.model_manager import ModelManager
from apt_cropland.plugin.toolbelt.model_store import FOLDER_KEY

pytest.importorskip("transformers")
PAGE = "https://huggingface.co/facebook/sam3"


@pytest.fixture(scope="module")
def sam3_download(tmp_path_factory) -> Path:
    """facebook/sam3 as an analyst downloads it (tiny and random here)."""
    return Path(save_tiny_sam3(tmp_path_factory.mktemp("download") / "sam3"))


@pytest.fixture
def folder(tmp_path, qgis_app):
    path = tmp_path / "models"
    QgsSettings().setValue(FOLDER_KEY, str(path))
    yield path
    QgsSettings().remove(FOLDER_KEY)


def sam3_row(manager: ModelManager) -> int:
    [row] = [r for r in range(manager.table.rowCount()) if manager.table.item(r, 0).text() == "sam3"]
    return row


def test_the_gated_sam3_entry_says_where_to_get_it_and_downloads_nothing(folder):
    manager = ModelManager()
    row = sam3_row(manager)
    assert manager.table.item(row, 1).text().startswith("about ")
    assert manager.table.item(row, 2).text() == "no - licence to accept on Hugging Face, then add it from disk"
    manager.table.selectRow(0)
    assert manager.download_button.isEnabled() and manager.gated_link.isHidden()
    manager.table.selectRow(row)
    status = manager.status.text()
    assert "cannot be downloaded by the plugin" in status and "SAM licence, which you must accept" in status
    assert PAGE in status and "'Add a file on disk...'" in status and "config.json or model.safetensors" in status
    assert not manager.download_button.isEnabled() and manager.add_button.isEnabled()
    assert manager.gated_link.isVisibleTo(manager) and f'href="{PAGE}"' in manager.gated_link.text()
    assert not manager.download_selected() and manager.task is None
    assert not folder.exists()  # nothing written, not even the folder


def test_add_a_file_on_disk_takes_the_sam3_folder_whole(folder, sam3_download):
    manager = ModelManager()
    chosen = []
    manager.modelChosen.connect(chosen.append)
    assert manager.add_file(path=str(sam3_download / "config.json"))  # either file stands for the folder
    wait_for(lambda: manager.task is None)
    assert chosen == [str(folder / "sam3")], manager.status.text()
    assert "Added and verified" in manager.status.text()
    assert sorted(p.name for p in (folder / "sam3").iterdir()) == sorted(p.name for p in sam3_download.iterdir())
    row = sam3_row(manager)
    assert manager.table.item(row, 2).text().startswith("yes - ") and "SAM 3" in manager.table.item(row, 2).text()
    manager.table.selectRow(row)
    assert manager.gated_link.isHidden()  # installed: nothing to fetch
    manager.use_selected()
    assert chosen[-1] == str(folder / "sam3")


def _foreign_config(folder: Path) -> Path:
    from transformers import BertConfig

    BertConfig(hidden_size=32, num_hidden_layers=1, num_attention_heads=2, intermediate_size=64).save_pretrained(
        folder)
    return folder / "config.json"


def _bin_file(folder: Path) -> Path:
    import torch

    torch.save({"tracker_model.x": torch.zeros(2)}, folder / "pytorch_model.bin")
    return folder / "pytorch_model.bin"


@pytest.mark.parametrize("damage, message", [
    (lambda f: (f / "model.safetensors").unlink() or f, "has no model.safetensors"),
    (_foreign_config, "configuration of another kind of model ('bert'), not of SAM 3"),
    (_bin_file, "is not a SAM model APT Cropland reads (.bin file)"),
], ids=["no-model-safetensors", "another-models-config", "bin-file"])
def test_a_bad_sam3_pick_is_said_plainly_and_nothing_is_added(folder, sam3_download, tmp_path, damage, message):
    broken = tmp_path / "picked" / "sam3"
    shutil.copytree(sam3_download, broken)
    manager = ModelManager()
    chosen = []
    manager.modelChosen.connect(chosen.append)
    assert manager.add_file(path=str(damage(broken)))
    wait_for(lambda: manager.task is None)
    assert message in manager.status.text() and "Traceback" not in manager.status.text()
    assert chosen == [] and (not folder.exists() or list(folder.iterdir()) == [])


@pytest.fixture
def dock(qgis_iface, naip_path, naip_glc):
    from apt_cropland.plugin.gui.dock import AptCroplandDock

    image = QgsRasterLayer(naip_path, "naip", "gdal")
    glc = QgsRasterLayer(naip_glc, "glc (synthetic)", "gdal")
    QgsProject.instance().addMapLayers([image, glc])
    dock = AptCroplandDock(qgis_iface)
    dock.form.image_combo.setLayer(image)
    dock.form.glc_combo.setLayer(glc)
    dock.form.points_spin.setValue(5)
    dock.form.device_combo.setCurrentIndex(dock.form.device_combo.findData("cpu"))
    dock.form.checkpoint_widget.setFilePath("")  # (the dock may have restored a path from its settings)
    yield dock
    dock.shutdown()
    QgsProject.instance().removeAllMapLayers()


def add_through_the_manager(dock, path: str) -> str:
    """The manager as the dock opens it (Models...): its chosen model becomes the dock's checkpoint."""
    manager = ModelManager()
    manager.modelChosen.connect(dock.form.checkpoint_widget.setFilePath)  # as open_model_manager connects it
    assert manager.add_file(path=path)
    wait_for(lambda: manager.task is None)
    return dock.form.checkpoint_widget.filePath()


def test_the_dock_runs_a_sam3_folder_added_through_the_manager(dock, folder, sam3_download):
    added = add_through_the_manager(dock, str(sam3_download))
    assert added == str(folder / "sam3")
    info = dock.form.model_info_label.text()
    assert "SAM 3" in info and "MB" in info and dock.checkpoint_error is None, info
    assert not dock.form.install_button.isVisibleTo(dock)
    dock.form.generate_button.click()
    wait_for(lambda: dock.prompt_task is None)
    assert dock.form.run_button.isEnabled()
    assert dock.run_sam()
    wait_for(lambda: dock.task is None, timeout=600)
    assert dock.last_error is None, dock.last_error
    assert dock.engines.engine.architecture.family == "sam3"
    [layer] = QgsProject.instance().mapLayersByName("Cropland (APT)")
    assert layer.isValid() and layer.featureCount() == dock.last_result.n_polygons


def test_without_transformers_the_dock_offers_the_install(dock, folder, sam3_download, monkeypatch):
    monkeypatch.setitem(sys.modules, "transformers", None)  # as if the package were not installed
    added = add_through_the_manager(dock, str(sam3_download / "model.safetensors"))  # detection needs none
    assert added == str(folder / "sam3")
    label = dock.form.dependency_label
    assert label.isVisibleTo(dock) and "transformers" in label.text()
    assert dock.form.install_button.isVisibleTo(dock) and not dock.form.run_button.isEnabled()
    assert "SAM 3" in dock.form.model_info_label.text()


def test_the_docks_engine_is_built_again_when_the_folders_weights_change(sam3_download, tmp_path):
    """The dock keeps one engine while the checkpoint stays the same; a SAM 3 folder is the same only
    while its files are: new weights written into it build a new engine."""
    import os

    from apt_cropland.plugin.gui.engine_holder import EngineHolder

    model = tmp_path / "sam3"
    shutil.copytree(sam3_download, model)
    holder = EngineHolder()
    first = holder.get(str(model), "cpu", "fp32")
    assert holder.get(str(model), "cpu", "fp32") is first
    weights = model / "model.safetensors"
    stat = os.stat(weights)
    os.utime(weights, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))  # rewritten in place
    assert holder.get(str(model), "cpu", "fp32") is not first
