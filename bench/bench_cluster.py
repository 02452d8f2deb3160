"""Cluster figures with a tiny SAM, where the encoder is nearly free and the work around it shows:
``tiles_per_s_tiny_model.workers_<n>`` (the whole pipeline, n = 0: in this process; 1, 2: a local
Dask cluster of that many worker processes, started before the clock) and
``scheduler_overhead_s_per_tile`` (one worker against this process, per tile). The image is the
NAIP sample in 256 px tiles (20), the land cover SYNTHETIC. Run by ``make bench``; ``--quick``: the same
code in 512 px tiles (4; a check of the script, its figures meaningless)."""

from __future__ import annotations

import os
import tempfile
import time

import benchlib
from benchlib import NAIP, is_quick, say

from apt_cropland.plugin.core.cluster import run_on_cluster
from apt_cropland.plugin.core.config import Config
from apt_cropland.plugin.core.pipeline import run

FULL_TILE, QUICK_TILE = 256, 512


def config(folder: str, glc: str, checkpoint: str, name: str, tile: int = FULL_TILE) -> Config:
    out = os.path.join(folder, name)
    os.makedirs(out, exist_ok=True)
    return Config(image=NAIP, glc=glc, checkpoint=checkpoint, tile_size=tile, overlap=tile // 8, points_per_class=10,
                  device="cpu", output=os.path.join(out, "cropland.gpkg"),
                  probability_output=os.path.join(out, "probability.tif"))


def main(quick: bool = False) -> None:
    from distributed import LocalCluster
    from sample_glc import make_sample_glc
    from support import save_tiny_sam

    tile = QUICK_TILE if quick else FULL_TILE
    benchlib.say_machine(quick)
    with tempfile.TemporaryDirectory(prefix="apt_bench_cluster_") as folder:
        glc = make_sample_glc(NAIP, os.path.join(folder, "glc_SYNTHETIC.tif"))
        checkpoint = save_tiny_sam(os.path.join(folder, "tiny.pth"))
        from apt_cropland.plugin.core.models.sam_engine import SamEngine

        engine = SamEngine(checkpoint, "cpu", keep=False)  # loaded once, as each worker's plugin does
        run(config(folder, glc, checkpoint, "warm", tile), engine=engine)  # first-call costs out of the timings
        start = time.perf_counter()
        result = run(config(folder, glc, checkpoint, "here", tile), engine=engine)
        here = time.perf_counter() - start
        tiles = len(result.plan.tiles)
        say("tiles_per_s_tiny_model.workers_0", tiles / here)
        for workers in (1, 2):
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
            try:
                warm = config(folder, glc, checkpoint, f"warm_{workers}", tile)
                run_on_cluster(warm, os.path.dirname(warm.output), scheduler=cluster.scheduler_address)
                timed = config(folder, glc, checkpoint, f"cluster_{workers}", tile)
                start = time.perf_counter()
                run_on_cluster(timed, os.path.dirname(timed.output), scheduler=cluster.scheduler_address)
                elapsed = time.perf_counter() - start
            finally:
                cluster.close()
            say(f"tiles_per_s_tiny_model.workers_{workers}", tiles / elapsed)
            if workers == 1:
                say("scheduler_overhead_s_per_tile", (elapsed - here) / tiles)


if __name__ == "__main__":
    main(is_quick())
