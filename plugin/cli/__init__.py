"""The command line (``python -m apt_cropland``): flags in, the core pipeline run, files out."""
