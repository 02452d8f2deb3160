"""Adaptation's cost: ``adapt_s_per_tile_epoch.<id>`` (seconds of training per labelled tile and epoch:
the decoder's rounds forward and backward, the embeddings being computed once beforehand) and
``adapt_peak_mem_mb.<id>`` (a fresh process that loads the model, encodes the tiles and trains) for
``vit_b`` and ``sam2.1_hiera_t``, full-size with random weights (time does not depend on weight
values), on the NAIP sample with issue 23's learning scene (``tests/adapt_support.py``: 512 px tiles,
3 to train, 1 to validate), 2 epochs.

``--quick``: the same figures with the tests' tiny random models and 1 epoch (a check that the bench
runs, in seconds; its numbers mean nothing). Run: ``make bench`` (the full one: several minutes).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "build" / "qgis-plugins"), str(ROOT / "tests"), str(ROOT / "scripts"), str(ROOT / "bench")]

NAIP = str(ROOT / "sample" / "naip_north_dakota_2020_rgbn_5m.tif")
MODELS = ("vit_b", "sam2.1_hiera_t")


def checkpoint(model_id: str, folder: str, quick: bool) -> str:
    """Full-size random (tiny with ``quick``), made by the same helper either way, so the quick mode
    runs the full mode's code."""
    from benchlib import random_checkpoint

    return random_checkpoint(model_id, folder, quick)


def one_run(checkpoint_path: str, folder: str, epochs: int) -> None:
    """In a fresh process: adapt once, print the summary and the peak memory as JSON."""
    from adapt_support import SETTINGS, build

    from apt_cropland.plugin.core.adapt import AdaptConfig, adapt
    from apt_cropland.plugin.core.config import Config

    scene = build(NAIP, folder)
    run = Config(NAIP, scene["glc"], (40,), tile_size=SETTINGS["tile_size"], overlap=SETTINGS["overlap"],
                 bands_preset=SETTINGS["bands_preset"], checkpoint=checkpoint_path, device="cpu")
    result = adapt(AdaptConfig(run, labels=scene["labels"], label_area=scene["area"], epochs=epochs,
                               learning_rate=SETTINGS["learning_rate"], output=os.path.join(folder, "bench.pt"),
                               overwrite=True, patience=epochs))
    peak = 0.0
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            peak = int(line.split()[1]) / 1024
    print(json.dumps({**result.summary(), "peak_mb": peak}))


def figures(model_id: str, quick: bool) -> dict[str, float]:
    epochs = 1 if quick else 2
    with tempfile.TemporaryDirectory(prefix="apt_bench_adapt_") as folder:
        path = checkpoint(model_id, folder, quick)
        done = subprocess.run([sys.executable, __file__, "--one", path, folder, str(epochs)], capture_output=True,
                              text=True, check=True)
        summary = json.loads(done.stdout.strip().splitlines()[-1])
    steps = max(1, summary["epochs_run"] * summary["tiles_train"])
    return {f"adapt_s_per_tile_epoch.{model_id}": summary["train_seconds"] / steps,
            f"adapt_peak_mem_mb.{model_id}": summary["peak_mb"]}


def main() -> None:
    quick = "--quick" in sys.argv
    for model_id in MODELS:
        for name, value in figures(model_id, quick).items():
            print(f"{name}: {value:.3f}", flush=True)


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--one":
        one_run(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        main()
