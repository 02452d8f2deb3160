"""The concept vote's cost: ``concept_s_per_tile.sam3``, seconds of SAM 3's concept segmentation
(``Sam3Processor`` + ``Sam3Model`` + the instance post-processing, as the pipeline runs it) on one
1024 px tile of the NAIP sample, on the CPU, best of two after a warm-up.

The model is full-size with random weights (time does not depend on weight values): the default
``transformers`` SAM 3 configuration (``Sam3VideoConfig``), its detector's tensors saved as the
official folder names them (``detector_model.*`` in ``model.safetensors``; the tracker's are left
out, the concept model does not read them), with a CLIP tokenizer of the tests' tiny vocabulary
(the concept's few words; the text encoder's size is the official one).

``--quick``: the tests' tiny random SAM 3 (tests/sam3_support.py) on a 256 px tile: a check that the
bench runs, in seconds; its number means nothing. Run: ``make bench`` (the full one: minutes, ~10 GB).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "build" / "qgis-plugins"), str(ROOT / "tests"), str(ROOT / "bench")]

CONCEPT = "agricultural field"


def full_size_sam3(folder: str) -> str:
    """A full-size random SAM 3 concept model saved as the official folder is (see the module's text)."""
    import torch
    from safetensors.torch import save_file
    from sam3_support import save_tiny_tokenizer
    from transformers import Sam3ImageProcessor, Sam3Model, Sam3Processor, Sam3VideoConfig

    config = Sam3VideoConfig()
    torch.manual_seed(0)
    model = Sam3Model(config.detector_config)
    state = {f"detector_model.{k}": v.detach().contiguous() for k, v in model.state_dict().items()}
    del model
    config.save_pretrained(folder)
    save_file(state, str(Path(folder) / "model.safetensors"), metadata={"format": "pt"})
    del state
    tokenizer = save_tiny_tokenizer(Path(folder), vocab_size=config.detector_config.text_config.vocab_size)
    Sam3Processor(image_processor=Sam3ImageProcessor(), tokenizer=tokenizer).save_pretrained(folder)
    return folder


def main() -> None:
    from benchlib import NAIP, first_tile_rgb, is_quick, say, say_machine, timed
    from sam3_support import save_tiny_sam3

    from apt_cropland.plugin.core.models.sam3_concept import ConceptModel

    quick = is_quick()
    say_machine(quick)
    with tempfile.TemporaryDirectory(prefix="apt_bench_concept_") as folder:
        path = save_tiny_sam3(folder) if quick else full_size_sam3(folder)
        model = ConceptModel(path, "cpu")
    rgb = first_tile_rgb(NAIP, 256 if quick else 1024)
    say("concept_s_per_tile.sam3", timed(lambda: model.mask(rgb, CONCEPT), repeat=1 if quick else 2))


if __name__ == "__main__":
    main()
