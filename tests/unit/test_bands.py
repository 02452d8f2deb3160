"""Band presets by sensor: the bands found from band names, colour interpretation or band count,
on small rasters named as each product names its bands (built by the tests)."""

from __future__ import annotations

import numpy as np
import pytest
import rasterio
from rasterio.enums import ColorInterp
from rasterio.windows import Window
from support import write_raster

from apt_cropland.plugin.core.config import Config
from apt_cropland.plugin.core.errors import AptInputError
from apt_cropland.plugin.core.imagery.bands import NDVI, PRESETS, detect_roles, parse_preset
from apt_cropland.plugin.core.imagery.temporal import ImageSeries, open_imagery

S2_L2A = ["B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B09", "B11", "B12"]
S2_L1C = ["B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B09", "B10", "B11", "B12"]
LANDSAT = [f"SR_B{i}" for i in range(1, 8)]
PLANET_4 = ["blue", "green", "red", "nir"]
PLANET_8 = ["coastal_blue", "blue", "green_i", "green", "yellow", "red", "rededge", "nir"]


def named_raster(tmp_path, names, colorinterp=None, dtype=np.uint8) -> str:
    """A raster whose band k holds the value 10 * k everywhere, with band descriptions ``names``."""
    count = len(names)
    data = np.stack([np.full((12, 16), 10 * (k + 1), dtype) for k in range(count)])
    path = write_raster(tmp_path / f"r{len(list(tmp_path.iterdir()))}.tif", data, photometric="MINISBLACK")
    with rasterio.open(path, "r+") as ds:
        for k, name in enumerate(names):
            if name:
                ds.set_band_description(k + 1, name)
        if colorinterp:
            ds.colorinterp = colorinterp
    return path


def chosen(path, preset: str, **extra) -> tuple:
    with ImageSeries(Config(image=path, bands_preset=preset, **extra)) as series:
        return series.band_choice().channels


@pytest.mark.parametrize("names, natural, false_colour, agriculture, ndvi", [
    (S2_L2A, (4, 3, 2), (8, 4, 3), (11, 8, 2), (NDVI, 8, 4)),
    (S2_L1C, (4, 3, 2), (8, 4, 3), (12, 8, 2), (NDVI, 8, 4)),
    (["B2", "B3", "B4", "B8A", "B11", "B12"], (3, 2, 1), (4, 3, 2), (5, 4, 1), (NDVI, 4, 3)),  # 20 m: B8A as NIR
    (LANDSAT, (4, 3, 2), (5, 4, 3), (6, 5, 2), (NDVI, 5, 4)),
    (PLANET_8, (6, 4, 2), (8, 6, 4), None, (NDVI, 8, 6)),
    (PLANET_4, (3, 2, 1), (4, 3, 2), None, (NDVI, 4, 3)),
    (["Red", "Green", "Blue", "NIR"], (1, 2, 3), (4, 1, 2), None, (NDVI, 4, 1)),  # NAIP RGBN, named
])
def test_presets_pick_the_bands_of_each_naming(tmp_path, names, natural, false_colour, agriculture, ndvi):
    path = named_raster(tmp_path, names)
    assert chosen(path, "natural") == natural
    assert chosen(path, "false_colour") == false_colour
    assert chosen(path, "ndvi") == ndvi
    if agriculture is None:
        with pytest.raises(AptInputError, match="needs a SWIR 1 band"):
            chosen(path, "agriculture")
    else:
        assert chosen(path, "agriculture") == agriculture


def test_naip_colour_interpretation_gives_its_nir_and_the_read_follows_the_preset(tmp_path):
    ci = [ColorInterp.red, ColorInterp.green, ColorInterp.blue, ColorInterp.undefined]
    path = named_raster(tmp_path, [None] * 4, colorinterp=ci)
    roles = detect_roles([None] * 4, ci)
    assert roles.roles == {"red": 1, "green": 2, "blue": 3, "nir": 4}
    with ImageSeries(Config(image=path, bands_preset="false_colour")) as series:
        rgb, valid = series.read(Window(0, 0, 16, 12))
        assert any("colour interpretation" in n for n in series.notes)
    assert valid.all() and tuple(rgb[0, 0]) == (40, 10, 20)  # uint8 passes through unchanged


