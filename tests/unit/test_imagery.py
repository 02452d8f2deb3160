import warnings

import numpy as np
import pytest
import rasterio
from rasterio.enums import ColorInterp
from rasterio.windows import Window
from support import write_raster

from apt_cropland.plugin.core.errors import AptInputError
from apt_cropland.plugin.core.imagery import reader as imagery
from apt_cropland.plugin.core.imagery.reader import ImageReader, parse_bands


def test_uint8_rgb_passes_through_unchanged(tmp_path):
    data = np.random.default_rng(0).integers(1, 255, (3, 40, 50), dtype=np.uint8)
    with ImageReader(write_raster(tmp_path / "rgb.tif", data)) as image:
        rgb, valid = image.read(Window(0, 0, 50, 40))
    assert rgb.dtype == np.uint8 and rgb.shape == (40, 50, 3)
    assert np.array_equal(rgb, np.moveaxis(data, 0, -1)) and valid.all()


def test_bands_default_to_colour_interpretation(tmp_path):
    data = np.stack([np.full((10, 10), v, np.uint8) for v in (10, 20, 30, 40)])
    path = write_raster(tmp_path / "bgrn.tif", data, photometric="MINISBLACK")
    with rasterio.open(path, "r+") as ds:
        ds.colorinterp = [ColorInterp.blue, ColorInterp.green, ColorInterp.red, ColorInterp.undefined]
    with ImageReader(path) as image:
        assert image.bands == (3, 2, 1)
        rgb, _ = image.read(Window(0, 0, 10, 10))
    assert tuple(rgb[0, 0]) == (30, 20, 10)


def test_many_bands_without_colour_use_1_2_3_and_say_so(sentinel2_path):
    with ImageReader(sentinel2_path) as image:
        assert image.bands == (1, 2, 3)
        assert any("8 bands" in n for n in image.notes)


def test_four_bands_marked_red_green_blue_take_them_without_a_note(tmp_path):
    data = np.full((4, 10, 10), 100, np.uint8)
    data[3] = 255
    path = write_raster(tmp_path / "rgba.tif", data, photometric="RGB", alpha="YES")
    with ImageReader(path) as image:
        assert image.bands == (1, 2, 3)
        assert image.notes == []


def test_uint16_is_stretched_by_2_98_percentiles_per_band(sentinel2_path):
    with ImageReader(sentinel2_path, bands=(4, 3, 2)) as image:
        with rasterio.open(sentinel2_path) as src:
            b4 = src.read(4).astype(float)
        lo, hi = np.percentile(b4, [2, 98])
        assert image.stretch.lows[0] == pytest.approx(lo, rel=0.02)
        assert image.stretch.highs[0] == pytest.approx(hi, rel=0.02)
        rgb, valid = image.read(Window(0, 0, 578, 379))
    assert rgb.dtype == np.uint8 and valid.all()
    red = rgb[..., 0].astype(float)
    assert 0.005 < (red == 0).mean() < 0.05 and 0.005 < (red == 255).mean() < 0.05


def test_stretch_is_computed_once_per_raster(sentinel2_path, monkeypatch):
    imagery._STRETCH_CACHE.clear()
    calls = []
    original = ImageReader._compute_stretch
    monkeypatch.setattr(ImageReader, "_compute_stretch", lambda self: calls.append(1) or original(self))
    for _ in range(3):
        ImageReader(sentinel2_path, bands=(1, 2, 3)).close()
    assert len(calls) == 1


def test_single_band_is_repeated_and_bad_bands_are_refused(tmp_path):
    path = write_raster(tmp_path / "gray.tif", np.full((1, 8, 8), 77, np.uint8))
    with ImageReader(path) as image:
        assert image.bands == (1, 1, 1)
    with pytest.raises(AptInputError, match="band 4 does not exist"):
        ImageReader(path, bands=(4,))
    with pytest.raises(AptInputError, match="one band or three"):
        ImageReader(path, bands=(1, 1))
    with pytest.raises(AptInputError, match="band numbers"):
        parse_bands("red,green")
    assert parse_bands(" ") is None and parse_bands("4, 3,2") == (4, 3, 2)


def test_nodata_pixels_are_masked_and_zeroed(tmp_path):
    data = np.full((3, 20, 20), 100, np.uint8)
    data[:, :, :5] = 0
    with ImageReader(write_raster(tmp_path / "nd.tif", data, nodata=0)) as image:
        rgb, valid = image.read(Window(0, 0, 20, 20))
    assert not valid[:, :5].any() and valid[:, 5:].all()


def test_an_alpha_band_marks_pixels_invalid_and_no_mask_means_all_valid(tmp_path):
    """Validity comes from the dataset's masks when it has any (here alpha); otherwise no mask is read."""
    data = np.full((4, 20, 30), 100, np.uint8)
    data[3] = 255
    data[3, 5:9, :] = 0
    path = write_raster(tmp_path / "rgba.tif", data, photometric="RGB", alpha="YES")
    with ImageReader(path, bands=(1, 2, 3)) as image:
        valid = image.valid(Window(2, 3, 25, 10))
    assert valid.shape == (10, 25) and not valid[2:6].any() and valid[:2].all() and valid[6:].all()
    with ImageReader(write_raster(tmp_path / "plain.tif", data[:3])) as image:
        valid = image.valid(Window(2, 3, 25, 10))
    assert valid.shape == (10, 25) and valid.all()


def test_nodata_beside_an_alpha_band_is_followed_quietly(tmp_path):
    """GDAL lets a nodata value shadow an alpha band; rasterio warns on every read, which the analyst
    would see in the Processing log once per tile: the reader follows GDAL without the noise."""
    data = np.full((4, 20, 30), 100, np.uint8)
    data[3] = 255
    data[:3, :4] = 0  # nodata in the colour bands
    path = write_raster(tmp_path / "rgba_nodata.tif", data, photometric="RGB", alpha="YES", nodata=0)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with ImageReader(path, bands=(1, 2, 3)) as image:
            valid = image.valid(Window(0, 0, 30, 20))
    assert not valid[:4].any() and valid[4:].all()


def test_nan_pixels_of_a_float_image_are_invalid_for_planning_as_for_reading(tmp_path):
    """Prompt planning asks ``valid`` alone: NaN pixels (no nodata value declared) must be invalid
    there too, or points would be sampled on them."""
    data = np.random.default_rng(0).uniform(0, 1, (3, 20, 30)).astype(np.float32)
    data[:, :, :10] = np.nan
    with ImageReader(write_raster(tmp_path / "float.tif", data)) as image:
        window = Window(0, 0, 30, 20)
        valid = image.valid(window)
        _, read_valid = image.read(window)
    assert not valid[:, :10].any() and valid[:, 10:].all()
    assert np.array_equal(valid, read_valid)


def test_all_nodata_16bit_image_is_a_clear_error(tmp_path):
    path = write_raster(tmp_path / "empty.tif", np.zeros((3, 20, 20), np.uint16), nodata=0)
    with pytest.raises(AptInputError, match="no valid pixels"):
        ImageReader(path)


def test_image_without_crs_is_a_clear_error(tmp_path):
    with pytest.raises(AptInputError, match="no coordinate reference system"):
        ImageReader(write_raster(tmp_path / "nocrs.tif", np.ones((3, 5, 5), np.uint8), crs=None))


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(AptInputError, match="Cannot open the image"):
        ImageReader(str(tmp_path / "nope.tif"))
