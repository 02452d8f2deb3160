"""The models side by side: ``encoder_s.<id>``, ``mask_iou_fast_vs_fp32.<id>``, ``km2_per_hour_0.5m.<id>``,
``peak_mem_mb.<id>`` and ``encoder_batch2_over_single.<id>`` for vit_b (its fast path) and SAM 2.1
hiera t / s / b+, all measured in this run.

Full-size models with random weights (time does not depend on weight values), saved as the official
files are and loaded through the plugin's own code; the real NAIP sample with a SYNTHETIC land cover.
``auto`` precision: bfloat16 where the CPU has it natively, float32 elsewhere (then the fast path
*is* the float32 path, and its IoU against itself is 1 by construction: said in ``mask_iou_note``).
Peak memory: a fresh process that loads the model and encodes and decodes one tile. Run: ``make bench``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "build" / "qgis-plugins"), str(ROOT / "tests"), str(ROOT / "scripts"), str(ROOT / "bench")]

import torch  # noqa: E402

from apt_cropland.plugin.core.config import Config  # noqa: E402
from apt_cropland.plugin.core.models.sam_engine import SamEngine  # noqa: E402
from apt_cropland.plugin.core.pipeline import plan_prompts, run  # noqa: E402

NAIP = str(ROOT / "sample" / "naip_north_dakota_2020_rgbn_5m.tif")
MODELS = ("vit_b", "sam2.1_hiera_t", "sam2.1_hiera_s", "sam2.1_hiera_b_plus")
SAM2_CONFIGS = {"sam2.1_hiera_t": "t", "sam2.1_hiera_s": "s", "sam2.1_hiera_b_plus": "b+"}
NET_TILE_PX = (1024 - 128) ** 2  # a 1024 tile with 128 px overlap adds 896 x 896 new pixels


def say(name: str, value) -> None:
    print(f"{name}: {value:.3f}" if isinstance(value, float) else f"{name}: {value}", flush=True)


def random_checkpoint(model_id: str, folder: str) -> str:
    """A full-size random checkpoint of ``model_id``, saved as its official file is."""
    torch.manual_seed(0)
    path = os.path.join(folder, f"{model_id}_random.pt")
    if model_id == "vit_b":
        from segment_anything import sam_model_registry

        torch.save(sam_model_registry["vit_b"]().state_dict(), path)
        return path
    import sam2
    from hydra.utils import instantiate
    from omegaconf import OmegaConf

    name = SAM2_CONFIGS[model_id]
    config = os.path.join(os.path.dirname(sam2.__file__), "configs", "sam2.1", f"sam2.1_hiera_{name}.yaml")
    torch.save({"model": instantiate(OmegaConf.load(config).model).state_dict()}, path)
    return path


def naip_tile(glc: str):
    from apt_cropland.plugin.core.imagery.reader import ImageReader

    plan = plan_prompts(Config(image=NAIP, glc=glc))
    tile = plan.tiles[0]
    with ImageReader(NAIP) as image:
        rgb, _ = image.read(tile.window)
    return rgb, plan.points.for_tile(plan.grid, tile, plan.layout)


def encoder_seconds(engine: SamEngine, rgb, repeat: int = 2) -> float:
    """Best encoder time of ``repeat`` runs after one warm-up."""
    engine.embed(rgb)
    best = float("inf")
    for _ in range(repeat):
        before = engine.encoder_seconds
        engine.embed(rgb)
        best = min(best, engine.encoder_seconds - before)
    return best


@torch.inference_mode()
def batch2_over_single(engine: SamEngine, rgb) -> float:
    """Encoder time per tile with two tiles a pass over one a pass (why the CPU's automatic batch is one)."""
    _, two = engine.backend.encode([rgb, rgb])
    _, one = engine.backend.encode([rgb])
    return two / 2 / one


def iou(a, b) -> float:
    return float((a & b).sum() / max(1, (a | b).sum()))


def peak_memory_mb(checkpoint: str, glc: str) -> float:
    done = subprocess.run([sys.executable, __file__, "--peak", checkpoint, glc], capture_output=True, text=True,
                          check=True)
    return int(done.stdout.strip().splitlines()[-1]) / 1024


def one_tile_peak(checkpoint: str, glc: str) -> None:
    """(In a fresh process) load, encode and decode one tile; print the peak RSS in KiB."""
    from memory_run import peak_rss_kib

    engine = SamEngine(checkpoint, "auto", keep=False)
    rgb, prompts = naip_tile(glc)
    engine.segment(engine.embed(rgb), prompts)
    print(peak_rss_kib())


def model_figures(model_id: str, folder: str, glc: str) -> None:
    checkpoint = random_checkpoint(model_id, folder)
    engine = SamEngine(checkpoint, "auto", keep=False)
    assert engine.architecture.variant == model_id, engine.architecture.variant
    rgb, prompts = naip_tile(glc)
    say(f"encoder_s.{model_id}", encoder_seconds(engine, rgb))
    say(f"encoder_path.{model_id}", f"{engine.device.type} {engine.fast_path}")
    say(f"encoder_batch2_over_single.{model_id}", batch2_over_single(engine, rgb))
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
    result = run(Config(image=NAIP, glc=glc, output=os.path.join(folder, f"{model_id}.gpkg")), engine=engine)
    per_tile = (time.perf_counter() - start) / len(result.plan.tiles)
    say(f"km2_per_hour_0.5m.{model_id}", NET_TILE_PX * 0.25 / 1e6 / per_tile * 3600)
    del engine
    say(f"peak_mem_mb.{model_id}", peak_memory_mb(checkpoint, glc))
    os.remove(checkpoint)


def main() -> None:
    from sample_glc import make_sample_glc

    with tempfile.TemporaryDirectory(prefix="apt_bench_models_") as folder:
        glc = make_sample_glc(NAIP, os.path.join(folder, "glc_SYNTHETIC.tif"))
        for model_id in MODELS:
            model_figures(model_id, folder, glc)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--peak":
        one_tile_peak(sys.argv[2], sys.argv[3])
    else:
        main()
