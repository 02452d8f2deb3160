"""aptcropland:autoprompt with SCHEDULER: the tiles on a Dask cluster (a local one, 2 worker processes),
the same result as in QGIS's own process. The land cover over the NAIP scene is SYNTHETIC."""

from __future__ import annotations

import numpy as np
import pytest
import rasterio
from processing_support import run, vector

distributed = pytest.importorskip("distributed")

PARAMS = {"TILE_SIZE": 256, "OVERLAP": 32, "POINTS_PER_CLASS": 5, "ROUNDS": 2, "MIN_AREA": 200, "DEVICE": "cpu"}


@pytest.fixture(scope="module", autouse=True)
def provider(processing_provider):
    return processing_provider


@pytest.fixture(scope="module")
def scheduler():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    yield cluster.scheduler_address
    cluster.close()


def test_autoprompt_on_a_scheduler_gives_the_local_result(scheduler, naip_path, naip_glc, tiny_checkpoint, tmp_path):
    common = {"IMAGE": naip_path, "GLC": naip_glc, "CHECKPOINT": tiny_checkpoint, **PARAMS}
    local, _ = run("aptcropland:autoprompt", {**common, "OUTPUT": str(tmp_path / "local.gpkg"),
                                              "OUTPUT_PROBABILITY": str(tmp_path / "local.tif")})
    remote, log = run("aptcropland:autoprompt", {
        **common, "SCHEDULER": scheduler, "RUN_FOLDER": str(tmp_path / "runs"),
        "OUTPUT": str(tmp_path / "remote.gpkg"), "OUTPUT_PROBABILITY": str(tmp_path / "remote.tif"),
        "OUTPUT_PROMPTS": str(tmp_path / "prompts.gpkg"),
    })
    assert "Running the tiles on the Dask scheduler" in log
    with rasterio.open(local["OUTPUT_PROBABILITY"]) as a, rasterio.open(remote["OUTPUT_PROBABILITY"]) as b:
        assert np.abs(a.read(1) - b.read(1)).max() <= 1e-5
    ours, theirs = vector(local["OUTPUT"]), vector(remote["OUTPUT"])
    assert ours.featureCount() == theirs.featureCount() > 0
    assert sum(f["area_ha"] for f in theirs.getFeatures()) == pytest.approx(
        sum(f["area_ha"] for f in ours.getFeatures()), rel=1e-3)
    assert vector(remote["OUTPUT_PROMPTS"]).featureCount() > 0


def test_autoprompt_has_the_tls_options_and_runs_on_a_tls_scheduler(naip_path, naip_glc, tiny_checkpoint, tmp_path):
    """TLS_CA_FILE, TLS_CERT and TLS_KEY (advanced): a tls:// scheduler without them is refused clearly;
    with them, the run goes through a local cluster that speaks TLS only (certificates made here)."""
    pytest.importorskip("cryptography")  # makes the test's certificates
    from cluster_processes import make_tls_files
    from distributed.security import Security
    from processing_support import fails
    from qgis.core import QgsApplication, QgsProcessingParameterDefinition

    alg = QgsApplication.processingRegistry().algorithmById("aptcropland:autoprompt")
    for name in ("TLS_CA_FILE", "TLS_CERT", "TLS_KEY"):
        param = alg.parameterDefinition(name)
        assert param is not None and param.flags() & QgsProcessingParameterDefinition.Flag.FlagAdvanced
    ca, cert, key = make_tls_files(tmp_path)
    security = Security(tls_ca_file=ca, tls_scheduler_cert=cert, tls_scheduler_key=key, tls_worker_cert=cert,
                        tls_worker_key=key, tls_client_cert=cert, tls_client_key=key, require_encryption=True)
    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, protocol="tls://",
                                       host="127.0.0.1", security=security, dashboard_address=None)
    try:
        common = {"IMAGE": naip_path, "GLC": naip_glc, "CHECKPOINT": tiny_checkpoint, **PARAMS,
                  "SCHEDULER": cluster.scheduler_address, "RUN_FOLDER": str(tmp_path / "runs")}
        assert cluster.scheduler_address.startswith("tls://")
        fails("aptcropland:autoprompt", {**common, "OUTPUT": str(tmp_path / "refused.gpkg")},
              "tls:// scheduler needs three files", "Missing: --tls-ca-file, --tls-cert, --tls-key")
        assert not (tmp_path / "runs").exists()  # refused before anything was made
        remote, log = run("aptcropland:autoprompt", {
            **common, "TLS_CA_FILE": ca, "TLS_CERT": cert, "TLS_KEY": key, "OUTPUT": str(tmp_path / "remote.gpkg"),
            "OUTPUT_PROBABILITY": str(tmp_path / "remote.tif")})
    finally:
        cluster.close()
    assert "Running the tiles on the Dask scheduler tls://" in log
    assert vector(remote["OUTPUT"]).featureCount() > 0


def test_autoprompt_makes_the_same_fields_on_a_scheduler(scheduler, naip_path, naip_glc, tmp_path):
    """OUTPUT_FIELDS with SCHEDULER: the tile tasks decode the fields' masks, the client paints and joins
    them; the same field parcels as in QGIS's own process. A tiny SAM whose probabilities spread across 0.5
    (more cropland, so that there are fields), 16 tiles of 128 px."""
    from spread_models import save_spread_sam

    common = {"IMAGE": naip_path, "GLC": naip_glc, "CHECKPOINT": save_spread_sam(tmp_path / "spread.pth", seed=1),
              **PARAMS, "TILE_SIZE": 128, "OVERLAP": 16, "POINTS_PER_CLASS": 4, "MIN_AREA": 100, "PRECISION": "fp32",
              "EXTENT": "485899,488099,5207046,5209246 [EPSG:26914]", "FIELD_POINT_SPACING": 50,
              "FIELD_MIN_SCORE": 0, "FIELD_MIN_STABILITY": 0, "MIN_FIELD_AREA": 500}
    local, _ = run("aptcropland:autoprompt", {**common, "OUTPUT": str(tmp_path / "local.gpkg"),
                                              "OUTPUT_FIELDS": str(tmp_path / "local_fields.gpkg")})
    remote, log = run("aptcropland:autoprompt", {
        **common, "SCHEDULER": scheduler, "RUN_FOLDER": str(tmp_path / "runs"), "OUTPUT": str(tmp_path / "remote.gpkg"),
        "OUTPUT_FIELDS": str(tmp_path / "remote_fields.gpkg")})
    assert "Running the tiles on the Dask scheduler" in log and "field parcels." in log

    def fields(path) -> list:
        return [(f.geometry().asWkt(6), f.attributes()[1:]) for f in vector(path).getFeatures()]

    assert fields(remote["OUTPUT_FIELDS"]) == fields(local["OUTPUT_FIELDS"]) and fields(local["OUTPUT_FIELDS"])
