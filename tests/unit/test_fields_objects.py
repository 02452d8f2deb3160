"""Object-level accuracy of field parcels, counted by hand on the real Austrian parcels (INSPIRE
Schlaege 2025, ../shared/data) edited into a "predicted" copy: parcels shifted, merged, split,
dropped and added. Boundary F1 against an exact count on two squares."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from osgeo import ogr, osr

from apt_cropland.plugin.core.accuracy.grid import VectorSource
from apt_cropland.plugin.core.accuracy.objects import default_tolerance, evaluate_objects
from apt_cropland.plugin.core.errors import AptInputError

PARCELS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "austria_field_parcels_inspire_2025.gpkg.zip"
PARCELS_VSI = f"/vsizip/{PARCELS}/INSPIRE_SCHLAEGE_2025-1_POLYGON.gpkg"
needs_parcels = pytest.mark.skipif(not PARCELS.exists(), reason="the real Austrian parcels are not in ../shared/data")


def srs_of(epsg: int) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def write_layer(path, geometries, epsg: int = 31287, src_epsg: int = 31287) -> VectorSource:
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("fields", srs=srs_of(epsg), geom_type=ogr.wkbMultiPolygon)
    to = osr.CoordinateTransformation(srs_of(src_epsg), srs_of(epsg)) if epsg != src_epsg else None
    for geometry in geometries:
        g = ogr.ForceToMultiPolygon(geometry.Clone())
        if to is not None:
            g.Transform(to)
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(g)
        layer.CreateFeature(feature)
    ds = None
    return VectorSource(str(path), "fields")


def square(x0, y0, x1, y1) -> ogr.Geometry:
    return ogr.CreateGeometryFromWkt(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))")


def shifted(geometry: ogr.Geometry, dx: float, dy: float) -> ogr.Geometry:
    wkt = geometry.ExportToWkt()
    g = ogr.CreateGeometryFromWkt(wkt)
    ring = g.GetGeometryRef(0)
    for k in range(ring.GetPointCount()):
        x, y = ring.GetX(k), ring.GetY(k)
        ring.SetPoint_2D(k, x + dx, y + dy)
    return g


def iou(a: ogr.Geometry, b: ogr.Geometry) -> float:
    common = a.Intersection(b).GetArea()
    return common / (a.GetArea() + b.GetArea() - common)


@pytest.fixture(scope="module")
def parcels() -> dict[int, ogr.Geometry]:
    ds = ogr.Open(PARCELS_VSI)
    found = {f.GetFID(): f.GetGeometryRef().Clone() for f in ds.GetLayer(0)}
    assert len(found) == 100
    return found


def edited(parcels: dict[int, ogr.Geometry]) -> tuple[list[ogr.Geometry], dict[str, float]]:
    """The predicted copy, and the IoUs of its imperfect matches (measured, for the mean)."""
    p = dict(parcels)
    out, ious = [], {}
    dropped = {68, 73}
    merged2, merged3 = (27, 28), (94, 95, 97)
    split2, split3, moved_far, moved_near = 81, 89, 49, (1, 3)
    untouched = set(p) - dropped - set(merged2) - set(merged3) - {split2, split3, moved_far} - set(moved_near)
    out += [p[k] for k in sorted(untouched)]
    for k in moved_near:  # 2 m east: still the same field
        g = shifted(p[k], 2.0, 0.0)
        ious[f"near{k}"] = iou(g, p[k])
        out.append(g)
    out.append(shifted(p[moved_far], 0.0, -10_000.0))  # 10 km south, where no parcel is: unmatched
    union = p[27].Union(p[28])
    ious["merge27"] = iou(union, p[27])
    out.append(union)
    out.append(p[94].Union(p[95]).Union(p[97]))
    xmin, xmax, ymin, ymax = p[split2].GetEnvelope()
    cut = ymin + 0.7 * (ymax - ymin)
    low, high = p[split2].Intersection(square(xmin - 1, ymin - 1, xmax + 1, cut)), \
        p[split2].Intersection(square(xmin - 1, cut, xmax + 1, ymax + 1))
    share = low.GetArea() / p[split2].GetArea()
    assert 0.55 < share < 0.95  # the construction: the larger piece matches, the smaller does not
    ious["split81"] = share
    out += [low, high]
    xmin, xmax, ymin, ymax = p[split3].GetEnvelope()
    thirds = [xmin + (xmax - xmin) * k / 3 for k in range(4)]
    pieces = [p[split3].Intersection(square(a, ymin - 1, b, ymax + 1)) for a, b in zip(thirds, thirds[1:])]
    assert all(piece.GetArea() / p[split3].GetArea() < 0.5 for piece in pieces)  # none matches
    out += pieces
    out += [square(535_000, 480_000, 535_100, 480_100), square(535_200, 480_000, 535_300, 480_080)]  # added
    # the construction: each merged parcel's share of its union
    assert p[27].GetArea() / union.GetArea() > 0.5 > p[28].GetArea() / union.GetArea()
    assert max(p[k].GetArea() for k in merged3) / sum(p[k].GetArea() for k in merged3) < 0.5
    return out, ious


@needs_parcels
def test_object_metrics_hand_counted_on_real_parcels(parcels, tmp_path):
    predicted, ious = edited(parcels)
    assert len(predicted) == 100  # 100 - 2 dropped - 1 - 2 (merges) + 1 + 2 (splits) + 2 added
    fields = write_layer(tmp_path / "fields.gpkg", predicted, epsg=4326)  # another CRS: reprojected
    scores = evaluate_objects(fields, VectorSource(PARCELS_VSI), tolerance_m=2.0)
    assert (scores.predicted, scores.reference) == (100, 100)
    # matched: 88 untouched + 2 shifted by 2 m + 27 (the larger of its merge) + 81's larger piece
    assert scores.matched == 92
    assert scores.precision == pytest.approx(0.92) and scores.recall == pytest.approx(0.92)
    assert scores.f1 == pytest.approx(0.92)
    expected_mean = (88 + sum(ious.values())) / 92
    assert scores.mean_matched_iou == pytest.approx(expected_mean, abs=1e-4)
    assert scores.over_segmentation == pytest.approx(2 / 100)  # 81 and 89 were split
    assert scores.under_segmentation == pytest.approx(2 / 100)  # 27+28 and 94+95+97 were merged
    assert 0.5 < scores.boundary_f1 < 1.0
    out = scores.as_dict()
    assert out["OBJECT_F1"] == pytest.approx(0.92) and out["BOUNDARY_F1"] == scores.boundary_f1


@needs_parcels
def test_the_parcels_against_themselves_score_one(tmp_path):
    scores = evaluate_objects(VectorSource(PARCELS_VSI), VectorSource(PARCELS_VSI), tolerance_m=1.0)
    assert scores.matched == 100 and scores.f1 == 1.0
    assert scores.mean_matched_iou == pytest.approx(1.0)
    assert scores.boundary_f1 == pytest.approx(1.0)
    assert scores.over_segmentation == 0 and scores.under_segmentation == 0


@needs_parcels
def test_an_area_limits_the_objects_counted(parcels, tmp_path):
    predicted, _ = edited(parcels)
    fields = write_layer(tmp_path / "fields.gpkg", predicted)
    xmin, xmax, ymin, ymax = parcels[49].GetEnvelope()  # the area of parcel 49 and its neighbours
    area = write_layer(tmp_path / "area.gpkg", [square(xmin - 300, ymin - 300, xmax + 300, ymax + 300)])
    inside = [k for k, g in parcels.items() if g.PointOnSurface().Within(square(xmin - 300, ymin - 300, xmax + 300,
                                                                                ymax + 300))]
    scores = evaluate_objects(fields, VectorSource(PARCELS_VSI), tolerance_m=2.0, area=area)
    assert scores.reference == len(inside)
    # 49 moved out of the area: its field is not counted, and the parcel is missed
    assert scores.predicted == len(inside) - 1 and scores.matched == len(inside) - 1


def test_boundary_f1_of_two_squares_counted_by_hand(tmp_path):
    """A 100 m square against the same square 3 m east, tolerance 1 m: of each 400 m boundary,
    98 m of each horizontal edge and 2 m of one vertical edge lie within 1 m of the other's."""
    ref = write_layer(tmp_path / "ref.gpkg", [square(500_000, 300_000, 500_100, 300_100)])
    fields = write_layer(tmp_path / "fields.gpkg", [square(500_003, 300_000, 500_103, 300_100)])
    scores = evaluate_objects(fields, ref, tolerance_m=1.0)
    assert scores.boundary_precision == pytest.approx(198 / 400, abs=2e-4)
    assert scores.boundary_recall == pytest.approx(198 / 400, abs=2e-4)
    assert scores.boundary_f1 == pytest.approx(198 / 400, abs=2e-4)
    assert scores.matched == 1 and scores.mean_matched_iou == pytest.approx(97 / 103, abs=1e-4)
    wide = evaluate_objects(fields, ref, tolerance_m=3.5)
    assert wide.boundary_f1 == pytest.approx(1.0)


