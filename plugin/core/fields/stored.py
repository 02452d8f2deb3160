"""Fields on a cluster run: each tile task decodes its tile's field masks right after the tile's
rounds, on the embedding it has just made (no second encoder pass), and keeps them in the tile's
result file; the client then chooses and paints them inside the finished cropland map exactly as
the in-process run does (:func:`.masks.paint_fields`), and joins them at the seams.

The cropland map is only known once every tile is blended, so a task decodes the points of its
whole tile (every valid pixel of the image-wide grid), and the client keeps the masks of the points
that fall on the map: the same masks, in the same order, as the in-process run decodes there, since
each point is decoded on its own. A resumed run reuses the finished tiles' masks with their files.
"""

from __future__ import annotations

import numpy as np
import torch

from ..config import Config
from ..geo import Grid, pixel_size_m
from ..pipeline.run_folder import load_tile
from .masks import TENSORS, FieldParams, TileMasks, decode_masks, spacing_px, tile_points

PREFIX = "fields_"


def task_masks(engine, config: Config, grid: Grid, tile, view) -> dict[str, np.ndarray]:
    """The field masks of a tile task's ``tile`` (its first view ``(identity, rgb, valid)``), as
    arrays for the tile's result file; the embedding is the engine's cached one."""
    identity, rgb, valid = view
    params = FieldParams.of(config)
    xy = tile_points(tile.window, valid, spacing_px(params, pixel_size_m(grid)))
    if len(xy):
        masks = decode_masks(engine.backend, engine.embed(rgb, key=(identity, tile.key)), valid.shape, xy, params)
    else:
        masks = TileMasks(valid.shape)
    return masks_arrays(masks, valid)


def masks_arrays(masks: TileMasks, valid: np.ndarray) -> dict[str, np.ndarray]:
    """``masks`` and the pixels they were made on as plain arrays (their packed crops one after another)."""
    bits = masks.data.get("bits", [])
    arrays = {"shape": np.array(masks.shape, np.int64), "calls": np.int64(masks.decoder_calls),
              "valid": np.packbits(valid.astype(bool), axis=None),
              "bit_lengths": np.array([len(b) for b in bits], np.int64),
              "bits": np.concatenate(bits) if bits else np.zeros(0, np.uint8)}
    if bits:
        arrays.update({name: masks.data[name].numpy() for name in TENSORS})
    return {PREFIX + name: value for name, value in arrays.items()}


def _from_rles(data: dict[str, np.ndarray], shape: tuple[int, int], boxes: np.ndarray) -> list[np.ndarray]:
    """The packed crops of a tile file written before the crops (its masks as SAM's RLEs): the same
    masks, converted exactly, so an older run folder resumes with its finished tiles."""
    from segment_anything.utils.amg import rle_to_mask

    lengths = data[PREFIX + "rle_lengths"]
    counts = np.split(data[PREFIX + "rle_counts"], np.cumsum(lengths)[:-1])
    masks = [rle_to_mask({"size": list(shape), "counts": c.tolist()}) for c in counts]
    return [np.packbits(m[y0:y1 + 1, x0:x1 + 1], axis=None) for m, (x0, y0, x1, y1) in zip(masks, boxes.tolist())]


def stored_masks(path: str) -> tuple[TileMasks, np.ndarray] | None:
    """A tile file's field masks and valid pixels (None: the tile task made none, as for a tile without
    prompts, which it did not encode)."""
    data = load_tile(path)
    if PREFIX + "shape" not in data:
        return None
    shape = tuple(int(v) for v in data[PREFIX + "shape"])
    valid = np.unpackbits(data[PREFIX + "valid"], count=shape[0] * shape[1]).reshape(shape).astype(bool)
    masks = TileMasks(shape, decoder_calls=int(data[PREFIX + "calls"]))
    old = PREFIX + "rle_lengths" in data
    lengths = data[PREFIX + ("rle_lengths" if old else "bit_lengths")]
    if len(lengths):
        masks.data = {name: torch.from_numpy(data[PREFIX + name]) for name in TENSORS}
        if old:
            masks.data["bits"] = _from_rles(data, shape, data[PREFIX + "boxes"])
        else:
            masks.data["bits"] = np.split(data[PREFIX + "bits"], np.cumsum(lengths)[:-1])
    return masks, valid
