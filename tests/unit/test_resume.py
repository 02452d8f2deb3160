"""``--resume`` of an in-process run (``--workers 0``), as an analyst meets it: the command line
killed (SIGKILL) partway through 63 tiles of the real NAIP scene (128 px tiles), then resumed
from its --out folder. The land cover is SYNTHETIC (built from the scene's NDVI)."""

from __future__ import annotations

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
from osgeo import ogr

ROOT = Path(__file__).resolve().parents[2]
TILES = SMALL_TILES
def probability(out: Path) -> np.ndarray:
    with rasterio.open(out / "probability.tif") as ds:
        return ds.read(1)


def polygons(out: Path) -> list[tuple[float, float]]:
    ds = ogr.Open(str(out / "cropland.gpkg"))
    return sorted((round(f.GetField("area_ha"), 4), round(f.GetField("mean_prob"), 3)) for f in ds.GetLayer(0))


def assert_tiles_add_up(summary: dict) -> None:
    assert summary["tiles_computed"] + summary["tiles_reused"] + summary["tiles_skipped"] == summary["tiles_total"]


@pytest.fixture(scope="module")
def inputs(naip_path, naip_glc, tiny_checkpoint):
    return naip_path, naip_glc, tiny_checkpoint


@pytest.fixture(scope="module")
def uninterrupted(inputs, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("uninterrupted")
    rc, summary, err = run(command(*inputs, out))
    assert rc == 0, err[-3000:]
    assert summary["tiles_total"] == TILES and summary["tiles_reused"] == 0
    assert_tiles_add_up(summary)
    return out


def test_a_killed_in_process_run_resumes_where_it_stopped(inputs, uninterrupted, tmp_path):
    proc = subprocess.Popen(command(*inputs, tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=environment())
    deadline = time.monotonic() + 600
    while len(finished_tiles(tmp_path)) < 10:  # the run folder, polled: some tiles are recorded
        assert proc.poll() is None, proc.communicate()[1][-3000:]
        assert time.monotonic() < deadline, "fewer than 10 tiles recorded in 600 s"
        time.sleep(0.1)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=60)
    before = len(finished_tiles(tmp_path))
    assert 10 <= before < TILES
    assert sorted(p.name for p in tmp_path.iterdir()) == ["manifest.json", "tiles"]  # no output, no temporary

    rc, summary, err = run(command(*inputs, tmp_path, "--resume"))
    assert rc == 0, err[-3000:]
    assert summary["tiles_reused"] > 0 and summary["tiles_reused"] + summary["tiles_skipped"] >= before
    assert summary["tiles_computed"] <= TILES - before
    assert_tiles_add_up(summary)
    assert np.abs(probability(tmp_path) - probability(uninterrupted)).max() <= 1e-5
    assert polygons(tmp_path) == polygons(uninterrupted)


def test_a_resume_with_other_vectorising_options_revectorises(inputs, uninterrupted, tmp_path):
    out = tmp_path / "out"
    rc, summary, err = run(command(*inputs, out))
    assert rc == 0, err[-3000:]
    first = polygons(out)
    # only the minimum area and the simplification change: no tile is computed again
    rc, summary, err = run(command(*inputs, out, "--resume", "--overwrite", "--min-area", "300", "--simplify", "5"))
    assert rc == 0, err[-3000:]
    assert summary["tiles_computed"] == 0 and summary["tiles_reused"] + summary["tiles_skipped"] == TILES
    assert_tiles_add_up(summary)
    assert np.abs(probability(out) - probability(uninterrupted)).max() <= 1e-5
    assert 0 < len(polygons(out)) < len(first)
    assert min(area for area, _ in polygons(out)) >= 0.03  # 300 m2

    # a tile option (the seed) is another configuration: refused, and nothing changes
    rc, summary, err = run(command(*inputs, out, "--resume", "--overwrite", "--seed", "7"))
    assert rc == 2 and "another configuration" in err and "Traceback" not in err
    # a finished run folder is not started again unasked
    rc, summary, err = run(command(*inputs, out))
    assert rc == 2 and "--resume" in err and "Traceback" not in err
    assert 0 < len(polygons(out)) < len(first)


def test_a_damaged_manifest_is_a_clear_message(inputs, tmp_path):
    (tmp_path / "manifest.json").write_text('{"config_hash": "abc", "tiles": {"3": ')  # cut short
    rc, summary, err = run(command(*inputs, tmp_path, "--resume"))
    assert rc == 2 and "Traceback" not in err
    assert str(tmp_path / "manifest.json") in err and "damaged" in err
    assert (tmp_path / "manifest.json").read_text() == '{"config_hash": "abc", "tiles": {"3": '


def test_vectorising_options_are_not_hashed_tile_options_are(naip_path, naip_glc, tiny_checkpoint):
    from apt_cropland.plugin.core.config import Config
    from apt_cropland.plugin.core.pipeline.run_folder import config_hash

    base = Config(image=naip_path, glc=naip_glc, checkpoint=tiny_checkpoint)
    same = Config(image=naip_path, glc=naip_glc, checkpoint=tiny_checkpoint, min_area_m2=7.0, simplify_m=3.0,
                  threshold=0.3, output="elsewhere.gpkg", overwrite=True)
    assert config_hash(same) == config_hash(base)
    for other in (dict(seed=1), dict(tile_size=512), dict(points_per_class=9), dict(ensemble=2)):
        assert config_hash(Config(image=naip_path, glc=naip_glc, checkpoint=tiny_checkpoint, **other)) != \
            config_hash(base)



def test_a_model_folder_is_hashed_by_its_files(naip_path, naip_glc, tmp_path):
    """A SAM 3 model is a folder: new weights written into it (same folder, same names) are another
    model, so a resumed run computes its tiles again instead of reusing the old model's."""
    import os

    from apt_cropland.plugin.core.config import Config
    from apt_cropland.plugin.core.pipeline.run_folder import config_hash

    folder = tmp_path / "sam3"
    folder.mkdir()
    (folder / "config.json").write_text('{"model_type": "sam3_video"}')
    weights = folder / "model.safetensors"
    weights.write_bytes(b"first weights")
    config = Config(image=naip_path, glc=naip_glc, checkpoint=str(folder))
    before = config_hash(config)
    assert config_hash(config) == before
    stat = os.stat(folder)
    weights.write_bytes(b"other weights, longer")  # rewritten in place: the folder's own stat unchanged
    os.utime(folder, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert config_hash(config) != before

def test_tiles_without_prompts_are_counted_as_skipped_and_reused_in_process(naip_path, naip_glc, tiny_checkpoint,
                                                                          tmp_path):
    from support import west_half_of

    from apt_cropland.plugin.core.config import Config
    from apt_cropland.plugin.core.pipeline import run as run_here

    glc = west_half_of(naip_glc, tmp_path / "west_glc.tif")
    config = Config(image=naip_path, glc=glc, checkpoint=tiny_checkpoint, tile_size=256, overlap=32,
                    points_per_class=6, device="cpu", output=str(tmp_path / "a.gpkg"))
    first = run_here(config, run_folder=str(tmp_path / "run"))
    n = len(first.plan.tiles)
    assert first.tiles_skipped > 0 and first.tiles_computed > 0 and first.tiles_reused == 0
    assert first.tiles_computed + first.tiles_skipped == n
    again = run_here(Config(**{**config.__dict__, "output": str(tmp_path / "b.gpkg")}),
                     run_folder=str(tmp_path / "run"), resume=True)
    assert (again.tiles_computed, again.tiles_reused, again.tiles_skipped) == (0, first.tiles_computed,
                                                                                first.tiles_skipped)
    assert again.encoder_runs == 0 and again.n_polygons == first.n_polygons
