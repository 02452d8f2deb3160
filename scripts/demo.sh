#!/usr/bin/env bash
# The main job on the sample image through qgis_process (called by `make demo`).
set -euo pipefail
if [ -z "${GLC:-}" ]; then
  cat >&2 <<MSG
make demo needs a land cover (GLC) raster that covers the image ($IMAGE). Pass it as
    make demo GLC=/path/to/land_cover.tif [CLASSES=40] [CHECKPOINT=/path/to/sam_vit_b_01ec64.pth]
For the sample image (North Dakota, 99.19-99.12 W, 47.00-47.04 N) that is the ESA WorldCover 2021
tile ESA_WorldCover_10m_2021_v200_N45W102_Map.tif (https://esa-worldcover.org). To try the plumbing
without it, 'make sample-glc' builds a SYNTHETIC stand-in at build/sample_glc_SYNTHETIC.tif.
MSG
  exit 2
fi
if [ ! -f "$CHECKPOINT" ]; then
  cat >&2 <<MSG
make demo needs a SAM checkpoint; none was found at
    $CHECKPOINT
Download sam_vit_b_01ec64.pth from https://dl.fbaipublicfiles.com/segment_anything/sam_vit_b_01ec64.pth
into that folder, or pass its path: make demo GLC=$GLC CHECKPOINT=/path/to/sam_vit_b_01ec64.pth
MSG
  exit 2
fi
[ -f "$GLC" ] || { echo "make demo: the land cover file $GLC does not exist." >&2; exit 2; }
out="${DEMO_OUT:-demo_output}/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
# (qgis_process exits 1 when the plugin is enabled already: that is fine)
qgis_process.bin plugins enable apt_cropland >/dev/null 2>&1 || true
qgis_process.bin run aptcropland:autoprompt -- \
  IMAGE="$IMAGE" GLC="$GLC" CROPLAND_CLASSES="$CLASSES" CHECKPOINT="$CHECKPOINT" \
  OUTPUT="$out/cropland.gpkg" OUTPUT_PROMPTS="$out/prompts.gpkg" OUTPUT_PROBABILITY="$out/probability.tif"
echo "Cropland polygons: $out/cropland.gpkg (prompts: $out/prompts.gpkg, probability: $out/probability.tif)"
