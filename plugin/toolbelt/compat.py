"""Small helpers that keep the code valid on QGIS 3 (Qt 5) and QGIS 4 (Qt 6)."""

from qgis.core import Qgis, QgsField


def _field_type(name: str):
    """A field type by name ("Int", "Double", "String"): QMetaType from QGIS 3.38, QVariant before."""
    if Qgis.versionInt() >= 33800:
        from qgis.PyQt.QtCore import QMetaType

        return getattr(QMetaType.Type, "QString" if name == "String" else name)
    from qgis.PyQt.QtCore import QVariant

    return getattr(QVariant, name)


def int_field(name: str) -> QgsField:
    return QgsField(name, _field_type("Int"))


def double_field(name: str) -> QgsField:
    return QgsField(name, _field_type("Double"))


def string_field(name: str) -> QgsField:
    return QgsField(name, _field_type("String"))
