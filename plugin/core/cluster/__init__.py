"""The pipeline on a Dask cluster: one task per tile, results in a shared run folder, resumable.

``tasks`` holds what runs on the workers (the model loaded once per worker, a tile's planning,
SAM and its result file); ``manifest`` the run folder's record of the configuration and the
finished tiles; ``runner`` the client: bounded submission, retries, failures, and the final
blend and polygons, made exactly as in one process.
"""

from .runner import run_on_cluster

__all__ = ["run_on_cluster"]
