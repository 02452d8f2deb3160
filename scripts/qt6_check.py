#!/usr/bin/env python3
"""Qt 6 readiness lint: find Qt 5-only idioms in the plugin's Python files.

QGIS 4 runs on Qt 6 (PyQt6); this machine has QGIS 3.22 on Qt 5, so nothing here fails at run
time. Each file is parsed with ``ast`` (never imported) and every finding is printed as
``file:line: message``; the exit status is 1 if there is any. It flags:

- imports from ``PyQt5``, ``PyQt6`` or ``sip`` instead of ``qgis.PyQt``;
- ``exec_`` (PyQt5 has ``exec()`` too; PyQt6 only that);
- unscoped enum members of Qt and QGIS classes, e.g. ``Qt.AlignLeft`` ->
  ``Qt.AlignmentFlag.AlignLeft``. The member table is built at run time by introspecting
  QtCore, QtGui, QtWidgets, qgis.core and qgis.gui of the QGIS it runs on (3.22, 3.40, 3.44...),
  and only scoped forms that resolve there are suggested, naming the enum as the class names it
  (``QgsProcessing.SourceType.TypeVectorPoint``, not 3.36+'s ``Qgis.ProcessingSourceType``), so
  the suggestions work on QGIS 3.22 as well;
- ``QVariant.<Type>`` constants (no QVariant in PyQt6) outside plugin/toolbelt/compat.py;
- Qt 5-only modules and classes (QtWebKit, QRegExp, QDesktopWidget, QGLWidget, qApp, ...);
- classes that moved from QtWidgets to QtGui in Qt 6 (QAction, ...) imported from QtWidgets,
  except in the ``except ImportError:`` fallback of a try that imports them from QtGui.

Usage: qt6_check.py [PATH ...]   (default: __init__.py, plugin/, scripts/, tests/)
"""

from __future__ import annotations

import ast
import enum
import functools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PATHS = ("__init__.py", "plugin", "scripts", "tests")
QVARIANT_ALLOWED = {"plugin/toolbelt/compat.py"}  # the one place that picks QVariant or QMetaType
DIRECT_BINDINGS = {"PyQt5", "PyQt6", "sip"}
QT_MODULES = {"QtCore", "QtGui", "QtWidgets", "QtWebKit", "QtWebKitWidgets", "QtOpenGL"}
REMOVED = {  # Qt 5-only module or class -> what to use instead
    "QtWebKit": "QtWebEngine or QDesktopServices.openUrl",
    "QtWebKitWidgets": "QtWebEngineWidgets or QTextBrowser",
    "QRegExp": "QRegularExpression",
    "QRegExpValidator": "QRegularExpressionValidator",
    "QDesktopWidget": "QScreen (QGuiApplication.primaryScreen(), widget.screen())",
    "QGLWidget": "QOpenGLWidget",
    "qApp": "QApplication.instance()",
}
MOVED_TO_QTGUI = {
    "QAction", "QActionGroup", "QShortcut", "QFileSystemModel", "QUndoCommand", "QUndoStack", "QUndoGroup",
}


def _is_enum_type(obj) -> bool:
    return isinstance(obj, type) and (type(obj).__name__ == "enumtype" or issubclass(obj, enum.Enum))


def _binding_modules() -> list:
    from qgis.PyQt import QtCore, QtGui, QtWidgets

    modules = [QtCore, QtGui, QtWidgets]
    try:
        import qgis.core
        import qgis.gui

        modules += [qgis.core, qgis.gui]
    except ImportError:  # PyQt without QGIS: Qt enums only
        pass
    return modules


def class_enum_members(cls) -> dict[str, str]:
    """Unscoped enum member name -> the name of its enum type on ``cls``, for members of ``cls``
    (inherited too) whose scoped form ``cls.EnumType.Member`` resolves in the running bindings.

    The enum type is named as ``cls`` itself names it: QGIS 3.36+ moved many enums to ``Qgis`` and
    kept the old name as an alias (``QgsProcessing.SourceType`` is ``Qgis.ProcessingSourceType``,
    whose old member names such as ``TypeVectorPoint`` remain), so the suggested form is the one
    that also works on older QGIS. Two kinds of bindings are read: sip enums (PyQt5, QGIS's own),
    whose members are attributes of the enclosing class, and Python enums (PyQt6; QGIS 3.36+'s
    moved enums), whose members are listed by the enum type; with PyQt6 the unscoped names do not
    exist at all, and any use of one is flagged."""
    names_of: dict[type, list[str]] = {}  # enum type -> the names it has on cls
    unscoped: dict[str, type] = {}  # unscoped member name -> its enum type
    for name in dir(cls):
        if name[:1] == "_":
            continue
        try:
            value = getattr(cls, name)
        except Exception:  # some sip descriptors raise on class access
            continue
        if isinstance(value, type):
            if _is_enum_type(value):  # (some enum types are lower case: QgsApplication.endian_t)
                names_of.setdefault(value, []).append(name)
        elif name[:1].isupper() and _is_enum_type(type(value)):
            unscoped[name] = type(value)

    def scope_name(etype: type, member: str) -> str | None:
        native = etype.__name__.rsplit(".", 1)[-1]
        names = sorted(names_of.get(etype, ()), key=lambda n: (n != native, len(n), n))
        return next((n for n in names if n != member and hasattr(etype, member)), None)

    members = {}
    for name, etype in unscoped.items():
        ename = scope_name(etype, name)
        if ename:
            members[name] = ename
    for etype in names_of:  # Python enums: their members, where cls has no other attribute of that name
        if issubclass(etype, enum.Enum):
            for name, value in etype.__members__.items():
                if name in members or not name[:1].isupper():
                    continue
                if name in unscoped or not hasattr(cls, name) or getattr(cls, name, None) == value:
                    ename = scope_name(etype, name)
                    if ename:
                        members[name] = ename
    return members


