"""APT Cropland benchmark: prints one ``name: value`` line per figure, all measured in this run.

Full-size SAM vit_b with random weights (time does not depend on weight values); real imagery
(the NAIP sample, mirrored into a raster of 3 x 3 full 1024 tiles) with a SYNTHETIC land cover;
the real 36000 x 36000 WorldCover tile for the window read. Memory is measured in fresh processes
with a tiny model. Run: ``make bench``; ``--quick``: the same code with a tiny model and small sizes
(a check of the script, its figures meaningless).
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

import benchlib
import numpy as np
import torch
from benchlib import ROOT, SHARED_DATA, is_quick, say

from apt_cropland.plugin.core.config import Config
from apt_cropland.plugin.core.models.sam_engine import SamEngine
from apt_cropland.plugin.core.pipeline import plan_prompts, run

WORLDCOVER = SHARED_DATA / "ESA_WorldCover_10m_2021_v200_N00E006_Map.tif"


@dataclass(frozen=True)
class Sizes:
    """What the full run and the quick run differ in (besides the model)."""

    tile: int = 1024
    overlap: int = 128
    per_side: int = 3  # the raster: per_side x per_side full tiles
    repeat: int = 2  # timed pipeline runs (best taken)
    memory: tuple[int, int] = (1024, 8192)  # raster sides of the peak memory ratio
    draws: int = 4  # the ensemble's prompt draws


FULL = Sizes()
QUICK = Sizes(tile=512, overlap=64, per_side=2, repeat=1, memory=(1024, 1536))


def encoder_figures(checkpoint: str, rgb: np.ndarray, repeat: int) -> SamEngine:
    """Plain fp32 segment-anything encoder vs the plugin's default path, one 1024 x 1024 input each."""
    from apt_cropland.plugin.core.models.checkpoint import load_sam

    x = torch.randn(1, 3, 1024, 1024)
    plain = load_sam(checkpoint).model.image_encoder
    with torch.inference_mode():
        fp32 = benchlib.timed(lambda: plain(x))
    engine = SamEngine(checkpoint, "auto", keep=False)
    fast = benchlib.encoder_seconds(engine, rgb, repeat)  # a few seconds each: best of several against drift
    say("encoder_fp32_s", fp32)
    say("encoder_fast_s", fast)
    say("encoder_fast_path", f"{engine.device.type} {engine.fast_path}")
    say("encoder_speedup", fp32 / fast)
    return engine


def mask_agreement(checkpoint: str, fast: SamEngine, config: Config) -> None:
    """IoU of the masks from the default path and from plain fp32, same real tile and prompts."""
    from apt_cropland.plugin.core.imagery.reader import ImageReader

    plan = plan_prompts(config)
    exact = SamEngine(checkpoint, "cpu", precision="fp32", keep=False)
    with ImageReader(config.image) as image:
        tile = plan.tiles[0]
        rgb, _ = image.read(tile.window)
    prompts = plan.points.for_tile(plan.grid, tile, plan.layout)
    a = fast.segment(fast.embed(rgb), prompts) >= 0.5
    b = exact.segment(exact.embed(rgb), prompts) >= 0.5
    say("mask_iou_fast_vs_fp32", float((a & b).sum() / max(1, (a | b).sum())))


def pipeline_figures(checkpoint: str, image: str, glc: str, folder: str, sizes: Sizes, rgb: np.ndarray) -> None:
    """The whole pipeline over several full tiles: wall time per tile over the encoder's own (timed
    inside the same run: this machine's speed drifts by 10-20 % over minutes, which a ratio of two
    separate timings would take for overhead), best of ``sizes.repeat`` runs; throughput over the
    pixels processed; a re-run after one point edit; the ensemble's cost per draw."""
    engine = SamEngine(checkpoint, "auto")  # as the dock keeps it: embeddings and results cached
    engine.embed(rgb)  # warm

    def config(name: str, **extra) -> Config:
        return Config(image=image, glc=glc, tile_size=sizes.tile, overlap=sizes.overlap,
                      output=os.path.join(folder, f"{name}.gpkg"), **extra)

    walls, overheads, ratios, encoder_tile = [], [], [], []
    for i in range(sizes.repeat):
        engine.cache.clear()
        engine.results.clear()
        encoder_before = engine.encoder_seconds
        start = time.perf_counter()
        first = run(config(f"first_{i}"), engine=engine)
        elapsed = time.perf_counter() - start
        encoder_s = engine.encoder_seconds - encoder_before
        tiles = len(first.plan.tiles)
        walls.append(elapsed)
        overheads.append((elapsed - encoder_s) / tiles)
        ratios.append(elapsed / encoder_s)
        encoder_tile.append(encoder_s / tiles)
    best = int(np.argmin(walls))
    pixels = benchlib.processed_pixels(first)
    say("pipeline_tiles", f"{tiles} tiles of {sizes.tile} px, {pixels} pixels processed")
    say("pipeline_tile_s", walls[best] / tiles)
    say("pipeline_overhead_tile_s", min(overheads))  # all but the encoder
    say("pipeline_over_encoder", min(ratios))
    for res in (0.5, 10.0):  # the pixels processed, as if they were that size
        say(f"km2_per_hour_{res:g}m", pixels * res * res / 1e6 / walls[best] * 3600)
    # the caches hold the last run's embeddings and results: an edit re-decodes only the tiles it touches
    points = first.plan.points
    points.label[0] = 1 - points.label[0]
    start = time.perf_counter()
    run(config("rerun", prompts=points), engine=engine)
    rerun_s = time.perf_counter() - start
    say("rerun_s", rerun_s)
    say("rerun_over_first", rerun_s / walls[-1])
    ensemble_figure(engine, config, encoder_tile[best], sizes)


