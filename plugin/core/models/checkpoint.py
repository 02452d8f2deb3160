"""SAM checkpoints: safe loading and the architecture read from the weights themselves.

Official ``vit_b``/``vit_l``/``vit_h`` files and small test models load through the same code:
the encoder width, depth, heads, window size and global-attention blocks are all read from
tensor shapes, so nobody has to pick the variant by hand.
"""

from __future__ import annotations

import os
import pickle
import re
from dataclasses import dataclass
from functools import partial

import torch

from ..errors import AptInputError
from ..i18n import tr

ENC = "image_encoder."
KNOWN_VARIANTS = {
    (768, 12, 12, (2, 5, 8, 11)): "vit_b",
    (1024, 24, 16, (5, 11, 17, 23)): "vit_l",
    (1280, 32, 16, (7, 15, 23, 31)): "vit_h",
}
# The decoder's attention head count leaves no trace in tensor shapes; SAM always uses 8.
DECODER_HEADS = 8


@dataclass(frozen=True)
class SamArchitecture:
    """Everything needed to rebuild a SAM model whose weights fit a given state dict."""

    embed_dim: int
    depth: int
    num_heads: int
    global_attn_indexes: tuple[int, ...]
    window_size: int
    patch_size: int
    img_size: int
    mlp_ratio: float
    qkv_bias: bool
    prompt_embed_dim: int
    mask_in_chans: int
    decoder_depth: int
    decoder_mlp_dim: int
    iou_head_depth: int
    iou_head_hidden_dim: int
    num_multimask_outputs: int

    @property
    def family(self) -> str:
        return "sam"

    @property
    def variant(self) -> str:
        """``vit_b``, ``vit_l``, ``vit_h``, or a description of a custom model."""
        key = (self.embed_dim, self.depth, self.num_heads, self.global_attn_indexes)
        if key in KNOWN_VARIANTS:
            return KNOWN_VARIANTS[key]
        return tr("custom ViT (width {width}, depth {depth})").format(width=self.embed_dim, depth=self.depth)

    def build(self):
        """A freshly initialised ``segment_anything`` Sam model of this shape."""
        from segment_anything.modeling import ImageEncoderViT, MaskDecoder, PromptEncoder, Sam, TwoWayTransformer

        grid = self.img_size // self.patch_size
        return Sam(
            image_encoder=ImageEncoderViT(
                img_size=self.img_size,
                patch_size=self.patch_size,
                embed_dim=self.embed_dim,
                depth=self.depth,
                num_heads=self.num_heads,
                mlp_ratio=self.mlp_ratio,
                out_chans=self.prompt_embed_dim,
                qkv_bias=self.qkv_bias,
                norm_layer=partial(torch.nn.LayerNorm, eps=1e-6),
                use_rel_pos=True,
                window_size=self.window_size,
                global_attn_indexes=self.global_attn_indexes,
            ),
            prompt_encoder=PromptEncoder(
                embed_dim=self.prompt_embed_dim,
                image_embedding_size=(grid, grid),
                input_image_size=(self.img_size, self.img_size),
                mask_in_chans=self.mask_in_chans,
            ),
            mask_decoder=MaskDecoder(
                transformer_dim=self.prompt_embed_dim,
                transformer=TwoWayTransformer(
                    depth=self.decoder_depth,
                    embedding_dim=self.prompt_embed_dim,
                    mlp_dim=self.decoder_mlp_dim,
                    num_heads=DECODER_HEADS,
                ),
                num_multimask_outputs=self.num_multimask_outputs,
                iou_head_depth=self.iou_head_depth,
                iou_head_hidden_dim=self.iou_head_hidden_dim,
            ),
            pixel_mean=[123.675, 116.28, 103.53],
            pixel_std=[58.395, 57.12, 57.375],
        )


def _count(state: dict, pattern: str) -> int:
    indexes = {int(m.group(1)) for k in state if (m := re.match(pattern, k))}
    return max(indexes) + 1 if indexes else 0


