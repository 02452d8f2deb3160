"""scripts/qt6_check.py: each Qt 5-only idiom is flagged with its fix, the portable forms are not."""

from __future__ import annotations

import enum
import textwrap

import pytest
import qt6_check

ROOT_FILES = qt6_check.ROOT


def check(source: str, **kwargs) -> list[str]:
    return qt6_check.check_source(textwrap.dedent(source), "snippet.py", **kwargs)


def binding(name: str):
    """A class of the running Qt or QGIS bindings by name."""
    for module in qt6_check._binding_modules():
        if hasattr(module, name):
            return getattr(module, name)
    raise LookupError(name)


def resolve(dotted: str):
    """``Owner.Enum.Member`` evaluated in the running bindings."""
    owner, *attrs = dotted.split(".")
    obj = binding(owner)
    for attr in attrs:
        obj = getattr(obj, attr)
    return obj


def as_int(value) -> int:
    return value.value if isinstance(value, enum.Enum) else int(value)


@pytest.mark.parametrize(
    "source, expected",
    [
        ("from PyQt5.QtCore import Qt", "use qgis.PyQt.QtCore"),
        ("from PyQt6.QtWidgets import QWidget", "use qgis.PyQt.QtWidgets"),
        ("import PyQt5.QtGui", "use qgis.PyQt.QtGui"),
        ("import sip", "use qgis.PyQt.sip"),
        ("from PyQt5 import sip", "import from PyQt5: use qgis.PyQt "),
        ("dialog.exec_()", "use exec()"),
        ("QApplication.exec_()", "use exec()"),
        ("x = Qt.AlignLeft", "use Qt.AlignmentFlag.AlignLeft"),
        ("if e.button() == Qt.LeftButton: pass", "use Qt.MouseButton.LeftButton"),
        ("answer == QMessageBox.Yes", "use QMessageBox.StandardButton.Yes"),
        ("t == QEvent.MouseButtonPress", "use QEvent.Type.MouseButtonPress"),
        ("box.button(QDialogButtonBox.Ok)", "use QDialogButtonBox.StandardButton.Ok"),
        ("QSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)", "use QSizePolicy.Policy.Expanding"),
        ("dock.setFeatures(QgsDockWidget.DockWidgetClosable)", "use QgsDockWidget.DockWidgetFeature"),  # inherited
        ("QgsProcessingParameterNumber.Integer", "use QgsProcessingParameterNumber.Type.Integer"),
        ("[QgsProcessing.TypeVectorPoint]", "use QgsProcessing.SourceType.TypeVectorPoint"),
        ("push(msg, level=Qgis.Warning)", "use Qgis.MessageLevel.Warning"),
        ("QgsField('n', QVariant.Int)", "QVariant.Int: no QVariant in PyQt6"),
        ("QVariant.Type.Double", "QVariant.Type: no QVariant in PyQt6"),
        ("from qgis.PyQt.QtCore import QRegExp", "use QRegularExpression"),
        ("QtCore.QRegExp('a+')", "use QRegularExpression"),
        ("from qgis.PyQt.QtWidgets import QDesktopWidget", "QDesktopWidget does not exist in Qt 6"),
        ("from qgis.PyQt.QtOpenGL import QGLWidget", "use QOpenGLWidget"),
        ("from qgis.PyQt.QtWebKitWidgets import QWebView", "QtWebKitWidgets does not exist in Qt 6"),
        ("from qgis.PyQt.QtWidgets import qApp", "use QApplication.instance()"),
        ("from qgis.PyQt.QtWidgets import QAction, QMenu", "QAction is in QtGui in Qt 6"),
        ("from qgis.PyQt.QtWidgets import QShortcut", "QShortcut is in QtGui in Qt 6"),
        ("a = QtWidgets.QAction('x')", "QAction is in QtGui in Qt 6"),
    ],
)
def test_each_qt5_only_idiom_is_flagged_with_its_fix(source, expected):
    problems = check(source)
    assert len(problems) >= 1, source
    assert problems[0].startswith("snippet.py:1: ")
    assert any(expected in p for p in problems), problems


GOOD = """
    from qgis.core import Qgis, QgsProcessing, QgsProcessingParameterNumber, QgsWkbTypes
    from qgis.PyQt import sip
    from qgis.PyQt.QtCore import QEvent, QMetaType, Qt, pyqtSignal
    from qgis.PyQt.QtWidgets import QDialogButtonBox, QMessageBox, QSizePolicy, QWidget

    try:
        from qgis.PyQt.QtGui import QAction
    except ImportError:
        from qgis.PyQt.QtWidgets import QAction

    class Thing(QWidget):
        changed = pyqtSignal(int)

        def exec_(self):  # defining a method called exec_ is not a Qt call
            return self.dialog.exec()

    align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    button = Qt.MouseButton.LeftButton
    answer = QMessageBox.StandardButton.Yes
    event = QEvent.Type.MouseButtonPress
    ok = QDialogButtonBox.StandardButton.Ok
    policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    kind = QgsProcessingParameterNumber.Type.Integer
    source = [QgsProcessing.SourceType.TypeVectorPoint]
    level = Qgis.MessageLevel.Warning
    geometry = QgsWkbTypes.GeometryType.PolygonGeometry
    field_type = QMetaType.Type.Int
    alignment_type = Qt.AlignmentFlag  # the enum type itself
    Qt.AlignmentFlag.AlignLeft.name if hasattr(Qt.AlignmentFlag.AlignLeft, "name") else None
    version = Qgis.QGIS_VERSION_INT  # a constant, not an enum member
    sip.isdeleted(QWidget())
    text = "Qt.AlignLeft and QVariant.Int in a string are fine"
    other.AlignLeft  # not a Qt or QGIS class
"""


