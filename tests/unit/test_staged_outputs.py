"""Outputs are written under temporary names and moved into place only when the run succeeds: a
run that fails or is cancelled late leaves the files it was allowed to replace byte for byte (real
pipeline on the NAIP scene with a SYNTHETIC land cover; real OGR shapefiles)."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
import rasterio
from osgeo import ogr, osr

from apt_cropland.plugin.core.config import Config, Feedback
from apt_cropland.plugin.core.errors import AptCancelledError
from apt_cropland.plugin.core.pipeline import run
from apt_cropland.plugin.core.pipeline.staging import StagedOutputs

OUTPUTS = ("cropland.gpkg", "probability.tif", "uncertainty.tif", "agreement.tif", "review.gpkg")


def write_shapefile(path, n_features: int) -> None:
    driver = ogr.GetDriverByName("ESRI Shapefile")
    ds = driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32633)
    layer = ds.CreateLayer("fields", srs=srs, geom_type=ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("id", ogr.OFTInteger))
    for i in range(n_features):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("id", i)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({i} {i})"))
        layer.CreateFeature(feature)
    del layer, ds


def contents(folder) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in sorted(os.listdir(folder))}


def test_a_shapefile_is_replaced_with_its_sidecars_only_on_commit(tmp_path):
    write_shapefile(tmp_path / "fields.shp", 2)
    (tmp_path / "fields.qix").write_bytes(b"an old spatial index")
    (tmp_path / "fields.qml").write_text("the analyst's style")
    before = contents(tmp_path)

    staging = StagedOutputs()
    write_shapefile(staging.stage(str(tmp_path / "fields.shp")), 5)
    staging.discard()
    assert contents(tmp_path) == before

    staging = StagedOutputs()
    write_shapefile(staging.stage(str(tmp_path / "fields.shp")), 5)
    assert contents(tmp_path)["fields.dbf"] == before["fields.dbf"]  # untouched until the commit
    staging.commit()
    names = set(os.listdir(tmp_path))
    assert names == {"fields.shp", "fields.shx", "fields.dbf", "fields.prj", "fields.qml"}  # stale index gone
    assert (tmp_path / "fields.qml").read_text() == "the analyst's style"
    ds = ogr.Open(str(tmp_path / "fields.shp"))
    assert ds.GetLayer(0).GetFeatureCount() == 5


@pytest.fixture
def config(naip_path, naip_glc, tiny_checkpoint, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    return Config(image=naip_path, glc=naip_glc, checkpoint=tiny_checkpoint, tile_size=512, overlap=64,
                  points_per_class=10, device="cpu", overwrite=True,
                  **{field: str(out / name) for field, name in zip(
                      ("output", "probability_output", "uncertainty_output", "agreement_output", "review_output"),
                      OUTPUTS)})


class LateFailure(Feedback):
    """Cancels at 90 % (all tiles done), or fails when vectorising starts."""

    def __init__(self, how: str):
        self.how, self.percent = how, 0.0

    def progress(self, percent: float, message: str = "") -> None:
        self.percent = percent
        if self.how == "error" and message == "Vectorising":
            raise RuntimeError("a value nobody expected while vectorising")

    def is_cancelled(self) -> bool:
        return self.how == "cancel" and self.percent >= 90


@pytest.mark.parametrize("how", ["cancel", "error"])
def test_a_run_that_fails_late_leaves_the_existing_outputs_byte_for_byte(config, how):
    out = os.path.dirname(config.output)
    for name in OUTPUTS:
        with open(os.path.join(out, name), "wb") as f:
            f.write(f"the analyst's {name}".encode() + bytes(range(256)))
    before = contents(Path(out))
    feedback = LateFailure(how)
    with pytest.raises(AptCancelledError if how == "cancel" else RuntimeError):
        run(config, feedback=feedback)
    assert feedback.percent >= 90
    assert contents(Path(out)) == before  # byte for byte, and no temporary left


def test_a_successful_run_replaces_them_and_leaves_no_temporary(config):
    out = os.path.dirname(config.output)
    for name in OUTPUTS:
        with open(os.path.join(out, name), "wb") as f:
            f.write(b"old")
    with open(config.probability_output + ".aux.xml", "w") as f:
        f.write("<PAMDataset>statistics of the old raster</PAMDataset>")
    result = run(config)
    assert sorted(os.listdir(out)) == sorted(OUTPUTS)
    assert result.polygons_path == config.output and result.n_polygons > 0
    with rasterio.open(config.probability_output) as ds:
        assert ds.width == 934 and np.nanmax(ds.read(1)) <= 1
    ds = ogr.Open(config.output)
    assert ds.GetLayer(0).GetFeatureCount() == result.n_polygons
