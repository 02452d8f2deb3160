"""`make package`: the zip the QGIS plugin repository expects, and QGIS loads the plugin from it."""

from __future__ import annotations

import configparser
import subprocess
import sys
import zipfile
from pathlib import Path, PurePosixPath

import package
import pytest
import qgis.utils
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
NAME = "apt_cropland"
PROVIDER = "aptcropland"
ALGORITHMS = {f"aptcropland:{name}" for name in (
    "prompts", "autoprompt", "fields", "evaluate", "sample", "assess", "adapt")}
REQUIRED = [
    "__init__.py", "__main__.py", "metadata.txt", "LICENSE", "README.md", "plugin/__init__.py", "plugin/plugin.py",
    "plugin/processing/provider.py", "plugin/core/pipeline/in_process.py", "plugin/gui/dock.py",
    "resources/icon.svg", "resources/styles/cropland.qml", "resources/styles/prompts.qml",
    "plugin/core/install/constraints.txt",
]
FORBIDDEN_TOP = {"tests", "scripts", "sample", "docs", "build", "bench", "demo_output", ".venv", ".ci", ".git",
                 ".gitignore", "Makefile", "pyproject.toml", "requirements-dev.txt", ".pytest_cache", ".qgis-settings"}
METADATA_FIELDS = ["name", "qgisMinimumVersion", "qgisMaximumVersion", "supportsQt6", "description", "about",
                   "version", "author", "email", "homepage", "tracker", "repository", "category", "icon", "tags",
                   "changelog", "hasProcessingProvider"]


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory) -> Path:
    return package.build_zip(output=tmp_path_factory.mktemp("dist") / f"{NAME}.zip")


@pytest.fixture(scope="module")
def names(plugin_zip) -> list[str]:
    with zipfile.ZipFile(plugin_zip) as zf:
        assert zf.testzip() is None
        return zf.namelist()


@pytest.fixture(scope="module")
def metadata(plugin_zip) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    with zipfile.ZipFile(plugin_zip) as zf:
        parser.read_string(zf.read(f"{NAME}/metadata.txt").decode("utf-8"))
    return parser["general"]


def test_one_top_folder_named_as_qgis_imports_the_plugin(names):
    assert {PurePosixPath(n).parts[0] for n in names} == {NAME}
    assert len(names) == len(set(names))


def test_required_files_and_every_tracked_plugin_module_are_in(names):
    inside = {n.split("/", 1)[1] for n in names}
    assert [f for f in REQUIRED if f not in inside] == []
    tracked = package.tracked_files(ROOT)
    modules = {p for p in tracked if p.startswith("plugin/") and p.endswith(".py")}
    assert modules - inside == set()
    assert {p for p in tracked if p.startswith("resources/")} <= inside


def test_nothing_that_does_not_belong_to_the_plugin(names):
    inside = [n.split("/", 1)[1] for n in names]
    assert [n for n in inside if PurePosixPath(n).parts[0] in FORBIDDEN_TOP] == []
    assert [n for n in inside if "__pycache__" in n or n.endswith((".pyc", ".ts", ".pth", ".tif", ".zip"))] == []
    assert [n for n in inside if any(part.startswith(".") for part in PurePosixPath(n).parts)] == []
    allowed_roots = {"__init__.py", "__main__.py", "metadata.txt", "LICENSE", "README.md", "plugin", "resources",
                     "i18n"}
    assert {PurePosixPath(n).parts[0] for n in inside} <= allowed_roots
    assert all(n.endswith(".py") or n in package.PLUGIN_DATA for n in inside if n.startswith("plugin/"))
    assert all(n.endswith(".qm") for n in inside if n.startswith("i18n/"))


