"""Tiny random models whose probabilities spread across 0.5 (so that a check of two paths' masks
can fail), and the check itself: the fast paths are compared with float32 on them."""

from __future__ import annotations

import numpy as np
import torch
from support import build_tiny_sam, build_tiny_sam2, save_plain_state


def _spread_decoder(decoder, predict, target_std: float) -> None:
    """Rescale ``decoder``'s mask hypernetworks so that the logits that ``predict()`` returns are centred on 0
    with a standard deviation of ``target_std`` (the mean of the upscaled embedding projected out)."""
    finals = [mlp.layers[-1] for mlp in decoder.output_hypernetworks_mlps]
    captured = []
    hook = decoder.output_upscaling[-1].register_forward_hook(lambda m, i, out: captured.append(out.detach()))
    try:
        predict()
    finally:
        hook.remove()
    mean = torch.stack([c.mean(dim=(0, 2, 3)) for c in captured]).mean(0)
    project = torch.eye(len(mean)) - torch.outer(mean, mean) / mean.dot(mean)
    with torch.no_grad():
        for layer in finals:
            layer.weight.copy_(project @ layer.weight)
            layer.bias.copy_(project @ layer.bias)
        gain = target_std / float(np.std(predict()))
        for layer in finals:
            layer.weight.mul_(gain)
            layer.bias.mul_(gain)


def _calibration_scene(seed: int = 11) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    img = rng.integers(0, 80, (256, 256, 3), dtype=np.uint8)
    img[40:180, 60:200] = (90, 180, 60)
    xy = rng.uniform(10, 246, (8, 2))
    return img, xy, np.array([1, 0] * 4)


def build_spread_sam(seed: int = 0, target_std: float = 2.0):
    """A tiny SAM like :func:`build_tiny_sam` whose probabilities spread across 0.5 (a random decoder's
    lie within 0.02 of it): for tests that compare masks, where a 0.5 threshold must fall inside the map."""
    from segment_anything import SamPredictor

    model = build_tiny_sam(seed).eval()
    img, xy, labels = _calibration_scene()
    predictor = SamPredictor(model)
    predictor.set_image(img)

    def predict() -> np.ndarray:
        masks, _, _ = predictor.predict(point_coords=xy, point_labels=labels, multimask_output=False,
                                        return_logits=True)
        return masks

    _spread_decoder(model.mask_decoder, predict, target_std)
    return model


def build_spread_sam2(seed: int = 0, target_std: float = 2.0):
    """A tiny SAM 2.1 like :func:`build_tiny_sam2` whose probabilities spread across 0.5 (see
    :func:`build_spread_sam`)."""
    from sam2.sam2_image_predictor import SAM2ImagePredictor

    model = build_tiny_sam2(seed)
    img, xy, labels = _calibration_scene()
    predictor = SAM2ImagePredictor(model)
    predictor.set_image(img)

    def predict() -> np.ndarray:
        masks, _, _ = predictor.predict(point_coords=xy, point_labels=labels, multimask_output=False,
                                        return_logits=True)
        return masks

    _spread_decoder(model.sam_mask_decoder, predict, target_std)
    return model


def save_spread_sam(path, seed: int = 0) -> str:
    """:func:`build_spread_sam` saved as the official SAM files are (a plain state dict)."""
    return save_plain_state(build_spread_sam(seed).state_dict(), path)


def save_spread_sam2(path, seed: int = 0) -> str:
    """:func:`build_spread_sam2` saved as the official SAM 2 files are (``{"model": state_dict}``)."""
    torch.save({"model": build_spread_sam2(seed).state_dict()}, str(path))
    return str(path)


def assert_maps_agree(reference: np.ndarray, other: np.ndarray, tolerance: float = 0.003,
                      min_iou: float = 0.99) -> None:
    """Two probability maps of the same tile agree: their mean absolute difference is below ``tolerance``
    and their masks at 0.5 overlap with an IoU of at least ``min_iou``. Meaningful only where 0.5 lies
    inside the map (at least 10 % of the reference on each side) and the tolerance below its spread:
    both are asserted first."""
    above = float((reference >= 0.5).mean())
    assert 0.1 <= above <= 0.9, f"{above:.1%} of the reference is at or above 0.5: masks would compare nothing"
    assert tolerance < float(reference.std()), "the tolerance exceeds the map's own spread"
    difference = float(np.abs(reference - other).mean())
    a, b = reference >= 0.5, other >= 0.5
    iou = float((a & b).sum() / max(1, (a | b).sum()))
    assert difference < tolerance and iou >= min_iou, f"mean |difference| {difference:.4f}, mask IoU {iou:.4f}"


def save_spread_sam3(folder, seed: int = 0, target_std: float = 2.0) -> str:
    """A tiny SAM 3 folder like :func:`sam3_support.save_tiny_sam3` whose tracker's probabilities spread
    across 0.5 (see :func:`build_spread_sam`): the rescaled hypernetworks written back into
    ``model.safetensors`` under the official names."""
    from safetensors.torch import load_file, save_file
    from sam3_support import save_tiny_sam3
    from transformers import Sam3TrackerModel, Sam3TrackerProcessor

    folder = save_tiny_sam3(folder, seed=seed)
    model = Sam3TrackerModel.from_pretrained(folder).eval()
    processor = Sam3TrackerProcessor.from_pretrained(folder)
    img, xy, labels = _calibration_scene()
    inputs = processor(images=img, input_points=[[xy.tolist()]], input_labels=[[labels.tolist()]], return_tensors="pt")
    decoder = model.mask_decoder
    finals = [mlp.proj_out for mlp in decoder.output_hypernetworks_mlps]
    width = decoder.hidden_size // 8
    captured = []

    def keep(module, args, out):
        if out.shape[1] == width:  # the upscaled embedding (the first GELU call is the half-way one)
            captured.append(out.detach())

    def predict() -> np.ndarray:
        with torch.no_grad():
            out = model(pixel_values=inputs["pixel_values"], input_points=inputs["input_points"],
                        input_labels=inputs["input_labels"], multimask_output=False)
        return out.pred_masks.numpy()

    hook = decoder.activation.register_forward_hook(keep)
    try:
        predict()
    finally:
        hook.remove()
    mean = torch.stack([c.mean(dim=(0, 2, 3)) for c in captured]).mean(0)
    project = torch.eye(len(mean)) - torch.outer(mean, mean) / mean.dot(mean)
    with torch.no_grad():
        for layer in finals:
            layer.weight.copy_(project @ layer.weight)
            layer.bias.copy_(project @ layer.bias)
        gain = target_std / float(np.std(predict()))
        for layer in finals:
            layer.weight.mul_(gain)
            layer.bias.mul_(gain)
    path = f"{folder}/model.safetensors"
    state = load_file(path)
    for i, layer in enumerate(finals):
        prefix = f"tracker_model.mask_decoder.output_hypernetworks_mlps.{i}.proj_out."
        state[prefix + "weight"], state[prefix + "bias"] = layer.weight.detach().clone(), layer.bias.detach().clone()
    save_file(state, path, metadata={"format": "pt"})
    return folder
