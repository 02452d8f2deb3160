"""SAM 3's concept segmentation of a tile: every instance of a noun phrase ("agricultural field"),
from ``transformers``' ``Sam3Processor`` and ``Sam3Model`` (the detector of the official SAM 3
folder), as a cropland / not-cropland mask on the tile's pixels.

The mask is the union of the instance masks the library's own post-processing
(``post_process_instance_segmentation``) keeps: instances whose score (detection times presence)
is above :data:`SCORE_THRESHOLD`, each binarised at :data:`MASK_THRESHOLD` on the tile's size.
The semantic head (``post_process_semantic_segmentation``) is not used: it ignores the presence
score, so a tile without the concept would still get pixels from it.

The model is loaded from the run's SAM 3 folder (``config.json``, ``model.safetensors``, the
tokenizer and processor files) from safetensors only, strictly (no missing or mismatched keys),
and only when a concept is asked for.
"""

from __future__ import annotations

import os

import numpy as np

from ..errors import AptInputError
from ..i18n import tr
from .sam3_files import find_sam3

SCORE_THRESHOLD = 0.5  # an instance's score (detection x presence) above which it is concept cropland
MASK_THRESHOLD = 0.5  # an instance mask's probability above which a pixel is in it
SAM3_TYPES = ("sam3_video", "sam3")
TOKENIZER_FILES = ("tokenizer.json", "vocab.json")  # either makes the CLIP tokenizer


def _needs_sam3(path: str) -> AptInputError:
    return AptInputError(
        tr(
            "The concept vote needs a SAM 3 model: {path!r} is not one. Choose a SAM 3 folder (config.json, "
            "model.safetensors and the tokenizer files, as on Hugging Face's facebook/sam3) as the checkpoint, or "
            "leave the concept empty."
        ).format(path=path)
    )


def is_sam3(checkpoint: str | None) -> bool:
    """Whether ``checkpoint`` is a SAM 3 model (a folder, its files or a lone safetensors), from the files."""
    try:
        return find_sam3(checkpoint or "") is not None
    except AptInputError:  # a SAM 3 that cannot be used, or another model's safetensors or config
        return False


def concept_folder(checkpoint: str | None) -> str:
    """The SAM 3 folder the concept model loads from, or an ``AptInputError`` saying why not."""
    path = checkpoint or ""
    files = find_sam3(path)  # an AptInputError for a damaged SAM 3 or another model's files
    if files is None or (files.config is not None and files.config.get("model_type") not in SAM3_TYPES):
        raise _needs_sam3(path)  # not SAM 3, or a tracker-only SAM 3 (no concept detector)
    if files.config_path is None:
        raise _no_tokenizer(path)  # a lone safetensors file: no tokenizer beside it
    folder = os.path.dirname(os.path.abspath(files.weights))
    if not any(os.path.isfile(os.path.join(folder, name)) for name in TOKENIZER_FILES):
        raise _no_tokenizer(folder)
    return folder


def _no_tokenizer(path: str) -> AptInputError:
    return AptInputError(
        tr(
            "The SAM 3 model {path!r} has no tokenizer files (tokenizer.json or vocab.json and merges.txt), so it "
            "cannot read a concept. Use the whole SAM 3 folder from Hugging Face (facebook/sam3), or leave the "
            "concept empty."
        ).format(path=path)
    )


def concept_device(device: str) -> str:
    """The torch device for the concept model: ``auto`` takes the best one here."""
    from .sam_engine import available_devices

    return available_devices()[0] if device in ("", "auto") else device


class ConceptModel:
    """SAM 3's detector and processor, loaded once from a SAM 3 folder; :meth:`mask` segments a tile."""

    def __init__(self, checkpoint: str | None, device: str = "auto", score_threshold: float = SCORE_THRESHOLD):
        folder = concept_folder(checkpoint)
        from transformers import Sam3Model, Sam3Processor

        try:
            model, info = Sam3Model.from_pretrained(folder, local_files_only=True, use_safetensors=True,
                                                    output_loading_info=True)
        except (OSError, ValueError, RuntimeError) as exc:
            raise AptInputError(
                tr("The SAM 3 folder {path!r} could not be read as SAM 3's concept model: {error}").format(
                    path=folder, error=str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
            ) from None
        wrong = sorted(info.get("missing_keys") or []) + sorted(str(k) for k in info.get("mismatched_keys") or [])
        if wrong:
            raise AptInputError(
                tr("The SAM 3 folder {path!r} lacks or mismatches {count} of the concept model's tensors (e.g. "
                   "{example}): it is damaged or another model.").format(path=folder, count=len(wrong),
                                                                        example=wrong[0])
            )
        try:
            self.processor = Sam3Processor.from_pretrained(folder, local_files_only=True)
        except (OSError, ValueError, TypeError) as exc:
            raise _no_tokenizer(folder) from exc
        self.device = concept_device(device)
        self.model = model.to(self.device).eval()
        self.score_threshold = score_threshold

    def mask(self, rgb: np.ndarray, text: str) -> np.ndarray:
        """The tile (``rgb``: height x width x 3, uint8) where SAM 3 finds ``text``: a boolean mask."""
        import torch

        inputs = self.processor(images=rgb, text=text, return_tensors="pt").to(self.device)
        with torch.inference_mode():
            outputs = self.model(**inputs)
        found = self.processor.post_process_instance_segmentation(
            outputs, threshold=self.score_threshold, mask_threshold=MASK_THRESHOLD,
            target_sizes=[tuple(rgb.shape[:2])],
        )[0]["masks"]
        if len(found) == 0:
            return np.zeros(rgb.shape[:2], dtype=bool)
        return found.bool().any(dim=0).cpu().numpy()