def infer_architecture(state: dict[str, torch.Tensor]) -> SamArchitecture:
    """Read a SAM architecture from state-dict tensor shapes (raises ``AptInputError`` if not SAM)."""
    try:
        patch = state[ENC + "patch_embed.proj.weight"]
        embed_dim, patch_size = int(patch.shape[0]), int(patch.shape[-1])
        img_size = int(state[ENC + "pos_embed"].shape[1]) * patch_size
        depth = _count(state, r"image_encoder\.blocks\.(\d+)\.")
        rel_sizes = [int(state[f"{ENC}blocks.{i}.attn.rel_pos_h"].shape[0]) for i in range(depth)]
        head_dim = int(state[ENC + "blocks.0.attn.rel_pos_h"].shape[1])
        grid = img_size // patch_size
        global_blocks = tuple(i for i, s in enumerate(rel_sizes) if s == 2 * grid - 1)
        windowed = [s for s in rel_sizes if s != 2 * grid - 1]
        window_size = (windowed[0] + 1) // 2 if windowed else 0
        prompt_dim = int(state["prompt_encoder.no_mask_embed.weight"].shape[1])
        return SamArchitecture(
            embed_dim=embed_dim,
            depth=depth,
            num_heads=embed_dim // head_dim,
            global_attn_indexes=global_blocks,
            window_size=window_size,
            patch_size=patch_size,
            img_size=img_size,
            mlp_ratio=int(state[ENC + "blocks.0.mlp.lin1.weight"].shape[0]) / embed_dim,
            qkv_bias=ENC + "blocks.0.attn.qkv.bias" in state,
            prompt_embed_dim=prompt_dim,
            mask_in_chans=int(state["prompt_encoder.mask_downscaling.3.weight"].shape[0]),
            decoder_depth=_count(state, r"mask_decoder\.transformer\.layers\.(\d+)\."),
            decoder_mlp_dim=int(state["mask_decoder.transformer.layers.0.mlp.lin1.weight"].shape[0]),
            iou_head_depth=_count(state, r"mask_decoder\.iou_prediction_head\.layers\.(\d+)\."),
            iou_head_hidden_dim=int(state["mask_decoder.iou_prediction_head.layers.0.weight"].shape[0]),
            num_multimask_outputs=int(state["mask_decoder.mask_tokens.weight"].shape[0]) - 1,
        )
    except (KeyError, IndexError, ZeroDivisionError) as exc:
        raise AptInputError(
            tr(
                "This file holds weights, but not those of a Segment Anything (SAM or SAM 2) model "
                "(missing or odd tensor: {detail}). Use an official checkpoint such as "
                "sam_vit_b_01ec64.pth or sam2.1_hiera_small.pt."
            ).format(detail=exc)
        ) from None


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
    """The architecture of any supported family (:class:`SamArchitecture`,
    :class:`~.model_family.Sam2Architecture` or :class:`~.hq_backend.HqSamArchitecture`), each with
    ``.variant`` (the model id) and ``.family``."""
    from .model_family import (
        HQ_SAM,
        SAM2,
        detect_family,
        has_tiny_vit,
        infer_sam2_architecture,
        refuse_unsupported,
    )

    family = detect_family(state)
    refuse_unsupported(family, name)
    if family == HQ_SAM:
        from .hq_backend import infer_hq_architecture

        return infer_hq_architecture(state, tiny_vit=has_tiny_vit(state))
    return infer_sam2_architecture(state) if family == SAM2 else infer_architecture(state)


def describe_checkpoint(path: str) -> tuple[SamArchitecture, int]:
    """The architecture and parameter count of a checkpoint, read from its shapes (memory-mapped)."""
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


def load_sam(path: str) -> LoadedSam:
    """Read, check and build a SAM, SAM 2 or HQ-SAM model from a checkpoint file (on the CPU)."""
    state = read_state_dict(path)
    name = os.path.basename(path)
    arch = infer_model_architecture(state, name)
    try:
        if arch.family == "sam2":
            model = _build_sam2(arch, name)
        elif arch.family == "hq_sam":
            model = _build_hq(arch, name)
        else:
            model = arch.build()
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


def _build_sam2(arch, name: str):
    """A SAM 2 model of ``arch``'s shape, or an ``AptInputError`` saying how to install ``sam2``."""
    from ..install.dependencies import missing_dependencies, sam2_install_hint

    if missing := missing_dependencies("sam2"):
        hint = sam2_install_hint(name, arch.variant, missing)  # translated there
        raise AptInputError(hint)
    from .sam2_backend import build_sam2_model

    return build_sam2_model(arch)


def _build_hq(arch, name: str):
    """An HQ-SAM model of ``arch``'s shape, or an ``AptInputError`` saying how to install its package."""
    from ..install.dependencies import hq_install_hint, missing_dependencies

    if missing := missing_dependencies("hq_sam"):
        hint = hq_install_hint(name, arch.variant, missing)  # translated there
        raise AptInputError(hint)
    return arch.build()
