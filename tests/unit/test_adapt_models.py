"""Adapters and the models: training runs the official decoder modules with autograd, an adapter
file round-trips and changes what a run decodes (the fast path's constants rebuilt), and files that
are foreign, damaged or would run code are refused with a message saying which."""

from __future__ import annotations

import os
import re
from pathlib import Path

import numpy as np
import pytest
import torch
from support import save_tiny_hq_sam, save_tiny_sam

from apt_cropland.plugin.core.errors import AptInputError
from apt_cropland.plugin.core.models.adapter import read_adapter, save_adapter, trainable
from apt_cropland.plugin.core.models.sam_engine import SamEngine
from apt_cropland.plugin.core.prompts.sampling import TilePrompts


def _rgb(seed: int = 0, size: int = 96) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 255, (size, size + 16, 3), dtype=np.uint8)


def _prompts() -> TilePrompts:
    rng = np.random.default_rng(3)
    n = 12
    return TilePrompts(rng.uniform(2, 100, n), rng.uniform(2, 90, n), np.r_[np.ones(6), np.zeros(6)].astype(int),
                       np.tile([1, 2, 3], 4))


@pytest.fixture(scope="module")
def hq_checkpoint(tmp_path_factory) -> str:
    pytest.importorskip("segment_anything_hq")  # not in every QGIS root's packages
    return save_tiny_hq_sam(tmp_path_factory.mktemp("hq") / "tiny_sam_hq.pth")


@pytest.fixture(params=["sam", "sam2", "hq"])
def engine(request):
    fixture = {"sam": "tiny_checkpoint", "sam2": "tiny_sam2_checkpoint", "hq": "hq_checkpoint"}[request.param]
    path = request.getfixturevalue(fixture)  # only the one this case needs (HQ-SAM may be missing)
    return SamEngine(path, device="cpu", precision="fp32", keep=True)


def _train_path(engine, embedding, prompts: TilePrompts) -> torch.Tensor:
    """The rounds through the backend's differentiable path, as training runs them."""
    from apt_cropland.plugin.core.adapt.data import EmbeddingStore

    store = EmbeddingStore("", 1 << 30, engine.device)
    store.put("k", embedding)
    embedding = store.get("k")
    logits = None
    for k in (1, 2, 3):
        xy, labels = prompts.upto_round(k)
        logits = engine.backend.train_decode(embedding, xy, labels, None if logits is None else logits.detach())
    return torch.sigmoid(engine.backend.tile_logits(logits, embedding)[0, 0])


def test_training_path_has_gradients_and_matches_the_inference_path(engine):
    embedding = engine.embed(_rgb(), key="tile")
    prompts = _prompts()
    probability = _train_path(engine, embedding, prompts)
    params = trainable(engine.backend)
    assert params and all(p.requires_grad for p in params.values())
    assert not any(name.startswith(tuple(engine.backend.frozen_at_encoding)) for name in params)
    probability.mean().backward()
    grads = [p.grad for p in params.values() if p.grad is not None]
    assert grads and any(float(g.abs().sum()) > 0 for g in grads)
    inference = engine.segment(embedding, prompts)
    assert np.abs(probability.detach().numpy() - inference).max() < 1e-3


