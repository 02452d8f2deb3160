"""``python -m apt_cropland run``: the pipeline in this process, or on a Dask cluster, with a progress
bar on a terminal and (``--json``) a one-line summary at the end; ``adapt`` learns an adapter
(:mod:`.adapt_command`).

Exit status: 0 done; 1 some tiles failed; 2 the input cannot work (one line says why; argparse's
usage errors too); 3 an unexpected error (one line names a log file holding the traceback);
130 interrupted.
"""

from __future__ import annotations

import json
import os
import platform
import sys
import tempfile
import time
import traceback

from ..core.config import Feedback
from ..core.errors import AptCancelledError, AptInputError
from ..core.i18n import tr
from ..core.vectors.points_io import PROMPTS_FILE as PROMPTS
from .arguments import FILES, config_from, parser, tls_from


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
    if os.path.exists(args.out) and not os.path.isdir(args.out):
        raise AptInputError(tr("--out {path!r} is a file: name a folder for the results.").format(path=args.out))
    try:
        os.makedirs(args.out, exist_ok=True)
    except OSError as exc:  # a parent that is a file, no permission...
        raise AptInputError(tr("Cannot make the --out folder {path!r}: {error}").format(
            path=args.out, error=exc.strerror or exc)) from None
    land_cover = os.path.join(args.out, FILES["OUTPUT_GLC"]) if args.save_glc and config.glc else None
    if land_cover and os.path.exists(land_cover) and not config.overwrite:
        raise AptInputError(
            tr("The output file {path!r} already exists. Choose another name, or allow overwriting.").format(
                path=land_cover
            )
        )
    feedback = TerminalFeedback(quiet=args.json)
    start = time.perf_counter()
    try:
        if args.workers > 0 or args.scheduler:
            from ..core.cluster import run_on_cluster

            result = run_on_cluster(config, args.out, workers=args.workers, scheduler=args.scheduler,
                                     gpus_per_worker=args.gpus_per_worker, retries=args.retries,
                                    resume=args.resume, feedback=feedback, tiles_per_task=args.tiles_per_task,
                                    tls=tls_from(args))
        else:
            result = _run_here(config, args.out, feedback, args.resume)
    finally:
        feedback.close()
    if land_cover and not result.failed:
        from ..core.pipeline import save_land_cover

        result.paths["land_cover"] = save_land_cover(config, land_cover)
    summary = result.summary()
    summary["seconds"] = round(time.perf_counter() - start, 3)
    return summary


def _run_here(config, out: str, feedback: Feedback, resume: bool = False):
    """The run in this process, ``out`` its run folder (finished tiles recorded, reused by ``resume``)."""
    from ..core.pipeline import output_paths, run
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
    fields = None
    if config.fields_output:
        from ..core.fields.masks import FieldParams
        from ..core.fields.run import run_with_fields

        result, fields = run_with_fields(config, FieldParams.of(config), config.fields_output, feedback=feedback,
                                         run_folder=out, resume=resume)
    else:
        result = run(config, feedback=feedback, run_folder=out, resume=resume)
    staging = StagedOutputs()
    try:
        write_points_gpkg(result.plan.points, result.plan.grid, staging.stage(prompts))
        staging.commit()
    except BaseException:
        staging.discard()
        raise
    result.paths = output_paths(config, prompts=prompts)
    if fields is not None:
        result.n_fields = fields.n_fields
    return result


def main(argv: list[str] | None = None) -> int:
    """The command line; returns the exit status (see the module's docstring)."""
    args = parser().parse_args(argv)
    try:
        return _run_and_report(args)
    except (AptInputError, AptCancelledError) as exc:
        print(tr("apt_cropland: {error}").format(error=exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(tr("apt_cropland: interrupted; what finished is kept in --out: run the same command again with "
                 "--resume to finish."),
              file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - anything else: one line here, the traceback in a log file
        print(_unexpected(exc, args), file=sys.stderr)
        return 3


def _run_and_report(args) -> int:
    if args.command == "adapt":
        from .adapt_command import adapt_command, adapt_line

        feedback = TerminalFeedback(quiet=args.json)
        try:
            summary = adapt_command(args, feedback)
        finally:
            feedback.close()
        print(json.dumps(summary) if args.json else adapt_line(summary))
        return 0
    summary = run_command(args)
    if args.json:
        print(json.dumps(summary))
    else:
        print(tr("{polygons} cropland polygons from {computed} of {total} tiles in {seconds} s: {path}").format(
            polygons=summary["polygons"], computed=summary["tiles_computed"], total=summary["tiles_total"],
            seconds=summary["seconds"], path=summary["outputs"]["cropland"]))
    return 1 if summary.get("failed") else 0


def _unexpected(exc: Exception, args) -> str:
    """The one line an unexpected error prints; its traceback goes to a new log file in ``--out``
    (when that is a writable folder) or the temporary folder."""
    what = (str(exc).strip().splitlines() or [""])[0]
    what = f"{type(exc).__name__}: {what}" if what else type(exc).__name__
    log = _write_log(exc, getattr(args, "out", None))
    if log is None:
        return tr("apt_cropland: unexpected error ({error}); no log file could be written.").format(error=what)
    return tr("apt_cropland: unexpected error ({error}). The details are in {log}; please include that file "
              "when you report the problem.").format(error=what, log=log)


def _write_log(exc: Exception, out: str | None) -> str | None:
    text = "".join([
        f"apt_cropland {time.strftime('%Y-%m-%d %H:%M:%S')}\n",
        f"command: {' '.join(sys.argv)}\n",
        f"python {platform.python_version()} on {platform.platform()}\n\n",
        *traceback.format_exception(type(exc), exc, exc.__traceback__),
    ])
    folders = [out] if out and os.path.isdir(out) and os.access(out, os.W_OK) else []
    for folder in [*folders, tempfile.gettempdir()]:
        try:  # a new file each time: never one that is there already
            handle, path = tempfile.mkstemp(prefix="apt_cropland_error_", suffix=".log", dir=folder)
            with os.fdopen(handle, "w", encoding="utf-8") as log:
                log.write(text)
            return path
        except OSError:
            continue
    return None
