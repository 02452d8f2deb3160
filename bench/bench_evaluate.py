"""Benchmark of ``aptcropland:evaluate``'s comparison: prints ``name: value`` lines.

A 10000 x 10000 map and reference (uint8, 10 m, tiled, fields of 400 px with 5 % disagreement)
are compared in a fresh process: pixels compared per second and that process's peak memory; a
2000 x 2000 and a 20000 x 20000 pair show that memory stays flat (GDAL's block cache is capped at
128 MB during the comparison, as during pipeline runs). ``--quick``: the same code on 200, 1000 and
2000 px pairs (a check of the script; the key names keep the full run's sizes, the figures mean nothing).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "build" / "qgis-plugins")]
FULL = (2000, 10000, 20000)  # small, measured, large: memory stays flat
QUICK = (200, 1000, 2000)


def make_pair(folder: str, size: int) -> tuple[str, str]:
    import numpy as np
    import rasterio
    from rasterio.transform import from_origin
    from rasterio.windows import Window

    paths = [os.path.join(folder, f"{name}_{size}.tif") for name in ("map", "reference")]
    profile = dict(driver="GTiff", width=size, height=size, count=1, dtype="uint8", crs="EPSG:32633",
                   transform=from_origin(500000, 5000000, 10, 10), tiled=True, blockxsize=512, blockysize=512,
                   compress="deflate")
    with rasterio.open(paths[0], "w", **profile) as m, rasterio.open(paths[1], "w", **profile) as r:
        for row in range(0, size, 1024):
            for col in range(0, size, 1024):
                h, w = min(1024, size - row), min(1024, size - col)
                rr, cc = np.mgrid[row:row + h, col:col + w]
                fields = (((rr // 400) + (cc // 400)) % 2).astype(np.uint8)
                noise = np.random.default_rng(row * size + col).random((h, w)) < 0.05
                m.write(fields, 1, window=Window(col, row, w, h))
                r.write(np.where(noise, 1 - fields, fields).astype(np.uint8), 1, window=Window(col, row, w, h))
    return paths[0], paths[1]


def peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def one_run(map_path: str, ref_path: str) -> None:
    """In a fresh process: the comparison, then its time and peak memory on stdout."""
    from apt_cropland.plugin.core.accuracy.compare import EvaluateConfig, Thematic, evaluate

    start = time.perf_counter()
    result = evaluate(EvaluateConfig(Thematic(raster=map_path), Thematic(raster=ref_path)))
    seconds = time.perf_counter() - start
    print(f"{seconds} {result.map.pixels} {peak_rss_mb()} {result.map.oa}")


def measure(map_path: str, ref_path: str) -> tuple[float, int, float, float]:
    out = subprocess.run([sys.executable, __file__, "--run", map_path, ref_path], capture_output=True, text=True,
                         check=True).stdout.split()
    return float(out[0]), int(out[1]), float(out[2]), float(out[3])


def main(quick: bool = False) -> None:
    sizes = QUICK if quick else FULL
    with tempfile.TemporaryDirectory(prefix="apt_bench_evaluate_") as folder:
        small = measure(*make_pair(folder, sizes[0]))
        seconds, pixels, peak, oa = measure(*make_pair(folder, sizes[1]))
        for name in os.listdir(folder):
            os.remove(os.path.join(folder, name))
        large = measure(*make_pair(folder, sizes[2]))
        print(f"evaluate_mpix_per_s: {pixels / seconds / 1e6:.2f}")
        print(f"evaluate_10000_s: {seconds:.2f}")
        print(f"evaluate_peak_mem_mb: {peak:.0f}")
        print(f"evaluate_peak_mem_2000_mb: {small[2]:.0f}")
        print(f"evaluate_peak_mem_20000_mb: {large[2]:.0f}")
        print(f"evaluate_oa_check: {oa:.3f}")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--run":
        one_run(sys.argv[2], sys.argv[3])
    else:
        main("--quick" in sys.argv[1:])
