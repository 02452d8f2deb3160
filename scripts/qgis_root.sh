#!/usr/bin/env bash
# make test-qgis QGIS=3.40|3.44: the whole suite under a newer QGIS, in a Debian root made by debootstrap.
#
#   QGIS 3.40 LTR -> Debian 13 trixie   (Python 3.13, numpy 2.2, Debian's torch 2.6)
#   QGIS 3.44     -> Debian unstable sid (Python 3.14, numpy 2.4, Debian's torch 2.14)
#
# The root lives in build/roots/<suite> and is kept between runs; it is rebuilt when its package
# lists (below) change (build/roots/<suite>/.apt-cropland-stamp holds their hash). QGIS, GDAL,
# rasterio and torch come from that Debian's packages; the rest from pip, in a venv made with
# --system-site-packages at /opt/apt-venv inside the root. The host's .venv is never used there.
#
# Everything runs in a private mount namespace (unshare -m): /proc, /dev, /sys, the checkout (at
# the same absolute path: the plugin link under build/ is absolute) and ../shared (read-only) are
# mounted for this process tree only, unmounted by the trap on any exit, and dropped by the kernel
# even if this script is killed. Inside, make test's steps run with PY=/opt/apt-venv/bin/python: the same
# checks as on the host; QGIS's settings (.qgis-settings/, build/qgis-profile) are the root's own,
# so host and root runs do not share them. The exit status is the suite's.
#
# Usage: scripts/qgis_root.sh 3.40|3.44 [--build-only] [-- COMMAND...]
#   -- COMMAND runs COMMAND in the checkout inside the root instead of the suite, with $PY the
#   root's venv Python: scripts/qgis_root.sh 3.44 -- sh -c '$PY -m pytest tests/unit -x'
set -euo pipefail

QGIS_WANTED="${1:-${QGIS:-3.40}}"
shift || true
BUILD_ONLY=0
RUN_ARGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --build-only) BUILD_ONLY=1 ;;
    --) shift; RUN_ARGS=("$@"); break ;;
    *) echo "qgis_root: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done

case "$QGIS_WANTED" in
  3.40) SUITE=trixie ;;
  3.44) SUITE=sid ;;
  *) echo "qgis_root: QGIS=$QGIS_WANTED is not in the matrix; use QGIS=3.40 (Debian trixie) or QGIS=3.44 (Debian sid)" >&2
     exit 2 ;;
esac

# Root privileges are needed for debootstrap, chroot and mounts.
if [ "$(id -u)" -ne 0 ]; then
  exec sudo --preserve-env=QGIS,QGIS_ROOTS "$0" "$QGIS_WANTED" "$@"
fi
# A private mount namespace: nothing mounted here is visible to (or left behind for) other processes.
if [ -z "${APT_CROPLAND_MOUNT_NS:-}" ]; then
  APT_CROPLAND_MOUNT_NS=1 exec unshare --mount --propagation private "$0" "$QGIS_WANTED" \
    $([ "$BUILD_ONLY" = 1 ] && echo --build-only) ${RUN_ARGS[@]+-- "${RUN_ARGS[@]}"}
fi

REPO="$(cd "$(dirname "$0")/.." && pwd -P)"
SHARED="$(dirname "$REPO")/shared"
ROOTS="${QGIS_ROOTS:-$REPO/build/roots}"  # QGIS_ROOTS=DIR shares the roots with another checkout
ROOT="$ROOTS/$SUITE"
VENV=/opt/apt-venv
STATE=/var/lib/apt-cropland  # inside the root: its own QGIS settings and profile

# What the root holds. Changing either list rebuilds the root on the next run.
DEB_PACKAGES=(qgis python3-qgis qgis-providers python3-rasterio python3-torch python3-torchvision
  python3-pip python3-venv python3-cryptography ca-certificates git make)
# Qt's lrelease (translations, make package): the first of these the suite has.
DEB_ONE_OF=(qttools5-dev-tools qt6-l10n-tools)
PIP_PACKAGES=(segment-anything==1.0 transformers==5.23.0 "dask[distributed]" pytest pytest-qgis==5.0.2 ruff)
# SAM 2 / 2.1: a source package, built against the root's own (Debian) torch: SAM2_BUILD_CUDA=0 (its
# CUDA extension only fills holes in masks), --no-build-isolation (an isolated build would fetch a second torch)
PIP_SOURCE_PACKAGES=(sam2==1.1.0)
STAMP_VERSION=1  # bump when the way the root is built changes
STAMP_TEXT="suite=$SUITE
deb=${DEB_PACKAGES[*]}
deb-one-of=${DEB_ONE_OF[*]}
pip=${PIP_PACKAGES[*]}
pip-source=${PIP_SOURCE_PACKAGES[*]}
version=$STAMP_VERSION"
STAMP_HASH="$(printf '%s\n' "$STAMP_TEXT" | sha256sum | cut -d' ' -f1)"
STAMP_FILE=.apt-cropland-stamp

