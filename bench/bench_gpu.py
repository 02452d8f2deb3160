"""For a machine with a GPU (a few minutes): per model (full-size random weights; time does not
depend on weight values) ``encoder_s.<model>`` (one tile), ``encoder_s_per_tile.<model>.batch_<n>``
(n tiles in one encoder pass, per tile) and ``batch_auto.<model>`` (what the automatic batch size
picks there); for ``vit_b`` the whole pipeline on the NAIP sample (SYNTHETIC land cover, 512 px
tiles) with the automatic batch, ``pipeline_over_encoder`` (wall time over the encoder's own, in the
same run) and ``tiles_per_s.vit_b``, and one tile per pass for comparison, ``pipeline_over_encoder.batch_1``
and ``tiles_per_s.vit_b.batch_1``.
Prints ``name: value`` lines; ``gpu`` names the device.

Run: ``.venv/bin/python bench/bench_gpu.py``. ``--dry-run`` runs the same code on the CPU with
a tiny model and a batch of 2 (a check of the script where there is no GPU; its figures mean nothing).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "build" / "qgis-plugins"), str(ROOT / "tests"), str(ROOT / "scripts"), str(ROOT / "bench")]

import numpy as np  # noqa: E402
import torch  # noqa: E402

from apt_cropland.plugin.core.config import Config  # noqa: E402
from apt_cropland.plugin.core.models.sam_engine import SamEngine  # noqa: E402
from apt_cropland.plugin.core.pipeline import run  # noqa: E402

NAIP = str(ROOT / "sample" / "naip_north_dakota_2020_rgbn_5m.tif")
BATCHES = (1, 2, 4, 8)


def say(name: str, value) -> None:
    print(f"{name}: {value:.4f}" if isinstance(value, float) else f"{name}: {value}", flush=True)


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


def pipeline_figures(engine: SamEngine, name: str, glc: str, folder: str, batch_size: int, suffix: str) -> None:
    def config(name: str) -> Config:
        return Config(image=NAIP, glc=glc, output=os.path.join(folder, f"{name}.gpkg"), tile_size=512,
                      batch_size=batch_size)

    run(config(f"warm{suffix}"), engine=engine)
    before = engine.encoder_seconds
    start = time.perf_counter()
    result = run(config(f"timed{suffix}"), engine=engine)
    synchronize(engine.device)
    wall = time.perf_counter() - start
    say(f"pipeline_over_encoder{suffix}", wall / (engine.encoder_seconds - before))
    say(f"tiles_per_s.{name}{suffix}", len(result.plan.tiles) / wall)


def main(dry_run: bool = False) -> None:
    from bench_models import MODELS, random_checkpoint
    from sample_glc import make_sample_glc
    from support import save_tiny_sam

    if not dry_run and not torch.cuda.is_available():
        say("gpu", "none: this script is for a machine with a CUDA GPU (--dry-run checks it on the CPU)")
        return
    device = "cpu" if dry_run else "cuda"
    say("gpu", "none (dry run on the CPU, tiny model)" if dry_run else torch.cuda.get_device_name(0))
    rgb = np.random.default_rng(0).integers(0, 255, (1024, 1024, 3), dtype=np.uint8)
    with tempfile.TemporaryDirectory(prefix="apt_bench_gpu_") as folder:
        glc = make_sample_glc(NAIP, os.path.join(folder, "glc_SYNTHETIC.tif"))
        for name in ("vit_b",) if dry_run else MODELS:
            checkpoint = save_tiny_sam(os.path.join(folder, "tiny.pth")) if dry_run else random_checkpoint(name, folder)
            engine = SamEngine(checkpoint, device, keep=False)
            say(f"encoder_s.{name}", encoder_seconds_per_tile(engine, rgb, 1))
            auto = 2 if dry_run else engine.batch_size(0)
            say(f"batch_auto.{name}", auto)
            for batch in sorted({*BATCHES, auto}):
                if batch > auto and batch > 2:
                    break  # what the memory does not hold
                say(f"encoder_s_per_tile.{name}.batch_{batch}", encoder_seconds_per_tile(engine, rgb, batch))
            if name == "vit_b":
                pipeline_figures(engine, name, glc, folder, 1, ".batch_1")
                pipeline_figures(engine, name, glc, folder, auto, "")  # the default: the automatic batch
            del engine
            if device == "cuda":
                torch.cuda.empty_cache()


if __name__ == "__main__":
    main(dry_run="--dry-run" in sys.argv[1:])
