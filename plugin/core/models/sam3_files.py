"""SAM 3's files: a folder with ``config.json`` and ``model.safetensors`` (as Meta's ``facebook/sam3``
is laid out; the analyst may give the folder or either file in it), or a ``.safetensors`` file alone.

Told by the content, never by a name: a ``.safetensors`` file is one whose first bytes are a
safetensors header, and it is SAM 3 when its tensors are (``tracker_model.*``,
``detector_model.vision_encoder.backbone.*``) and its config, if any, says so (``model_type`` sam3_video,
sam3_tracker or sam3). Only safetensors are read: no pickle at all, so a ``pytorch_model.bin`` or ``.pt``
beside a SAM 3 config is refused without being opened.

The header is read here by hand (8 bytes of length, then JSON: the format's whole specification) so
that detection, the model's description and the installer's offer work before ``safetensors`` and
``transformers`` are installed; the weights themselves are read with ``safetensors``.
"""

from __future__ import annotations

import json
import os
import struct
from dataclasses import dataclass, field

from ..errors import AptInputError
from ..i18n import tr

CONFIG_NAME, WEIGHTS_NAME = "config.json", "model.safetensors"
SAM3_MODEL_TYPES = ("sam3_video", "sam3_tracker", "sam3")
TRACKER, NECK, BACKBONE = "tracker_model.", "tracker_neck.", "detector_model.vision_encoder.backbone."
SAM3_KEYS = (TRACKER, BACKBONE)  # a tensor name starting with either tells SAM 3
# what Sam3TrackerModel does not load from the official file (its _keys_to_ignore_on_load_unexpected:
# the video memory, which one image does not use)
TRACKER_UNUSED = ("memory_", "mask_downsample", "object_pointer_proj", "temporal_positional_encoding_projection_layer",
                  "no_memory_positional_encoding", "no_object_pointer", "occlusion_spatial_embedding_parameter")
PICKLE_NAMES = ("pytorch_model.bin", ".pt", ".pth", ".bin", ".ckpt")
_MAX_HEADER = 100 * 2**20  # the format's own limit on the header


@dataclass
class Sam3Files:
    """A SAM 3 model on disk: its weights file, its config (``None``: inferred from the shapes),
    and each tensor's shape as the header says."""

    weights: str
    config_path: str | None
    config: dict | None
    shapes: dict[str, tuple[int, ...]] = field(repr=False)

    @property
    def name(self) -> str:
        """What the analyst chose, for messages: the folder's name, or the lone file's."""
        if self.config_path is not None:
            return os.path.basename(os.path.dirname(os.path.abspath(self.weights))) or WEIGHTS_NAME
        return os.path.basename(self.weights)

    def tracker_keys(self) -> list[str]:
        """The tensors Sam3TrackerModel runs with (the official file's names)."""
        keep = []
        for key in self.shapes:
            if key.startswith(TRACKER):
                if not key[len(TRACKER):].startswith(TRACKER_UNUSED):
                    keep.append(key)
            elif key.startswith((NECK, BACKBONE)):
                keep.append(key)
        return keep

    @property
    def n_parameters(self) -> int:
        """The parameters of what runs (the tracker, its neck and the shared backbone)."""
        total = 0
        for key in self.tracker_keys():
            count = 1
            for side in self.shapes[key]:
                count *= side
            total += count
        return total


def read_header(path: str) -> dict[str, tuple[int, ...]] | None:
    """Tensor name -> shape from a safetensors file's header; ``None`` when the file is no
    safetensors file at all; an ``AptInputError`` when it is one but damaged (truncated)."""
    name = os.path.basename(path)
    size = os.path.getsize(path)
    with open(path, "rb") as f:
        head = f.read(9)
        if len(head) < 9 or head[8:9] != b"{":
            return None
        (length,) = struct.unpack("<Q", head[:8])
        if length > _MAX_HEADER:
            return None
        if 8 + length > size:
            raise _damaged(name, tr("the file ends inside its table of tensors"))
        f.seek(8)
        raw = f.read(length)
    try:
        header = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _damaged(name, str(exc)) from None
    if not isinstance(header, dict):
        raise _damaged(name, tr("the table of tensors is not a mapping"))
    shapes, end = {}, 0
    for key, entry in header.items():
        if key == "__metadata__":
            continue
        try:
            shapes[key] = tuple(int(s) for s in entry["shape"])
            end = max(end, int(entry["data_offsets"][1]))
        except (KeyError, TypeError, ValueError, IndexError):
            raise _damaged(name, tr("tensor {key!r} has no shape or offsets").format(key=key)) from None
    if 8 + length + end > size:
        raise _damaged(name, tr("{missing} bytes of tensor data are missing").format(missing=8 + length + end - size))
    return shapes


def _damaged(name: str, detail: str) -> AptInputError:
    return AptInputError(
        tr("{name!r} is a safetensors file but it is damaged or truncated (an interrupted download?): {detail}. "
           "Download it again.").format(name=name, detail=detail)
    )


