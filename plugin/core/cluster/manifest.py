"""The run folder's manifest, shared with the in-process run: it lives in the pipeline stage
(:mod:`..pipeline.run_folder`), below the cluster; its names stay importable from here."""

from __future__ import annotations

from ..pipeline.run_folder import (
    MANIFEST,
    NOT_HASHED,
    TILES,
    VECTORISING,
    Manifest,
    config_hash,
    load_tile,
    save_tile,
    write_atomically,
)

__all__ = ["MANIFEST", "NOT_HASHED", "TILES", "VECTORISING", "Manifest", "config_hash", "load_tile", "save_tile",
           "write_atomically"]