@pytest.mark.parametrize(
    "path, shipped",
    [("__init__.py", True), ("metadata.txt", True), ("LICENSE", True), ("plugin/core/geo.py", True),
     ("resources/styles/prompts.qml", True), ("README.md", False), ("plugin/notes.txt", False),
     ("plugin/core/install/constraints.txt", True),
     ("plugin/__pycache__/plugin.cpython-311.pyc", False), ("plugin/.hidden.py", False),
     ("i18n/apt_cropland_fr.ts", False),
     ("tests/conftest.py", False), ("scripts/package.py", False), ("sample/README.md", False), (".gitignore", False),
     (".ci/run", False), ("Makefile", False), ("pyproject.toml", False), ("docs/screenshot.png", False)],
)
def test_which_tracked_files_ship(path, shipped):
    assert package.ships(path) is shipped


def test_translations_compiled_one_qm_per_ts(names):
    sources = {Path(p).stem for p in package.tracked_files(ROOT) if p.startswith("i18n/") and p.endswith(".ts")}
    compiled = {Path(n).stem for n in names if n.startswith(f"{NAME}/i18n/")}
    assert compiled == sources  # none yet is fine: then there is no i18n folder


def test_lrelease_compiles_a_translation_qt_can_load(tmp_path):
    if package.find_lrelease() is None:
        pytest.skip("lrelease is not installed (make setup installs qttools5-dev-tools)")
    ts = tmp_path / "apt_cropland_fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="fr">\n'
        "<context><name>AptCropland</name><message><source>Run SAM</source>"
        "<translation>Lancer SAM</translation></message></context>\n</TS>\n",
        encoding="utf-8",
    )
    (qm,) = package.compile_translations([ts], tmp_path / "out")
    assert qm == tmp_path / "out" / "apt_cropland_fr.qm"
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("AptCropland", "Run SAM") == "Lancer SAM"


def test_build_takes_tracked_files_only_and_ships_compiled_translations(tmp_path):
    """A throw-away checkout with a translation source and untracked junk next to tracked files."""
    if package.find_lrelease() is None:
        pytest.skip("lrelease is not installed (make setup installs qttools5-dev-tools)")
    repo = tmp_path / "checkout"
    for rel in ("__init__.py", "metadata.txt", "LICENSE", "resources/icon.svg", "plugin/__init__.py"):
        (repo / rel).parent.mkdir(parents=True, exist_ok=True)
        (repo / rel).write_bytes((ROOT / rel).read_bytes())
    (repo / "i18n").mkdir()
    (repo / "i18n" / "apt_cropland_de.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de">\n'
        "<context><name>AptCropland</name><message><source>Run SAM</source>"
        "<translation>SAM starten</translation></message></context>\n</TS>\n",
        encoding="utf-8",
    )
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    subprocess.run(["git", "-C", str(repo), "add", "."], check=True)
    (repo / "plugin" / "junk.py").write_text("raise SystemExit('untracked')\n", encoding="utf-8")
    (repo / "i18n" / "stale.qm").write_bytes(b"not compiled here")

    out = package.build_zip(root=repo, output=tmp_path / "out.zip")
    with zipfile.ZipFile(out) as zf:
        inside = sorted(n.split("/", 1)[1] for n in zf.namelist())
        qm = tmp_path / "de.qm"
        qm.write_bytes(zf.read(f"{NAME}/i18n/apt_cropland_de.qm"))
    assert inside == ["LICENSE", "README.md", "__init__.py", "i18n/apt_cropland_de.qm", "metadata.txt",
                      "plugin/__init__.py", "resources/icon.svg"]
    translator = QTranslator()
    assert translator.load(str(qm)) and translator.translate("AptCropland", "Run SAM") == "SAM starten"


def test_metadata_is_complete_for_the_repository(metadata, names):
    assert [key for key in METADATA_FIELDS if not metadata.get(key, "").strip()] == []
    assert metadata["name"] == "APT Cropland"
    assert metadata["qgisMinimumVersion"] == "3.22"
    assert metadata["qgisMaximumVersion"].startswith("4.")
    assert metadata.getboolean("supportsQt6") is True
    assert metadata["category"] == "Raster"
    assert metadata["hasProcessingProvider"].strip().lower() == "yes"
    assert f"{NAME}/{metadata['icon']}" in names
    assert metadata["version"] in metadata["changelog"]
    assert len([t for t in metadata["tags"].split(",") if t.strip()]) >= 3


