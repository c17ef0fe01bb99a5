"""First start: choose what this workspace covers (one desa, kecamatan or kabupaten), or demo data."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.errors import KksError
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.scope import ScopeLevel
from kks_desktop.services.demo import build_demo
from kks_desktop.services.demo_rumah_tangga import tambah_demo_kk
from kks_desktop.services.desa_service import home_scope, start_workspace
from kks_desktop.services.workspace import Workspace
from kks_desktop.ui.dialogs import menunggu, show_error
from kks_desktop.ui.wilayah_picker import WilayahPicker

logger = logging.getLogger(__name__)

DEMO_KABUPATEN = KodeWilayah.parse("33.25")
# The demo's household register: one kecamatan (Wonotunggal, ~25,000 KK, 1–2 s), so the Data
# KK page has something to show without the whole kabupaten's 340,000 KK (~15 s, ~140 MB).
DEMO_KECAMATAN_KK = KodeWilayah.parse("33.25.01")
# The choices' texts are translated where shown (context "first_start").
LEVEL_CHOICES = (
    (ScopeLevel.DESA, QT_TRANSLATE_NOOP("first_start",
                                        "&1  Satu desa/kelurahan (Pokja Desa/Kelurahan Sehat)")),
    (ScopeLevel.KECAMATAN, QT_TRANSLATE_NOOP("first_start",
                                             "&2  Satu kecamatan (Forum Komunikasi Kecamatan Sehat)")),
    (ScopeLevel.KABUPATEN, QT_TRANSLATE_NOOP(
        "first_start", "&3  Satu kabupaten/kota (Tim Pembina dan Forum Kabupaten/Kota Sehat)")),
)


class FirstStartDialog(QDialog):
    """Sets the workspace scope itself; `exec()` is Accepted once the workspace is ready."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(translate("first_start", "Selamat datang di KKS Desktop"))
        self.setMinimumWidth(620)
        intro = QLabel(translate("first_start", "<b>Data ini untuk wilayah mana?</b><br>Pilih sekali "
                                 "saja; daftar desa akan menampilkan desa/kelurahan di wilayah ini."))
        intro.setWordWrap(True)
        self.levels = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for pos, (_level, text) in enumerate(LEVEL_CHOICES):
            radio = QRadioButton(translate("first_start", text))
            self.levels.addButton(radio, pos)
            layout.addWidget(radio)
        self.levels.button(0).setChecked(True)
        self.picker_holder = QVBoxLayout()
        layout.addLayout(self.picker_holder)
        self.picker: WilayahPicker | None = None
        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(translate("first_start", "&Mulai"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.demo_button = QPushButton(translate("first_start", "Muat data &contoh (Kab. Batang)"))
        self.demo_button.setToolTip(translate(
            "first_start", "248 desa/kelurahan Kabupaten Batang dengan angka rekaan, dan data KK "
            "rekaan untuk desa di Kec. Wonotunggal, untuk mencoba program"))
        self.buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(translate("first_start", "&Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.demo_button.clicked.connect(self.load_demo)
        layout.addWidget(self.buttons)
        self.levels.idToggled.connect(self._level_toggled)
        self._build_picker()

    def level(self) -> ScopeLevel:
        return LEVEL_CHOICES[self.levels.checkedId()][0]

    def _level_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._build_picker()

    def _build_picker(self) -> None:
        if self.picker is not None:
            self.picker.setParent(None)
            self.picker.deleteLater()
        self.picker = WilayahPicker(self.level().kode_level)
        self.picker_holder.addWidget(self.picker)
        self.picker.selection_changed.connect(
            lambda kode: self.start_button.setEnabled(kode is not None))
        self.start_button.setEnabled(False)
        self.picker.kode_edit.setFocus()

    def start(self) -> None:
        kode = self.picker.selected() if self.picker else None
        if kode is None:
            return
        try:
            start_workspace(self.workspace, home_scope(self.level(), kode))
        except KksError as exc:
            show_error(self, exc)
            return
        self.accept()

    def load_demo(self) -> None:
        try:
            with menunggu():
                build_demo(self.workspace, DEMO_KABUPATEN)
                tambah_demo_kk(self.workspace, DEMO_KECAMATAN_KK)
        except KksError as exc:
            show_error(self, exc)
            return
        self.accept()
