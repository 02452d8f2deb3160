"""The models side by side: ``encoder_s.<id>``, ``mask_iou_fast_vs_fp32.<id>``, ``km2_per_hour_0.5m.<id>``,
``peak_mem_mb.<id>`` and ``encoder_batch2_over_single.<id>`` for vit_b (its fast path) and SAM 2.1
hiera t / s / b+, all measured in this run; ``encoder_s.sam3`` for SAM 3's tracker (Sam3TrackerModel from
``transformers``' default config, which is facebook/sam3's, saved as the official folder is: a
``sam3_video`` config.json and model.safetensors under Meta's tensor names).

Full-size models with random weights (time does not depend on weight values), saved as the official
files are and loaded through the plugin's own code; the real NAIP sample (mirrored into a raster of
3 x 3 full 1024 tiles for the throughput, over the pixels processed) with a SYNTHETIC land cover.
``auto`` precision: bfloat16 where the CPU has it natively, float32 elsewhere (then the fast path
*is* the float32 path, and its IoU against itself is 1 by construction: said in ``mask_iou_note``).
``encoder_batch2_over_single``: two tiles a pass over one, per tile, both warmed up, best of three.
Peak memory: a fresh process that loads the model and encodes and decodes one tile. Run: ``make bench``;
``--quick``: the same code with tiny models of both families (vit_b, sam2.1_hiera_t) and small sizes
(figures meaningless; SAM 3: the tiny model of tests/sam3_support.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

import benchlib
import torch
from benchlib import is_quick, say

from apt_cropland.plugin.core.config import Config
from apt_cropland.plugin.core.models.sam_engine import SamEngine
from apt_cropland.plugin.core.pipeline import plan_prompts, run

MODELS = ("vit_b", "sam2.1_hiera_t", "sam2.1_hiera_s", "sam2.1_hiera_b_plus")
QUICK_MODELS = ("vit_b", "sam2.1_hiera_t")  # one of each family: the tiny stand-ins of t, s and b+ are the same


@dataclass(frozen=True)
class Sizes:
    """What the full run and the quick run differ in (besides the models)."""

    tile: int = 1024
    overlap: int = 128
    per_side: int = 3  # the throughput's raster: per_side x per_side full tiles
    repeat: int = 3  # encoder timings (best taken)


FULL = Sizes()
QUICK = Sizes(tile=512, overlap=64, per_side=2, repeat=1)


def first_tile(image: str, glc: str, sizes: Sizes):
    """The image's first tile (RGB) and its prompts."""
    from apt_cropland.plugin.core.imagery.reader import ImageReader

    plan = plan_prompts(Config(image=image, glc=glc, tile_size=sizes.tile, overlap=sizes.overlap))
    tile = plan.tiles[0]
    with ImageReader(image) as reader:
        rgb, _ = reader.read(tile.window)
    return rgb, plan.points.for_tile(plan.grid, tile, plan.layout)


@torch.inference_mode()
def batch2_over_single(engine: SamEngine, rgb, repeat: int = 3) -> float:
    """Encoder time per tile with two tiles a pass over one a pass (why the CPU's automatic batch is
    one): both warmed up, then best of ``repeat`` each, alternated so that drift hits both alike."""
    engine.backend.encode([rgb, rgb])
    engine.backend.encode([rgb])
    two = one = float("inf")
    for _ in range(repeat):
        two = min(two, engine.backend.encode([rgb, rgb])[1])
        one = min(one, engine.backend.encode([rgb])[1])
    return two / 2 / one


def iou(a, b) -> float:
    return float((a & b).sum() / max(1, (a | b).sum()))


def peak_memory_mb(checkpoint: str, image: str, glc: str, sizes: Sizes) -> float:
    from memory_run import parse_peak

    done = subprocess.run([sys.executable, __file__, "--peak", checkpoint, image, glc, str(sizes.tile),
                           str(sizes.overlap)], capture_output=True, text=True, check=True)
    return parse_peak(done.stdout) / 1024


def one_tile_peak(checkpoint: str, image: str, glc: str, tile: int, overlap: int) -> None:
    """(In a fresh process) load, encode and decode one tile; print the peak RSS in KiB."""
    from memory_run import peak_rss_kib

    engine = SamEngine(checkpoint, "auto", keep=False)
    rgb, prompts = first_tile(image, glc, Sizes(tile=tile, overlap=overlap))
    engine.segment(engine.embed(rgb), prompts)
    print(f"peak_rss_kib: {peak_rss_kib()}", flush=True)