def ensemble_figure(engine: SamEngine, config, encoder_tile_s: float, sizes: Sizes) -> None:
    """Each further prompt draw's cost per tile over the encoder's time per tile: an ENSEMBLE=draws run
    against an ENSEMBLE=1 run, both whole pipeline runs on the same cached embeddings (neither encodes),
    so their difference is what the further draws add: sampling their prompts, decoding all their
    rounds, blending their votes (mean and variance) into the mosaic. Best of ``sizes.repeat`` each,
    alternated so that drift hits both alike."""
    best = {1: float("inf"), sizes.draws: float("inf")}
    for i in range(sizes.repeat):
        for draws in best:
            engine.results.clear()
            runs_before = engine.encoder_runs
            start = time.perf_counter()
            result = run(config(f"ensemble_{draws}_{i}", ensemble=draws), engine=engine)
            best[draws] = min(best[draws], time.perf_counter() - start)
            assert engine.encoder_runs == runs_before, "the embeddings should have been cached"
    per_draw = (best[sizes.draws] - best[1]) / ((sizes.draws - 1) * len(result.plan.tiles))
    say("ensemble_cost_per_draw_over_encoder", per_draw / encoder_tile_s)


def glc_window_read() -> None:
    from affine import Affine
    from rasterio.crs import CRS

    from apt_cropland.plugin.core.geo import Grid
    from apt_cropland.plugin.core.landcover.glc import GlcReader

    if not WORLDCOVER.exists():
        say("glc_window_read_s", "n/a (the WorldCover tile is not on this machine)")
        return
    times = []
    for x0, y0 in [(221730, 44254), (231970, 34014), (211490, 54494)]:
        grid = Grid(CRS.from_epsg(32632), Affine(10, 0, x0, 0, -10, y0), 1024, 1024)
        with GlcReader(str(WORLDCOVER), (40,), grid) as glc:
            start = time.perf_counter()
            glc.read(grid)
            times.append(time.perf_counter() - start)
    say("glc_window_read_s", float(np.median(times)))


def peak_memory_ratio(folder: str, sizes: tuple[int, int]) -> None:
    """Peak RSS of the whole pipeline on the larger over the smaller square raster (8192^2 over
    1024^2; tiny model, fresh processes). The key names keep the full run's sizes."""
    from memory_run import make_inputs, parse_peak

    results = []
    for size in sizes:
        make_inputs(folder, size)
        done = subprocess.run([sys.executable, str(ROOT / "bench" / "memory_run.py"), folder, str(size)],
                              capture_output=True, text=True, check=True)
        results.append(parse_peak(done.stdout))
    say("peak_mem_1024_mb", results[0] / 1024)
    say("peak_mem_8192_mb", results[1] / 1024)
    say("peak_mem_8192_over_1024", results[1] / results[0])


def main(quick: bool = False) -> None:
    from sample_glc import make_sample_glc

    sizes = QUICK if quick else FULL
    benchlib.say_machine(quick)
    with tempfile.TemporaryDirectory(prefix="apt_bench_") as folder:
        image = benchlib.tiled_naip(folder, sizes.per_side, sizes.tile, sizes.overlap)
        glc = make_sample_glc(image, os.path.join(folder, "glc_SYNTHETIC.tif"))
        checkpoint = benchlib.random_checkpoint("vit_b", folder, quick)
        rgb = benchlib.first_tile_rgb(image, sizes.tile)
        engine = encoder_figures(checkpoint, rgb, 1 if quick else 3)
        mask_agreement(checkpoint, engine, Config(image=image, glc=glc, tile_size=sizes.tile, overlap=sizes.overlap))
        del engine
        pipeline_figures(checkpoint, image, glc, folder, sizes, rgb)
        glc_window_read()
        peak_memory_ratio(folder, sizes.memory)
    say("bench_peak_rss_mb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


if __name__ == "__main__":
    main(is_quick())
