"""Pengaturan's boxes for backups (the rotation and the warning age) and the user name of the history."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.services import cadangan
from kks_desktop.services.pengaturan import NAMA_PENGGUNA_MAKS, nama_pengguna, set_nama_pengguna
from kks_desktop.ui.session import UiSession

logger = logging.getLogger(__name__)

# Setting key -> (label, unit shown after the number, what it was saved as); translated where
# shown (context "pengaturan_cadangan").
_NUMBERS = {
    cadangan.SIMPAN_HARIAN_KEY: (
        QT_TRANSLATE_NOOP("pengaturan_cadangan", "Cadangan &harian disimpan:"),
        QT_TRANSLATE_NOOP("pengaturan_cadangan", " hari terakhir"),
        QT_TRANSLATE_NOOP("pengaturan_cadangan", "cadangan harian disimpan {n} hari")),
    cadangan.SIMPAN_BULANAN_KEY: (
        QT_TRANSLATE_NOOP("pengaturan_cadangan", "Cadangan &bulanan disimpan:"),
        QT_TRANSLATE_NOOP("pengaturan_cadangan", " bulan terakhir"),
        QT_TRANSLATE_NOOP("pengaturan_cadangan", "satu cadangan per bulan disimpan {n} bulan")),
    cadangan.PERINGATAN_KEY: (
        QT_TRANSLATE_NOOP("pengaturan_cadangan", "&Peringatan bila cadangan terakhir lebih dari:"),
        QT_TRANSLATE_NOOP("pengaturan_cadangan", " hari"),
        QT_TRANSLATE_NOOP("pengaturan_cadangan", "peringatan setelah {n} hari tanpa cadangan")),
}


def hint(text: str) -> QLabel:
    """A grey explanatory line under a setting."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #5f6b76;")
    return label


class PengaturanCadangan:
    """Builds the two boxes; each change is saved at once and reported through `saved(text)`."""

    def __init__(self, session: UiSession, saved: Callable[[str], None]) -> None:
        self.session = session
        self.saved = saved
        self.spins: dict[str, QSpinBox] = {}
        self.backup_box = QGroupBox(translate("pengaturan_cadangan", "Cadangan otomatis"))
        layout = QVBoxLayout(self.backup_box)
        layout.addWidget(hint(translate(
            "pengaturan_cadangan", "Setiap hari, saat program dibuka, data dicadangkan ke folder "
            "“cadangan” di samping berkas data. Cadangan harian yang lebih lama dihapus, kecuali "
            "satu per bulan. Cadangan yang Anda buat sendiri tidak pernah dihapus.")))
        form = QFormLayout()
        for key, (label, unit, _said) in _NUMBERS.items():
            _default, low, high = cadangan.batas_angka(key)
            spin = QSpinBox()
            spin.setRange(low, high)
            spin.setSuffix(translate("pengaturan_cadangan", unit))
            if low == 0:
                spin.setSpecialValueText(translate("pengaturan_cadangan", "tidak disimpan"))
            spin.valueChanged.connect(lambda value, k=key: self._number_changed(k, value))
            caption = QLabel(translate("pengaturan_cadangan", label))
            caption.setBuddy(spin)
            form.addRow(caption, spin)
            self.spins[key] = spin
        layout.addLayout(form)

        self.name_box = QGroupBox(translate("pengaturan_cadangan", "Nama pengguna"))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(NAMA_PENGGUNA_MAKS)
        self.name_edit.setPlaceholderText(translate("pengaturan_cadangan",
                                                    "mis. Siti Aminah (Sekretaris Pokja)"))
        self.name_edit.setAccessibleName(translate("pengaturan_cadangan", "Nama pengguna"))
        self.name_edit.returnPressed.connect(self.save_name)
        self.name_button = QPushButton(translate("pengaturan_cadangan", "Simpan &nama"))
        self.name_button.clicked.connect(self.save_name)
        row = QHBoxLayout()
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.name_button)
        name_layout = QVBoxLayout(self.name_box)
        name_layout.addLayout(row)
        name_layout.addWidget(hint(translate(
            "pengaturan_cadangan", "Nama ini dicatat di riwayat perubahan sebagai orang yang "
            "melakukan setiap perubahan (menambah, mengubah, menghapus). Bila laptop dipakai "
            "bergantian, ganti nama sebelum mulai bekerja. Kosongkan bila tidak perlu.")))
        self.load()

    def load(self) -> None:
        """Show what is stored (without saving)."""
        ws = self.session.workspace
        for key, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(cadangan.angka(ws, key))
            spin.blockSignals(False)
        if not self.name_edit.isModified():  # a name being typed is not thrown away
            self.name_edit.setText(nama_pengguna(ws))

    def _number_changed(self, key: str, value: int) -> None:
        cadangan.set_angka(self.session.workspace, key, value)
        logger.info("%s set to %d", key, value)
        said = translate("pengaturan_cadangan", _NUMBERS[key][2]).format(n=value)
        self.saved(translate("pengaturan_cadangan", "Tersimpan: {apa}.").format(apa=said))
        self.session.notify("")

    def save_name(self) -> None:
        stored = set_nama_pengguna(self.session.workspace, self.name_edit.text())
        self.name_edit.setText(stored)
        self.saved(translate("pengaturan_cadangan", "Tersimpan: nama pengguna “{nama}”; perubahan "
                             "berikutnya dicatat atas nama ini.").format(nama=stored) if stored else
                   translate("pengaturan_cadangan", "Tersimpan: tanpa nama pengguna; perubahan "
                             "dicatat tanpa nama."))