def model_figures(model_id: str, folder: str, image: str, glc: str, sizes: Sizes, quick: bool) -> None:
    checkpoint = benchlib.random_checkpoint(model_id, folder, quick)
    engine = SamEngine(checkpoint, "auto", keep=False)
    if quick:  # a tiny stand-in of the model's family
        assert engine.architecture.family == ("sam" if model_id == "vit_b" else "sam2"), engine.architecture
    else:
        assert engine.architecture.variant == model_id, engine.architecture.variant
    rgb, prompts = first_tile(image, glc, sizes)
    say(f"encoder_s.{model_id}", benchlib.encoder_seconds(engine, rgb, sizes.repeat))
    say(f"encoder_path.{model_id}", f"{engine.device.type} {engine.fast_path}")
    say(f"encoder_batch2_over_single.{model_id}", batch2_over_single(engine, rgb, sizes.repeat))
    fast = engine.segment(engine.embed(rgb), prompts) >= 0.5
    exact_engine = engine
    if not engine.fast_path.startswith("fp32"):
        exact_engine = SamEngine(checkpoint, "cpu", precision="fp32", keep=False)
    else:
        say(f"mask_iou_note.{model_id}", "this CPU runs the float32 path: fast and fp32 are the same path")
    exact = exact_engine.segment(exact_engine.embed(rgb), prompts) >= 0.5
    say(f"mask_iou_fast_vs_fp32.{model_id}", iou(fast, exact))
    del exact_engine
    start = time.perf_counter()
    result = run(Config(image=image, glc=glc, tile_size=sizes.tile, overlap=sizes.overlap,
                        output=os.path.join(folder, f"{model_id}.gpkg")), engine=engine)
    seconds = time.perf_counter() - start
    say(f"km2_per_hour_0.5m.{model_id}", benchlib.processed_pixels(result) * 0.25 / 1e6 / seconds * 3600)
    del engine
    say(f"peak_mem_mb.{model_id}", peak_memory_mb(checkpoint, image, glc, sizes))
    os.remove(checkpoint)


def random_sam3_folder(folder: str, quick: bool = False) -> str:
    """A full-size random SAM 3 tracker saved as the official folder is (tiny when ``quick``)."""
    path = os.path.join(folder, "sam3_tiny" if quick else "sam3_random")
    if quick:
        from sam3_support import save_tiny_sam3

        return save_tiny_sam3(path, tokenizer=False)
    from safetensors.torch import save_file
    from transformers import Sam3TrackerConfig, Sam3TrackerModel, Sam3VideoConfig

    torch.manual_seed(0)
    state = Sam3TrackerModel(Sam3TrackerConfig()).state_dict()
    named = {}
    for key, tensor in state.items():  # transformers' "sam3_tracker" renaming, reversed: Meta's names
        if key.startswith("vision_encoder.backbone."):
            key = "detector_model." + key
        elif key.startswith("vision_encoder.neck."):
            key = "tracker_neck." + key[len("vision_encoder.neck."):]
        else:
            key = "tracker_model." + key
        named[key] = tensor.contiguous()
    del state
    os.makedirs(path, exist_ok=True)
    save_file(named, os.path.join(path, "model.safetensors"), metadata={"format": "pt"})
    Sam3VideoConfig().save_pretrained(path)
    return path


def sam3_figures(folder: str, image: str, glc: str, sizes: Sizes, quick: bool) -> None:
    """``encoder_s.sam3``: one tile through SAM 3's ViT and neck (``auto`` precision), loaded by the plugin."""
    checkpoint = random_sam3_folder(folder, quick)
    engine = SamEngine(checkpoint, "auto", keep=False)
    assert engine.architecture.family == "sam3" and (quick or engine.architecture.variant == "sam3")
    rgb, _ = first_tile(image, glc, sizes)
    say("encoder_s.sam3", benchlib.encoder_seconds(engine, rgb, sizes.repeat))
    del engine


def main(quick: bool = False) -> None:
    from sample_glc import make_sample_glc

    sizes = QUICK if quick else FULL
    benchlib.say_machine(quick)
    with tempfile.TemporaryDirectory(prefix="apt_bench_models_") as folder:
        image = benchlib.tiled_naip(folder, sizes.per_side, sizes.tile, sizes.overlap)
        glc = make_sample_glc(image, os.path.join(folder, "glc_SYNTHETIC.tif"))
        for model_id in QUICK_MODELS if quick else MODELS:
            model_figures(model_id, folder, image, glc, sizes, quick)
        sam3_figures(folder, image, glc, sizes, quick)


if __name__ == "__main__":
    if len(sys.argv) == 7 and sys.argv[1] == "--peak":
        one_tile_peak(*sys.argv[2:5], int(sys.argv[5]), int(sys.argv[6]))
    else:
        main(is_quick())
