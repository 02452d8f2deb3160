"""Helpers the QGIS-facing code shares: translation, layers, the model store, resources, Qt 5/6 compatibility."""
