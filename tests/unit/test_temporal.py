"""Several dates as SAM input, on the real two-date Sentinel-2 stack (bands 1-4 and 5-8: red, green,
blue, NIR of each date) and on the same dates as separate rasters in other CRSs (made by the tests)."""

from __future__ import annotations

import numpy as np
import pytest
import rasterio
from rasterio.crs import CRS
from rasterio.enums import Resampling
from rasterio.warp import calculate_default_transform, reproject
from rasterio.windows import Window

from apt_cropland.plugin.core.config import Config
from apt_cropland.plugin.core.errors import AptInputError
from apt_cropland.plugin.core.imagery.dates import parse_dates, parse_masks
from apt_cropland.plugin.core.imagery.reader import ImageReader
from apt_cropland.plugin.core.imagery.temporal import ImageSeries, date_votes

TWO_DATES = ((1, 2, 3, 4), (5, 6, 7, 8))
WHOLE = Window(0, 0, 578, 379)


def s2_bands(path, bands) -> np.ndarray:
    with rasterio.open(path) as ds:
        return ds.read(list(bands)).astype(np.float64)


def stretched(values: np.ndarray, lo: float, hi: float) -> np.ndarray:
    return np.clip((values - lo) * 255 / (hi - lo), 0, 255)


def date_raster(sentinel2_path, out, bands, crs=None, res=None, nodata=None, names=None) -> str:
    """Bands of the stack as their own raster, warped (bilinear) to ``crs`` at ``res`` when given."""
    with rasterio.open(sentinel2_path) as src:
        data = src.read(list(bands))
        profile = dict(driver="GTiff", count=len(bands), dtype="uint16", crs=src.crs, transform=src.transform,
                       width=src.width, height=src.height, nodata=nodata)
        if crs is not None:
            dst_crs = CRS.from_user_input(crs)
            transform, width, height = calculate_default_transform(src.crs, dst_crs, src.width, src.height,
                                                                   *src.bounds, resolution=res)
            warped = np.zeros((len(bands), height, width), np.uint16)
            reproject(data, warped, src_transform=src.transform, src_crs=src.crs, dst_transform=transform,
                      dst_crs=dst_crs, resampling=Resampling.bilinear, dst_nodata=0)
            data = warped
            profile.update(crs=dst_crs, transform=transform, width=width, height=height, nodata=0)
    with rasterio.open(str(out), "w", **profile) as dst:
        dst.write(data)
        for k, name in enumerate(names or []):
            dst.set_band_description(k + 1, name)
    return str(out)


def test_dates_and_masks_are_parsed_and_bad_text_is_refused():
    assert parse_dates("1,2,3,4;5,6,7,8") == TWO_DATES and parse_dates(" ") is None
    assert parse_masks("9;10") == (9, 10) and parse_masks("") is None
    with pytest.raises(AptInputError, match="band groups separated by ';'"):
        parse_dates("1-4;5-8")
    with pytest.raises(AptInputError, match="has no bands"):
        parse_dates("1,2,3;")
    with pytest.raises(AptInputError, match="one band number per date"):
        parse_masks("cloud")


def test_a_date_alone_is_the_single_date_input_on_its_bands(sentinel2_path):
    with ImageSeries(Config(image=sentinel2_path, dates=TWO_DATES, temporal="ensemble")) as series:
        (_, first, _), (_, second, valid) = series.views(WHOLE)
        assert series.band_choice(1).channels == (1, 2, 3)  # positions in the group: bands 5, 6, 7
    for bands, rgb in (((1, 2, 3), first), ((5, 6, 7), second)):
        with ImageReader(sentinel2_path, bands) as image:
            alone, _ = image.read(WHOLE)
        assert np.array_equal(rgb, alone), bands
    assert valid.all()


