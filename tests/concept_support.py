"""Tiny SAM 3 models with a known answer for the concept vote's tests.

A random SAM 3's presence head says "not present" everywhere; :func:`sam3_with_presence` rewrites
its last layer in the saved tensors so that the concept is present (the random instances above the
score threshold then make the mask) or surely absent: the same official classes and files
(tests/sam3_support.py), with a known answer to "is it there"."""

from __future__ import annotations

import torch
from safetensors.torch import load_file, save_file
from sam3_support import save_tiny_sam3

PRESENCE_BIAS = "detector_model.detr_decoder.presence_head.layer3.bias"
CONCEPT = "agricultural field"


def sam3_with_presence(folder, bias: float, seed: int = 0) -> str:
    """A tiny SAM 3 whose presence logit is ``bias`` whatever the image (clamped by the model to +-10)."""
    save_tiny_sam3(folder, seed=seed)
    path = f"{folder}/model.safetensors"
    state = load_file(path)
    state[PRESENCE_BIAS] = torch.full_like(state[PRESENCE_BIAS], bias)
    weight = PRESENCE_BIAS.replace("bias", "weight")
    state[weight] = torch.zeros_like(state[weight])
    save_file(state, path, metadata={"format": "pt"})
    return str(folder)
