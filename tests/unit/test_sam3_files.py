"""SAM 3 files: detection from config and safetensors (a folder, either file, a lone file), strict
loading, and each damaged, foreign or pickled file refused clearly (tiny random SAM 3s)."""

import json
import os
import shutil

import pytest
import torch

from apt_cropland.plugin.core.errors import AptInputError
from apt_cropland.plugin.core.models.checkpoint import describe_checkpoint, load_sam

pytest.importorskip("transformers")

# -- files and detection -------------------------------------------------------------------------


@pytest.mark.parametrize("part", ["", "config.json", "model.safetensors"])
def test_the_folder_or_either_file_in_it_is_detected(tiny_sam3_folder, part):
    arch, n_params = describe_checkpoint(os.path.join(tiny_sam3_folder, part) if part else tiny_sam3_folder)
    assert arch.family == "sam3" and arch.variant == "custom SAM 3 (ViT width 32, 2 blocks)"
    model = load_sam(tiny_sam3_folder).model
    assert n_params == sum(t.numel() for t in model.state_dict().values())  # what runs, not the detector


def test_a_lone_safetensors_file_gets_its_config_from_the_shapes(tiny_sam3_folder, tmp_path):
    lone = tmp_path / "sam3_weights.safetensors"
    shutil.copy(os.path.join(tiny_sam3_folder, "model.safetensors"), lone)
    arch, _ = describe_checkpoint(str(lone))
    assert arch.family == "sam3" and arch.width == 32 and arch.depth == 2
    loaded = load_sam(str(lone))
    reference = load_sam(tiny_sam3_folder).model.state_dict()
    for name, tensor in loaded.model.state_dict().items():
        assert torch.equal(tensor, reference[name]), name


def test_a_folder_saved_by_the_library_itself_loads_the_same_weights(tiny_sam3_folder, tmp_path):
    """Sam3TrackerModel.save_pretrained writes a sam3_tracker config and names of its own making."""
    from transformers import Sam3TrackerModel

    Sam3TrackerModel.from_pretrained(tiny_sam3_folder).save_pretrained(tmp_path / "saved")
    assert json.loads((tmp_path / "saved" / "config.json").read_text())["model_type"] == "sam3_tracker"
    loaded = load_sam(str(tmp_path / "saved")).model.state_dict()
    for name, tensor in load_sam(tiny_sam3_folder).model.state_dict().items():
        assert torch.equal(tensor, loaded[name]), name


def test_the_official_shapes_give_the_official_config():
    """Meta's file (here its shapes, from the default config on the meta device) reads as sam3 with
    transformers' default Sam3TrackerConfig, which is facebook/sam3's."""
    from transformers import Sam3TrackerConfig, Sam3VideoConfig, Sam3VideoModel

    from apt_cropland.plugin.core.models.sam3_family import config_from_shapes, infer
    from apt_cropland.plugin.core.models.sam3_files import Sam3Files

    with torch.device("meta"):
        model = Sam3VideoModel(Sam3VideoConfig())
    shapes = {k: tuple(v.shape) for k, v in model.state_dict().items()}
    assert config_from_shapes(shapes).to_dict() == Sam3TrackerConfig().to_dict()
    files = Sam3Files("model.safetensors", None, None, shapes)
    assert infer(files).variant == "sam3" and 4e8 < files.n_parameters < 6e8


def test_the_weights_loaded_are_the_files_and_strict(tiny_sam3_folder):
    from safetensors import safe_open

    model = load_sam(tiny_sam3_folder).model
    with safe_open(os.path.join(tiny_sam3_folder, "model.safetensors"), "pt") as f:
        assert torch.equal(model.mask_decoder.iou_token.weight,
                           f.get_tensor("tracker_model.mask_decoder.iou_token.weight"))
        assert torch.equal(model.vision_encoder.neck.fpn_layers[0].proj1.weight,
                           f.get_tensor("tracker_neck.fpn_layers.0.proj1.weight"))
        assert torch.equal(model.vision_encoder.backbone.layers[1].mlp.fc2.weight,
                           f.get_tensor("detector_model.vision_encoder.backbone.layers.1.mlp.fc2.weight"))


def _copy(folder, tmp_path, name="copy"):
    target = tmp_path / name
    shutil.copytree(folder, target)
    return target


def _rewrite(path, change):
    from safetensors.torch import load_file, save_file

    state = load_file(str(path))
    change(state)
    save_file(state, str(path), metadata={"format": "pt"})