def test_one_to_one_matching_and_empty_fields(tmp_path):
    ref = write_layer(tmp_path / "ref.gpkg", [square(500_000, 300_000, 500_100, 300_100)])
    twice = write_layer(tmp_path / "twice.gpkg", [square(500_000, 300_000, 500_100, 300_100)] * 2)
    scores = evaluate_objects(twice, ref, tolerance_m=1.0)
    assert (scores.matched, scores.predicted, scores.precision, scores.recall) == (1, 2, 0.5, 1.0)
    none = write_layer(tmp_path / "none.gpkg", [])
    empty = evaluate_objects(none, ref, tolerance_m=1.0)
    assert empty.matched == 0 and empty.recall == 0 and math.isnan(empty.precision)


def test_bad_inputs_have_clear_messages(tmp_path):
    ref = write_layer(tmp_path / "ref.gpkg", [square(500_000, 300_000, 500_100, 300_100)])
    with pytest.raises(AptInputError, match="tolerance must be a positive"):
        evaluate_objects(ref, ref, tolerance_m=0)
    with pytest.raises(AptInputError, match="has no polygons"):
        evaluate_objects(ref, write_layer(tmp_path / "none.gpkg", []), tolerance_m=1.0)
    (tmp_path / "not.gpkg").write_text("not a GeoPackage")
    with pytest.raises(AptInputError, match="as a polygon layer"):
        evaluate_objects(VectorSource(str(tmp_path / "not.gpkg")), ref, tolerance_m=1.0)
    with pytest.raises(AptInputError, match="boundary tolerance in metres"):
        default_tolerance(None, None)
    assert default_tolerance(None, 5.0) == 10.0
