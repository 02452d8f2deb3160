"""Test helpers: a tiny random SAM checkpoint and small rasters built on the fly."""

from __future__ import annotations

from functools import partial

import numpy as np
import rasterio
import torch
from rasterio.crs import CRS
from rasterio.transform import from_origin

TINY_WIDTH = 32


def build_tiny_sam(seed: int = 0, global_block: int = 1):
    """A randomly initialised SAM, small enough for tests, from ``segment_anything.modeling``."""
    from segment_anything.modeling import ImageEncoderViT, MaskDecoder, PromptEncoder, Sam, TwoWayTransformer

    torch.manual_seed(seed)
    dim = TINY_WIDTH
    return Sam(
        image_encoder=ImageEncoderViT(
            img_size=1024, patch_size=16, embed_dim=dim, depth=2, num_heads=2, mlp_ratio=2.0, out_chans=dim,
            qkv_bias=True, norm_layer=partial(torch.nn.LayerNorm, eps=1e-6), use_rel_pos=True, window_size=14,
            global_attn_indexes=(global_block,),
        ),
        prompt_encoder=PromptEncoder(
            embed_dim=dim, image_embedding_size=(64, 64), input_image_size=(1024, 1024), mask_in_chans=8
        ),
        mask_decoder=MaskDecoder(
            transformer_dim=dim,
            transformer=TwoWayTransformer(depth=2, embedding_dim=dim, mlp_dim=64, num_heads=8),
            num_multimask_outputs=3, iou_head_depth=3, iou_head_hidden_dim=dim,
        ),
    )


def save_tiny_sam(path, seed: int = 0) -> str:
    torch.save(build_tiny_sam(seed).state_dict(), str(path))
    return str(path)


def write_raster(path, data: np.ndarray, crs="EPSG:32633", transform=None, nodata=None, **extra) -> str:
    """Write ``data`` (bands, rows, cols) or (rows, cols) as a GeoTIFF; ``crs=None`` writes none."""
    if data.ndim == 2:
        data = data[None]
    transform = transform or from_origin(500000, 5000000, 10, 10)
    profile = dict(driver="GTiff", width=data.shape[2], height=data.shape[1], count=data.shape[0],
                   dtype=data.dtype, transform=transform, nodata=nodata, **extra)
    if crs is not None:
        profile["crs"] = CRS.from_user_input(crs)
    with rasterio.open(str(path), "w", **profile) as dst:
        dst.write(data)
    return str(path)
