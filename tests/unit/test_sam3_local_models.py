"""A SAM 3 folder added from disk (the model manager's path, in the core): picked as the folder or either
of its files, checked by the SAM 3 detection, copied whole; a single .safetensors too; bad picks refused
with nothing added. The tiny random SAM 3 is saved as facebook/sam3's folder is (tests/sam3_support.py)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from sam3_support import save_tiny_sam3

from apt_cropland.plugin.core.errors import AptCancelledError, AptInputError
from apt_cropland.plugin.core.models.catalog import add_local_model, installed_models, resolve_checkpoint
from apt_cropland.plugin.core.models.local_models import copy_model_folder, folder_name, model_path, model_size

OFFICIAL_FILES = ["config.json", "model.safetensors", "processor_config.json", "tokenizer.json",
                  "tokenizer_config.json"]


@pytest.fixture(scope="module")
def sam3_folder(tmp_path_factory) -> Path:
    """A downloaded facebook/sam3 folder (tiny): its files, and a pickled sam3.pt the plugin never reads."""
    folder = Path(save_tiny_sam3(tmp_path_factory.mktemp("download") / "sam3"))
    (folder / "sam3.pt").write_bytes(b"pickled weights for Meta's own package")
    return folder


def files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("pick", ["", "config.json", "model.safetensors"])
def test_a_sam3_folder_is_added_whole_whichever_of_it_is_picked(sam3_folder, tmp_path, pick):
    models = tmp_path / "models"
    added = add_local_model(str(sam3_folder / pick) if pick else str(sam3_folder), str(models))
    assert added == str(models / "sam3") and files(models) == ["sam3"]
    assert files(models / "sam3") == OFFICIAL_FILES  # the pickled copy left out
    for name in OFFICIAL_FILES:
        assert (models / "sam3" / name).read_bytes() == (sam3_folder / name).read_bytes()
    assert resolve_checkpoint("sam3", str(models)) == added  # the catalogue's id finds it
    [installed] = installed_models(str(models))
    assert installed.path == added and installed.official == "sam3" and "SAM 3" in installed.variant
    assert installed.size_bytes == model_size(added) == sum(os.path.getsize(sam3_folder / n) for n in OFFICIAL_FILES)
    with pytest.raises(AptInputError, match="already has a model named 'sam3'"):
        add_local_model(str(sam3_folder), str(models))


def test_a_single_safetensors_file_is_added_as_a_file(sam3_folder, tmp_path):
    lone = tmp_path / "download" / "sam3_tiny.safetensors"
    lone.parent.mkdir()
    shutil.copy(sam3_folder / "model.safetensors", lone)
    assert model_path(str(lone)) == str(lone)
    models = tmp_path / "models"
    added = add_local_model(str(lone), str(models))
    assert added == str(models / "sam3_tiny.safetensors") and files(models) == ["sam3_tiny.safetensors"]
    assert [m.path for m in installed_models(str(models))] == [added]


def test_a_folder_without_model_safetensors_is_refused_and_nothing_added(sam3_folder, tmp_path):
    broken = tmp_path / "sam3"
    shutil.copytree(sam3_folder, broken)
    (broken / "model.safetensors").unlink()
    (broken / "sam3.pt").unlink()
    models = tmp_path / "models"
    for pick in (broken, broken / "config.json"):
        with pytest.raises(AptInputError, match="has no model.safetensors"):
            add_local_model(str(pick), str(models))
    assert not models.exists()


def test_a_folder_whose_config_is_another_models_is_refused(sam3_folder, tmp_path):
    from transformers import BertConfig

    foreign = tmp_path / "bert"
    shutil.copytree(sam3_folder, foreign)
    bert = BertConfig(hidden_size=32, num_hidden_layers=1, num_attention_heads=2, intermediate_size=64)
    bert.save_pretrained(foreign)
    models = tmp_path / "models"
    with pytest.raises(AptInputError, match=r"configuration of another kind of model \('bert'\), not of SAM 3"):
        add_local_model(str(foreign / "model.safetensors"), str(models))
    assert not models.exists()


def test_a_bin_file_is_refused_by_its_kind(tmp_path):
    import torch

    weights = tmp_path / "pytorch_model.bin"
    torch.save({"tracker_model.x": torch.zeros(2)}, weights)
    models = tmp_path / "models"
    with pytest.raises(AptInputError, match=r"pytorch_model.bin is not a SAM model APT Cropland reads \(.bin file\).*"
                                            r"pickled .bin weights are never loaded"):
        add_local_model(str(weights), str(models))
    assert not models.exists()


def test_a_cancelled_folder_copy_leaves_nothing(sam3_folder, tmp_path):
    models = tmp_path / "models"
    models.mkdir()
    with pytest.raises(AptCancelledError, match="sam3 was not added"):
        copy_model_folder(str(sam3_folder), str(models), is_cancelled=lambda: True)
    assert files(models) == []


def test_a_hugging_face_cache_snapshot_keeps_the_repository_name(tmp_path):
    snapshot = tmp_path / "hub" / "models--facebook--sam3" / "snapshots" / ("0123abcd" * 5)
    assert folder_name(str(snapshot)) == "sam3"
    assert folder_name(str(tmp_path / "my_sam3")) == "my_sam3"
