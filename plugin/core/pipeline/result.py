"""What a run made and how it went: one type for a run in this process and on a cluster."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..config import Config
from ..options import run_outputs
from .planning import PromptPlan


def output_paths(config: Config, **more: str | None) -> dict[str, str]:
    """The files a run writes, by their key in the outputs table (``cropland``, ``probability``...),
    from ``config``'s output fields, plus ``more`` written by the face (``prompts=...``)."""
    paths = {item.key: getattr(config, item.field) for item in run_outputs() if item.field}
    paths.update(more)
    order = [item.key for item in run_outputs()]
    return {key: paths[key] for key in sorted(paths, key=lambda k: order.index(k) if k in order else len(order))
            if paths[key]}


@dataclass
class Result:
    """The outputs of a run (by key, from the outputs table) and how it went: tiles computed (through
    SAM in this run), reused (read back from the run folder) and skipped (without prompts) add up to
    the total with the failed ones."""

    paths: dict[str, str]
    tiles_total: int
    tiles_computed: int = 0
    tiles_reused: int = 0
    tiles_skipped: int = 0
    n_polygons: int = 0
    failed: list[dict] = field(default_factory=list)  # {"tile", "error"} of tiles that failed on every retry
    plan: PromptPlan | None = None  # the prompts, in this process (a cluster run's are in its prompts file)
    encoder_runs: int = 0
    cropland_pixels: int = 0
    n_review: int = 0
    n_fields: int | None = None  # field parcels made (None: none asked for)

    @property
    def polygons_path(self) -> str | None:
        return self.paths.get("cropland")

    @property
    def probability_path(self) -> str | None:
        return self.paths.get("probability")

    @property
    def uncertainty_path(self) -> str | None:
        return self.paths.get("uncertainty")

    @property
    def agreement_path(self) -> str | None:
        return self.paths.get("agreement")

    @property
    def review_path(self) -> str | None:
        return self.paths.get("review")

    def summary(self) -> dict:
        """The command line's ``--json`` line (and a cluster run's report): tiles, polygons, outputs."""
        summary = {"tiles_total": self.tiles_total, "tiles_computed": self.tiles_computed,
                   "tiles_reused": self.tiles_reused, "tiles_skipped": self.tiles_skipped,
                   "polygons": self.n_polygons, "outputs": dict(self.paths)}
        if self.n_fields is not None:
            summary["fields"] = self.n_fields
        if self.failed:
            summary["failed"] = list(self.failed)
        return summary
