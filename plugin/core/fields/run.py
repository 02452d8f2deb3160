"""Field parcels inside a cropland map: the tiles' fields on their (cached) embeddings, joined at the
seams, polygonized once.

:func:`make_fields` takes any cropland polygon layer (ours or another, any CRS: reprojected once);
:func:`run_with_fields` runs the APT pipeline and then the fields on the same tiles and engine, so
the embeddings the pipeline cached are reused (the tiles are taken last first, the most recently
cached first) and the fields cost decoder passes only while the embeddings fit the cache; the log
says how many tiles had to be encoded again.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass

from ..accuracy.grid import PolygonsOnGrid, VectorSource
from ..config import Config, Feedback
from ..errors import AptInputError
from ..gdal_cache import bounded_gdal_cache
from ..geo import extent_to_window, pixel_size_m
from ..i18n import tr
from ..imagery.temporal import open_imagery
from ..pipeline.planning import check_cancel
from ..pipeline.segmentation import tile_views
from ..tiles.layout import plan_tiles
from .masks import FieldParams, check_prompt_count, paint_fields, spacing_px, tile_fields, tile_points
from .mosaic import FieldMosaic
from .polygons import write_fields


@dataclass
class FieldsResult:
    path: str
    n_fields: int
    prompts: int
    decoder_calls: int
    tiles: int
    encoder_runs: int
    seconds: float


def make_fields(config: Config, cropland: VectorSource, engine, params: FieldParams, out_path: str,
                feedback: Feedback | None = None) -> FieldsResult:
    """Fields over ``config``'s image (its bands, tiles and extent) inside ``cropland``, into ``out_path``
    (refused when it exists and ``config`` does not allow overwriting)."""
    refuse_existing(out_path, config)
    with bounded_gdal_cache():
        return _make_fields(config, cropland, engine, params, out_path, feedback or Feedback())


def refuse_existing(path: str | None, config: Config) -> None:
    """The fields file is not replaced unless ``config`` allows overwriting."""
    if path and os.path.exists(path) and not config.overwrite:
        raise AptInputError(tr("The fields file {path!r} already exists. Choose another name, or allow "
                               "overwriting.").format(path=path))


def _make_fields(config: Config, cropland: VectorSource, engine, params: FieldParams, out_path: str,
                 feedback: Feedback, stored: Callable | None = None) -> FieldsResult:
    """The fields; ``engine`` (or, when None, one built at the first tile that needs it) embeds the
    tiles whose masks ``stored(tile)`` does not give (the masks a cluster's tile tasks made)."""
    params.validate()
    start, encoder_before = time.perf_counter(), engine.encoder_runs if engine is not None else 0
    workdir = tempfile.mkdtemp(prefix="apt_fields_")
    shapes = None
    try:
        with open_imagery(config) as image:
            grid = image.grid
            area = extent_to_window(grid, config.extent)
            spacing = spacing_px(params, pixel_size_m(grid))
            check_prompt_count(int(area.width) * int(area.height), spacing, spacing * pixel_size_m(grid))
            shapes = PolygonsOnGrid(cropland, grid.crs, workdir, tr("the cropland layer"))
            box = shapes.extent()
            b = grid.bounds
            if box is None or not (box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3]):
                raise AptInputError(tr("The cropland layer has no cropland under the image: choose the cropland "
                                       "map made from this image (or one that covers it)."))
            tiles = plan_tiles(grid, area, config.tile_size, config.overlap)
            mosaic = FieldMosaic(grid, workdir)
            prompts = calls = 0
            for k, tile in enumerate(reversed(tiles)):  # last first: the most recently cached embeddings
                check_cancel(feedback)
                made = stored(tile) if stored is not None else None
                if made is None:
                    identity, rgb, valid = tile_views(image, tile.window)[0]
                else:
                    masks, valid = made
                crop = shapes.read_on(grid, tile.window) & valid
                xy = tile_points(tile.window, crop, spacing)
                if len(xy):
                    if made is None:
                        engine = engine if engine is not None else fields_engine(config)
                        embedding = engine.embed(rgb, key=(identity, tile.key))
                        found = tile_fields(engine.backend, embedding, crop, xy, params)
                    else:
                        found = paint_fields(masks, crop, len(xy))
                    mosaic.add(tile, found)
                    prompts, calls = prompts + found.prompts, calls + found.decoder_calls
                feedback.progress(90.0 * (k + 1) / len(tiles),
                                  tr("Fields: tile {index}/{count}").format(index=k + 1, count=len(tiles)))
            if prompts == 0:
                raise AptInputError(tr("The cropland layer has no cropland under the image: choose the cropland "
                                       "map made from this image (or one that covers it)."))
            labels = os.path.join(workdir, "fields.tif")
            attributes = mosaic.write(labels)
            n = write_fields(labels, grid, shapes, attributes, params.min_area_m2, out_path, workdir)
        encoded = engine.encoder_runs - encoder_before if engine is not None else 0
        feedback.info(tr("Fields: {n} from {prompts} point prompts in {calls} decoder calls; {encoded} of {tiles} "
                         "tiles encoded for them (the others' embeddings were cached).").format(
            n=n, prompts=prompts, calls=calls, encoded=encoded, tiles=len(tiles)))
        return FieldsResult(out_path, n, prompts, calls, len(tiles), encoded, time.perf_counter() - start)
    finally:
        if shapes is not None:
            shapes.close()
        shutil.rmtree(workdir, ignore_errors=True)


