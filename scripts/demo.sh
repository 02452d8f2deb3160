#!/usr/bin/env bash
# The main job on the sample image through qgis_process (called by `make demo`), with the defaults
# a user gets in QGIS: ESA WorldCover 2021 read online and the default SAM model (downloaded into
# the model folder, verified, if it is not there). GLC= and CHECKPOINT= use local files instead.
set -euo pipefail
inputs=$("${DEMO_PY:-.venv/bin/python}" scripts/demo_inputs.py "$IMAGE" "$MODEL_DIR" "${GLC:-}" "${CHECKPOINT:-}") \
  || exit 2
mapfile -t args <<<"$inputs"
out="${DEMO_OUT:-demo_output}/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
# (qgis_process exits 1 when the plugin is enabled already: that is fine)
qgis_process.bin plugins enable apt_cropland >/dev/null 2>&1 || true
qgis_process.bin run aptcropland:autoprompt -- \
  IMAGE="$IMAGE" "${args[@]}" CROPLAND_CLASSES="$CLASSES" \
  OUTPUT="$out/cropland.gpkg" OUTPUT_PROMPTS="$out/prompts.gpkg" OUTPUT_PROBABILITY="$out/probability.tif"
echo "Cropland polygons: $out/cropland.gpkg (prompts: $out/prompts.gpkg, probability: $out/probability.tif)"
