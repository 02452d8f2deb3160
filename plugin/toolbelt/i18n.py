"""Translation of user-facing strings (Qt Linguist contexts).

One function and one context, "AptCropland", for every string: the QGIS-facing code calls
:func:`tr` directly, and the core (which must not import Qt) gets it as its translator hook when
this module is imported. ``scripts/i18n_update.py`` collects the literals into ``i18n/*.ts``;
``plugin/toolbelt/translation.py`` loads the compiled ``.qm`` for QGIS's locale.
"""

from qgis.PyQt.QtCore import QCoreApplication

from ..core.i18n import set_translator

CONTEXT = "AptCropland"


def tr(text: str, context: str = CONTEXT) -> str:
    """Translate ``text`` in the plugin's context."""
    return QCoreApplication.translate(context, text)


set_translator(tr)  # core messages (errors, tile notes, progress) share the context above
