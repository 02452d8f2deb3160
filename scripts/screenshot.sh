#!/usr/bin/env bash
# Start real QGIS under Xvfb with the plugin, run the workflow on the sample image, save docs/screenshot.png,
# docs/review.png and the dock alone on each page, docs/dock_*.png (SHOT_PAGES=folder puts those elsewhere;
# SHOT_SCREEN=3200x2000 with QT_SCALE_FACTOR=2 and APT_SHOT_DOCK_WIDTH / APT_SHOT_FLOATING check 200 % scaling).
# Uses CHECKPOINT if given (a real SAM checkpoint gives a real map); otherwise a tiny random model,
# so the picture then shows the workflow, not a meaningful cropland map.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
SITE=$($PY -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
work=build/screenshot
rm -rf "$work" && mkdir -p "$work/profiles/default/QGIS" docs
rm -f docs/screenshot.png.new docs/review.png.new
printf '[PythonPlugins]\napt_cropland=true\n\n[app]\nprojections\\promptWhenMultipleTransformsExist=false\n\n[qgis]\ncheckVersion=false\nshowTips=false\n' \
  > "$work/profiles/default/QGIS/QGIS3.ini"
$PY scripts/sample_glc.py sample/naip_north_dakota_2020_rgbn_5m.tif "$work/sample_glc_SYNTHETIC.tif" >/dev/null
if [ -n "${CHECKPOINT:-}" ]; then
  checkpoint="$CHECKPOINT"
else
  checkpoint="$work/tiny_random_sam.pth"
  PYTHONPATH=tests $PY -c "from support import save_tiny_sam; save_tiny_sam('$checkpoint')"
fi
display=:${SCREENSHOT_DISPLAY:-97}
Xvfb "$display" -screen 0 "${SHOT_SCREEN:-1600x1000}x24" >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
DISPLAY=$display PYTHONPATH=$SITE QGIS_PLUGINPATH=$PWD/build/qgis-plugins \
  APT_SHOT_IMAGE=$PWD/sample/naip_north_dakota_2020_rgbn_5m.tif APT_SHOT_GLC=$PWD/$work/sample_glc_SYNTHETIC.tif \
  APT_SHOT_CHECKPOINT=$(realpath "$checkpoint") APT_SHOT_OUT=$PWD/docs/screenshot.png.new \
  APT_SHOT_REVIEW=$PWD/docs/review.png.new APT_SHOT_PAGES=$PWD/${SHOT_PAGES:-docs} \
  timeout 300 qgis --profiles-path "$PWD/$work" --profile default --nologo --noversioncheck \
  --code scripts/screenshot_qgis.py >"$work/qgis.log" 2>&1 || true
if [ -s docs/screenshot.png.new ]; then
  mv docs/screenshot.png.new docs/screenshot.png
  echo "Saved docs/screenshot.png"
  if [ -s docs/review.png.new ]; then mv docs/review.png.new docs/review.png && echo "Saved docs/review.png"; fi
else
  echo "No screenshot was made; see $work/qgis.log" >&2
  exit 1
fi
