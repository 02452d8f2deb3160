"""Which of the heavy Python packages SAM needs are importable, checked without importing them."""

from __future__ import annotations

import importlib.util

from .i18n import tr

REQUIRED = (("torch", "torch"), ("torchvision", "torchvision"), ("segment_anything", "segment-anything"))


def missing_dependencies() -> list[str]:
    """pip names of the required packages that cannot be found (empty when all are there)."""
    missing = []
    for module, pip_name in REQUIRED:
        try:
            found = importlib.util.find_spec(module) is not None
        except (ImportError, ValueError):  # a module set to None in sys.modules, or a broken package
            found = False
        if not found:
            missing.append(pip_name)
    return missing


def install_hint(missing: list[str]) -> str:
    """How to install what is missing, for a person."""
    return tr(
        "APT Cropland needs the Python packages {packages} to run SAM. Click 'Install dependencies...' "
        "below, or install them with QGIS's own Python (on Windows from the OSGeo4W Shell): "
        "python -m pip install torch torchvision segment-anything, then restart QGIS."
    ).format(packages=", ".join(missing))
