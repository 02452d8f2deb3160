"""Global land covers read straight from their public cloud-optimised GeoTIFFs (no download).

ESA WorldCover (2020 v100, 2021 v200) is cut into 3 x 3 degree tiles named after their south-west
corner (``ESA_WorldCover_10m_2021_v200_N45W102_Map.tif``); the Esri / Impact Observatory 10 m
annual land cover (2017 onward) into one UTM file per MGRS grid zone (``14T_20230101-20240101.tif``).
For an area, the files it needs are mosaicked in GDAL VRTs (one per CRS) over ``/vsicurl/`` URLs;
GDAL then fetches, by HTTP range requests, only the blocks under the windows the pipeline reads.
"""

from __future__ import annotations

import math
import os
import uuid
from dataclasses import dataclass

import rasterio
from osgeo import gdal

from ..errors import AptInputError
from ..gdal_calls import gdal_call
from ..i18n import tr
from .schemes import SCHEMES, parse_classes

ONLINE_WORLDCOVER = "online:esa-worldcover-2021"
WORLDCOVER_URL = (
    "https://esa-worldcover.s3.eu-central-1.amazonaws.com/v200/2021/map/ESA_WorldCover_10m_2021_v200_{tile}_Map.tif"
)
WORLDCOVER_2020_URL = (
    "https://esa-worldcover.s3.eu-central-1.amazonaws.com/v100/2020/map/ESA_WorldCover_10m_2020_v100_{tile}_Map.tif"
)
ESRI_URL = "https://lulctimeseries.blob.core.windows.net/lulctimeseries/lc{year}/{tile}_{year}0101-{next}0101.tif"
URL_ENV = "APT_CROPLAND_WORLDCOVER_URL"  # another mirror (or a test server) with the same file names
URL_2020_ENV = "APT_CROPLAND_WORLDCOVER_2020_URL"
ESRI_URL_ENV = "APT_CROPLAND_ESRI_URL"
ESRI_YEARS = tuple(range(2017, 2025))


@dataclass(frozen=True)
class OnlineProduct:
    """A land cover product read online: its files' naming and the grid they are cut along."""

    key: str  # the name scripts use (GLC_SOURCE)
    label: str
    template: str  # with {tile} (and {year}, {next} for annual products)
    url_env: str
    scheme: str  # its cropland classes (schemes.SCHEMES)
    grid: str  # "worldcover" (3-degree tiles) or "mgrs" (UTM zones x 8-degree bands)
    year: int
    nodata: int = 0

    @property
    def source_id(self) -> str:
        return "online:" + self.key

    def urls(self, bounds_4326: tuple[float, float, float, float]) -> list[str]:
        template = os.environ.get(self.url_env) or self.template
        tiles = tiles_for_bounds(*bounds_4326) if self.grid == "worldcover" else mgrs_zones_for_bounds(*bounds_4326)
        return [template.format(tile=tile, year=self.year, next=self.year + 1) for tile in tiles]


ONLINE_PRODUCTS = {
    p.key: p
    for p in (
        OnlineProduct("worldcover_2021", "ESA WorldCover 2021", WORLDCOVER_URL, URL_ENV, "worldcover",
                      "worldcover", 2021),
        OnlineProduct("worldcover_2020", "ESA WorldCover 2020", WORLDCOVER_2020_URL, URL_2020_ENV,
                      "worldcover", "worldcover", 2020),
        *(OnlineProduct(f"esri_{year}", f"Esri / Impact Observatory land cover {year}", ESRI_URL, ESRI_URL_ENV,
                        "esri", "mgrs", year) for year in reversed(ESRI_YEARS)),
    )
}
# Land cover sources by the names scripts use (Processing's GLC_SOURCE): a layer, or a product online
LAYER_SOURCE = "layer"
ONLINE_SOURCES = {key: product.source_id for key, product in ONLINE_PRODUCTS.items()}
ONLINE_SOURCES["worldcover_2021"] = ONLINE_WORLDCOVER  # its id since 0.1 (saved dock settings use it)
GLC_SOURCE_NAMES = (LAYER_SOURCE, *ONLINE_SOURCES)
BY_SOURCE_ID = {source: ONLINE_PRODUCTS[key] for key, source in ONLINE_SOURCES.items()}


def online_product(source: str) -> OnlineProduct | None:
    """The online product a land cover source id names (None for a file)."""
    return BY_SOURCE_ID.get(source)
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


MGRS_BANDS = "CDEFGHJKLMNPQRSTUVWX"  # 8-degree latitude bands from 80 S; X spans 72-84 N


