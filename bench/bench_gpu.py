"""For a machine with a GPU (a few minutes): ``encoder_s.<model>`` on the GPU (full-size random
weights; time does not depend on weight values) and ``pipeline_over_encoder`` there (the whole
pipeline per tile on the NAIP sample, SYNTHETIC land cover, over the encoder's time in the same
run). Prints ``name: value`` lines; ``gpu`` names the device. Run: ``.venv/bin/python bench/bench_gpu.py``."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "build" / "qgis-plugins"), str(ROOT / "tests"), str(ROOT / "scripts"), str(ROOT / "bench")]

import torch  # noqa: E402

from apt_cropland.plugin.core.pipeline import Config, run  # noqa: E402
from apt_cropland.plugin.core.sam_engine import SamEngine  # noqa: E402

NAIP = str(ROOT / "sample" / "naip_north_dakota_2020_rgbn_5m.tif")


def say(name: str, value) -> None:
    print(f"{name}: {value:.4f}" if isinstance(value, float) else f"{name}: {value}", flush=True)


def encoder_seconds(engine: SamEngine, rgb) -> float:
    engine.embed(rgb)  # warm (kernels, allocator)
    best = float("inf")
    for _ in range(5):
        before = engine.encoder_seconds
        engine.embed(rgb)
        best = min(best, engine.encoder_seconds - before)
    return best


def main() -> None:
    import numpy as np
    from bench_models import MODELS, random_checkpoint
    from sample_glc import make_sample_glc

    if not torch.cuda.is_available():
        say("gpu", "none: this script is for a machine with a CUDA GPU")
        return
    say("gpu", torch.cuda.get_device_name(0))
    rgb = np.random.default_rng(0).integers(0, 255, (1024, 1024, 3), dtype=np.uint8)
    with tempfile.TemporaryDirectory(prefix="apt_bench_gpu_") as folder:
        glc = make_sample_glc(NAIP, os.path.join(folder, "glc_SYNTHETIC.tif"))
        for name in MODELS:
            engine = SamEngine(random_checkpoint(name, folder), "cuda", keep=False)
            say(f"encoder_s.{name}", encoder_seconds(engine, rgb))
            if name == "vit_b":
                config = Config(image=NAIP, glc=glc, output=os.path.join(folder, "cropland.gpkg"), tile_size=512)
                run(config, engine=engine)  # warm
                config.output = os.path.join(folder, "cropland2.gpkg")
                before = engine.encoder_seconds
                start = time.perf_counter()
                run(config, engine=engine)
                say("pipeline_over_encoder", (time.perf_counter() - start) / (engine.encoder_seconds - before))
            del engine
            torch.cuda.empty_cache()


if __name__ == "__main__":
    main()