@functools.cache
def enum_table() -> dict[tuple[str, str], str]:
    """(class name, member) -> enum type name, over all classes of the Qt and QGIS modules."""
    table = {}
    for module in _binding_modules():
        for cname in dir(module):
            cls = getattr(module, cname, None)
            if isinstance(cls, type) and not _is_enum_type(cls) and cname != "QVariant":
                for member, ename in class_enum_members(cls).items():
                    table[(cname, member)] = ename
    return table


class Checker(ast.NodeVisitor):
    """Collects findings for one file."""

    def __init__(self, path: str, enums: dict[tuple[str, str], str], allow_qvariant: bool = False):
        self.path, self.enums, self.allow_qvariant = path, enums, allow_qvariant
        self.problems: list[str] = []
        self.except_depth = 0

    def report(self, node: ast.AST, message: str) -> None:
        self.problems.append(f"{self.path}:{node.lineno}: {message}")

    def visit_ExceptHandler(self, node: ast.ExceptHandler) -> None:
        self.except_depth += 1
        self.generic_visit(node)
        self.except_depth -= 1

    def _check_module(self, node: ast.AST, module: str) -> None:
        parts = module.split(".")
        if parts[0] in DIRECT_BINDINGS:
            portable = "qgis.PyQt" + module[len(parts[0]) :] if parts[0] != "sip" else "qgis.PyQt.sip"
            self.report(node, f"import from {module}: use {portable} (QGIS picks PyQt5 or PyQt6)")
        for part in parts:
            if part in REMOVED:
                self.report(node, f"{part} does not exist in Qt 6: use {REMOVED[part]}")

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._check_module(node, alias.name)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        if node.level == 0:
            self._check_module(node, module)
        for alias in node.names:
            if alias.name in REMOVED:
                self.report(node, f"{alias.name} does not exist in Qt 6: use {REMOVED[alias.name]}")
            if alias.name == "sip" and module in ("PyQt5", "PyQt6"):
                continue  # already reported as a direct import
            if module.endswith("QtWidgets") and alias.name in MOVED_TO_QTGUI and not self.except_depth:
                self.report(node, _moved_message(alias.name))

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if node.attr == "exec_":
            self.report(node, "exec_() is Qt 5-only: use exec() (PyQt5 has it too)")
        if isinstance(node.value, ast.Name):
            owner, member = node.value.id, node.attr
            if owner == "QVariant":
                if member[:1].isupper() and not self.allow_qvariant:
                    self.report(
                        node,
                        f"QVariant.{member}: no QVariant in PyQt6; use the field helpers of plugin/toolbelt/compat.py "
                        "(QMetaType.Type from QGIS 3.38, QVariant before)",
                    )
            elif (owner, member) in self.enums:
                scoped = f"{owner}.{self.enums[(owner, member)]}.{member}"
                self.report(node, f"unscoped enum {owner}.{member}: use {scoped}")
            elif owner in QT_MODULES and member in REMOVED:
                self.report(node, f"{owner}.{member} does not exist in Qt 6: use {REMOVED[member]}")
            elif owner == "QtWidgets" and member in MOVED_TO_QTGUI:
                self.report(node, _moved_message(member))
        self.generic_visit(node)


def _moved_message(name: str) -> str:
    return (
        f"{name} is in QtGui in Qt 6 (QtWidgets in Qt 5; qgis.PyQt.QtGui has no {name} on QGIS 3.22): use "
        f"'try: from qgis.PyQt.QtGui import {name}' / 'except ImportError: from qgis.PyQt.QtWidgets import {name}'"
    )


def check_source(source: str, path: str = "<snippet>", allow_qvariant: bool = False) -> list[str]:
    """Findings for Python source text, as ``path:line: message`` strings."""
    checker = Checker(path, enum_table(), allow_qvariant)
    checker.visit(ast.parse(source, filename=path))
    return checker.problems


def python_files(paths) -> list[Path]:
    files = []
    for path in (Path(p) if Path(p).is_absolute() else ROOT / p for p in paths):
        if path.is_dir():
            files += sorted(p for p in path.rglob("*.py") if "__pycache__" not in p.parts)
        elif path.suffix == ".py":
            files.append(path)
    return files


def check_file(path: Path) -> list[str]:
    try:
        shown = path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        shown = str(path)
    return check_source(path.read_text(encoding="utf-8"), shown, allow_qvariant=shown in QVARIANT_ALLOWED)


def main(argv: list[str]) -> int:
    files = python_files(argv or DEFAULT_PATHS)
    problems = [problem for path in files for problem in check_file(path)]
    for problem in problems:
        print(problem)
    print(f"qt6-check: {len(problems)} Qt 5-only idiom(s) in {len(files)} files", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
