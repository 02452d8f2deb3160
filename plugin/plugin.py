"""The QGIS plugin class: Processing provider, the dock, a toolbar button and a Raster-menu entry."""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon

try:
    from qgis.PyQt.QtGui import QAction  # Qt 6 (QGIS 4)
except ImportError:
    from qgis.PyQt.QtWidgets import QAction  # Qt 5 (QGIS 3)

from .toolbelt.i18n import tr
from .toolbelt.resources import icon_path
from .toolbelt.translation import install_translator, remove_translator


class AptCroplandPlugin:
    """Registers the ``aptcropland`` provider and the "Auto-prompt cropland" dock and action.

    Nothing heavy happens at start-up: the dock (and torch, if installed) load on first use.
    """

    def __init__(self, iface):
        from .core.install.installer import activate
        from .toolbelt.model_store import packages_folder

        activate(packages_folder())  # packages installed by "Install dependencies", if any
        self.translator = install_translator()  # QGIS's locale; None when English or not translated
        self.iface = iface
        self.provider = None
        self.action: QAction | None = None
        self.dock = None
        self.options_factory = None
        self.menu = tr("&APT Cropland")

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
        self.action.setCheckable(True)
        self.action.toggled.connect(self.show_dock)
        self.iface.addToolBarIcon(self.action)
        self.iface.addPluginToRasterMenu(self.menu, self.action)
        from .gui.options_page import AptCroplandOptionsFactory

        self.options_factory = AptCroplandOptionsFactory()
        self.iface.registerOptionsWidgetFactory(self.options_factory)

    def show_dock(self, visible: bool = True) -> None:
        """Show or hide the dock, creating it on first use."""
        if self.dock is None:
            if not visible:
                return
            from .gui.dock import AptCroplandDock

            self.dock = AptCroplandDock(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.visibilityChanged.connect(self._dock_visibility)
        self.dock.setUserVisible(visible)

    def _dock_visibility(self, visible: bool) -> None:
        """Keep the button's checked state in step with the dock (closed with its own X, say)."""
        if self.action is not None and self.dock is not None:
            self.action.blockSignals(True)
            self.action.setChecked(self.dock.isUserVisible())
            self.action.blockSignals(False)

    def unload(self) -> None:
        if self.dock is not None:
            self.dock.shutdown()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.options_factory is not None:
            self.iface.unregisterOptionsWidgetFactory(self.options_factory)
            self.options_factory = None
        if self.action is not None:
            self.iface.removePluginRasterMenu(self.menu, self.action)
            self.iface.removeToolBarIcon(self.action)
            self.action.deleteLater()
            self.action = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None
