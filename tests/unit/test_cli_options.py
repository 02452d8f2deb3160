"""The command line's options come from the one table (core/options.py): what Processing had and
the command line lacked (band presets, dates, prompt points, the agreement raster and the review as
separate outputs, the land cover used), and the one rule for an online product's classes. The land
cover over the NAIP scene is SYNTHETIC (built by a fixture from its NDVI)."""

from __future__ import annotations

import json

import numpy as np
import pytest
from cli_support import run_cli
from osgeo import ogr, osr

from apt_cropland.plugin.cli.arguments import config_from, parser
from apt_cropland.plugin.core.errors import AptInputError
from apt_cropland.plugin.core.geo import pixel_centers_to_map
from apt_cropland.plugin.core.imagery.reader import ImageReader
from apt_cropland.plugin.core.landcover.glc_online import ONLINE_SOURCES, land_cover_classes
from apt_cropland.plugin.core.landcover.schemes import SCHEMES
from apt_cropland.plugin.core.vectors.points_io import read_points_file


def _points_in_4326(naip_path: str, path: str, cols, rows, labels) -> list[tuple[float, float]]:
    """Points at NAIP pixel centres written in EPSG:4326 (lon, lat); returns their image-CRS spots."""
    with ImageReader(naip_path) as image:
        grid = image.grid
    xs, ys = pixel_centers_to_map(grid, np.asarray(cols, float), np.asarray(rows, float))
    source, target = osr.SpatialReference(), osr.SpatialReference()
    source.ImportFromEPSG(26914)
    target.ImportFromEPSG(4326)
    for srs in (source, target):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(source, target)
    driver = ogr.GetDriverByName("GPKG")
    ds = driver.CreateDataSource(path)
    layer = ds.CreateLayer("points", srs=target, geom_type=ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("label", ogr.OFTInteger))
    for x, y, label in zip(xs, ys, labels):
        lon, lat, _ = transform.TransformPoint(float(x), float(y))
        feature = ogr.Feature(layer.GetLayerDefn())
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(lon, lat)
        feature.SetGeometry(point)
        feature.SetField("label", int(label))
        layer.CreateFeature(feature)
    del layer, ds
    return list(zip(xs, ys))




def test_an_online_product_brings_its_own_classes_unless_others_are_typed():
    esri = SCHEMES["esri"].cropland
    assert land_cover_classes("esri_2020", None) == esri
    assert land_cover_classes("esri_2020", "40") == esri  # the default left as it is
    assert land_cover_classes(ONLINE_SOURCES["esri_2020"], "") == esri  # by its source id too
    assert land_cover_classes("esri_2020", "5,6") == (5, 6)
    assert land_cover_classes("/data/glc.tif", None) == (40,)
    assert land_cover_classes(None, "10;11") != ()


def test_the_flags_fill_the_config_as_processing_does(naip_path, naip_glc, tiny_checkpoint, tmp_path):
    args = parser().parse_args([
        "run", "--image", naip_path, "--glc", naip_glc, "--checkpoint", tiny_checkpoint, "--out", str(tmp_path),
        "--bands-preset", "false_colour", "--stretch", "shared", "--dates", "1,2,3,4", "--temporal", "composite",
        "--ndvi-bands", "1,4", "--date-masks", "0", "--more-images", naip_path, "--agreement-raster",
    ])
    config = config_from(args)
    assert config.bands_preset == "false_colour" and config.stretch == "shared" and config.temporal == "composite"
    assert config.dates == ((1, 2, 3, 4),) and config.ndvi_bands == (1, 4) and config.date_masks == (0,)
    assert config.more_images == (naip_path,)
    assert config.agreement_output == str(tmp_path / "agreement.tif") and config.review_output is None
    with pytest.raises(SystemExit):
        parser().parse_args(["run", "--image", naip_path, "--out", str(tmp_path), "--temporal", "sometimes"])
    with pytest.raises(AptInputError, match="land cover"):
        config_from(parser().parse_args(["run", "--image", naip_path, "--checkpoint", tiny_checkpoint,
                                         "--out", str(tmp_path)]))


def test_prompt_points_in_another_crs_are_read_onto_the_image_grid(naip_path, tmp_path):
    path = str(tmp_path / "points.gpkg")
    spots = _points_in_4326(naip_path, path, [100, 400, 700], [100, 300, 600], [1, 0, 1])
    with ImageReader(naip_path) as image:
        points = read_points_file(path, image.grid)
    assert list(points.label) == [1, 0, 1] and list(points.round) == [1, 1, 1] and list(points.tile) == [-1] * 3
    assert np.allclose(np.c_[points.x, points.y], np.array(spots), atol=1e-3)
    (tmp_path / "nolabel.csv").write_text("x,y\n1,2\n")
    with pytest.raises(AptInputError, match="label"):
        read_points_file(str(tmp_path / "nolabel.csv"), image.grid)
    with pytest.raises(AptInputError, match="cannot be read"):
        read_points_file(str(tmp_path / "missing.gpkg"), image.grid)


def test_a_run_with_the_analysts_points_and_separate_outputs(no_qgis, naip_path, naip_glc, tiny_checkpoint,
                                                             tmp_path):
    points = str(tmp_path / "points.gpkg")
    spots = _points_in_4326(naip_path, points, [100, 300, 500, 800, 200, 600], [100, 200, 400, 600, 500, 150],
                            [1, 1, 1, 0, 0, 0])
    out = tmp_path / "out"
    proc = run_cli(no_qgis, "run", "--image", naip_path, "--glc", naip_glc, "--checkpoint", tiny_checkpoint,
               "--tile-size", "512", "--device", "cpu", "--prompts", points, "--review", "--save-glc",
               "--out", str(out), "--json")
    assert proc.returncode == 0, proc.stderr[-3000:]
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    assert set(summary["outputs"]) == {"cropland", "probability", "prompts", "review", "land_cover"}
    assert (out / "review.gpkg").exists() and (out / "land_cover.tif").exists()
    assert not (out / "agreement.tif").exists()  # the agreement raster is its own output now
    ds = ogr.Open(str(out / "prompts.gpkg"))
    written = sorted((f.GetGeometryRef().GetX(), f.GetGeometryRef().GetY()) for f in ds.GetLayer(0))
    assert np.allclose(np.array(written), np.array(sorted(spots)), atol=1e-3)
