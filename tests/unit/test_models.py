"""Model downloads against a real HTTP server on the loopback interface (no internet here)."""

import hashlib
import os
import shutil
import socket
from pathlib import Path

import pytest
import torch
from support import RangeServer, build_tiny_sam

from apt_cropland.plugin.core.errors import AptCancelledError, AptInputError
from apt_cropland.plugin.core.models import catalog as models
from apt_cropland.plugin.core.models.catalog import (
    OFFICIAL_MODELS,
    ModelInfo,
    add_local_model,
    download_model,
    installed_models,
    resolve_checkpoint,
)


@pytest.fixture
def served(tmp_path, tiny_checkpoint, monkeypatch):
    """The tiny checkpoint served over HTTP, and its published-style description."""
    monkeypatch.setattr(models, "CHUNK", 32 * 1024)
    folder = tmp_path / "www"
    folder.mkdir()
    shutil.copy(tiny_checkpoint, folder / "sam_tiny.pth")
    data = (folder / "sam_tiny.pth").read_bytes()
    server = RangeServer(folder)
    info = ModelInfo("tiny", "sam_tiny.pth", f"{server.url}/sam_tiny.pth", len(data), hashlib.sha256(data).hexdigest())
    yield server, info, folder
    server.close()


def test_download_verifies_and_moves_into_place(served, tmp_path):
    server, info, _ = served
    seen = []
    path = download_model(info, str(tmp_path / "models"), progress=lambda done, total: seen.append((done, total)))
    assert path == str(tmp_path / "models" / "sam_tiny.pth") and os.path.isfile(path)
    assert not os.path.exists(path + ".part")
    assert seen[-1] == (info.size_bytes, info.size_bytes) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert len(seen) > 3  # streamed in chunks, with progress along the way
    [installed] = installed_models(str(tmp_path / "models"))
    assert installed.path == path and installed.variant.startswith("custom")


def test_an_interrupted_download_resumes_where_it_stopped(served, tmp_path):
    server, info, _ = served
    server.drop_after = info.size_bytes // 3
    with pytest.raises(AptInputError, match="incomplete"):
        download_model(info, str(tmp_path))
    part = tmp_path / "sam_tiny.pth.part"
    assert part.stat().st_size == info.size_bytes // 3 and not (tmp_path / "sam_tiny.pth").exists()
    server.drop_after = None
    path = download_model(info, str(tmp_path))
    assert server.requests[-1] == f"bytes={info.size_bytes // 3}-"
    assert server.bytes_sent == info.size_bytes  # nothing fetched twice
    assert hashlib.sha256(Path(path).read_bytes()).hexdigest() == info.sha256


def test_a_server_that_ignores_ranges_gets_a_fresh_download(served, tmp_path):
    server, info, _ = served
    (tmp_path / "sam_tiny.pth.part").write_bytes(b"x" * 1000)
    server.ignore_ranges = True
    path = download_model(info, str(tmp_path))
    assert hashlib.sha256(Path(path).read_bytes()).hexdigest() == info.sha256


def test_cancel_keeps_the_partial_file_for_later(served, tmp_path):
    server, info, _ = served
    calls = []

    def cancel_after_two_chunks():
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(AptCancelledError, match="resumes"):
        download_model(info, str(tmp_path), is_cancelled=cancel_after_two_chunks)
    assert (tmp_path / "sam_tiny.pth.part").stat().st_size == 2 * models.CHUNK
    assert not (tmp_path / "sam_tiny.pth").exists()


def test_a_wrong_checksum_is_rejected_and_nothing_is_kept(served, tmp_path):
    _, info, _ = served
    wrong = ModelInfo(info.name, info.filename, info.url, info.size_bytes, "0" * 64)
    with pytest.raises(AptInputError, match="SHA-256"):
        download_model(wrong, str(tmp_path / "models"))
    assert os.listdir(tmp_path / "models") == []