def test_band_count_of_known_products_when_nothing_names_the_bands(tmp_path):
    four = named_raster(tmp_path, [None] * 4)
    with ImageSeries(Config(image=four, bands_preset="false_colour")) as series:
        assert series.band_choice().channels == (4, 1, 2)
        assert any("band count" in n and "NAIP" in n for n in series.notes)
    assert chosen(named_raster(tmp_path, [None] * 13), "agriculture") == (12, 8, 2)  # Sentinel-2 L1C order
    assert chosen(named_raster(tmp_path, [None] * 12), "agriculture") == (11, 8, 2)  # L2A, no B10
    assert chosen(named_raster(tmp_path, [None] * 7), "agriculture") == (6, 5, 2)  # Landsat 8/9 SR


def test_a_raster_nothing_describes_is_told_what_to_set(sentinel2_path):
    with pytest.raises(AptInputError, match="8 bands without names.*Set the bands"):
        ImageSeries(Config(image=sentinel2_path, bands_preset="natural"))


def test_explicit_bands_win_over_the_preset_and_the_log_says_so(tmp_path):
    path = named_raster(tmp_path, S2_L2A)
    with ImageSeries(Config(image=path, bands_preset="false_colour", bands=(2, 3, 4))) as series:
        assert series.band_choice().channels == (2, 3, 4)
        assert any("win over the preset" in n for n in series.notes)


def test_the_log_names_the_bands_and_why(tmp_path):
    with ImageSeries(Config(image=named_raster(tmp_path, LANDSAT), bands_preset="agriculture")) as series:
        assert series.notes[0].startswith("Bands for SAM: 6, 5, 2 (preset agriculture: SWIR 1, NIR, blue)")
        assert "Landsat band names" in series.notes[0]


def test_auto_is_todays_reader_and_an_unknown_preset_is_refused(tmp_path, sentinel2_path):
    from apt_cropland.plugin.core.imagery.reader import ImageReader

    with open_imagery(Config(image=sentinel2_path)) as image:
        assert isinstance(image, ImageReader) and image.bands == (1, 2, 3)
    assert parse_preset("") == "auto" and parse_preset(" NDVI ") == "ndvi" and len(PRESETS) == 5
    with pytest.raises(AptInputError, match="Unknown band preset 'infrared'"):
        parse_preset("infrared")


def test_the_ndvi_preset_stretches_ndvi_and_bad_ndvi_bands_are_refused(tmp_path):
    data = np.random.default_rng(0).integers(100, 4000, (4, 30, 40)).astype(np.uint16)
    path = write_raster(tmp_path / "rgbn16.tif", data)
    with ImageSeries(Config(image=path, bands_preset="ndvi")) as series:
        rgb, _ = series.read(Window(0, 0, 40, 30))
        lo, hi = series.view_stretch().lows[0], series.view_stretch().highs[0]
    red, nir = data[0].astype(float), data[3].astype(float)
    index = (nir - red) / (nir + red)
    assert (lo, hi) == pytest.approx(tuple(np.percentile(index, [2, 98])), abs=1e-5)
    expected = np.clip((index - lo) * 255 / (hi - lo), 0, 255).astype(np.uint8)
    assert np.abs(rgb[..., 0].astype(int) - expected).max() <= 1
    with pytest.raises(AptInputError, match="red then NIR"):
        ImageSeries(Config(image=path, bands_preset="ndvi", ndvi_bands=(1,)))
    with pytest.raises(AptInputError, match="NDVI band 9 does not exist"):
        ImageSeries(Config(image=path, bands_preset="ndvi", ndvi_bands=(1, 9)))
