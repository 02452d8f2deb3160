"""The plugin loads, starts and unloads the way QGIS does it, and its metadata is publishable."""

from __future__ import annotations

import configparser
import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import qgis.utils
from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent

try:
    from qgis.PyQt.QtGui import QAction  # Qt 6
except ImportError:
    from qgis.PyQt.QtWidgets import QAction  # Qt 5 (QGIS 3.22)

ROOT = Path(__file__).resolve().parents[2]
PLUGIN_PATH = ROOT / "build" / "qgis-plugins"
NAME = "apt_cropland"
PROVIDER = "aptcropland"
ALGORITHMS = {f"aptcropland:{name}" for name in (
    "prompts", "autoprompt", "fields", "evaluate", "sample", "assess", "adapt")}
MENU = "&APT Cropland"


def _plugin_modules() -> dict:
    return {k: v for k, v in sys.modules.items() if k == NAME or k.startswith(NAME + ".")}


@pytest.fixture
def qgis_plugins(qgis_iface):
    """``qgis.utils`` set up as QGIS sets it, with the plugin imported afresh from its folder.

    Other test modules hold the already imported ``apt_cropland`` modules: they are put back
    afterwards, so that QGIS's unloading (which drops the plugin's modules) does not leak.
    """
    registry = QgsApplication.processingRegistry()
    assert registry.providerById(PROVIDER) is None, "the provider is registered before the plugin is loaded"
    saved = _plugin_modules()
    for name in saved:
        del sys.modules[name]
    added_path = str(PLUGIN_PATH) not in qgis.utils.plugin_paths
    if added_path:
        qgis.utils.plugin_paths.append(str(PLUGIN_PATH))
    qgis.utils.updateAvailablePlugins()
    yield qgis.utils
    if qgis.utils.isPluginLoaded(NAME):
        qgis.utils.unloadPlugin(NAME)
    if registry.providerById(PROVIDER) is not None:
        registry.removeProvider(PROVIDER)
    for name in _plugin_modules():
        del sys.modules[name]
    sys.modules.update(saved)
    if added_path:
        qgis.utils.plugin_paths.remove(str(PLUGIN_PATH))
    qgis.utils.updateAvailablePlugins()


def _flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def test_load_start_and_unload_like_qgis(qgis_plugins, qgis_iface):
    utils = qgis_plugins
    registry = QgsApplication.processingRegistry()
    assert NAME in utils.available_plugins
    assert utils.pluginMetadata(NAME, "name") == "APT Cropland"

    assert utils.loadPlugin(NAME) is True
    module_file = Path(sys.modules[NAME].__file__)
    assert module_file.parent == PLUGIN_PATH / NAME  # imported by its folder name from the plugin path
    assert module_file.resolve().parent == ROOT
    assert utils.startPlugin(NAME) is True
    assert utils.isPluginLoaded(NAME)

    provider = registry.providerById(PROVIDER)
    assert provider is not None
    assert provider.name() == "APT Cropland"
    assert {alg.id() for alg in provider.algorithms()} == ALGORITHMS
    assert registry.algorithmById("aptcropland:autoprompt").displayName() == "Auto-prompt cropland"
    assert registry.algorithmById("aptcropland:prompts").displayName() == "Generate APT prompt points"

    action = qgis_iface.mainWindow().findChild(QAction, "aptCroplandAction")
    assert action is not None
    assert action.text() == "Auto-prompt cropland"
    assert not action.icon().isNull()
    assert utils.plugins[NAME].action is action
    qgis_iface.addPluginToRasterMenu.assert_any_call(MENU, action)

    assert utils.unloadPlugin(NAME) is True
    assert not utils.isPluginLoaded(NAME)
    assert registry.providerById(PROVIDER) is None
    assert registry.algorithmById("aptcropland:autoprompt") is None
    qgis_iface.removePluginRasterMenu.assert_any_call(MENU, action)
    _flush_deletes()
    assert qgis_iface.mainWindow().findChild(QAction, "aptCroplandAction") is None


