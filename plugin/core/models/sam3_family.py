"""SAM 3 (``transformers``' ``Sam3TrackerModel``, the promptable-visual-segmentation face): the
architecture read from the files (:mod:`sam3_files`) and the model loaded strictly.

**Config.** From ``config.json`` when the folder has one (a ``sam3_video`` config: Sam3TrackerModel
takes its ``tracker_config``); for a lone ``.safetensors`` file, from the tensor shapes, with
``transformers``' config defaults for what shapes do not show (attention heads, windows), so the
official file's shapes give the official config. A config whose sizes disagree with the tensors is
refused before anything is built.

**Loading.** ``Sam3TrackerModel.from_pretrained(None, config=..., state_dict=...)`` with the tracker's
tensors only (read with ``safetensors``; the concept detector's text and DETR parts are never read),
so the library applies its own key renaming (``conversion_mapping`` "sam3_tracker":
``detector_model.vision_encoder.backbone.`` -> ``vision_encoder.backbone.``, ``tracker_neck.`` ->
``vision_encoder.neck.``, ``tracker_model.X`` -> ``X``) and the same code serves the folder and the
lone file; a missing or mismatched tensor is refused (strict).
"""

from __future__ import annotations

import os
import re
from contextlib import contextmanager
from dataclasses import dataclass, field

from ..errors import AptInputError
from ..i18n import tr
from .families import SAM3
from .sam3_files import BACKBONE, NECK, TRACKER, Sam3Files

DECODER = TRACKER + "mask_decoder."
OFFICIAL = {"width": 1024, "depth": 32, "mlp": 4736, "patch": 14, "fpn": 256, "decoder": 256, "image_size": 1008}


def _count(shapes: dict, pattern: str) -> int:
    found = {int(m.group(1)) for k in shapes if (m := re.match(pattern, k))}
    return max(found) + 1 if found else 0


def shape_sizes(shapes: dict) -> dict:
    """The sizes the tensors fix (``AptInputError`` when a tensor SAM 3 always has is missing)."""
    try:
        patch = shapes[BACKBONE + "embeddings.patch_embeddings.projection.weight"]
        positions = shapes[BACKBONE + "embeddings.position_embeddings"][1]
        decoder = shapes[DECODER + "iou_token.weight"][1]
        return {
            "width": int(patch[0]), "patch": int(patch[-1]), "pretrain_grid": int(round(positions ** 0.5)),
            "depth": _count(shapes, re.escape(BACKBONE) + r"layers\.(\d+)\."),
            "mlp": int(shapes[BACKBONE + "layers.0.mlp.fc1.weight"][0]),
            "fpn": int(shapes[NECK + "fpn_layers.0.proj1.weight"][0]),
            "decoder": int(decoder),
            "decoder_mlp": int(shapes[DECODER + "transformer.layers.0.mlp.proj_in.weight"][0]),
            "decoder_layers": _count(shapes, re.escape(DECODER) + r"transformer\.layers\.(\d+)\."),
            "downsample": decoder // int(shapes[DECODER + "transformer.final_attn_token_to_image.q_proj.weight"][0]),
            "iou_hidden": int(shapes[DECODER + "iou_prediction_head.proj_in.weight"][0]),
            "iou_depth": _count(shapes, re.escape(DECODER) + r"iou_prediction_head\.layers\.(\d+)\.") + 2,
            "multimask": int(shapes[DECODER + "mask_tokens.weight"][0]) - 1,
            "mask_channels": int(shapes[TRACKER + "prompt_encoder.mask_embed.conv2.weight"][0]),
            "prompt": int(shapes[TRACKER + "prompt_encoder.point_embed.weight"][1]),
        }
    except (KeyError, IndexError, TypeError) as exc:
        raise AptInputError(
            tr("This file looks like SAM 3 but a tensor of the tracker (the part that takes point prompts) is missing "
               "({detail}): it may hold SAM 3's concept detector only, be damaged, or come from another model. Use "
               "the model.safetensors of facebook/sam3.").format(detail=exc)
        ) from None


def config_from_shapes(shapes: dict):
    """A ``Sam3TrackerConfig`` with the sizes the tensors fix and ``transformers``' defaults for the rest."""
    from transformers import Sam3TrackerConfig

    s = shape_sizes(shapes)
    image_size = OFFICIAL["image_size"]  # not in the tensors: the official input size
    grid = image_size // s["patch"]
    backbone = dict(model_type="sam3_vit_model", hidden_size=s["width"], intermediate_size=s["mlp"],
                    num_hidden_layers=s["depth"], patch_size=s["patch"], image_size=image_size,
                    pretrain_image_size=s["pretrain_grid"] * s["patch"])
    vision = dict(model_type="sam3_vision_model", backbone_config=backbone, fpn_hidden_size=s["fpn"],
                  backbone_feature_sizes=[[4 * grid, 4 * grid], [2 * grid, 2 * grid], [grid, grid]])
    return Sam3TrackerConfig(
        vision_config=vision,
        prompt_encoder_config=dict(hidden_size=s["prompt"], image_size=image_size, patch_size=s["patch"],
                                   mask_input_channels=s["mask_channels"]),
        mask_decoder_config=dict(hidden_size=s["decoder"], mlp_dim=s["decoder_mlp"],
                                 num_hidden_layers=s["decoder_layers"], attention_downsample_rate=s["downsample"],
                                 num_multimask_outputs=s["multimask"],
                                 iou_head_depth=s["iou_depth"], iou_head_hidden_dim=s["iou_hidden"]),
    )


