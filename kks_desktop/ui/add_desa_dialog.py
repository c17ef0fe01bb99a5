"""The "Tambah desa" dialog: pick a desa/kelurahan inside the workspace scope from the official list."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from kks_desktop.bahasa import translate
from kks_desktop.domain.kode_wilayah import KodeWilayah, Level
from kks_desktop.domain.scope import Scope
from kks_desktop.ui.wilayah_picker import WilayahPicker

logger = logging.getLogger(__name__)


class AddDesaDialog(QDialog):
    def __init__(self, scope: Scope | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("add_desa_dialog", "Tambah desa/kelurahan"))
        self.setMinimumWidth(560)
        fixed = scope.kode if scope is not None and scope.kode.level < Level.DESA else None
        self.picker = WilayahPicker(Level.DESA, fixed=fixed)
        hint = QLabel(translate(
            "add_desa_dialog", "Pilih dari daftar, atau ketik/tempel kode desa (mis. 33.25.01.2001). "
            "Nama diambil dari daftar resmi Kemendagri."))
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("add_desa_dialog", "&Tambah"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("add_desa_dialog", "&Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.picker)
        layout.addWidget(self.buttons)
        self.picker.selection_changed.connect(self._selection_changed)
        self._selection_changed(self.picker.selected())
        self.picker.kode_edit.setFocus()

    def _selection_changed(self, kode: KodeWilayah | None) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(kode is not None)

    @classmethod
    def ask(cls, parent: QWidget | None, scope: Scope | None) -> KodeWilayah | None:
        """Show the dialog and return the chosen kode, or None when cancelled."""
        dialog = cls(scope, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.picker.selected() if accepted else None
