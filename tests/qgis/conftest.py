"""QGIS-side fixtures."""

import pytest


@pytest.fixture(scope="session", autouse=True)
def english_interface(qgis_app):
    """QGIS's interface locale pinned to English, whatever this machine's locale, so that the plugin
    (which follows it, with i18n/*.qm compiled by make translations or shipped in the zip) speaks the
    English the tests assert on. tests/qgis/test_translations.py switches it on purpose."""
    from qgis.core import QgsSettings

    settings = QgsSettings()
    keys = ("locale/userLocale", "locale/overrideFlag")
    saved = {key: settings.value(key) for key in keys if settings.contains(key)}
    settings.setValue("locale/userLocale", "en_US")
    settings.setValue("locale/overrideFlag", True)
    yield
    for key in keys:
        if key in saved:
            settings.setValue(key, saved[key])
        else:
            settings.remove(key)


@pytest.fixture(scope="session", autouse=True)
def finished_frames_cleared_before_qgis_exits(qgis_app):
    """QGIS 3.22's bindings keep the traceback of an exception raised in a Processing algorithm (a failed
    run's QgsProcessingException). Its frames reach back, through the calling frames, to the test that ran
    it and the layers that test held; destroyed only when the interpreter exits, after QGIS has unloaded
    GDAL's drivers, such a layer crashes the process (exit status 139) although every test passed. So the
    finished frames still alive are cleared (their locals released) before pytest-qgis closes QGIS."""
    yield
    import contextlib
    import gc
    import types

    for obj in gc.get_objects():
        if isinstance(obj, types.FrameType):
            with contextlib.suppress(RuntimeError):  # a frame still running (this one, pytest's own)
                obj.clear()
    gc.collect()


@pytest.fixture(scope="module", autouse=True)
def fresh_plugin_settings(qgis_app):
    """Each test module starts from the plugin's default settings (pytest-qgis keeps its settings
    folder between runs, so what one run saved would otherwise leak into the next)."""
    from qgis.core import QgsSettings

    QgsSettings().remove("apt_cropland")
    yield
    QgsSettings().remove("apt_cropland")


@pytest.fixture(scope="module")
def processing_provider(qgis_app):
    """Processing initialised and the plugin's provider registered, as the plugin does it."""
    from processing.core.Processing import Processing
    from qgis.core import QgsApplication

    from apt_cropland.plugin.processing.provider import AptCroplandProvider

    Processing.initialize()
    registry = QgsApplication.processingRegistry()
    ours = registry.providerById("aptcropland") is None  # else a loaded plugin registered it already
    if ours:
        assert registry.addProvider(AptCroplandProvider())
    provider = registry.providerById("aptcropland")
    assert {alg.id() for alg in provider.algorithms()} == {
        "aptcropland:prompts", "aptcropland:autoprompt", "aptcropland:fields", "aptcropland:evaluate",
        "aptcropland:sample", "aptcropland:assess", "aptcropland:adapt",
    }
    yield provider
    if ours:
        registry.removeProvider("aptcropland")
