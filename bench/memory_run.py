"""One pipeline run in a fresh process on a synthetic square raster; prints its peak RSS
(``peak_rss_kib: N``).

Used by bench_pipeline.py: ``python memory_run.py FOLDER SIZE`` after ``make_inputs(FOLDER, SIZE)``;
``python memory_run.py --quick`` makes its own 1024 x 1024 inputs in a temporary folder first.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "build" / "qgis-plugins"), str(ROOT / "tests")]


def make_inputs(folder: str, size: int) -> None:
    """A checkerboard-of-fields uint8 image (1 m) and a matching SYNTHETIC land cover (10 m)."""
    import numpy as np
    import rasterio
    from rasterio.transform import from_origin
    from rasterio.windows import Window
    from support import save_tiny_sam

    if not os.path.exists(os.path.join(folder, "tiny.pth")):
        save_tiny_sam(os.path.join(folder, "tiny.pth"))
    profile = dict(driver="GTiff", width=size, height=size, count=3, dtype="uint8", crs="EPSG:32633",
                   transform=from_origin(500000, 5000000, 1.0, 1.0), tiled=True, blockxsize=512, blockysize=512,
                   compress="deflate")
    with rasterio.open(os.path.join(folder, f"img_{size}.tif"), "w", **profile) as dst:
        for row in range(0, size, 512):
            for col in range(0, size, 512):
                block = np.random.default_rng(row * size + col).integers(40, 90, (3, 512, 512), dtype=np.uint8)
                if (row // 512 + col // 512) % 2:
                    block[1] += 80
                dst.write(block, window=Window(col, row, 512, 512))
    cells = size // 10
    index = np.arange(cells) // 51
    glc = np.where((index[:, None] + index[None, :]) % 2 == 1, 40, 30).astype(np.uint8)
    with rasterio.open(os.path.join(folder, f"glc_{size}.tif"), "w", driver="GTiff", width=cells, height=cells,
                       count=1, dtype="uint8", crs="EPSG:32633", transform=from_origin(500000, 5000000, 10, 10),
                       nodata=0) as dst:
        dst.write(glc, 1)


def peak_rss_kib() -> int:
    """This process's peak resident memory (VmHWM; unlike ru_maxrss it does not carry over exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def parse_peak(stdout: str) -> int:
    """The peak RSS (KiB) from this script's output."""
    return int(stdout.strip().splitlines()[-1].split(":")[-1])


def measure(folder: str, size: int) -> None:
    """The pipeline on ``make_inputs(folder, size)``'s raster; prints this process's peak RSS."""
    from apt_cropland.plugin.core.config import Config
    from apt_cropland.plugin.core.pipeline import run

    run(Config(image=os.path.join(folder, f"img_{size}.tif"), glc=os.path.join(folder, f"glc_{size}.tif"),
               checkpoint=os.path.join(folder, "tiny.pth"), output=os.path.join(folder, f"out_{size}.gpkg"),
               points_per_class=10, min_area_m2=0, overwrite=True))
    print(f"peak_rss_kib: {peak_rss_kib()}", flush=True)


def main(argv: list[str]) -> None:
    if argv == ["--quick"]:
        with tempfile.TemporaryDirectory(prefix="apt_bench_memory_") as folder:
            make_inputs(folder, 1024)
            measure(folder, 1024)
        return
    measure(argv[0], int(argv[1]))


if __name__ == "__main__":
    main(sys.argv[1:])
