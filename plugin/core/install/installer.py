"""Installing torch, torchvision, segment-anything, sam2, segment-anything-hq and transformers for QGIS's Python
(no QGIS).

Inside desktop QGIS, ``sys.executable`` is often QGIS itself, not a Python interpreter: running
pip through it would start another QGIS. :func:`find_python` looks for the interpreter that
matches the running Python (same version, same installation) and says which one it chose.
Packages go to a folder under the QGIS profile that the plugin puts on ``sys.path``.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass

from ..errors import AptInputError
from ..i18n import tr

TORCH_PACKAGES = ("torch", "torchvision")  # from the PyTorch index alone (its CPU or CUDA build), by themselves
PACKAGES = TORCH_PACKAGES + ("segment-anything",)
# SAM 2 / 2.1: sam2's own needs come from PyPI with their dependencies (the host's numpy pinned); sam2 itself is
# a source package, built without its dependencies (see source_command)
SAM2_NEEDS = ("hydra-core>=1.3.2", "iopath>=0.1.10", "tqdm>=4.66.1")
SOURCE_PACKAGES = ("sam2==1.1.0",)
# HQ-SAM: its authors' package (pure Python, needs only torch and torchvision) and timm, which it imports
# (timm.models.layers, kept in timm 1.x) for Light HQ-SAM's TinyViT whatever the model
HQ_NEEDS = ("segment-anything-hq==0.3", "timm>=0.9,<2")
TIMM_NEEDS = ("pyyaml", "huggingface_hub", "safetensors")  # timm's dependencies besides torch and torchvision
# SAM 3: the PyTorch implementation in transformers (its own needs from PyPI; it declares no torch)
SAM3_NEEDS = ("transformers==5.23.0", "safetensors", "tokenizers")
CLUSTER_NEEDS = ("dask[distributed]",)  # big jobs on a Dask cluster (autoprompt's SCHEDULER, the command line)
# Packages that declare torch or torchvision as a dependency: installed without dependencies, since pip
# --target ignores what is already there and would otherwise fetch a second torch from PyPI
NEEDS_TORCH = ("segment-anything",) + HQ_NEEDS
SOURCE_BUILD_ENV = {"SAM2_BUILD_CUDA": "0"}  # its CUDA extension only fills holes in masks: not built
# The versions the project tests with, for everything that comes from PyPI (shipped with the plugin)
SHIPPED_CONSTRAINTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "constraints.txt")
CPU_INDEX = "https://download.pytorch.org/whl/cpu"
CUDA_INDEX = "https://download.pytorch.org/whl/cu128"


def dependencies_dir(profile_dir: str) -> str:
    """Where the plugin installs its Python packages (inside the QGIS profile)."""
    return os.path.join(profile_dir, "apt_cropland", "python")


def activate(folder: str) -> bool:
    """Put the plugin's package folder at the END of ``sys.path``, if it exists.

    Last, so that it only adds what QGIS's Python lacks: QGIS's own numpy, GDAL and friends always
    win over anything pip brought along.
    """
    if os.path.isdir(folder) and folder not in sys.path:
        sys.path.append(folder)
        import importlib

        importlib.invalidate_caches()
        return True
    return False


@dataclass(frozen=True)
class PythonFound:
    """The interpreter pip will run with, and why it was chosen."""

    path: str
    reason: str


def _candidates(executable: str) -> list[tuple[str, str]]:
    major, minor = sys.version_info[:2]
    prefix, base = sys.exec_prefix, getattr(sys, "_base_executable", "")
    found = [
        (executable, tr("the running interpreter (sys.executable)")),
        (base, tr("the base interpreter (sys._base_executable)")),
        (os.path.join(prefix, "python.exe"), tr("Python in QGIS's installation (Windows, OSGeo4W)")),
        (os.path.join(prefix, "python3.exe"), tr("Python in QGIS's installation (Windows)")),
        (os.path.join(prefix, "bin", f"python{major}.{minor}"), tr("Python in QGIS's installation")),
        (os.path.join(prefix, "bin", "python3"), tr("Python in QGIS's installation")),
    ]
    osgeo4w = glob.glob(os.path.join(prefix, "apps", "Python*", "python.exe"))
    found += [(p, tr("Python in QGIS's installation (Windows, OSGeo4W)")) for p in osgeo4w]
    for name in (f"python{major}.{minor}", "python3"):
        which = shutil.which(name)
        if which:
            found.append((which, tr("{name} on PATH").format(name=name)))
    return [(p, why) for p, why in found if p and os.path.isfile(p)]


def _same_python(path: str) -> bool:
    """Whether ``path`` runs a Python of the same version and installation as this process."""
    code = "import sys; print(sys.version_info[0], sys.version_info[1]); print(sys.base_prefix)"
    try:
        done = subprocess.run([path, "-c", code], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return False
    lines = done.stdout.split("\n")
    if done.returncode != 0 or len(lines) < 2:
        return False
    version = tuple(int(v) for v in lines[0].split())
    return version == sys.version_info[:2] and os.path.realpath(lines[1].strip()) == os.path.realpath(sys.base_prefix)


def find_python(executable: str | None = None) -> PythonFound:
    """The Python interpreter of this QGIS, verified by running it (never assumed)."""
    for path, reason in _candidates(executable or sys.executable):
        if os.path.basename(path).lower().startswith("python") and _same_python(path):
            return PythonFound(path, reason)
    raise AptInputError(
        tr(
            "Could not find the Python interpreter of this QGIS (Python {version} in {prefix}). "
            "Install torch, torchvision and segment-anything with it by hand (on Windows, from the "
            "OSGeo4W Shell: python -m pip install ...)."
        ).format(version=f"{sys.version_info[0]}.{sys.version_info[1]}", prefix=sys.base_prefix)
    )


def has_nvidia_gpu() -> bool:
    """A cheap look for an NVIDIA driver (without importing torch)."""
    if shutil.which("nvidia-smi"):
        return True
    windir = os.environ.get("SYSTEMROOT", r"C:\Windows")
    return sys.platform == "win32" and os.path.isfile(os.path.join(windir, "System32", "nvcuda.dll"))


def torch_index(cuda: bool | None = None) -> str | None:
    """The package index for torch: CUDA wheels with an NVIDIA GPU, CPU wheels otherwise (macOS: PyPI)."""
    if sys.platform == "darwin":
        return None
    cuda = has_nvidia_gpu() if cuda is None else cuda
    return CUDA_INDEX if cuda else CPU_INDEX


HOST_PINNED = ("numpy", "pillow")  # packages QGIS's own libraries were built with: never change them


def host_constraints(path: str) -> str:
    """A pip constraints file pinning the host's numpy (and Pillow) to the versions QGIS runs with.

    ``pip install --target`` ignores what is installed, so without it torchvision would pull the
    newest numpy (2.x), which GDAL and rasterio builds for numpy 1.x cannot load.
    """
    from importlib import metadata

    lines = []
    for name in HOST_PINNED:
        try:
            lines.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            continue
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return path


def _constraint_options(constraints: str | tuple[str, ...] | None) -> list[str]:
    files = (constraints,) if isinstance(constraints, str) else tuple(constraints or ())
    return [option for path in files for option in ("--constraint", path)]


def pip_command(
    python: str,
    target: str,
    packages: tuple[str, ...] = PACKAGES,
    index_url: str | None = None,
    find_links: str | None = None,
    offline: bool = False,
    constraints: str | tuple[str, ...] | None = None,
) -> list[str]:
    """The pip command line that installs ``packages`` into ``target`` for ``python``.

    ``index_url`` replaces PyPI (``--index-url``): every package of that command comes from that index
    alone, so it is given only with torch and torchvision (never ``--extra-index-url``, where a package of
    the same name on PyPI could win).
    """
    command = [python, "-m", "pip", "install", "--upgrade", "--target", target, "--disable-pip-version-check"]
    command += _constraint_options(constraints)
    if offline:
        command.append("--no-index")
    if index_url:
        command += ["--index-url", index_url]
    if find_links:
        command += ["--find-links", find_links]
    return command + list(packages)


def source_command(
    python: str,
    target: str,
    packages: tuple[str, ...] = SOURCE_PACKAGES,
    find_links: str | None = None,
    offline: bool = False,
    constraints: str | tuple[str, ...] | None = None,
) -> list[str]:
    """pip without dependencies, for packages whose declared needs are torch and friends: sam2, a source
    package built with the interpreter's own setuptools, without build isolation (which would download a
    second torch) and without dependencies (sam2 asks for a numpy newer than some QGIS builds have; its
    needs come with the PyPI step, numpy pinned)."""
    command = [python, "-m", "pip", "install", "--upgrade", "--target", target, "--disable-pip-version-check",
               "--no-deps", "--no-build-isolation"]
    command += _constraint_options(constraints)
    if offline:
        command.append("--no-index")
    if find_links:
        command += ["--find-links", find_links]
    return command + list(packages)


@dataclass(frozen=True)
class InstallStep:
    """One pip run and the environment variables it adds."""

    command: list[str]
    env: dict[str, str]


def install_steps(
    python: str, target: str, index_url: str | None = None, constraints: str | None = None
) -> list[InstallStep]:
    """Everything the plugin needs, SAM 2, HQ-SAM and SAM 3 included, in three pip runs:

    1. torch and torchvision alone, from ``index_url`` alone when one is chosen (the PyTorch index of
       the CPU or CUDA build; PyPI otherwise), the host's numpy and Pillow pinned (``constraints``);
    2. their companions' dependencies and transformers (SAM 3) from PyPI, pinned by the constraints file
       the plugin ships;
    3. the packages that declare torch as a dependency (segment-anything, HQ-SAM, timm) and sam2 built
       from source, without dependencies (so that PyPI never replaces step 1's torch), pinned as well.
    """
    host = (constraints,) if constraints else ()
    pinned = host + (SHIPPED_CONSTRAINTS,)
    from_pypi = SAM2_NEEDS + TIMM_NEEDS + SAM3_NEEDS + CLUSTER_NEEDS
    return [
        InstallStep(pip_command(python, target, TORCH_PACKAGES, index_url=index_url, constraints=host), {}),
        InstallStep(pip_command(python, target, from_pypi, constraints=pinned), {}),
        InstallStep(source_command(python, target, NEEDS_TORCH + SOURCE_PACKAGES, constraints=pinned),
                    dict(SOURCE_BUILD_ENV)),
    ]
