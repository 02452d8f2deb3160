"""For a machine with a GPU (a few minutes): per model (full-size random weights; time does not
depend on weight values) ``encoder_s.<model>`` (one tile), ``encoder_s_per_tile.<model>.batch_<n>``
(n tiles in one encoder pass, per tile) and ``batch_auto.<model>`` (what the automatic batch size
picks there); for ``vit_b`` the whole pipeline in full 1024 tiles on the NAIP sample mirrored into a
raster of enough tiles to fill the automatic batch twice (SYNTHETIC land cover) with that batch,
``pipeline_over_encoder`` (wall time over the encoder's own, in the same run) and ``tiles_per_s.vit_b``,
and one tile per pass for comparison, ``pipeline_over_encoder.batch_1`` and ``tiles_per_s.vit_b.batch_1``;
``encoder_s.sam3`` for SAM 3's tracker and ``concept_s_per_tile.sam3`` for its concept segmentation
(full-size random, saved as the official folder).
Prints ``name: value`` lines; ``gpu`` names the device.

Run: ``.venv/bin/python bench/bench_gpu.py``. ``--dry-run`` (or ``--quick``) runs the same code on the
CPU with a tiny model and a batch of 2 (a check of the script where there is no GPU; its figures mean nothing).
"""

from __future__ import annotations

import math
import os
import sys
import tempfile
import time

import benchlib
import numpy as np
import torch
from benchlib import say

from apt_cropland.plugin.core.config import Config
from apt_cropland.plugin.core.models.sam_engine import SamEngine
from apt_cropland.plugin.core.pipeline import run

BATCHES = (1, 2, 4, 8)
TILE, OVERLAP = 1024, 128


def synchronize(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


@torch.inference_mode()
def encoder_seconds_per_tile(engine: SamEngine, rgb: np.ndarray, batch: int, repeat: int = 3) -> float:
    """Best time of ``repeat`` passes of ``batch`` tiles after a warm-up, per tile."""
    tiles = [rgb] * batch
    engine.backend.encode(tiles)  # warm (kernels, allocator)
    best = float("inf")
    for _ in range(repeat):
        _, seconds = engine.backend.encode(tiles)
        best = min(best, seconds)
    return best / batch


def tiles_per_side(batch: int) -> int:
    """Tiles on a side of the pipeline's raster: at least two full batches of ``batch`` tiles."""
    return max(2, math.ceil(math.sqrt(2 * batch)))


def pipeline_figures(engine: SamEngine, name: str, image: str, glc: str, folder: str, batch_size: int,
                     suffix: str) -> None:
    def config(name: str) -> Config:
        return Config(image=image, glc=glc, output=os.path.join(folder, f"{name}.gpkg"), tile_size=TILE,
                      overlap=OVERLAP, batch_size=batch_size)

    run(config(f"warm{suffix}"), engine=engine)
    before = engine.encoder_seconds
    start = time.perf_counter()
    result = run(config(f"timed{suffix}"), engine=engine)
    synchronize(engine.device)
    wall = time.perf_counter() - start
    say(f"pipeline_over_encoder{suffix}", wall / (engine.encoder_seconds - before), 4)
    say(f"tiles_per_s.{name}{suffix}", len(result.plan.tiles) / wall, 4)


def main(dry_run: bool = False) -> None:
    from bench_models import MODELS
    from sample_glc import make_sample_glc

    if not dry_run and not torch.cuda.is_available():
        say("gpu", "none: this script is for a machine with a CUDA GPU (--dry-run checks it on the CPU)")
        return
    device = "cpu" if dry_run else "cuda"
    say("gpu", "none (dry run on the CPU, tiny model)" if dry_run else torch.cuda.get_device_name(0))
    rgb = np.random.default_rng(0).integers(0, 255, (1024, 1024, 3), dtype=np.uint8)
    with tempfile.TemporaryDirectory(prefix="apt_bench_gpu_") as folder:
        for name in ("vit_b",) if dry_run else MODELS:
            checkpoint = benchlib.random_checkpoint(name, folder, quick=dry_run)
            engine = SamEngine(checkpoint, device, keep=False)
            say(f"encoder_s.{name}", encoder_seconds_per_tile(engine, rgb, 1), 4)
            auto = 2 if dry_run else engine.batch_size(0)
            say(f"batch_auto.{name}", auto)
            for batch in sorted({*BATCHES, auto}):
                if batch > auto and batch > 2:
                    break  # what the memory does not hold
                say(f"encoder_s_per_tile.{name}.batch_{batch}", encoder_seconds_per_tile(engine, rgb, batch), 4)
            if name == "vit_b":
                image = benchlib.tiled_naip(folder, tiles_per_side(auto), TILE, OVERLAP)
                glc = make_sample_glc(image, os.path.join(folder, "glc_SYNTHETIC.tif"))
                say(f"pipeline_tiles.{name}", f"{tiles_per_side(auto) ** 2} tiles of {TILE} px")
                pipeline_figures(engine, name, image, glc, folder, 1, ".batch_1")
                pipeline_figures(engine, name, image, glc, folder, auto, "")  # the default: the automatic batch
            del engine
            if device == "cuda":
                torch.cuda.empty_cache()
        sam3_gpu_figures(folder, device, rgb, dry_run)


def sam3_gpu_figures(folder: str, device: str, rgb: np.ndarray, dry_run: bool) -> None:
    """``encoder_s.sam3``: SAM 3's tracker, and ``concept_s_per_tile.sam3``: its concept segmentation of
    one tile (both full-size random, saved as the official folder; tiny in a dry run)."""
    from bench_concept import CONCEPT, full_size_sam3
    from bench_models import random_sam3_folder
    from sam3_support import save_tiny_sam3

    from apt_cropland.plugin.core.models.sam3_concept import ConceptModel

    engine = SamEngine(random_sam3_folder(folder, quick=dry_run), device, keep=False)
    say("encoder_s.sam3", encoder_seconds_per_tile(engine, rgb, 1), 4)
    del engine
    if device == "cuda":
        torch.cuda.empty_cache()
    concept_folder = os.path.join(folder, "sam3_concept")
    model = ConceptModel(save_tiny_sam3(concept_folder) if dry_run else full_size_sam3(concept_folder), device)

    def one_tile() -> None:
        model.mask(rgb, CONCEPT)
        synchronize(torch.device(device))

    say("concept_s_per_tile.sam3", benchlib.timed(one_tile, repeat=1 if dry_run else 3), 4)


if __name__ == "__main__":
    main(dry_run=bool({"--dry-run", "--quick"} & set(sys.argv[1:])))
