import pkgutil
import subprocess
import sys
from pathlib import Path

import apt_cropland.plugin.core as core

ROOT = Path(__file__).resolve().parents[2]


def test_importing_every_core_module_loads_no_qgis():
    modules = [f"apt_cropland.plugin.core.{m.name}" for m in pkgutil.iter_modules(core.__path__)]
    assert "apt_cropland.plugin.core.pipeline" in modules
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
