"""The model families in one table: how a checkpoint's tensors tell each one, where its
architecture and model are made (``<family>_family`` modules) and its backend (``<family>_backend``),
and the packages it needs beside SAM's. Detection, building, the backend and the dependency check
all read it, so a new family is one entry here and its two modules.

Families: the original SAM (``vit_b``/``vit_l``/``vit_h``), SAM 2 and 2.1 (Hiera encoders, the
``sam2`` package), SAM 3 (``transformers``' Sam3TrackerModel, from a folder or a safetensors file: see
:mod:`sam3_files`), HQ-SAM (``segment-anything-hq``), and MobileSAM, recognised only to say why it is
not run (see the README). Nobody picks a family or variant by hand: it is read from the weights.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import Callable

from ..errors import AptInputError
from ..i18n import tr
from ..install.dependencies import (
    HQ_REQUIRED,
    SAM2_REQUIRED,
    SAM3_REQUIRED,
    hq_install_hint,
    missing_dependencies,
    sam2_install_hint,
    sam3_install_hint,
)

SAM1, SAM2, HQ_SAM, MOBILE_SAM = "sam", "sam2", "hq_sam", "mobile_sam"
SAM3 = "sam3"  # read from safetensors (sam3_files), never from a pickle
TINYVIT_KEYS = ("image_encoder.patch_embed.seq.0.c.weight", "image_encoder.layers.0.blocks.0.attn.qkv.weight")


@dataclass(frozen=True)
class ModelFamily:
    """One family: its name, the keys that tell it, its modules and what it needs installed."""

    name: str
    keys: tuple[str, ...]  # any of these state-dict keys tells the family (empty: the fallback, SAM)
    module: str  # has infer(state) -> architecture and build(architecture) -> a model
    backend: str  # "module:Class" behind the model interface (embeddings.Backend)
    requires: tuple[tuple[str, str], ...] = ()  # (module, pip name) beside SAM's own packages
    install_hint: Callable[[str, str, list[str]], str] | None = None
    supported: bool = True

    def _module(self):
        return import_module(f"{__package__}.{self.module}")

    def missing(self) -> list[str]:
        """pip names of the packages this family needs beside SAM's that are not installed."""
        return missing_dependencies(self.requires) if self.requires else []

    def infer(self, state: dict, name: str = ""):
        """The architecture read from ``state`` (an ``AptInputError`` for a family that is not run)."""
        if not self.supported:
            raise AptInputError(
                tr(
                    "{name!r} is a MobileSAM (TinyViT) checkpoint. APT Cropland does not run MobileSAM: no "
                    "maintained Python package provides its model code (see the README). Use sam2.1_hiera_t or "
                    "sam2.1_hiera_s, which are as fast on a CPU, or vit_b."
                ).format(name=name)
            )
        return self._module().infer(state)

    def build(self, architecture, name: str):
        """A freshly initialised model of ``architecture``'s shape, or an ``AptInputError`` saying
        which packages to install."""
        if missing := self.missing():
            raise AptInputError(self.install_hint(name, architecture.variant, missing))  # translated there
        return self._module().build(architecture)

    def make_backend(self, model, device, precision: str):
        module, cls = self.backend.split(":")
        return getattr(import_module(f"{__package__}.{module}"), cls)(model, device, precision)


FAMILIES = {
    family.name: family
    for family in (
        ModelFamily(SAM3, ("tracker_model.mask_decoder.iou_token.weight",
                           "detector_model.vision_encoder.backbone.embeddings.patch_embeddings.projection.weight"),
                    "sam3_family", "sam3_backend:Sam3Backend", SAM3_REQUIRED, sam3_install_hint),
        ModelFamily(SAM2, ("image_encoder.trunk.patch_embed.proj.weight",), "sam2_family", "sam2_backend:Sam2Backend",
                    SAM2_REQUIRED, sam2_install_hint),
        ModelFamily(HQ_SAM, ("mask_decoder.hf_token.weight",), "hq_family", "hq_backend:HqBackend", HQ_REQUIRED,
                    hq_install_hint),
        ModelFamily(MOBILE_SAM, TINYVIT_KEYS, "", "", supported=False),
        ModelFamily(SAM1, (), "sam1_family", "sam1_backend:Sam1Backend"),
    )
}


def has_tiny_vit(state: dict) -> bool:
    """Whether the encoder is a TinyViT (MobileSAM's, and Light HQ-SAM's)."""
    return any(k in state for k in TINYVIT_KEYS)


def detect_family(state: dict) -> ModelFamily:
    """The family whose keys the state dict has, in the table's order (SAM when none)."""
    for family in FAMILIES.values():
        if any(k in state for k in family.keys):
            return family
    return FAMILIES[SAM1]


def family(name: str) -> ModelFamily:
    """The family of that name (an architecture's ``.family``)."""
    return FAMILIES[name]