def empty_fields(path: str, grid) -> FieldsResult:
    """A fields file without fields (the layer and its fields only)."""
    from ..vectors.vectorize import new_gpkg, new_layer
    from .polygons import FIELDS, LAYER_NAME

    ds = new_gpkg(path)
    new_layer(ds, LAYER_NAME, grid, FIELDS)
    ds = None  # noqa: F841 (closes the file)
    return FieldsResult(path, 0, 0, 0, 0, 0, 0.0)


def fields_engine(config: Config):
    """A model engine that keeps the tiles' embeddings (512 MB) for the fields after the pipeline."""
    from ..models.sam_engine import SamEngine

    return SamEngine(config.checkpoint or "", config.device, precision=config.precision, keep=True)


def run_with_fields(config: Config, params: FieldParams, fields_output: str, engine=None,
                    feedback: Feedback | None = None, run_folder: str | None = None, resume: bool = False):
    """The APT pipeline (its tiles recorded in ``run_folder``, finished ones reused with ``resume``, as
    :func:`~..pipeline.in_process.run`), then the fields inside its cropland polygons; returns both
    results. The fields file is written under a temporary name and moved into place when it is done."""
    from ..pipeline.in_process import run

    feedback = feedback or Feedback()
    params.validate()
    refuse_existing(fields_output, config)  # before the run: the only check of this file
    engine = engine if engine is not None else fields_engine(config)
    result = run(config, engine, feedback, run_folder=run_folder, resume=resume)
    fields = fields_after_run(config, params, fields_output, result.n_polygons, result.plan.grid, feedback, engine)
    return result, fields


def fields_after_run(config: Config, params: FieldParams, fields_output: str, n_polygons: int, grid,
                     feedback: Feedback, engine=None, stored: Callable | None = None) -> FieldsResult:
    """The fields inside a finished run's cropland polygons (``config.output``), written under a
    temporary name and moved to ``fields_output`` (already checked) when done; ``stored``: the masks
    a cluster's tile tasks made (see :func:`_make_fields`)."""
    from ..pipeline.staging import StagedOutputs

    staging = StagedOutputs()
    try:
        if n_polygons == 0:
            feedback.info(tr("No cropland was mapped, so there are no fields."))
            fields = empty_fields(staging.stage(fields_output), grid)
        else:
            with bounded_gdal_cache():
                fields = _make_fields(config, VectorSource(config.output, "cropland"), engine, params,
                                      staging.stage(fields_output), feedback, stored)
        staging.commit()
    except BaseException:
        staging.discard()
        raise
    fields.path = fields_output
    return fields
