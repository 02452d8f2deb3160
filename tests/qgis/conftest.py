"""QGIS-side fixtures."""

import pytest


@pytest.fixture(scope="module", autouse=True)
def fresh_plugin_settings(qgis_app):
    """Each test module starts from the plugin's default settings (pytest-qgis keeps its settings
    folder between runs, so what one run saved would otherwise leak into the next)."""
    from qgis.core import QgsSettings

    QgsSettings().remove("apt_cropland")
    yield
    QgsSettings().remove("apt_cropland")
