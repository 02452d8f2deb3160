"""Field masks of one tile, on its cached embedding: decoder passes only.

A grid of single positive points over the tile's cropland (anchored on the image grid, so the same
points wherever a tile starts); each point decoded with SAM's multimask output, many points per
decoder call; the best of its three masks by predicted IoU kept. Masks are filtered as SAM's
automatic mask generator does (``pred_iou_thresh``: predicted IoU; ``stability_score_thresh``: the
IoU of the mask thresholded at +1 and -1 logits), near-duplicates removed by box NMS (torchvision,
0.7 as the generator), and painted on the tile higher score first, each cropland pixel going to one
field. The generator's own utilities do the work: ``MaskData``, ``calculate_stability_score``,
``batched_mask_to_box``, ``mask_to_rle_pytorch`` / ``rle_to_mask``.
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
    """A tile's candidate field masks, those that passed the filters (as SAM's ``MaskData``: each
    mask's prompt point ``points``, ``iou_preds``, ``stability``, ``prob_sums``, ``boxes`` and
    ``rles``), before they are chosen by the cropland and painted (:func:`paint_fields`)."""

    shape: tuple[int, int]
    data: dict = field(default_factory=dict)
    decoder_calls: int = 0

    def __len__(self) -> int:
        return len(self.data.get("rles", ()))


def _filtered(logits: torch.Tensor, scores: torch.Tensor, points: torch.Tensor, params: FieldParams):
    """The masks of ``logits`` that pass the filters, as the generator keeps them (RLEs, boxes)."""
    from segment_anything.utils.amg import MaskData, batched_mask_to_box, calculate_stability_score, mask_to_rle_pytorch

    batch = MaskData(iou_preds=scores, logits=logits, points=points)
    batch["stability"] = calculate_stability_score(logits, 0.0, 1.0)
    batch.filter((batch["iou_preds"] >= params.min_score) & (batch["stability"] >= params.min_stability))
    masks = batch["logits"] > 0
    batch["boxes"] = batched_mask_to_box(masks)
    batch["rles"] = mask_to_rle_pytorch(masks)
    batch["prob_sums"] = torch.sigmoid(batch["logits"]).mul(masks).flatten(1).sum(1).double()
    del batch["logits"]
    return batch


@torch.inference_mode()
def decode_masks(backend, embedding, shape: tuple[int, int], xy: np.ndarray, params: FieldParams) -> TileMasks:
    """The filtered masks of a tile's points ``xy`` (tile pixels) on its embedding; each point is
    decoded on its own (many per decoder call), so a point's mask does not depend on the others."""
    from segment_anything.utils.amg import MaskData

    result = TileMasks(tuple(shape))
    if not len(xy):
        return result
    state = backend.start(embedding)
    data = MaskData()
    for start in range(0, len(xy), POINTS_PER_CALL):
        chunk = xy[start:start + POINTS_PER_CALL]
        low_res, ious = backend.decode_points(state, chunk)
        result.decoder_calls += 1
        best = ious.argmax(dim=1)
        rows = torch.arange(len(best), device=best.device)
        chosen, scores = low_res[rows, best][:, None], ious[rows, best].float()
        passed = scores >= params.min_score  # the cheap filter first: only these are brought to tile size
        chosen, scores = chosen[passed], scores[passed].cpu()
        points = torch.as_tensor(chunk, dtype=torch.float64)[passed.cpu()]
        for part in range(0, len(scores), UPSCALED_AT_ONCE):  # tile-sized logits: a few at a time
            data.cat(_filtered(backend.upscale(chosen[part:part + UPSCALED_AT_ONCE], embedding).cpu(),
                               scores[part:part + UPSCALED_AT_ONCE], points[part:part + UPSCALED_AT_ONCE], params))
    if "rles" in dict(data.items()) and data["rles"]:
        result.data = dict(data.items())
    return result


def paint_fields(masks: TileMasks, cropland: np.ndarray, prompts: int) -> TileFields:
    """The tile's fields from its masks whose prompt point lies on ``cropland``: near-duplicates
    removed (box NMS), painted higher score first, each cropland pixel to one field."""
    from segment_anything.utils.amg import MaskData, rle_to_mask
    from torchvision.ops.boxes import batched_nms

    result = TileFields(np.zeros(cropland.shape, np.int32), prompts=prompts, decoder_calls=masks.decoder_calls)
    if not len(masks):
        return result
    data = MaskData(**masks.data)
    points = data["points"].numpy()
    data.filter(torch.as_tensor(cropland[points[:, 1].astype(int), points[:, 0].astype(int)]))
    if not data["rles"]:
        return result
    keep = batched_nms(data["boxes"].float(), data["iou_preds"], torch.zeros(len(data["boxes"])), NMS_IOU)
    data.filter(keep)
    order = sorted(range(len(data["rles"])), key=lambda i: (-float(data["iou_preds"][i]),
                                                           -float(data["stability"][i]), i))
    labels = result.labels
    for i in order:
        whole = rle_to_mask(data["rles"][i])
        mask = whole & cropland & (labels == 0)
        if not mask.any():
            continue
        labels[mask] = len(result.scores) + 1
        result.scores.append(float(data["iou_preds"][i]))
        result.stabilities.append(float(data["stability"][i]))
        result.mean_probs.append(float(data["prob_sums"][i]) / max(1, int(whole.sum())))
    return result


def tile_fields(backend, embedding, cropland: np.ndarray, xy: np.ndarray, params: FieldParams) -> TileFields:
    """The fields of one tile from its embedding, its cropland mask and its grid points."""
    return paint_fields(decode_masks(backend, embedding, cropland.shape, xy, params), cropland, len(xy))
