"""The QGIS plugin class: Processing provider, toolbar button and Raster-menu entry."""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .i18n import tr
from .resources import icon_path

MENU = "&APT Cropland"


class AptCroplandPlugin:
    """Registers the ``aptcropland`` provider and the "Auto-prompt cropland" action."""

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.action: QAction | None = None

    def initProcessing(self) -> None:
        """Register the Processing provider (also called headless, e.g. by qgis_process)."""
        from .processing.provider import AptCroplandProvider

        if self.provider is None:
            self.provider = AptCroplandProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:
        self.initProcessing()
        self.action = QAction(QIcon(icon_path()), tr("Auto-prompt cropland"), self.iface.mainWindow())
        self.action.setObjectName("aptCroplandAction")
        self.action.setToolTip(tr("Map cropland with SAM prompted by a global land cover product"))
        self.action.triggered.connect(self.open_autoprompt)
        self.iface.addToolBarIcon(self.action)
        self.iface.addPluginToRasterMenu(tr(MENU), self.action)

    def open_autoprompt(self) -> None:
        """Open the Auto-prompt cropland algorithm dialog."""
        from processing import execAlgorithmDialog

        execAlgorithmDialog("aptcropland:autoprompt")

    def unload(self) -> None:
        if self.action is not None:
            self.iface.removePluginRasterMenu(tr(MENU), self.action)
            self.iface.removeToolBarIcon(self.action)
            self.action.deleteLater()
            self.action = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
