"""Field parcels on the real NAIP scene with a tiny random SAM (its masks are blobs, not fields: these
tests check the mechanics), inside a SYNTHETIC cropland layer (the NDVI-above-median land cover
built by the tests, polygonized, in EPSG:4326: reprojected onto the image)."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from osgeo import ogr
from rasterio.windows import Window
from support import cropland_polygons

from apt_cropland.plugin.core.accuracy.grid import VectorSource
from apt_cropland.plugin.core.config import Config
from apt_cropland.plugin.core.errors import AptInputError
from apt_cropland.plugin.core.fields import masks
from apt_cropland.plugin.core.fields.masks import FieldParams, TileFields, tile_points
from apt_cropland.plugin.core.fields.mosaic import FieldMosaic, owned_windows
from apt_cropland.plugin.core.fields.run import make_fields, run_with_fields
from apt_cropland.plugin.core.geo import Grid
from apt_cropland.plugin.core.models.sam_engine import SamEngine
from apt_cropland.plugin.core.tiles.layout import Tile

PARAMS = FieldParams(spacing_m=200.0, min_score=0.0, min_stability=0.0, min_area_m2=2000.0)
# a 2 x 2 block of 256-pixel tiles (overlap 32) in the NAIP scene's north-west
EXTENT = (485899.0, 5209246.0 - 440 * 5, 485899.0 + 440 * 5, 5209246.0)


@pytest.fixture(scope="module")
def cropland(naip_glc, tmp_path_factory) -> str:
    """The synthetic land cover's cropland (class 40) as polygons in its own CRS (EPSG:4326)."""
    return cropland_polygons(naip_glc, tmp_path_factory.mktemp("cropland") / "cropland_4326.gpkg")


@pytest.fixture(scope="module")
def engine(tiny_checkpoint):
    return SamEngine(tiny_checkpoint, "cpu", precision="fp32")


def config(naip_path, tiny_checkpoint, **kw) -> Config:
    return Config(image=naip_path, checkpoint=tiny_checkpoint, tile_size=256, overlap=32, extent=EXTENT, **kw)


def fields_of(path) -> list[tuple[ogr.Geometry, dict]]:
    ds = ogr.Open(str(path))
    return [(f.GetGeometryRef().Clone(), f.items()) for f in ds.GetLayer(0)]


def test_fields_inside_a_cropland_layer_in_another_crs(naip_path, tiny_checkpoint, cropland, engine, tmp_path):
    out = tmp_path / "fields.gpkg"
    result = make_fields(config(naip_path, tiny_checkpoint), VectorSource(cropland), engine, PARAMS, str(out))
    found = fields_of(out)
    assert result.n_fields == len(found) > 0 and result.tiles == 4 and result.prompts > 0
    assert result.decoder_calls >= 4  # batched: many points per decoder call
    assert sorted(a["field_id"] for _, a in found) == list(range(1, len(found) + 1))
    for _, attributes in found:
        assert attributes["area_ha"] >= 0.2 and attributes["perimeter_m"] > 0
        assert 0 <= attributes["mean_prob"] <= 1 and attributes["score"] is not None
    # none overlap
    for i, (a, _) in enumerate(found):
        for b, _ in found[i + 1:]:
            assert a.Intersection(b).GetArea() < 1e-6
    # all inside the cropland (reprojected into the image CRS)
    from osgeo import osr

    crop_ds, out_ds = ogr.Open(cropland), ogr.Open(str(out))
    crop = crop_ds.GetLayer(0)
    to_image = osr.CoordinateTransformation(crop.GetSpatialRef(), out_ds.GetLayer(0).GetSpatialRef())
    union = ogr.Geometry(ogr.wkbMultiPolygon)
    for feature in crop:
        g = feature.GetGeometryRef().Clone()
        g.Transform(to_image)
        union.AddGeometry(g)
    union = union.UnionCascaded()
    for geometry, _ in found:
        assert geometry.Difference(union).GetArea() < 1e-3 * geometry.GetArea()
    # a field across a tile border (the owned seam at column 240, row 240) is one polygon
    seam_x, seam_y = 485899.0 + 240 * 5, 5209246.0 - 240 * 5
    crossing = [g for g, _ in found if g.GetEnvelope()[0] < seam_x < g.GetEnvelope()[1]
                or g.GetEnvelope()[2] < seam_y < g.GetEnvelope()[3]]
    assert crossing
    # deterministic
    again = tmp_path / "again.gpkg"
    make_fields(config(naip_path, tiny_checkpoint), VectorSource(cropland), engine, PARAMS, str(again))
    assert [(g.ExportToWkt(), a) for g, a in fields_of(again)] == [(g.ExportToWkt(), a) for g, a in found]


def test_after_a_run_the_fields_reuse_the_cached_embeddings(naip_path, naip_glc, tiny_checkpoint, tmp_path):
    cfg = config(naip_path, tiny_checkpoint, glc=naip_glc, points_per_class=5, output=str(tmp_path / "crop.gpkg"))
    run_result, fields = run_with_fields(cfg, FieldParams(spacing_m=25.0, min_score=0.0, min_stability=0.0,
                                                          min_area_m2=500.0), str(tmp_path / "fields.gpkg"))
    assert run_result.encoder_runs == 4 and fields.encoder_runs == 0  # decoder passes only
    assert fields.n_fields == len(fields_of(tmp_path / "fields.gpkg"))
    with pytest.raises(AptInputError, match="already exists"):
        run_with_fields(cfg, PARAMS, str(tmp_path / "fields.gpkg"))


