"""Cost of several dates: prints ``temporal_ensemble_over_single`` (a TEMPORAL=ensemble run over the
two dates of the real Sentinel-2 stack over a single-date run, same prompts, each run timed in its
own encoder passes so that the machine's drift between runs cancels; the wall-time ratio beside it)
and ``temporal_composite_over_single``, with a full-size SAM vit_b of random weights (time does not
depend on weight values) and a SYNTHETIC land cover from the first date's NDVI. The scene is one
tile; embeddings are not kept between runs, so every run encodes. Run: ``make bench``; ``--quick``: the
same code with a tiny model (a check of the script, its figures meaningless)."""

from __future__ import annotations

import tempfile
import time

import benchlib
from benchlib import SHARED_DATA, is_quick, say
from sample_glc import make_sample_glc

from apt_cropland.plugin.core.config import Config
from apt_cropland.plugin.core.models.sam_engine import SamEngine
from apt_cropland.plugin.core.pipeline import run

SENTINEL2 = SHARED_DATA / "sentinel2_austria_8band_uint16_10m.tif"
TWO_DATES = ((1, 2, 3, 4), (5, 6, 7, 8))


def temporal_figures(checkpoint: str, glc: str, folder: str, quick: bool = False) -> None:
    engine = SamEngine(checkpoint, "auto", keep=False)
    seconds, encoded, encoder = {}, {}, {}
    for name, extra in (("warm-up", {}), ("single", {}), ("ensemble", {"temporal": "ensemble"}),
                        ("composite", {"temporal": "composite"})):
        config = Config(image=str(SENTINEL2), glc=glc, dates=TWO_DATES, output=f"{folder}/{name}.gpkg", **extra)
        start, encoder_before = time.perf_counter(), engine.encoder_seconds
        result = run(config, engine)
        seconds[name], encoded[name] = time.perf_counter() - start, result.encoder_runs
        encoder[name] = engine.encoder_seconds - encoder_before
    say("temporal_single_s", seconds["single"])
    say("temporal_ensemble_s", seconds["ensemble"])
    say("temporal_ensemble_encoder_runs", encoded["ensemble"])
    # each run's time in its own encoder passes: these shared machines drift by 10-20 % (and more under
    # load) between runs, which a ratio of wall times would count; the wall ratio is printed beside it
    def passes(name: str) -> float:
        return seconds[name] / (encoder[name] / encoded[name])

    say("temporal_ensemble_over_single", passes("ensemble") / passes("single"))
    say("temporal_composite_over_single", passes("composite") / passes("single"))
    say("temporal_ensemble_over_single_wall", seconds["ensemble"] / seconds["single"])
    # the rest of a run (land cover, prompts, decoding, polygons) over the encoder, per date encoded: what
    # the ensemble adds beyond its encoder passes (the machine's drift cancels inside one run)
    say("temporal_ensemble_overhead_over_encoder", (seconds["ensemble"] - encoder["ensemble"]) / encoder["ensemble"])
    model = "a tiny stand-in (quick)" if quick else "vit_b (full size, random weights)"
    say("temporal_model", f"{model} on {engine.device.type} {engine.fast_path}")


def main(quick: bool = False) -> None:
    if not SENTINEL2.exists():
        print(f"temporal: skipped ({SENTINEL2} is not on this machine)")
        return
    with tempfile.TemporaryDirectory(prefix="apt_bench_temporal_") as folder:
        glc = make_sample_glc(str(SENTINEL2), f"{folder}/glc.tif", crs="EPSG:3857", res=12.0, red=1, nir=4)
        temporal_figures(benchlib.random_checkpoint("vit_b", folder, quick), glc, folder, quick)


if __name__ == "__main__":
    main(is_quick())