def test_an_adapter_round_trips_and_changes_what_a_run_decodes(engine, tmp_path):
    rgb, prompts = _rgb(1), _prompts()
    encoded = engine.encoder_runs
    before = engine.predict(rgb, prompts, key="tile")
    adapted = {k: p.detach() + 0.05 * torch.randn_like(p) for k, p in trainable(engine.backend).items()}
    from apt_cropland.plugin.core.models.adapter import base_state

    base_state(engine)
    path = save_adapter(str(tmp_path / "a.pt"), adapted, engine.architecture.variant, engine.base_fingerprint,
                        {"metrics": {"before": {"IOU": 0.1}}, "loss": {"train": [1.0, 0.5]}})
    assert not [f for f in os.listdir(tmp_path) if f.endswith(".part")]
    content = read_adapter(path)
    assert content["model"] == engine.architecture.variant and content["loss"]["train"] == [1.0, 0.5]
    engine.use_adapter(path)
    after = engine.predict(rgb, prompts, key="tile")
    assert np.abs(after - before).max() > 1e-3  # the adapted decoder, not the cached result of the base one
    assert engine.encoder_runs == encoded + 1  # decodes only: the embedding is reused
    for name, param in trainable(engine.backend).items():
        assert torch.equal(param.detach(), adapted[name])
    # the inference path (fast decoder, its constants rebuilt) agrees with the official modules
    expected = _train_path(engine, engine.embed(rgb, key="tile"), prompts).detach().numpy()
    assert np.abs(after - expected).max() < 1e-3
    engine.use_adapter(None)
    assert np.abs(engine.predict(rgb, prompts, key="tile") - before).max() < 1e-5


def test_an_adapter_for_another_model_is_refused_naming_it(tiny_checkpoint, tiny_sam2_checkpoint, tmp_path):
    sam2 = SamEngine(tiny_sam2_checkpoint, device="cpu", precision="fp32")
    from apt_cropland.plugin.core.models.adapter import base_state

    base_state(sam2)
    path = save_adapter(str(tmp_path / "sam2.pt"), dict(trainable(sam2.backend)), sam2.architecture.variant,
                        sam2.base_fingerprint, {})
    sam = SamEngine(tiny_checkpoint, device="cpu", precision="fp32")
    with pytest.raises(AptInputError, match=f"made for the model {re.escape(sam2.architecture.variant)};"):
        sam.use_adapter(path)
    other = SamEngine(save_tiny_sam(tmp_path / "other_weights.pth", seed=5), device="cpu", precision="fp32")
    base_state(sam)
    mine = save_adapter(str(tmp_path / "sam.pt"), dict(trainable(sam.backend)), sam.architecture.variant,
                        sam.base_fingerprint, {})
    with pytest.raises(AptInputError, match="another .* checkpoint"):
        other.use_adapter(mine)
    assert other.adapter_path is None


class _Code:
    def __reduce__(self):
        return (os.system, ("echo pwned",))


def test_a_code_running_damaged_or_foreign_file_is_refused(tiny_checkpoint, tmp_path):
    engine = SamEngine(tiny_checkpoint, device="cpu", precision="fp32")
    evil = tmp_path / "evil.pt"
    torch.save({"format": "apt_cropland_adapter", "x": _Code()}, evil)
    with pytest.raises(AptInputError, match="could run that code"):
        engine.use_adapter(str(evil))
    from apt_cropland.plugin.core.models.adapter import base_state

    base_state(engine)
    good = save_adapter(str(tmp_path / "good.pt"), dict(trainable(engine.backend)), engine.architecture.variant,
                        engine.base_fingerprint, {})
    truncated = tmp_path / "truncated.pt"
    truncated.write_bytes(Path(good).read_bytes()[:300])
    with pytest.raises(AptInputError, match="truncated or damaged"):
        engine.use_adapter(str(truncated))
    torch.save({"model": {"w": torch.zeros(2)}}, tmp_path / "checkpoint.pt")
    with pytest.raises(AptInputError, match="not an APT Cropland adapter"):
        engine.use_adapter(str(tmp_path / "checkpoint.pt"))
    content = torch.load(good, weights_only=True)
    content["tensors"].pop(sorted(content["tensors"])[0])
    torch.save(content, tmp_path / "missing.pt")
    with pytest.raises(AptInputError, match="damaged: its tensors do not fit"):
        engine.use_adapter(str(tmp_path / "missing.pt"))
    with pytest.raises(AptInputError, match="does not exist"):
        engine.use_adapter(str(tmp_path / "nowhere.pt"))
