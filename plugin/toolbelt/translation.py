"""The plugin's translation for QGIS's locale: ``i18n/apt_cropland_<locale>.qm`` on a QTranslator.

QGIS picks its interface language from its settings: ``locale/userLocale`` when
``locale/overrideFlag`` is set (Settings > Options > General > Override system locale), the
system locale otherwise. The plugin follows the same rule, so it speaks the language QGIS speaks,
in the desktop application and under ``qgis_process`` alike.
"""

from __future__ import annotations

import os

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

I18N_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "i18n")
PREFIX = "apt_cropland_"


def _flag(value) -> bool:
    return value is True or str(value).strip().lower() in ("true", "1", "yes")


def qgis_locale() -> str:
    """The locale QGIS translates its interface into, e.g. ``zh_CN``, ``pt_BR`` or ``zh-Hans``."""
    settings = QgsSettings()
    if _flag(settings.value("locale/overrideFlag", False)):
        chosen = str(settings.value("locale/userLocale", "") or "").strip()
        if chosen:
            return chosen
    return QLocale.system().name()


def candidates(locale: str) -> list[str]:
    """File suffixes to try for a locale, most specific first: ``pt_BR`` then ``pt``.

    QGIS writes some locales with a script (``zh-Hans``): Qt's own reading of the name
    (``zh_CN``) is tried too.
    """
    raw = (locale or "").strip().replace("-", "_")
    if not raw or raw in ("C", "POSIX"):
        return []
    names = [raw]
    resolved = QLocale(raw).name()
    if resolved and resolved != "C" and resolved.split("_")[0] == raw.split("_")[0]:
        names.append(resolved)
    names.append(raw.split("_")[0])
    return list(dict.fromkeys(names))


def translation_file(locale: str | None = None, folder: str | None = None) -> str | None:
    """The ``.qm`` file for ``locale`` (default: QGIS's), or None when the plugin has none."""
    folder = folder or I18N_DIR
    for name in candidates(qgis_locale() if locale is None else locale):
        path = os.path.join(folder, f"{PREFIX}{name}.qm")
        if os.path.isfile(path):
            return path
    return None


def install_translator(locale: str | None = None, folder: str | None = None) -> QTranslator | None:
    """Load and install the translation for QGIS's locale; returns the translator (keep it), or None.

    Without a translation for the locale (English, or a language not translated yet) nothing is
    installed and the plugin speaks English.
    """
    path = translation_file(locale, folder)
    if path is None:
        return None
    translator = QTranslator()
    if not translator.load(path):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator: QTranslator | None) -> None:
    """Undo :func:`install_translator` (when the plugin unloads)."""
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