def test_the_shipped_readme_is_short_and_points_to_the_project(plugin_zip, metadata):
    with zipfile.ZipFile(plugin_zip) as zf:
        readme = zf.read(f"{NAME}/README.md").decode("utf-8")
    assert readme.startswith(f"# APT Cropland {metadata['version']}")
    assert metadata["homepage"] in readme and "LICENSE" in readme
    assert len(readme) < 4000


def test_make_package_writes_build_zip(tmp_path):
    """The command line the Makefile runs (written elsewhere so build/ is left alone)."""
    out = tmp_path / "cli" / f"{NAME}.zip"
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), "--output", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert f"package: {out}" in proc.stdout
    assert zipfile.is_zipfile(out) and not out.with_name(out.name + ".part").exists()
    assert "package:" in (ROOT / "Makefile").read_text(encoding="utf-8")


def _plugin_modules() -> dict:
    return {k: v for k, v in sys.modules.items() if k == NAME or k.startswith(NAME + ".")}


@pytest.fixture
def installed_from_zip(plugin_zip, tmp_path, qgis_iface):
    """The zip unpacked into a fresh profile's plugins folder, the only place QGIS looks.

    The plugin's modules that other test modules hold are put back afterwards (QGIS's unload
    deletes them), and so are ``plugin_paths`` and ``sys.path``: test order does not matter.
    """
    registry = QgsApplication.processingRegistry()
    assert registry.providerById(PROVIDER) is None, "the provider is registered before the plugin is loaded"
    plugins_dir = tmp_path / "profiles" / "default" / "python" / "plugins"
    plugins_dir.mkdir(parents=True)
    with zipfile.ZipFile(plugin_zip) as zf:
        zf.extractall(plugins_dir)
    saved_modules = _plugin_modules()
    for name in saved_modules:
        del sys.modules[name]
    saved_paths, saved_sys_path = list(qgis.utils.plugin_paths), list(sys.path)
    qgis.utils.plugin_paths[:] = [str(plugins_dir)]
    sys.path.insert(0, str(plugins_dir))  # what QGIS does with each plugin path at start-up
    sys.path_importer_cache.clear()
    qgis.utils.updateAvailablePlugins()
    yield plugins_dir
    if qgis.utils.isPluginLoaded(NAME):
        qgis.utils.unloadPlugin(NAME)
    if registry.providerById(PROVIDER) is not None:
        registry.removeProvider(PROVIDER)
    for name in _plugin_modules():
        del sys.modules[name]
    sys.modules.update(saved_modules)
    qgis.utils.plugin_paths[:] = saved_paths
    sys.path[:] = saved_sys_path
    sys.path_importer_cache.clear()
    qgis.utils.updateAvailablePlugins()


def test_qgis_loads_starts_and_unloads_the_plugin_from_the_zip(installed_from_zip):
    utils = qgis.utils
    registry = QgsApplication.processingRegistry()
    assert utils.available_plugins == [NAME]
    assert utils.pluginMetadata(NAME, "name") == "APT Cropland"

    assert utils.loadPlugin(NAME) is True
    module_file = Path(sys.modules[NAME].__file__)
    assert module_file.parent == installed_from_zip / NAME  # the unzipped copy, not the checkout
    assert utils.startPlugin(NAME) is True
    assert utils.isPluginLoaded(NAME)
    assert Path(sys.modules[f"{NAME}.plugin.plugin"].__file__).is_relative_to(installed_from_zip)

    provider = registry.providerById(PROVIDER)
    assert provider is not None
    assert {alg.id() for alg in provider.algorithms()} == ALGORITHMS
    assert not utils.plugins[NAME].action.icon().isNull()  # the icon file came with the zip

    assert utils.unloadPlugin(NAME) is True
    assert registry.providerById(PROVIDER) is None
