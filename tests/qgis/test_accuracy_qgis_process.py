"""The accuracy algorithms from the command line (``qgis_process``), as a script or CI would run them."""

from __future__ import annotations

import csv

import numpy as np
import pytest
from qgis_process_support import enable_plugin, needs_qgis_process, qgis_process_env, run_algorithm
from qgis_process_support import qgis_process as qgis_process_run
from rasterio.transform import from_origin
from support import write_raster

pytestmark = needs_qgis_process


@pytest.fixture(scope="module")
def env(tmp_path_factory) -> dict:
    return enable_plugin(qgis_process_env(tmp_path_factory.mktemp("qgis_profile")))


def qgis_process(env, alg: str, **params) -> dict:
    return run_algorithm(env, f"aptcropland:{alg}", params)


def test_evaluate_sample_assess(env, tmp_path):
    data = np.zeros((100, 100), np.uint8)
    data[:, :50] = 1
    map_path = write_raster(tmp_path / "map.tif", data, crs="EPSG:32633",
                            transform=from_origin(500000, 5000000, 10, 10))
    ref = np.zeros((50, 50), np.uint8)  # 20 m, in the same CRS: cropland x < 500400
    ref[:, :20] = 1
    ref_path = write_raster(tmp_path / "ref.tif", ref, crs="EPSG:32633", transform=from_origin(500000, 5000000, 20, 20))

    report = qgis_process(env, "evaluate", MAP=map_path, REFERENCE=ref_path, OUTPUT_TABLE=tmp_path / "scores.csv",
                          OUTPUT_HTML=tmp_path / "report.html")
    results = report["results"]
    assert results["MAP_OA"] == pytest.approx(0.9) and results["MAP_PIXELS"] == 10000
    assert (tmp_path / "report.html").is_file()

    report = qgis_process(env, "sample", MAP=map_path, SIZE=0, TARGET_SE=0.05, EXPECTED_UA="1:0.8,0:0.95",
                          MIN_PER_CLASS=5, SEED=1, OUTPUT=tmp_path / "sample.gpkg")
    # eq. 13: W = 0.5 / 0.5, S = 0.4 and 0.218: n = ((0.2 + 0.109) / 0.05)^2 = 38.2 -> 39
    assert any("Sample size 39" in line for line in report["log"]["info"])

    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(tmp_path / "sample.gpkg"), "sample", "ogr")
    assert layer.featureCount() == 39  # 19.5 each: 20 + 19 (largest remainders add up to 39)
    layer.startEditing()
    index = layer.fields().indexOf("ref_class")
    for f in layer.getFeatures():
        layer.changeAttributeValue(f.id(), index, f["stratum"])
    assert layer.commitChanges()
    del layer

    report = qgis_process(env, "assess", MAP=map_path, SAMPLE=tmp_path / "sample.gpkg",
                          OUTPUT_TABLE=tmp_path / "estimates.csv")
    assert report["results"]["OA"] == pytest.approx(1.0) and report["results"]["OA_CI95"] == 0
    with open(tmp_path / "estimates.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["class"] for r in rows] == ["0", "1"]
    assert float(rows[1]["adjusted_area_ha"]) == pytest.approx(50, rel=1e-3)


def test_bad_input_fails_with_a_message(env, tmp_path):
    grass = write_raster(tmp_path / "grass.tif", np.full((20, 20), 3, np.uint8), crs="EPSG:32633",
                         transform=from_origin(500000, 5000000, 10, 10))
    proc = qgis_process_run(env, "run", "aptcropland:evaluate", "--", f"MAP={grass}", f"REFERENCE={grass}")
    assert proc.returncode != 0
    assert "The reference has no cropland in the compared area" in proc.stdout + proc.stderr
