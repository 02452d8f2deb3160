"""A run folder: ``manifest.json`` (the configuration's hash and the tiles finished under it) and
one result file per finished tile, written atomically, so that an interrupted run, in this process
or on a cluster, is resumed where it stopped."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import os
import shutil
import zipfile

import numpy as np

from ..config import Config
from ..errors import AptInputError
from ..i18n import tr

MANIFEST = "manifest.json"
TILES = "tiles"
# What changes vectorising, not the tiles: a resume with other values re-vectorises the stored tiles
VECTORISING = {"min_area_m2", "simplify_m", "threshold"}
# What does not change a tile's result: where the outputs go, whether they may be replaced, how
# many tiles share an encoder pass (the same results up to float rounding), and vectorising
NOT_HASHED = {"output", "probability_output", "uncertainty_output", "agreement_output", "concept_output",
              "review_output", "overwrite", "batch_size"} | VECTORISING
POINT_FIELDS = ("x", "y", "label", "round", "tile")


def file_stamp(path: str | None):
    """A file by its absolute path, size and modification time (an online source by its id); a
    folder (a SAM 3 model: config.json, model.safetensors...) by those of each file in it."""
    if not path or not os.path.exists(path):
        return path
    if os.path.isdir(path):
        names = sorted(n for n in os.listdir(path) if not n.startswith(".") and os.path.isfile(os.path.join(path, n)))
        return [os.path.abspath(path), [[n, *file_stamp(os.path.join(path, n))[1:]] for n in names]]
    stat = os.stat(path)
    return [os.path.abspath(path), stat.st_size, stat.st_mtime_ns]


def config_hash(config: Config) -> str:
    """A hash of everything that changes the tiles' results, the input files' sizes and times included."""
    fields = {f.name: getattr(config, f.name) for f in dataclasses.fields(config) if f.name not in NOT_HASHED}
    fields["image"] = file_stamp(config.image)
    fields["checkpoint"] = file_stamp(config.checkpoint)
    fields["adapter"] = file_stamp(config.adapter)  # a retrained adapter at the same path: other tiles
    fields["glc"] = file_stamp(config.glc)
    fields["more_glc"] = [[file_stamp(c.source), list(c.classes)] for c in config.more_glc]
    fields["more_images"] = [file_stamp(p) for p in getattr(config, "more_images", ())]
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


def _read_manifest(path: str) -> dict:
    """The saved manifest; a damaged one is a clear error naming the file."""
    try:
        with open(path, encoding="utf-8") as f:
            saved = json.load(f)
        if not isinstance(saved, dict) or not isinstance(saved.get("tiles", {}), dict):
            raise ValueError(tr("not a run manifest"))
        for key in saved.get("tiles", {}):
            int(key)
    except (OSError, ValueError) as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise AptInputError(
            tr("The run folder's manifest {path} is damaged and cannot be read ({error}). Delete that file to "
               "compute every tile again, or choose another run folder.").format(path=path, error=exc)
        ) from None
    return saved


class Manifest:
    """``manifest.json`` of a run folder: the configuration's hash and the finished tiles.

    An existing run is refused unless ``resume`` (the same configuration, vectorising options
    aside) or the configuration allows overwriting (then it starts again from no tiles)."""

    def __init__(self, folder: str, config: Config, resume: bool):
        self.path = os.path.join(folder, MANIFEST)
        self.tiles_dir = os.path.join(folder, TILES)
        self.hash = config_hash(config)
        self.finished: dict[str, dict] = {}
        self.fresh = False  # an earlier run's tiles are discarded at start()
        if os.path.exists(self.path):
            saved = _read_manifest(self.path)
            if not resume:
                if config.overwrite:
                    self.fresh = True
                    return
                raise AptInputError(
                    tr("The folder {folder} already holds a run. Use --resume to finish it, --overwrite to start "
                       "it again, or choose another --out folder.").format(folder=folder)
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
        if self.fresh:
            shutil.rmtree(self.tiles_dir, ignore_errors=True)
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


def save_tile(path: str, tile, vote, points, votes, extra: dict[str, np.ndarray] | None = None) -> None:
    """One tile's result file, written atomically: its vote (probability, valid, scale, variance),
    its land covers' votes ``(counts, verdict)`` when known, its prompt points, and ``extra`` arrays
    (a cluster task's field masks)."""
    arrays = dict(probability=vote.probability, valid=vote.valid, scale=np.float64(vote.scale),
                  window=np.array(tile.key, dtype=np.int64))
    if vote.variance is not None:
        arrays["variance"] = vote.variance
    if votes is not None:
        arrays["counts"], arrays["verdict"] = votes
    for name in POINT_FIELDS:
        arrays[f"points_{name}"] = getattr(points, name)
    arrays.update(extra or {})
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    write_atomically(path, buffer.getvalue())


def load_tile(path: str) -> dict[str, np.ndarray]:
    """A tile's result file as arrays; an unreadable one is a clear error naming the file."""
    try:
        with np.load(path) as data:
            arrays = {name: data[name] for name in data.files}
        for name in ("probability", "valid", "scale"):
            arrays[name]  # noqa: B018 (a file without them is damaged)
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as exc:
        raise AptInputError(
            tr("The tile file {path} of the run folder cannot be read ({error}). Delete it and resume: that tile "
               "is computed again.").format(path=path, error=exc)
        ) from None
    return arrays
