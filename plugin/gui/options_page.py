"""A page in QGIS's Settings > Options: the model folder and manager, and the dependencies."""

from __future__ import annotations

from qgis.gui import QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QLabel, QPushButton, QVBoxLayout

from ..core.install.dependencies import install_hint, missing_dependencies
from ..toolbelt.i18n import tr
from ..toolbelt.resources import icon_path
from .model_manager import ModelManager


class AptCroplandOptionsPage(QgsOptionsPageWidget):
    """Models (folder, download, add) and the Python packages SAM needs."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("AptCroplandOptionsPage")
        layout = QVBoxLayout(self)
        missing = missing_dependencies()
        self.dependencies_label = QLabel(install_hint(missing) if missing else tr("torch, torchvision and "
                                                                                 "segment-anything are installed."))
        self.dependencies_label.setObjectName("optionsDependenciesLabel")
        self.dependencies_label.setWordWrap(True)
        install = QPushButton(tr("Install dependencies..."))
        install.setObjectName("optionsInstallButton")
        install.clicked.connect(self._install)
        self.models = ModelManager(self)
        layout.addWidget(self.dependencies_label)
        layout.addWidget(install)
        layout.addWidget(self.models, 1)

    def _install(self) -> None:
        from .installer_dialog import InstallerDialog

        InstallerDialog(self).exec()

    def apply(self) -> None:
        """Nothing to apply: the model folder is saved as soon as it is changed."""


class AptCroplandOptionsFactory(QgsOptionsWidgetFactory):
    """Adds the "APT Cropland" page to QGIS's options dialog."""

    def __init__(self):
        super().__init__(tr("APT Cropland"), QIcon(icon_path()))

    def createWidget(self, parent=None):
        return AptCroplandOptionsPage(parent)
