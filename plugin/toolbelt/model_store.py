"""Where this QGIS keeps the plugin's models and Python packages, and the proxy it uses.

Shared by the dock, the options page and the Processing algorithm (QGIS-facing, but no widgets).
"""

from __future__ import annotations

from urllib.parse import quote

from qgis.core import QgsApplication, QgsSettings

from ..core.install.installer import dependencies_dir
from ..core.models.catalog import models_dir

FOLDER_KEY = "apt_cropland/models_dir"


def profile_dir() -> str:
    return QgsApplication.qgisSettingsDirPath()


def models_folder() -> str:
    """The model folder: the one chosen in the settings, else ``<profile>/apt_cropland/models``."""
    return QgsSettings().value(FOLDER_KEY, "") or models_dir(profile_dir())


def set_models_folder(folder: str) -> None:
    QgsSettings().setValue(FOLDER_KEY, folder)


def packages_folder() -> str:
    """Where "Install dependencies" puts torch and segment-anything."""
    return dependencies_dir(profile_dir())


def proxy_url() -> str | None:
    """QGIS's HTTP proxy (Settings > Options > Network) as a URL, or None to use the system's."""
    s = QgsSettings()
    enabled = str(s.value("proxy/proxyEnabled", False)).lower() in ("true", "1")
    kind = str(s.value("proxy/proxyType", ""))
    host = str(s.value("proxy/proxyHost", "") or "")
    if not enabled or not host or kind not in ("HttpProxy", "HttpCachingProxy"):
        return None
    user = str(s.value("proxy/proxyUser", "") or "")
    password = str(s.value("proxy/proxyPassword", "") or "")
    credentials = f"{quote(user, safe='')}:{quote(password, safe='')}@" if user else ""  # "/", "@", ":" escaped
    port = str(s.value("proxy/proxyPort", "") or "")
    return f"http://{credentials}{host}{':' + port if port else ''}"
