"""HitungDialog: a desa's monthly report computed from its data KK, beside the last report, to save."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kks_desktop.bahasa import translate
from kks_desktop.domain.desa import Desa
from kks_desktop.domain.errors import KksError, ValidationFailed
from kks_desktop.domain.periode import Periode
from kks_desktop.domain.rumah_tangga_hitung import Selisih
from kks_desktop.domain.sanitasi import LaporanSanitasi
from kks_desktop.messages import FIELD_LABELS
from kks_desktop.services import rumah_tangga_service, sanitasi_service
from kks_desktop.services.rumah_tangga_service import LaporanDariKK
from kks_desktop.ui.cell_table_model import CellTableModel
from kks_desktop.ui.dialogs import confirm, show_error
from kks_desktop.ui.formatting import number
from kks_desktop.ui.problem_label import ProblemLabel
from kks_desktop.ui.record_table import record_table
from kks_desktop.ui.sanitasi_commands import SaveLaporanCommand
from kks_desktop.ui.session import UiSession

logger = logging.getLogger(__name__)

COL_ANGKA, COL_DIHITUNG, COL_TERAKHIR, COL_SELISIH = range(4)
BULAN_PILIHAN = 36  # months offered, back from this one
KOSONG = "–"


def selisih_text(value: int | None) -> str:
    """"+12", "−3", "0"; "–" when one side has no figure."""
    if value is None:
        return KOSONG
    return f"+{number(value)}" if value > 0 else f"−{number(-value)}" if value < 0 else "0"


class SelisihModel(CellTableModel):
    """One row per figure: computed, last report, difference."""

    NUMERIC = (COL_DIHITUNG, COL_TERAKHIR, COL_SELISIH)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.HEADERS = self._headers(translate("rumah_tangga_hitung_dialog", "Laporan terakhir"))

    @staticmethod
    def _headers(terakhir: str) -> tuple[str, ...]:
        return (translate("rumah_tangga_hitung_dialog", "Angka"),
                translate("rumah_tangga_hitung_dialog", "Dihitung dari data KK"), terakhir,
                translate("rumah_tangga_hitung_dialog", "Selisih"))

    def set_selisih(self, rows: list[Selisih], terakhir: LaporanSanitasi | None) -> None:
        if terakhir is not None:
            label = translate("rumah_tangga_hitung_dialog", "Laporan {bulan}").format(
                bulan=terakhir.periode.label)
        else:
            label = translate("rumah_tangga_hitung_dialog", "Laporan terakhir")
        self.HEADERS = self._headers(label)
        self._reset(rows, [(s.kunci, s.dihitung, s.diketik, s.beda) for s in rows],
                    [(translate("messages", FIELD_LABELS[s.kunci]) if s.kunci in FIELD_LABELS
                      else s.kunci,
                      KOSONG if s.dihitung is None else number(s.dihitung),
                      KOSONG if s.diketik is None else number(s.diketik),
                      selisih_text(s.beda) if terakhir else KOSONG) for s in rows])


class HitungDialog(QDialog):
    """Pick the month; the report computed from the register is shown figure by figure beside
    the last report stored up to that month. "Simpan sebagai laporan <bulan>" stores it (over
    that month's report after asking), undoable with Ctrl+Z like any report save."""

    def __init__(self, session: UiSession, desa: Desa, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.session, self.desa = session, desa
        self.today = today or dt.date.today()
        self.hasil: LaporanDariKK | None = None
        self.setWindowTitle(translate(
            "rumah_tangga_hitung_dialog", "Hitung laporan dari data KK · {desa}").format(
            desa=desa.nama))
        self._build()
        self.bulan.currentIndexChanged.connect(self._periode_berubah)
        self.hitung()
        self.adjustSize()

    def _build(self) -> None:
        self.bulan = QComboBox()  # this month first, then back: a report is never ahead
        self.bulan.setAccessibleName(translate("rumah_tangga_hitung_dialog", "Bulan laporan"))
        periode = Periode.of(self.today)
        for _ in range(BULAN_PILIHAN):
            self.bulan.addItem(periode.label, periode)
            periode = periode.previous()
        label = QLabel(translate("rumah_tangga_hitung_dialog", "&Bulan laporan:"))
        label.setBuddy(self.bulan)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.bulan)
        top.addStretch(1)
        self.keterangan = QLabel()
        self.keterangan.setWordWrap(True)
        self.model = SelisihModel(self)
        self.table = record_table(self.model, translate(
            "rumah_tangga_hitung_dialog", "Angka laporan dihitung dan laporan terakhir"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_ANGKA, QHeaderView.ResizeMode.Stretch)
        # Every figure in view at once: the ladder, the pillars, total and ≥3 pillars.
        rows = 12
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * rows
                                    + header.sizeHint().height() + 6)
        self.belum_lengkap = QLabel()
        self.belum_lengkap.setWordWrap(True)
        self.problems = ProblemLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #1e6b35; font-weight: bold;")
        self.status.hide()
        self.simpan_button = QPushButton()
        self.simpan_button.clicked.connect(self.simpan)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("rumah_tangga_hitung_dialog", "&Tutup"))
        buttons.addButton(self.simpan_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.keterangan)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.belum_lengkap)
        layout.addWidget(self.problems)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 62)

    # -- computing ------------------------------------------------------------------------

    def periode(self) -> Periode:
        found = self.bulan.currentData()
        assert isinstance(found, Periode)
        return found

    def _periode_berubah(self) -> None:
        self.status.hide()
        self.problems.show_problems([])
        self.hitung()

    def hitung(self) -> None:
        """Compute the chosen month's report from the register as it stands."""
        periode = self.periode()
        try:
            hasil = rumah_tangga_service.laporan_dari_register(
                self.session.workspace, self.desa.kode, periode)
        except KksError as exc:
            show_error(self, exc, translate("rumah_tangga_hitung_dialog", "Tidak dapat menghitung laporan"))
            return
        self.hasil = hasil
        self.model.set_selisih(hasil.selisih, hasil.terakhir)
        self.keterangan.setText(self._keterangan(hasil, periode))
        tanpa = hasil.hitungan.tanpa_tangga
        if tanpa:
            self.belum_lengkap.setText(translate(
                "rumah_tangga_hitung_dialog", "{jumlah} KK belum lengkap jawaban pilar 1-nya "
                "(tangga akses belum dapat ditentukan), jadi tidak ikut dihitung.").format(
                jumlah=number(tanpa)))
        else:
            self.belum_lengkap.setText(translate(
                "rumah_tangga_hitung_dialog", "Semua KK sudah lengkap jawaban pilar 1-nya."))
        self.belum_lengkap.setStyleSheet("color: #8a5a00;" if tanpa else "")
        self.simpan_button.setText(translate(
            "rumah_tangga_hitung_dialog", "&Simpan sebagai laporan {bulan}").format(
            bulan=periode.label))
        can_save = hasil.hitungan.berjenjang > 0
        self.simpan_button.setEnabled(can_save)
        self.simpan_button.setToolTip("" if can_save else translate(
            "rumah_tangga_hitung_dialog", "Belum ada KK dengan jawaban pilar 1 lengkap."))

    def _keterangan(self, hasil: LaporanDariKK, periode: Periode) -> str:
        counted = hasil.hitungan.berjenjang
        text = translate(
            "rumah_tangga_hitung_dialog", "Dihitung dari {jumlah} KK dengan jawaban pilar 1 "
            "lengkap (dari {total} KK di data KK {desa}).").format(
            jumlah=number(counted), total=number(hasil.hitungan.total), desa=self.desa.nama)
        last = hasil.terakhir
        if last is None:
            return text + " " + translate(
                "rumah_tangga_hitung_dialog", "Belum ada laporan tersimpan sampai {bulan}.").format(
                bulan=periode.label)
        if last.periode == periode:
            return text + " " + translate(
                "rumah_tangga_hitung_dialog", "Laporan {bulan} sudah ada; menyimpan hasil hitungan "
                "akan menggantinya.").format(bulan=periode.label)
        return text + " " + translate(
            "rumah_tangga_hitung_dialog", "Laporan terakhir yang tersimpan: {terakhir}; menyimpan "
            "membuat laporan baru {bulan}.").format(terakhir=last.periode.label, bulan=periode.label)

    # -- saving ---------------------------------------------------------------------------

    def simpan(self) -> bool:
        """Store the computed report as the month's report (after asking when it replaces
        one); errors and warnings of the report checks are shown here."""
        hasil, periode = self.hasil, self.periode()
        if hasil is None:
            return False
        last = hasil.terakhir
        before = last if last is not None and last.periode == periode else None
        if before is not None and not confirm(
                self, translate("rumah_tangga_hitung_dialog", "Ganti laporan"), translate(
                    "rumah_tangga_hitung_dialog", "Laporan {bulan} {desa} sudah ada. "
                    "Angka-angkanya akan diganti dengan hasil hitungan dari data KK (total KK "
                    "{sebelum} menjadi {sesudah}).\n\nPenggantian dapat diurungkan dengan Ctrl+Z "
                    "selama program masih terbuka. Lanjutkan?").format(
                    bulan=periode.label, desa=self.desa.nama, sebelum=number(before.total_kk),
                    sesudah=number(hasil.laporan.total_kk))):
            return False
        ws = self.session.workspace
        try:
            saved = sanitasi_service.save_report(ws, self.desa.kode, hasil.laporan, self.today)
        except ValidationFailed as exc:
            self.problems.show_problems(exc.problems)
            return False
        except KksError as exc:
            show_error(self, exc, translate("rumah_tangga_hitung_dialog", "Tidak dapat menyimpan laporan"))
            return False
        logger.info("saved the report of %s %s computed from the register", self.desa.kode,
                    periode)
        self.session.undo_stack.push(SaveLaporanCommand(self.session, self.desa, before,
                                                        saved.laporan))
        self.problems.show_problems(saved.warnings)
        text = translate("rumah_tangga_hitung_dialog", "Tersimpan sebagai laporan {bulan}.").format(
            bulan=periode.label)
        if saved.warnings:
            text += " " + translate("rumah_tangga_hitung_dialog",
                                    "Ada yang perlu diperiksa (lihat di atas).")
        self.status.setText(text)
        self.status.show()
        self.hitung()
        return True

    @classmethod
    def tampilkan(cls, parent: QWidget | None, session: UiSession, desa: Desa) -> None:
        dialog = cls(session, desa, parent)
        dialog.exec()
        dialog.deleteLater()