class RunsCode:
    def __reduce__(self):
        return (os.system, ("echo pwned > /dev/null",))


def test_a_served_file_that_would_run_code_is_refused(served, tmp_path):
    server, _, folder = served
    torch.save({"model": build_tiny_sam().state_dict(), "x": RunsCode()}, folder / "evil.pth")
    data = (folder / "evil.pth").read_bytes()
    info = ModelInfo("evil", "evil.pth", f"{server.url}/evil.pth", len(data), hashlib.sha256(data).hexdigest())
    with pytest.raises(AptInputError, match="Refused"):
        download_model(info, str(tmp_path))
    assert not (tmp_path / "evil.pth").exists()


def test_offline_is_a_clear_message(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    info = ModelInfo("x", "x.pth", f"http://127.0.0.1:{port}/x.pth", 10)
    with pytest.raises(AptInputError, match="Could not download.*internet connection"):
        download_model(info, str(tmp_path), timeout=5)


def test_a_file_on_disk_is_checked_then_copied(tmp_path, tiny_checkpoint):
    folder = tmp_path / "models"
    path = add_local_model(tiny_checkpoint, str(folder))
    assert os.path.isfile(path) and os.path.dirname(path) == str(folder)
    with pytest.raises(AptInputError, match="already has"):
        add_local_model(tiny_checkpoint, str(folder))
    junk = tmp_path / "junk.pth"
    junk.write_text("not weights")
    with pytest.raises(AptInputError):
        add_local_model(str(junk), str(folder))
    fake = tmp_path / OFFICIAL_MODELS["vit_b"].filename  # right name, wrong content
    shutil.copy(tiny_checkpoint, fake)
    with pytest.raises(AptInputError, match="bytes"):
        add_local_model(str(fake), str(tmp_path / "other"))


def test_model_names_resolve_to_installed_files(tmp_path, tiny_checkpoint):
    assert resolve_checkpoint("vit_b", str(tmp_path)) is None
    shutil.copy(tiny_checkpoint, tmp_path / OFFICIAL_MODELS["vit_b"].filename)
    assert resolve_checkpoint("vit_b", str(tmp_path)) == str(tmp_path / "sam_vit_b_01ec64.pth")
    assert resolve_checkpoint("", str(tmp_path)) == str(tmp_path / "sam_vit_b_01ec64.pth")
    assert resolve_checkpoint("/some/file.pth", str(tmp_path)) == "/some/file.pth"


def test_an_official_sam2_file_must_hold_the_model_its_name_says(tiny_sam2_checkpoint):
    from apt_cropland.plugin.core.models.catalog import verify_checkpoint

    assert verify_checkpoint(tiny_sam2_checkpoint).startswith("custom SAM 2.1")
    with pytest.raises(AptInputError, match="not the sam2.1_hiera_s it should be"):
        verify_checkpoint(tiny_sam2_checkpoint, expected_id="sam2.1_hiera_s")


def test_sam2_1_ids_resolve_in_the_model_folder_and_a_model_is_recommended_per_device(tmp_path):
    from apt_cropland.plugin.core.models.catalog import OFFICIAL_MODELS, recommend_model, resolve_checkpoint

    assert resolve_checkpoint("sam2.1_hiera_s", str(tmp_path)) is None
    (tmp_path / "sam2.1_hiera_small.pt").write_bytes(b"")
    assert resolve_checkpoint("sam2.1_hiera_s", str(tmp_path)) == str(tmp_path / "sam2.1_hiera_small.pt")
    assert OFFICIAL_MODELS["sam2.1_hiera_s"].url.startswith("https://dl.fbaipublicfiles.com/segment_anything_2/092824/")
    assert recommend_model("cpu", cpu_bf16=True) == "sam2.1_hiera_s"
    assert recommend_model("cpu", cpu_bf16=False) == "sam2.1_hiera_t"
    assert recommend_model("cuda") == "sam2.1_hiera_b_plus"
