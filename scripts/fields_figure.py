"""docs/fields_sample.png: field parcels over the NAIP sample, drawn by the plugin's own fields code
(:func:`make_fields`) inside the SYNTHETIC land cover's cropland, with a RANDOMLY initialised SAM (real
weights cannot be downloaded here), so the fields show the mechanics (points, masks, no overlaps, clipped
to cropland, small pieces sieved), not real parcels.

    python scripts/fields_figure.py [--model tiny|vit_b|sam2.1_hiera_t] [--spacing METRES] [OUT.png]

``tiny`` (default): the tests' tiny random SAM, a few seconds; ``vit_b``, ``sam2.1_hiera_t``: the full-size
models with random weights, as ``make bench`` times them (minutes on a CPU; ``make fields-figure`` makes
docs/fields_sample.png with ``vit_b``). The score and stability
filters are at 0 (random weights would have the defaults drop most masks). The point prompts drawn are
the core's own grid (:func:`tile_points`) over the cropland. Run: ``make fields-figure``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "build" / "qgis-plugins"), str(ROOT / "scripts"), str(ROOT / "tests"), str(ROOT / "bench")]

import matplotlib  # noqa: E402

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import rasterio  # noqa: E402
from matplotlib.collections import PatchCollection  # noqa: E402
from matplotlib.patches import Polygon  # noqa: E402
from osgeo import ogr, osr  # noqa: E402

from apt_cropland.plugin.core.accuracy.grid import PolygonsOnGrid, VectorSource  # noqa: E402
from apt_cropland.plugin.core.config import Config  # noqa: E402
from apt_cropland.plugin.core.fields.masks import FieldParams, spacing_px, tile_points  # noqa: E402
from apt_cropland.plugin.core.fields.run import make_fields  # noqa: E402
from apt_cropland.plugin.core.geo import pixel_size_m  # noqa: E402
from apt_cropland.plugin.core.imagery.reader import ImageReader  # noqa: E402
from apt_cropland.plugin.core.models.sam_engine import SamEngine  # noqa: E402

NAIP = ROOT / "sample" / "naip_north_dakota_2020_rgbn_5m.tif"
OUT = ROOT / "docs" / "fields_sample.png"


def rings(path: str, to_crs: osr.SpatialReference | None = None) -> list[tuple[np.ndarray, dict]]:
    """Each polygon's outer rings (as x, y arrays) with its attributes, optionally reprojected."""
    ds = ogr.Open(path)
    layer = ds.GetLayer(0)
    transform = None
    if to_crs is not None:
        source = layer.GetSpatialRef()
        source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        to_crs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        transform = osr.CoordinateTransformation(source, to_crs)
    found = []
    for feature in layer:
        geometry = feature.GetGeometryRef().Clone()
        if transform is not None:
            geometry.Transform(transform)
        parts = [geometry] if geometry.GetGeometryType() in (ogr.wkbPolygon, ogr.wkbPolygon25D) else \
            [geometry.GetGeometryRef(i) for i in range(geometry.GetGeometryCount())]
        for part in parts:
            found.append((np.array(part.GetGeometryRef(0).GetPoints())[:, :2], feature.items()))
    return found


def prompt_points(image: str, cropland: str, params: FieldParams, folder: str) -> np.ndarray:
    """The fields' point prompts in map coordinates: the core's grid over the cropland (the sample is
    one tile, so the whole image is the tile's window)."""
    from rasterio.windows import Window

    with ImageReader(image) as reader:
        grid = reader.grid
    window = Window(0, 0, grid.width, grid.height)
    shapes = PolygonsOnGrid(VectorSource(cropland), grid.crs, folder, "cropland")
    try:
        xy = tile_points(window, shapes.read_on(grid, window), spacing_px(params, pixel_size_m(grid)))
    finally:
        shapes.close()
    x, y = grid.transform * (xy[:, 0], xy[:, 1])
    return np.stack([x, y], axis=1)


