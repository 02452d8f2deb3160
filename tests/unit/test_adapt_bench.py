"""``bench/bench_adapt.py --quick`` runs and prints issue 23's keys for both models (tiny models: its
numbers mean nothing; ``make bench`` runs the full-size one)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_quick_bench_prints_the_adapt_keys():
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "bench_adapt.py"), "--quick"], capture_output=True,
                          text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    values = dict(line.split(": ") for line in done.stdout.strip().splitlines())
    for model in ("vit_b", "sam2.1_hiera_t"):
        assert float(values[f"adapt_s_per_tile_epoch.{model}"]) > 0
        assert float(values[f"adapt_peak_mem_mb.{model}"]) > 100
