"""The map against a reference on one comparison grid (real GDAL: warping, rasterising), with
pixel counts worked out by hand from the synthetic layers."""

from __future__ import annotations

import numpy as np
import pytest
import rasterio
from osgeo import ogr, osr
from rasterio.transform import from_origin
from rasterio.warp import transform as warp_points
from support import write_raster

from apt_cropland.plugin.core.accuracy.compare import EvaluateConfig, Thematic, evaluate
from apt_cropland.plugin.core.accuracy.grid import PixelArea, VectorSource
from apt_cropland.plugin.core.errors import AptInputError
from apt_cropland.plugin.core.geo import Grid

UTM = "EPSG:32633"
X0, Y0 = 500000.0, 5000000.0  # 100 x 100 pixels of 10 m: 1 km2


def polygons(path, rings, epsg=32633, src_epsg=32633) -> VectorSource:
    """A GeoPackage of polygons given in ``src_epsg`` coordinates, stored in ``epsg``."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("polygons", srs=srs, geom_type=ogr.wkbPolygon)
    for ring in rings:
        xs, ys = zip(*ring)
        if epsg != src_epsg:
            xs, ys = warp_points(f"EPSG:{src_epsg}", f"EPSG:{epsg}", list(xs), list(ys))
        wkt = "POLYGON((" + ",".join(f"{x!r} {y!r}" for x, y in zip(xs, ys)) + "))"
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    ds = None
    return VectorSource(str(path), "polygons")


def box(x0, y0, x1, y1):
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]


def columns_below(n_cols: int, width=100, height=100, value=1, other=0, dtype=np.uint8) -> np.ndarray:
    data = np.full((height, width), other, dtype=dtype)
    data[:, :n_cols] = value
    return data


@pytest.fixture
def map_raster(tmp_path):
    """Cropland (1) in the 50 western columns."""
    return write_raster(tmp_path / "map.tif", columns_below(50), crs=UTM, transform=from_origin(X0, Y0, 10, 10))


def test_rasters_on_the_same_grid(map_raster, tmp_path):
    ref = columns_below(40, value=1, other=0)
    ref[99, :] = 255  # the last row is no data: left out
    ref_path = write_raster(tmp_path / "ref.tif", ref, crs=UTM, transform=from_origin(X0, Y0, 10, 10), nodata=255)
    result = evaluate(EvaluateConfig(Thematic(raster=map_raster), Thematic(raster=ref_path)))
    # both: 40 cols x 99 rows; map only: 10 x 99; reference only: 0; neither: 50 x 99
    assert result.map_pixels.tolist() == [[4950, 0], [990, 3960]]
    s = result.map
    assert s.pixels == 9900
    assert s.oa == pytest.approx(8910 / 9900)
    assert s.precision == pytest.approx(3960 / 4950) and s.recall == pytest.approx(1.0)
    assert s.iou == pytest.approx(3960 / 4950) and s.miou == pytest.approx((3960 / 4950 + 4950 / 5940) / 2)
    # 10 m pixels are 0.01 ha (UTM's scale factor near its central meridian: within 0.1 %)
    assert result.map_ha == pytest.approx(result.map_pixels * 0.01, rel=1e-3)


def test_polygon_reference_in_another_crs(map_raster, tmp_path):
    ref = polygons(tmp_path / "ref.gpkg", [box(X0, Y0 - 1000, X0 + 400, Y0)], epsg=4326)
    result = evaluate(EvaluateConfig(Thematic(raster=map_raster), Thematic(polygons=ref)))
    assert result.map_pixels.tolist() == [[5000, 0], [1000, 4000]]


def test_polygon_map_on_a_resolution_grid_within_an_area(tmp_path):
    crop = polygons(tmp_path / "map.gpkg", [box(X0, Y0 - 1000, X0 + 500, Y0)])
    area = polygons(tmp_path / "area.gpkg", [box(X0, Y0 - 1000, X0 + 1000, Y0)])
    ref20 = columns_below(20, width=60, height=60)  # 20 m pixels: x < 500400 is cropland, wider than the area
    ref = write_raster(tmp_path / "ref20.tif", ref20, crs=UTM, transform=from_origin(X0, Y0, 20, 20))
    config = EvaluateConfig(Thematic(polygons=crop), Thematic(raster=ref), area=area, resolution_m=10)
    result = evaluate(config)
    assert (result.grid.width, result.grid.height) == (100, 100)
    assert result.map_pixels.tolist() == [[5000, 0], [1000, 4000]]


def test_polygon_map_on_a_grid_raster_and_the_land_cover_baseline(map_raster, tmp_path):
    crop = polygons(tmp_path / "map.gpkg", [box(X0, Y0 - 1000, X0 + 500, Y0)], epsg=3857)
    ref = write_raster(tmp_path / "ref.tif", columns_below(40), crs=UTM, transform=from_origin(X0, Y0, 10, 10))
    glc = write_raster(tmp_path / "glc.tif", columns_below(60, value=40, other=30), crs=UTM,
                       transform=from_origin(X0, Y0, 10, 10))
    diff = str(tmp_path / "difference.tif")
    config = EvaluateConfig(Thematic(polygons=crop), Thematic(raster=ref), grid_raster=map_raster, glc=glc,
                            glc_classes=(40,), difference=diff)
    result = evaluate(config)
    assert result.map_pixels.tolist() == [[5000, 0], [1000, 4000]]
    assert result.glc_pixels.tolist() == [[4000, 0], [2000, 4000]]
    assert result.glc.oa == pytest.approx(0.8) and result.glc.precision == pytest.approx(4000 / 6000)
    with rasterio.open(diff) as ds:
        codes = ds.read(1)
        assert ds.crs.to_epsg() == 32633 and ds.nodata == 0
        assert ds.colormap(1)[1][:3] == (51, 160, 44)
    assert codes[0, :40].tolist() == [1] * 40  # both cropland
    assert codes[0, 40:50].tolist() == [2] * 10  # map only
    assert codes[0, 50:].tolist() == [4] * 50  # neither
    assert np.bincount(codes.ravel(), minlength=5).tolist() == [0, 4000, 1000, 0, 5000]


def test_a_probability_map_is_thresholded(tmp_path):
    prob = np.tile(np.linspace(0, 0.99, 100, dtype=np.float32), (100, 1))  # column c: c / 100
    prob[:, 0] = np.nan  # left out
    map_path = write_raster(tmp_path / "prob.tif", prob, crs=UTM, transform=from_origin(X0, Y0, 10, 10))
    ref = write_raster(tmp_path / "ref.tif", columns_below(50, value=0, other=1), crs=UTM,
                       transform=from_origin(X0, Y0, 10, 10))
    result = evaluate(EvaluateConfig(Thematic(raster=map_path, threshold=0.5), Thematic(raster=ref)))
    assert result.map_pixels.tolist() == [[4900, 0], [0, 5000]]  # columns 50-99 are >= 0.5
    assert result.map.oa == 1.0


def test_no_overlap_is_refused(map_raster, tmp_path):
    far = write_raster(tmp_path / "far.tif", columns_below(40), crs=UTM, transform=from_origin(X0 + 50000, Y0, 10, 10))
    with pytest.raises(AptInputError, match="does not overlap"):
        evaluate(EvaluateConfig(Thematic(raster=map_raster), Thematic(raster=far)))


def test_a_reference_without_cropland_is_refused(map_raster, tmp_path):
    grass = write_raster(tmp_path / "grass.tif", np.full((100, 100), 3, np.uint8), crs=UTM,
                         transform=from_origin(X0, Y0, 10, 10))
    with pytest.raises(AptInputError, match="reference has no cropland.*classes: 1"):
        evaluate(EvaluateConfig(Thematic(raster=map_raster), Thematic(raster=grass, classes=(1,))))


def test_a_polygon_map_needs_a_grid(tmp_path):
    crop = polygons(tmp_path / "map.gpkg", [box(X0, Y0 - 1000, X0 + 500, Y0)])
    with pytest.raises(AptInputError, match="needs a comparison grid"):
        evaluate(EvaluateConfig(Thematic(polygons=crop), Thematic(polygons=crop)))


def test_an_area_elsewhere_is_refused(map_raster, tmp_path):
    area = polygons(tmp_path / "area.gpkg", [box(X0 + 9000, Y0 - 1000, X0 + 9500, Y0)])
    with pytest.raises(AptInputError, match="area layer does not overlap"):
        evaluate(EvaluateConfig(Thematic(raster=map_raster), Thematic(raster=map_raster), area=area))


def test_pixel_area_of_a_geographic_grid_follows_latitude():
    # 0.01 degree pixels from the equator to 60 N: on the WGS 84 ellipsoid (e2 = 0.00669438) a cell's
    # area goes as cos(lat) / (1 - e2 sin2(lat))^2
    grid = Grid(rasterio.crs.CRS.from_epsg(4326), from_origin(10.0, 60.0, 0.01, 0.01), 50, 6000)
    area = PixelArea(grid)
    top = area.of(rasterio.windows.Window(0, 0, 50, 1))[0, 0]  # about 59.995 N
    bottom = area.of(rasterio.windows.Window(0, 5999, 50, 1))[0, 0]  # about 0.005 N
    def law(lat):
        return np.cos(np.radians(lat)) / (1 - 0.00669438 * np.sin(np.radians(lat)) ** 2) ** 2

    assert top / bottom == pytest.approx(law(59.995) / law(0.005), rel=1e-4)  # 0.5051, not cos(60) = 0.5
    assert bottom == pytest.approx(1113.2 * 1105.7, rel=5e-3)  # 0.01 deg of longitude x of latitude, in m


@pytest.mark.parametrize("exceptions", [False, True])
def test_a_file_that_is_no_polygon_layer_is_a_clear_error_with_or_without_gdal_exceptions(tmp_path, exceptions):
    """QGIS 3.40's Processing turns GDAL's exceptions on for the whole process: the message must not change."""
    from osgeo import gdal

    from apt_cropland.plugin.core.accuracy.grid import vector_crs
    from apt_cropland.plugin.core.errors import AptInputError

    text = tmp_path / "notes.txt"
    text.write_text("not a vector file")
    was = gdal.GetUseExceptions()
    if exceptions:
        gdal.UseExceptions()
    try:
        with pytest.raises(AptInputError, match="as a polygon layer"):
            vector_crs(VectorSource(str(text)), "The reference")
    finally:
        if not was:
            gdal.DontUseExceptions()
