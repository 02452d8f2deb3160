"""The fields' compact masks (box + bit-packed crop, painted within the box) give exactly what a
straightforward reference gives with whole tile-sized masks: SAM's filters on the tile-sized logits,
torchvision's box NMS, painting by score over the whole tile. Ragged random masks (many, overlapping,
some empty) and a real tiny SAM's decoder; and the tile file, in its format and the older RLE one."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from torch.nn.functional import interpolate

from apt_cropland.plugin.core.fields.masks import (
    POINTS_PER_CALL,
    FieldParams,
    TileMasks,
    _filtered,
    decode_masks,
    joined,
    paint_fields,
    tile_points,
)
from apt_cropland.plugin.core.fields.stored import PREFIX, masks_arrays, stored_masks
from apt_cropland.plugin.core.models.sam_engine import SamEngine

SHAPE = (160, 200)


def reference(logits: torch.Tensor, scores: torch.Tensor, xy: np.ndarray, cropland: np.ndarray, params: FieldParams):
    """Labels and (score, stability, mean probability) of each field, with whole tile-sized masks."""
    from segment_anything.utils.amg import batched_mask_to_box, calculate_stability_score
    from torchvision.ops.boxes import batched_nms

    stability = calculate_stability_score(logits, 0.0, 1.0)
    on = torch.as_tensor(cropland[xy[:, 1].astype(int), xy[:, 0].astype(int)])
    keep = torch.nonzero((scores >= params.min_score) & (stability >= params.min_stability) & on).flatten()
    masks = logits[keep] > 0
    probs = torch.sigmoid(logits[keep])
    if not len(keep):
        return np.zeros(cropland.shape, np.int32), []
    kept = batched_nms(batched_mask_to_box(masks).float(), scores[keep], torch.zeros(len(keep)), 0.7).tolist()
    order = sorted(kept, key=lambda i: (-float(scores[keep[i]]), -float(stability[keep[i]]), kept.index(i)))
    labels, fields = np.zeros(cropland.shape, np.int32), []
    for i in order:
        whole = masks[i].numpy()
        mask = whole & cropland & (labels == 0)
        if mask.any():
            labels[mask] = len(fields) + 1
            prob_sum = float(probs[i].mul(masks[i]).sum().double())
            fields.append((float(scores[keep[i]]), float(stability[keep[i]]), prob_sum / max(1, int(whole.sum()))))
    return labels, fields


def painted(found) -> tuple[np.ndarray, list]:
    return found.labels, list(zip(found.scores, found.stabilities, found.mean_probs))


def assert_same(found, expected) -> None:
    labels, fields = painted(found)
    np.testing.assert_array_equal(labels, expected[0])
    assert len(fields) == len(expected[1]) >= 1
    for got, want in zip(fields, expected[1]):
        assert got[:2] == want[:2]
        assert got[2] == pytest.approx(want[2], rel=1e-6)  # float32 sums over other batches


@pytest.fixture(scope="module")
def ragged():
    """60 ragged random masks (low-resolution noise brought to the tile), some empty, with points and
    scores; a blobby cropland."""
    rng = torch.Generator().manual_seed(3)
    gen = np.random.default_rng(4)
    xy = np.stack([gen.integers(0, SHAPE[1], 60), gen.integers(0, SHAPE[0], 60)], axis=1) + 0.5
    rows, cols = torch.meshgrid(torch.arange(SHAPE[0]), torch.arange(SHAPE[1]), indexing="ij")
    radius = torch.from_numpy(gen.uniform(8, 60, 60))[:, None, None]
    x, y = torch.from_numpy(xy[:, 0])[:, None, None], torch.from_numpy(xy[:, 1])[:, None, None]
    blobs = 6 * (1 - ((cols - x) ** 2 + (rows - y) ** 2) / radius ** 2)
    noise = interpolate(torch.randn(60, 1, 40, 50, generator=rng), SHAPE, mode="bilinear", align_corners=False)[:, 0]
    logits = (blobs + 3 * noise).float()
    logits[:3] = -5.0  # empty masks
    scores = torch.rand(60, generator=rng) * 0.5 + 0.5
    cropland = interpolate(torch.randn(1, 1, 8, 10, generator=rng), SHAPE, mode="bilinear")[0, 0].numpy() > -0.5
    return logits, scores, xy, cropland


@pytest.mark.parametrize("params", [FieldParams(min_score=0.6, min_stability=0.0),
                                    FieldParams(min_score=0.5, min_stability=0.5)])
def test_compact_masks_paint_the_reference_fields(ragged, params):
    logits, scores, xy, cropland = ragged
    parts = [_filtered(logits[k:k + 16], scores[k:k + 16], torch.as_tensor(xy[k:k + 16]), params)
             for k in range(0, 60, 16)]
    found = paint_fields(TileMasks(SHAPE, joined(parts)), cropland, len(xy))
    assert_same(found, reference(logits, scores, xy, cropland, params))
    assert len(found.scores) >= 5  # many fields, painted over one another


def save(path, arrays: dict) -> str:
    np.savez(path, probability=np.zeros((2, 2), np.float32), valid=np.ones((2, 2), bool), scale=np.float64(1),
             **arrays)
    return str(path)


def test_the_tile_file_keeps_the_masks_and_an_older_rle_file_gives_the_same(ragged, tmp_path):
    from segment_anything.utils.amg import batched_mask_to_box, calculate_stability_score, mask_to_rle_pytorch

    logits, scores, xy, cropland = ragged
    params = FieldParams(min_score=0.6, min_stability=0.0)
    masks = TileMasks(SHAPE, joined([_filtered(logits, scores, torch.as_tensor(xy), params)]), decoder_calls=2)
    expected = painted(paint_fields(masks, cropland, len(xy)))
    arrays = masks_arrays(masks, cropland)
    again, valid = stored_masks(save(tmp_path / "new.npz", arrays))
    np.testing.assert_array_equal(valid, cropland)
    assert again.decoder_calls == 2 and len(again) == len(masks)
    assert painted(paint_fields(again, cropland, len(xy)))[1] == expected[1]

    # a tile file of an older run folder: its masks as SAM's RLEs (whole-tile), converted exactly
    keep = (scores >= params.min_score) & (calculate_stability_score(logits, 0.0, 1.0) >= params.min_stability)
    rles = mask_to_rle_pytorch(logits[keep] > 0)
    assert torch.equal(batched_mask_to_box(logits[keep] > 0), masks.data["boxes"])
    old = {k: v for k, v in arrays.items() if k not in (PREFIX + "bits", PREFIX + "bit_lengths")}
    old[PREFIX + "rle_lengths"] = np.array([len(r["counts"]) for r in rles], np.int64)
    old[PREFIX + "rle_counts"] = np.array([c for r in rles for c in r["counts"]], np.int64)
    converted, _ = stored_masks(save(tmp_path / "old.npz", old))
    assert all(np.array_equal(a, b) for a, b in zip(converted.data["bits"], masks.data["bits"]))
    labels, fields = painted(paint_fields(converted, cropland, len(xy)))
    np.testing.assert_array_equal(labels, expected[0])
    assert fields == expected[1]


def test_decoded_masks_paint_the_reference_fields_with_a_real_tiny_sam(tiny_checkpoint):
    engine = SamEngine(tiny_checkpoint, "cpu", precision="fp32")
    rgb = np.random.default_rng(5).integers(0, 255, (*SHAPE, 3), dtype=np.uint8)
    embedding = engine.embed(rgb)
    cropland = np.zeros(SHAPE, bool)
    cropland[:, 40:170] = True
    params = FieldParams(min_score=0.0, min_stability=0.0)
    xy = tile_points(type("W", (), {"col_off": 0, "row_off": 0})(), np.ones(SHAPE, bool), 12.0)
    assert len(xy) > POINTS_PER_CALL  # more than one decoder call
    found = paint_fields(decode_masks(engine.backend, embedding, SHAPE, xy, params), cropland, len(xy))
    with torch.inference_mode():  # the reference: every point's best mask brought to the tile whole
        state = engine.backend.start(embedding)
        logits, scores = [], []
        for start in range(0, len(xy), POINTS_PER_CALL):
            low, ious = engine.backend.decode_points(state, xy[start:start + POINTS_PER_CALL])
            best = ious.argmax(dim=1)
            rows = torch.arange(len(best))
            logits += [engine.backend.upscale(low[rows, best][k:k + 1, None], embedding) for k in range(len(best))]
            scores.append(ious[rows, best].float())
        expected = reference(torch.cat(logits), torch.cat(scores), xy, cropland, params)
    assert_same(found, expected)