def _config_sizes(config: dict) -> dict | None:
    """The sizes a config.json gives (``None`` when it has no tracker part to compare)."""
    tracker = config if config.get("model_type") == "sam3_tracker" else config.get("tracker_config")
    if not isinstance(tracker, dict):
        return None
    vision = tracker.get("vision_config") or {}
    backbone = vision.get("backbone_config") or {}
    decoder = tracker.get("mask_decoder_config") or {}
    got = {"width": backbone.get("hidden_size"), "depth": backbone.get("num_hidden_layers"),
           "mlp": backbone.get("intermediate_size"), "patch": backbone.get("patch_size"),
           "fpn": vision.get("fpn_hidden_size"), "decoder": decoder.get("hidden_size")}
    return {k: v for k, v in got.items() if v is not None}


@dataclass(frozen=True)
class Sam3Architecture:
    """What the files tell of a SAM 3: the sizes, and the files themselves to load it from."""

    width: int
    depth: int
    mlp: int
    patch: int
    fpn: int
    decoder: int
    files: Sam3Files = field(compare=False, repr=False)

    @property
    def official(self) -> bool:
        return all(getattr(self, k) == v for k, v in OFFICIAL.items() if k != "image_size")

    @property
    def variant(self) -> str:
        """``sam3`` for Meta's model, a description of any other shape."""
        if self.official:
            return "sam3"
        return tr("custom SAM 3 (ViT width {width}, {depth} blocks)").format(width=self.width, depth=self.depth)

    @property
    def family(self) -> str:
        return SAM3


def infer(files) -> Sam3Architecture:
    """The family table's entry point: the architecture of SAM 3 files (a pickled state dict with
    SAM 3's tensor names is refused: SAM 3 is read from safetensors only)."""
    if not isinstance(files, Sam3Files):
        raise AptInputError(
            tr("This checkpoint holds SAM 3 tensors in a pickle file. SAM 3 is read from safetensors only (a pickle "
               "could run code when loaded): use the official folder with config.json and model.safetensors.")
        )
    sizes = shape_sizes(files.shapes)
    if files.config is not None and (said := _config_sizes(files.config)) is not None:
        differ = {k: (v, sizes[k]) for k, v in said.items() if sizes.get(k) != v}
        if differ:
            detail = ", ".join(f"{k}: {a} / {b}" for k, (a, b) in differ.items())
            raise AptInputError(
                tr("The config.json and model.safetensors of {name!r} do not belong together (config / tensors: "
                   "{detail}). Put the config.json that came with these weights beside them.").format(
                    name=files.name, detail=detail)
            )
    return Sam3Architecture(sizes["width"], sizes["depth"], sizes["mlp"], sizes["patch"], sizes["fpn"],
                            sizes["decoder"], files)


def tracker_config(files: Sam3Files):
    """The Sam3TrackerModel's config: from config.json (the library's own reading), or the shapes'."""
    if files.config_path is None or _config_sizes(files.config or {}) is None:
        return config_from_shapes(files.shapes)
    from transformers import AutoConfig

    return AutoConfig.from_pretrained(os.path.dirname(os.path.abspath(files.config_path)), local_files_only=True)


@contextmanager
def _quiet_transformers():
    """No progress bar or "model of type sam3_video" notice from transformers while loading."""
    from transformers.utils import logging

    level, bar = logging.get_verbosity(), logging.is_progress_bar_enabled()
    logging.set_verbosity_error()
    logging.disable_progress_bar()
    try:
        yield
    finally:
        logging.set_verbosity(level)
        if bar:
            logging.enable_progress_bar()


def build(arch: Sam3Architecture):
    """Sam3TrackerModel with the weights of ``arch``'s files, loaded strictly, in float32, in eval mode."""
    import torch
    from safetensors import safe_open
    from transformers import Sam3TrackerModel

    files = arch.files
    config = tracker_config(files)
    try:
        with safe_open(files.weights, framework="pt", device="cpu") as f:
            state = {key: f.get_tensor(key) for key in files.tracker_keys()}
    except Exception as exc:  # noqa: BLE001 - any failure to read the data means the same to the analyst
        raise AptInputError(
            tr("The tensors of {name!r} cannot be read: the file may be damaged or truncated. Detail: {detail}").format(
                name=files.name, detail=exc)
        ) from None
    try:
        with _quiet_transformers():
            model, info = Sam3TrackerModel.from_pretrained(None, config=config, state_dict=state,
                                                           output_loading_info=True, dtype=torch.float32)
    except (RuntimeError, ValueError) as exc:
        if "memory" in str(exc).lower():
            raise  # checkpoint.load_sam says so
        raise AptInputError(_not_fitting(files, arch, " ".join(str(exc).split())[:400])) from None
    finally:
        del state  # the model holds the weights now: no second copy
    wrong = [*info.get("missing_keys", ()), *(str(m) for m in info.get("mismatched_keys", ()))]
    if wrong:
        raise AptInputError(_not_fitting(files, arch, tr("missing or mismatched: {keys}").format(
            keys=", ".join(sorted(map(str, wrong))[:5]))))
    return model.eval()


def _not_fitting(files: Sam3Files, arch: Sam3Architecture, detail: str) -> str:
    return tr("The tensors in {name!r} do not fit the SAM 3 architecture read from it ({variant}); the file may be "
              "damaged or from another model. {detail}").format(name=files.name, variant=arch.variant, detail=detail)
