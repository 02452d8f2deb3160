"""ESA WorldCover 2021 read straight from its public cloud-optimised GeoTIFFs (no download).

The product is cut into 3 x 3 degree tiles named after their south-west corner
(``ESA_WorldCover_10m_2021_v200_N45W102_Map.tif``). For an area, the tiles it needs are
mosaicked in a GDAL VRT over ``/vsicurl/`` URLs; GDAL then fetches, by HTTP range requests, only
the blocks under the windows the pipeline reads.
"""

from __future__ import annotations

import math
import os
import uuid

import rasterio
from osgeo import gdal

from .errors import AptInputError
from .i18n import tr

ONLINE_WORLDCOVER = "online:esa-worldcover-2021"
# Land cover sources by the names scripts use (Processing's GLC_SOURCE): a layer, or a product online
LAYER_SOURCE = "layer"
ONLINE_SOURCES = {"worldcover_2021": ONLINE_WORLDCOVER}
GLC_SOURCE_NAMES = (LAYER_SOURCE, *ONLINE_SOURCES)
WORLDCOVER_URL = (
    "https://esa-worldcover.s3.eu-central-1.amazonaws.com/v200/2021/map/ESA_WorldCover_10m_2021_v200_{tile}_Map.tif"
)
URL_ENV = "APT_CROPLAND_WORLDCOVER_URL"  # another mirror (or a test server) with the same file names
CURL_OPTIONS = {
    "GDAL_DISABLE_READDIR_ON_OPEN": "EMPTY_DIR",
    "CPL_VSIL_CURL_ALLOWED_EXTENSIONS": ".tif,.vrt",
    "GDAL_HTTP_MAX_RETRY": "3",
    "GDAL_HTTP_RETRY_DELAY": "1",
    "GDAL_HTTP_TIMEOUT": "60",
    "VSI_CACHE": "TRUE",
}


def tile_name(lon: float, lat: float) -> str:
    """The WorldCover tile holding a point: its south-west corner on the 3-degree grid."""
    lat0, lon0 = 3 * math.floor(lat / 3), 3 * math.floor(lon / 3)
    return f"{'N' if lat0 >= 0 else 'S'}{abs(lat0):02d}{'E' if lon0 >= 0 else 'W'}{abs(lon0):03d}"


def tiles_for_bounds(west: float, south: float, east: float, north: float) -> list[str]:
    """All tile names covering a longitude/latitude box."""
    names = []
    lat = 3 * math.floor(south / 3)
    while lat < north:
        lon = 3 * math.floor(west / 3)
        while lon < east:
            names.append(tile_name(lon + 1, lat + 1))
            lon += 3
        lat += 3
    return names


def url_template() -> str:
    return os.environ.get(URL_ENV) or WORLDCOVER_URL


def curl_env():
    """GDAL settings for reading cloud GeoTIFFs efficiently (no directory listing, retries)."""
    return rasterio.Env(**CURL_OPTIONS)


def worldcover_vrt(bounds_4326: tuple[float, float, float, float], template: str | None = None) -> str:
    """An in-memory VRT mosaic of the WorldCover tiles covering ``bounds_4326`` (no data is read).

    Raises ``AptInputError`` when none can be reached (offline) or the area is all ocean.
    """
    template = template or url_template()
    sources, unreachable = [], []
    with curl_env():
        for tile in tiles_for_bounds(*bounds_4326):
            url = "/vsicurl/" + template.format(tile=tile)
            if gdal.VSIStatL(url) is not None:
                sources.append(url)
            else:
                unreachable.append(tile)
        if not sources:
            raise AptInputError(
                tr(
                    "ESA WorldCover could not be reached online for this area (tiles {tiles}): the computer "
                    "may be offline, a proxy may block it, or the area has no WorldCover tile (open ocean). "
                    "Use a local land cover layer instead."
                ).format(tiles=", ".join(unreachable))
            )
        path = f"/vsimem/apt_worldcover_{uuid.uuid4().hex}.vrt"
        vrt = gdal.BuildVRT(path, sources, srcNodata=0, VRTNodata=0)
        if vrt is None:
            raise AptInputError(
                tr("GDAL could not mosaic the WorldCover tiles: {error}").format(error=gdal.GetLastErrorMsg())
            )
        vrt = None  # written to /vsimem
    return path