def test_a_shared_stretch_pools_each_band_position_over_the_dates(sentinel2_path):
    config = Config(image=sentinel2_path, dates=TWO_DATES, temporal="ensemble", bands_preset="false_colour",
                    stretch="shared")
    with ImageSeries(config) as series:
        assert series.band_choice().channels == (4, 1, 2)  # a 4-band group without names: R, G, B, NIR
        first, second = series.view_stretch(0), series.view_stretch(1)
    assert first == second
    pooled = np.concatenate([s2_bands(sentinel2_path, [4]).ravel(), s2_bands(sentinel2_path, [8]).ravel()])
    # 578 x 379 px: the decimated read is the whole raster, so the percentiles are exact
    assert (first.lows[0], first.highs[0]) == pytest.approx(tuple(np.percentile(pooled, [2, 98])))


def test_the_composite_channels_are_the_ndvi_of_the_dates_and_their_change(sentinel2_path):
    with ImageSeries(Config(image=sentinel2_path, dates=TWO_DATES, temporal="composite")) as series:
        rgb, valid = series.read(WHOLE)
        stretch = series.view_stretch()
        assert series.view_count == 1 and any("NDVI from bands 1 (red) and 4 (NIR)" in n for n in series.notes)
    b = s2_bands(sentinel2_path, range(1, 9))
    ndvi1, ndvi2 = (b[3] - b[0]) / (b[3] + b[0]), (b[7] - b[4]) / (b[7] + b[4])
    for k, index in enumerate((ndvi1, ndvi2, ndvi2 - ndvi1)):
        lo, hi = np.percentile(index, [2, 98])
        assert (stretch.lows[k], stretch.highs[k]) == pytest.approx((lo, hi), abs=1e-5)
        diff = rgb[..., k] - np.floor(stretched(index, lo, hi))  # uint8 truncates; float32 rounding aside
        assert np.abs(diff).max() <= 1 and (diff == 0).mean() > 0.999, k
    assert valid.all()


def test_three_dates_spread_over_four(sentinel2_path):
    four = ((1, 2, 3, 4), (5, 6, 7, 8), (1, 2, 3, 4), (5, 6, 7, 8))
    with ImageSeries(Config(image=sentinel2_path, dates=four, temporal="composite")) as series:
        assert [c.dates for c in series._views[0].channels] == [(0,), (1,), (3,)]
        assert any("NDVI of dates 1, 2, 4" in n for n in series.notes)


def test_separate_rasters_in_other_crss_are_warped_onto_the_image_grid(sentinel2_path, tmp_path):
    first = date_raster(sentinel2_path, tmp_path / "d1.tif", (1, 2, 3, 4))
    # date 2 in Web Mercator at 12 m, its bands stored blue, green, red, NIR and named so
    second = date_raster(sentinel2_path, tmp_path / "d2_3857.tif", (7, 6, 5, 8), crs="EPSG:3857", res=12.0,
                         names=["blue", "green", "red", "nir"])
    config = Config(image=first, more_images=(second,), temporal="ensemble", bands_preset="natural")
    with ImageSeries(config) as series:
        assert series.grid.crs == CRS.from_epsg(32633) and (series.grid.width, series.grid.height) == (578, 379)
        assert series.band_choice(0).channels == (1, 2, 3) and series.band_choice(1).channels == (3, 2, 1)
        (_, rgb1, valid1), (_, rgb2, valid2) = series.views(WHOLE)
    with ImageSeries(Config(image=sentinel2_path, dates=TWO_DATES, temporal="ensemble",
                            bands_preset="natural")) as stack:
        (_, same1, _), (_, same2, _) = stack.views(WHOLE)
    assert np.array_equal(rgb1, same1) and valid1.all()
    inner = valid2.copy()
    inner[:3], inner[-3:], inner[:, :3], inner[:, -3:] = False, False, False, False  # edges: half outside
    assert inner.mean() > 0.95
    diff = np.abs(rgb2.astype(int) - same2.astype(int))[inner]
    assert np.median(diff) <= 6 and np.corrcoef(rgb2[inner].ravel(), same2[inner].ravel())[0, 1] > 0.9


