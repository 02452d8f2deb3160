"""Keeps one SAM engine (model and cached embeddings) alive for the QGIS session."""

from __future__ import annotations

import json
import os
import threading


class EngineHolder:
    """Builds the SAM engine on first use and reuses it while the checkpoint and device stay the same."""

    def __init__(self):
        self._engine = None
        self._key = None
        self._lock = threading.Lock()

    def get(self, checkpoint: str, device: str, precision: str = "auto"):
        """The engine for this checkpoint and device (built in the calling thread when needed)."""
        from ..core.models.sam_engine import SamEngine
        from ..core.pipeline.run_folder import file_stamp

        # a file by its size and time; a folder (SAM 3) by each of its files'
        key = (os.path.abspath(checkpoint), json.dumps(file_stamp(checkpoint)), device, precision)
        with self._lock:
            if self._engine is None or self._key != key:
                self._engine = None
                self._engine = SamEngine(checkpoint, device, precision=precision)
                self._key = key
            return self._engine

    @property
    def engine(self):
        return self._engine

    def clear(self) -> None:
        with self._lock:
            self._engine, self._key = None, None