def test_reload_registers_the_provider_again(qgis_plugins):
    """Plugin Reloader / "Manage plugins" toggling: unload then start again must work."""
    utils = qgis_plugins
    registry = QgsApplication.processingRegistry()
    for _ in range(2):
        assert utils.loadPlugin(NAME) is True
        assert utils.startPlugin(NAME) is True
        assert {alg.id() for alg in registry.providerById(PROVIDER).algorithms()} == ALGORITHMS
        assert utils.unloadPlugin(NAME) is True
        assert registry.providerById(PROVIDER) is None
        _flush_deletes()


def test_processing_only_start(qgis_plugins, qgis_iface):
    """What qgis_process does: ``initProcessing`` only, no GUI."""
    utils = qgis_plugins
    assert utils.loadPlugin(NAME) is True
    assert utils.startProcessingPlugin(NAME) is True
    assert {alg.id() for alg in QgsApplication.processingRegistry().providerById(PROVIDER).algorithms()} == ALGORITHMS
    assert qgis_iface.mainWindow().findChild(QAction, "aptCroplandAction") is None
    assert utils.unloadPlugin(NAME) is True
    assert QgsApplication.processingRegistry().providerById(PROVIDER) is None


def test_starting_the_plugin_does_not_import_torch():
    """QGIS starts every enabled plugin: torch and SAM must load only when SAM first runs.

    Checked in a fresh interpreter, as this test process has imported torch already.
    """
    script = textwrap.dedent(f"""
        import json, sys
        sys.path.insert(0, {str(PLUGIN_PATH)!r})
        from qgis.core import QgsApplication
        app = QgsApplication([], False)
        app.initQgis()
        import qgis.utils as utils
        utils.plugin_paths.append({str(PLUGIN_PATH)!r})
        utils.updateAvailablePlugins()
        ok = [utils.loadPlugin({NAME!r}), utils.startProcessingPlugin({NAME!r})]
        provider = QgsApplication.processingRegistry().providerById({PROVIDER!r})
        algs = sorted(a.id() for a in provider.algorithms()) if provider else []
        heavy = [m for m in ("torch", "torchvision", "segment_anything") if m in sys.modules]
        print(json.dumps({{"ok": ok, "algs": algs, "heavy": heavy}}))
        app.exitQgis()
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["ok"] == [True, True]
    assert set(report["algs"]) == ALGORITHMS
    assert report["heavy"] == [], f"starting the plugin imported {report['heavy']}"


# --------------------------------------------------------------------------------------------
# metadata.txt as the QGIS plugin repository (plugins.qgis.org) checks it
# --------------------------------------------------------------------------------------------

REQUIRED = ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email", "repository")


@pytest.fixture(scope="module")
def metadata() -> configparser.SectionProxy:
    parser = configparser.ConfigParser()
    with open(ROOT / "metadata.txt", encoding="utf-8") as f:
        parser.read_file(f)
    assert parser.has_section("general")
    return parser["general"]


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in text.split(".")[:2])


def test_metadata_required_fields(metadata):
    missing = [key for key in REQUIRED if not metadata.get(key, "").strip()]
    assert missing == []
    assert metadata["name"] == "APT Cropland"
    assert re.fullmatch(r"\d+\.\d+\.\d+", metadata["version"])
    assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", metadata["email"])
    assert re.match(r"https://", metadata["repository"])
    assert re.match(r"https://", metadata.get("tracker", ""))
    assert "\n" not in metadata["description"].strip()
    assert len(metadata["about"]) > len(metadata["description"])


def test_metadata_declares_processing_provider_and_fits_this_qgis(metadata):
    assert metadata["hasProcessingProvider"].strip().lower() == "yes"  # needed by qgis_process
    running = (Qgis.versionInt() // 10000, Qgis.versionInt() // 100 % 100)
    assert _version(metadata["qgisMinimumVersion"]) <= running
    if metadata.get("qgisMaximumVersion"):
        assert running <= _version(metadata["qgisMaximumVersion"])
    assert metadata.get("category", "") in ("", "Raster", "Vector", "Database", "Web", "Mesh")
    assert metadata.getboolean("experimental") in (True, False)
    assert metadata.getboolean("deprecated") is False


def test_plugin_package_files(metadata):
    """What the repository rejects a zip for: no icon, no licence, no classFactory."""
    assert (ROOT / metadata["icon"]).is_file()
    assert (ROOT / "LICENSE").is_file()
    assert "def classFactory(iface)" in (ROOT / "__init__.py").read_text(encoding="utf-8")
