"""Translation hook for the core's messages, without importing qgis or Qt.

Every message of ``plugin.core`` that reaches the analyst goes through :func:`tr`. By default it
returns the English text unchanged (tests, scripts, plain Python); the plugin installs Qt's
translator with :func:`set_translator` (see ``plugin/toolbelt/i18n.py``), so core and QGIS-facing strings
share one Qt Linguist context. Values go in after translation, through named placeholders::

    tr("Tile {index}/{count}").format(index=i, count=n)

The literal is the translation key: ``scripts/i18n_update.py`` collects it, so it must be a plain
string literal (never an f-string or a variable).
"""

from __future__ import annotations

from typing import Callable, Optional

_translator: Optional[Callable[[str], str]] = None


def tr(text: str) -> str:
    """``text`` translated by the installed translator (unchanged when there is none)."""
    translator = _translator
    if translator is None:
        return text
    translated = translator(text)
    return translated if translated else text


def set_translator(translator: Optional[Callable[[str], str]]) -> None:
    """Install the function that translates core messages (``None``: messages stay in English)."""
    global _translator
    _translator = translator
