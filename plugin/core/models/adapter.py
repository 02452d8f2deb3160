"""Adapter files: a model's adapted decoder tensors, made for one base model, applied to an engine.

An adapter (``.pt``) is what :mod:`..adapt` learns: the trained tensors of the prompt encoder and
mask decoder (each family's :meth:`decoder_modules`), the base model's id and a fingerprint of its
weights, and the record of how it was made (configuration, label sources, tile counts, metrics,
loss curves). It holds plain tensors, numbers, strings, lists and dicts only, so it is read with
``torch.load(weights_only=True)``: a file that would run code is refused, as is one made for
another model (naming the model it was made for) or one whose tensors do not fit.

Applying an adapter replaces those tensors in the engine's model (the base ones are kept, to
switch back), tells the backend its decoder changed (the fast decoder's precomputed constants are
made again) and forgets the engine's cached probabilities; the cached *embeddings* stay valid,
since the encoder is unchanged: a re-run with an adapter decodes only.
"""

from __future__ import annotations

import hashlib
import os
import pickle

import torch

from ..errors import AptInputError
from ..i18n import tr

FORMAT, VERSION = "apt_cropland_adapter", 1
_SAMPLES = 4096  # elements of each tensor in the fingerprint


def fingerprint(state: dict[str, torch.Tensor]) -> str:
    """A fingerprint of a model's weights: every tensor's name, shape and dtype and an even sample of
    its values (cheap even for vit_h; another checkpoint of the same architecture differs)."""
    h = hashlib.sha256()
    for name in sorted(state):
        t = state[name].detach()
        h.update(f"{name}:{tuple(t.shape)}:{t.dtype}".encode())
        flat = t.reshape(-1)
        if flat.numel():
            step = max(1, flat.numel() // _SAMPLES)
            h.update(flat[::step].to("cpu", torch.float64).numpy().tobytes())
    return h.hexdigest()[:32]


def trainable(backend) -> dict[str, torch.nn.Parameter]:
    """The parameters an adapter trains, by their name on the model: the backend's decoder modules',
    less those applied at encoding (whose output the embeddings cache)."""
    found = {}
    for prefix, module in backend.decoder_modules().items():
        for name, param in module.named_parameters():
            full = f"{prefix}.{name}"
            if not full.startswith(tuple(backend.frozen_at_encoding)):
                found[full] = param
    return found


def base_state(engine) -> dict[str, torch.Tensor]:
    """The base model's trainable tensors (kept on first need, before any adapter changes them)."""
    if getattr(engine, "adapter_base", None) is None:
        engine.base_fingerprint = fingerprint(engine.model.state_dict())
        engine.adapter_base = {k: p.detach().clone() for k, p in trainable(engine.backend).items()}
    return engine.adapter_base


def set_decoder(engine, tensors: dict[str, torch.Tensor]) -> None:
    """Put ``tensors`` into the engine's model (the base ones kept first) and make its decoder use them."""
    base_state(engine)
    params = trainable(engine.backend)
    with torch.no_grad():
        for name, value in tensors.items():
            params[name].copy_(value.to(params[name].device, params[name].dtype))
    engine.backend.decoder_changed()
    engine.results.clear()  # probabilities of the other decoder


def save_adapter(path: str, tensors: dict[str, torch.Tensor], model_id: str, model_fingerprint: str,
                 record: dict) -> str:
    """Write the adapter file (under a temporary name, moved into place when complete)."""
    content = {"format": FORMAT, "version": VERSION, "model": model_id, "fingerprint": model_fingerprint,
               "tensors": {k: v.detach().to("cpu", torch.float32).contiguous() for k, v in tensors.items()},
               **record}
    folder = os.path.dirname(os.path.abspath(path))
    part = os.path.join(folder, f".{os.path.basename(path)}.part")
    try:
        torch.save(content, part)
        os.replace(part, path)
    except BaseException:
        if os.path.exists(part):
            os.remove(part)
        raise
    return path


def read_adapter(path: str) -> dict:
    """An adapter file's content, weights only; an ``AptInputError`` saying why when it is not one."""
    from .checkpoint import _unpickler_detail, _would_run_code

    name = os.path.basename(path or "")
    if not path or not os.path.isfile(path):
        raise AptInputError(tr("The adapter file {path!r} does not exist.").format(path=path))
    try:
        content = torch.load(path, map_location="cpu", weights_only=True)
    except pickle.UnpicklingError as exc:
        if _would_run_code(exc):
            raise AptInputError(
                tr("Refused to load the adapter {name!r}: it contains Python objects or code, not just tensors, "
                   "and loading it could run that code.").format(name=name)
            ) from None
        raise AptInputError(tr("{name!r} is not an adapter file: it may be damaged. Detail: {detail}").format(
            name=name, detail=_unpickler_detail(exc))) from None
    except Exception as exc:  # noqa: BLE001 - truncated, not a zip, not a pickle: one meaning to the analyst
        raise AptInputError(
            tr("{name!r} cannot be read as an adapter file: it may be truncated or damaged. Detail: {detail}").format(
                name=name, detail=exc)
        ) from None
    tensors = content.get("tensors") if isinstance(content, dict) else None
    if (not isinstance(content, dict) or content.get("format") != FORMAT or not isinstance(tensors, dict)
            or not all(isinstance(v, torch.Tensor) for v in tensors.values())):
        raise AptInputError(tr("{name!r} is not an APT Cropland adapter (made by 'adapt').").format(name=name))
    if content.get("version") != VERSION:
        raise AptInputError(tr("The adapter {name!r} has format version {version}; this plugin reads version "
                               "{ours}.").format(name=name, version=content.get("version"), ours=VERSION))
    return content


def check_fits(content: dict, engine, name: str) -> None:
    """Refuse an adapter made for another model (naming it) or whose tensors do not fit this one."""
    model, ours = content.get("model"), engine.architecture.variant
    if model != ours:
        raise AptInputError(
            tr("The adapter {name!r} was made for the model {model}; this run uses {ours}. Choose the {model} "
               "checkpoint, or an adapter made for {ours}.").format(name=name, model=model, ours=ours)
        )
    base_state(engine)
    if content.get("fingerprint") != engine.base_fingerprint:
        raise AptInputError(
            tr("The adapter {name!r} was made for another {model} checkpoint (its weights differ from {file!r}). "
               "Use the checkpoint it was made with.").format(
                name=name, model=model, file=os.path.basename(engine.loaded.path))
        )
    params = trainable(engine.backend)
    tensors = content["tensors"]
    wrong = sorted(set(tensors) ^ set(params)) or [
        k for k in tensors if tuple(tensors[k].shape) != tuple(params[k].shape)]
    if wrong:
        raise AptInputError(
            tr("The adapter {name!r} is damaged: its tensors do not fit {model} ({names}).").format(
                name=name, model=ours, names=", ".join(wrong[:3]))
        )


def use_adapter(engine, path: str | None) -> None:
    """Apply the adapter file ``path`` to the engine (None: back to the base model's decoder)."""
    if path == getattr(engine, "adapter_path", None):
        return
    if path is None:
        if getattr(engine, "adapter_base", None) is not None:
            set_decoder(engine, engine.adapter_base)
        engine.adapter_path = None
        return
    content = read_adapter(path)
    check_fits(content, engine, os.path.basename(path))
    set_decoder(engine, content["tensors"])
    engine.adapter_path = path
