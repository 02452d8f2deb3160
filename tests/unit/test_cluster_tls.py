"""A cluster run over TLS: a scheduler and a worker started with a certificate authority and a
certificate made in the test, on loopback, and a run through ``--scheduler tls://...`` with
``--tls-ca-file``, ``--tls-cert`` and ``--tls-key``; what is wrong with the TLS options is refused
clearly, before anything runs. The land cover over the NAIP scene is SYNTHETIC."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import rasterio
from cluster_processes import DaskProcesses, make_tls_files, worker_environment

pytest.importorskip("distributed")
pytest.importorskip("cryptography")

OPTIONS = ["--tile-size", "256", "--overlap", "32", "--points-per-class", "4", "--rounds", "2", "--min-area", "100",
           "--device", "cpu", "--json"]


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory) -> tuple[str, str, str]:
    return make_tls_files(tmp_path_factory.mktemp("tls"))


def cli(image, glc, checkpoint, out, *extra) -> subprocess.CompletedProcess:
    with rasterio.open(image) as ds:  # the north-west third of the scene: 4 tiles
        b = ds.bounds
    extent = f"{b.left},{b.top - (b.top - b.bottom) / 3},{b.left + (b.right - b.left) / 3},{b.top}"
    args = [sys.executable, "-m", "apt_cropland", "run", "--image", image, "--glc", glc, "--checkpoint", checkpoint,
            "--extent", extent, *OPTIONS, "--out", str(out), *extra]
    return subprocess.run(args, capture_output=True, text=True, env=worker_environment(), timeout=600)


def probability(out) -> np.ndarray:
    with rasterio.open(out / "probability.tif") as ds:
        return ds.read(1)


def test_a_run_on_a_tls_scheduler_gives_the_in_process_result(naip_path, naip_glc, tiny_checkpoint, tls_files,
                                                              tmp_path):
    from distributed import Client
    from distributed.security import Security

    ca, cert, key = tls_files
    flags = ["--tls-ca-file", ca, "--tls-cert", cert, "--tls-key", key]
    dask = DaskProcesses(tmp_path, tls=flags)
    try:
        address = dask.scheduler()
        assert address.startswith("tls://127.0.0.1:")
        dask.worker("tls-worker")
        security = Security(tls_ca_file=ca, tls_client_cert=cert, tls_client_key=key, require_encryption=True)
        with Client(address, security=security, timeout="60s") as client:
            client.wait_for_workers(1, timeout=120)
            worker_pid = next(iter(client.run(os.getpid).values()))
        here = cli(naip_path, naip_glc, tiny_checkpoint, tmp_path / "here", "--workers", "0")
        assert here.returncode == 0, here.stderr[-3000:]
        there = cli(naip_path, naip_glc, tiny_checkpoint, tmp_path / "there", "--scheduler", address, *flags)
        assert there.returncode == 0, there.stderr[-3000:]
        summary = json.loads(there.stdout.strip().splitlines()[-1])
        assert summary["tiles_computed"] == summary["tiles_total"] == json.loads(here.stdout.splitlines()[-1])[
            "tiles_total"] > 1
        with open(tmp_path / "there" / "manifest.json", encoding="utf-8") as f:
            assert {t["worker"] for t in json.load(f)["tiles"].values()} == {worker_pid}  # the TLS worker ran them
        assert np.abs(probability(tmp_path / "there") - probability(tmp_path / "here")).max() <= 1e-5
        assert summary["polygons"] == json.loads(here.stdout.splitlines()[-1])["polygons"]
    except BaseException:
        print(dask.log("scheduler"), dask.log("tls-worker"))
        raise
    finally:
        dask.close()


def refusal(capsys, *args) -> str:
    from apt_cropland.plugin.cli.main import main

    assert main(list(args)) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err


@pytest.fixture()
def common(naip_path, naip_glc, tiny_checkpoint, tmp_path) -> list[str]:
    return ["run", "--image", naip_path, "--glc", naip_glc, "--checkpoint", tiny_checkpoint, "--device", "cpu",
            "--out", str(tmp_path / "out")]


def test_a_tls_address_without_its_files_is_refused(common, tls_files, capsys, tmp_path):
    ca, cert, key = tls_files
    err = refusal(capsys, *common, "--scheduler", "tls://127.0.0.1:9")  # nothing listens there
    assert "A tls:// scheduler needs three files" in err and "--tls-ca-file, --tls-cert, --tls-key" in err
    err = refusal(capsys, *common, "--scheduler", "tls://127.0.0.1:9", "--tls-ca-file", ca, "--tls-cert", cert)
    assert "Missing: --tls-key." in err
    assert not (tmp_path / "out" / "manifest.json").exists()


def test_missing_unreadable_or_wrong_tls_files_are_refused(common, tls_files, capsys, tmp_path):
    ca, cert, key = tls_files
    address = ["--scheduler", "tls://127.0.0.1:9"]
    err = refusal(capsys, *common, *address, "--tls-ca-file", ca, "--tls-cert", str(tmp_path / "gone.pem"),
                  "--tls-key", key)
    assert f"The TLS certificate file '{tmp_path / 'gone.pem'}' does not exist." in err
    err = refusal(capsys, *common, *address, "--tls-ca-file", str(tmp_path), "--tls-cert", cert, "--tls-key", key)
    assert "is not a file" in err
    (tmp_path / "garbage.pem").write_text("not a certificate")
    err = refusal(capsys, *common, *address, "--tls-ca-file", ca, "--tls-cert", cert, "--tls-key",
                  str(tmp_path / "garbage.pem"))
    assert "The TLS files cannot be used" in err
    err = refusal(capsys, *common, *address, "--tls-ca-file", ca, "--tls-cert", key, "--tls-key", cert)
    assert "The TLS files cannot be used" in err  # swapped: the certificate given as the key
    if os.geteuid() != 0:  # root reads any file
        locked = tmp_path / "locked.pem"
        locked.write_bytes(Path(key).read_bytes())
        locked.chmod(0)
        err = refusal(capsys, *common, *address, "--tls-ca-file", ca, "--tls-cert", cert, "--tls-key", str(locked))
        assert "cannot be read" in err
    assert not (tmp_path / "out" / "manifest.json").exists()


def test_tls_files_without_a_tls_scheduler_are_refused(common, tls_files, capsys):
    ca, cert, key = tls_files
    files = ["--tls-ca-file", ca, "--tls-cert", cert, "--tls-key", key]
    err = refusal(capsys, *common, "--scheduler", "tcp://127.0.0.1:9", *files)
    assert "used only with a tls:// scheduler address (given: tcp://127.0.0.1:9)" in err
    err = refusal(capsys, *common, *files)
    assert "are for a tls:// --scheduler; none was given" in err
