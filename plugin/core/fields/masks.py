"""Field masks of one tile, on its cached embedding: decoder passes only.

A grid of single positive points over the tile's cropland (anchored on the image grid, so the same
points wherever a tile starts); each point decoded with SAM's multimask output, many points per
decoder call; the best of its three masks by predicted IoU kept. Masks are filtered as SAM's
automatic mask generator does (``pred_iou_thresh``: predicted IoU; ``stability_score_thresh``: the
IoU of the mask thresholded at +1 and -1 logits), near-duplicates removed by box NMS (torchvision,
0.7 as the generator), and painted on the tile higher score first, each cropland pixel going to one
field. The generator's own utilities do the work (``calculate_stability_score``,
``batched_mask_to_box``, torchvision's ``batched_nms``); each mask that passes is kept compactly, as
its box and its crop to the box bit-packed, in plain tensors and lists joined once (no RLEs, no
``MaskData.cat`` copies), and painted within its box.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import torch

from ..errors import AptInputError
from ..i18n import tr

POINTS_PER_CALL = 64  # single-point prompts per decoder call
UPSCALED_AT_ONCE = 16  # masks brought to tile size at a time (16 x 4 MB on a 1024 tile)
NMS_IOU = 0.7  # the automatic mask generator's box_nms_thresh
DEFAULT_SPACING_PX = 32  # the generator's 32 x 32 points on a 1024 tile
MAX_PROMPTS = 1_000_000


@dataclass(frozen=True)
class FieldParams:
    """What fields are asked for: point spacing (metres; None: 32 pixels), the filters, the minimum area."""

    spacing_m: float | None = None
    min_score: float = 0.8
    min_stability: float = 0.9
    min_area_m2: float = 2000.0

    @classmethod
    def of(cls, config) -> FieldParams:
        """The fields options of a run's :class:`~..config.Config`."""
        return cls(config.field_spacing_m, config.field_min_score, config.field_min_stability,
                   config.min_field_area_m2)

    def validate(self) -> None:
        if self.spacing_m is not None and self.spacing_m <= 0:
            raise AptInputError(tr("The field point spacing must be a positive number of metres."))
        for name, value in (("FIELD_MIN_SCORE", self.min_score), ("FIELD_MIN_STABILITY", self.min_stability)):
            if not 0 <= value <= 1:
                raise AptInputError(tr("{name} must be between 0 and 1; got {value}.").format(name=name, value=value))
        if self.min_area_m2 < 0:
            raise AptInputError(tr("The minimum field area cannot be negative."))


def spacing_px(params: FieldParams, pixel_m: float) -> float:
    """The point spacing in image pixels (refused under one pixel)."""
    if params.spacing_m is None:
        return float(DEFAULT_SPACING_PX)
    spacing = params.spacing_m / pixel_m
    if spacing < 1:
        raise AptInputError(tr("A field point spacing of {spacing} m is under one pixel ({pixel:.2f} m): choose at "
                               "least the pixel size.").format(spacing=params.spacing_m, pixel=pixel_m))
    return spacing


def check_prompt_count(pixels: int, spacing: float, spacing_m: float) -> int:
    """The most prompts the spacing could give over ``pixels`` image pixels; refused above a million."""
    count = int(math.ceil(pixels / (spacing * spacing)))
    if count > MAX_PROMPTS:
        raise AptInputError(tr("A field point spacing of {spacing:.1f} m would give up to {count:,} point prompts over "
                               "this image (at most {most:,}): choose a larger spacing.").format(
            spacing=spacing_m, count=count, most=MAX_PROMPTS))
    return count


