"""Several fields on the NAIP scene's grid, so that "no overlaps" and the seam joins are stressed: the
tiny random models give near-identical masks for every point of a tile (one field a tile, most often one
field in all), so here the decoder's masks are drawn by hand (known shapes, overlapping on purpose, across
the tile borders, with a near-duplicate) and everything after the decoder is the product's own: SAM's
filters and boxes, torchvision's NMS, the painting by score, the seam joins, GDAL's sieve and polygonize,
the exact clip to the cropland polygons."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from osgeo import ogr, osr

from apt_cropland.plugin.core.accuracy.grid import VectorSource
from apt_cropland.plugin.core.config import Config
from apt_cropland.plugin.core.fields.masks import FieldParams, TileMasks, _filtered, joined, tile_points
from apt_cropland.plugin.core.fields.run import _make_fields

X0, Y0, PIXEL = 485899.0, 5209246.0, 5.0  # the NAIP scene's north-west corner, 5 m pixels
EXTENT = (X0, Y0 - 440 * PIXEL, X0 + 440 * PIXEL, Y0)  # 2 x 2 tiles of 256 px, overlap 32: seams at 240
PARAMS = FieldParams(spacing_m=50.0, min_score=0.5, min_stability=0.9, min_area_m2=500.0)
CROPLAND_COLS = 400  # the cropland map ends at column 400: the fields there are clipped to it



def rect(c0: int, r0: int, c1: int, r1: int):
    return lambda c, r: (c >= c0) & (c < c1) & (r >= r0) & (r < r1)


def disc(c0: int, r0: int, radius: int):
    return lambda c, r: (c - c0) ** 2 + (r - r0) ** 2 < radius ** 2


# (score, mask, the points answered with it): what the "decoder" gives a point, the first that takes it
DISC, NEAR_DUPLICATE = disc(100, 330, 60), disc(102, 331, 60)
FIELDS = [
    (0.95, rect(150, 20, 330, 120), None),  # across the vertical seam
    (0.90, rect(280, 60, 430, 220), None),  # overlaps the first, and the cropland's edge
    (0.70, NEAR_DUPLICATE, lambda c, r: NEAR_DUPLICATE(c, r) & (c < 100)),  # the disc's west points: NMS
    (0.85, DISC, None),  # a disc, bottom left
    (0.80, rect(200, 200, 290, 300), None),  # across both seams, under the second's corner
    (0.30, rect(20, 20, 120, 120), None),  # under FIELD_MIN_SCORE
]


def cropland_layer(path) -> str:
    """Cropland polygons in the image CRS: columns 0-400 of the extent, every row."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(26914)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("cropland", srs=srs, geom_type=ogr.wkbPolygon)
    x1, y1 = X0 + CROPLAND_COLS * PIXEL, Y0 - 440 * PIXEL
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POLYGON(({X0} {Y0},{x1} {Y0},{x1} {y1},{X0} {y1},{X0} {Y0}))"))
    layer.CreateFeature(feature)
    ds = None  # noqa: F841 (closes the file)
    return str(path)


def hand_made_masks(tile) -> tuple[TileMasks, np.ndarray]:
    """A tile's masks as the decoder's would come (logits +/-8 of the shape under each grid point,
    filtered as the product filters them), its pixels all valid."""
    w = tile.window
    valid = np.ones((int(w.height), int(w.width)), bool)
    xy = tile_points(w, valid, PARAMS.spacing_m / PIXEL)
    rows, cols = np.mgrid[0:int(w.height), 0:int(w.width)]
    cols, rows = cols + int(w.col_off), rows + int(w.row_off)
    parts = []
    for x, y in xy:
        col, row = int(x) + int(w.col_off), int(y) + int(w.row_off)
        hit = [(score, shape) for score, shape, who in FIELDS if (who or shape)(np.array(col), np.array(row))]
        if not hit:
            continue
        score, shape = hit[0]
        logits = torch.from_numpy(np.where(shape(cols, rows), 8.0, -8.0).astype(np.float32))[None]
        parts.append(_filtered(logits, torch.tensor([score]), torch.tensor([[x, y]], dtype=torch.float64), PARAMS))
    return TileMasks(valid.shape, joined(parts), decoder_calls=1), valid


