"""Shared fixtures: the plugin importable as QGIS names it, real data, a tiny SAM checkpoint."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# QGIS saves band statistics and histograms as .aux.xml beside the rasters it opens: not beside the
# shared, read-only data
os.environ["GDAL_PAM_ENABLED"] = "NO"

ROOT = Path(__file__).resolve().parents[1]
PLUGIN_PATH = ROOT / "build" / "qgis-plugins"
SHARED_DATA = ROOT.parent / "shared" / "data"
SAMPLE_DIR = ROOT / "sample"


def _expose_plugin() -> None:
    """Make ``import apt_cropland`` work the way QGIS imports it: by its folder name."""
    PLUGIN_PATH.mkdir(parents=True, exist_ok=True)
    link = PLUGIN_PATH / "apt_cropland"
    if not link.exists():
        link.symlink_to(ROOT, target_is_directory=True)
    for path in (str(PLUGIN_PATH), str(ROOT / "tests"), str(ROOT / "scripts"), "/usr/share/qgis/python/plugins"):
        if path not in sys.path:
            sys.path.insert(0, path)


_expose_plugin()


@pytest.fixture(scope="session")
def tiny_checkpoint(tmp_path_factory) -> str:
    """A tiny randomly initialised SAM saved as a real checkpoint file."""
    from support import save_tiny_sam

    return save_tiny_sam(tmp_path_factory.mktemp("model") / "tiny_sam.pth")


@pytest.fixture(scope="session")
def tiny_sam2_checkpoint(tmp_path_factory) -> str:
    """A tiny randomly initialised SAM 2.1 saved as the official files are (``{"model": state_dict}``)."""
    from support import save_tiny_sam2

    return save_tiny_sam2(tmp_path_factory.mktemp("model") / "tiny_sam2.1.pt")


@pytest.fixture(scope="session")
def tiny_sam3_folder(tmp_path_factory) -> str:
    """A tiny randomly initialised SAM 3 saved as the official folder is (config.json, model.safetensors)."""
    from sam3_support import save_tiny_sam3

    return save_tiny_sam3(tmp_path_factory.mktemp("model") / "tiny_sam3")


def _shared(name: str) -> str:
    path = SHARED_DATA / name
    if not path.exists():
        pytest.skip(f"real test data {path} is not on this machine")
    return str(path)


@pytest.fixture(scope="session")
def naip_path() -> str:
    """Real NAIP scene (EPSG:26914, 5 m, 4 bands uint8), bundled with the project."""
    return str(SAMPLE_DIR / "naip_north_dakota_2020_rgbn_5m.tif")


@pytest.fixture(scope="session")
def sentinel2_path() -> str:
    """Real Sentinel-2 stack (EPSG:32633, 10 m, 8 bands uint16)."""
    return _shared("sentinel2_austria_8band_uint16_10m.tif")


@pytest.fixture(scope="session")
def worldcover_path() -> str:
    """The real 36000 x 36000 ESA WorldCover tile N00E006 (EPSG:4326)."""
    return _shared("ESA_WorldCover_10m_2021_v200_N00E006_Map.tif")


@pytest.fixture(scope="session")
def naip_glc(naip_path, tmp_path_factory) -> str:
    """A SYNTHETIC WorldCover-coded GLC over the NAIP scene in EPSG:4326 (built by the test)."""
    from sample_glc import make_sample_glc

    return make_sample_glc(naip_path, str(tmp_path_factory.mktemp("glc") / "naip_glc_4326.tif"))


@pytest.fixture(scope="session")
def sentinel2_glc(sentinel2_path, tmp_path_factory) -> str:
    """A SYNTHETIC GLC over the Sentinel-2 scene, in Web Mercator at 12 m (built by the test)."""
    from sample_glc import make_sample_glc

    out = str(tmp_path_factory.mktemp("glc") / "s2_glc_3857.tif")
    return make_sample_glc(sentinel2_path, out, crs="EPSG:3857", res=12.0, red=1, nir=4)


@pytest.fixture
def worldcover_mirror(tmp_path, worldcover_path, monkeypatch):
    """The real WorldCover tile served over HTTP (with range requests) on the loopback interface,
    and the online WorldCover source pointed at it instead of the public bucket."""
    import shutil

    from support import RangeServer

    from apt_cropland.plugin.core.landcover.glc_online import URL_ENV

    www = tmp_path / "www"
    www.mkdir()
    shutil.copy(worldcover_path, www / Path(worldcover_path).name)
    server = RangeServer(www)
    monkeypatch.setenv(URL_ENV, server.url + "/ESA_WorldCover_10m_2021_v200_{tile}_Map.tif")
    yield server
    server.close()


@pytest.fixture(scope="session")
def no_qgis(tmp_path_factory) -> str:
    """A folder whose ``qgis`` package refuses to import: the command line must not need QGIS."""
    from cli_support import no_qgis_folder

    return no_qgis_folder(tmp_path_factory.mktemp("no_qgis"))
