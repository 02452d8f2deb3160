"""The dock's model set-up: the packages SAM needs (and their install), the checkpoint chosen (what
it is, or why it cannot be used), the model manager. A mixin of the dock: it reads and sets the
dock's ``form``, ``missing``, ``checkpoint_error`` and ``family_missing``, then ``refresh()``es it."""

from __future__ import annotations

import os

from ..core.errors import AptInputError
from ..core.install.dependencies import install_hint, missing_dependencies
from ..toolbelt.i18n import tr


class ModelSetup:
    """Dependencies, checkpoint and model manager, for :class:`AptCroplandDock`."""

    def _show_dependency_state(self) -> None:
        label = self.form.dependency_label
        label.setVisible(bool(self.missing))
        self.form.install_button.setVisible(bool(self.missing))
        if self.missing:
            label.setText(install_hint(self.missing))
            label.setStyleSheet("color: #a33; font-weight: bold;")
            self.form.device_info_label.setText(tr("torch is not installed"))
        else:
            from ..core.models.sam_engine import describe_devices, recommendation

            self.form.device_info_label.setText(describe_devices() + "\n" + recommendation())
        self.refresh()

    def install_dependencies(self) -> None:
        """Install torch, torchvision and segment-anything for QGIS's Python (a dialog runs pip)."""
        from ..core.install.installer import activate
        from ..toolbelt.model_store import packages_folder
        from .installer_dialog import InstallerDialog

        InstallerDialog(self).exec()
        activate(packages_folder())
        self.missing = missing_dependencies()
        self._show_dependency_state()
        self._checkpoint_changed(self.form.checkpoint_widget.filePath())

    def open_model_manager(self) -> None:
        """Download or add SAM models; the one chosen becomes the checkpoint."""
        from .model_manager import ModelManagerDialog

        dialog = ModelManagerDialog(self)
        dialog.manager.modelChosen.connect(self.form.checkpoint_widget.setFilePath)
        dialog.exec()

    def _checkpoint_changed(self, path: str) -> None:
        label = self.form.model_info_label
        self.checkpoint_error, self.family_missing = None, []
        label.setStyleSheet("")
        try:
            if not path:
                label.setText(tr("Choose a SAM checkpoint (.pth), e.g. sam_vit_b_01ec64.pth"))
                return
            if self.missing:
                label.setText("")
                return
            from ..core.models.checkpoint import describe_checkpoint

            try:
                arch, n_params = describe_checkpoint(path)
            except AptInputError as exc:
                self.checkpoint_error = str(exc)
                label.setText(str(exc))
                label.setStyleSheet("color: #a33;")
                return
            from ..core.models.local_models import model_size

            size_mb = model_size(path) / 2**20  # a SAM 3 folder: its files together
            label.setText(tr("{0} - {1:.1f} M parameters - {2:.0f} MB").format(arch.variant, n_params / 1e6, size_mb))
            self._offer_sam2_install(arch, path)
        finally:
            self.refresh()

    def _offer_sam2_install(self, arch, path: str) -> None:
        """A SAM 2 (HQ-SAM) checkpoint without the sam2 (segment-anything-hq) package: say so and offer the install."""
        from ..core.models.families import family

        model_family = family(arch.family)
        self.family_missing = list(model_family.missing())
        if self.family_missing:
            self.form.dependency_label.setText(
                model_family.install_hint(os.path.basename(path), arch.variant, self.family_missing))
            self.form.dependency_label.setStyleSheet("color: #a33; font-weight: bold;")
        for widget in (self.form.dependency_label, self.form.install_button):
            widget.setVisible(bool(self.family_missing))