def tile_points(window, cropland: np.ndarray, spacing: float) -> np.ndarray:
    """Grid points (continuous tile pixels) on the tile's cropland: the image-wide grid at ``spacing``
    pixels, offset by half a spacing as the generator's ``build_point_grid``."""
    c0, r0 = int(window.col_off), int(window.row_off)
    h, w = cropland.shape

    def along(start: int, length: int) -> np.ndarray:
        first = math.ceil((start - spacing / 2) / spacing)
        values = (np.arange(first, first + int(length / spacing) + 2) + 0.5) * spacing - start
        return values[(values >= 0) & (values < length)]

    xs, ys = np.meshgrid(along(c0, w), along(r0, h))
    xy = np.stack([xs.ravel(), ys.ravel()], axis=1)
    if not len(xy):
        return xy.reshape(0, 2)
    on = cropland[xy[:, 1].astype(int), xy[:, 0].astype(int)]
    return xy[on]


@dataclass
class TileFields:
    """A tile's fields: ``labels`` (0 none, k field k-1 of the lists), their scores, stabilities and
    the mean probability of their masks over their pixels."""

    labels: np.ndarray
    scores: list[float] = field(default_factory=list)
    stabilities: list[float] = field(default_factory=list)
    mean_probs: list[float] = field(default_factory=list)
    prompts: int = 0
    decoder_calls: int = 0


@dataclass
class TileMasks:
    """A tile's candidate field masks, those that passed the filters: each mask's prompt point
    ``points``, ``iou_preds``, ``stability``, ``prob_sums`` and ``boxes`` (tensors, one row a mask; a
    box as SAM's ``batched_mask_to_box``: XYXY, inclusive) and ``bits``: the mask cropped to its box,
    bit-packed (``np.packbits``), a list; before they are chosen by the cropland and painted
    (:func:`paint_fields`)."""

    shape: tuple[int, int]
    data: dict = field(default_factory=dict)
    decoder_calls: int = 0

    def __len__(self) -> int:
        return len(self.data.get("bits", ()))


TENSORS = ("points", "iou_preds", "stability", "prob_sums", "boxes")


def box_size(box) -> tuple[int, int]:
    """Rows and columns of an inclusive XYXY box."""
    x0, y0, x1, y1 = (int(v) for v in box)
    return y1 - y0 + 1, x1 - x0 + 1


def packed(masks: torch.Tensor, boxes: torch.Tensor) -> list[np.ndarray]:
    """Each of ``masks`` (N, H, W; bool) cropped to its box and bit-packed."""
    out = []
    for mask, box in zip(masks, boxes.tolist()):
        x0, y0, x1, y1 = box
        out.append(np.packbits(mask[y0:y1 + 1, x0:x1 + 1].numpy(), axis=None))
    return out


def unpacked(bits: np.ndarray, box) -> np.ndarray:
    """A mask's crop to its box (bool) from its packed bits."""
    h, w = box_size(box)
    return np.unpackbits(bits, count=h * w).reshape(h, w).view(bool)


def joined(parts: list[dict]) -> dict:
    """Filtered batches as one: tensors concatenated, ``bits`` lists joined (no copies of the masks)."""
    parts = [p for p in parts if len(p["bits"])]
    if not parts:
        return {}
    data = {name: torch.cat([p[name] for p in parts]) for name in TENSORS}
    data["bits"] = [b for p in parts for b in p["bits"]]
    return data


def chosen(data: dict, keep) -> dict:
    """The masks of ``data`` at ``keep`` (bool mask or indices), in that order."""
    keep = torch.as_tensor(keep)
    index = torch.nonzero(keep).flatten() if keep.dtype == torch.bool else keep
    out = {name: data[name][index] for name in TENSORS}
    out["bits"] = [data["bits"][i] for i in index.tolist()]
    return out


def _filtered(logits: torch.Tensor, scores: torch.Tensor, points: torch.Tensor, params: FieldParams) -> dict:
    """The masks of ``logits`` (N, H, W: tile-sized) that pass the generator's filters (predicted IoU,
    stability score on the tile-sized logits), with their boxes and packed crops."""
    from segment_anything.utils.amg import batched_mask_to_box, calculate_stability_score

    stability = calculate_stability_score(logits, 0.0, 1.0)
    keep = (scores >= params.min_score) & (stability >= params.min_stability)
    logits = logits[keep]
    masks = logits > 0
    boxes = batched_mask_to_box(masks)
    prob_sums = torch.sigmoid(logits).mul(masks).flatten(1).sum(1).double()
    return {"points": points[keep], "iou_preds": scores[keep], "stability": stability[keep],
            "prob_sums": prob_sums, "boxes": boxes, "bits": packed(masks, boxes)}


