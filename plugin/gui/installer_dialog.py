"""Install torch, torchvision, segment-anything and sam2 for QGIS's Python, with pip's output live."""

from __future__ import annotations

import os

from qgis.PyQt.QtCore import QProcess, QProcessEnvironment
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout

from ..core.errors import AptInputError
from ..core.install.installer import InstallStep, find_python, host_constraints, install_steps, torch_index
from ..toolbelt.i18n import tr
from ..toolbelt.model_store import packages_folder


class InstallerDialog(QDialog):
    """Runs pip in a ``QProcess`` (so QGIS stays responsive), shows its output, can cancel it.

    ``command`` (or ``steps``, several pip runs one after the other) replaces the default install.
    """

    def __init__(self, parent=None, command: list[str] | None = None, steps: list[InstallStep] | None = None):
        super().__init__(parent)
        self.setObjectName("AptCroplandInstallerDialog")
        self.setWindowTitle(tr("Install dependencies"))
        self.resize(760, 460)
        layout = QVBoxLayout(self)
        self.info = QLabel()
        self.info.setObjectName("installerInfoLabel")
        self.info.setWordWrap(True)
        self.output = QPlainTextEdit()
        self.output.setObjectName("installerOutput")
        self.output.setReadOnly(True)
        self.output.setFont(QFont("monospace"))
        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton(tr("Install"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setObjectName("installerStartButton")
        self.cancel_button: QPushButton = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("installerCancelButton")
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.info)
        layout.addWidget(self.output, 1)
        layout.addWidget(buttons)
        self.process: QProcess | None = None
        self.succeeded: bool | None = None
        self._cancelled = False
        if steps is None:
            steps = [InstallStep(command, {})] if command else self._default_steps()
        self.steps = steps or []
        self.command = self.steps[0].command if self.steps else None
        self._next = 0

    def _default_steps(self) -> list[InstallStep] | None:
        try:
            python = find_python()
        except AptInputError as exc:
            self.info.setText(str(exc))
            self.start_button.setEnabled(False)
            return None
        index = torch_index()
        build = tr("CUDA (an NVIDIA GPU was found)") if index and "cu" in index.rsplit("/", 1)[-1] else tr("CPU")
        self.info.setText(
            tr("pip will install torch ({0} build), torchvision, segment-anything and sam2 (SAM 2.1, built from "
               "source) into\n{1}\nusing {2} ({3}). This downloads several hundred MB to a few GB.").format(
                build, packages_folder(), python.path, python.reason)
        )
        folder = packages_folder()
        constraints = host_constraints(os.path.join(os.path.dirname(folder), "host-constraints.txt"))
        return install_steps(python.path, folder, index_url=index, constraints=constraints)

    def start(self) -> None:
        """Start pip (the first step, then each next one when the one before succeeds); its output
        streams into the dialog."""
        if not self.steps or self.process is not None:
            return
        self._next, self._cancelled = 0, False
        self._run_step()

    def _run_step(self) -> None:
        step = self.steps[self._next]
        self._next += 1
        extra = " ".join(f"{k}={v}" for k, v in step.env.items())
        self.output.appendPlainText("$ " + (extra + " " if extra else "") + " ".join(step.command))
        self.process = QProcess(self)
        environment = QProcessEnvironment.systemEnvironment()
        for key, value in step.env.items():
            environment.insert(key, value)
        self.process.setProcessEnvironment(environment)
        self.process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.finished.connect(self._finished)
        self.start_button.setEnabled(False)
        self.process.start(step.command[0], step.command[1:])

    def _read(self) -> None:
        data = bytes(self.process.readAllStandardOutput()).decode(errors="replace")
        self.output.insertPlainText(data)
        self.output.ensureCursorVisible()

    def _finished(self, code: int, status) -> None:
        ok = code == 0 and status == QProcess.ExitStatus.NormalExit
        self.process = None
        if ok and self._next < len(self.steps) and not self._cancelled:
            self._run_step()
            return
        self.succeeded = ok
        self.cancel_button.setText(tr("Close"))
        if self.succeeded:
            self.info.setText(tr("Installed. Restart QGIS so that the plugin can use the new packages."))
        else:
            self.info.setText(tr("pip did not finish (exit code {0}); see its output above.").format(code))
            self.start_button.setEnabled(True)

    def cancel(self) -> None:
        """Stop pip if it runs, else close the dialog."""
        if self.process is not None:
            self._cancelled = True
            self.process.kill()
            self.process.waitForFinished(5000)
            self.output.appendPlainText(tr("Cancelled."))
            return
        self.reject()
