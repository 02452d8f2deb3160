"""The core is plain Python, grouped by pipeline stage: no module imports qgis, and the stages'
sub-packages import one way only (each from those below it, never from one above)."""

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import apt_cropland.plugin.core as core

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "plugin" / "core"
# The core's parts, lowest first: a module may import from its own part and the parts before it.
LAYERS = [
    {"errors", "i18n", "geo", "gdal_cache", "gdal_calls"},
    {"tiles"},
    {"landcover"},
    {"prompts"},
    {"vectors"},
    {"config"},
    {"imagery", "install"},
    {"models"},
    {"options"},
    {"pipeline", "accuracy"},
    {"fields"},
    {"adapt"},
    {"cluster"},
]
LEVEL = {part: i for i, parts in enumerate(LAYERS) for part in parts}


def core_modules() -> list[str]:
    return [m.name for m in pkgutil.walk_packages(core.__path__, prefix="apt_cropland.plugin.core.")]


def test_importing_every_core_module_loads_no_qgis():
    modules = core_modules()
    assert "apt_cropland.plugin.core.pipeline.in_process" in modules and len(modules) > 50
    code = (
        "import sys, importlib\n"
        f"sys.path.insert(0, {str(ROOT / 'build' / 'qgis-plugins')!r})\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = [m for m in sys.modules if m == 'qgis' or m.startswith('qgis.')]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def part_of(path: Path) -> str:
    """The core part a file belongs to: its sub-package, or its module name at the core's root."""
    relative = path.relative_to(CORE)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def imported_parts(path: Path, source: str | None = None) -> set[str]:
    """The core parts a core file imports (at any depth of its code, lazy imports included)."""
    inside = path.relative_to(CORE).parts[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text() if source is None else source)):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = list(inside)[: len(inside) - (node.level - 1)] if node.level > 1 else list(inside)
            target = base + (node.module.split(".") if node.module else [])
            names = [target] if node.module else [target + [a.name] for a in node.names]
            for name in names:
                if name:
                    found.add(name[0])
    return found


def test_every_core_module_belongs_to_a_known_part():
    parts = {part_of(p) for p in CORE.rglob("*.py")} - {"__init__"}
    assert parts <= set(LEVEL), parts - set(LEVEL)


def test_the_stages_import_one_way():
    wrong = []
    for path in CORE.rglob("*.py"):
        part = part_of(path)
        if part == "__init__":
            continue
        for other in imported_parts(path) - {part}:
            if LEVEL.get(other, -1) > LEVEL[part]:
                wrong.append(f"{path.relative_to(CORE)} ({part}) imports {other}")
    assert not wrong, "\n".join(wrong)


def test_the_layer_check_reads_relative_imports_from_any_depth():
    """The check itself: what a land cover module and a root module would import."""
    probe = CORE / "landcover" / "probe.py"
    source = "from ..models.sam_engine import SamEngine\nfrom .glc import GlcReader\nfrom .. import geo\n"
    assert imported_parts(probe, source) == {"models", "landcover", "geo"}
    assert LEVEL["models"] > LEVEL[part_of(probe)]  # so an upward import: reported
    assert imported_parts(CORE / "config.py", "from .prompts.points import PromptPoints\n") == {"prompts"}


def _module_of(path: Path) -> str:
    parts = list(path.relative_to(CORE).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path) -> set[str]:
    """The core modules a core file imports, lazy imports included (package ``__init__`` imports left out:
    they only re-export)."""
    package = list(path.relative_to(CORE).parts[:-1])
    known = {_module_of(p) for p in CORE.rglob("*.py")}
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[: len(package) - (node.level - 1)]
            target = base + (node.module.split(".") if node.module else [])
            for alias in node.names:
                name = ".".join(target + [alias.name])
                found.add(name if name in known else ".".join(target))
    return {m for m in found if m in known and m and not (CORE / m.replace(".", "/") / "__init__.py").exists()}


def test_no_core_module_imports_itself_back():
    """No import loop between core modules, lazy imports counted (the one that joined the checkpoint
    reader, the model backends and the catalogue is gone: each family's module builds its model)."""
    graph = {_module_of(p): imported_modules(p) for p in CORE.rglob("*.py") if p.name != "__init__.py"}
    cycles, state = [], {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for other in sorted(graph.get(node, ())):
            if state.get(other) == 1:
                cycles.append(" -> ".join(trail[trail.index(other):] + [other]) if other in trail else other)
            elif other not in state:
                visit(other, [*trail, other])
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert not cycles, "\n".join(cycles)
