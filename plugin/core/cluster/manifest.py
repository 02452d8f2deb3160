"""The run folder's manifest: the configuration's hash and the tiles finished under it."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os

from ..config import Config
from ..errors import AptInputError
from ..i18n import tr

MANIFEST = "manifest.json"
TILES = "tiles"
# What does not change a tile's result: where the outputs go, whether they may be replaced, and how
# many tiles share an encoder pass (the same results up to float rounding)
NOT_HASHED = {"output", "probability_output", "uncertainty_output", "agreement_output", "review_output", "overwrite",
              "batch_size"}


def _file_stamp(path: str | None):
    """A file by its absolute path, size and modification time (an online source by its id)."""
    if not path or not os.path.exists(path):
        return path
    stat = os.stat(path)
    return [os.path.abspath(path), stat.st_size, stat.st_mtime_ns]


def config_hash(config: Config) -> str:
    """A hash of everything that changes results, the input files' sizes and times included."""
    fields = {f.name: getattr(config, f.name) for f in dataclasses.fields(config) if f.name not in NOT_HASHED}
    fields["image"] = _file_stamp(config.image)
    fields["checkpoint"] = _file_stamp(config.checkpoint)
    fields["glc"] = _file_stamp(config.glc)
    fields["more_glc"] = [[_file_stamp(c.source), list(c.classes)] for c in config.more_glc]
    fields["more_images"] = [_file_stamp(p) for p in getattr(config, "more_images", ())]
    if config.prompts is not None:
        points = config.prompts
        digest = hashlib.sha256()
        for array in (points.x, points.y, points.label, points.round, points.tile):
            digest.update(array.tobytes())
        fields["prompts"] = digest.hexdigest()
    text = json.dumps(fields, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def write_atomically(path: str, data: bytes) -> None:
    """Write a file under a temporary name, then rename it: readers never see half a file."""
    temporary = f"{path}.{os.getpid()}.part"
    with open(temporary, "wb") as f:
        f.write(data)
    os.replace(temporary, path)


class Manifest:
    """``manifest.json`` of a run folder: the configuration's hash and the finished tiles."""

    def __init__(self, folder: str, config: Config, resume: bool):
        self.path = os.path.join(folder, MANIFEST)
        self.tiles_dir = os.path.join(folder, TILES)
        self.hash = config_hash(config)
        self.finished: dict[str, dict] = {}
        if os.path.exists(self.path):
            with open(self.path, encoding="utf-8") as f:
                saved = json.load(f)
            if not resume:
                raise AptInputError(
                    tr("The folder {folder} already holds a run. Use --resume to finish it, or choose another "
                       "--out folder.").format(folder=folder)
                )
            if saved.get("config_hash") != self.hash:
                raise AptInputError(
                    tr("The folder {folder} holds a run made with another configuration (other inputs, options "
                       "or model); resuming it would mix two results. Run again with the same options, or choose "
                       "another --out folder.").format(folder=folder)
                )
            self.finished = {k: v for k, v in saved.get("tiles", {}).items() if os.path.exists(self.tile_path(int(k)))}

    def start(self) -> None:
        """Make the tiles folder and write the manifest (once the run's inputs are known to be fine)."""
        os.makedirs(self.tiles_dir, exist_ok=True)
        self.save()

    def tile_path(self, index: int) -> str:
        return os.path.join(self.tiles_dir, f"tile_{index:07d}.npz")

    def done(self, index: int) -> bool:
        return str(index) in self.finished

    def record(self, index: int, summary: dict) -> None:
        self.finished[str(index)] = summary
        self.save()

    def save(self) -> None:
        data = {"config_hash": self.hash, "tiles": self.finished}
        write_atomically(self.path, json.dumps(data, indent=1).encode("utf-8"))