def test_fields_across_a_seam_are_joined_into_one_label(tmp_path):
    """Hand-made tile labels: a field seen by both tiles in their overlap becomes one label; a field
    that shares less than half its overlap pixels stays apart."""
    from rasterio.crs import CRS
    from rasterio.transform import from_origin

    grid = Grid(CRS.from_epsg(32633), from_origin(0, 1000, 1, 1), 30, 10)
    a, b = Tile(0, Window(0, 0, 20, 10)), Tile(1, Window(10, 0, 20, 10))
    assert owned_windows([a, b]) == {0: Window(0, 0, 15, 10), 1: Window(15, 0, 15, 10)}
    la = np.zeros((10, 20), np.int32)
    la[:5, 2:20] = 1  # a field running to a's right edge
    la[6:, 12:14] = 2  # a small field in the overlap, not seen by b
    lb = np.zeros((10, 20), np.int32)
    lb[:5, 0:15] = 1  # the same field from b's side
    mosaic = FieldMosaic(grid, str(tmp_path))
    mosaic.add(a, TileFields(la, [0.9, 0.8], [0.95, 0.9], [0.7, 0.6]))
    mosaic.add(b, TileFields(lb, [0.85], [0.97], [0.9]))
    attributes = mosaic.write(str(tmp_path / "labels.tif"))
    import rasterio

    labels = rasterio.open(tmp_path / "labels.tif").read(1)
    assert set(np.unique(labels[:5, 2:25])) == {1}  # one field across the seam
    assert set(np.unique(labels[6:, 12:14])) == {2}
    assert attributes[1][:2] == (0.9, 0.95)  # the highest-scoring piece's score and stability


def test_points_follow_the_image_grid_and_the_cropland():
    crop = np.zeros((100, 100), bool)
    crop[:, :50] = True
    xy = tile_points(Window(0, 0, 100, 100), crop, 20.0)
    assert sorted(set(xy[:, 0].tolist())) == [10.0, 30.0] and len(xy) == 10
    shifted = tile_points(Window(5, 0, 100, 100), np.ones((100, 100), bool), 20.0)
    assert shifted[0].tolist() == [5.0, 10.0]  # the image-wide grid, seen from a tile starting at column 5


@pytest.fixture(params=["sam", "sam2.1", "hq"])
def any_engine(request, engine, tiny_sam2_checkpoint, tmp_path_factory):
    if request.param == "sam":
        return engine
    if request.param == "sam2.1":
        return SamEngine(tiny_sam2_checkpoint, "cpu", precision="fp32")
    pytest.importorskip("segment_anything_hq")
    from support import save_tiny_hq_sam

    return SamEngine(save_tiny_hq_sam(tmp_path_factory.mktemp("hq") / "hq.pth"), "cpu", precision="fp32")


def test_batched_decoding_equals_one_point_at_a_time(any_engine):
    engine = any_engine
    rgb = np.random.default_rng(0).integers(0, 255, (256, 256, 3), dtype=np.uint8)
    embedding = engine.embed(rgb)
    state = engine.backend.start(embedding)
    xy = np.array([[30.5, 40.5], [100.5, 200.5], [220.5, 10.5]])
    with torch.inference_mode():
        logits, ious = engine.backend.decode_points(state, xy)
        assert logits.shape == (3, 3, 256, 256) and ious.shape == (3, 3)
        for k in range(3):
            one_logits, one_ious = engine.backend.decode_points(state, xy[k:k + 1])
            torch.testing.assert_close(one_ious[0], ious[k], atol=1e-4, rtol=1e-4)
            torch.testing.assert_close(one_logits[0], logits[k], atol=1e-3, rtol=1e-3)


def test_bad_inputs(naip_path, tiny_checkpoint, engine, tmp_path, monkeypatch, cropland):
    cfg = config(naip_path, tiny_checkpoint)
    far = tmp_path / "far.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(far))
    from osgeo import osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(26914)
    layer = ds.CreateLayer("far", srs=srs, geom_type=ogr.wkbPolygon)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON((0 0,100 0,100 100,0 100,0 0))"))
    layer.CreateFeature(feature)
    ds = None
    with pytest.raises(AptInputError, match="no cropland under the image"):
        make_fields(cfg, VectorSource(str(far)), engine, PARAMS, str(tmp_path / "f.gpkg"))
    with pytest.raises(AptInputError, match="under one pixel"):
        make_fields(cfg, VectorSource(cropland), engine, FieldParams(spacing_m=1.0), str(tmp_path / "f.gpkg"))
    monkeypatch.setattr(masks, "MAX_PROMPTS", 1000)
    with pytest.raises(AptInputError, match=r"7,7\d\d point prompts"):  # 440 x 440 pixels at about 5 pixels
        make_fields(cfg, VectorSource(cropland), engine, FieldParams(spacing_m=25.0), str(tmp_path / "f.gpkg"))
    with pytest.raises(AptInputError, match="FIELD_MIN_SCORE"):
        FieldParams(min_score=1.5).validate()
    with pytest.raises(AptInputError, match="positive number of metres"):
        FieldParams(spacing_m=0).validate()
