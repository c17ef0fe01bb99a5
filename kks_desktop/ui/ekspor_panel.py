"""EksporPanel: write the desa workbook(s), the rekap or a blank template, in the background."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.errors import Cancelled
from kks_desktop.domain.kode_wilayah import KodeWilayah, Level
from kks_desktop.domain.scope import ScopeLevel
from kks_desktop.services import buku_desa, rekap_excel, templat
from kks_desktop.services.buku_desa import HasilEkspor
from kks_desktop.services.identitas import identitas
from kks_desktop.services.workspace import Workspace
from kks_desktop.ui.formatting import number
from kks_desktop.ui.refresh_when_shown import RefreshWhenShown
from kks_desktop.ui.session import UiSession
from kks_desktop.ui.worker import Job, failure_text, jalankan_tugas

logger = logging.getLogger(__name__)

# A file dialog's filter: translate("ekspor_panel", XLSX_FILTER) where it is used.
XLSX_FILTER = QT_TRANSLATE_NOOP("ekspor_panel", "Buku kerja Excel (*.xlsx)")
SATU, SEMUA_FOLDER, SEMUA_SATU = range(3)
BATAL_PER_DESA = QT_TRANSLATE_NOOP(
    "ekspor_panel", "Dibatalkan. Buku kerja desa yang sudah selesai sebelum Batal tetap ada di folder "
    "itu (lihat tab Riwayat); yang sedang ditulis tidak ditinggalkan setengah jadi.")
# The folder last written to, per workspace file, while the program runs.
_FOLDER_TERAKHIR: dict[str, Path] = {}
HINT = QT_TRANSLATE_NOOP(
    "ekspor_panel", "Buku kerja desa (“Laporan Pokja Desa Sehat”) adalah berkas yang diterima "
    "kecamatan dan kabupaten: berisi data desa dan Pokja, sanitasi, jalur ODF, kegiatan, peserta, RTL "
    "dan kesiapan. Berkas yang sama dapat diimpor kembali setelah diperbaiki di Excel.")
# The names of templat.JENIS_TEMPLAT as the choice shows them (the files keep the Indonesian).
_NAMA_TEMPLAT = (QT_TRANSLATE_NOOP("ekspor_panel", "Daftar desa"),
                 QT_TRANSLATE_NOOP("ekspor_panel", "Anggota Pokja"),
                 QT_TRANSLATE_NOOP("ekspor_panel", "Peserta kegiatan"),
                 QT_TRANSLATE_NOOP("ekspor_panel", "Laporan sanitasi"))


def folder_awal(session: UiSession) -> Path:
    """Where file dialogs start: the folder last used with this workspace, else Documents."""
    remembered = _FOLDER_TERAKHIR.get(str(session.workspace.path))
    if remembered is not None:
        return remembered
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs or Path.home())


def ingat_folder(session: UiSession, folder: Path) -> None:
    _FOLDER_TERAKHIR[str(session.workspace.path)] = folder


def tanya_simpan(parent: QWidget, session: UiSession, title: str, suggested: Path) -> Path | None:
    """Ask where to save a workbook (`suggested`: a name, or a whole path); the path chosen,
    ending in .xlsx, or None."""
    start = suggested if suggested.is_absolute() else folder_awal(session) / suggested
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(start),
                                                  translate("ekspor_panel", XLSX_FILTER))
    if not chosen:
        return None
    path = Path(chosen if chosen.lower().endswith(".xlsx") else f"{chosen}.xlsx")
    ingat_folder(session, path.parent)
    return path


def nama_berkas_gabungan(nama_wilayah: str, jumlah: int) -> str:
    """"Laporan Pokja Desa Sehat Kecamatan Wonotunggal (15 desa).xlsx"."""
    return f"Laporan Pokja Desa Sehat {nama_wilayah} ({jumlah} desa).xlsx"  # teks-tetap: file name


def hasil_text(hasil: Sequence[HasilEkspor]) -> str:
    """"Tersimpan: NAME (1.234 baris)." or "15 buku kerja tersimpan (12.345 baris): A, B, …"."""
    rows = sum(sum(h.baris.values()) for h in hasil)
    if len(hasil) == 1:
        return translate("ekspor_panel", "Tersimpan: {berkas} ({baris} baris).").format(
            berkas=hasil[0].path.name, baris=number(rows))
    names = ", ".join(h.path.name for h in hasil[:3]) + (", …" if len(hasil) > 3 else "")
    return translate("ekspor_panel", "{jumlah} buku kerja tersimpan ({baris} baris): {berkas}").format(
        jumlah=number(len(hasil)), baris=number(rows), berkas=names)


def pilihan_box(title: str, label_text: str, combo: QComboBox, button: QPushButton) -> QGroupBox:
    """A titled box holding one line: a labelled choice and the button that acts on it."""
    box = QGroupBox(title)
    row = QHBoxLayout(box)
    label = QLabel(label_text)
    label.setBuddy(combo)
    for widget in (label, combo, button):
        row.addWidget(widget)
    row.addStretch(1)
    return box


class EksporPanel(RefreshWhenShown):
    """Three exports, each run by a worker; `hasil` holds the files of the last one."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.hasil: list[HasilEkspor] = []
        scope = session.workspace.scope()
        self._level = scope.level if scope else None
        layout = QVBoxLayout(self)
        layout.addWidget(self._buku_box())
        self.rekap_box = self._rekap_box()
        self.rekap_box.setVisible(self._level in (ScopeLevel.KECAMATAN, ScopeLevel.KABUPATEN))
        layout.addWidget(self.rekap_box)
        layout.addWidget(self._templat_box())
        self.pesan = PesanBar()
        layout.addWidget(self.pesan)
        layout.addStretch(1)
        session.data_changed.connect(self._data_changed)

    # -- building -------------------------------------------------------------------------
    def _buku_box(self) -> QGroupBox:
        box = QGroupBox(translate("ekspor_panel", "Buku kerja desa (Laporan Pokja Desa Sehat)"))
        self.satu = QRadioButton(translate("ekspor_panel", "Satu &desa:"))
        self.desa_combo = QComboBox()
        self.desa_combo.setAccessibleName(translate("ekspor_panel", "Desa yang diekspor"))
        self.desa_combo.setMinimumContentsLength(30)
        self.desa_combo.activated.connect(lambda _i: self.satu.setChecked(True))
        self.semua = QRadioButton(translate("ekspor_panel", "&Semua desa dalam wilayah kerja"))
        self.per_desa = QRadioButton(translate("ekspor_panel", "satu berkas per desa, ke sebuah &folder"))
        self.gabung = QRadioButton(translate("ekspor_panel", "satu buku kerja berisi se&mua desa"))
        self.mode = QButtonGroup(self)
        for which, radio in ((SATU, self.satu), (SEMUA_FOLDER, self.semua)):
            self.mode.addButton(radio, which)
        self.cara = QButtonGroup(self)
        self.cara.addButton(self.per_desa, SEMUA_FOLDER)
        self.cara.addButton(self.gabung, SEMUA_SATU)
        self.per_desa.setChecked(True)
        self.satu.setChecked(True)
        self.semua.toggled.connect(self._mode_changed)
        self.ekspor_button = QPushButton(translate("ekspor_panel", "Ekspor buku ker&ja…"))
        self.ekspor_button.setToolTip(translate("ekspor_panel",
                                                "Tulis buku kerja desa ke berkas Excel (Ctrl+E)"))
        self.ekspor_button.setDefault(True)
        self.ekspor_button.clicked.connect(self.ekspor_buku)
        one = QHBoxLayout()
        one.addWidget(self.satu)
        one.addWidget(self.desa_combo)
        one.addStretch(1)
        how = QVBoxLayout()
        how.setContentsMargins(24, 0, 0, 0)
        how.addWidget(self.per_desa)
        how.addWidget(self.gabung)
        hint = QLabel(translate("ekspor_panel", HINT))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6b76;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.ekspor_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(hint)
        layout.addLayout(one)
        layout.addWidget(self.semua)
        layout.addLayout(how)
        layout.addLayout(buttons)
        self._mode_changed()
        return box

    def _rekap_box(self) -> QGroupBox:
        self.rekap_combo = QComboBox()
        self.rekap_combo.setAccessibleName(translate("ekspor_panel", "Wilayah rekap"))
        self.rekap_combo.setMinimumContentsLength(30)
        self.rekap_button = QPushButton(translate("ekspor_panel", "Ekspor rek&ap…"))
        self.rekap_button.setToolTip(translate(
            "ekspor_panel", "Satu baris per desa: status ODF, akses, pilar, Desa STBM, SK Pokja, "
            "kesiapan, laporan terakhir; jumlah per kecamatan dan grafik % desa ODF"))
        self.rekap_button.clicked.connect(self.ekspor_rekap)
        return pilihan_box(translate("ekspor_panel", "Rekap kecamatan/kabupaten"),
                           translate("ekspor_panel", "&Wilayah:"), self.rekap_combo, self.rekap_button)

    def _templat_box(self) -> QGroupBox:
        self.templat_combo = QComboBox()
        self.templat_combo.setAccessibleName(translate("ekspor_panel", "Jenis templat"))
        for jenis, nama in templat.JENIS_TEMPLAT.items():
            self.templat_combo.addItem(translate("ekspor_panel", nama), jenis)
        self.templat_button = QPushButton(translate("ekspor_panel", "Simpan temp&lat…"))
        self.templat_button.setToolTip(translate(
            "ekspor_panel", "Buku kerja kosong dengan pilihan (dropdown) dan petunjuk isian; setelah "
            "diisi, impor di tab Impor"))
        self.templat_button.clicked.connect(self.simpan_templat)
        return pilihan_box(translate("ekspor_panel", "Templat kosong untuk pengisian massal"),
                           translate("ekspor_panel", "Jenis &templat:"),
                           self.templat_combo, self.templat_button)

    # -- state ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Fill the desa and rekap choices again, keeping what was chosen."""
        self._dirty = False
        ws = self.session.workspace
        keep = self.desa_combo.currentData()
        self.desa_combo.clear()
        desa = ws.desa.desa_list()
        for d in desa:
            self.desa_combo.addItem(translate("ekspor_panel", "{nama} ({kode}, Kec. {kecamatan})").format(
                nama=d.nama, kode=d.kode, kecamatan=d.wilayah.kecamatan), str(d.kode))
        self.desa_combo.setCurrentIndex(max(0, self.desa_combo.findData(keep)))
        self.semua.setText(translate("ekspor_panel", "&Semua desa dalam wilayah kerja ({jumlah} desa)")
                           .format(jumlah=number(len(desa))))
        several = len(desa) > 1
        self.semua.setVisible(several)
        self.per_desa.setVisible(several)
        self.gabung.setVisible(several)
        if not several:
            self.satu.setChecked(True)
        self.ekspor_button.setEnabled(bool(desa))
        self._fill_rekap(ws)

    def _fill_rekap(self, ws: Workspace) -> None:
        keep = self.rekap_combo.currentData()
        self.rekap_combo.clear()
        scope = ws.scope()
        if scope is None:
            return
        self.rekap_combo.addItem(translate("ekspor_panel", "{wilayah} (semua desa)").format(
            wilayah=scope.nama), "")
        if scope.level is ScopeLevel.KABUPATEN:
            kecamatan = {d.kode.at(Level.KECAMATAN): d.wilayah.kecamatan
                         for d in ws.desa.desa_list()}
            for kode, nama in sorted(kecamatan.items(), key=lambda kv: str(kv[0])):
                self.rekap_combo.addItem(translate("ekspor_panel", "Kecamatan {nama}").format(nama=nama),
                                         str(kode))
        self.rekap_combo.setCurrentIndex(max(0, self.rekap_combo.findData(keep)))
        self.rekap_combo.setEnabled(self.rekap_combo.count() > 1)

    def _mode_changed(self, *_args: object) -> None:
        semua = self.semua.isChecked()
        self.per_desa.setEnabled(semua)
        self.gabung.setEnabled(semua)
        self.desa_combo.setEnabled(not semua)

    def set_busy(self, busy: bool) -> None:
        for button in (self.ekspor_button, self.rekap_button, self.templat_button):
            button.setEnabled(not busy)

    # -- choosing where -------------------------------------------------------------------
    def _ask_file(self, title: str, name: str) -> Path | None:
        return tanya_simpan(self, self.session, title, Path(name))

    def _ask_folder(self) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(
            self, translate("ekspor_panel", "Pilih folder untuk buku kerja desa"),
            str(folder_awal(self.session)))
        if not chosen:
            return None
        ingat_folder(self.session, Path(chosen))
        return Path(chosen)

    # -- the exports ----------------------------------------------------------------------
    def ekspor_buku(self) -> bool:
        """Ask where, then write the desa workbook(s) as chosen; False when not started."""
        ws = self.session.workspace
        if not self.ekspor_button.isEnabled():
            return False
        if self.semua.isChecked():
            return self._ekspor_semua(ws)
        if not self.desa_combo.currentData():
            return False
        chosen = KodeWilayah.parse(self.desa_combo.currentData())
        desa = ws.desa.desa(chosen)
        target = self._ask_file(translate("ekspor_panel", "Simpan buku kerja desa"),
                                buku_desa.nama_berkas_desa(chosen, desa.nama))
        if target is None:
            return False
        return self._run(lambda w, p, b: buku_desa.ekspor_desa(
            w, [chosen], target, progress=p, batal=b),
            translate("ekspor_panel", "Menulis buku kerja {desa}…").format(desa=desa.nama))

    def _ekspor_semua(self, ws: Workspace) -> bool:
        kode = buku_desa.desa_dalam_lingkup(ws)
        if self.per_desa.isChecked():
            folder = self._ask_folder()
            if folder is None:
                return False
            return self._run(lambda w, p, b: buku_desa.ekspor_per_desa(
                w, kode, folder, progress=p, batal=b),
                translate("ekspor_panel", "Menulis {jumlah} buku kerja desa…").format(
                    jumlah=number(len(kode))), translate("ekspor_panel", BATAL_PER_DESA))
        scope = ws.scope()
        name = nama_berkas_gabungan(scope.nama if scope else "Semua Desa", len(kode))  # teks-tetap: file name
        target = self._ask_file(translate("ekspor_panel", "Simpan buku kerja semua desa"), name)
        if target is None:
            return False
        return self._run(lambda w, p, b: buku_desa.ekspor_desa(
            w, kode, target, progress=p, batal=b),
            translate("ekspor_panel", "Menulis buku kerja semua desa…"))

    def ekspor_rekap(self) -> bool:
        ws = self.session.workspace
        within = self.rekap_combo.currentData()
        area = KodeWilayah.parse(within) if within else None
        scope = ws.scope()
        nama = identitas(ws, area).nama if area else (scope.nama if scope else "Semua Desa")  # teks-tetap
        target = self._ask_file(translate("ekspor_panel", "Simpan rekap"),
                                f"Rekap Desa Sehat {nama}.xlsx")  # teks-tetap: file name
        if target is None:
            return False
        return self._run(lambda w, p, b: rekap_excel.ekspor_rekap(
            w, target, area, progress=p, batal=b),
            translate("ekspor_panel", "Menulis rekap {wilayah}…").format(wilayah=nama))

    def simpan_templat(self) -> bool:
        jenis = str(self.templat_combo.currentData())
        target = self._ask_file(translate("ekspor_panel", "Simpan templat kosong"),
                                f"Templat {templat.JENIS_TEMPLAT[jenis]}.xlsx")  # teks-tetap: file name
        if target is None:
            return False
        return self._run(lambda w, _p, _b: templat.buat_templat(w, jenis, target),
                         translate("ekspor_panel", "Menulis templat…"))

    def _run(self, job: Job, label: str, batal_text: str = "") -> bool:
        """Start `job`; `batal_text` replaces the plain "Dibatalkan…" when Batal can leave
        some of the work done (the workbooks of the desa before it)."""
        self._batal_text = batal_text
        self.set_busy(True)
        self.pesan.hide()
        self.tugas = jalankan_tugas(self, self.session.workspace, job, label, self._selesai,
                                    self._gagal)
        return True

    def _selesai(self, result: object) -> None:
        self.set_busy(False)
        hasil = list(result) if isinstance(result, list) else [result]
        self.hasil = [h for h in hasil if isinstance(h, HasilEkspor)]
        if self.hasil:
            self.pesan.tell(hasil_text(self.hasil), self.hasil[0].path.parent)
        else:
            self.pesan.tell(translate("ekspor_panel", "Tidak ada buku kerja yang ditulis."))
        self.session.notify("")  # the ledger (Riwayat) and the desa pages' last-export notes

    def _gagal(self, exc: object) -> None:
        self.set_busy(False)
        self.hasil = []
        cancelled = isinstance(exc, Cancelled) and self._batal_text
        self.pesan.tell(self._batal_text if cancelled else failure_text(exc), error=True)
        if cancelled:
            self.session.notify("")


class PesanBar(QWidget):
    """The outcome of the last job under a panel: a sentence, and "Buka folder" when a file
    was written (the folder opens in the system's file manager)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder: Path | None = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buka_button = QPushButton(translate("ekspor_panel", "B&uka folder"))
        self.buka_button.clicked.connect(self.buka_folder)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 8, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.buka_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setObjectName("pesan")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.hide()

    def tell(self, text: str, folder: Path | None = None, *, error: bool = False) -> None:
        self.folder = folder
        if folder:
            text += "\n" + translate("ekspor_panel", "Folder: {folder}").format(folder=folder)
        self.label.setText(text)
        self.buka_button.setVisible(folder is not None)
        self.setStyleSheet("#pesan { background: %s; border-radius: 4px; }"
                           % ("#f8d7da" if error else "#d1e7dd"))
        self.show()

    def buka_folder(self) -> bool:
        if self.folder is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
