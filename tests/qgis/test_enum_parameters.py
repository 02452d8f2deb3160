"""Enum parameters by name (``DEVICE=cpu``), old indices still meaning the same option, and the
names listed in each algorithm's help. The land cover over the NAIP image is SYNTHETIC."""

from __future__ import annotations

import pytest
from processing_support import FAST, fails, run, vector
from qgis.core import QgsApplication

from apt_cropland.plugin.processing.parameters import NamedEnumParameter


@pytest.fixture(scope="module", autouse=True)
def provider(processing_provider):
    return processing_provider


def test_every_enum_parameter_of_every_algorithm_takes_names(provider):
    from qgis.core import QgsProcessingParameterEnum

    enums = [
        (alg.id(), p) for alg in provider.algorithms() for p in alg.parameterDefinitions()
        if isinstance(p, QgsProcessingParameterEnum)
    ]
    assert {name for _, p in enums for name in [p.name()]} >= {"GLC_SOURCE", "DEVICE", "PRECISION"}
    for alg_id, parameter in enums:
        assert isinstance(parameter, NamedEnumParameter) and parameter.usesStaticStrings(), (alg_id, parameter.name())
        help_text = QgsApplication.processingRegistry().algorithmById(alg_id).shortHelpString()
        assert f"{parameter.name()}: {', '.join(parameter.options())}" in help_text


def test_autoprompt_by_names(naip_path, naip_glc, tiny_checkpoint, tmp_path):
    results, log = run("aptcropland:autoprompt", {
        "IMAGE": naip_path, "GLC": naip_glc, "GLC_SOURCE": "layer", "CHECKPOINT": tiny_checkpoint,
        "DEVICE": "cpu", "PRECISION": "fp32", "POINTS_PER_CLASS": 5, "MIN_AREA": 200, **FAST,
        "OUTPUT": str(tmp_path / "out.gpkg"),
    })
    assert "on CPU, encoder: fp32" in log
    assert vector(results["OUTPUT"]).crs().authid() == "EPSG:26914"


@pytest.mark.parametrize("old, name", [(0, "auto"), ("1", "fp32")])
def test_old_indices_still_mean_the_same_option(naip_path, naip_glc, tiny_checkpoint, tmp_path, old, name):
    _, log = run("aptcropland:autoprompt", {
        "IMAGE": naip_path, "GLC": naip_glc, "GLC_SOURCE": 0, "CHECKPOINT": tiny_checkpoint, "DEVICE": 1,
        "PRECISION": old, "POINTS_PER_CLASS": 5, "MIN_AREA": 200, "TILE_SIZE": 1024,
        "OUTPUT": str(tmp_path / "out.gpkg"),
    })
    assert "on CPU, encoder:" in log
    if name == "fp32":
        assert "encoder: fp32" in log


def test_an_unknown_name_is_refused(naip_path, naip_glc, tmp_path):
    fails("aptcropland:prompts", {
        "IMAGE": naip_path, "GLC": naip_glc, "GLC_SOURCE": "worldcover_1999", "OUTPUT": str(tmp_path / "p.gpkg"),
    }, "GLC_SOURCE")
