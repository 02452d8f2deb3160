"""Stage: the pipeline. Planning (tiles and their prompts), segmentation (tiles through SAM), the outputs
(polygons, probability, uncertainty, review) and :func:`run`, the whole run in this process.

The faces import the run's front door from here.
"""

from .in_process import run
from .planning import PromptPlan, TileReport, plan_prompts, save_land_cover
from .result import Result, output_paths

__all__ = ["PromptPlan", "Result", "TileReport", "output_paths", "plan_prompts", "run", "save_land_cover"]
