"""The official SAM checkpoints and where the plugin keeps model files."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class ModelInfo:
    """A published SAM checkpoint."""

    name: str
    filename: str
    url: str
    size_bytes: int


BASE_URL = "https://dl.fbaipublicfiles.com/segment_anything/"
OFFICIAL_MODELS = {
    m.name: m
    for m in (
        ModelInfo("vit_b", "sam_vit_b_01ec64.pth", BASE_URL + "sam_vit_b_01ec64.pth", 375_042_383),
        ModelInfo("vit_l", "sam_vit_l_0b3195.pth", BASE_URL + "sam_vit_l_0b3195.pth", 1_249_524_607),
        ModelInfo("vit_h", "sam_vit_h_4b8939.pth", BASE_URL + "sam_vit_h_4b8939.pth", 2_564_550_879),
    )
}
DEFAULT_MODEL = "vit_b"
# The devices SamEngine accepts. Kept here, free of torch, so the Processing algorithm can list
# them when QGIS starts without importing torch (that happens only when SAM first runs).
DEVICES = ("auto", "cpu", "cuda", "mps")


def models_dir(profile_dir: str) -> str:
    """The plugin's model folder inside a QGIS profile folder."""
    return os.path.join(profile_dir, "apt_cropland", "models")


def resolve_checkpoint(value: str | None, folder: str | None) -> str | None:
    """A checkpoint path from a path or an official model name found in ``folder``."""
    if not value:
        value = DEFAULT_MODEL
    if value in OFFICIAL_MODELS:
        if folder is None:
            return None
        path = os.path.join(folder, OFFICIAL_MODELS[value].filename)
        return path if os.path.isfile(path) else None
    return value
