"""SAM 3's concept as one more voter in the land covers' agreement (CONCEPT, OUTPUT_CONCEPT).

The SAM 3 models are tiny and random (tests/sam3_support.py), saved as the official folder is, with
a known presence (tests/concept_support.py); the land cover over the NAIP scene is SYNTHETIC
(built from its NDVI).
"""

from __future__ import annotations

import shutil

import numpy as np
import pytest
import rasterio
import torch
from concept_support import CONCEPT, PRESENCE_BIAS, sam3_with_presence
from rasterio.windows import Window
from safetensors.torch import load_file, save_file
from sam3_support import save_tiny_sam3

from apt_cropland.plugin.core.config import Config
from apt_cropland.plugin.core.errors import AptInputError
from apt_cropland.plugin.core.landcover.agreement import LandCover, LandCoverStack
from apt_cropland.plugin.core.landcover.concept import (
    CONCEPT_CROPLAND,
    CONCEPT_NODATA,
    CONCEPT_NOT,
    ConceptRaster,
    concept_text,
    merge_values,
    with_concept,
)
from apt_cropland.plugin.core.models.sam3_concept import MASK_THRESHOLD, SCORE_THRESHOLD, ConceptModel
from apt_cropland.plugin.core.pipeline import plan_prompts
from apt_cropland.plugin.core.pipeline.concept_vote import _MODELS
from apt_cropland.plugin.core.pipeline.in_process import run


@pytest.fixture(scope="module")
def present(tmp_path_factory) -> str:
    return sam3_with_presence(tmp_path_factory.mktemp("sam3") / "present", 10.0)


@pytest.fixture(scope="module")
def absent(tmp_path_factory) -> str:
    return sam3_with_presence(tmp_path_factory.mktemp("sam3") / "absent", -10.0)


@pytest.fixture(autouse=True)
def fresh_models():
    _MODELS.clear()
    yield
    _MODELS.clear()


def library_mask(folder: str, rgb: np.ndarray, text: str) -> np.ndarray:
    """The library's own prediction, by hand: processor, Sam3Model, instance post-processing, union."""
    from transformers import Sam3Model, Sam3Processor

    model = Sam3Model.from_pretrained(folder, local_files_only=True, use_safetensors=True).eval()
    processor = Sam3Processor.from_pretrained(folder, local_files_only=True)
    inputs = processor(images=rgb, text=text, return_tensors="pt")
    with torch.no_grad():
        outputs = model(**inputs)
    result = processor.post_process_instance_segmentation(outputs, threshold=SCORE_THRESHOLD,
                                                          mask_threshold=MASK_THRESHOLD,
                                                          target_sizes=[rgb.shape[:2]])[0]
    out = np.zeros(rgb.shape[:2], dtype=bool)
    for mask in result["masks"]:
        out |= mask.numpy().astype(bool)
    return out


def naip_rgb(naip_path) -> np.ndarray:
    with rasterio.open(naip_path) as ds:
        return np.ascontiguousarray(np.moveaxis(ds.read([1, 2, 3], window=Window(0, 0, 300, 260)), 0, -1))


def test_concept_mask_equals_the_librarys_own_prediction(present, naip_path, tmp_path):
    rgb = naip_rgb(naip_path)
    expected = library_mask(present, rgb, CONCEPT)
    assert 0.02 < expected.mean() < 0.98  # a real answer, neither empty nor everything
    got = ConceptModel(present, "cpu").mask(rgb, CONCEPT)
    assert got.shape == rgb.shape[:2] and got.dtype == bool
    assert np.array_equal(got, expected)
    # the companion check: another model (other weights) gives another mask, so the comparison can fail
    other = sam3_with_presence(tmp_path / "other", 10.0, seed=1)
    assert not np.array_equal(ConceptModel(other, "cpu").mask(rgb, CONCEPT), expected)


def test_absent_concept_is_an_empty_mask(absent, naip_path):
    assert not ConceptModel(absent, "cpu").mask(naip_rgb(naip_path), CONCEPT).any()


def test_concept_text_empty_or_whitespace_is_off():
    assert concept_text("  agricultural \t field ") == "agricultural field"
    assert concept_text("   ") == concept_text("") == concept_text(None) == ""


