"""The official SAM checkpoints, the plugin's model folder, and safe, resumable downloads.

No QGIS here: the faces pass in the folder (inside the QGIS profile) and the proxy to use.
A download goes to ``<file>.part`` (kept for resuming when interrupted or cancelled) and is
moved into place only after its size, SHA-256 and a weights-only load have been checked.
"""

from __future__ import annotations

import hashlib
import json
import ntpath
import os
import shutil
import urllib.error
import urllib.request
from dataclasses import dataclass, replace
from typing import Callable

from ..errors import AptCancelledError, AptInputError
from ..i18n import tr
from .local_models import (
    CHECKPOINT_SUFFIXES,
    SAM3_PAGE,
    check_model_source,
    copy_model_folder,
    is_model_folder,
    model_size,
)


@dataclass(frozen=True)
class ModelInfo:
    """A published SAM checkpoint. A ``gated`` one (SAM 3: Meta's licence must be accepted on Hugging
    Face first) is never downloaded by the plugin: ``url`` is the page to get it from, ``filename`` the
    folder it is kept in once added, and it needs no SHA-256 (a download is what a SHA-256 checks)."""

    name: str
    filename: str
    url: str
    size_bytes: int
    sha256: str | None = None
    gated: bool = False


BASE_URL = "https://dl.fbaipublicfiles.com/segment_anything/"
SAM2_URL = "https://dl.fbaipublicfiles.com/segment_anything_2/092824/"
# SAM 2.1: Meta publishes neither sizes nor checksums beside these files. The sizes and SHA-256 below are
# those that independent projects measured and pinned (at least two agreeing for each file; the same as
# the Hugging Face copies facebook/sam2.1-hiera-*); a download is also checked by a weights-only load
# and the model id read from its weights.
OFFICIAL_MODELS = {
    m.name: m
    for m in (
        ModelInfo("vit_b", "sam_vit_b_01ec64.pth", BASE_URL + "sam_vit_b_01ec64.pth", 375_042_383,
                  "ec2df62732614e57411cdcf32a23ffdf28910380d03139ee0f4fcbe91eb8c912"),
        ModelInfo("vit_l", "sam_vit_l_0b3195.pth", BASE_URL + "sam_vit_l_0b3195.pth", 1_249_524_607,
                  "3adcc4315b642a4d2101128f611684e8734c41232a17c648ed1693702a49a622"),
        ModelInfo("vit_h", "sam_vit_h_4b8939.pth", BASE_URL + "sam_vit_h_4b8939.pth", 2_564_550_879,
                  "a7bf3b02f3ebf1267aba913ff637d9a2d5c33d3173bb679e46d9f338c26f262e"),
        ModelInfo("sam2.1_hiera_t", "sam2.1_hiera_tiny.pt", SAM2_URL + "sam2.1_hiera_tiny.pt", 156_008_466,
                  "7402e0d864fa82708a20fbd15bc84245c2f26dff0eb43a4b5b93452deb34be69"),
        ModelInfo("sam2.1_hiera_s", "sam2.1_hiera_small.pt", SAM2_URL + "sam2.1_hiera_small.pt", 184_416_285,
                  "6d1aa6f30de5c92224f8172114de081d104bbd23dd9dc5c58996f0cad5dc4d38"),
        ModelInfo("sam2.1_hiera_b_plus", "sam2.1_hiera_base_plus.pt", SAM2_URL + "sam2.1_hiera_base_plus.pt",
                  323_606_802, "a2345aede8715ab1d5d31b4a509fb160c5a4af1970f199d9054ccfb746c004c5"),
        ModelInfo("sam2.1_hiera_l", "sam2.1_hiera_large.pt", SAM2_URL + "sam2.1_hiera_large.pt", 898_083_611,
                  "2647878d5dfa5098f2f8649825738a9345572bae2d4350a2468587ece47dd318"),
        # SAM 3: gated on Hugging Face under Meta's SAM licence; the folder (config.json, model.safetensors,
        # tokenizer files) is added from disk. About 848 M parameters in float32: an approximate size.
        ModelInfo("sam3", "sam3", SAM3_PAGE, 3_400_000_000, gated=True),
    )
}
PUBLISHED_SHA256 = {m.name: m.sha256 for m in OFFICIAL_MODELS.values()}  # as shipped, whatever a catalogue adds
DEFAULT_MODEL = "vit_b"
CATALOG_ENV = "APT_CROPLAND_MODEL_CATALOG"
# The devices SamEngine accepts. Kept here, free of torch, so the Processing algorithm can list
# them when QGIS starts without importing torch (that happens only when SAM first runs).
DEVICES = ("auto", "cpu", "cuda", "mps")
PRECISIONS = ("auto", "fp32", "bf16", "fp16")  # of the image encoder; see fast_encoder
CHUNK = 1 << 20


