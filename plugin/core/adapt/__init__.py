"""Adapting SAM's decoder to a region from labels (the analyst's corrections, the land covers' agreement)."""

from .run import AdaptConfig, AdaptResult, adapt

__all__ = ["AdaptConfig", "AdaptResult", "adapt"]