def test_a_truncated_file_is_refused_clearly(tiny_sam3_folder, tmp_path):
    folder = _copy(tiny_sam3_folder, tmp_path)
    weights = folder / "model.safetensors"
    data = weights.read_bytes()
    weights.write_bytes(data[: len(data) // 2])
    with pytest.raises(AptInputError, match="damaged or truncated.*bytes of tensor data are missing"):
        describe_checkpoint(str(folder))
    weights.write_bytes(data[:20])
    with pytest.raises(AptInputError, match="damaged or truncated"):
        load_sam(str(folder))


def test_the_safetensors_of_another_model_is_refused(tmp_path):
    from safetensors.torch import save_file

    path = tmp_path / "model.safetensors"
    save_file({"encoder.layer.0.weight": torch.zeros(4, 4)}, str(path))
    with pytest.raises(AptInputError, match="tensors of another model, not SAM 3"):
        load_sam(str(path))


def test_a_config_of_another_model_is_refused(tiny_sam3_folder, tmp_path):
    folder = _copy(tiny_sam3_folder, tmp_path)
    (folder / "config.json").write_text(json.dumps({"model_type": "bert", "hidden_size": 32}))
    for path in (folder, folder / "config.json", folder / "model.safetensors"):
        with pytest.raises(AptInputError, match="another kind of model \\('bert'\\)"):
            load_sam(str(path))


def test_config_and_tensors_that_disagree_are_refused(tiny_sam3_folder, tmp_path):
    folder = _copy(tiny_sam3_folder, tmp_path)
    config = json.loads((folder / "config.json").read_text())
    config["tracker_config"]["vision_config"]["backbone_config"]["num_hidden_layers"] = 3
    (folder / "config.json").write_text(json.dumps(config))
    with pytest.raises(AptInputError, match="do not belong together.*depth: 3 / 2"):
        describe_checkpoint(str(folder))


def test_a_tensor_of_the_wrong_shape_or_missing_is_refused(tiny_sam3_folder, tmp_path):
    folder = _copy(tiny_sam3_folder, tmp_path)
    _rewrite(folder / "model.safetensors",
             lambda s: s.__setitem__("tracker_model.mask_decoder.conv_s0.weight", torch.zeros(3, 32, 1, 1)))
    with pytest.raises(AptInputError, match="do not fit the SAM 3 architecture"):
        load_sam(str(folder))
    _rewrite(folder / "model.safetensors", lambda s: s.pop("tracker_model.mask_decoder.conv_s0.weight"))
    with pytest.raises(AptInputError, match="do not fit the SAM 3 architecture.*missing"):
        load_sam(str(folder))
    _rewrite(folder / "model.safetensors", lambda s: s.pop("tracker_model.mask_decoder.iou_token.weight"))
    with pytest.raises(AptInputError, match="tensor of the tracker .* is missing"):
        load_sam(str(folder))


def test_pickles_are_never_read_for_sam3(tiny_sam3_folder, tmp_path):
    from safetensors.torch import load_file

    folder = _copy(tiny_sam3_folder, tmp_path)
    state = load_file(str(folder / "model.safetensors"))
    (folder / "model.safetensors").unlink()
    torch.save(state, folder / "pytorch_model.bin")
    for path in (folder, folder / "pytorch_model.bin"):
        with pytest.raises(AptInputError, match="pickle file beside a SAM 3 configuration"):
            load_sam(str(path))
    alone = tmp_path / "sam3.pt"
    torch.save(state, alone)  # SAM 3's tensors in a pickle, no config: refused by the family
    with pytest.raises(AptInputError, match="SAM 3 tensors in a pickle file"):
        load_sam(str(alone))


def test_a_folder_without_weights_or_config_says_what_is_missing(tiny_sam3_folder, tmp_path):
    folder = _copy(tiny_sam3_folder, tmp_path)
    (folder / "model.safetensors").unlink()
    with pytest.raises(AptInputError, match="has no model.safetensors.*licence"):
        load_sam(str(folder))
    (folder / "config.json").unlink()
    with pytest.raises(AptInputError, match="has no config.json"):
        load_sam(str(folder))


def test_without_transformers_the_message_says_how_to_install_it(tiny_sam3_folder, monkeypatch):
    import sys

    arch, _ = describe_checkpoint(tiny_sam3_folder)  # detection needs neither package
    assert arch.family == "sam3"
    monkeypatch.setitem(sys.modules, "transformers", None)
    with pytest.raises(AptInputError, match="is a SAM 3 model.*needs the Python packages transformers"):
        load_sam(tiny_sam3_folder)
