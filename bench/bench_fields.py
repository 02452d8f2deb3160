"""Field parcels: what they cost on top of the map. ``fields_s_per_tile.<id>`` and ``fields_over_encoder.<id>``
for vit_b and SAM 2.1 hiera t, with ``fields_prompts_per_tile.<id>``, ``fields_decoder_calls_per_tile.<id>``
and ``fields_encoder_runs.<id>`` beside them.

Full-size models with random weights (time does not depend on weight values), saved as the official
files are and loaded through the plugin's own code; the real NAIP sample mirrored into a raster of
2 x 2 full 1024 tiles (overlap 128: seams in both directions); the cropland is the SYNTHETIC land
cover's cropland (about half the pixels), polygonized in its own CRS (EPSG:4326) and so reprojected by
the fields as any layer is.

``fields_s_per_tile``: the whole of :func:`make_fields` (point grid, batched multimask decoding, filters,
painting, the mosaic across seams, sieve, clip, polygons) per tile, on embeddings the engine has cached,
as after a run (``--fields``; the tiles are encoded first, as the run does, not timed): decoder passes
only, the encoder not run (``fields_encoder_runs`` 0). One timed pass: a 1024 tile takes minutes on
2 CPU cores (with the filters at 0 every mask is upscaled, scored, painted and polygonized), so the
earlier 3 x 3 tiles with an untimed whole pass before the timed one would take over an hour for both
models (its first pass alone took 14 min for vit_b; 2.5 min a tile under load on 2026-12-07).
``fields_over_encoder``: that over one encoder pass of a tile (best of two after a warm-up). Default
point spacing (32 pixels: SAM's automatic mask generator's 32 x 32 points on a 1024 tile); the score and
stability filters at 0 so that every mask is painted and polygonized (random weights would have the
default filters drop most masks, and the cost with them). Run: ``make bench``; ``--quick``: the same code
with tiny models of both families, 256-pixel tiles (figures meaningless).
"""

from __future__ import annotations

import os
import tempfile
import time
from dataclasses import dataclass

import benchlib
from benchlib import is_quick, say

from apt_cropland.plugin.core.accuracy.grid import VectorSource
from apt_cropland.plugin.core.config import Config
from apt_cropland.plugin.core.fields.masks import FieldParams
from apt_cropland.plugin.core.fields.run import make_fields
from apt_cropland.plugin.core.geo import extent_to_window
from apt_cropland.plugin.core.imagery.temporal import open_imagery
from apt_cropland.plugin.core.models.sam_engine import SamEngine
from apt_cropland.plugin.core.pipeline.segmentation import tile_views
from apt_cropland.plugin.core.tiles.layout import plan_tiles

MODELS = ("vit_b", "sam2.1_hiera_t")
PARAMS = FieldParams(spacing_m=None, min_score=0.0, min_stability=0.0, min_area_m2=2000.0)


@dataclass(frozen=True)
class Sizes:
    """What the full run and the quick run differ in (besides the models)."""

    tile: int = 1024
    overlap: int = 128
    per_side: int = 2  # the raster: per_side x per_side full tiles
    repeat: int = 2  # encoder timings (best taken)


FULL = Sizes()
QUICK = Sizes(tile=256, overlap=32, per_side=2, repeat=1)


def cache_embeddings(config: Config, engine) -> int:
    """Encode every tile as the pipeline does (same reading, same cache key), so that the engine holds
    the embeddings a run leaves for its fields; returns the number of tiles."""
    with open_imagery(config) as image:
        grid = image.grid
        tiles = plan_tiles(grid, extent_to_window(grid, config.extent), config.tile_size, config.overlap)
        for tile in tiles:
            identity, rgb, _ = tile_views(image, tile.window)[0]
            engine.embed(rgb, key=(identity, tile.key))
    return len(tiles)


def model_figures(model_id: str, folder: str, image: str, cropland: str, sizes: Sizes, quick: bool) -> None:
    checkpoint = benchlib.random_checkpoint(model_id, folder, quick)
    engine = SamEngine(checkpoint, "auto", keep=True)  # keeps the tiles' embeddings, as a run with fields does
    if quick:  # a tiny stand-in of the model's family
        assert engine.architecture.family == ("sam" if model_id == "vit_b" else "sam2"), engine.architecture
    else:
        assert engine.architecture.variant == model_id, engine.architecture.variant
    encoder = benchlib.encoder_seconds(engine, benchlib.first_tile_rgb(image, sizes.tile), sizes.repeat)
    config = Config(image=image, checkpoint=checkpoint, tile_size=sizes.tile, overlap=sizes.overlap, overwrite=True)
    out = os.path.join(folder, f"fields_{model_id}.gpkg")
    encoded = cache_embeddings(config, engine)
    start = time.perf_counter()
    cached = make_fields(config, VectorSource(cropland), engine, PARAMS, out)
    seconds = time.perf_counter() - start
    assert cached.tiles == encoded and cached.encoder_runs == 0, (cached.tiles, encoded, cached.encoder_runs)
    per_tile = seconds / cached.tiles
    say(f"fields_s_per_tile.{model_id}", per_tile)
    say(f"fields_over_encoder.{model_id}", per_tile / encoder)
    say(f"fields_prompts_per_tile.{model_id}", cached.prompts / cached.tiles, 1)
    say(f"fields_decoder_calls_per_tile.{model_id}", cached.decoder_calls / cached.tiles, 1)
    say(f"fields_encoder_runs.{model_id}", cached.encoder_runs)
    say(f"fields_count.{model_id}", cached.n_fields)  # random weights: blobs, not fields
    del engine
    os.remove(checkpoint)


def main(quick: bool = False) -> None:
    from sample_glc import make_sample_glc

    sizes = QUICK if quick else FULL
    benchlib.say_machine(quick)
    with tempfile.TemporaryDirectory(prefix="apt_bench_fields_") as folder:
        image = benchlib.tiled_naip(folder, sizes.per_side, sizes.tile, sizes.overlap)
        glc = make_sample_glc(image, os.path.join(folder, "glc_SYNTHETIC.tif"))
        from support import cropland_polygons

        cropland = cropland_polygons(glc, os.path.join(folder, "cropland_SYNTHETIC_4326.gpkg"))
        say("fields_tiles", sizes.per_side * sizes.per_side)
        for model_id in MODELS:
            model_figures(model_id, folder, image, cropland, sizes, quick)


if __name__ == "__main__":
    main(is_quick())
