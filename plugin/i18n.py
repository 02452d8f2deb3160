"""Translation of user-facing strings (Qt Linguist contexts)."""

from qgis.PyQt.QtCore import QCoreApplication

CONTEXT = "AptCropland"


def tr(text: str, context: str = CONTEXT) -> str:
    """Translate ``text`` in the plugin's context."""
    return QCoreApplication.translate(context, text)
