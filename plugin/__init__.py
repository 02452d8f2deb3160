"""APT Cropland plugin code: ``core`` (no QGIS), ``processing`` and the plugin class."""
