"""The dependency installer's mechanism, run for real but offline, with a wheel the test builds."""

import importlib
import subprocess
import sys
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from support import build_sdist, build_wheel

from apt_cropland.plugin.core.install.installer import (
    CPU_INDEX,
    CUDA_INDEX,
    SHIPPED_CONSTRAINTS,
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
    assert pip_command("python", "/t", ("torch",), index_url=CPU_INDEX)[-3:] == ["--index-url", CPU_INDEX, "torch"]


def _packages(command: list[str]) -> list[str]:
    """The requirements a pip command line names (what follows its last option and that option's value)."""
    valued = {"--target", "--constraint", "--index-url", "--extra-index-url", "--find-links"}
    names, skip = [], True  # skip "python -m pip install"
    for i, arg in enumerate(command):
        if arg == "install":
            skip = False
        elif not skip and not arg.startswith("-") and command[i - 1] not in valued:
            names.append(arg)
    return names


@pytest.mark.parametrize("index", [CPU_INDEX, CUDA_INDEX])
def test_only_torch_and_torchvision_come_from_the_pytorch_index_and_nothing_from_an_extra_index(tmp_path, index):
    """The dependency-confusion pattern is gone: no --extra-index-url anywhere, the PyTorch index replaces
    PyPI (--index-url) in a command of its own that names torch and torchvision alone."""
    host = host_constraints(str(tmp_path / "host-constraints.txt"))
    steps = install_steps("python", "/t", index_url=index, constraints=host)
    assert all("--extra-index-url" not in step.command for step in steps)
    with_index = [step.command for step in steps if "--index-url" in step.command]
    assert len(with_index) == 1 and with_index[0][with_index[0].index("--index-url") + 1] == index
    assert _packages(with_index[0]) == ["torch", "torchvision"]
    for step in steps[1:]:  # everything else from PyPI, pinned by the shipped file and the host's numpy
        names = {Requirement(r).name for r in _packages(step.command)}
        assert names and not names & {"torch", "torchvision"}
        constraints = [step.command[i + 1] for i, a in enumerate(step.command) if a == "--constraint"]
        assert constraints == [host, SHIPPED_CONSTRAINTS]
    assert install_steps("python", "/t")[0].command[-2:] == ["torch", "torchvision"]  # macOS: from PyPI, alone


HOST_OR_INDEX = {"torch", "torchvision", "numpy", "pillow"}


def _closure(requirements: list[str]) -> set[str]:
    """The (canonical) names of ``requirements`` and of all they depend on in this environment, markers
    evaluated (extras included), down to torch, torchvision, numpy and Pillow."""
    from importlib import metadata

    from packaging.utils import canonicalize_name

    found, todo = set(), [Requirement(r) for r in requirements]
    while todo:
        requirement = todo.pop()
        name = canonicalize_name(requirement.name)
        if name in found:
            continue
        found.add(name)
        if name in HOST_OR_INDEX:
            continue
        extras = requirement.extras or {""}
        for declared in metadata.requires(name) or []:
            dep = Requirement(declared)
            if dep.marker is None or any(dep.marker.evaluate({"extra": e}) for e in extras):
                todo.append(dep)
    return found


MAKE_SETUP_VENV = (Path(__file__).resolve().parents[2] / ".venv").resolve()
# What these tests read of the installed packages' metadata is make setup's .venv: a newer QGIS's root
# installs only a subset of the plugin's packages, at its own versions
in_make_setup_venv = pytest.mark.skipif(Path(sys.prefix).resolve() != MAKE_SETUP_VENV,
                                        reason="reads the packages of make setup's .venv; this is another environment")


@in_make_setup_venv
def test_what_declares_torch_is_installed_without_dependencies():
    """pip --target ignores what is already installed: a package that declares torch (timm,
    segment-anything-hq, sam2) installed with its dependencies would bring a second torch from PyPI
    over the PyTorch index's."""
    _, from_pypi, no_deps = install_steps("python", "/t", index_url=CPU_INDEX)
    assert "--no-deps" not in from_pypi.command and "--no-deps" in no_deps.command
    assert not _closure(_packages(from_pypi.command)) & {"torch", "torchvision"}
    names = {Requirement(r).name for r in _packages(no_deps.command)}
    assert {"timm", "segment-anything-hq", "sam2", "segment-anything"} <= names
    assert {"torch", "torchvision"} <= _closure(_packages(no_deps.command))  # why they must come without


def _shipped_pins() -> dict[str, str]:
    from packaging.utils import canonicalize_name

    pins = {}
    for line in Path(SHIPPED_CONSTRAINTS).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            requirement = Requirement(line)
            (spec,) = requirement.specifier
            assert spec.operator == "==", line
            pins[canonicalize_name(requirement.name)] = spec.version
    return pins


@in_make_setup_venv
def test_the_shipped_constraints_pin_the_versions_the_project_tests_with():
    """Every package the plugin installs from PyPI, and each of their dependencies that pip installed
    here, at the version this test environment (make setup's .venv) has; never torch, torchvision,
    numpy or Pillow (the index's and the host's)."""
    from importlib import metadata

    from packaging.utils import canonicalize_name

    pins = _shipped_pins()
    assert not set(pins) & HOST_OR_INDEX
    assert {name: metadata.version(name) for name in pins} == pins
    steps = install_steps("python", "/t", index_url=CPU_INDEX)[1:]
    requirements = [r for step in steps for r in _packages(step.command)]
    for requirement in map(Requirement, requirements):  # the versions asked for agree with the pins
        name = canonicalize_name(requirement.name)
        assert name == "pyyaml" or pins[name] in requirement.specifier, requirement
    from_pip = {name for name in _closure(requirements) - HOST_OR_INDEX
                if "dist-packages" not in str(metadata.distribution(name).locate_file(""))}  # not Debian's
    assert from_pip - set(pins) == set()


def test_pip_honours_the_shipped_constraints_offline(tmp_path):
    """The file is one pip reads: a version it does not pin is refused, the pinned one installed."""
    pins = _shipped_pins()
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    build_wheel(wheels, name="iopath", version="0.0.1")
    target = str(tmp_path / "target")
    python = find_python().path
    command = pip_command(python, target, ("iopath",), find_links=str(wheels), offline=True,
                          constraints=SHIPPED_CONSTRAINTS)
    refused = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert refused.returncode != 0 and not (Path(target) / "iopath").exists()
    build_wheel(wheels, name="iopath", version=pins["iopath"])
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"Successfully installed iopath-{pins['iopath']}" in done.stdout


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
    torch_step, from_pypi, source = install_steps("python", "/t", index_url=CPU_INDEX, constraints=constraints)
    assert {"hydra-core>=1.3.2", "iopath>=0.1.10", "dask[distributed]"} <= set(from_pypi.command)
    for step in (torch_step, from_pypi):
        assert step.command[step.command.index("--constraint") + 1] == constraints and step.env == {}
    assert source.command[-1] == "sam2==1.1.0" and source.env == {"SAM2_BUILD_CUDA": "0"}
    assert {"--no-build-isolation", "--no-deps", "--target", "segment-anything"} <= set(source.command)


def test_the_install_adds_transformers_for_sam3_from_pypi_pinned(tmp_path):
    """SAM 3 runs on transformers (with safetensors and tokenizers): asked for in the PyPI step, with its
    dependencies (it declares no torch), at the version the shipped constraints pin."""
    constraints = host_constraints(str(tmp_path / "host-constraints.txt"))
    _, from_pypi, source = install_steps("python", "/t", index_url=CPU_INDEX, constraints=constraints)
    names = {Requirement(r).name for r in _packages(from_pypi.command)}
    assert {"transformers", "safetensors", "tokenizers"} <= names and "--no-deps" not in from_pypi.command
    assert "transformers==5.23.0" in from_pypi.command
    assert not {Requirement(r).name for r in _packages(source.command)} & {"transformers", "tokenizers"}
    pins = _shipped_pins()
    assert pins["transformers"] == "5.23.0" and {"tokenizers", "safetensors", "huggingface-hub"} <= set(pins)
    assert "numpy" not in pins  # QGIS's own, pinned from the host at install time