@pytest.fixture(scope="module")
def made(naip_path, tmp_path_factory):
    folder = tmp_path_factory.mktemp("many")
    cropland = cropland_layer(folder / "cropland.gpkg")
    config = Config(image=naip_path, tile_size=256, overlap=32, extent=EXTENT)
    from apt_cropland.plugin.core.config import Feedback

    result = _make_fields(config, VectorSource(cropland), None, PARAMS, str(folder / "fields.gpkg"), Feedback(),
                          stored=hand_made_masks)
    ds = ogr.Open(str(folder / "fields.gpkg"))
    found = [(f.GetGeometryRef().Clone(), f.items()) for f in ds.GetLayer(0)]
    return result, found, cropland


def box(c0, r0, c1, r1) -> ogr.Geometry:
    x0, x1, y0, y1 = X0 + c0 * PIXEL, X0 + c1 * PIXEL, Y0 - r0 * PIXEL, Y0 - r1 * PIXEL
    return ogr.CreateGeometryFromWkt(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))")


def test_several_fields_none_overlapping_all_inside_the_cropland(made):
    result, found, _ = made
    assert result.tiles == 4 and result.encoder_runs == 0  # the stored masks only: no model at all
    assert result.n_fields == len(found) == 4  # the near-duplicate and the low-scoring mask are gone
    for i, (a, _) in enumerate(found):
        for b, _ in found[i + 1:]:
            assert a.Intersection(b).GetArea() < 1e-6
    inside = box(0, 0, CROPLAND_COLS, 440)  # the cropland layer's one polygon
    for geometry, _ in found:
        assert geometry.Difference(inside).GetArea() < 1e-6
    assert sorted(a["field_id"] for _, a in found) == [1, 2, 3, 4]


def test_each_pixel_goes_to_the_higher_scoring_field_and_fields_cross_the_seams_whole(made):
    _, found, _ = made
    by_score = {round(a["score"], 2): g for g, a in found}
    assert sorted(by_score) == [0.8, 0.85, 0.9, 0.95]
    first, second, crossing = by_score[0.95], by_score[0.9], by_score[0.8]
    area = PIXEL * PIXEL
    # the first field whole (its overlap with the second included), one polygon across the seam at 240
    assert first.GetArea() == pytest.approx(180 * 100 * area)
    assert first.GetGeometryCount() == 1 and first.Intersects(box(239, 20, 241, 120))
    # the second: less the first's pixels (a higher score), cut at the cropland's edge
    expected = box(280, 60, 400, 220).Difference(box(150, 20, 330, 120))
    assert second.SymmetricDifference(expected).GetArea() < 1e-6
    # the fourth, across both seams (column 240 and row 240), one polygon, less the second's corner
    assert crossing.GetGeometryCount() == 1
    assert crossing.SymmetricDifference(box(200, 200, 290, 300).Difference(second)).GetArea() < 1e-6
    assert crossing.Intersects(box(239, 239, 241, 241))


def test_the_same_fields_again(made, naip_path, tmp_path):
    _, found, cropland = made
    config = Config(image=naip_path, tile_size=256, overlap=32, extent=EXTENT)
    from apt_cropland.plugin.core.config import Feedback

    _make_fields(config, VectorSource(cropland), None, PARAMS, str(tmp_path / "again.gpkg"), Feedback(),
                 stored=hand_made_masks)
    ds = ogr.Open(str(tmp_path / "again.gpkg"))
    again = [(f.GetGeometryRef().ExportToWkt(), f.items()) for f in ds.GetLayer(0)]
    assert again == [(g.ExportToWkt(), a) for g, a in found]