def mgrs_zone(lon: float, lat: float) -> str:
    """The MGRS grid zone of a point: UTM zone number and latitude band letter, e.g. ``14T``."""
    zone = min(60, int(math.floor((lon + 180.0) / 6.0)) + 1)
    band = MGRS_BANDS[min(len(MGRS_BANDS) - 1, max(0, int(math.floor((lat + 80.0) / 8.0))))]
    return f"{zone:02d}{band}" if zone < 10 else f"{zone}{band}"


def mgrs_zones_for_bounds(west: float, south: float, east: float, north: float) -> list[str]:
    """All MGRS grid zones covering a longitude/latitude box (south to north, west to east)."""
    names = []
    lat = max(-80.0, 8 * math.floor(south / 8))
    while lat < min(north, 84.0):
        lon = 6 * math.floor(west / 6)
        while lon < east:
            name = mgrs_zone(lon + 3, lat + 4)
            if name not in names:
                names.append(name)
            lon += 6
        lat += 8
    return names


def url_template() -> str:
    return os.environ.get(URL_ENV) or WORLDCOVER_URL


def curl_env():
    """GDAL settings for reading cloud GeoTIFFs efficiently (no directory listing, retries)."""
    return rasterio.Env(**CURL_OPTIONS)


def worldcover_vrt(bounds_4326: tuple[float, float, float, float], template: str | None = None) -> str:
    """An in-memory VRT mosaic of the WorldCover 2021 tiles covering ``bounds_4326`` (no data is read)."""
    if template is None:
        return online_vrts(ONLINE_PRODUCTS["worldcover_2021"], bounds_4326)[0]
    urls = [template.format(tile=tile) for tile in tiles_for_bounds(*bounds_4326)]
    return _vrts(ONLINE_PRODUCTS["worldcover_2021"], urls)[0]


def online_vrts(product: OnlineProduct, bounds_4326: tuple[float, float, float, float]) -> list[str]:
    """In-memory VRT mosaics of the product's files covering ``bounds_4326``, one per CRS (no data
    is read). Raises ``AptInputError`` when none can be reached (offline) or the area has none."""
    return _vrts(product, product.urls(bounds_4326))


def _vrts(product: OnlineProduct, urls: list[str]) -> list[str]:
    by_crs: dict[str, list[str]] = {}
    unreachable = []
    with curl_env():
        for url in urls:
            path = "/vsicurl/" + url
            if gdal_call(gdal.VSIStatL, path)[1] is not None:
                unreachable.append(os.path.basename(url))
                continue
            by_crs.setdefault(_projection(product, path), []).append(path)
        if not by_crs:
            raise AptInputError(
                tr(
                    "{product} could not be reached online for this area (files {tiles}): the computer may be "
                    "offline, a proxy may block it, or the product has no file here (open ocean). Use a local "
                    "land cover layer instead."
                ).format(product=product.label, tiles=", ".join(unreachable))
            )
        vrts = []
        for sources in by_crs.values():
            path = f"/vsimem/apt_{product.key}_{uuid.uuid4().hex}.vrt"
            vrt, error = gdal_call(gdal.BuildVRT, path, sources, srcNodata=product.nodata,
                                   VRTNodata=product.nodata)
            if error is not None:
                raise AptInputError(
                    tr("GDAL could not mosaic the files of {product}: {error}").format(
                        product=product.label, error=error
                    )
                )
            vrt = None  # noqa: F841 (written to /vsimem)
            vrts.append(path)
    return vrts


def _projection(product: OnlineProduct, path: str) -> str:
    """The CRS (WKT) of one of the product's files, or an ``AptInputError`` when GDAL cannot read it
    as a raster (a proxy's error page, a damaged mirror)."""
    info, error = gdal_call(gdal.Open, path)
    if error is not None:
        raise AptInputError(
            tr("The {product} file {name} was found online but cannot be read as a raster: {error}. A proxy "
               "may have answered instead of the server; try again later or use a local land cover layer.").format(
                product=product.label, name=os.path.basename(path), error=error
            )
        )
    return info.GetProjection()


def land_cover_classes(source: str | None, text: str | None, default: str = "40") -> tuple[int, ...]:
    """The cropland classes of a land cover given by its name (an online product's or a file) and the
    classes the analyst typed: those typed, except that an online product brings its own when the
    text is empty or left at the default (the one rule for every face)."""
    product = ONLINE_PRODUCTS.get(source or "") or BY_SOURCE_ID.get(source or "")
    text = (text or "").strip()
    if product is not None and text in ("", default):
        return SCHEMES[product.scheme].cropland
    return parse_classes(text or default)
