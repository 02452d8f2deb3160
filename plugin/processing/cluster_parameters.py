"""Autoprompt's advanced cluster options: a Dask scheduler's address, its TLS files and the shared run
folder."""

from __future__ import annotations

import os
from typing import NamedTuple

from qgis.core import QgsProcessingUtils

from ..toolbelt.i18n import tr
from .option_parameters import add_parameters

SCHEDULER, RUN_FOLDER = "SCHEDULER", "RUN_FOLDER"
TLS_CA_FILE, TLS_CERT, TLS_KEY = "TLS_CA_FILE", "TLS_CERT", "TLS_KEY"


class Scheduler(NamedTuple):
    """A scheduler's address and, for ``tls://``, its TLS files (the CLI's ``--tls-*``)."""

    address: str
    tls: object | None = None  # core.cluster.security.TlsFiles


def add_cluster_parameters(alg) -> None:
    """The scheduler, the run folder and the TLS files, from the run options' table (advanced)."""
    add_parameters(alg, [SCHEDULER, RUN_FOLDER, TLS_CA_FILE, TLS_CERT, TLS_KEY])


def cluster_options(alg, parameters, context, config) -> tuple[Scheduler | None, str | None]:
    """``(scheduler, run folder)``; no address: the run stays in this process, recording its tiles in
    the run folder when one is given (None: no run folder). The run folder is named after the
    configuration's hash, so running the same job again finishes it (resume)."""
    from ..core.cluster.security import TlsFiles
    from ..core.pipeline.run_folder import config_hash

    address = alg.parameterAsString(parameters, SCHEDULER, context).strip() or None
    base = alg.parameterAsFile(parameters, RUN_FOLDER, context).strip()
    if address is None and not base:
        return None, None
    base = base or QgsProcessingUtils.tempFolder()
    folder = os.path.join(base, f"apt_cropland_run_{config_hash(config)[:16]}")
    if address is None:
        return None, folder
    files = TlsFiles(*(alg.parameterAsFile(parameters, name, context).strip() or None
                       for name in (TLS_CA_FILE, TLS_CERT, TLS_KEY)))
    return Scheduler(address, files if files.given() else None), folder


def run_on_scheduler(config, scheduler: Scheduler, folder: str, feedback):
    """The run's tiles on the cluster; outputs where ``config`` says, the run's files in ``folder``."""
    from ..core.cluster import run_on_cluster
    from ..core.cluster.security import cluster_security

    cluster_security(scheduler.address, scheduler.tls)  # its TLS files checked before the run folder is made
    os.makedirs(folder, exist_ok=True)
    feedback.info(tr("Running the tiles on the Dask scheduler {address}, run folder {folder}.").format(
        address=scheduler.address, folder=folder))
    return run_on_cluster(config, folder, scheduler=scheduler.address, resume=True, feedback=feedback,
                          tls=scheduler.tls)
