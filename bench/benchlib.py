"""What the bench scripts share: paths, ``name: value`` lines, ``--quick``, models and rasters.

Every script takes ``--quick``: the same code with a tiny model from ``tests/support.py`` and small
sizes, a few seconds, its figures meaningless; ``tests/unit/test_bench_quick.py`` runs each so that
a renamed attribute or a dropped figure fails the tests, not the next ``make bench``.
"""

from __future__ import annotations

import math
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT / "bench", ROOT / "scripts", ROOT / "tests", ROOT / "build" / "qgis-plugins"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

NAIP = str(ROOT / "sample" / "naip_north_dakota_2020_rgbn_5m.tif")
SHARED_DATA = ROOT.parent / "shared" / "data"
SAM2_CONFIGS = {"sam2.1_hiera_t": "t", "sam2.1_hiera_s": "s", "sam2.1_hiera_b_plus": "b+"}
QUICK_NOTE = "tiny model and small sizes (a check of the script): the figures mean nothing"


def is_quick(argv: list[str] | None = None) -> bool:
    """Whether ``--quick`` was asked for."""
    return "--quick" in (sys.argv[1:] if argv is None else argv)


def say(name: str, value, digits: int = 3) -> None:
    """One ``name: value`` line, printed at once."""
    print(f"{name}: {value:.{digits}f}" if isinstance(value, float) else f"{name}: {value}", flush=True)


def cpu_name() -> str:
    """The CPU's model name (``platform.processor()`` is empty on Linux)."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def say_machine(quick: bool) -> None:
    """The ``machine`` line (and the ``quick`` line in quick mode)."""
    import torch

    say("machine", f"{cpu_name()}, {os.cpu_count()} cores, torch {torch.__version__}, "
                   f"{torch.get_num_threads()} threads")
    if quick:
        say("quick", QUICK_NOTE)


def timed(fn, repeat: int = 1) -> float:
    """Best of ``repeat`` timings after one warm-up call."""
    fn()
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def random_checkpoint(model_id: str, folder: str, quick: bool = False) -> str:
    """A full-size random checkpoint of ``model_id`` saved as its official file is (time does not
    depend on weight values); ``quick``: a tiny random model of the same family (tests/support.py)."""
    import torch

    path = os.path.join(folder, f"{model_id}_{'tiny' if quick else 'random'}.pt")
    if quick:
        from support import save_tiny_sam, save_tiny_sam2

        return save_tiny_sam(path) if model_id == "vit_b" else save_tiny_sam2(path)
    torch.manual_seed(0)
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


def encoder_seconds(engine, rgb, repeat: int = 2) -> float:
    """Best encoder time (``SamEngine.encoder_seconds``) of ``repeat`` encodings of ``rgb`` after a warm-up."""
    engine.embed(rgb)
    best = float("inf")
    for _ in range(repeat):
        before = engine.encoder_seconds
        engine.embed(rgb)
        best = min(best, engine.encoder_seconds - before)
    return best


def tiled_naip(folder: str, per_side: int, tile: int = 1024, overlap: int = 128) -> str:
    """The NAIP sample mirrored (flipped copies side by side, so no seam) into a raster of exactly
    ``per_side`` x ``per_side`` full tiles of ``tile`` px with ``overlap``: the sample's CRS, origin,
    pixel size, bands and nodata. The 934 x 723 sample alone is one 1024 tile."""
    import numpy as np
    import rasterio

    side = per_side * (tile - overlap) + overlap
    with rasterio.open(NAIP) as src:
        data, profile = src.read(), src.profile
    data = np.concatenate([data, data[:, :, ::-1]], axis=2)
    data = np.concatenate([data, data[:, ::-1, :]], axis=1)
    reps = (1, math.ceil(side / data.shape[1]), math.ceil(side / data.shape[2]))
    data = np.tile(data, reps)[:, :side, :side]
    profile.update(width=side, height=side, tiled=True, blockxsize=512, blockysize=512, compress="deflate")
    path = os.path.join(folder, f"naip_mirrored_{per_side}x{per_side}_{tile}.tif")
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(data)
    return path


def first_tile_rgb(image: str, tile: int = 1024):
    """The ``uint8[tile, tile, 3]`` RGB of the image's top-left tile, as the pipeline reads it."""
    from rasterio.windows import Window

    from apt_cropland.plugin.core.imagery.reader import ImageReader

    with ImageReader(image) as reader:
        rgb, _ = reader.read(Window(0, 0, tile, tile))
    return rgb


def processed_pixels(result) -> int:
    """Pixels of the area a pipeline run processed (its plan's window)."""
    area = result.plan.area
    if area is None:
        grid = result.plan.grid
        return int(grid.width) * int(grid.height)
    return int(area.width) * int(area.height)
