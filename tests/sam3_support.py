"""Tiny random SAM 3 models for tests, saved as the official ``facebook/sam3`` folder is.

The official folder holds ``config.json`` (a ``sam3_video`` configuration: the concept detector
and the tracker side by side), ``model.safetensors`` (keys ``detector_model.*``, ``tracker_model.*``
and ``tracker_neck.*``), the CLIP tokenizer and the processor's settings. The tiny model here is
built from ``transformers``' own classes and saved with the same layout and key names, so the
plugin's real loading code (``Sam3TrackerModel`` for points, ``Sam3Model`` for concepts) reads it
as it would read Meta's weights.
"""

from __future__ import annotations

import json
from pathlib import Path

import torch

TINY_SAM3_SIZE = 224  # the official models take 1008 x 1008 (patch 14: 72 x 72 tokens); here 16 x 16
TINY_SAM3_WIDTH = 32
CONCEPT_WORDS = ("agricultural", "field", "cropland", "crop", "farmland")


def tiny_sam3_config(size: int = TINY_SAM3_SIZE, width: int = TINY_SAM3_WIDTH, vocab_size: int = 600):
    """A ``Sam3VideoConfig`` with every part shrunk (2 ViT blocks, width 32, one DETR layer...)."""
    from transformers import Sam3VideoConfig

    grid = size // 14
    vit = dict(model_type="sam3_vit_model", hidden_size=width, intermediate_size=2 * width, num_hidden_layers=2,
               num_attention_heads=2, image_size=size, patch_size=14, window_size=8, global_attn_indexes=[1],
               pretrain_image_size=112)
    vision = dict(model_type="sam3_vision_model", backbone_config=vit, fpn_hidden_size=width,
                  backbone_feature_sizes=[[4 * grid, 4 * grid], [2 * grid, 2 * grid], [grid, grid]])
    text = dict(model_type="clip_text_model", vocab_size=vocab_size, hidden_size=width, intermediate_size=2 * width,
                num_hidden_layers=1, num_attention_heads=2, max_position_embeddings=32, projection_dim=width,
                bos_token_id=vocab_size - 2, eos_token_id=vocab_size - 1, pad_token_id=vocab_size - 1)
    small = dict(hidden_size=width, num_layers=1, num_attention_heads=2, intermediate_size=2 * width)
    detector = dict(vision_config=vision, text_config=text, geometry_encoder_config=small,
                    detr_encoder_config=small, detr_decoder_config=dict(small, num_queries=10),
                    mask_decoder_config=dict(hidden_size=width, num_attention_heads=2))
    tracker = dict(
        vision_config=vision, image_size=size,
        prompt_encoder_config=dict(hidden_size=width, image_size=size, patch_size=14, mask_input_channels=4),
        mask_decoder_config=dict(hidden_size=width, mlp_dim=2 * width, num_attention_heads=2,
                                 iou_head_hidden_dim=width),
        memory_attention_hidden_size=width, memory_attention_num_layers=1,
        memory_attention_feed_forward_hidden_size=2 * width, memory_encoder_hidden_size=width,
        memory_encoder_output_channels=16, mask_downsampler_embed_dim=width, memory_fuser_embed_dim=width,
        memory_fuser_intermediate_dim=2 * width,
    )
    return Sam3VideoConfig(detector_config=detector, tracker_config=tracker)


def save_tiny_tokenizer(folder: Path, vocab_size: int = 600):
    """A CLIP byte-level BPE tokenizer with a tiny vocabulary (every byte, and the merges of
    :data:`CONCEPT_WORDS`), saved as ``transformers`` saves CLIP's; returns the tokenizer."""
    from transformers import CLIPTokenizer
    from transformers.convert_slow_tokenizer import bytes_to_unicode

    chars = sorted(set(bytes_to_unicode().values()))
    vocab = {c: i for i, c in enumerate(chars)}
    vocab.update({c + "</w>": len(chars) + i for i, c in enumerate(chars)})
    merges: dict[str, None] = {}
    for word in CONCEPT_WORDS:
        parts = [*word[:-1], word[-1] + "</w>"]
        while len(parts) > 1:
            merges[f"{parts[0]} {parts[1]}"] = None
            vocab.setdefault(parts[0] + parts[1], len(vocab))
            parts = [parts[0] + parts[1], *parts[2:]]
    if len(vocab) > vocab_size - 2:
        raise ValueError("the tiny vocabulary does not fit")
    vocab["<|startoftext|>"], vocab["<|endoftext|>"] = vocab_size - 2, vocab_size - 1
    raw = folder / "_bpe"
    raw.mkdir(parents=True, exist_ok=True)
    (raw / "vocab.json").write_text(json.dumps(vocab))
    (raw / "merges.txt").write_text("#version: 0.2\n" + "\n".join(merges) + "\n")
    tokenizer = CLIPTokenizer(str(raw / "vocab.json"), str(raw / "merges.txt"))
    for name in ("vocab.json", "merges.txt"):
        (raw / name).unlink()
    raw.rmdir()
    return tokenizer


def save_tiny_sam3(folder, seed: int = 0, tokenizer: bool = True) -> str:
    """A tiny random SAM 3 in ``folder`` as the official files are laid out: ``config.json``,
    ``model.safetensors`` and (``tokenizer=True``) the tokenizer and processor files. Returns the folder."""
    from safetensors.torch import save_file
    from transformers import Sam3ImageProcessor, Sam3Processor, Sam3VideoModel

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    config = tiny_sam3_config()
    torch.manual_seed(seed)
    model = Sam3VideoModel(config)
    config.save_pretrained(folder)
    state = {k: v.detach().contiguous() for k, v in model.state_dict().items()}
    save_file(state, str(folder / "model.safetensors"), metadata={"format": "pt"})
    if tokenizer:
        size = {"height": TINY_SAM3_SIZE, "width": TINY_SAM3_SIZE}
        processor = Sam3Processor(image_processor=Sam3ImageProcessor(size=size),
                                  tokenizer=save_tiny_tokenizer(folder))
        processor.save_pretrained(folder)
    return str(folder)