def recommend_model(device: str, cpu_bf16: bool = False) -> str:
    """The official model to suggest for a device (``cuda``, ``mps``, ``cpu``): fast enough there,
    and the best masks at that speed (see the README's table)."""
    if device == "cuda":
        return "sam2.1_hiera_b_plus"
    if device == "mps" or cpu_bf16:
        return "sam2.1_hiera_s"  # one to two seconds a tile on a CPU with bfloat16 units (README)
    return "sam2.1_hiera_t"  # float32 only: the lightest encoder


def catalog() -> dict[str, ModelInfo]:
    """The official checkpoints, with the entries of the JSON file named by $APT_CROPLAND_MODEL_CATALOG
    added or put in their place: a list of ``{"name", "filename", "url", "size_bytes", "sha256"}``
    (an organisation's mirror or its own models; a test server). Each entry needs the file's SHA-256
    (a download is never unchecked), and only the base name of its ``filename`` is used (a file is
    never written outside the model folder). An entry with ``"gated": true`` is never downloaded
    (its ``url`` is the page to get it from) and needs no SHA-256."""
    models = dict(OFFICIAL_MODELS)
    path = os.environ.get(CATALOG_ENV)
    if not path:
        return models
    try:
        with open(path, encoding="utf-8") as f:
            entries = [ModelInfo(**entry) for entry in json.load(f)]
    except (OSError, ValueError, TypeError) as exc:
        raise AptInputError(
            tr("The model catalogue {path!r} (named by {variable}) cannot be read: {error}").format(
                path=path, variable=CATALOG_ENV, error=exc
            )
        ) from None
    models.update((entry.name, _checked_entry(entry, path)) for entry in entries)
    return models


SHA256_DIGITS = frozenset("0123456789abcdefABCDEF")


def _checked_entry(entry: ModelInfo, path: str) -> ModelInfo:
    """A catalogue entry with a SHA-256 to check its download by, and a plain file name (its base name)."""
    digest = entry.sha256 if isinstance(entry.sha256, str) else ""
    if entry.gated is True and not digest:
        digest = None  # never downloaded: nothing for a hash to check
    elif len(digest) != 64 or not set(digest) <= SHA256_DIGITS:
        raise AptInputError(
            tr(
                "The model catalogue {path!r} (named by {variable}) gives no valid SHA-256 for {name!r}: each "
                "entry needs the 64 hexadecimal digits of its file's SHA-256, so that the download can be checked."
            ).format(path=path, variable=CATALOG_ENV, name=entry.name)
        )
    filename = ntpath.basename(str(entry.filename or ""))  # "/" and "\\" both separate: no folders, no drive
    if filename in ("", ".", ".."):
        raise AptInputError(
            tr(
                "The model catalogue {path!r} (named by {variable}) gives {name!r} the file name {filename!r}, "
                "which names no file: give a plain file name such as sam_vit_b_01ec64.pth."
            ).format(path=path, variable=CATALOG_ENV, name=entry.name, filename=entry.filename)
        )
    return replace(entry, filename=filename, sha256=digest.lower() if digest else None)


def models_dir(profile_dir: str) -> str:
    """The plugin's default model folder inside a QGIS profile folder."""
    return os.path.join(profile_dir, "apt_cropland", "models")


def resolve_checkpoint(value: str | None, folder: str | None) -> str | None:
    """A checkpoint path from a path, or from an official model name installed in ``folder``."""
    if not value:
        value = DEFAULT_MODEL
    if value in OFFICIAL_MODELS:
        if folder is None:
            return None
        model = OFFICIAL_MODELS[value]
        path = os.path.join(folder, model.filename)
        return path if os.path.isfile(path) or (model.gated and is_model_folder(path)) else None
    return value


def file_sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass
class InstalledModel:
    """A checkpoint (a file, or a folder model such as SAM 3's) found in the model folder."""

    path: str
    size_bytes: int
    variant: str
    official: str | None


def installed_models(folder: str) -> list[InstalledModel]:
    """The checkpoints and folder models in ``folder`` with the variant read from each (unreadable ones
    and unfinished copies, ``*.part``, skipped)."""
    from .checkpoint import describe_checkpoint

    found = []
    if not os.path.isdir(folder):
        return found
    by_filename = {m.filename: m.name for m in OFFICIAL_MODELS.values()}
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if not (name.endswith(CHECKPOINT_SUFFIXES) and os.path.isfile(path)) and not is_model_folder(path):
            continue
        if name.endswith(".part") or name.startswith("."):
            continue
        try:
            arch, _ = describe_checkpoint(path)
        except AptInputError:
            continue
        found.append(InstalledModel(path, model_size(path), arch.variant, by_filename.get(name)))
    return found


