"""Running the plugin's provider through ``qgis_process`` (as a script, CI or ``make demo`` does)."""

from __future__ import annotations

import json
import os
import subprocess
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PLUGIN_PATH = ROOT / "build" / "qgis-plugins"
# /usr/bin/qgis_process is a wrapper that adds an option this build rejects; the binary works.
QGIS_PROCESS = "/usr/bin/qgis_process.bin"
needs_qgis_process = pytest.mark.skipif(not os.access(QGIS_PROCESS, os.X_OK),
                                        reason=f"{QGIS_PROCESS} is not installed")


def qgis_process_env(profile: Path) -> dict:
    """The environment ``make demo`` gives qgis_process, with a throw-away QGIS profile in ``profile``."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        QGIS_PLUGINPATH=str(PLUGIN_PATH),
        QGIS_CUSTOM_CONFIG_PATH=str(profile),
        PYTHONPATH=sysconfig.get_paths()["purelib"],  # this venv: torch, segment-anything
        LC_ALL="C.UTF-8",  # the plugin follows the system locale: English, as the tests assert
    )
    return env


def qgis_process(env: dict, *args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([QGIS_PROCESS, *args], capture_output=True, text=True, env=env, timeout=timeout)


def enable_plugin(env: dict) -> dict:
    """The plugin enabled in ``env``'s profile (its provider listed by ``qgis_process``)."""
    proc = qgis_process(env, "plugins", "enable", "apt_cropland")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return env


def run_algorithm(env: dict, alg: str, params: dict, timeout: int = 300) -> dict:
    """``qgis_process run ALG --json -- K=V ...``, which must succeed; its JSON report."""
    proc = qgis_process(env, "run", alg, "--json", "--", *(f"{k}={v}" for k, v in params.items()), timeout=timeout)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return json.loads(proc.stdout)
