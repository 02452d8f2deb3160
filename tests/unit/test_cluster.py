"""The pipeline on a local Dask cluster of 2 worker processes, from the command line, over 63 tiles
of the real NAIP scene (128 px tiles): the in-process result, a worker killed mid-run, a run
interrupted and resumed, a changed configuration refused, a failing tile reported. The land
cover is SYNTHETIC (built from the scene's NDVI)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import numpy as np
import pytest
import rasterio
from cli_support import SMALL_TILES, environment, finished_tiles
from cli_support import run_json as run
from cli_support import small_run as command
from osgeo import gdal, ogr

pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parents[2]
TILES = SMALL_TILES
def wait_for_tiles(out: Path, count: int, proc: subprocess.Popen, timeout: float = 600) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        tiles = finished_tiles(out)
        if len(tiles) >= count:
            return tiles
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else "the run ended early"
        time.sleep(0.2)
    raise AssertionError(f"fewer than {count} tiles finished in {timeout} s")


def probability(out: Path) -> np.ndarray:
    with rasterio.open(out / "probability.tif") as ds:
        return ds.read(1)


def polygons(out: Path) -> tuple[int, float]:
    ds = ogr.Open(str(out / "cropland.gpkg"))
    layer = ds.GetLayer(0)
    return layer.GetFeatureCount(), sum(f.GetField("area_ha") for f in layer)


def assert_same_result(out: Path, reference: Path) -> None:
    assert np.abs(probability(out) - probability(reference)).max() <= 1e-5
    count, area = polygons(out)
    ref_count, ref_area = polygons(reference)
    assert count == ref_count and area == pytest.approx(ref_area, rel=1e-3)  # fields across seams are one polygon


@pytest.fixture(scope="module")
def inputs(naip_path, naip_glc, tiny_checkpoint):
    return naip_path, naip_glc, tiny_checkpoint


@pytest.fixture(scope="module")
def in_process(inputs, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("in_process")
    rc, summary, err = run(command(*inputs, out, "--workers", "0"))
    assert rc == 0, err[-3000:]
    assert summary["tiles_total"] == TILES
    return out


def test_two_workers_give_the_in_process_result(inputs, in_process, tmp_path):
    rc, summary, err = run(command(*inputs, tmp_path, "--workers", "2"))
    assert rc == 0, err[-3000:]
    assert summary["tiles_total"] == summary["tiles_computed"] == TILES and summary["tiles_reused"] == 0
    assert summary["polygons"] == polygons(in_process)[0]
    workers = {t["worker"] for t in finished_tiles(tmp_path).values()}
    assert len(workers) == 2 and os.getpid() not in workers  # the tiles ran in two other processes
    assert_same_result(tmp_path, in_process)
    prompts = ogr.Open(str(tmp_path / "prompts.gpkg"))
    reference = ogr.Open(str(in_process / "prompts.gpkg"))
    assert prompts.GetLayer(0).GetFeatureCount() == reference.GetLayer(0).GetFeatureCount() > 0


def test_a_worker_killed_mid_run_changes_nothing(inputs, in_process, tmp_path):
    proc = subprocess.Popen(command(*inputs, tmp_path, "--workers", "2"), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=environment())
    tiles = wait_for_tiles(tmp_path, 5, proc)
    victim = next(iter(tiles.values()))["worker"]
    os.kill(victim, signal.SIGKILL)
    out, err = proc.communicate(timeout=900)
    assert proc.returncode == 0, err[-3000:]
    summary = json.loads(out.strip().splitlines()[-1])
    assert summary["tiles_computed"] == TILES
    workers = {t["worker"] for t in finished_tiles(tmp_path).values()}
    assert victim in workers and len(workers) >= 3  # the killed worker, its replacement and the other one
    assert_same_result(tmp_path, in_process)


def test_an_interrupted_run_resumes_where_it_stopped(inputs, in_process, tmp_path):
    proc = subprocess.Popen(command(*inputs, tmp_path, "--workers", "2"), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=environment(), start_new_session=True)
    wait_for_tiles(tmp_path, 10, proc)
    os.killpg(proc.pid, signal.SIGKILL)  # the client and its workers, as a crash or a lost session would
    proc.communicate(timeout=60)
    before = len(finished_tiles(tmp_path))
    assert 10 <= before < TILES and not (tmp_path / "cropland.gpkg").exists()
    rc, summary, err = run(command(*inputs, tmp_path, "--workers", "2", "--resume"))
    assert rc == 0, err[-3000:]
    assert summary["tiles_reused"] + summary["tiles_skipped"] == before and summary["tiles_computed"] == TILES - before
    assert summary["tiles_computed"] + summary["tiles_reused"] + summary["tiles_skipped"] == TILES
    assert_same_result(tmp_path, in_process)

    # the same folder with another configuration is refused, and nothing in it changes
    rc, summary, err = run(command(*inputs, tmp_path, "--workers", "2", "--resume", "--seed", "7"))
    assert rc == 2 and "another configuration" in err and "Traceback" not in err
    rc, summary, err = run(command(*inputs, tmp_path, "--workers", "2"))
    assert rc == 2 and "--resume" in err
    assert_same_result(tmp_path, in_process)


def test_a_tile_that_fails_on_every_retry_is_reported_and_the_rest_kept(naip_path, naip_glc, tiny_checkpoint,
                                                                      tmp_path):
    # a land cover mosaic whose eastern source file is gone: the tiles over it cannot be read
    with rasterio.open(naip_glc) as ds:
        west, east = ds.width // 2, ds.width - ds.width // 2
    gdal.Translate(str(tmp_path / "west.tif"), naip_glc, srcWin=[0, 0, west, 10**6])
    gdal.Translate(str(tmp_path / "east.tif"), naip_glc, srcWin=[west, 0, east, 10**6])
    gdal.BuildVRT(str(tmp_path / "glc.vrt"), [str(tmp_path / "west.tif"), str(tmp_path / "east.tif")])
    os.remove(tmp_path / "east.tif")
    failed_by_group = {}
    for per_task in (1, 4):  # groups of 4 tiles that fail are tried again tile by tile
        out = tmp_path / f"out_{per_task}"
        rc, summary, err = run(command(naip_path, str(tmp_path / "glc.vrt"), tiny_checkpoint, out, "--workers", "2",
                                       "--retries", "1", "--tiles-per-task", str(per_task)))
        assert rc == 1
        failed = {item["tile"] for item in summary["failed"]}
        assert 0 < len(failed) < TILES
        assert all("Could not read the land cover" in item["error"] for item in summary["failed"]), summary["failed"]
        assert summary["tiles_computed"] == TILES - len(failed)
        assert set(map(int, finished_tiles(out))) == set(range(TILES)) - failed  # kept, for a later --resume
        failed_by_group[per_task] = failed
    assert failed_by_group[4] == failed_by_group[1]


def test_groups_of_tiles_share_encoder_passes_and_give_the_in_process_result(inputs, in_process, tmp_path):
    rc, summary, err = run(command(*inputs, tmp_path, "--workers", "2", "--tiles-per-task", "5", "--batch-size", "3"))
    assert rc == 0, err[-3000:]
    assert summary["tiles_total"] == summary["tiles_computed"] == TILES
    tiles = finished_tiles(tmp_path)
    assert sorted(map(int, tiles)) == list(range(TILES))
    assert len({t["worker"] for t in tiles.values()}) == 2
    assert sorted(t["task_tiles"] for t in tiles.values()) == [3] * 3 + [5] * 60  # 12 tasks of 5, one of 3
    assert all(t["task_encoder_passes"] <= -(-t["task_tiles"] // 3) for t in tiles.values())  # 3 tiles a pass
    assert_same_result(tmp_path, in_process)


def test_the_analysts_own_points_on_a_cluster_give_the_in_process_result(naip_path, naip_glc, tiny_checkpoint,
                                                                         tmp_path):
    """Points in a few tiles only (most tasks have none), in groups of 4 tiles a task."""
    from apt_cropland.plugin.core.cluster import run_on_cluster
    from apt_cropland.plugin.core.config import Config
    from apt_cropland.plugin.core.pipeline import plan_prompts
    from apt_cropland.plugin.core.pipeline import run as run_here
    from apt_cropland.plugin.core.prompts.points import PromptPoints

    def config(name: str) -> Config:
        (tmp_path / name).mkdir()
        return Config(image=naip_path, glc=naip_glc, checkpoint=tiny_checkpoint, tile_size=128, overlap=16,
                      points_per_class=4, rounds=2, min_area_m2=100, device="cpu", prompts=prompts,
                      output=str(tmp_path / name / "cropland.gpkg"),
                      probability_output=str(tmp_path / name / "probability.tif"))

    planned = plan_prompts(Config(image=naip_path, glc=naip_glc, tile_size=128, overlap=16, points_per_class=4,
                                  rounds=2))
    keep = planned.points.tile < 3
    prompts = PromptPoints(*(getattr(planned.points, f)[keep] for f in ("x", "y", "label", "round", "tile")))
    here = run_here(config("here"))
    result = run_on_cluster(config("cluster"), str(tmp_path / "cluster"), workers=2, tiles_per_task=4)
    assert type(result) is type(here)  # one result type for a run in this process and on a cluster
    summary = result.summary()
    assert not summary.get("failed") and summary["tiles_skipped"] > 0  # the tiles without points
    assert summary["tiles_computed"] + summary["tiles_skipped"] == TILES
    assert (summary["tiles_computed"], summary["tiles_skipped"]) == (here.tiles_computed, here.tiles_skipped)
    assert_same_result(tmp_path / "cluster", tmp_path / "here")
    assert summary["polygons"] == here.n_polygons
    ds = ogr.Open(str(tmp_path / "cluster" / "prompts.gpkg"))
    assert ds.GetLayer(0).GetFeatureCount() == len(prompts) == int(keep.sum()) > 0  # written once, not per tile
