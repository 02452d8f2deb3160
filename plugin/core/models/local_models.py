"""Models kept as a folder (SAM 3: ``config.json`` + ``model.safetensors`` + tokenizer files, as Meta
publishes ``facebook/sam3`` on Hugging Face) beside single checkpoint files, in the model folder.

What an analyst picks (the folder, either of its files, or a single ``.safetensors``) is turned into
the model's path here; a folder is checked for its weights and copied whole (its pickled copies of
the same weights, which the plugin never reads, left out) under a temporary name, moved into place
only when complete. No QGIS here.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from typing import Callable

from ..errors import AptCancelledError, AptInputError
from ..i18n import tr

SAM3_PAGE = "https://huggingface.co/facebook/sam3"
CONFIG, WEIGHTS = "config.json", "model.safetensors"
CHECKPOINT_SUFFIXES = (".pth", ".pt", ".safetensors")
PICKLED = (".bin", ".pt", ".pth", ".ckpt")  # weights in pickle form: never read from a folder (safetensors only)
SNAPSHOT = re.compile(r"[0-9a-f]{40}")  # a Hugging Face cache snapshot's folder name (a commit id)
CHUNK = 8 << 20


def model_path(path: str) -> str:
    """The model a picked path stands for: a folder stays a folder; its ``config.json``, or its
    ``model.safetensors`` with a ``config.json`` beside it, stands for the folder (as sam3_files reads
    them); any other file for itself."""
    path = os.path.abspath(path)
    if os.path.isfile(path):
        folder, name = os.path.split(path)
        if name == CONFIG or (name == WEIGHTS and os.path.isfile(os.path.join(folder, CONFIG))):
            return folder
    return path


def is_model_folder(path: str) -> bool:
    """Whether ``path`` is a folder model (one with a ``config.json`` or a ``model.safetensors``)."""
    return os.path.isdir(path) and any(os.path.isfile(os.path.join(path, n)) for n in (CONFIG, WEIGHTS))


def model_size(path: str) -> int:
    """Bytes of a checkpoint file, or of the files of a folder model."""
    if os.path.isdir(path):
        return sum(os.path.getsize(p) for p in _folder_files(path))
    return os.path.getsize(path)


def check_model_source(path: str) -> str:
    """The model path of what an analyst picked, or an ``AptInputError`` saying why it cannot be a model
    (missing; a file of another kind, such as pickled ``.bin`` weights). A folder's files and any weights
    are checked after, by ``describe_checkpoint``."""
    if not os.path.exists(path):
        raise AptInputError(tr("{path} does not exist: choose a SAM checkpoint (.pth, .pt or .safetensors) or a "
                               "SAM 3 folder.").format(path=path))
    source = model_path(path)
    if not os.path.isdir(source) and not source.lower().endswith(CHECKPOINT_SUFFIXES):
        extension = os.path.splitext(source)[1] or tr("(no extension)")
        raise AptInputError(
            tr("{name} is not a SAM model APT Cropland reads ({extension} file): choose a SAM or SAM 2 checkpoint "
               "(.pth or .pt), a SAM 3 model.safetensors or its folder (pickled .bin weights are never loaded)."
               ).format(name=os.path.basename(source), extension=extension))
    return source


def folder_name(source: str) -> str:
    """The name a folder model keeps in the model folder: its own, or for a Hugging Face cache snapshot
    (``models--facebook--sam3/snapshots/<commit>``) the repository's (``sam3``)."""
    name = os.path.basename(os.path.normpath(source))
    if SNAPSHOT.fullmatch(name):
        repository = os.path.basename(os.path.dirname(os.path.dirname(os.path.normpath(source))))
        if repository.startswith("models--"):
            return repository.split("--")[-1]
    return name


def _folder_files(folder: str) -> list[str]:
    """The files of a folder model worth keeping: its own files (links followed), not hidden ones, not
    pickled weights."""
    return [os.path.join(folder, n) for n in sorted(os.listdir(folder))
            if not n.startswith(".") and not n.lower().endswith(PICKLED) and os.path.isfile(os.path.join(folder, n))]


def copy_model_folder(source: str, folder: str, progress: Callable[[int, int], None] | None = None,
                      is_cancelled: Callable[[], bool] | None = None) -> str:
    """Copy a folder model whole into ``folder`` (as ``<folder>/<name>``); a cancel or a failure leaves
    nothing there. Returns the copy."""
    name = folder_name(source)
    target = os.path.join(folder, name)
    if os.path.abspath(target) == os.path.abspath(source):
        return target
    if os.path.exists(target):
        raise AptInputError(tr("The model folder already has a model named {name!r}.").format(name=name))
    files = _folder_files(source)
    total, done = sum(os.path.getsize(f) for f in files), 0
    temporary = target + ".part"
    shutil.rmtree(temporary, ignore_errors=True)
    try:
        os.makedirs(temporary)
        for path in files:
            with open(path, "rb") as src, open(os.path.join(temporary, os.path.basename(path)), "wb") as out:
                while block := src.read(CHUNK):
                    if is_cancelled is not None and is_cancelled():
                        raise AptCancelledError(tr("Cancelled: {name} was not added.").format(name=name))
                    out.write(block)
                    done += len(block)
                    if progress is not None:
                        progress(done, total)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            shutil.rmtree(temporary)
        raise
    return target
