"""APT Cropland: QGIS loads the plugin through ``classFactory``.

Nothing heavy is imported here: torch and segment-anything load only when SAM first runs.
"""


def classFactory(iface):  # noqa: N802 (QGIS's name)
    """Create the plugin for QGIS."""
    from .plugin.plugin import AptCroplandPlugin

    return AptCroplandPlugin(iface)
