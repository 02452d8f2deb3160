import os
import pickle
from pathlib import Path

import pytest
import torch
from segment_anything import sam_model_registry
from support import build_tiny_sam

from apt_cropland.plugin.core.errors import AptInputError
from apt_cropland.plugin.core.models.checkpoint import infer_architecture, load_sam, read_state_dict


@pytest.mark.parametrize(
    "variant, width, depth, heads, global_blocks",
    [("vit_b", 768, 12, 12, (2, 5, 8, 11)), ("vit_l", 1024, 24, 16, (5, 11, 17, 23)),
     ("vit_h", 1280, 32, 16, (7, 15, 23, 31))],
)
def test_official_architectures_are_read_from_tensor_shapes(variant, width, depth, heads, global_blocks):
    with torch.device("meta"):  # shapes only: no memory for the weights
        state = sam_model_registry[variant]().state_dict()
    arch = infer_architecture(state)
    assert (arch.embed_dim, arch.depth, arch.num_heads, arch.global_attn_indexes) == (width, depth, heads,
                                                                                       global_blocks)
    assert (arch.window_size, arch.patch_size, arch.img_size, arch.prompt_embed_dim) == (14, 16, 1024, 256)
    assert arch.variant == variant
    with torch.device("meta"):
        rebuilt = arch.build().state_dict()
    assert {k: tuple(v.shape) for k, v in rebuilt.items()} == {k: tuple(v.shape) for k, v in state.items()}


def test_a_tiny_model_loads_through_the_same_code(tiny_checkpoint):
    loaded = load_sam(tiny_checkpoint)
    arch = loaded.architecture
    assert (arch.embed_dim, arch.depth, arch.num_heads, arch.global_attn_indexes) == (32, 2, 2, (1,))
    assert arch.prompt_embed_dim == 32 and arch.mlp_ratio == 2.0
    assert arch.variant.startswith("custom")
    reference = build_tiny_sam().state_dict()
    for name, tensor in loaded.model.state_dict().items():
        assert torch.equal(tensor, reference[name]), name


def test_a_wrapped_state_dict_is_accepted(tmp_path):
    path = tmp_path / "wrapped.pth"
    torch.save({"model": build_tiny_sam().state_dict()}, path)
    assert load_sam(str(path)).architecture.embed_dim == 32


class RunsCode:
    def __reduce__(self):
        return (os.system, ("echo pwned > /dev/null",))


def test_a_checkpoint_that_would_run_code_is_refused(tmp_path):
    path = tmp_path / "evil.pth"
    torch.save({"model": build_tiny_sam().state_dict(), "payload": RunsCode()}, path)
    with pytest.raises(AptInputError, match="Refused to load"):
        read_state_dict(str(path))


def test_a_plain_pickle_with_code_is_refused(tmp_path):
    path = tmp_path / "evil.pkl"
    path.write_bytes(pickle.dumps(RunsCode()))
    with pytest.raises(AptInputError, match="(Refused|not a PyTorch checkpoint)"):
        read_state_dict(str(path))


def test_truncated_and_non_checkpoint_files_are_refused(tmp_path, tiny_checkpoint):
    data = Path(tiny_checkpoint).read_bytes()
    truncated = tmp_path / "truncated.pth"
    truncated.write_bytes(data[: len(data) // 2])
    with pytest.raises(AptInputError, match="truncated"):
        read_state_dict(str(truncated))
    text = tmp_path / "notes.pth"
    text.write_text("these are not weights\n")
    with pytest.raises(AptInputError, match="not a PyTorch checkpoint|cannot be read"):
        read_state_dict(str(text))
    with pytest.raises(AptInputError, match="does not exist"):
        read_state_dict(str(tmp_path / "missing.pth"))


@pytest.mark.parametrize("failure", [MemoryError(), RuntimeError(
    "[enforce fail at alloc_cpu.cpp:117] data. DefaultCPUAllocator: not enough memory: you tried to allocate 2 GB")])
def test_running_out_of_memory_while_loading_says_memory_not_truncation(tiny_checkpoint, monkeypatch, failure):
    """Memory cannot be exhausted for real here: ``torch.load`` (not the code under test) fails as it would."""

    def out_of_memory(*args, **kwargs):
        raise failure

    monkeypatch.setattr(torch, "load", out_of_memory)
    for load in (read_state_dict, load_sam):
        with pytest.raises(AptInputError, match="Not enough memory to load 'tiny_sam.pth'") as caught:
            load(tiny_checkpoint)
        assert "truncated" not in str(caught.value) and "Close other programs" in str(caught.value)


def test_running_out_of_memory_while_building_the_model_says_memory(tiny_checkpoint, monkeypatch):
    from apt_cropland.plugin.core.models import checkpoint

    def out_of_memory(self, *args, **kwargs):
        raise MemoryError()

    monkeypatch.setattr(checkpoint.SamArchitecture, "build", out_of_memory)
    with pytest.raises(AptInputError, match="Not enough memory"):
        load_sam(tiny_checkpoint)


def test_weights_of_another_model_are_refused(tmp_path):
    path = tmp_path / "resnet.pth"
    torch.save({"conv1.weight": torch.zeros(8, 3, 3, 3)}, path)
    with pytest.raises(AptInputError, match="not those of a Segment Anything"):
        load_sam(str(path))


def test_tensors_that_do_not_fit_the_inferred_architecture_are_refused(tmp_path):
    state = build_tiny_sam().state_dict()
    state["mask_decoder.output_upscaling.0.weight"] = torch.zeros(32, 5, 2, 2)
    path = tmp_path / "mismatch.pth"
    torch.save(state, path)
    with pytest.raises(AptInputError, match="do not fit"):
        load_sam(str(path))
