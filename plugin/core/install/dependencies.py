"""Which of the heavy Python packages SAM needs are importable, checked without importing them."""

from __future__ import annotations

import importlib.util

from ..i18n import tr

REQUIRED = (("torch", "torch"), ("torchvision", "torchvision"), ("segment_anything", "segment-anything"))
# SAM 2 / 2.1 checkpoints also need these (sam2 is a source package: see installer.sam2_command)
SAM2_REQUIRED = (("sam2", "sam2"), ("hydra", "hydra-core"), ("iopath", "iopath"))
# HQ-SAM checkpoints: its authors' package, which imports timm (for Light HQ-SAM's TinyViT) whatever the model
HQ_REQUIRED = (("segment_anything_hq", "segment-anything-hq"), ("timm", "timm"))
# SAM 3: the PyTorch implementation in transformers (Sam3TrackerModel), weights read from safetensors
SAM3_REQUIRED = (("transformers", "transformers"), ("safetensors", "safetensors"))


def missing_dependencies(required: tuple[tuple[str, str], ...] = REQUIRED) -> list[str]:
    """pip names of the ``(module, pip name)`` packages that cannot be found (empty when all are
    there): by default what every model needs; a model family's own (``ModelFamily.missing``)."""
    missing = []
    for module, pip_name in required:
        try:
            found = importlib.util.find_spec(module) is not None
        except (ImportError, ValueError):  # a module set to None in sys.modules, or a broken package
            found = False
        if not found:
            missing.append(pip_name)
        elif module == "torch" and _torch_too_old():
            missing.append(f"torch>={MIN_TORCH[0]}.{MIN_TORCH[1]}")
    return missing


MIN_TORCH = (2, 1)  # weights-only and memory-mapped checkpoint loading, torch.OutOfMemoryError


def _torch_too_old() -> bool:
    from importlib import metadata

    try:
        major, minor = (int(p) for p in metadata.version("torch").split("+")[0].split(".")[:2])
    except (metadata.PackageNotFoundError, ValueError):
        return False
    return (major, minor) < MIN_TORCH


def install_hint(missing: list[str]) -> str:
    """How to install what is missing, for a person."""
    return tr(
        "APT Cropland needs the Python packages {packages} to run SAM. Click 'Install dependencies...' "
        "below, or install them with QGIS's own Python (on Windows from the OSGeo4W Shell): "
        "python -m pip install torch torchvision segment-anything, then restart QGIS."
    ).format(packages=", ".join(missing))


def sam2_install_hint(name: str, variant: str, missing: list[str]) -> str:
    """Why a SAM 2 checkpoint cannot run yet and how to fix it, for a person."""
    return tr(
        "{name!r} is a SAM 2 checkpoint ({variant}). Running it needs the Python packages {packages}, which are "
        "not installed. Click 'Install dependencies...' in the dock (it adds them), then restart QGIS; or install "
        "them with QGIS's own Python: SAM2_BUILD_CUDA=0 python -m pip install --no-build-isolation sam2==1.1.0"
    ).format(name=name, variant=variant, packages=", ".join(missing))


def hq_install_hint(name: str, variant: str, missing: list[str]) -> str:
    """Why an HQ-SAM checkpoint cannot run yet and how to fix it, for a person."""
    return tr(
        "{name!r} is an HQ-SAM checkpoint ({variant}). Running it needs the Python packages {packages}, which are "
        "not installed. Click 'Install dependencies...' in the dock (it adds them), then restart QGIS; or install "
        "them with QGIS's own Python: python -m pip install segment-anything-hq==0.3 timm"
    ).format(name=name, variant=variant, packages=", ".join(missing))


def sam3_install_hint(name: str, variant: str, missing: list[str]) -> str:
    """Why a SAM 3 model cannot run yet and how to fix it, for a person."""
    return tr(
        "{name!r} is a SAM 3 model ({variant}). Running it needs the Python packages {packages}, which are "
        "not installed. Click 'Install dependencies...' in the dock (it adds them), then restart QGIS; or install "
        "them with QGIS's own Python: python -m pip install transformers==5.23.0 safetensors"
    ).format(name=name, variant=variant, packages=", ".join(missing))
