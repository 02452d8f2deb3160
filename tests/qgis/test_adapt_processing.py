"""``aptcropland:adapt`` and ``ADAPTER`` on ``aptcropland:autoprompt``: issue 23's learning test through
Processing (the adapted run beats the frozen run and the coarse land cover on the held-out half,
layers in other CRSs than the image's), the report, and bad input refused with nothing written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from adapt_support import SETTINGS, build, east_iou, land_cover_east_iou
from processing_support import fails, run

ADAPT, AUTOPROMPT = "aptcropland:adapt", "aptcropland:autoprompt"
BANDS_PRESET_NDVI = "ndvi"


@pytest.fixture(scope="module")
def scene(naip_path, tmp_path_factory) -> dict[str, str]:
    return build(naip_path, str(tmp_path_factory.mktemp("learning_processing")))


def _inputs(naip_path: str, scene: dict, checkpoint: str) -> dict:
    return {"IMAGE": naip_path, "GLC": scene["glc"], "CHECKPOINT": checkpoint, "DEVICE": "cpu",
            "TILE_SIZE": SETTINGS["tile_size"], "OVERLAP": SETTINGS["overlap"], "BANDS_PRESET": BANDS_PRESET_NDVI}


def test_adapt_then_autoprompt_with_the_adapter_beats_frozen_and_land_cover(processing_provider, naip_path, scene,
                                                                           tiny_checkpoint, tmp_path):
    adapter, report = str(tmp_path / "region.pt"), str(tmp_path / "report.html")
    results, log = run(ADAPT, {**_inputs(naip_path, scene, tiny_checkpoint), "LABELS": scene["labels"],
                               "LABEL_AREA": scene["area"], "WEAK_LABELS": False, "WEAK_WEIGHT": 0.3,
                               "EPOCHS": SETTINGS["epochs"], "LEARNING_RATE": SETTINGS["learning_rate"],
                               "VALIDATION": 0.25, "SEED": 0, "OUTPUT": adapter, "OUTPUT_HTML": report})
    assert results["OUTPUT"] == adapter and os.path.exists(adapter)
    assert results["OUTPUT_HTML"] == report and "Frozen decoder" in Path(report).read_text(encoding="utf-8")
    assert results["VALIDATION_IOU_AFTER"] > results["VALIDATION_IOU_BEFORE"]
    assert "Epoch 1/" in log
    ious = {}
    for name, extra in (("frozen", {}), ("adapted", {"ADAPTER": adapter})):
        probability = str(tmp_path / f"{name}.tif")
        _, log = run(AUTOPROMPT, {**_inputs(naip_path, scene, tiny_checkpoint), **extra, "OUTPUT": "TEMPORARY_OUTPUT",
                                  "OUTPUT_PROBABILITY": probability})
        ious[name] = east_iou(probability, naip_path)
    assert "Decoding with the adapter region.pt" in log
    ious["land cover"] = land_cover_east_iou(scene["glc"], naip_path)
    print("held-out IoU (Processing):", ious)
    assert ious["adapted"] > ious["frozen"] + 0.2 and ious["adapted"] > ious["land cover"], ious


def test_adapt_bad_input_is_refused_and_nothing_is_written(processing_provider, naip_path, scene, tiny_checkpoint,
                                                          tmp_path):
    adapter = str(tmp_path / "a.pt")
    fails(ADAPT, {**_inputs(naip_path, scene, tiny_checkpoint), "OUTPUT": adapter}, "nothing to learn from")
    fails(ADAPT, {**_inputs(naip_path, scene, tiny_checkpoint), "LABEL_AREA": scene["area"], "OUTPUT": adapter},
          "without labels")
    foreign = tmp_path / "foreign.pt"
    foreign.write_bytes(b"not an adapter at all")
    fails(AUTOPROMPT, {**_inputs(naip_path, scene, tiny_checkpoint), "ADAPTER": str(foreign),
                       "OUTPUT": "TEMPORARY_OUTPUT"}, "foreign.pt", "adapter")
    assert not os.path.exists(adapter)
