"""DataTerhapusDialog: deleted records (when, by whom, what went with them) brought back whole
with Pulihkan, a recorded and undoable change."""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, indonesia, translate
from kks_desktop.domain.errors import KksError
from kks_desktop.messages_riwayat import dipulihkan_text, judul_entri
from kks_desktop.services import riwayat_kelompok, riwayat_service
from kks_desktop.ui.aksi_command import push_aksi
from kks_desktop.ui.dialogs import show_error
from kks_desktop.ui.record_table import record_table
from kks_desktop.ui.riwayat_model import COL_BESERTA, WAKTU_SAMPLE, BarisTerhapus, TerhapusModel
from kks_desktop.ui.sanitasi_parts import fit_columns
from kks_desktop.ui.session import UiSession

logger = logging.getLogger(__name__)

HINT = QT_TRANSLATE_NOOP(
    "data_terhapus", "Data yang dihapus tetap tersimpan di riwayat perubahan. Pilih satu lalu "
    "tekan <b>Pulihkan</b> (atau Enter): data itu kembali beserta semua yang ikut terhapus "
    "bersamanya (anggota, laporan, peserta…). Pemulihan dicatat dan dapat diurungkan (Ctrl+Z).")
KOSONG = QT_TRANSLATE_NOOP("data_terhapus", "Tidak ada data terhapus yang dapat dipulihkan.")
# Texts as wide as the columns' usual contents, to size them; never shown.
COLUMN_SAMPLES = (WAKTU_SAMPLE, "Sri Wahyuni Rahayu", "Laporan sanitasi",  # teks-tetap: width samples
                  "“Sosialisasi STBM Kecamatan” · Kembanglangit")


class DataTerhapusDialog(QDialog):
    """Lists `riwayat_service.terhapus`, newest first; Pulihkan brings the chosen one back."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(translate("data_terhapus", "Data terhapus"))
        title = QLabel(translate("data_terhapus", "Data terhapus"))
        title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        hint = QLabel(translate("data_terhapus", HINT))
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.RichText)
        self.model = TerhapusModel(self)
        self.table = record_table(self.model, translate("data_terhapus", "Data terhapus"))
        fit_columns(self.table, COLUMN_SAMPLES)
        self.table.horizontalHeader().setSectionResizeMode(COL_BESERTA,
                                                           QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.activated.connect(self.pulihkan)
        self.table.selectionModel().currentRowChanged.connect(self._update_button)
        self.kosong = QLabel(translate("data_terhapus", KOSONG))
        self.kosong.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pesan = QLabel()
        self.pesan.setWordWrap(True)
        self.pesan.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pulihkan_button = QPushButton(translate("data_terhapus", "&Pulihkan"))
        self.pulihkan_button.setToolTip(translate("data_terhapus", "Kembalikan data terpilih beserta "
                                                  "yang ikut terhapus"))
        self.pulihkan_button.clicked.connect(self.pulihkan)
        buttons = QDialogButtonBox()
        buttons.addButton(translate("data_terhapus", "&Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.pesan, 1)
        row.addWidget(self.pulihkan_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.kosong, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(1100, 560)
        self.reload()

    @classmethod
    def tampilkan(cls, parent: QWidget, session: UiSession) -> None:
        dialog = cls(session, parent)
        dialog.exec()
        dialog.deleteLater()

    def reload(self) -> None:
        """Read the deleted records again; the first one selected."""
        ws = self.session.workspace
        found = riwayat_service.terhapus(ws)
        owners = riwayat_kelompok.nama_pemilik(ws, [e for _a, e in found])
        counts = riwayat_kelompok.ikut_terhapus(ws, found)
        self.model.set_rows([BarisTerhapus(a, e, owners.get(e.induk or "", ""), counts[e.id])
                             for a, e in found])
        self.table.setVisible(bool(found))
        self.kosong.setVisible(not found)
        if found:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self._update_button()

    def _update_button(self, *_args: object) -> None:
        self.pulihkan_button.setEnabled(self.table.currentIndex().isValid())

    def pulihkan(self, *_args: object) -> bool:
        """Bring back the selected record with what was deleted with it; True when it is back
        (and on the undo stack)."""
        current = self.table.currentIndex()
        if not current.isValid():
            return False
        baris = self.model.baris(current.row())
        ws, entri = self.session.workspace, baris.entri
        try:
            made = riwayat_service.pulihkan_terhapus(ws, entri)
        except KksError as exc:
            show_error(self, exc, translate("data_terhapus", "Tidak dapat memulihkan"))
            self.reload()
            return False
        kode = str((entri.lama or {}).get("kode", "")) if entri.tabel == "desa" else ""

        def title() -> str:
            return translate("data_terhapus", "pulihkan {judul}").format(
                judul=judul_entri(entri, tampil=True))

        with indonesia():  # the history stores the titles of its undo and redo in Indonesian
            stored = title()
        push_aksi(self.session, [made], title(), kode, judul=stored)
        self.session.notify(kode)
        self.reload()
        self.pesan.setText(dipulihkan_text(entri, baris.ikut))
        return True
