"""``python -m apt_cropland run``: the pipeline in this process, or on a Dask cluster, with a progress
bar on a terminal and (``--json``) a one-line summary at the end. Exit status 2: the input cannot work."""

from __future__ import annotations

import json
import os
import sys
import time

from ..core.config import Feedback
from ..core.errors import AptCancelledError, AptInputError
from ..core.i18n import tr
from ..core.pipeline.outputs import run_summary
from ..core.vectors.points_io import PROMPTS_FILE as PROMPTS
from .arguments import config_from, parser


class TerminalFeedback(Feedback):
    """A one-line progress bar on stderr when it is a terminal; notes as lines above it."""

    WIDTH = 30

    def __init__(self, stream=None, quiet: bool = False):
        self.stream = stream or sys.stderr
        self.bar = self.stream.isatty() and not quiet
        self.quiet = quiet
        self._shown = False

    def progress(self, percent: float, message: str = "") -> None:
        if not self.bar:
            return
        filled = int(self.WIDTH * percent / 100)
        self.stream.write(f"\r[{'#' * filled}{'.' * (self.WIDTH - filled)}] {percent:5.1f} % {message[:40]:<40}")
        self.stream.flush()
        self._shown = True

    def info(self, message: str) -> None:
        if self.quiet:
            return
        if self._shown:
            self.stream.write("\n")
            self._shown = False
        self.stream.write(message + "\n")

    def close(self) -> None:
        if self._shown:
            self.stream.write("\n")


def run_command(args) -> dict:
    """Run and return the summary (what ``--json`` prints)."""
    config = config_from(args)
    os.makedirs(args.out, exist_ok=True)
    feedback = TerminalFeedback(quiet=args.json)
    start = time.perf_counter()
    try:
        if args.workers > 0 or args.scheduler:
            from ..core.cluster import run_on_cluster

            summary = run_on_cluster(config, args.out, workers=args.workers, scheduler=args.scheduler,
                                     gpus_per_worker=args.gpus_per_worker, retries=args.retries,
                                     resume=args.resume, feedback=feedback, tiles_per_task=args.tiles_per_task)
        else:
            summary = _run_here(config, args.out, feedback, args.resume)
    finally:
        feedback.close()
    summary["seconds"] = round(time.perf_counter() - start, 3)
    return summary


def _run_here(config, out: str, feedback: Feedback, resume: bool = False) -> dict:
    """The run in this process, ``out`` its run folder (finished tiles recorded, reused by ``resume``)."""
    from ..core.pipeline import run
    from ..core.pipeline.run_folder import Manifest
    from ..core.pipeline.staging import StagedOutputs
    from ..core.vectors.points_io import write_points_gpkg

    Manifest(out, config, resume)  # a run folder of another configuration, or not to resume, is refused first
    prompts = os.path.join(out, PROMPTS)
    if os.path.exists(prompts) and not config.overwrite:
        raise AptInputError(
            tr("The output file {path!r} already exists. Choose another name, or allow overwriting.").format(
                path=prompts
            )
        )
    result = run(config, feedback=feedback, run_folder=out, resume=resume)
    staging = StagedOutputs()
    try:
        write_points_gpkg(result.plan.points, result.plan.grid, staging.stage(prompts))
        staging.commit()
    except BaseException:
        staging.discard()
        raise
    return run_summary(len(result.plan.tiles), result.tiles_computed, result.tiles_reused, result.n_polygons, config,
                       prompts, skipped=result.tiles_skipped)


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        summary = run_command(args)
    except (AptInputError, AptCancelledError) as exc:
        print(tr("apt_cropland: {error}").format(error=exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(tr("apt_cropland: interrupted; what finished is kept (run again with --resume on a cluster run)."),
              file=sys.stderr)
        return 130
    if args.json:
        print(json.dumps(summary))
    else:
        print(tr("{polygons} cropland polygons from {computed} of {total} tiles in {seconds} s: {path}").format(
            polygons=summary["polygons"], computed=summary["tiles_computed"], total=summary["tiles_total"],
            seconds=summary["seconds"], path=summary["outputs"]["cropland"]))
    return 1 if summary.get("failed") else 0
