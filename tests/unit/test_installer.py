"""The dependency installer's mechanism, run for real but offline, with a wheel the test builds."""

import importlib
import subprocess
import sys
from pathlib import Path

import pytest
from support import build_sdist, build_wheel

from apt_cropland.plugin.core.install.installer import (
    CPU_INDEX,
    CUDA_INDEX,
    SOURCE_BUILD_ENV,
    activate,
    dependencies_dir,
    find_python,
    host_constraints,
    install_steps,
    pip_command,
    source_command,
    torch_index,
)


def test_the_python_found_is_a_real_interpreter_of_this_version():
    found = find_python()
    out = subprocess.run([found.path, "-c", "import sys; print(sys.version_info[:2])"], capture_output=True, text=True)
    assert out.stdout.strip() == str(tuple(sys.version_info[:2])) and found.reason


def test_qgis_itself_is_never_taken_for_python(tmp_path):
    fake_qgis = tmp_path / "qgis"
    fake_qgis.write_text("#!/bin/sh\necho 'I am QGIS'\n")
    fake_qgis.chmod(0o755)
    found = find_python(executable=str(fake_qgis))
    assert found.path != str(fake_qgis) and "python" in found.path.rsplit("/", 1)[-1]


def test_pip_installs_into_the_plugin_folder_offline(tmp_path, monkeypatch):
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    build_wheel(wheels)
    target = dependencies_dir(str(tmp_path / "profile"))
    command = pip_command(find_python().path, target, ("apt_fake_dep",), find_links=str(wheels), offline=True)
    assert command[1:4] == ["-m", "pip", "install"] and "--target" in command
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Successfully installed apt_fake_dep" in done.stdout
    monkeypatch.setattr(sys, "path", list(sys.path))
    assert activate(target) and sys.path[-1] == target  # last: QGIS's own packages come first
    module = importlib.import_module("apt_fake_dep")
    assert module.VALUE == 42 and module.__file__.startswith(target)
    del sys.modules["apt_fake_dep"]


def test_qgis_numpy_is_pinned_so_pip_never_brings_numpy_2(tmp_path):
    import numpy

    path = host_constraints(str(tmp_path / "host-constraints.txt"))
    assert f"numpy=={numpy.__version__}" in Path(path).read_text().split()
    command = pip_command("python", "/t", constraints=path)
    assert command[command.index("--constraint") + 1] == path


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS takes torch from PyPI")
def test_torch_comes_from_cuda_wheels_only_with_an_nvidia_gpu():
    assert torch_index(cuda=True) == CUDA_INDEX
    assert torch_index(cuda=False) == CPU_INDEX
    assert pip_command("python", "/t", index_url=CPU_INDEX)[-5:] == [
        "--extra-index-url", CPU_INDEX, "torch", "torchvision", "segment-anything"
    ]


def test_a_torch_too_old_counts_as_missing(monkeypatch):
    from importlib import metadata

    from apt_cropland.plugin.core.install.dependencies import missing_dependencies

    real = metadata.version
    monkeypatch.setattr(metadata, "version", lambda name: "2.0.1+cpu" if name == "torch" else real(name))
    assert missing_dependencies() == ["torch>=2.1"]
    monkeypatch.setattr(metadata, "version", real)
    assert missing_dependencies() == []


def test_sam2_is_built_from_source_without_isolation_or_dependencies_offline(tmp_path, monkeypatch):
    """sam2's route (SAM2_BUILD_CUDA=0, --no-build-isolation, --no-deps), run for real on a source
    package the test builds, whose setup.py checks each of them."""
    import os

    sources = tmp_path / "sources"
    sources.mkdir()
    build_sdist(sources)
    target = dependencies_dir(str(tmp_path / "profile"))
    command = source_command(find_python().path, target, ("apt_fake_src",), find_links=str(sources), offline=True)
    done = subprocess.run(command, capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, **SOURCE_BUILD_ENV))
    assert done.returncode == 0, done.stdout + done.stderr
    assert (Path(target) / "apt_fake_src.py").read_text() == "VALUE = 7\n"
    uncached = command[:-1] + ["--no-cache-dir", command[-1]]  # not the wheel pip kept from the first build
    without_env = subprocess.run(uncached, capture_output=True, text=True, timeout=300,
                                 env={k: v for k, v in os.environ.items() if k != "SAM2_BUILD_CUDA"})
    assert without_env.returncode != 0
    assert "SAM2_BUILD_CUDA=0 was not passed" in without_env.stdout + without_env.stderr


def test_the_install_adds_sam2_and_its_needs_with_numpy_pinned(tmp_path):
    constraints = host_constraints(str(tmp_path / "host-constraints.txt"))
    binary, source = install_steps("python", "/t", index_url=CPU_INDEX, constraints=constraints)
    wanted = {"torch", "segment-anything", "hydra-core>=1.3.2", "iopath>=0.1.10", "dask[distributed]"}
    assert wanted <= set(binary.command)
    assert binary.command[binary.command.index("--constraint") + 1] == constraints and binary.env == {}
    assert source.command[-1] == "sam2==1.1.0" and source.env == {"SAM2_BUILD_CUDA": "0"}
    assert {"--no-build-isolation", "--no-deps", "--target"} <= set(source.command)
