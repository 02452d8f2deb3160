"""Model catalogue entries ($APT_CROPLAND_MODEL_CATALOG): a SHA-256 is required, file names stay in the
model folder (downloads from a loopback server)."""

import hashlib
import json
import shutil

import pytest
from support import RangeServer

from apt_cropland.plugin.core.errors import AptInputError
from apt_cropland.plugin.core.models.catalog import CATALOG_ENV, catalog, download_model

GOOD_SHA = "ab" * 32


def use_catalog(tmp_path, monkeypatch, **changes) -> dict:
    entry = dict(name="mirror_b", filename="sam_mirror.pth", url="http://127.0.0.1:9/sam_mirror.pth",
                 size_bytes=10, sha256=GOOD_SHA)
    entry.update(changes)
    entry = {k: v for k, v in entry.items() if v is not ...}  # ... drops the key
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps([entry]))
    monkeypatch.setenv(CATALOG_ENV, str(path))
    return entry


@pytest.mark.parametrize("sha256", [..., None, "", "ab" * 31, "zz" * 32, "ab" * 32 + "0"])
def test_an_entry_without_a_sha256_is_refused_by_name(tmp_path, monkeypatch, sha256):
    use_catalog(tmp_path, monkeypatch, sha256=sha256)
    with pytest.raises(AptInputError, match=r"gives no valid SHA-256 for 'mirror_b'.*64 hexadecimal digits"):
        catalog()


def test_a_valid_entry_is_added_with_its_hash(tmp_path, monkeypatch):
    use_catalog(tmp_path, monkeypatch, sha256=GOOD_SHA.upper())
    entry = catalog()["mirror_b"]
    assert entry.sha256 == GOOD_SHA and entry.filename == "sam_mirror.pth" and "vit_b" in catalog()


@pytest.mark.parametrize("filename", ["../sam_mirror.pth", "../../../../tmp/sam_mirror.pth", "/etc/sam_mirror.pth",
                                      "..\\..\\sam_mirror.pth", "C:\\Users\\x\\sam_mirror.pth", "sub/sam_mirror.pth"])
def test_only_the_base_name_of_a_file_name_is_kept(tmp_path, monkeypatch, filename):
    use_catalog(tmp_path, monkeypatch, filename=filename)
    assert catalog()["mirror_b"].filename == "sam_mirror.pth"


@pytest.mark.parametrize("filename", ["", ".", "..", "models/..", "/", "..\\", "C:\\"])
def test_a_file_name_that_names_no_file_is_refused(tmp_path, monkeypatch, filename):
    use_catalog(tmp_path, monkeypatch, filename=filename)
    with pytest.raises(AptInputError, match=r"gives 'mirror_b' the file name .* names no file"):
        catalog()


def test_a_catalogue_download_stays_in_the_model_folder(tmp_path, monkeypatch, tiny_checkpoint):
    """An entry whose file name climbs out of the folder is downloaded, checked, and kept inside it."""
    www = tmp_path / "www"
    www.mkdir()
    shutil.copy(tiny_checkpoint, www / "sam_tiny.pth")
    data = (www / "sam_tiny.pth").read_bytes()
    server = RangeServer(www)
    try:
        use_catalog(tmp_path, monkeypatch, filename="../sam_tiny.pth", url=f"{server.url}/sam_tiny.pth",
                    size_bytes=len(data), sha256=hashlib.sha256(data).hexdigest())
        folder = tmp_path / "profile" / "models"
        path = download_model(catalog()["mirror_b"], str(folder))
    finally:
        server.close()
    assert path == str(folder / "sam_tiny.pth") and (folder / "sam_tiny.pth").read_bytes() == data
    assert not (tmp_path / "profile" / "sam_tiny.pth").exists()


def test_a_gated_entry_needs_no_sha256_and_is_never_downloaded(tmp_path, monkeypatch):
    """SAM 3's kind of entry: the licence is accepted on the page named by url, the files added from disk.
    Without a download there is nothing for a hash to check; a downloadable entry still needs one."""
    use_catalog(tmp_path, monkeypatch, sha256=..., gated=True, url="https://huggingface.co/org/gated")
    entry = catalog()["mirror_b"]
    assert entry.gated and entry.sha256 is None
    folder = tmp_path / "models"
    with pytest.raises(AptInputError, match=r"cannot be downloaded by the plugin.*accept.*https://huggingface.co/org/"
                                            r"gated.*'Add a file on disk...'"):
        download_model(entry, str(folder))
    assert not folder.exists()
    use_catalog(tmp_path, monkeypatch, sha256=..., gated=False)
    with pytest.raises(AptInputError, match="gives no valid SHA-256 for 'mirror_b'"):
        catalog()
    use_catalog(tmp_path, monkeypatch, sha256="zz" * 32, gated=True)  # a hash given is still a hash
    with pytest.raises(AptInputError, match="gives no valid SHA-256 for 'mirror_b'"):
        catalog()


def test_sam3_is_listed_gated_with_its_page_and_no_hash():
    from apt_cropland.plugin.core.models.catalog import OFFICIAL_MODELS, PUBLISHED_SHA256, resolve_checkpoint

    sam3 = catalog()["sam3"]
    assert sam3 is OFFICIAL_MODELS["sam3"] and sam3.gated and sam3.url == "https://huggingface.co/facebook/sam3"
    assert sam3.sha256 is None and PUBLISHED_SHA256["sam3"] is None
    assert all(m.sha256 and len(m.sha256) == 64 for m in OFFICIAL_MODELS.values() if not m.gated)
    assert resolve_checkpoint("sam3", "/nonexistent") is None