def test_seams_are_merged_as_or(naip_path, tmp_path):
    from apt_cropland.plugin.core.geo import Grid

    with rasterio.open(naip_path) as ds:
        grid = Grid.of(ds)
    area = Window(0, 0, 30, 20)
    first = np.full((20, 20), CONCEPT_NOT, np.uint8)
    first[:, :5] = CONCEPT_CROPLAND
    first[0, :] = CONCEPT_NODATA
    second = np.full((20, 20), CONCEPT_NOT, np.uint8)
    second[:, 15:] = CONCEPT_CROPLAND  # columns 25..29 of the image
    second[0, :10] = CONCEPT_CROPLAND  # over the first's no data, in the overlap (columns 10..19)
    path = str(tmp_path / "concept.tif")
    with ConceptRaster(grid, area, path) as raster:
        raster.merge(Window(0, 0, 20, 20), first)
        merged = raster.merge(Window(10, 0, 20, 20), second)
    with rasterio.open(path) as ds:
        out = ds.read(1)
    assert np.array_equal(merged, out[:, 10:30])
    assert (out[1:, :5] == CONCEPT_CROPLAND).all() and (out[1:, 5:25] == CONCEPT_NOT).all()
    assert (out[:, 25:] == CONCEPT_CROPLAND).all()
    assert (out[0, :10] == CONCEPT_NODATA).all() and (out[0, 10:20] == CONCEPT_CROPLAND).all()
    assert (out[0, 20:25] == CONCEPT_NOT).all()
    assert np.array_equal(merge_values(np.array([255, 255, 0, 1]), np.array([255, 0, 255, 0])), [255, 0, 0, 1])