@torch.inference_mode()
def decode_masks(backend, embedding, shape: tuple[int, int], xy: np.ndarray, params: FieldParams) -> TileMasks:
    """The filtered masks of a tile's points ``xy`` (tile pixels) on its embedding; each point is
    decoded on its own (many per decoder call), so a point's mask does not depend on the others."""
    result = TileMasks(tuple(shape))
    if not len(xy):
        return result
    state = backend.start(embedding)
    parts = []
    for start in range(0, len(xy), POINTS_PER_CALL):
        chunk = xy[start:start + POINTS_PER_CALL]
        low_res, ious = backend.decode_points(state, chunk)
        result.decoder_calls += 1
        best = ious.argmax(dim=1)
        rows = torch.arange(len(best), device=best.device)
        best_logits, scores = low_res[rows, best][:, None], ious[rows, best].float()
        passed = scores >= params.min_score  # the cheap filter first: only these are brought to tile size
        best_logits, scores = best_logits[passed], scores[passed].cpu()
        points = torch.as_tensor(chunk, dtype=torch.float64)[passed.cpu()]
        for part in range(0, len(scores), UPSCALED_AT_ONCE):  # tile-sized logits: a few at a time
            parts.append(_filtered(backend.upscale(best_logits[part:part + UPSCALED_AT_ONCE], embedding).cpu(),
                                   scores[part:part + UPSCALED_AT_ONCE], points[part:part + UPSCALED_AT_ONCE],
                                   params))
    result.data = joined(parts)
    return result


def paint_fields(masks: TileMasks, cropland: np.ndarray, prompts: int) -> TileFields:
    """The tile's fields from its masks whose prompt point lies on ``cropland``: near-duplicates
    removed (box NMS), painted higher score first, each cropland pixel to one field (each mask painted
    within its box)."""
    from torchvision.ops.boxes import batched_nms

    result = TileFields(np.zeros(cropland.shape, np.int32), prompts=prompts, decoder_calls=masks.decoder_calls)
    if not len(masks):
        return result
    points = masks.data["points"].numpy()
    data = chosen(masks.data, torch.as_tensor(cropland[points[:, 1].astype(int), points[:, 0].astype(int)]))
    if not data["bits"]:
        return result
    keep = batched_nms(data["boxes"].float(), data["iou_preds"], torch.zeros(len(data["boxes"])), NMS_IOU)
    data = chosen(data, keep)
    scores, stabilities = data["iou_preds"].tolist(), data["stability"].tolist()
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], -stabilities[i], i))
    labels, boxes, prob_sums = result.labels, data["boxes"].tolist(), data["prob_sums"].tolist()
    for i in order:
        x0, y0, x1, y1 = boxes[i]
        crop = unpacked(data["bits"][i], boxes[i])
        window = labels[y0:y1 + 1, x0:x1 + 1]
        mask = crop & cropland[y0:y1 + 1, x0:x1 + 1] & (window == 0)
        if not mask.any():
            continue
        window[mask] = len(result.scores) + 1
        result.scores.append(scores[i])
        result.stabilities.append(stabilities[i])
        result.mean_probs.append(prob_sums[i] / max(1, int(crop.sum())))
    return result


def tile_fields(backend, embedding, cropland: np.ndarray, xy: np.ndarray, params: FieldParams) -> TileFields:
    """The fields of one tile from its embedding, its cropland mask and its grid points."""
    return paint_fields(decode_masks(backend, embedding, cropland.shape, xy, params), cropland, len(xy))
