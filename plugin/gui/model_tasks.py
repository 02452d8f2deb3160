"""The model manager's background tasks: downloading an official checkpoint, adding a file (or a SAM 3
folder) on disk.

Both run in a worker thread (hashing and copying gigabytes would freeze QGIS) and say what went
wrong in an analyst's words: the model folder that cannot be written, the address or proxy that
does not work, a file that is no checkpoint; a real cancel is told apart from a failure.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import os
from typing import Callable

from qgis.core import Qgis, QgsMessageLog

from ..core.errors import AptCancelledError, AptInputError
from ..core.models.catalog import OFFICIAL_MODELS, PUBLISHED_SHA256, ModelInfo, download_model, verify_checkpoint
from ..core.models.local_models import check_model_source, copy_model_folder
from ..toolbelt.i18n import tr
from ..toolbelt.model_store import proxy_url
from .tasks import LOG_TAG, GuardedTask

COPY_CHUNK = 8 << 20


def folder_problem(folder: str, exc: OSError) -> str:
    """An ``OSError`` met on the model folder, in words."""
    if isinstance(exc, PermissionError):
        return tr("Permission denied on the model folder {folder}: QGIS may not write there. Choose another "
                  "model folder (at the top of the model manager).").format(folder=folder)
    if isinstance(exc, (FileExistsError, NotADirectoryError)):
        return tr("The model folder {folder} cannot be made: a file is in the way (the folder or one above it "
                  "is a file). Choose another model folder (at the top of the model manager).").format(folder=folder)
    return tr("The model folder {folder} cannot be written to: {error}. Choose another model folder (at the top "
              "of the model manager).").format(folder=folder, error=exc.strerror or exc)


def require_writable_folder(folder: str) -> None:
    """Make ``folder`` if needed and check that a file can be written in it (``AptInputError`` if not)."""
    try:
        os.makedirs(folder, exist_ok=True)
        probe = os.path.join(folder, ".apt_cropland_write_test")
        with open(probe, "wb"):
            pass
        os.remove(probe)
    except OSError as exc:
        raise AptInputError(folder_problem(folder, exc)) from None


def _log(exc: BaseException) -> None:
    import traceback

    QgsMessageLog.logMessage("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)), LOG_TAG,
                             Qgis.MessageLevel.Critical)


def download_problem(exc: BaseException, model: ModelInfo, proxy: str | None) -> str:
    """Why a download failed, in words (unexpected errors logged in full)."""
    if isinstance(exc, AptInputError):  # the core's own message (unreachable server, wrong file)
        return str(exc)
    if isinstance(exc, (ValueError, http.client.InvalidURL)):  # a malformed address: the catalogue's or the proxy's
        via = tr(" through the proxy {proxy} (Settings > Options > Network)").format(proxy=proxy) if proxy else ""
        return tr("{filename} cannot be downloaded from {url}{via}: the address is not valid ({error}).").format(
            filename=model.filename, url=model.url, via=via, error=exc)
    if isinstance(exc, http.client.HTTPException):
        return tr("The server of {url} broke off the download ({error}): try again; it resumes where it "
                  "stopped.").format(url=model.url, error=type(exc).__name__)
    _log(exc)
    return tr("Downloading {filename} failed: {error}. The details are in the log (the APT Cropland tab).").format(
        filename=model.filename, error=exc)


class DownloadTask(GuardedTask):
    """Downloads one checkpoint in the background; ``done(path, error)`` runs on the main thread."""

    def __init__(self, model: ModelInfo, folder: str, done):
        super().__init__(tr("Downloading SAM {0}").format(model.name))
        self.model, self.folder, self.done = model, folder, done
        self.proxy = proxy_url()
        self.path: str | None = None
        self.error: str | None = None

    def run(self) -> bool:
        try:
            require_writable_folder(self.folder)
            self.path = download_model(
                self.model, self.folder,
                progress=lambda got, total: self.setProgress(100.0 * got / max(total, 1)),
                is_cancelled=self.isCanceled, proxy_url=self.proxy,
            )
            return True
        except AptCancelledError as exc:
            self.error = str(exc)
        except Exception as exc:  # noqa: BLE001 - every failure becomes a message for the analyst
            self.error = download_problem(exc, self.model, self.proxy)
        return False

    def complete(self, ok: bool) -> None:
        self.done(self.path if ok else None, self.error or tr("Download cancelled."))


def official_model_named(filename: str) -> ModelInfo | None:
    return next((m for m in OFFICIAL_MODELS.values() if m.filename == filename and not m.gated), None)


def copy_checkpoint(path: str, folder: str, progress: Callable[[int, int], None] | None = None,
                    is_cancelled: Callable[[], bool] | None = None, chunk: int = COPY_CHUNK) -> str:
    """Check a checkpoint file and copy it into ``folder`` (an official file also by its checksum,
    computed while copying), or a SAM 3 folder (picked as the folder or either of its files), whole;
    returns the copy. A cancel or a failure leaves nothing in the folder."""
    path = check_model_source(path)
    if os.path.isdir(path):
        verify_checkpoint(path)
        require_writable_folder(folder)
        return copy_model_folder(path, folder, progress, is_cancelled)
    name = os.path.basename(path)
    official = official_model_named(name)
    expected_id = official.name if official and PUBLISHED_SHA256.get(official.name) == official.sha256 else None
    verify_checkpoint(path, official.size_bytes if official else None, None, expected_id)
    require_writable_folder(folder)
    target = os.path.join(folder, name)
    if os.path.abspath(target) == os.path.abspath(path):
        return target
    if os.path.exists(target):
        raise AptInputError(tr("The model folder already has a file named {name!r}.").format(name=name))
    temporary, total, done = target + ".part", os.path.getsize(path), 0
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as source, open(temporary, "wb") as out:
            while block := source.read(chunk):
                if is_cancelled is not None and is_cancelled():
                    raise AptCancelledError(tr("Cancelled: {name} was not added.").format(name=name))
                digest.update(block)
                out.write(block)
                done += len(block)
                if progress is not None:
                    progress(done, total)
        if official is not None and digest.hexdigest() != official.sha256.lower():
            raise AptInputError(tr("The file's SHA-256 checksum does not match the published one: it was not kept."))
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(temporary)
        raise
    return target


class AddModelTask(GuardedTask):
    """Checks and copies a checkpoint file into the model folder in the background;
    ``done(path, error)`` runs on the main thread."""

    def __init__(self, path: str, folder: str, done):
        super().__init__(tr("Adding the SAM checkpoint {0}").format(os.path.basename(path)))
        self.source, self.folder, self.done = path, folder, done
        self.path: str | None = None
        self.error: str | None = None

    def run(self) -> bool:
        try:
            self.path = copy_checkpoint(self.source, self.folder,
                                        progress=lambda got, total: self.setProgress(100.0 * got / max(total, 1)),
                                        is_cancelled=self.isCanceled)
            return True
        except (AptCancelledError, AptInputError) as exc:
            self.error = str(exc)
        except OSError as exc:
            self.error = tr("Could not copy {path} into the model folder: {error}.").format(
                path=self.source, error=exc.strerror or exc)
        except Exception as exc:  # noqa: BLE001 - shown to the analyst, logged in full
            _log(exc)
            self.error = tr("Adding {path} failed: {error}. The details are in the log (the APT Cropland tab).").format(
                path=self.source, error=exc)
        return False

    def complete(self, ok: bool) -> None:
        name = os.path.basename(self.source)
        self.done(self.path if ok else None, self.error or tr("Cancelled: {name} was not added.").format(name=name))
