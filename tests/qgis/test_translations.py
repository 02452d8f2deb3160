"""The plugin speaks QGIS's language: the .qm for ``locale/userLocale`` is loaded when the plugin is
constructed, translates QGIS-facing and core strings alike, and is removed when it unloads."""

from __future__ import annotations

import os
import subprocess
import sysconfig
import zipfile
from pathlib import Path

import i18n_update
import package
import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QLocale

from apt_cropland.plugin.core.errors import AptInputError
from apt_cropland.plugin.core.imagery.reader import parse_bands
from apt_cropland.plugin.toolbelt import translation
from apt_cropland.plugin.toolbelt.i18n import tr

ROOT = Path(__file__).resolve().parents[2]
KEYS = ("locale/userLocale", "locale/overrideFlag")
BANDS_ERROR = "Bands must be band numbers separated by commas, like '1,2,3'; got {text!r}."


@pytest.fixture(scope="module")
def qm_folder(tmp_path_factory) -> Path:
    """The four translations compiled as make package compiles them."""
    if package.find_lrelease() is None:
        pytest.skip("lrelease is not installed (make setup installs qttools5-dev-tools)")
    folder = tmp_path_factory.mktemp("i18n")
    package.compile_translations([i18n_update.ts_path(lang) for lang in i18n_update.LANGUAGES], folder)
    return folder


@pytest.fixture
def qgis_locale():
    """Set QGIS's interface locale as Settings > Options > General does; the old values come back after."""
    settings = QgsSettings()
    saved = {key: settings.value(key) for key in KEYS if settings.contains(key)}

    def choose(locale: str, override: bool = True) -> None:
        settings.setValue("locale/userLocale", locale)
        settings.setValue("locale/overrideFlag", override)

    yield choose
    for key in KEYS:
        if key in saved:
            settings.setValue(key, saved[key])
        else:
            settings.remove(key)


def chinese(source: str) -> str:
    return i18n_update.read_ts(i18n_update.ts_path("zh_CN"))[source].translation


def test_locale_is_qgis_own_choice_or_else_the_system_one(qgis_locale):
    qgis_locale("zh_CN", override=True)
    assert translation.qgis_locale() == "zh_CN"
    qgis_locale("zh_CN", override=False)
    assert translation.qgis_locale() == QLocale.system().name()


@pytest.mark.parametrize(
    "locale, expected",
    [("pt_BR", "pt_BR"), ("fr_FR", "fr"), ("fr", "fr"), ("es_MX", "es"), ("zh_CN", "zh_CN"),
     ("zh-Hans", "zh_CN"), ("pt", "pt_BR"), ("pt_PT", None), ("de_DE", None), ("en_US", None), ("C", None)],
)
def test_translation_file_full_name_then_language(qm_folder, locale, expected):
    found = translation.translation_file(locale, str(qm_folder))
    assert (Path(found).name if found else None) == (f"apt_cropland_{expected}.qm" if expected else None)


def test_plugin_loads_the_chinese_translation_and_removes_it_on_unload(qgis_iface, qgis_locale, qm_folder,
                                                                        monkeypatch):
    from apt_cropland.plugin.plugin import AptCroplandPlugin

    qgis_locale("zh_CN")
    monkeypatch.setattr(translation, "I18N_DIR", str(qm_folder))
    assert tr("Auto-prompt cropland") == "Auto-prompt cropland"
    plugin = AptCroplandPlugin(qgis_iface)
    try:
        assert plugin.translator is not None
        assert tr("Auto-prompt cropland") == chinese("Auto-prompt cropland") == "自动提示提取耕地"
        with pytest.raises(AptInputError) as error:  # a core message, through the core's hook
            parse_bands("x")
        assert str(error.value) == chinese(BANDS_ERROR).format(text="x")
        assert "波段" in str(error.value)
    finally:
        plugin.unload()
    assert plugin.translator is None
    assert tr("Auto-prompt cropland") == "Auto-prompt cropland"
    with pytest.raises(AptInputError, match="band numbers separated by commas"):
        parse_bands("x")


def test_english_or_untranslated_locale_installs_nothing(qgis_iface, qgis_locale, qm_folder, monkeypatch):
    from apt_cropland.plugin.plugin import AptCroplandPlugin

    monkeypatch.setattr(translation, "I18N_DIR", str(qm_folder))
    for locale in ("en_US", "de_DE"):
        qgis_locale(locale)
        plugin = AptCroplandPlugin(qgis_iface)
        assert plugin.translator is None and plugin.menu == "&APT Cropland"
        plugin.unload()


@pytest.mark.parametrize("language", ["fr", "es", "pt_BR"])
def test_each_language_translates_the_dock_title(qgis_locale, qm_folder, language):
    qgis_locale(language)
    translator = translation.install_translator(folder=str(qm_folder))
    try:
        expected = i18n_update.read_ts(i18n_update.ts_path(language))["Auto-prompt cropland"].translation
        assert tr("Auto-prompt cropland") == expected != "Auto-prompt cropland"
    finally:
        translation.remove_translator(translator)


QGIS_PROCESS = "/usr/bin/qgis_process.bin"


@pytest.mark.skipif(not Path(QGIS_PROCESS).is_file(), reason=f"{QGIS_PROCESS} is not installed")
def test_qgis_process_speaks_the_system_language_from_the_packaged_zip(tmp_path):
    """The zip as shipped (translations compiled by make package), run by qgis_process in Chinese."""
    if package.find_lrelease() is None:
        pytest.skip("lrelease is not installed (make setup installs qttools5-dev-tools)")
    plugins = tmp_path / "plugins"
    with zipfile.ZipFile(package.build_zip(output=tmp_path / "apt_cropland.zip")) as zf:
        zf.extractall(plugins)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(plugins),
               QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"), PYTHONPATH=sysconfig.get_paths()["purelib"])

    def run(*args: str, locale: str) -> str:
        done = subprocess.run([QGIS_PROCESS, *args], capture_output=True, text=True, timeout=300,
                              env=dict(env, LC_ALL=locale))
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    run("plugins", "enable", "apt_cropland", locale="C.UTF-8")
    assert chinese("Generate APT prompt points") in run("help", "aptcropland:prompts", locale="zh_CN.UTF-8")
    assert "Generate APT prompt points" in run("help", "aptcropland:prompts", locale="C.UTF-8")
