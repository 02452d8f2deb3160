"""docs/temporal_presets.png: what SAM sees of the real two-date Sentinel-2 stack under each band
preset and temporal mode (the plugin's own reading code, no model).

    python scripts/temporal_figure.py [IMAGE] [OUT.png]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "build" / "qgis-plugins")]

import numpy as np  # noqa: E402
from PIL import Image, ImageDraw  # noqa: E402
from rasterio.windows import Window  # noqa: E402

from apt_cropland.plugin.core.config import Config  # noqa: E402
from apt_cropland.plugin.core.imagery.temporal import ImageSeries  # noqa: E402

SENTINEL2 = ROOT.parent / "shared" / "data" / "sentinel2_austria_8band_uint16_10m.tif"
TWO_DATES = ((1, 2, 3, 4), (5, 6, 7, 8))
PANELS = [
    ("natural, date 1", dict(bands_preset="natural")),
    ("natural, date 2", dict(bands_preset="natural", temporal="ensemble"), 1),
    ("false_colour (NIR, red, green)", dict(bands_preset="false_colour")),
    ("ndvi (NDVI, NIR, red)", dict(bands_preset="ndvi")),
    ("composite: NDVI 1, NDVI 2, change", dict(temporal="composite")),
    ("natural, STRETCH=shared, date 2", dict(bands_preset="natural", temporal="ensemble", stretch="shared"), 1),
]


def panel(image: str, config: dict, view: int = 0) -> np.ndarray:
    with ImageSeries(Config(image=image, dates=TWO_DATES, **config)) as series:
        window = Window(0, 0, series.grid.width, series.grid.height)
        return series.views(window)[view][1]


def main(image: str = str(SENTINEL2), out: str = str(ROOT / "docs" / "temporal_presets.png")) -> None:
    tiles = []
    for title, config, *view in PANELS:
        rgb = Image.fromarray(panel(image, config, *view))
        rgb = rgb.resize((rgb.width * 2 // 3, rgb.height * 2 // 3), Image.Resampling.LANCZOS)
        framed = Image.new("RGB", (rgb.width, rgb.height + 22), "white")
        framed.paste(rgb, (0, 22))
        ImageDraw.Draw(framed).text((4, 5), title, fill="black")
        tiles.append(framed)
    columns, gap = 3, 6
    w, h = tiles[0].size
    rows = -(-len(tiles) // columns)
    sheet = Image.new("RGB", (columns * w + (columns - 1) * gap, rows * h + (rows - 1) * gap), "white")
    for i, tile in enumerate(tiles):
        sheet.paste(tile, ((i % columns) * (w + gap), (i // columns) * (h + gap)))
    sheet.quantize(256, method=Image.Quantize.MEDIANCUT).save(out, optimize=True)  # a few hundred kB
    print(out)


if __name__ == "__main__":
    main(*sys.argv[1:])