log() { echo "test-qgis: $*" >&2; }

# ---------------------------------------------------------------- mounts, always undone
MOUNTS=()
mount_at() {  # mount_at TARGET mount-arguments...  (TARGET is created if missing)
  local target="$1"; shift
  mkdir -p "$target"
  mount "$@" "$target"
  MOUNTS+=("$target")
}
unmount_all() {
  local i
  for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do
    umount -R "${MOUNTS[i]}" 2>/dev/null || umount -R -l "${MOUNTS[i]}" 2>/dev/null || true
  done
  MOUNTS=()
}
mounted_under() {  # anything of this namespace mounted at or below $1?
  awk -v p="$1" '$5 == p || index($5, p "/") == 1 { found = 1 } END { exit !found }' /proc/self/mountinfo
}
remove_root() {  # never follows a mount into the checkout
  local dir="$1"
  [ -e "$dir" ] || return 0
  if mounted_under "$dir"; then
    log "refusing to remove $dir: something is mounted below it"; exit 1
  fi
  rm -rf --one-file-system "$dir"
}
trap 'unmount_all' EXIT
trap 'unmount_all; exit 130' INT
trap 'unmount_all; exit 143' TERM

mount_system() {  # /proc, /dev (with /dev/pts and /dev/shm), /sys in root $1
  local root="$1"
  mount_at "$root/proc" -t proc proc
  mount_at "$root/dev" --rbind /dev
  mount_at "$root/sys" --rbind /sys
}

# Files of the host the root needs: DNS, and the CA bundle pip is configured with, at the same path.
pip_cert() {
  local cert="${PIP_CERT:-}"
  if [ -z "$cert" ]; then
    for py in "$REPO/.venv/bin/python" /usr/bin/python3 python3; do
      cert="$("$py" -m pip config list 2>/dev/null | sed -n "s/^[a-z:.]*cert='\(.*\)'$/\1/p" | head -n1)" || true
      [ -n "$cert" ] && break
    done
  fi
  [ -n "$cert" ] || cert="$(/usr/bin/python3 -c 'import certifi; print(certifi.where())' 2>/dev/null)" || true
  [ -n "$cert" ] || cert=/etc/ssl/certs/ca-certificates.crt
  echo "$cert"
}
CERT="$(pip_cert)"
copy_host_files() {
  local root="$1"
  cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
  cp -L /etc/hosts "$root/etc/hosts" 2>/dev/null || true
  if [ -f "$CERT" ]; then
    mkdir -p "$root$(dirname "$CERT")"
    cp -L "$CERT" "$root$CERT.apt-cropland"
    mv -f "$root$CERT.apt-cropland" "$root$CERT"
  fi
}

# Run a command in the root with a clean environment (nothing of the host's .venv or PATH).
in_root() {
  local root="$1"; shift
  local env=(PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8
    DEBIAN_FRONTEND=noninteractive PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_DEFAULT_TIMEOUT=180
    PIP_CERT="$CERT" SSL_CERT_FILE="$CERT" REQUESTS_CA_BUNDLE="$CERT" CURL_CA_BUNDLE="$CERT"
    PY="$VENV/bin/python" QT_QPA_PLATFORM=offscreen PYTEST_ADDOPTS="-p no:cacheprovider")
  local var
  for var in http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY TERM; do
    [ -n "${!var:-}" ] && env+=("$var=${!var}")
  done
  chroot "$root" /usr/bin/env -i "${env[@]}" "$@"
}

# ---------------------------------------------------------------- the root
host_mirror() {  # the Debian mirror the host's own apt uses
  local uri
  uri="$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null | sed -n 's/^URIs:[[:space:]]*//p' | tr ' ' '\n' |
    grep -v -e security -e '^$' | head -n1)" || true
  if [ -z "$uri" ]; then
    uri="$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
      awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^(https?|file):/) { print $i; break } }' |
      grep -v security | head -n1)" || true
  fi
  echo "${uri:-http://deb.debian.org/debian}"
}

