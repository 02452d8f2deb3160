"""A real Dask cluster on loopback for tests: ``dask scheduler`` and ``dask worker`` started as
separate processes (each in its own session, ended by its process group at the end)."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PRELOAD = Path(__file__).resolve().parent / "cluster_fault_preload.py"


def worker_environment(**extra: str) -> dict:
    """Workers import the plugin as QGIS names it (``apt_cropland``) and use one thread for torch."""
    return dict(os.environ, PYTHONPATH=str(ROOT / "build" / "qgis-plugins"), OMP_NUM_THREADS="1", **extra)


def wait_for_file(path: Path, timeout: float = 120.0) -> None:
    """Wait for a file another process writes (an event, polled), or fail after ``timeout``."""
    deadline = time.monotonic() + timeout
    while not path.exists():
        if time.monotonic() > deadline:
            raise AssertionError(f"{path} did not appear in {timeout} s")
        time.sleep(0.05)


def worker_command(scheduler_file: Path, name: str, *extra: str) -> list[str]:
    return [sys.executable, "-m", "distributed.cli.dask_worker", "--scheduler-file", str(scheduler_file),
            "--name", name, "--nthreads", "1", "--no-nanny", "--no-dashboard", *extra]


class DaskProcesses:
    """The scheduler and workers of one test, in ``folder``; :meth:`close` ends every one started."""

    def __init__(self, folder: Path, tls: list[str] | None = None):
        self.folder = folder
        self.tls = list(tls or [])
        self.scheduler_file = folder / "scheduler.json"
        self.processes: list[subprocess.Popen] = []
        self.logs = []

    def _start(self, args: list[str], name: str, env: dict) -> subprocess.Popen:
        log = open(self.folder / f"{name}.log", "w")  # noqa: SIM115 (closed in close())
        self.logs.append(log)
        proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
        self.processes.append(proc)
        return proc

    def scheduler(self) -> str:
        protocol = ["--protocol", "tls"] if self.tls else []
        self._start([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", "0",
                     "--no-dashboard", "--scheduler-file", str(self.scheduler_file), *protocol, *self.tls],
                    "scheduler", worker_environment())
        wait_for_file(self.scheduler_file)
        for _ in range(100):  # the file is written in one piece, but may be seen before it is complete
            try:
                return json.loads(self.scheduler_file.read_text())["address"]
            except (ValueError, KeyError):
                time.sleep(0.05)
        raise AssertionError(self.scheduler_file.read_text())

    def worker(self, name: str, *extra: str, **env: str) -> subprocess.Popen:
        return self._start(worker_command(self.scheduler_file, name, *self.tls, *extra), name,
                           worker_environment(**env))

    def log(self, name: str) -> str:
        path = self.folder / f"{name}.log"
        return path.read_text(errors="replace")[-3000:] if path.exists() else ""

    def close(self, more_pids: list[int] = ()) -> None:
        for pid in [p.pid for p in self.processes] + list(more_pids):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(pid, signal.SIGKILL)  # each was started in its own session: its group is its own
        for proc in self.processes:
            proc.wait(timeout=30)
        for log in self.logs:
            log.close()
