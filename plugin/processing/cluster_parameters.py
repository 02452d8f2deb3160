"""Autoprompt's advanced cluster options: a Dask scheduler's address and the shared run folder."""

from __future__ import annotations

import os

from qgis.core import (
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsProcessingUtils,
)

from ..i18n import tr

SCHEDULER, RUN_FOLDER = "SCHEDULER", "RUN_FOLDER"


def add_cluster_parameters(alg) -> None:
    scheduler = QgsProcessingParameterString(
        SCHEDULER, tr("Dask scheduler to run the tiles on (tcp://host:port; empty: this computer)"), optional=True
    )
    folder = QgsProcessingParameterFile(
        RUN_FOLDER, tr("Run folder every worker can reach (a shared disk; default: QGIS's temporary folder)"),
        QgsProcessingParameterFile.Behavior.Folder, optional=True,
    )
    for param in (scheduler, folder):
        param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        alg.addParameter(param)


def cluster_options(alg, parameters, context, config) -> tuple[str | None, str | None]:
    """``(scheduler address, run folder)``; no address: the run stays in this process, recording its
    tiles in the run folder when one is given (None: no run folder). The run folder is named after
    the configuration's hash, so running the same job again finishes it (resume)."""
    from ..core.pipeline.run_folder import config_hash

    address = alg.parameterAsString(parameters, SCHEDULER, context).strip() or None
    base = alg.parameterAsFile(parameters, RUN_FOLDER, context).strip()
    if address is None and not base:
        return None, None
    base = base or QgsProcessingUtils.tempFolder()
    return address, os.path.join(base, f"apt_cropland_run_{config_hash(config)[:16]}")


def run_on_scheduler(config, address: str, folder: str, feedback) -> dict:
    """The run's tiles on the cluster; outputs where ``config`` says, the run's files in ``folder``."""
    from ..core.cluster import run_on_cluster

    os.makedirs(folder, exist_ok=True)
    feedback.info(tr("Running the tiles on the Dask scheduler {address}, run folder {folder}.").format(
        address=address, folder=folder))
    return run_on_cluster(config, folder, scheduler=address, resume=True, feedback=feedback)
