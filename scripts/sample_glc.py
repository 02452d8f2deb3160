"""Build a synthetic, WorldCover-coded land cover raster over an image, for demos and tests.

No real land cover product covers the bundled sample image, so this makes a stand-in: class 40
(cropland) where the image's NDVI (bands RED and NIR) is above its median, class 30 (grassland)
elsewhere, on a 1/12000 degree EPSG:4326 grid like ESA WorldCover (or any CRS and resolution
given). It is NOT a real land cover map: use it to try the plugin, never to report results.

    python scripts/sample_glc.py IMAGE OUT.tif [--crs EPSG:4326] [--res 8.3333e-05] [--red 1 --nir 4]
"""

from __future__ import annotations

import argparse
import math

import numpy as np
import rasterio
from rasterio.crs import CRS
from rasterio.enums import Resampling
from rasterio.transform import from_origin
from rasterio.warp import reproject, transform_bounds

CROPLAND, GRASSLAND, NODATA = 40, 30, 0


def make_sample_glc(
    image_path: str,
    out_path: str,
    crs: str = "EPSG:4326",
    res: float = 1 / 12000,
    red: int = 1,
    nir: int = 4,
    pad: float = 0.1,
) -> str:
    """Write the synthetic GLC covering the image (plus ``pad`` of its size on each side)."""
    dst_crs = CRS.from_user_input(crs)
    with rasterio.open(image_path) as src:
        left, bottom, right, top = transform_bounds(src.crs, dst_crs, *src.bounds, densify_pts=21)
        dx, dy = (right - left) * pad, (top - bottom) * pad
        left, right, bottom, top = left - dx, right + dx, bottom - dy, top + dy
        width, height = math.ceil((right - left) / res), math.ceil((top - bottom) / res)
        transform = from_origin(left, top, res, res)
        bands = np.zeros((2, height, width), dtype=np.float32)
        for i, band in enumerate((red, nir)):
            reproject(
                rasterio.band(src, band), bands[i], dst_transform=transform, dst_crs=dst_crs,
                resampling=Resampling.average, dst_nodata=0,
            )
    red_v, nir_v = bands
    covered = (red_v > 0) | (nir_v > 0)
    ndvi = np.where(covered, (nir_v - red_v) / np.maximum(nir_v + red_v, 1e-6), 0)
    threshold = np.median(ndvi[covered]) if covered.any() else 0
    classes = np.where(ndvi > threshold, CROPLAND, GRASSLAND).astype(np.uint8)
    classes[~covered] = NODATA
    profile = dict(driver="GTiff", width=width, height=height, count=1, dtype="uint8", crs=dst_crs,
                   transform=transform, nodata=NODATA, compress="deflate")
    with rasterio.open(out_path, "w", **profile) as dst:
        dst.write(classes, 1)
        dst.update_tags(DESCRIPTION="SYNTHETIC land cover from NDVI (not a real product): 40 cropland, 30 other")
    return out_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("image")
    parser.add_argument("out")
    parser.add_argument("--crs", default="EPSG:4326")
    parser.add_argument("--res", type=float, default=1 / 12000)
    parser.add_argument("--red", type=int, default=1)
    parser.add_argument("--nir", type=int, default=4)
    args = parser.parse_args()
    make_sample_glc(args.image, args.out, args.crs, args.res, args.red, args.nir)
    print(f"Wrote a SYNTHETIC land cover (not a real product) to {args.out}")


if __name__ == "__main__":
    main()
