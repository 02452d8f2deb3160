#!/usr/bin/env bash
# Set up a development machine for APT Cropland (Debian 12). Idempotent: safe to run again.
# 1. Debian packages: QGIS 3.22 LTR bindings and desktop, Debian's rasterio/GDAL, Xvfb, ImageMagick.
# 2. .venv from the system Python (the only one QGIS's bindings work with), with system site-packages.
# 3. torch/torchvision (the pair that works here), segment-anything, sam2 (SAM 2.1), transformers (SAM 3), numpy<2,
#    test tools; no triton.
# 4. One process imports everything together, as QGIS will.
set -euo pipefail
cd "$(dirname "$0")/.."

DEB_PACKAGES=(python3-qgis qgis qgis-providers python3-rasterio python3-venv python3-cryptography xvfb imagemagick qttools5-dev-tools pyqt5-dev-tools)
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

missing=()
for pkg in "${DEB_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "setup: Debian packages already installed"
fi

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv from /usr/bin/python3 (with system site-packages for qgis, gdal, rasterio)"
  /usr/bin/python3 -m venv --system-site-packages .venv
fi
PY=.venv/bin/python
$PY -m pip install -q --upgrade pip
$PY -m pip install -q -r requirements-dev.txt
# SAM 2 / 2.1 (sam2 1.1.0): PyPI has only its source package. SAM2_BUILD_CUDA=0: its CUDA extension only
# fills holes in masks; --no-build-isolation: an isolated build would download a second torch; --no-deps:
# sam2 asks for numpy>=1.24.4, which would lay a second numpy over Debian's 1.24.2 (the one GDAL is built
# with), so its own needs are installed first, by name. Both commands do nothing when already installed.
$PY -m pip install -q "hydra-core>=1.3.2" "iopath>=0.1.10" "tqdm>=4.66.1"
SAM2_BUILD_CUDA=0 $PY -m pip install -q --no-build-isolation --no-deps sam2==1.1.0
# triton (pulled in by torch) crashes processes that also load Mesa's LLVM; CPU inference needs none of it.
if $PY -m pip show -q triton >/dev/null 2>&1; then
  $PY -m pip uninstall -y -q triton
fi

echo "setup: checking that QGIS, GDAL, rasterio, torch, segment-anything, sam2 and transformers import together"
QT_QPA_PLATFORM=offscreen $PY - <<'PYEOF'
import numpy, torch, torchvision, segment_anything, sam2.modeling.sam2_base, rasterio
import transformers, safetensors, tokenizers
from transformers import Sam3Model, Sam3Processor, Sam3TrackerModel
from osgeo import gdal
from qgis.core import Qgis
assert int(numpy.__version__.split(".")[0]) < 2, "numpy must stay below 2 for GDAL and Debian's rasterio"
assert transformers.__version__ == "5.23.0", f"transformers {transformers.__version__}: SAM 3 is tested with 5.23.0"
print(f"setup: ok - QGIS {Qgis.QGIS_VERSION}, GDAL {gdal.__version__}, rasterio {rasterio.__version__}, "
      f"numpy {numpy.__version__}, torch {torch.__version__}, torchvision {torchvision.__version__}, "
      f"transformers {transformers.__version__}")
PYEOF
