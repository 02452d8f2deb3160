"""Issue 23's learning test through the command line: on the real NAIP scene with a cropland stand-in
the image defines and a coarse land cover made from it (``tests/adapt_support.py``), labels on the
west half, an adapter learnt with a tiny random SAM must beat both the frozen run and the land
cover on the held-out east half (IoU). Also ``adapt``'s bad input (exit 2, one line, nothing written)."""

from __future__ import annotations

import json
import os

import pytest
from adapt_support import SETTINGS, build, east_iou, land_cover_east_iou
from cli_support import run_cli


@pytest.fixture(scope="module")
def learning_scene(naip_path, tmp_path_factory) -> dict[str, str]:
    return build(naip_path, str(tmp_path_factory.mktemp("learning")))


def _inputs(naip_path: str, scene: dict, checkpoint: str) -> list[str]:
    return ["--image", naip_path, "--glc", scene["glc"], "--checkpoint", checkpoint, "--device", "cpu",
            "--tile-size", str(SETTINGS["tile_size"]), "--overlap", str(SETTINGS["overlap"]),
            "--bands-preset", SETTINGS["bands_preset"]]


def test_the_adapted_run_beats_the_frozen_run_and_the_land_cover_on_the_held_out_half(
        no_qgis, naip_path, learning_scene, tiny_checkpoint, tmp_path):
    adapter, report = tmp_path / "region.pt", tmp_path / "report.html"
    proc = run_cli(no_qgis, "adapt", *_inputs(naip_path, learning_scene, tiny_checkpoint),
                   "--labels", learning_scene["labels"], "--label-area", learning_scene["area"],
                   "--epochs", str(SETTINGS["epochs"]), "--learning-rate", str(SETTINGS["learning_rate"]),
                   "--validation", "0.25", "--seed", "0", "--out", str(adapter), "--report", str(report), "--json")
    assert proc.returncode == 0, proc.stderr[-3000:]
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    for key in ("tiles_train", "tiles_validation", "epochs_run", "seconds", "validation_iou_before",
                "validation_iou_after", "validation_f1_before", "validation_f1_after", "adapter"):
        assert key in summary, key
    assert summary["adapter"] == str(adapter) and adapter.exists() and report.exists()
    assert summary["tiles_validation"] >= 1 and summary["validation_iou_after"] > summary["validation_iou_before"]
    ious = {}
    for name, extra in (("frozen", []), ("adapted", ["--adapter", str(adapter)])):
        out = tmp_path / name
        proc = run_cli(no_qgis, "run", *_inputs(naip_path, learning_scene, tiny_checkpoint), *extra,
                       "--out", str(out), "--json")
        assert proc.returncode == 0, proc.stderr[-3000:]
        ious[name] = east_iou(str(out / "probability.tif"), naip_path)
    ious["land cover"] = land_cover_east_iou(learning_scene["glc"], naip_path)
    print("held-out IoU:", ious, "validation:", summary)
    assert ious["adapted"] > ious["frozen"] + 0.2, ious
    assert ious["adapted"] > ious["land cover"], ious


def test_adapt_refuses_bad_input_in_one_line_and_writes_nothing(no_qgis, naip_path, learning_scene, tiny_checkpoint,
                                                                tmp_path):
    inputs = _inputs(naip_path, learning_scene, tiny_checkpoint)
    out = str(tmp_path / "a.pt")
    for extra, words in (
        ([], "nothing to learn from"),
        (["--labels", str(tmp_path / "missing.gpkg")], "cannot open"),
        (["--labels", learning_scene["labels"], "--epochs", "0"], "at least one epoch"),
        (["--weak-labels", "--adapter", out], "unrecognized arguments"),
    ):
        proc = run_cli(no_qgis, "adapt", *inputs, *extra, "--out", out)
        assert proc.returncode == 2, proc.stderr
        assert words.lower() in proc.stderr.lower(), proc.stderr
    proc = run_cli(no_qgis, "run", *inputs, "--adapter", str(tmp_path / "nowhere.pt"), "--out", str(tmp_path / "r"))
    assert proc.returncode == 2 and "does not exist" in proc.stderr, proc.stderr
    assert not os.path.exists(out)