build_root() {
  local new="$ROOTS/.$SUITE.new" mirror started=$SECONDS
  mirror="$(host_mirror)"
  if ! command -v debootstrap >/dev/null; then
    log "installing debootstrap on the host"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
  fi
  log "building the Debian $SUITE root in $ROOT from $mirror (a few minutes, about 3.6 GB)"
  mkdir -p "$ROOTS"
  remove_root "$new"
  debootstrap --variant=minbase "$SUITE" "$new" "$mirror" >"$ROOTS/.$SUITE.debootstrap.log" 2>&1 || {
    tail -n 20 "$ROOTS/.$SUITE.debootstrap.log" >&2; log "debootstrap failed"; exit 1; }
  # sid's Release file may be past its Valid-Until on a mirror snapshot; trixie's is not checked either.
  cat >"$new/etc/apt/apt.conf.d/99apt-cropland" <<'CONF'
Acquire::Check-Valid-Until "false";
APT::Install-Recommends "false";
APT::Get::Assume-Yes "true";
CONF
  copy_host_files "$new"
  mount_system "$new"
  in_root "$new" apt-get update -qq
  local extra="" pkg
  for pkg in "${DEB_ONE_OF[@]}"; do
    if in_root "$new" apt-cache show "$pkg" >/dev/null 2>&1; then extra="$pkg"; break; fi
  done
  log "apt-get install ${DEB_PACKAGES[*]} $extra"
  in_root "$new" apt-get install -qq "${DEB_PACKAGES[@]}" $extra >"$ROOTS/.$SUITE.apt.log" 2>&1 || {
    tail -n 30 "$ROOTS/.$SUITE.apt.log" >&2; log "apt-get install failed"; exit 1; }
  in_root "$new" apt-get clean
  copy_host_files "$new"  # ca-certificates may have rewritten the bundle
  log "venv $VENV (--system-site-packages): pip install ${PIP_PACKAGES[*]}"
  in_root "$new" python3 -m venv --system-site-packages "$VENV"
  in_root "$new" "$VENV/bin/python" -m pip install -q "${PIP_PACKAGES[@]}" setuptools
  in_root "$new" env SAM2_BUILD_CUDA=0 "$VENV/bin/python" -m pip install -q --no-build-isolation \
    "${PIP_SOURCE_PACKAGES[@]}"
  unmount_all
  printf '%s\n' "$STAMP_TEXT" >"$new/$STAMP_FILE.txt"
  echo "$STAMP_HASH" >"$new/$STAMP_FILE"
  remove_root "$ROOT"
  mv "$new" "$ROOT"
  log "root ready in $((SECONDS - started)) s ($(du -sh --one-file-system "$ROOT" | cut -f1))"
}

# One run at a time per root (building or testing).
mkdir -p "$ROOTS"
exec 9>"$ROOTS/.$SUITE.lock"
if ! flock -n 9; then
  log "another test-qgis run is using the $SUITE root; waiting for it"
  flock 9
fi

if [ "$(cat "$ROOT/$STAMP_FILE" 2>/dev/null)" != "$STAMP_HASH" ]; then
  [ -e "$ROOT" ] && log "the $SUITE root's package lists changed (or it is incomplete): rebuilding it"
  build_root
fi
[ "$BUILD_ONLY" = 1 ] && exit 0

# ---------------------------------------------------------------- the suite
copy_host_files "$ROOT"
mount_system "$ROOT"
mount_at "$ROOT$REPO" --bind "$REPO"
if [ -d "$SHARED" ]; then
  mount_at "$ROOT$SHARED" --bind "$SHARED"
  mount -o remount,bind,ro "$ROOT$SHARED"
fi
# QGIS settings written by the tests: the root's own copies over the checkout's folders.
mkdir -p "$REPO/.qgis-settings" "$REPO/build/qgis-profile" "$ROOT$STATE/qgis-settings" "$ROOT$STATE/qgis-profile"
mount_at "$ROOT$REPO/.qgis-settings" --bind "$ROOT$STATE/qgis-settings"
mount_at "$ROOT$REPO/build/qgis-profile" --bind "$ROOT$STATE/qgis-profile"

in_root "$ROOT" "$VENV/bin/python" - <<'PYEOF'
import platform

import numpy
import torch
from qgis.core import Qgis

print(f"test-qgis: QGIS {Qgis.QGIS_VERSION.split('-')[0]}, Python {platform.python_version()}, "
      f"numpy {numpy.__version__}, torch {torch.__version__.split('+')[0]}", flush=True)
PYEOF

status=0
if [ ${#RUN_ARGS[@]} -gt 0 ]; then  # a command of the caller's, in the checkout, with PY set to the root's venv
  in_root "$ROOT" bash -c 'cd "$1" && shift && "$@"' _ "$REPO" "${RUN_ARGS[@]}" || status=$?
else
  # make test's steps, keeping going after a failed check so that the suite always runs
  in_root "$ROOT" make -C "$REPO" --no-print-directory -k lint qt6-check i18n-check plugin-link PY="$VENV/bin/python" ||
    status=$?
  [ "$status" -eq 0 ] || log "a check before the suite failed (status $status); running the suite anyway"
  suite=0
  in_root "$ROOT" bash -c 'cd "$1" && "$PY" -m pytest' _ "$REPO" || suite=$?
  [ "$suite" -eq 0 ] || status=$suite
fi
unmount_all
log "QGIS $QGIS_WANTED (Debian $SUITE): exit status $status"
exit "$status"
