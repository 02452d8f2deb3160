"""Checkpoints of every family: safe loading (weights only, never code), the family and
architecture read from the weights themselves (:mod:`families`), and the model built and loaded
strictly. Official files and small test models load through the same code.
"""

from __future__ import annotations

import os
import pickle
from dataclasses import dataclass

import torch

from ..errors import AptInputError
from ..i18n import tr
from .families import SAM3, detect_family, family
from .sam1_family import DECODER_HEADS, KNOWN_VARIANTS, SamArchitecture, infer_architecture
from .sam3_files import Sam3Files, find_sam3

__all__ = ["DECODER_HEADS", "KNOWN_VARIANTS", "LoadedSam", "SamArchitecture", "describe_checkpoint",
           "infer_architecture", "infer_model_architecture", "load_sam", "read_state_dict"]

# What torch's weights-only unpickler says when it stops on a callable or an arbitrary object
# (GLOBAL, REDUCE, NEWOBJ, BUILD opcodes), as opposed to bytes that are no pickle at all.
_CODE_SIGNS = ("global", "reduce", "create new object", "can only build")


def _unpickler_detail(exc: pickle.UnpicklingError) -> str:
    """The weights-only unpickler's own reason, without torch's advice to turn the check off."""
    text = str(exc)
    if "WeightsUnpickler error:" in text:
        text = text.split("WeightsUnpickler error:", 1)[1].split("Check the documentation", 1)[0]
    return " ".join(text.split())


def _would_run_code(exc: pickle.UnpicklingError) -> bool:
    """Whether the weights-only load failed because the file holds code or objects (not garbage)."""
    text = str(exc).lower()
    if "weights only" not in text and "weights_only" not in text:
        return False
    return any(sign in _unpickler_detail(exc).lower() for sign in _CODE_SIGNS)


def _out_of_memory(exc: BaseException) -> bool:
    """Whether loading failed for want of memory: Python's ``MemoryError`` or PyTorch's allocator
    failing (a ``RuntimeError`` on the CPU, ``OutOfMemoryError`` on a GPU)."""
    if isinstance(exc, MemoryError) or type(exc).__name__ == "OutOfMemoryError":
        return True
    text = str(exc).lower()
    return isinstance(exc, RuntimeError) and any(
        sign in text for sign in ("can't allocate memory", "not enough memory", "out of memory")
    )


def _memory_error(path: str) -> AptInputError:
    size = os.path.getsize(path) / 2**30 if os.path.isfile(path) else 0.0
    return AptInputError(
        tr(
            "Not enough memory to load {name!r} ({size:.1f} GB on disk; the model needs about as much again "
            "while loading). Close other programs, or choose a smaller model, and try again."
        ).format(name=os.path.basename(path), size=size)
    )


def read_state_dict(path: str, mmap: bool = False) -> dict[str, torch.Tensor]:
    """Load a checkpoint's tensors without ever running code from the file.

    ``mmap=True`` maps the file instead of reading it: enough to look at tensor shapes quickly.
    """
    if not path or not os.path.isfile(path):
        raise AptInputError(
            tr("The SAM checkpoint {path!r} does not exist. Choose a .pth file of a SAM model.").format(path=path)
        )
    try:
        obj = torch.load(path, map_location="cpu", weights_only=True, mmap=mmap)
    except pickle.UnpicklingError as exc:
        if _would_run_code(exc):
            raise AptInputError(
                tr(
                    "Refused to load {name!r}: it contains Python objects or code, not just model weights, "
                    "and loading it could run that code. Use an official SAM checkpoint from a trusted source."
                ).format(name=os.path.basename(path))
            ) from None
        raise AptInputError(
            tr(
                "{name!r} is not a PyTorch checkpoint: it may be damaged or another kind of file. "
                "Use an official SAM checkpoint such as sam_vit_b_01ec64.pth. Detail: {detail}"
            ).format(name=os.path.basename(path), detail=_unpickler_detail(exc))
        ) from None
    except Exception as exc:  # noqa: BLE001 - any failure to parse means the same to the analyst
        if _out_of_memory(exc):
            raise _memory_error(path) from None
        raise AptInputError(
            tr(
                "{name!r} cannot be read as a PyTorch checkpoint: it may be truncated (an interrupted "
                "download) or not a checkpoint at all. Detail: {detail}"
            ).format(name=os.path.basename(path), detail=exc)
        ) from None
    if isinstance(obj, dict) and "model" in obj and isinstance(obj["model"], dict):
        obj = obj["model"]
    if not isinstance(obj, dict) or not all(isinstance(v, torch.Tensor) for v in obj.values()):
        raise AptInputError(
            tr("{name!r} is not a model state dict (a mapping of names to tensors).").format(
                name=os.path.basename(path)
            )
        )
    return obj


def infer_model_architecture(state: dict[str, torch.Tensor], name: str = ""):
    """The architecture of any supported family (its ``*_family`` module's), with ``.variant`` (the
    model id) and ``.family`` (a name of :data:`~.families.FAMILIES`)."""
    return detect_family(state).infer(state, name)


def describe_checkpoint(path: str) -> tuple[SamArchitecture, int]:
    """The architecture and parameter count of a checkpoint, read from its shapes (memory-mapped; a
    SAM 3 folder or safetensors file: from its header, counting what runs)."""
    if (sam3 := find_sam3(path)) is not None:
        return family(SAM3).infer(sam3, sam3.name), sam3.n_parameters
    try:
        state = read_state_dict(path, mmap=True)
    except AptInputError as exc:
        if "mmap" not in str(exc):  # legacy (non-zip) files cannot be mapped: read them instead
            raise
        state = read_state_dict(path)
    arch = infer_model_architecture(state, os.path.basename(path))
    return arch, sum(int(t.numel()) for t in state.values())


@dataclass
class LoadedSam:
    """A SAM model ready for inference and what was learned about it."""

    model: object
    architecture: SamArchitecture
    n_parameters: int
    path: str


def _load_sam3(files: Sam3Files, path: str) -> LoadedSam:
    """SAM 3: built and loaded strictly from its safetensors by the family (no pickle)."""
    arch = family(SAM3).infer(files, files.name)
    try:
        model = family(SAM3).build(arch, files.name)
    except MemoryError:
        raise _memory_error(files.weights) from None
    except RuntimeError as exc:
        if _out_of_memory(exc):
            raise _memory_error(files.weights) from None
        raise
    return LoadedSam(model=model, architecture=arch, n_parameters=files.n_parameters, path=path)


def load_sam(path: str) -> LoadedSam:
    """Read, check and build a SAM, SAM 2, SAM 3 or HQ-SAM model from a checkpoint file, or a SAM 3
    folder (on the CPU)."""
    if (sam3 := find_sam3(path)) is not None:
        return _load_sam3(sam3, path)
    state = read_state_dict(path)
    name = os.path.basename(path)
    arch = infer_model_architecture(state, name)
    try:
        model = family(arch.family).build(arch, name)
    except MemoryError:
        raise _memory_error(path) from None
    try:
        model.load_state_dict(state, strict=True)
    except RuntimeError as exc:
        if _out_of_memory(exc):
            raise _memory_error(path) from None
        first = str(exc).splitlines()[0:3]
        raise AptInputError(
            tr(
                "The tensors in {name!r} do not fit the SAM architecture read from it ({variant}); "
                "the file may be damaged or from another model. {detail}"
            ).format(name=name, variant=arch.variant, detail=" ".join(first))
        ) from None
    model.eval()
    n_params = sum(int(t.numel()) for t in state.values())
    return LoadedSam(model=model, architecture=arch, n_parameters=n_params, path=path)
