"""Outputs written under temporary names next to their destinations and moved into place only when
the run succeeds: a failed or cancelled run leaves the files it was allowed to replace as they were."""

from __future__ import annotations

import itertools
import os

# A shapefile's other files: replaced with it, and removed when the new one has none of that kind
SHAPEFILE_SIDECARS = (".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".shp.xml")
# What GDAL keeps beside a raster (statistics, overviews): stale once the raster is replaced
RASTER_SIDECARS = (".aux.xml", ".ovr")
_counter = itertools.count()


def _family(path: str) -> list[tuple[str, str]]:
    """``(file, suffix)`` of ``path`` and its sidecars: the files named ``<stem>.<anything>``
    (a shapefile's .dbf, a GeoPackage's -wal, a raster's .aux.xml)."""
    folder = os.path.dirname(path) or "."
    stem = os.path.splitext(os.path.basename(path))[0] + "."
    if not os.path.isdir(folder):
        return []
    return [(os.path.join(folder, name), name[len(stem) - 1:]) for name in sorted(os.listdir(folder))
            if name.startswith(stem)]


class StagedOutputs:
    """Destinations and their temporary names, in the same folders (so the move is a rename)."""

    def __init__(self):
        self.pairs: list[tuple[str, str]] = []

    def stage(self, path: str | None) -> str | None:
        """The temporary name to write ``path`` under (None stays None)."""
        if not path:
            return path
        folder, name = os.path.split(path)
        stem, ext = os.path.splitext(name)
        temporary = os.path.join(folder, f"{stem}.apt-part-{os.getpid()}-{next(_counter)}{ext}")
        self.pairs.append((path, temporary))
        return temporary

    def commit(self) -> None:
        """Move every written temporary (with its sidecars) into place, replacing the destination."""
        for final, temporary in self.pairs:
            if not os.path.exists(temporary):
                continue
            final_stem = os.path.splitext(final)[0]
            moved = _family(temporary)
            stale = SHAPEFILE_SIDECARS if final.lower().endswith(".shp") else ()
            for old in [final_stem + s for s in stale] + [final + s for s in RASTER_SIDECARS]:
                if os.path.exists(old):
                    os.remove(old)
            for path, suffix in moved:
                os.replace(path, final_stem + suffix)
        self.pairs = []

    def discard(self) -> None:
        """Remove every temporary (and its sidecars); the destinations are not touched."""
        for _, temporary in self.pairs:
            for path, _ in _family(temporary):
                if os.path.exists(path):
                    os.remove(path)
        self.pairs = []
