"""The model manager: official SAM checkpoints to download (resumable, verified) or files to add
(both in background tasks, see model_tasks). A gated model (SAM 3, under Meta's licence on Hugging
Face) is never downloaded: the manager says where to get it and adds the folder from disk."""

from __future__ import annotations

import html
import os

from qgis.core import QgsApplication
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.models.catalog import DEFAULT_MODEL, OFFICIAL_MODELS, gated_hint, installed_models
from ..toolbelt.i18n import tr
from ..toolbelt.model_store import models_folder, set_models_folder
from .model_tasks import AddModelTask, DownloadTask

COLUMNS = ("model", "size", "status")


class ModelManager(QWidget):
    """Lists official and installed models; downloads, adds and picks them."""

    modelChosen = pyqtSignal(str)  # noqa: N815 (Qt signal naming)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("AptCroplandModelManager")
        self.task: DownloadTask | AddModelTask | None = None  # one at a time
        layout = QVBoxLayout(self)
        folder_row = QHBoxLayout()
        self.folder_widget = QgsFileWidget()
        self.folder_widget.setObjectName("modelsFolderWidget")
        self.folder_widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.folder_widget.setFilePath(models_folder())
        self.folder_widget.fileChanged.connect(self._folder_changed)
        folder_row.addWidget(QLabel(tr("Model folder")))
        folder_row.addWidget(self.folder_widget, 1)
        layout.addLayout(folder_row)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("modelsTable")
        self.table.setHorizontalHeaderLabels([tr("Model"), tr("Size"), tr("Installed")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        self.progress = QProgressBar()
        self.progress.setObjectName("modelsProgress")
        self.status = QLabel()
        self.status.setObjectName("modelsStatus")
        self.status.setWordWrap(True)
        self.gated_link = QLabel()  # the page of a gated model (SAM 3), shown while it is selected
        self.gated_link.setObjectName("modelsGatedLink")
        self.gated_link.setTextFormat(Qt.TextFormat.RichText)
        self.gated_link.setOpenExternalLinks(True)
        self.gated_link.setVisible(False)
        buttons = QHBoxLayout()
        self.download_button = self._button("downloadModelButton", tr("Download"), self.download_selected, buttons)
        self.cancel_button = self._button("cancelDownloadButton", tr("Cancel"), self.cancel, buttons)
        self.add_button = self._button("addModelFileButton", tr("Add a file on disk..."), self.add_file, buttons)
        self.use_button = self._button("useModelButton", tr("Use selected"), self.use_selected, buttons)
        self.cancel_button.setEnabled(False)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.gated_link)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.refresh()

    def _button(self, name: str, text: str, slot, row) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    @property
    def folder(self) -> str:
        return self.folder_widget.filePath() or models_folder()

    def _folder_changed(self, path: str) -> None:
        if path:
            set_models_folder(path)
        self.refresh()

    def refresh(self) -> None:
        """Official models (installed or not) and any other checkpoint found in the folder."""
        installed = {os.path.basename(m.path): m for m in installed_models(self.folder)}
        rows = []
        for model in OFFICIAL_MODELS.values():
            found = installed.pop(model.filename, None)
            label = model.name + (tr(" (default)") if model.name == DEFAULT_MODEL else "")
            state = tr("yes - {0}").format(found.variant) if found else tr("no")
            if model.gated and not found:
                state = tr("no - licence to accept on Hugging Face, then add it from disk")
            rows.append((label, model.size_bytes, state, model.name, found.path if found else None))
        for name, found in installed.items():
            rows.append((name, found.size_bytes, tr("yes - {0}").format(found.variant), None, found.path))
        self.table.setRowCount(len(rows))
        self._rows = rows
        for r, (label, size, state, key, path) in enumerate(rows):
            gated = key is not None and OFFICIAL_MODELS[key].gated and path is None
            size_text = tr("about {0:,.0f} MB") if gated else tr("{0:,.0f} MB")
            for c, text in enumerate((label, size_text.format(size / 2**20), state)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        if self.table.currentRow() < 0 and rows:
            self.table.selectRow(0)
        self._selection_changed()

    def _gated_selected(self):
        """The selected official model if it is gated and not installed (None otherwise)."""
        selected = self._selected()
        if selected is None or selected[3] is None or selected[4] is not None:
            return None
        model = OFFICIAL_MODELS[selected[3]]
        return model if model.gated else None

    def _selection_changed(self) -> None:
        """A gated model cannot be downloaded: say where to get it and how to add it."""
        model = self._gated_selected()
        self.gated_link.setVisible(model is not None)
        if self.task is None:
            self.download_button.setEnabled(model is None)
        if model is not None:
            self.status.setText(gated_hint(model))
            url = html.escape(model.url)
            self.gated_link.setText(f'<a href="{url}">{url}</a>')

    def _selected(self):
        row = self.table.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def download_selected(self) -> bool:
        """Download the selected official model in a background task."""
        selected = self._selected()
        if selected is None or selected[3] is None or self.task is not None:
            return False
        model = OFFICIAL_MODELS[selected[3]]
        if model.gated:  # the licence is the analyst's to accept: never downloaded here
            self.status.setText(gated_hint(model))
            return False
        self._start(DownloadTask(model, self.folder, self._downloaded),
                    tr("Downloading {0} ({1:,.0f} MB)...").format(model.filename, model.size_bytes / 2**20))
        return True

    def _start(self, task, text: str) -> None:
        self.task = task
        task.progressChanged.connect(self._progress)  # a method: the link goes with the widget
        self.progress.setValue(0)
        self.status.setText(text)
        self._busy(True)
        QgsApplication.taskManager().addTask(task)

    def _progress(self, percent: float) -> None:
        self.progress.setValue(int(percent))

    def _busy(self, busy: bool) -> None:
        self.download_button.setEnabled(not busy and self._gated_selected() is None)
        self.add_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _downloaded(self, path: str | None, error: str) -> None:
        self.task = None
        self._busy(False)
        self.status.setText(tr("Installed and verified: {0}").format(path) if path else error)
        self.refresh()
        if path:
            self.modelChosen.emit(path)

    def add_file(self, checked: bool = False, path: str | None = None) -> bool:
        """Check a checkpoint file (for offline machines), or a SAM 3 folder (the folder, its config.json or
        its model.safetensors), and copy it into the model folder, in a background task (False when none
        was started)."""
        if self.task is not None:
            return False
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, tr("SAM checkpoint, or a SAM 3 folder's config.json or model.safetensors"), "",
                tr("SAM models (*.pth *.pt *.safetensors config.json);;All files (*)"))
        if not path:
            return False
        self._start(AddModelTask(path, self.folder, self._added), tr("Checking and copying {0}...").format(path))
        return True

    def _added(self, path: str | None, error: str) -> None:
        self.task = None
        self._busy(False)
        if path is None:
            self.status.setText(error)
            return
        self.progress.setValue(100)
        self.status.setText(tr("Added and verified: {0}").format(path))
        self.refresh()
        self.modelChosen.emit(path)

    def use_selected(self) -> None:
        selected = self._selected()
        if selected is not None and selected[4]:
            self.modelChosen.emit(selected[4])


class ModelManagerDialog(QDialog):
    """The model manager in a dialog, opened from the dock."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("SAM models"))
        self.resize(640, 360)
        layout = QVBoxLayout(self)
        self.manager = ModelManager(self)
        layout.addWidget(self.manager)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
