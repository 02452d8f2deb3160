"""Review areas: where the cropland map and the land covers' verdict differ, the likeliest errors first.

``added``: the map says cropland where the land covers agree it is not; ``removed``: the map says
not cropland where they agree it is. Where the products disagree among themselves (under the
agreement rule) there is no verdict, so no review area: the agreement raster shows those places.
Each area has ``area_ha``, ``uncertainty`` (its mean), ``score`` = area x uncertainty (larger: look
first) and ``rank`` (1 = first).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile

import numpy as np
import rasterio
from osgeo import ogr

from ..geo import Grid
from ..landcover.agreement import VERDICT_CROPLAND, VERDICT_NOT
from ..tiles.layout import iter_blocks
from ..tiles.mosaic import PROBABILITY_NODATA
from ..tiles.windows import raster_profile
from .vectorize import new_gpkg, new_layer, valid_values, vectorised

REVIEW_LAYER = "review"
ADDED, REMOVED = "added", "removed"
KINDS = {ADDED: (1, VERDICT_NOT), REMOVED: (0, VERDICT_CROPLAND)}  # kind -> (map value, verdict)


def _kind_masks(mask_path: str, probability_path: str, verdict_path: str, scratch: str) -> dict[str, str]:
    """One 0/1 raster per kind, written block by block."""
    paths = {kind: os.path.join(scratch, f"review_{kind}.tif") for kind in KINDS}
    with contextlib.ExitStack() as files:
        mask = files.enter_context(rasterio.open(mask_path))
        prob = files.enter_context(rasterio.open(probability_path))
        verdict = files.enter_context(rasterio.open(verdict_path))
        grid = Grid.of(mask)
        outs = {kind: files.enter_context(rasterio.open(path, "w", **raster_profile(grid, "uint8", 1, None)))
                for kind, path in paths.items()}
        for block in iter_blocks(mask.width, mask.height):
            mapped = mask.read(1, window=block)
            covered = prob.read(1, window=block) != PROBABILITY_NODATA
            said = verdict.read(1, window=block)
            for kind, (map_value, verdict_value) in KINDS.items():
                outs[kind].write(((mapped == map_value) & (said == verdict_value) & covered).astype(np.uint8), 1,
                                 window=block)
    return paths


def review_areas(
    mask_path: str, probability_path: str, verdict_path: str, uncertainty_path: str, out_path: str, grid: Grid,
    min_area_m2: float = 500.0, workdir: str | None = None,
) -> int:
    """Write the review areas (layer ``review`` of a new GeoPackage), ranked; returns their count."""
    scratch = tempfile.mkdtemp(prefix="apt_review_", dir=workdir or os.path.dirname(out_path) or None)
    try:
        masks = _kind_masks(mask_path, probability_path, verdict_path, scratch)
        means = {"uncertainty": (uncertainty_path, valid_values(PROBABILITY_NODATA))}
        fields = {"kind": ogr.OFTString, "area_ha": ogr.OFTReal, "uncertainty": ogr.OFTReal, "score": ogr.OFTReal}
        unranked_ds = new_gpkg(os.path.join(scratch, "unranked.gpkg"))
        unranked = new_layer(unranked_ds, "unranked", grid, fields)
        unranked_ds.StartTransaction()
        for kind, path in masks.items():
            for geometry, area_ha, values in vectorised(path, probability_path, grid, min_area_m2, 0.0, scratch,
                                                        means):
                feature = ogr.Feature(unranked.GetLayerDefn())
                feature.SetGeometry(ogr.ForceToMultiPolygon(geometry))
                uncertainty = values["uncertainty"] or 0.0
                for name, value in (("kind", kind), ("area_ha", round(area_ha, 6)),
                                    ("uncertainty", round(uncertainty, 4)), ("score", round(area_ha * uncertainty, 6))):
                    feature.SetField(name, value)
                unranked.CreateFeature(feature)
        unranked_ds.CommitTransaction()
        return _ranked(unranked_ds, out_path, grid, fields)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _ranked(unranked_ds, out_path: str, grid: Grid, fields: dict[str, int]) -> int:
    """The areas by decreasing score (then larger first), numbered from 1, into ``out_path``."""
    out_ds = new_gpkg(out_path)
    out = new_layer(out_ds, REVIEW_LAYER, grid, {**fields, "rank": ogr.OFTInteger})
    ordered = unranked_ds.ExecuteSQL("SELECT * FROM unranked ORDER BY score DESC, area_ha DESC")
    rank = 0
    out_ds.StartTransaction()
    for feature in ordered:
        rank += 1
        result = ogr.Feature(out.GetLayerDefn())
        result.SetGeometry(feature.GetGeometryRef().Clone())
        for name in fields:
            result.SetField(name, feature.GetField(name))
        result.SetField("rank", rank)
        out.CreateFeature(result)
    out_ds.CommitTransaction()
    unranked_ds.ReleaseResultSet(ordered)
    del out, out_ds, unranked_ds
    return rank
