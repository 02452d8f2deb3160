"""Loaded by the fault test's workers (``dask worker --preload``): faults at points the test controls.

``APT_FAULT_ROLE``:
- ``victim``: the first time this worker starts building the SAM model (when a model plugin is
  registered, or at its first tile), it starts a third worker (``late``) and kills itself (SIGKILL).
- ``steady``: before it builds the model, it waits until the late worker has joined the scheduler,
  so that the late worker joins while the run is under way.
- ``late``: writes ``late-joined`` in ``APT_FAULT_DIR`` once registered with the scheduler.
Nothing else changes: the model is the real one, built by the real code.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cluster_processes import wait_for_file, worker_command, worker_environment  # noqa: E402

ROLE = os.environ.get("APT_FAULT_ROLE", "")
FOLDER = Path(os.environ.get("APT_FAULT_DIR", "."))


def _kill_and_call_in_a_replacement() -> None:
    args = json.loads(os.environ["APT_FAULT_LATE_ARGS"])
    late = subprocess.Popen(worker_command(Path(os.environ["APT_FAULT_SCHEDULER_FILE"]), "late", *args),
                            stdout=open(FOLDER / "late.log", "w"), stderr=subprocess.STDOUT,  # noqa: SIM115
                            env=worker_environment(APT_FAULT_ROLE="late", APT_FAULT_DIR=str(FOLDER)),
                            start_new_session=True)
    (FOLDER / "late.pid").write_text(str(late.pid))
    (FOLDER / "victim.pid").write_text(str(os.getpid()))
    os.kill(os.getpid(), signal.SIGKILL)


def _fault(build):
    def building(self, *args, **kwargs):
        if ROLE == "victim" and not (FOLDER / "victim.pid").exists():
            _kill_and_call_in_a_replacement()
        if ROLE == "steady":
            wait_for_file(FOLDER / "late-joined", timeout=300)
        return build(self, *args, **kwargs)

    return building


async def _mark_when_joined(worker) -> None:
    from distributed.core import Status

    while worker.status != Status.running:
        await asyncio.sleep(0.05)
    (FOLDER / "late-joined").write_text(str(os.getpid()))


async def dask_setup(worker) -> None:
    from apt_cropland.plugin.core.models.sam_engine import SamEngine

    SamEngine.__init__ = _fault(SamEngine.__init__)
    if ROLE == "late":
        asyncio.ensure_future(_mark_when_joined(worker))