def test_concept_joins_the_votes(naip_path, naip_glc):
    from apt_cropland.plugin.core.geo import Grid

    with rasterio.open(naip_path) as ds:
        grid = Grid.of(ds)
    with LandCoverStack([LandCover(naip_glc, (40,))], grid) as stack:
        votes = stack.read(grid)
    concept = np.full(votes.cropland.shape, CONCEPT_NOT, np.uint8)
    concept[:, : grid.width // 2] = CONCEPT_CROPLAND
    concept[:10] = CONCEPT_NODATA
    joined = with_concept(votes, concept)
    assert np.array_equal(joined.cropland, votes.cropland + (concept == 1))
    assert np.array_equal(joined.with_data, votes.with_data + (concept != 255))
    both, neither = joined.regions("all")
    land = votes.cropland == 1
    assert not (both & ~land).any() and not (both & (concept == 0)).any()  # all: land cover AND concept
    assert (both == (land & (concept != CONCEPT_NOT))).all()  # where the concept has no data it does not vote
    assert (neither == (votes.valid & ~land & (concept != CONCEPT_CROPLAND))).all()


def test_agreement_raster_counts_the_concept(naip_path, naip_glc, present, tmp_path):
    config = Config(image=naip_path, glc=naip_glc, checkpoint=present, concept=CONCEPT, points_per_class=10,
                    tile_size=512, agreement_output=str(tmp_path / "agreement.tif"),
                    concept_output=str(tmp_path / "concept.tif"))
    plan = plan_prompts(config)
    with rasterio.open(config.agreement_output) as a, rasterio.open(config.concept_output) as c:
        agreement, concept = a.read(1), c.read(1)
        assert (a.width, a.height, a.crs) == (c.width, c.height, c.crs) == (934, 723, "EPSG:26914")
    assert set(np.unique(concept)) <= {0, 1, 255} and 0.01 < (concept == 1).mean() < 0.99
    plain = plan_prompts(Config(image=naip_path, glc=naip_glc, points_per_class=10, tile_size=512,
                                agreement_output=str(tmp_path / "plain.tif")))
    with rasterio.open(str(tmp_path / "plain.tif")) as ds:
        land = ds.read(1)
    has = land != 255
    assert np.array_equal(agreement[has], land[has] + (concept[has] == 1))  # one more voter
    assert agreement.max() == 2
    # every positive point lies where the land cover and the concept both say cropland (AGREEMENT=all)
    positives = plan.points.label == 1
    assert positives.sum() > 0
    with rasterio.open(naip_path) as ds:  # the inverse transform on arrays (rasterio 1.3 and 1.4 alike)
        cols, rows = ~ds.transform * (plan.points.x[positives], plan.points.y[positives])
    rows, cols = np.floor(rows).astype(int), np.floor(cols).astype(int)
    assert (agreement[rows, cols] == 2).all()
    assert len(plain.points) > 0


def test_absent_concept_with_all_places_no_positive_point(naip_path, naip_glc, absent, tmp_path):
    config = Config(image=naip_path, glc=naip_glc, checkpoint=absent, concept=CONCEPT, tile_size=512,
                    concept_output=str(tmp_path / "concept.tif"))
    with pytest.raises(AptInputError, match="agree on no cropland anywhere"):
        plan_prompts(config)
    assert not (tmp_path / "concept.tif").exists()  # nothing half-made is left
    # the rule decides: under majority, two land covers outvote the concept
    majority = plan_prompts(Config(image=naip_path, glc=naip_glc, checkpoint=absent, concept=CONCEPT,
                                   tile_size=512, agreement="majority", more_glc=(LandCover(naip_glc, (40,)),)))
    assert (majority.points.label == 1).sum() > 0


def test_concept_with_a_model_that_is_not_sam3_is_refused(naip_path, naip_glc, tiny_checkpoint, tmp_path):
    config = Config(image=naip_path, glc=naip_glc, checkpoint=tiny_checkpoint, concept=CONCEPT)
    with pytest.raises(AptInputError, match="needs a SAM 3 model"):
        plan_prompts(config)
    folder = tmp_path / "not_sam3"
    folder.mkdir()
    (folder / "config.json").write_text('{"model_type": "sam2_video"}')
    with pytest.raises(AptInputError, match=r"another kind of model \('sam2_video'\), not of SAM 3"):
        plan_prompts(Config(image=naip_path, glc=naip_glc, checkpoint=str(folder), concept=CONCEPT))


def test_sam3_without_tokenizer_is_refused(naip_path, naip_glc, tmp_path):
    folder = save_tiny_sam3(tmp_path / "no_tokenizer", tokenizer=False)
    with pytest.raises(AptInputError, match="no tokenizer files"):
        plan_prompts(Config(image=naip_path, glc=naip_glc, checkpoint=folder, concept=CONCEPT))
    single = tmp_path / "single"  # the single-file SAM 3 (model.safetensors alone)
    single.mkdir()
    shutil.copy(f"{folder}/model.safetensors", single / "sam3.safetensors")
    with pytest.raises(AptInputError, match="no tokenizer files"):
        plan_prompts(Config(image=naip_path, glc=naip_glc, checkpoint=str(single / "sam3.safetensors"),
                            concept=CONCEPT))


def test_damaged_sam3_is_refused(present, tmp_path):
    folder = tmp_path / "damaged"
    shutil.copytree(present, folder)
    state = load_file(str(folder / "model.safetensors"))
    del state[PRESENCE_BIAS]
    save_file(state, str(folder / "model.safetensors"), metadata={"format": "pt"})
    with pytest.raises(AptInputError, match="lacks or mismatches"):
        ConceptModel(str(folder), "cpu")


def test_empty_concept_is_off_and_loads_nothing(naip_path, naip_glc, tiny_checkpoint, tmp_path):
    plan = plan_prompts(Config(image=naip_path, glc=naip_glc, checkpoint=tiny_checkpoint, concept="   ",
                               tile_size=512, points_per_class=10))
    assert len(plan.points) > 0 and not _MODELS
    with pytest.raises(AptInputError, match="concept raster needs a concept"):
        plan_prompts(Config(image=naip_path, glc=naip_glc, concept="", concept_output=str(tmp_path / "c.tif")))


def test_concept_without_land_cover_is_refused(naip_path, present):
    from apt_cropland.plugin.core.prompts.points import PromptPoints

    points = PromptPoints(np.array([1.0]), np.array([1.0]), np.array([1]), np.array([1]), np.array([0]))
    with pytest.raises(AptInputError, match="concept votes with the land covers"):
        run(Config(image=naip_path, checkpoint=present, concept=CONCEPT, prompts=points, output="/tmp/x.gpkg"))


def test_an_existing_concept_file_is_not_replaced_unasked(naip_path, naip_glc, present, tmp_path):
    existing = tmp_path / "concept.tif"
    existing.write_bytes(b"the analyst's file")
    config = Config(image=naip_path, glc=naip_glc, checkpoint=present, concept=CONCEPT,
                    output=str(tmp_path / "out.gpkg"), concept_output=str(existing))
    with pytest.raises(AptInputError, match="concept file .* already exists"):
        run(config)
    assert existing.read_bytes() == b"the analyst's file"


def test_a_cluster_run_refuses_the_concept(naip_path, naip_glc, present, tmp_path):
    from apt_cropland.plugin.core.cluster.runner import run_on_cluster

    config = Config(image=naip_path, glc=naip_glc, checkpoint=present, concept=CONCEPT,
                    output=str(tmp_path / "out.gpkg"))
    with pytest.raises(AptInputError, match="concept vote runs on this computer only"):
        run_on_cluster(config, str(tmp_path / "run"))
    assert not (tmp_path / "run").exists()