def read_config(path: str) -> dict:
    """``config.json`` as a dict (an ``AptInputError`` when it is not JSON)."""
    try:
        with open(path, encoding="utf-8") as f:
            config = json.load(f)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise AptInputError(
            tr("{path!r} cannot be read as a model configuration (JSON): {detail}").format(path=path, detail=exc)
        ) from None
    if not isinstance(config, dict):
        raise AptInputError(tr("{path!r} is not a model configuration.").format(path=path))
    return config


def _is_json(path: str) -> bool:
    with open(path, "rb") as f:
        return f.read(64).lstrip()[:1] == b"{"


def _foreign_config(path: str, model_type: object) -> AptInputError:
    return AptInputError(
        tr("{path!r} is the configuration of another kind of model ({model_type!r}), not of SAM 3 (model_type "
           "sam3_video, as in facebook/sam3). Choose the folder of a SAM 3 model.").format(
            path=path, model_type=model_type)
    )


def _pickle_refused(path: str) -> AptInputError:
    return AptInputError(
        tr("{name!r} is a pickle file beside a SAM 3 configuration. SAM 3 is read from model.safetensors only "
           "(a pickle could run code when loaded): put the official model.safetensors in that folder.").format(
            name=os.path.basename(path))
    )


def find_sam3(path: str) -> Sam3Files | None:
    """The SAM 3 model at ``path`` (a folder, its config.json or its safetensors, or a lone
    safetensors file); ``None`` when ``path`` is no folder, config or safetensors file at all (a
    PyTorch checkpoint of another family); an ``AptInputError`` for a SAM 3 that cannot be used
    or a safetensors/config of another model."""
    if not path:
        return None
    if os.path.isdir(path):
        return _from_folder(path)
    if not os.path.isfile(path):
        return None
    folder = os.path.dirname(os.path.abspath(path))
    if _is_json(path):
        if os.path.basename(path) != CONFIG_NAME and not os.path.isfile(os.path.join(folder, WEIGHTS_NAME)):
            return None
        return _from_folder(folder, config_path=path)
    shapes = read_header(path)
    config_path = os.path.join(folder, CONFIG_NAME)
    if shapes is None:
        if os.path.isfile(config_path) and _sam3_config(config_path):
            raise _pickle_refused(path)  # a pickle in a SAM 3 folder: never opened
        return None
    if os.path.isfile(config_path) and os.path.basename(path) == WEIGHTS_NAME:
        return _checked(path, config_path, read_config(config_path), shapes)
    return _checked(path, None, None, shapes)


def _sam3_config(path: str) -> bool:
    try:
        return read_config(path).get("model_type") in SAM3_MODEL_TYPES
    except AptInputError:
        return False


def _from_folder(folder: str, config_path: str | None = None) -> Sam3Files:
    config_path = config_path or os.path.join(folder, CONFIG_NAME)
    weights = os.path.join(folder, WEIGHTS_NAME)
    if not os.path.isfile(config_path):
        raise AptInputError(
            tr("The folder {folder!r} has no config.json: a SAM 3 model folder holds config.json and "
               "model.safetensors (as facebook/sam3 does).").format(folder=folder)
        )
    config = read_config(config_path)
    if config.get("model_type") not in SAM3_MODEL_TYPES:
        raise _foreign_config(config_path, config.get("model_type"))
    if not os.path.isfile(weights):
        pickles = sorted(n for n in os.listdir(folder) if n.endswith(PICKLE_NAMES))
        if pickles:
            raise _pickle_refused(os.path.join(folder, pickles[0]))
        raise AptInputError(
            tr("The SAM 3 folder {folder!r} has no model.safetensors (the weights). Download it from the model's "
               "page (facebook/sam3, after accepting Meta's licence) into that folder.").format(folder=folder)
        )
    shapes = read_header(weights)
    if shapes is None:
        raise AptInputError(
            tr("{path!r} is not a safetensors file: it may be damaged or another kind of file.").format(path=weights)
        )
    return _checked(weights, config_path, config, shapes)


def _checked(weights: str, config_path: str | None, config: dict | None, shapes: dict) -> Sam3Files:
    """The files, once their tensors are SAM 3's (config and tensors must both say so)."""
    if not any(k.startswith(SAM3_KEYS) for k in shapes):
        raise AptInputError(
            tr("{name!r} holds the tensors of another model, not SAM 3's (none named tracker_model.* or "
               "detector_model.vision_encoder.backbone.*). Choose the model.safetensors of facebook/sam3.").format(
                name=os.path.basename(weights))
        )
    if config is not None and config.get("model_type") not in SAM3_MODEL_TYPES:
        raise _foreign_config(config_path, config.get("model_type"))
    return Sam3Files(weights, config_path, config, shapes)