def test_the_portable_forms_are_not_flagged():
    assert check(GOOD) == []


def test_qvariant_is_allowed_only_in_the_compat_module():
    assert check("QVariant.Int", allow_qvariant=True) == []
    assert check("QVariant.Int")


# Unscoped members whose enums QGIS moved or renamed between 3.22 and 3.40 (QgsProcessing.SourceType
# is Qgis.ProcessingSourceType from 3.36, under its old name too), and Qt ones for comparison.
UNSCOPED = [
    ("QgsProcessing", "TypeVectorPoint"),
    ("QgsProcessingParameterNumber", "Integer"),
    ("QgsWkbTypes", "PolygonGeometry"),
    ("QgsDockWidget", "DockWidgetClosable"),  # inherited from QDockWidget
    ("Qgis", "Warning"),
    ("Qt", "AlignLeft"),
    ("QMessageBox", "Yes"),
]


@pytest.mark.parametrize("owner, member", UNSCOPED)
def test_unscoped_enums_are_flagged_with_a_form_that_resolves_in_the_running_bindings(owner, member):
    cls = binding(owner)
    nested = [getattr(cls, n) for n in dir(cls) if n[:1] != "_" and qt6_check._is_enum_type(getattr(cls, n, None))]
    if not hasattr(cls, member) and not any(member in getattr(e, "__members__", ()) for e in nested):
        pytest.skip(f"{owner}.{member} is not in these bindings")
    problems = check(f"x = {owner}.{member}")
    assert len(problems) == 1, problems
    scoped = problems[0].rsplit(": use ", 1)[1]
    scope_owner, enum_name, scoped_member = scoped.split(".")
    assert (scope_owner, scoped_member) == (owner, member)
    assert qt6_check._is_enum_type(getattr(cls, enum_name))  # the enum type, named as the class names it
    if hasattr(cls, member):  # the same value both ways
        assert as_int(resolve(scoped)) == as_int(getattr(cls, member))
        assert getattr(cls, enum_name) is type(getattr(cls, member))


# The scoped forms the plugin uses (and the check suggests): they must work on every QGIS of the
# matrix (make test-qgis QGIS=3.40 / 3.44) as on 3.22.
PORTABLE = [
    "Qt.AlignmentFlag.AlignLeft",
    "Qt.MouseButton.LeftButton",
    "QMessageBox.StandardButton.Yes",
    "QEvent.Type.MouseButtonPress",
    "QDialogButtonBox.StandardButton.Ok",
    "QSizePolicy.Policy.Expanding",
    "QgsDockWidget.DockWidgetFeature.DockWidgetClosable",
    "QgsProcessingParameterNumber.Type.Integer",
    "QgsProcessingParameterNumber.Type.Double",
    "QgsProcessing.SourceType.TypeVectorPoint",
    "QgsProcessing.SourceType.TypeVectorPolygon",
    "QgsWkbTypes.GeometryType.PolygonGeometry",
    "Qgis.MessageLevel.Warning",
]


@pytest.mark.parametrize("scoped", PORTABLE)
def test_the_portable_scoped_forms_resolve_in_the_running_bindings(scoped):
    assert resolve(scoped) is not None
    assert check(f"x = {scoped}") == []


def test_qt_enum_members_come_from_the_running_bindings():
    table = qt6_check.enum_table()
    assert table[("Qt", "AlignLeft")] == "AlignmentFlag"
    assert table[("QSizePolicy", "Expanding")] == "Policy"
    for owner, member in UNSCOPED:
        cls = binding(owner)
        if hasattr(cls, member):  # listed, under a scoped form that gives the same value
            assert as_int(getattr(getattr(cls, table[(owner, member)]), member)) == as_int(getattr(cls, member))
    assert ("Qt", "AlignmentFlag") not in table  # enum types are not members
    assert not any(cls == "QVariant" for cls, _ in table)  # reported by the QVariant rule instead


def test_one_finding_per_line_and_file_line_format(tmp_path):
    path = tmp_path / "bad.py"
    path.write_text("from qgis.PyQt.QtCore import Qt\n\nx = Qt.AlignLeft\ny = d.exec_()\n", encoding="utf-8")
    problems = qt6_check.check_file(path)
    assert [p.split(": ", 1)[0] for p in problems] == [f"{path}:3", f"{path}:4"]


def test_main_exit_status(tmp_path, capsys):
    good, bad = tmp_path / "good.py", tmp_path / "bad.py"
    good.write_text("from qgis.PyQt.QtCore import Qt\nQt.AlignmentFlag.AlignLeft\n", encoding="utf-8")
    bad.write_text("import sip\n", encoding="utf-8")
    assert qt6_check.main([str(good)]) == 0
    assert qt6_check.main([str(tmp_path)]) == 1
    assert f"{bad}:1: import from sip" in capsys.readouterr().out


def test_the_default_paths_are_the_plugin_scripts_and_tests():
    files = {p.relative_to(ROOT_FILES).as_posix() for p in qt6_check.python_files(qt6_check.DEFAULT_PATHS)}
    assert {"__init__.py", "plugin/plugin.py", "scripts/qt6_check.py", "tests/unit/test_qt6_check.py"} <= files
    assert not any("__pycache__" in f or f.startswith((".venv", "build")) for f in files)