def test_composite_over_rasters_in_two_crss_has_the_change_on_the_image_grid(sentinel2_path, tmp_path):
    first = date_raster(sentinel2_path, tmp_path / "d1.tif", (1, 2, 3, 4))
    second = date_raster(sentinel2_path, tmp_path / "d2_4326.tif", (5, 6, 7, 8), crs="EPSG:4326", res=1.2e-4)
    with ImageSeries(Config(image=first, more_images=(second,), temporal="composite")) as series:
        rgb, valid = series.read(WHOLE)
    with ImageSeries(Config(image=sentinel2_path, dates=TWO_DATES, temporal="composite")) as stack:
        same, _ = stack.read(WHOLE)
    assert valid.mean() > 0.97
    assert np.corrcoef(rgb[valid][:, 2].astype(float), same[valid][:, 2].astype(float))[0, 1] > 0.8


def test_nodata_in_one_date_leaves_it_out_there(sentinel2_path, tmp_path):
    data = s2_bands(sentinel2_path, range(1, 9)).astype(np.uint16)
    data[4:, :, :200] = 0  # date 2 has no data on the west
    data[:, :40] = 0  # no date has data on the northern strip
    with rasterio.open(sentinel2_path) as src:
        profile = src.profile | dict(nodata=0)
    path = str(tmp_path / "s2_nodata.tif")
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(data)
    with ImageSeries(Config(image=path, dates=TWO_DATES, temporal="ensemble")) as series:
        (_, rgb1, valid1), (_, rgb2, valid2) = series.views(WHOLE)
        union = series.valid(WHOLE)
    assert not valid1[:40].any() and valid1[40:].all()
    assert not valid2[:, :200].any() and valid2[40:, 200:].all() and not rgb2[:, :200].any()
    assert np.array_equal(union, valid1 | valid2) and np.array_equal(union, valid1)
    with ImageSeries(Config(image=path, dates=TWO_DATES, temporal="composite")) as series:
        assert np.array_equal(series.valid(WHOLE), valid1 & valid2)  # the composite needs both dates


def test_a_mask_band_per_date_takes_cloudy_pixels_out_of_that_date(sentinel2_path, tmp_path):
    data = s2_bands(sentinel2_path, range(1, 9)).astype(np.uint16)
    clouds = np.zeros((2, 379, 578), np.uint16)
    clouds[1, 100:150, 300:400] = 1  # a cloud over date 2
    with rasterio.open(sentinel2_path) as src:
        profile = src.profile | dict(count=10)
    path = str(tmp_path / "s2_masks.tif")
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(np.concatenate([data, clouds]))
    with ImageSeries(Config(image=path, dates=TWO_DATES, temporal="ensemble", date_masks=(0, 10))) as series:
        (_, _, valid1), (_, _, valid2) = series.views(WHOLE)
    assert valid1.all() and not valid2[100:150, 300:400].any() and valid2.sum() == 379 * 578 - 50 * 100


def test_date_votes_count_only_dates_with_data():
    p1, p2 = np.array([[0.2, 0.9, 0.5]]), np.array([[0.6, 0.1, 0.5]])
    v1, v2 = np.array([[True, True, False]]), np.array([[True, False, False]])
    mean, variance, valid = date_votes([[p1], [p2]], [v1, v2])
    assert mean[0].tolist() == pytest.approx([0.4, 0.9, 0.0]) and valid[0].tolist() == [True, True, False]
    assert variance[0].tolist() == pytest.approx([0.04, 0.0, 0.0], abs=1e-6)


