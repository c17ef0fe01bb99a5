"""Pengaturan's language box: the language of the program's texts, used from the next start."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QVBoxLayout

from kks_desktop import bahasa
from kks_desktop.bahasa import translate
from kks_desktop.ui.bahasa_qt import bahasa_tersimpan, simpan_bahasa


class PengaturanBahasa(QGroupBox):
    """A choice of the languages in `bahasa.BAHASA`, each in its own name; saved for this
    computer at once and reported through `saved(text)`. Excel workbooks, printouts and the
    command line stay Indonesian whatever is chosen."""

    def __init__(self, saved: Callable[[str], None]) -> None:
        super().__init__(translate("pengaturan_bahasa", "Bahasa / Language"))
        self.saved = saved
        self.combo = QComboBox()
        self.combo.setAccessibleName(translate("pengaturan_bahasa", "Bahasa tampilan"))
        for kode, nama in bahasa.BAHASA.items():
            self.combo.addItem(nama, kode)
        self.combo.setCurrentIndex(max(0, self.combo.findData(bahasa_tersimpan())))
        self.combo.currentIndexChanged.connect(self._chosen)
        note = QLabel(translate(
            "pengaturan_bahasa", "Bahasa tampilan program ini berganti setelah program ditutup "
            "dan dibuka lagi. Buku kerja Excel dan cetakan tetap berbahasa Indonesia."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f6b76;")
        label = QLabel(translate("pengaturan_bahasa", "Bahasa &tampilan:"))
        label.setBuddy(self.combo)  # Alt+T reaches the choice from the keyboard
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(note)

    def _chosen(self, _index: int) -> None:
        kode = str(self.combo.currentData())
        simpan_bahasa(kode)
        self.saved(translate("pengaturan_bahasa", "Bahasa {bahasa} dipakai mulai program dibuka "
                             "lagi.").format(bahasa=bahasa.BAHASA[kode]))
