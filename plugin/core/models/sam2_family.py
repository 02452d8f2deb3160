"""SAM 2 and 2.1 (Hiera encoders t / s / b+ / l): the architecture read from the state dict alone
(no model code needed) and the model built from it with the ``sam2`` package (:mod:`sam2_backend`).
The variant comes from the patch-embedding width and the blocks per stage, the version from the
tensors only SAM 2.1 has; nobody picks either by hand.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

import torch

from ..errors import AptInputError
from ..i18n import tr
from .families import SAM2

TRUNK = "image_encoder.trunk."
# (patch-embedding width, blocks per stage) -> the name in SAM 2's configs and model ids
SAM2_VARIANTS = {
    (96, (1, 2, 7, 2)): ("t", "hiera_t"),
    (96, (1, 2, 11, 2)): ("s", "hiera_s"),
    (112, (2, 3, 16, 3)): ("b+", "hiera_b_plus"),
    (144, (2, 6, 36, 4)): ("l", "hiera_l"),
}
SAM2_ONLY_IN_2_1 = ("no_obj_embed_spatial", "obj_ptr_tpos_proj.weight")  # SAM 2.0 has neither
OFFICIAL_SAM2_WIDTHS = (256, 64)  # (decoder width d_model, memory width) of every published SAM 2


def _count(state: dict, pattern: str) -> int:
    indexes = {int(m.group(1)) for k in state if (m := re.match(pattern, k))}
    return max(indexes) + 1 if indexes else 0


@dataclass(frozen=True)
class Sam2Architecture:
    """What tensor shapes tell of a SAM 2 model; the rest comes from the official configs."""

    version: str  # "2.1" or "2.0"
    embed_dim: int
    stages: tuple[int, ...]
    d_model: int
    backbone_channels: tuple[int, ...]
    mem_dim: int
    window_spec0: int
    background_size: tuple[int, int]
    memory_layers: int
    memory_feedforward: int
    num_maskmem: int
    fuser_layers: int = 2

    @property
    def official(self) -> tuple[str, str] | None:
        """(config name, id name) of a published variant, None for any other shape."""
        if (self.d_model, self.mem_dim) != OFFICIAL_SAM2_WIDTHS:
            return None
        return SAM2_VARIANTS.get((self.embed_dim, self.stages))

    @property
    def variant(self) -> str:
        """The model id (``sam2.1_hiera_s``, ``sam2_hiera_t``...) or a description of a custom model."""
        prefix = "sam2.1" if self.version == "2.1" else "sam2"
        if self.official is not None:
            return f"{prefix}_{self.official[1]}"
        return tr("custom SAM {version} Hiera (width {width}, {blocks} blocks)").format(
            version=self.version, width=self.embed_dim, blocks=sum(self.stages)
        )

    @property
    def family(self) -> str:
        return SAM2


def infer_sam2_architecture(state: dict) -> Sam2Architecture:
    """Read a SAM 2 architecture from state-dict shapes (``AptInputError`` when it is not SAM 2)."""
    try:
        embed_dim = int(state[TRUNK + "patch_embed.proj.weight"].shape[0])
        depth = _count(state, r"image_encoder\.trunk\.blocks\.(\d+)\.")
        # the first block of each later stage changes the width, so it has a projection
        starts = sorted(i for i in range(depth) if f"{TRUNK}blocks.{i}.proj.weight" in state)
        bounds = [0, *starts, depth]
        stages = tuple(b - a for a, b in zip(bounds, bounds[1:]))
        n_convs = _count(state, r"image_encoder\.neck\.convs\.(\d+)\.")
        channels = tuple(int(state[f"image_encoder.neck.convs.{i}.conv.weight"].shape[1]) for i in range(n_convs))
        background = state[TRUNK + "pos_embed"].shape
        return Sam2Architecture(
            version="2.1" if all(k in state for k in SAM2_ONLY_IN_2_1) else "2.0",
            embed_dim=embed_dim,
            stages=stages,
            d_model=int(state["sam_mask_decoder.iou_token.weight"].shape[1]),
            backbone_channels=channels,
            mem_dim=int(state["memory_encoder.out_proj.weight"].shape[0]),
            window_spec0=int(state[TRUNK + "pos_embed_window"].shape[-1]),
            background_size=(int(background[-2]), int(background[-1])),
            memory_layers=_count(state, r"memory_attention\.layers\.(\d+)\."),
            memory_feedforward=int(state["memory_attention.layers.0.linear1.weight"].shape[0]),
            num_maskmem=int(state["maskmem_tpos_enc"].shape[0]),
            fuser_layers=_count(state, r"memory_encoder\.fuser\.layers\.(\d+)\."),
        )
    except (KeyError, IndexError, AttributeError) as exc:
        raise AptInputError(
            tr(
                "This file looks like a SAM 2 checkpoint but a tensor is missing or odd ({detail}): it may be "
                "damaged or from another model. Use an official file such as sam2.1_hiera_small.pt."
            ).format(detail=exc)
        ) from None


def infer(state: dict) -> Sam2Architecture:
    """The family table's entry point: :func:`infer_sam2_architecture`."""
    return infer_sam2_architecture(state)