@pytest.mark.parametrize("extra, words", [
    (dict(dates=((1, 2, 3, 4), (5, 6, 7))), "groups have 4, 3 bands"),
    (dict(dates=((1, 2, 3, 4), (5, 6, 7, 9))), "band 9 does not exist"),
    (dict(temporal="ensemble"), "needs at least two dates"),
    (dict(temporal="sometimes"), "Unknown temporal mode 'sometimes'"),
    (dict(dates=TWO_DATES, stretch="global"), "Unknown stretch 'global'"),
    (dict(dates=TWO_DATES, date_masks=(9,)), "one mask band per date"),
    (dict(dates=TWO_DATES, more_images=("x.tif",)), "not both"),
    (dict(dates=TWO_DATES, bands_preset="agriculture"), "needs a SWIR 1 band"),
    (dict(dates=TWO_DATES, bands=(1, 2, 5)), "band 5 does not exist"),
])
def test_bad_dates_are_clear_errors(sentinel2_path, extra, words):
    with pytest.raises(AptInputError, match=words):
        ImageSeries(Config(image=sentinel2_path, **extra))


def test_dates_that_do_not_overlap_are_refused(sentinel2_path, tmp_path):
    far = date_raster(sentinel2_path, tmp_path / "far.tif", (5, 6, 7, 8))
    with rasterio.open(far, "r+") as ds:
        ds.transform = ds.transform * ds.transform.translation(20000, 0)  # 200 km east
    with pytest.raises(AptInputError, match="does not overlap the image"):
        ImageSeries(Config(image=sentinel2_path, more_images=(far,), temporal="ensemble"))


def test_more_bad_dates_are_clear_errors(sentinel2_path, tmp_path):
    with pytest.raises(AptInputError, match="Cannot open the image"):
        ImageSeries(Config(image=sentinel2_path, more_images=(str(tmp_path / "missing.tif"),), temporal="ensemble"))
    with pytest.raises(AptInputError, match="one band or three bands"):
        ImageSeries(Config(image=sentinel2_path, dates=TWO_DATES, bands=(1, 2)))
    # two bands per date: no names and no known band count, so no red and NIR for the composite
    with pytest.raises(AptInputError, match="Cannot tell which bands are red and NIR"):
        ImageSeries(Config(image=sentinel2_path, dates=((1, 4), (5, 8)), temporal="composite"))
    first = date_raster(sentinel2_path, tmp_path / "four_bands.tif", (1, 2, 3, 4))
    two = date_raster(sentinel2_path, tmp_path / "two_bands.tif", (5, 8))  # the first date's NIR is band 4
    with pytest.raises(AptInputError, match="Date 2 has bands 1 to 2; band 4 does not exist"):
        ImageSeries(Config(image=first, more_images=(two,), bands_preset="false_colour", temporal="ensemble"))


def test_a_date_without_valid_pixels_is_a_clear_error(sentinel2_path, tmp_path):
    data = s2_bands(sentinel2_path, range(1, 9)).astype(np.uint16)
    data[4:] = 0
    with rasterio.open(sentinel2_path) as src:
        profile = src.profile | dict(nodata=0)
    path = str(tmp_path / "s2_empty_date.tif")
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(data)
    with pytest.raises(AptInputError, match=r"Date 2 \(bands 5,6,7,8\) has no valid pixels"):
        ImageSeries(Config(image=path, dates=TWO_DATES, temporal="ensemble"))


def test_a_mask_band_of_a_separate_raster_is_not_one_of_its_bands(sentinel2_path, tmp_path):
    with rasterio.open(sentinel2_path) as src:
        data, profile = src.read([5, 6, 7, 8]), src.profile | dict(count=5)
    cloud = np.zeros((1, 379, 578), np.uint16)
    cloud[0, :50] = 3  # a cloud class on the north
    path = str(tmp_path / "d2_with_mask.tif")
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(np.concatenate([data, cloud]))
    first = date_raster(sentinel2_path, tmp_path / "d1.tif", (1, 2, 3, 4))
    config = Config(image=first, more_images=(path,), date_masks=(0, 5), temporal="ensemble", bands_preset="ndvi")
    with ImageSeries(config) as series:
        assert series.dates[1].bands == (1, 2, 3, 4) and series.band_choice(1).channels == ("ndvi", 4, 1)
        (_, _, valid1), (_, _, valid2) = series.views(WHOLE)
    assert valid1.all() and not valid2[:50].any() and valid2[52:-2, 2:-2].all()
