"""The dock's and the model manager's failures said in words, in real QGIS: classes that are not
numbers, downloads that fail (an unwritable model folder, a bad address, a server or proxy that
refuses), a checkpoint file added in a background task, and completion code that fails."""

from __future__ import annotations

import shutil
import socket
import sys
from pathlib import Path

import pytest
import qgis.utils
from qgis.core import Qgis, QgsApplication, QgsProject, QgsRasterLayer, QgsSettings
from qgis.PyQt.QtCore import QEventLoop, QTimer
from support import RangeServer

from apt_cropland.plugin.core.errors import AptCancelledError
from apt_cropland.plugin.core.models.catalog import ModelInfo
from apt_cropland.plugin.gui import model_manager
from apt_cropland.plugin.gui.land_cover_list import LandCoverList
from apt_cropland.plugin.gui.model_manager import ModelManager
from apt_cropland.plugin.toolbelt.model_store import FOLDER_KEY


@pytest.fixture
def escaped(monkeypatch):
    """Exceptions that escape a Qt slot or a task's finished() (QGIS shows them in its error dialog)."""
    caught = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: caught.append(value))
    return caught


def wait_for_task(task, timeout_ms: int = 60_000) -> None:
    """Spin Qt until ``task`` has completed or terminated (its finished() has run by then)."""
    loop = QEventLoop()
    task.taskCompleted.connect(loop.quit)
    task.taskTerminated.connect(loop.quit)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(timeout_ms)
    loop.exec()
    assert timer.isActive(), "the task did not finish in time"


@pytest.fixture
def folder(tmp_path, qgis_app):
    path = tmp_path / "models"
    QgsSettings().setValue(FOLDER_KEY, str(path))
    yield path
    QgsSettings().remove(FOLDER_KEY)


def served_model(monkeypatch, tiny_checkpoint, url: str) -> ModelInfo:
    """'vit_b' published at ``url`` (the tiny checkpoint's size and checksum)."""
    import hashlib

    data = Path(tiny_checkpoint).read_bytes()
    info = ModelInfo("vit_b", "sam_vit_b_01ec64.pth", url, len(data), hashlib.sha256(data).hexdigest())
    monkeypatch.setitem(model_manager.OFFICIAL_MODELS, "vit_b", info)
    return info


def download(manager: ModelManager) -> str:
    manager.table.selectRow(0)
    assert manager.download_selected()
    wait_for_task(manager.task)
    assert manager.task is None and manager.download_button.isEnabled()
    return manager.status.text()


# ---- More land covers ----------------------------------------------------------------------------

def test_classes_that_are_not_numbers_are_refused_in_words(qgis_app, naip_glc, escaped):
    layer = QgsRasterLayer(naip_glc, "glc (synthetic)", "gdal")
    QgsProject.instance().addMapLayer(layer)
    try:
        covers = LandCoverList()
        covers.combo.setLayer(layer)
        covers.classes.setText("cropland, 40")
        covers.add_button.click()
        assert escaped == []
        assert covers.table.rowCount() == 0
        assert not covers.message.isHidden() and "whole numbers" in covers.message.text()
        covers.classes.setText("40")
        covers.add_button.click()
        assert covers.table.rowCount() == 1 and covers.message.isHidden()
    finally:
        QgsProject.instance().removeAllMapLayers()


# ---- Downloads that fail -------------------------------------------------------------------------

def test_a_model_folder_that_is_a_file_is_named_not_a_cancel(tmp_path, monkeypatch, tiny_checkpoint, escaped):
    www = tmp_path / "www"
    www.mkdir()
    shutil.copy(tiny_checkpoint, www / "sam_vit_b_01ec64.pth")
    server = RangeServer(www)
    try:
        served_model(monkeypatch, tiny_checkpoint, f"{server.url}/sam_vit_b_01ec64.pth")
        blocker = tmp_path / "models"
        blocker.write_text("a file where the model folder should be")
        QgsSettings().setValue(FOLDER_KEY, str(blocker / "sam"))
        text = download(ModelManager())
    finally:
        QgsSettings().remove(FOLDER_KEY)
        server.close()
    assert escaped == []
    assert str(blocker / "sam") in text and "a file is in the way" in text
    assert "cancel" not in text.lower() and "Traceback" not in text
    assert blocker.read_text() == "a file where the model folder should be"


