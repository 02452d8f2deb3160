"""The APT cropland pipeline in plain Python: no ``qgis`` import anywhere in this package."""