def draw(image: str, cropland: str, fields: str, points: np.ndarray, out: str, note: str) -> None:
    with rasterio.open(image) as src:
        rgb = np.moveaxis(src.read((1, 2, 3)), 0, -1)
        left, bottom, right, top = src.bounds
        crs = osr.SpatialReference()
        crs.ImportFromWkt(src.crs.to_wkt())
    figure, axes = plt.subplots(1, 2, figsize=(10.5, 4.4), dpi=90)
    shown = rings(fields)
    ids = sorted({attributes["field_id"] for _, attributes in shown})
    colours = dict(zip(ids, np.random.default_rng(1).uniform(0.15, 1.0, (len(ids), 3))))  # one colour a field
    titles = (f"NAIP sample, the (synthetic) cropland, {len(points)} point prompts",
              f"{len(ids)} field(s) in {len(shown)} polygon parts (random SAM)")
    for ax, title in zip(axes, titles):
        ax.imshow(rgb, extent=(left, right, bottom, top))
        ax.set_xlim(left, right)
        ax.set_ylim(bottom, top)
        ax.set_title(title, fontsize=10)
        ax.set_xticks([])
        ax.set_yticks([])
    crop = [Polygon(xy, closed=True) for xy, _ in rings(cropland, crs)]
    axes[0].add_collection(PatchCollection(crop, facecolor=(1, 0.85, 0, 0.25), edgecolor=(1, 0.85, 0, 0.9),
                                           linewidth=0.4))
    axes[0].scatter(points[:, 0], points[:, 1], s=3, c="red", linewidths=0)
    patches = [Polygon(xy, closed=True) for xy, _ in shown]
    faces = [(*colours[attributes["field_id"]], 0.45) for _, attributes in shown]
    axes[1].add_collection(PatchCollection(patches, facecolor=faces, edgecolor="white", linewidth=0.6))
    figure.text(0.5, 0.01, note, ha="center", fontsize=8)
    figure.tight_layout(rect=(0, 0.04, 1, 1))
    figure.savefig(out, dpi=90)
    plt.close(figure)
    from PIL import Image

    with Image.open(out) as picture:  # a palette PNG: well under 300 kB
        picture.convert("RGB").quantize(256, method=Image.Quantize.MEDIANCUT).save(out, optimize=True)


def main(argv: list[str] | None = None) -> str:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(OUT))
    parser.add_argument("--model", choices=("tiny", "vit_b", "sam2.1_hiera_t"), default="tiny")
    parser.add_argument("--spacing", type=float, default=None, help="point spacing in metres (default: 32 pixels)")
    args = parser.parse_args(argv)
    from sample_glc import make_sample_glc
    from support import cropland_polygons, save_tiny_sam

    with tempfile.TemporaryDirectory(prefix="apt_fields_figure_") as folder:
        glc = make_sample_glc(str(NAIP), f"{folder}/glc_SYNTHETIC.tif")
        cropland = cropland_polygons(glc, f"{folder}/cropland_SYNTHETIC_4326.gpkg")
        if args.model == "tiny":
            checkpoint = save_tiny_sam(f"{folder}/tiny_random_sam.pth")
        else:
            import benchlib

            checkpoint = benchlib.random_checkpoint(args.model, folder)
        engine = SamEngine(checkpoint, "cpu")
        params = FieldParams(spacing_m=args.spacing, min_score=0.0, min_stability=0.0, min_area_m2=2000.0)
        config = Config(image=str(NAIP), checkpoint=checkpoint, overwrite=True)
        fields = f"{folder}/fields.gpkg"
        result = make_fields(config, VectorSource(cropland), engine, params, fields)
        model = "a tiny SAM" if args.model == "tiny" else f"full-size {args.model}"
        note = (f"RANDOM weights ({model}): the fields show the mechanics, not real parcels. {result.prompts} point "
                f"prompts, filters at 0, pieces under 2000 m2 sieved, {result.n_fields} field(s).")
        draw(str(NAIP), cropland, fields, prompt_points(str(NAIP), cropland, params, folder), args.out, note)
    print(args.out, result.n_fields, "fields")
    return args.out


if __name__ == "__main__":
    main()