def test_a_bad_address_and_a_missing_file_are_said(folder, tmp_path, monkeypatch, tiny_checkpoint, escaped):
    served_model(monkeypatch, tiny_checkpoint, "http://127.0.0.1:port/sam_vit_b_01ec64.pth")
    text = download(ModelManager())
    assert "the address is not valid" in text and "http://127.0.0.1:port/" in text
    (tmp_path / "empty").mkdir()
    server = RangeServer(tmp_path / "empty")
    try:
        served_model(monkeypatch, tiny_checkpoint, f"{server.url}/sam_vit_b_01ec64.pth")
        text = download(ModelManager())
    finally:
        server.close()
    assert "Could not download sam_vit_b_01ec64.pth" in text and "Not Found" in text
    assert escaped == [] and "cancel" not in text.lower()
    assert not any(folder.glob("*.pth"))


def test_a_proxy_that_refuses_is_said(folder, monkeypatch, tiny_checkpoint, escaped):
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()  # nothing listens there now
    served_model(monkeypatch, tiny_checkpoint, "http://example.invalid/sam_vit_b_01ec64.pth")
    settings = QgsSettings()
    for key, value in (("proxyEnabled", True), ("proxyType", "HttpProxy"), ("proxyHost", "127.0.0.1"),
                       ("proxyPort", str(port))):
        settings.setValue(f"proxy/{key}", value)
    try:
        text = download(ModelManager())
        settings.setValue("proxy/proxyPort", "eighty")
        bad_port = download(ModelManager())
    finally:
        settings.remove("proxy")
    assert "refused" in text.lower() and "proxy settings" in text
    assert "the address is not valid" in bad_port and "through the proxy http://127.0.0.1:eighty" in bad_port
    assert escaped == [] and "cancel" not in (text + bad_port).lower()


# ---- A file on disk, in a task -------------------------------------------------------------------

def test_a_file_on_disk_is_added_in_a_task(folder, tiny_checkpoint, tmp_path, escaped):
    manager = ModelManager()
    chosen, progress = [], []
    manager.modelChosen.connect(chosen.append)
    assert manager.add_file(path=tiny_checkpoint)
    task = manager.task
    assert task is not None and not manager.add_button.isEnabled() and manager.cancel_button.isEnabled()
    task.progressChanged.connect(progress.append)
    assert task in QgsApplication.taskManager().tasks()
    wait_for_task(task)
    assert chosen == [str(folder / "tiny_sam.pth")] and (folder / "tiny_sam.pth").is_file()
    assert "Added and verified" in manager.status.text() and manager.progress.value() == 100
    assert progress and progress[-1] == 100
    assert manager.add_button.isEnabled() and not manager.cancel_button.isEnabled()
    assert manager.table.item(manager.table.rowCount() - 1, 0).text() == "tiny_sam.pth"

    junk = tmp_path / "junk.pth"
    junk.write_text("no weights here")
    assert manager.add_file(path=str(junk))
    wait_for_task(manager.task)
    assert "not a PyTorch checkpoint" in manager.status.text()
    assert sorted(p.name for p in folder.iterdir()) == ["tiny_sam.pth"]
    assert escaped == []


def test_a_cancelled_copy_leaves_nothing(tmp_path, tiny_checkpoint):
    from apt_cropland.plugin.gui.model_tasks import copy_checkpoint

    folder = tmp_path / "models"
    asked = []

    def cancel_after_the_first_block() -> bool:
        asked.append(1)
        return len(asked) > 1

    with pytest.raises(AptCancelledError, match="was not added"):
        copy_checkpoint(tiny_checkpoint, str(folder), is_cancelled=cancel_after_the_first_block, chunk=4096)
    assert len(asked) == 2 and list(folder.iterdir()) == []


