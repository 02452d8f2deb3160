"""Field parcels on a cluster run: the tile tasks decode the fields' masks on the embedding of the tile's
rounds, the client paints them inside the finished cropland map and joins them at the seams; the same
fields.gpkg as in process, also when the run is interrupted and resumed. The real NAIP scene in 16
tiles of 128 px, a local Dask cluster of 2 worker processes, a tiny random SAM whose probabilities
spread across 0.5 (more cropland, so that there are fields; its masks are blobs, not fields: the
several-fields case is tests/unit/test_fields_many.py) and the SYNTHETIC land cover built by a fixture."""

from __future__ import annotations

import pytest
from osgeo import ogr

from apt_cropland.plugin.core.config import Config, Feedback
from apt_cropland.plugin.core.errors import AptCancelledError, AptInputError
from apt_cropland.plugin.core.fields.masks import FieldParams
from apt_cropland.plugin.core.fields.run import run_with_fields

pytest.importorskip("distributed")

# 440 x 440 pixels of the NAIP scene's north-west: 4 x 4 tiles of 128 px with 16 px overlap
EXTENT = (485899.0, 5209246.0 - 440 * 5, 485899.0 + 440 * 5, 5209246.0)
TILES = 16
FIELDS = dict(field_spacing_m=50.0, field_min_score=0.0, field_min_stability=0.0, min_field_area_m2=500.0)


def config(folder, image, glc, checkpoint, **kw) -> Config:
    folder.mkdir(exist_ok=True)
    return Config(image=image, glc=glc, checkpoint=checkpoint, tile_size=128, overlap=16, extent=EXTENT,
                  points_per_class=4, rounds=2, min_area_m2=100, device="cpu", precision="fp32",
                  output=str(folder / "cropland.gpkg"), fields_output=str(folder / "fields.gpkg"), **FIELDS, **kw)


def fields_of(path) -> list[tuple[str, dict]]:
    ds = ogr.Open(str(path))
    return [(f.GetGeometryRef().ExportToWkt(), f.items()) for f in ds.GetLayer(0)]


class CancelAfter(Feedback):
    """Cancels the run once ``tiles`` tiles are recorded (as an analyst's Cancel, or a lost session)."""

    def __init__(self, tiles: int):
        self.tiles, self.done = tiles, 0

    def progress(self, percent: float, message: str = "") -> None:
        self.done = round(percent * TILES / 90)

    def is_cancelled(self) -> bool:
        return self.done >= self.tiles


@pytest.fixture(scope="module")
def inputs(naip_path, naip_glc, tmp_path_factory):
    from spread_models import save_spread_sam

    return naip_path, naip_glc, save_spread_sam(tmp_path_factory.mktemp("model") / "spread_sam.pth", seed=1)


@pytest.fixture(scope="module")
def in_process(inputs, tmp_path_factory):
    folder = tmp_path_factory.mktemp("here")
    cfg = config(folder, *inputs)
    result, fields = run_with_fields(cfg, FieldParams.of(cfg), cfg.fields_output)
    assert result.tiles_total == TILES and fields.n_fields >= 1
    return fields_of(cfg.fields_output)


def test_a_cluster_run_makes_the_in_process_fields(inputs, in_process, tmp_path):
    from apt_cropland.plugin.core.cluster import run_on_cluster
    from apt_cropland.plugin.core.pipeline.run_folder import load_tile

    cfg = config(tmp_path / "out", *inputs)
    result = run_on_cluster(cfg, str(tmp_path / "out"), workers=2, tiles_per_task=2)
    assert not result.failed and result.tiles_total == TILES
    assert result.n_fields == len(in_process) >= 1 and result.summary()["fields"] == result.n_fields
    assert fields_of(cfg.fields_output) == in_process  # the same geometries and attributes, exactly
    stored = [load_tile(str(path)) for path in sorted((tmp_path / "out" / "tiles").glob("tile_*.npz"))]
    assert len(stored) == TILES
    assert sum("fields_bits" in tile for tile in stored) >= TILES // 2  # made in the tile tasks
    import json

    tasks = json.loads((tmp_path / "out" / "manifest.json").read_text())["tiles"].values()
    assert all(t["task_encoder_passes"] <= t["task_tiles"] for t in tasks)  # no second encoder pass for fields

    # the fields file is not replaced unasked, before anything runs
    before = (tmp_path / "out" / "fields.gpkg").read_bytes()
    (tmp_path / "out" / "cropland.gpkg").unlink()
    with pytest.raises(AptInputError, match="fields file .* already exists"):
        run_on_cluster(cfg, str(tmp_path / "out"), workers=2, resume=True)
    assert (tmp_path / "out" / "fields.gpkg").read_bytes() == before


def test_an_interrupted_cluster_run_with_fields_resumes_with_the_finished_tiles_masks(inputs, in_process, tmp_path):
    from apt_cropland.plugin.core.cluster import run_on_cluster

    cfg = config(tmp_path / "out", *inputs)
    with pytest.raises(AptCancelledError):
        run_on_cluster(cfg, str(tmp_path / "out"), workers=2, feedback=CancelAfter(6))
    assert not (tmp_path / "out" / "fields.gpkg").exists()
    result = run_on_cluster(cfg, str(tmp_path / "out"), workers=2, resume=True)
    assert result.tiles_reused + result.tiles_skipped >= 6 and result.tiles_computed < TILES
    assert fields_of(cfg.fields_output) == in_process