def build(arch: Sam2Architecture):
    """A SAM 2 model of ``arch``'s shape, from the ``sam2`` package's own config and classes."""
    return build_sam2_model(arch)


# Building: the model is instantiated from the YAML config packaged with ``sam2`` (OmegaConf and
# ``hydra.utils.instantiate``), never through ``build_sam2``: that one composes the config through
# hydra's *global* state, which other plugins in the same QGIS may hold for their own configs. So
# nothing here reads, initialises or clears ``GlobalHydra``. (``import sam2`` initialises it for the
# ``sam2`` configs when nobody has, and leaves an initialised one alone.)
HIERA_DEFAULTS = {"num_heads": 1, "global_att_blocks": [12, 16, 20], "window_spec": [8, 4, 14, 7]}


def config_path(arch: Sam2Architecture) -> str:
    """The packaged YAML of ``arch``'s variant (hiera_s's for a custom model, which is then adjusted)."""
    import sam2

    name = arch.official[0] if arch.official else "s"
    folder, prefix = ("sam2.1", "sam2.1_hiera_") if arch.version == "2.1" else ("sam2", "sam2_hiera_")
    return os.path.join(os.path.dirname(sam2.__file__), "configs", folder, f"{prefix}{name}.yaml")


def model_config(arch: Sam2Architecture):
    """The OmegaConf config of ``arch``'s model: the official one, or hiera_s's reshaped to the
    widths read from the weights (what the weights do not show: Hiera's defaults)."""
    from omegaconf import OmegaConf

    cfg = OmegaConf.load(config_path(arch)).model
    if arch.official:
        return cfg
    if len(arch.stages) != 4 or len(arch.backbone_channels) != 4:
        raise AptInputError(
            tr("This SAM 2 checkpoint has {stages} encoder stages; SAM 2's Hiera has 4.").format(
                stages=len(arch.stages))
        )
    d, mem = arch.d_model, arch.mem_dim
    trunk = cfg.image_encoder.trunk
    trunk.embed_dim, trunk.stages = arch.embed_dim, list(arch.stages)
    trunk.window_pos_embed_bkg_spatial_size = list(arch.background_size)
    trunk.num_heads, trunk.global_att_blocks = HIERA_DEFAULTS["num_heads"], HIERA_DEFAULTS["global_att_blocks"]
    trunk.window_spec = [arch.window_spec0, *HIERA_DEFAULTS["window_spec"][1:]]
    neck = cfg.image_encoder.neck
    neck.d_model, neck.backbone_channel_list, neck.position_encoding.num_pos_feats = d, list(arch.backbone_channels), d
    attention = cfg.memory_attention
    attention.d_model, attention.num_layers = d, arch.memory_layers
    layer = attention.layer
    layer.d_model, layer.dim_feedforward = d, arch.memory_feedforward
    layer.self_attention.embedding_dim = layer.cross_attention.embedding_dim = d
    layer.cross_attention.kv_in_dim = mem
    encoder = cfg.memory_encoder
    encoder.out_dim, encoder.position_encoding.num_pos_feats, encoder.in_dim = mem, mem, d
    encoder.mask_downsampler.embed_dim, encoder.fuser.layer.dim = d, d
    encoder.fuser.num_layers = arch.fuser_layers
    cfg.num_maskmem = arch.num_maskmem
    return cfg


def build_sam2_model(arch: Sam2Architecture, device: torch.device | str = "cpu"):
    """A freshly initialised ``SAM2Base`` of ``arch``'s shape on ``device`` (no hydra global state)."""
    from hydra.utils import instantiate

    with torch.device(device):
        return instantiate(model_config(arch), _recursive_=True)