def test_a_file_added_to_a_folder_that_is_a_file(tmp_path, tiny_checkpoint, escaped):
    blocker = tmp_path / "models"
    blocker.write_text("not a folder")
    QgsSettings().setValue(FOLDER_KEY, str(blocker))
    try:
        manager = ModelManager()
        assert manager.add_file(path=tiny_checkpoint)
        wait_for_task(manager.task)
    finally:
        QgsSettings().remove(FOLDER_KEY)
    assert "a file is in the way" in manager.status.text() and escaped == []
    assert blocker.read_text() == "not a folder"


# ---- Completion code that fails ------------------------------------------------------------------

def test_a_manager_closed_while_its_task_runs(folder, tiny_checkpoint, qgis_iface, monkeypatch, escaped):
    """The model manager (the options page, say) is closed while a file is being added: its widgets
    are gone when the task's completion code updates them. It is told, not raised."""
    from qgis.PyQt import sip

    monkeypatch.setattr(qgis.utils, "iface", qgis_iface)
    logged = []
    log = QgsApplication.messageLog()
    log.messageReceived.connect(lambda message, tag, level: logged.append((tag, message)))
    qgis_iface.messageBar().clear_messages()
    manager = ModelManager()
    assert manager.add_file(path=tiny_checkpoint)
    task = manager.task
    sip.delete(manager)
    wait_for_task(task)
    assert escaped == []
    [shown] = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    assert "could not be completed" in shown and "tiny_sam.pth" in shown and "Traceback" not in shown
    assert any(tag == "APT Cropland" and "Traceback" in message for tag, message in logged)
    assert (folder / "tiny_sam.pth").is_file()  # the copy itself was done


def test_a_result_file_gone_before_the_run_is_handed_over(qgis_iface, naip_path, naip_glc, tiny_checkpoint,
                                                           monkeypatch, escaped):
    """The run's probability raster is removed (its temporary folder cleaned) after SAM has finished
    but before the dock takes the result: told in the message bar, not raised; the polygons are kept."""
    import os
    import time

    from support import wait_for

    from apt_cropland.plugin.gui.dock import AptCroplandDock

    monkeypatch.setattr(qgis.utils, "iface", qgis_iface)
    image = QgsRasterLayer(naip_path, "naip", "gdal")
    glc = QgsRasterLayer(naip_glc, "glc (synthetic)", "gdal")
    QgsProject.instance().addMapLayers([image, glc])
    dock = AptCroplandDock(qgis_iface)
    try:
        form = dock.form
        form.image_combo.setLayer(image)
        form.glc_combo.setLayer(glc)
        form.points_spin.setValue(5)
        form.checkpoint_widget.setFilePath(tiny_checkpoint)
        form.device_combo.setCurrentIndex(form.device_combo.findData("cpu"))
        form.probability_check.setChecked(True)
        assert dock.generate_points()
        wait_for(lambda: dock.prompt_task is None)
        qgis_iface.messageBar().clear_messages()
        assert dock.run_sam()
        task = dock.task
        end = time.monotonic() + 300
        while task.result is None:  # SAM at work; no Qt events, so the task is not handed over yet
            assert time.monotonic() < end and task.error is None, task.error
            time.sleep(0.05)
        os.remove(task.result.probability_path)
        wait_for(lambda: dock.task is None)
        assert escaped == []
        [shown] = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
        assert "could not be completed" in shown and "probability.tif" in shown and "Traceback" not in shown
        assert dock.cropland_layer is not None and dock.probability_layer is None
        assert form.run_button.isEnabled()
    finally:
        form.probability_check.setChecked(False)
        dock.shutdown()
        QgsProject.instance().removeAllMapLayers()