def verify_checkpoint(
    path: str, expected_size: int | None = None, sha256: str | None = None, expected_id: str | None = None
) -> str:
    """Check a downloaded or copied checkpoint; returns its variant (model id) or raises ``AptInputError``."""
    from .checkpoint import describe_checkpoint

    size = model_size(path)
    if expected_size is not None and size != expected_size:
        raise AptInputError(
            tr(
                "The file has {size:,} bytes where {expected:,} were expected: it is incomplete or not "
                "the published checkpoint."
            ).format(size=size, expected=expected_size)
        )
    if sha256 is not None and file_sha256(path) != sha256.lower():
        raise AptInputError(tr("The file's SHA-256 checksum does not match the published one: it was not kept."))
    arch, _ = describe_checkpoint(path)
    if expected_id is not None and arch.variant != expected_id:
        raise AptInputError(
            tr("The file holds a {found} model, not the {expected} it should be: it was not kept.").format(
                found=arch.variant, expected=expected_id
            )
        )
    return arch.variant


def _opener(proxy_url: str | None):
    handlers = []
    if proxy_url:
        handlers.append(urllib.request.ProxyHandler({"http": proxy_url, "https": proxy_url}))
    return urllib.request.build_opener(*handlers)


def download_model(
    model: ModelInfo,
    folder: str,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    proxy_url: str | None = None,
    timeout: float = 60.0,
) -> str:
    """Download ``model`` into ``folder`` (resuming a ``.part`` file); returns the final path.

    ``progress(done_bytes, total_bytes)`` is called as data arrives; ``is_cancelled()`` stops the
    download between chunks, keeping the partial file so the next call resumes it.
    """
    if model.gated:
        raise AptInputError(gated_hint(model))
    os.makedirs(folder, exist_ok=True)
    target = os.path.join(folder, model.filename)
    partial = target + ".part"
    done = os.path.getsize(partial) if os.path.exists(partial) else 0
    if done > model.size_bytes:
        os.remove(partial)
        done = 0
    if done < model.size_bytes:
        request = urllib.request.Request(model.url, headers={"User-Agent": "apt-cropland"})
        if done:
            request.add_header("Range", f"bytes={done}-")
        try:
            with _opener(proxy_url).open(request, timeout=timeout) as response:
                if done and response.status != 206:  # the server ignored the range: start again
                    done = 0
                with open(partial, "ab" if done else "wb") as out:
                    while True:
                        if is_cancelled is not None and is_cancelled():
                            raise AptCancelledError(
                                tr("Download cancelled; {done:,} bytes are kept and the next download resumes.")
                                .format(done=done)
                            )
                        block = response.read(CHUNK)
                        if not block:
                            break
                        out.write(block)
                        done += len(block)
                        if progress is not None:
                            progress(done, model.size_bytes)
        except (urllib.error.URLError, OSError, TimeoutError) as exc:
            raise AptInputError(
                tr(
                    "Could not download {filename} from {url}: {reason}. Check the internet connection "
                    "(or QGIS's proxy settings) and try again: the download resumes where it stopped. "
                    "Offline, copy the file to the model folder instead."
                ).format(filename=model.filename, url=model.url, reason=getattr(exc, "reason", exc))
            ) from None
    try:
        verify_checkpoint(partial, model.size_bytes, model.sha256, _expected_id(model))
    except AptInputError:
        if os.path.getsize(partial) >= model.size_bytes:
            os.remove(partial)  # complete but wrong: start afresh next time
        raise
    os.replace(partial, target)
    return target


def gated_hint(model: ModelInfo) -> str:
    """Where to get a gated model and how to add it, for a person."""
    return tr(
        "{name} cannot be downloaded by the plugin: Meta publishes it on Hugging Face under the SAM licence, "
        "which you must accept first. Open {url}, sign in, accept the licence, and download the whole folder "
        "(config.json, model.safetensors and the tokenizer files). Then click 'Add a file on disk...' and pick "
        "the folder's config.json or model.safetensors: the folder is checked and added."
    ).format(name=model.name, url=model.url)


def _expected_id(model: ModelInfo) -> str | None:
    """The model id the published file must be detected as (None for a catalogue's own models)."""
    published = PUBLISHED_SHA256.get(model.name)
    return model.name if published is not None and published == model.sha256 else None


def add_local_model(path: str, folder: str) -> str:
    """Copy a checkpoint file, or a folder model whole (SAM 3: the folder, or either of its files, picked),
    into the model folder after checking it (official files by checksum)."""
    path = check_model_source(path)
    if os.path.isdir(path):
        verify_checkpoint(path)
        os.makedirs(folder, exist_ok=True)
        return copy_model_folder(path, folder)
    official = next((m for m in OFFICIAL_MODELS.values() if m.filename == os.path.basename(path) and not m.gated),
                    None)
    verify_checkpoint(path, official.size_bytes if official else None, official.sha256 if official else None,
                      _expected_id(official) if official else None)
    os.makedirs(folder, exist_ok=True)
    target = os.path.join(folder, os.path.basename(path))
    if os.path.abspath(target) == os.path.abspath(path):
        return target
    if os.path.exists(target):
        raise AptInputError(
            tr("The model folder already has a file named {name!r}.").format(name=os.path.basename(path))
        )
    temporary = target + ".part"
    shutil.copyfile(path, temporary)
    os.replace(temporary, target)
    return target
