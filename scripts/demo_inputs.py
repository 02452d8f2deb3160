#!/usr/bin/env python3
"""What ``make demo`` feeds qgis_process: the land cover and the SAM checkpoint, found or fetched.

With no ``GLC``, the land cover is ESA WorldCover 2021 read online for the image's footprint (as
in QGIS); with no ``CHECKPOINT``, the default model in the model folder, downloaded (and
verified) there first if it is missing. Both are checked to be reachable before anything is
downloaded, so that offline the demo stops at once with one paragraph saying what it tried and
how to pass local files instead.

Prints the qgis_process arguments for the land cover and the checkpoint, one per line, on
stdout; progress and problems go to stderr. Exit status 2: the demo cannot run.

    demo_inputs.py IMAGE MODEL_FOLDER [GLC] [CHECKPOINT]
"""

from __future__ import annotations

import os
import sys
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "build" / "qgis-plugins"))

from osgeo import gdal  # noqa: E402
from rasterio.crs import CRS  # noqa: E402

from apt_cropland.plugin.core.errors import AptInputError  # noqa: E402
from apt_cropland.plugin.core.geo import footprint_in  # noqa: E402
from apt_cropland.plugin.core.imagery.reader import ImageReader  # noqa: E402
from apt_cropland.plugin.core.landcover.glc_online import tiles_for_bounds, url_template  # noqa: E402
from apt_cropland.plugin.core.models.catalog import DEFAULT_MODEL, catalog, download_model  # noqa: E402

PROBE_TIMEOUT_S = 10
PROBE_OPTIONS = {  # one quick try each: offline must fail at once, not after minutes of retries
    "GDAL_HTTP_CONNECTTIMEOUT": str(PROBE_TIMEOUT_S),
    "GDAL_HTTP_TIMEOUT": str(2 * PROBE_TIMEOUT_S),
    "GDAL_HTTP_MAX_RETRY": "0",
    "GDAL_DISABLE_READDIR_ON_OPEN": "EMPTY_DIR",
}


def worldcover_urls(image: str) -> list[str]:
    """The WorldCover 2021 tiles under the image, as GDAL /vsicurl/ paths."""
    with ImageReader(image) as reader:
        box = footprint_in(reader.grid, CRS.from_epsg(4326))
    return ["/vsicurl/" + url_template().format(tile=tile) for tile in tiles_for_bounds(*box)]


def reachable_tiles(urls: list[str]) -> list[str]:
    """The tiles that answer (GDAL's own HTTP client, as the pipeline reads them)."""
    found = []
    for key, value in PROBE_OPTIONS.items():
        gdal.SetConfigOption(key, value)
    gdal.PushErrorHandler("CPLQuietErrorHandler")  # an unreachable tile is reported below, in words
    try:
        for url in urls:
            gdal.VSICurlClearCache()
            if gdal.VSIStatL(url) is not None:
                found.append(url)
    finally:
        gdal.PopErrorHandler()
        for key in PROBE_OPTIONS:
            gdal.SetConfigOption(key, None)
    return found


def model_reachable(url: str) -> str | None:
    """None if ``url`` answers, else why not."""
    request = urllib.request.Request(url, method="HEAD", headers={"User-Agent": "apt-cropland"})
    try:
        with urllib.request.urlopen(request, timeout=PROBE_TIMEOUT_S):
            return None
    except (urllib.error.URLError, OSError) as exc:
        return str(getattr(exc, "reason", exc))


def show_progress(done: int, total: int) -> None:
    print(f"\rmake demo: downloading the SAM model: {done / 1e6:,.0f} of {total / 1e6:,.0f} MB",
          end="" if done < total else "\n", file=sys.stderr, flush=True)


def main(image: str, model_folder: str, glc: str = "", checkpoint: str = "") -> int:
    problems, glc_arg = [], f"GLC={glc}"
    if glc:
        if not os.path.isfile(glc):
            print(f"make demo: the land cover file {glc} does not exist.", file=sys.stderr)
            return 2
    else:
        urls = worldcover_urls(image)
        glc_arg = "GLC_SOURCE=worldcover_2021"
        if not reachable_tiles(urls):
            shown = ", ".join(u.removeprefix("/vsicurl/") for u in urls)
            problems.append(f"ESA WorldCover 2021 could not be read online for the image's footprint ({shown})")
    model = None
    if checkpoint:
        if not os.path.isfile(checkpoint):
            print(
                f"make demo needs a SAM checkpoint; none was found at\n    {checkpoint}\nDownload "
                f"{catalog()[DEFAULT_MODEL].filename} from {catalog()[DEFAULT_MODEL].url}, or leave CHECKPOINT "
                "out to have the demo download the default model into the model folder.",
                file=sys.stderr,
            )
            return 2
    else:
        model = catalog()[DEFAULT_MODEL]
        checkpoint = os.path.join(model_folder, model.filename)
        if not os.path.isfile(checkpoint) and (why := model_reachable(model.url)) is not None:
            problems.append(
                f"the default SAM model {model.name} ({model.size_bytes / 1e6:,.0f} MB) could not be downloaded "
                f"from {model.url} into {model_folder} ({why})"
            )
    if problems:
        print(
            "make demo stopped before doing anything: " + "; and ".join(problems) + ". The computer may be "
            "offline or a proxy may block these addresses. To run the demo offline, pass a land cover raster "
            "that covers the image and a SAM checkpoint you already have: make demo "
            "GLC=/path/to/land_cover.tif [CLASSES=40] CHECKPOINT=/path/to/sam_vit_b_01ec64.pth ('make "
            "sample-glc' builds a SYNTHETIC land cover over the sample, to try the plumbing).",
            file=sys.stderr,
        )
        return 2
    if model is not None and not os.path.isfile(checkpoint):
        try:
            download_model(model, model_folder, progress=show_progress)
        except AptInputError as exc:
            print(f"\nmake demo: {exc}", file=sys.stderr)
            return 2
        print(f"make demo: {model.filename} verified (size, SHA-256, weights) and saved in {model_folder}",
              file=sys.stderr)
    print(glc_arg)
    print(f"CHECKPOINT={checkpoint}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
