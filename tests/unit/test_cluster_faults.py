"""A cluster run on an external scheduler (``dask scheduler`` and ``dask worker`` processes on
loopback) when a worker is killed (SIGKILL) right as the run starts, while it builds the model, and
a third worker joins mid-run: the run finishes with the in-process result. The land cover over the
NAIP scene is SYNTHETIC. Also: a cluster run does not replace an analyst's prompts.gpkg."""

from __future__ import annotations

import json
import signal

import numpy as np
import pytest
import rasterio
from cluster_processes import PRELOAD, DaskProcesses
from osgeo import ogr

pytest.importorskip("distributed")

TILES = 20  # 934 x 723 px in 256 px tiles with 32 px overlap: 5 columns x 4 rows


def config(folder, naip_path, naip_glc, tiny_checkpoint, **extra):
    from apt_cropland.plugin.core.config import Config

    folder.mkdir(exist_ok=True)
    return Config(image=naip_path, glc=naip_glc, checkpoint=tiny_checkpoint, tile_size=256, overlap=32,
                  points_per_class=4, rounds=2, min_area_m2=100, device="cpu",
                  output=str(folder / "cropland.gpkg"), probability_output=str(folder / "probability.tif"), **extra)


def probability(folder) -> np.ndarray:
    with rasterio.open(folder / "probability.tif") as ds:
        return ds.read(1)


def polygons(folder) -> tuple[int, float]:
    ds = ogr.Open(str(folder / "cropland.gpkg"))
    layer = ds.GetLayer(0)
    return layer.GetFeatureCount(), sum(f.GetField("area_ha") for f in layer)


def test_a_worker_killed_while_it_loads_the_model_and_one_joining_mid_run_change_nothing(
        naip_path, naip_glc, tiny_checkpoint, tmp_path):
    from apt_cropland.plugin.core.cluster import run_on_cluster
    from apt_cropland.plugin.core.pipeline import run as run_here

    here = run_here(config(tmp_path / "here", naip_path, naip_glc, tiny_checkpoint))
    faults = tmp_path / "faults"
    faults.mkdir()
    dask = DaskProcesses(tmp_path)
    late_pid = []
    try:
        address = dask.scheduler()
        common = dict(APT_FAULT_DIR=str(faults), APT_FAULT_SCHEDULER_FILE=str(dask.scheduler_file),
                      APT_FAULT_LATE_ARGS=json.dumps(["--preload", str(PRELOAD)]))
        dask.worker("steady", "--preload", str(PRELOAD), APT_FAULT_ROLE="steady", **common)
        victim = dask.worker("victim", "--preload", str(PRELOAD), APT_FAULT_ROLE="victim", **common)
        from distributed import Client

        with Client(address, timeout="60s") as client:
            client.wait_for_workers(2, timeout=120)  # both joined before the run starts
        out = tmp_path / "cluster"
        try:
            summary = run_on_cluster(config(out, naip_path, naip_glc, tiny_checkpoint), str(out),
                                     scheduler=address).summary()
        finally:
            if (faults / "late.pid").exists():
                late_pid.append(int((faults / "late.pid").read_text()))
        assert summary["tiles_computed"] == TILES and not summary.get("failed"), summary
        assert victim.wait(timeout=60) == -signal.SIGKILL  # it started building the model, and was killed
        assert int((faults / "victim.pid").read_text()) == victim.pid
        assert (faults / "late-joined").exists()
        with open(out / "manifest.json", encoding="utf-8") as f:
            workers = {t["worker"] for t in json.load(f)["tiles"].values()}
        assert victim.pid not in workers and late_pid[0] in workers  # the late worker took part
        assert np.abs(probability(out) - probability(tmp_path / "here")).max() <= 1e-5
        count, area = polygons(out)
        assert count == here.n_polygons == summary["polygons"]
        assert area == pytest.approx(polygons(tmp_path / "here")[1], rel=1e-3)
    except BaseException:
        print(dask.log("scheduler"), dask.log("steady"), dask.log("victim"), dask.log("late"))
        raise
    finally:
        dask.close(late_pid)


def test_a_cluster_run_does_not_replace_prompts_in_out(naip_path, naip_glc, tiny_checkpoint, tmp_path):
    """Refused before anything runs, with the in-process run's message."""
    from apt_cropland.plugin.core.cluster import run_on_cluster
    from apt_cropland.plugin.core.errors import AptInputError

    prompts = tmp_path / "prompts.gpkg"
    prompts.write_bytes(b"the analyst's points")
    with pytest.raises(AptInputError) as refused:
        run_on_cluster(config(tmp_path, naip_path, naip_glc, tiny_checkpoint), str(tmp_path), workers=1,
                       scheduler="tcp://127.0.0.1:9")  # nothing listens there: reaching it would fail otherwise
    assert str(refused.value) == (f"The output file {str(prompts)!r} already exists. Choose another name, or "
                                  "allow overwriting.")
    assert prompts.read_bytes() == b"the analyst's points"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["prompts.gpkg"]  # no manifest, no tiles, no outputs
