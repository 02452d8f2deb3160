"""Every bench script runs in its quick mode (a tiny model, small sizes, the same code as ``make bench``;
its figures are not checked) and prints every one of its key names: a renamed attribute or a dropped
figure fails here, not at the next ``make bench``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SENTINEL2 = ROOT.parent / "shared" / "data" / "sentinel2_austria_8band_uint16_10m.tif"

# every key each script prints (the README's tables and text name them): drop one and this fails
MODEL_KEYS = ("encoder_s", "encoder_path", "encoder_batch2_over_single", "mask_iou_fast_vs_fp32",
              "km2_per_hour_0.5m", "peak_mem_mb")
KEYS = {
    "bench_pipeline.py": (
        "machine", "encoder_fp32_s", "encoder_fast_s", "encoder_fast_path", "encoder_speedup",
        "mask_iou_fast_vs_fp32", "pipeline_tiles", "pipeline_tile_s", "pipeline_overhead_tile_s",
        "pipeline_over_encoder", "km2_per_hour_0.5m", "km2_per_hour_10m", "rerun_s", "rerun_over_first",
        "ensemble_cost_per_draw_over_encoder", "glc_window_read_s", "peak_mem_1024_mb", "peak_mem_8192_mb",
        "peak_mem_8192_over_1024", "bench_peak_rss_mb",
    ),
    "bench_models.py": (*(f"{key}.{model}" for model in ("vit_b", "sam2.1_hiera_t") for key in MODEL_KEYS),
                        "encoder_s.sam3"),
    "bench_fields.py": ("fields_tiles", *(f"{key}.{model}" for model in ("vit_b", "sam2.1_hiera_t") for key in (
        "fields_s_per_tile", "fields_over_encoder", "fields_prompts_per_tile", "fields_decoder_calls_per_tile",
        "fields_encoder_runs", "fields_count"))),
    "bench_adapt.py": tuple(f"{key}.{model}" for model in ("vit_b", "sam2.1_hiera_t")
                            for key in ("adapt_s_per_tile_epoch", "adapt_peak_mem_mb")),
    "bench_evaluate.py": (
        "evaluate_mpix_per_s", "evaluate_10000_s", "evaluate_peak_mem_mb", "evaluate_peak_mem_2000_mb",
        "evaluate_peak_mem_20000_mb", "evaluate_oa_check",
    ),
    "bench_temporal.py": (
        "temporal_single_s", "temporal_ensemble_s", "temporal_ensemble_encoder_runs", "temporal_ensemble_over_single",
        "temporal_composite_over_single", "temporal_ensemble_over_single_wall",
        "temporal_ensemble_overhead_over_encoder", "temporal_model",
    ),
    "bench_cluster.py": (
        "tiles_per_s_tiny_model.workers_0", "tiles_per_s_tiny_model.workers_1", "tiles_per_s_tiny_model.workers_2",
        "scheduler_overhead_s_per_tile",
    ),
    "bench_gpu.py": (
        "gpu", "encoder_s.vit_b", "batch_auto.vit_b", "encoder_s_per_tile.vit_b.batch_1",
        "encoder_s_per_tile.vit_b.batch_2", "pipeline_tiles.vit_b", "pipeline_over_encoder.batch_1",
        "tiles_per_s.vit_b.batch_1", "pipeline_over_encoder", "tiles_per_s.vit_b", "encoder_s.sam3",
        "concept_s_per_tile.sam3",
    ),
    "bench_concept.py": ("machine", "concept_s_per_tile.sam3"),
    "memory_run.py": ("peak_rss_kib",),
}


def printed_keys(stdout: str) -> list[str]:
    """The names of the ``name: value`` lines."""
    return [line.split(": ", 1)[0] for line in stdout.splitlines() if ": " in line]


def test_every_bench_script_is_covered():
    scripts = {p.name for p in (ROOT / "bench").glob("*.py") if p.name != "benchlib.py"}
    assert scripts == set(KEYS)


def test_make_bench_runs_every_figure_script():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    listed = makefile.split("\nBENCH_SCRIPTS := ", 1)[1].split("\n", 1)[0].split()
    assert "bench/$$script.py" in makefile.split("\nbench:", 1)[1].split("\n\n", 1)[0]
    assert {f"{name}.py" for name in listed} == set(KEYS) - {"memory_run.py"}  # bench_pipeline.py runs memory_run.py


def test_bench_raster_is_several_full_tiles(tmp_path):
    """The full run's raster: the sample (one 1024 tile) mirrored into exactly 3 x 3 full 1024 tiles,
    with the sample's CRS, origin, pixel size and bands."""
    import rasterio
    from rasterio.windows import Window

    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import benchlib
    finally:
        sys.path.remove(str(ROOT / "bench"))
    from apt_cropland.plugin.core.tiles.layout import TileLayout

    path = benchlib.tiled_naip(str(tmp_path), 3)
    with rasterio.open(benchlib.NAIP) as sample, rasterio.open(path) as big:
        assert (big.width, big.height) == (2816, 2816)
        assert (big.crs, big.transform, big.count, big.dtypes, big.nodata) == (
            sample.crs, sample.transform, sample.count, sample.dtypes, sample.nodata)
        corner = big.read(window=Window(0, 0, sample.width, sample.height))
        assert (corner == sample.read()).all()
        mirrored = big.read(window=Window(sample.width, 0, sample.width, sample.height))
        assert (mirrored == sample.read()[:, :, ::-1]).all()
    assert len(TileLayout(sample.width, sample.height).tiles(Window(0, 0, sample.width, sample.height))) == 1
    tiles = TileLayout(2816, 2816).tiles(Window(0, 0, 2816, 2816))
    assert [(t.window.width, t.window.height) for t in tiles] == [(1024, 1024)] * 9


@pytest.mark.parametrize("script", sorted(KEYS))
def test_bench_script_quick(script, tmp_path):
    if script == "bench_temporal.py" and not SENTINEL2.exists():
        pytest.skip(f"{SENTINEL2} is not on this machine")
    # one thread: the figures are not checked, and the test machines' few cores are shared
    env = dict(os.environ, OMP_NUM_THREADS="1", TMPDIR=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(ROOT / "bench" / script), "--quick"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    printed = printed_keys(done.stdout)
    missing = [key for key in KEYS[script] if key not in printed]
    assert not missing, f"{script} --quick did not print {missing}:\n{done.stdout}"
    assert len(printed) == len(set(printed)), f"a key printed twice:\n{done.stdout}"
