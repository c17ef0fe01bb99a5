"""impor_kk(): choose a household (KK) workbook, see its dry run per desa with every finding, import it."""

from __future__ import annotations

import logging
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.errors import Cancelled
from kks_desktop.domain.impor_baris import MasalahImpor
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.sinkron import Kelas
from kks_desktop.messages_excel import ringkasan_rencana, tempat_text, temuan_masalah
from kks_desktop.messages_rumah_tangga_excel import (
    KOLOM_DIABAIKAN,
    hasil_impor_kk_text,
    jumlah_kk_text,
    temuan_kk,
)
from kks_desktop.services import rumah_tangga_impor as impor
from kks_desktop.services.rumah_tangga_impor import HasilKK, RencanaKK
from kks_desktop.ui.ekspor_panel import XLSX_FILTER, folder_awal, ingat_folder
from kks_desktop.ui.formatting import number
from kks_desktop.ui.problem_tints import TINTS
from kks_desktop.ui.record_table import record_table
from kks_desktop.ui.session import UiSession
from kks_desktop.ui.worker import Job, Worker, failure_text

logger = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
# Shown through translate("rumah_tangga_impor_dialog", …).
TANPA_DESA = QT_TRANSLATE_NOOP("rumah_tangga_impor_dialog",
                               "(tidak ada: setiap baris menyebut desanya)")
CATATAN_CADANGAN = QT_TRANSLATE_NOOP(
    "rumah_tangga_impor_dialog",
    "Sebelum menyimpan, data dicadangkan (cadangan “sebelum impor”). Impor data KK tidak "
    "dicatat baris demi baris di riwayat perubahan, jadi tidak dapat diurungkan dengan Ctrl+Z; "
    "pulihkan cadangan itu bila perlu.")
DESA_HEADERS = (QT_TRANSLATE_NOOP("rumah_tangga_impor_dialog", "Kode"),
                QT_TRANSLATE_NOOP("rumah_tangga_impor_dialog", "Desa/Kelurahan"),
                QT_TRANSLATE_NOOP("rumah_tangga_impor_dialog", "Baru"),
                QT_TRANSLATE_NOOP("rumah_tangga_impor_dialog", "Berubah"),
                QT_TRANSLATE_NOOP("rumah_tangga_impor_dialog", "Sama"),
                QT_TRANSLATE_NOOP("rumah_tangga_impor_dialog", "Berkesalahan"))


def temuan_text(m: MasalahImpor) -> str:
    """What is wrong, without the place, in the language shown: the register's own findings,
    then the import's and the forms' (a warning ends with "(peringatan)")."""
    return temuan_kk(m.problem, m.is_error) or temuan_masalah(m)


def masalah_text(m: MasalahImpor) -> str:
    """"Sheet Data KK, baris 12, kolom No. KK: ...", in the language shown."""
    return f"{tempat_text(m)}: {temuan_text(m)}"


def impor_kk(parent: QWidget, session: UiSession, kode: KodeWilayah | None) -> bool:
    """Ask for a workbook, show its dry run (`kode`: the desa for rows that name none, which the
    user can change) and import it on request. True when anything was written; the caller
    refreshes its views."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, translate("rumah_tangga_impor_dialog", "Pilih buku kerja data KK untuk diimpor"),
        str(folder_awal(session)), XLSX_FILTER)
    if not chosen:
        return False
    path = Path(chosen)
    ingat_folder(session, path.parent)
    dialog = ImporKKDialog(session, path, kode, parent)
    dialog.mulai()
    dialog.exec()
    return dialog.ditulis


class TemuanModel(QAbstractTableModel):
    """Every finding of a dry run (there may be hundreds of thousands): its place and what is
    wrong, the text made only for the rows shown."""

    HEADERS = (QT_TRANSLATE_NOOP("rumah_tangga_impor_dialog", "Tempat"),
               QT_TRANSLATE_NOOP("rumah_tangga_impor_dialog", "Masalah"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.masalah: list[MasalahImpor] = []

    def set_masalah(self, masalah: list[MasalahImpor]) -> None:
        self.beginResetModel()
        self.masalah = masalah
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.masalah)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.masalah):
            return None
        m = self.masalah[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = tempat_text(m) if index.column() == 0 else temuan_text(m)
            return ("✖ " if m.is_error else "⚠ ") + text if index.column() == 0 else text
        if role == Qt.ItemDataRole.BackgroundRole:
            return TINTS[m.is_error]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("rumah_tangga_impor_dialog", self.HEADERS[section])
        return None


def status_impor(r: RencanaKK, hanya_sah: bool) -> tuple[str, bool, bool]:
    """What pressing Impor would do: (the sentence, Impor allowed, blocked by errors)."""
    if r.ada_kesalahan and not hanya_sah:
        text = translate(
            "rumah_tangga_impor_dialog", "Berkas berisi {jumlah} kesalahan; tidak ada yang diimpor "
            "selama kesalahan masih ada. Perbaiki di Excel lalu pilih berkasnya lagi, atau "
            "centang “Impor baris yang sah saja”.").format(jumlah=number(r.kesalahan))
        if r.perlu_desa:
            text += " " + translate("rumah_tangga_impor_dialog",
                                    "Berkas ini tidak menyebut desa: pilih desanya di atas.")
        return text, False, True
    jumlah = r.jumlah()
    if not r.akan_ditulis:
        if not r.baris_salah:
            return (translate("rumah_tangga_impor_dialog", "Tidak ada yang perlu diimpor: semua "
                              "KK di berkas sudah sama dengan data di sini."), False, False)
        return (translate("rumah_tangga_impor_dialog", "Tidak ada yang perlu diimpor: baris yang "
                          "sah sudah sama dengan data di sini."), False, False)
    rincian = jumlah_kk_text(jumlah[Kelas.BARU], jumlah[Kelas.BERUBAH], 0)
    cadangan = translate("rumah_tangga_impor_dialog", CATATAN_CADANGAN)
    if r.baris_salah:
        return (translate("rumah_tangga_impor_dialog", "Akan ditulis: {rincian}; {jumlah} baris "
                          "berkesalahan dilewati. {cadangan}").format(
                    rincian=rincian, jumlah=number(r.baris_salah), cadangan=cadangan), True, False)
    return (translate("rumah_tangga_impor_dialog", "Akan ditulis: {rincian}. {cadangan}").format(
        rincian=rincian, cadangan=cadangan), True, False)


class ImporKKDialog(QDialog):
    """The dry run of one household workbook, then the import: per desa counts, findings with
    their place, columns not read, the desa for rows that name none, and the valid-rows choice.
    Reading, checking and writing run on a worker thread, with progress and Batal here."""

    siap = Signal()  # a plan is shown
    selesai = Signal()  # the import ended, something written or not

    def __init__(self, session: UiSession, path: Path, kode: KodeWilayah | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.path, self.kode = session, path, kode
        self.rencana: RencanaKK | None = None
        self.hasil: HasilKK | None = None
        self.ditulis = False
        self.worker: Worker | None = None
        self._ended = self.siap  # the signal the work under way ends with
        self.setWindowTitle(translate("rumah_tangga_impor_dialog", "Impor data KK: {berkas}").format(
            berkas=path.name))
        self.resize(960, 640)
        self.judul = QLabel(f"<b>{escape(path.name)}</b>")
        self.judul.setTextFormat(Qt.TextFormat.RichText)
        self.judul.setWordWrap(True)
        self.desa_label = QLabel(translate("rumah_tangga_impor_dialog",
                                           "&Desa untuk baris yang tidak menyebut desa:"))
        self.desa = QComboBox()
        self.desa.addItem(translate("rumah_tangga_impor_dialog", TANPA_DESA), None)
        for d in session.workspace.desa.desa_list():
            self.desa.addItem(translate("rumah_tangga_impor_dialog",
                                        "{kode}  {nama} (Kec. {kecamatan})").format(
                kode=d.kode, nama=d.nama, kecamatan=d.wilayah.kecamatan), str(d.kode))
        if kode is not None:
            self.desa.setCurrentIndex(max(self.desa.findData(str(kode)), 0))
        self.desa_label.setBuddy(self.desa)
        self.desa.activated.connect(self._desa_dipilih)
        desa_row = QHBoxLayout()
        desa_row.addWidget(self.desa_label)
        desa_row.addWidget(self.desa, 1)
        self.desa_box = QWidget()
        self.desa_box.setLayout(desa_row)
        self.desa_box.setVisible(False)  # shown with a plan whose rows need it
        desa_row.setContentsMargins(0, 0, 0, 0)
        self.per_desa = QTableWidget(0, len(DESA_HEADERS))
        self.per_desa.setHorizontalHeaderLabels(
            [translate("rumah_tangga_impor_dialog", h) for h in DESA_HEADERS])
        self.per_desa.setAccessibleName(translate("rumah_tangga_impor_dialog", "KK per desa"))
        self.per_desa.verticalHeader().hide()
        self.per_desa.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.per_desa.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.per_desa.setAlternatingRowColors(True)
        self.per_desa.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.per_desa.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.temuan_model = TemuanModel(self)
        self.temuan = record_table(self.temuan_model,
                                   translate("rumah_tangga_impor_dialog", "Masalah di berkas"))
        self.temuan.horizontalHeader().setStretchLastSection(True)
        self.temuan.setColumnWidth(0, 300)
        self.temuan.setWordWrap(False)
        self.temuan_label = QLabel()
        self.temuan_label.setStyleSheet("font-weight: bold;")
        self.rinci = QLabel()  # the whole text of the finding selected
        self.rinci.setWordWrap(True)
        self.rinci.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.temuan.selectionModel().currentRowChanged.connect(self._rinci)
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.temuan_label)
        inner.addWidget(self.temuan, 1)
        inner.addWidget(self.rinci)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.per_desa)
        self.splitter.addWidget(box)
        self.splitter.setChildrenCollapsible(False)
        self.diabaikan = QLabel()
        self.diabaikan.setWordWrap(True)
        self.hanya_sah = QCheckBox(translate("rumah_tangga_impor_dialog", "Impor baris yang &sah saja"))
        self.hanya_sah.setToolTip(translate("rumah_tangga_impor_dialog",
                                            "Baris berkesalahan dilewati; baris lain diimpor."))
        self.hanya_sah.toggled.connect(self._update)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.kerja = QLabel()
        self.batal_button = QPushButton(translate("rumah_tangga_impor_dialog", "&Batal"))
        self.batal_button.clicked.connect(self.batalkan)
        work = QHBoxLayout()
        work.addWidget(self.kerja)
        work.addWidget(self.progress, 1)
        work.addWidget(self.batal_button)
        self.work_box = QWidget()
        self.work_box.setLayout(work)
        self.impor_button = QPushButton(translate("rumah_tangga_impor_dialog", "I&mpor"))
        self.impor_button.setDefault(True)
        self.impor_button.clicked.connect(self.impor)
        self.tutup_button = QPushButton(translate("rumah_tangga_impor_dialog", "&Tutup"))
        self.tutup_button.clicked.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.tutup_button, 0, Qt.AlignmentFlag.AlignBottom)
        actions.addWidget(self.impor_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        for widget in (self.judul, self.desa_box):
            layout.addWidget(widget)
        layout.addWidget(self.splitter, 1)
        for widget in (self.diabaikan, self.hanya_sah, self.work_box):
            layout.addWidget(widget)
        layout.addLayout(actions)
        self._update()

    # -- the work on the worker thread ----------------------------------------------------
    @property
    def sibuk(self) -> bool:
        return self.worker is not None

    def _run(self, job: Job, label: str, done: Any, ended: Any) -> None:
        """Start `job`; `done(result)` when it returns, `ended` emitted once it stops either way."""
        self._ended = ended
        self.kerja.setText(label)
        self.progress.setRange(0, 0)
        self.batal_button.setEnabled(True)
        self.worker = Worker(self.session.workspace, job)
        self.worker.signals.progress.connect(self._progress)
        self.worker.signals.finished.connect(done)
        self.worker.signals.failed.connect(self._gagal)
        self._update()
        QThreadPool.globalInstance().start(self.worker)

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _selesai_kerja(self) -> None:
        self.worker = None
        self._update()

    def batalkan(self) -> None:
        """Ask the work under way to stop; nothing is left half done."""
        if self.worker is not None:
            self.worker.cancel()
            self.kerja.setText(translate("rumah_tangga_impor_dialog",
                                         "Membatalkan… menunggu pekerjaan berhenti dengan rapi."))
            self.batal_button.setEnabled(False)

    def _gagal(self, exc: object) -> None:
        self._selesai_kerja()
        text = failure_text(exc)
        if isinstance(exc, Cancelled) and self.rencana is None:
            text = translate("rumah_tangga_impor_dialog",
                             "Pemeriksaan dibatalkan. Tidak ada yang disimpan.")
        self.status.setText(text)
        self.status.setStyleSheet("color: #a02834;")
        self._ended.emit()

    # -- the dry run ----------------------------------------------------------------------
    def mulai(self) -> None:
        """Read and check the workbook in the background."""
        path, desa = self.path, self._desa()
        self._run(lambda w, p, b: impor.rencanakan(w, path, desa, progress=p, batal=b),
                  translate("rumah_tangga_impor_dialog", "Membaca dan memeriksa {berkas}…").format(
                      berkas=path.name), self._diperiksa, self.siap)

    def _desa(self) -> KodeWilayah | None:
        data = self.desa.currentData()
        return KodeWilayah.parse(data) if data else None

    def _desa_dipilih(self, _index: int) -> None:
        """Another desa for the rows that name none: the plan again, without reading the file."""
        if self.rencana is None or self.sibuk:
            return
        bacaan, desa = self.rencana.bacaan, self._desa()
        self._run(lambda w, p, b: impor.rencanakan_bacaan(w, bacaan, desa, progress=p, batal=b),
                  translate("rumah_tangga_impor_dialog", "Memeriksa ulang dengan desa yang dipilih…"),
                  self._diperiksa, self.siap)

    def _diperiksa(self, rencana: object) -> None:
        assert isinstance(rencana, RencanaKK)
        self.rencana = rencana
        self._selesai_kerja()
        judul = f"<b>{escape(self.path.name)}</b><br>{escape(ringkasan_rencana(rencana))}"
        if rencana.bacaan.lembar:
            judul += "<br>" + escape(translate("rumah_tangga_impor_dialog", "Sheet dibaca: {lembar}")
                                     .format(lembar=", ".join(s.nama for s in rencana.bacaan.lembar)))
        self.judul.setText(judul)
        self.desa_box.setVisible(rencana.perlu_desa or rencana.desa is not None or any(
            not s.punya_desa for s in rencana.bacaan.lembar) or any(
            m.problem.code == "kk_desa_kosong" for m in rencana.masalah))
        rows = list(rencana.per_desa.values())
        self.per_desa.setRowCount(len(rows))
        for r, d in enumerate(rows):
            cells = (d.kode or "–", d.nama or translate("rumah_tangga_impor_dialog",
                                                         "(desa tidak dikenali)"), number(d.baru),
                     number(d.berubah), number(d.sama), number(d.salah))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == 5 and d.salah:
                    item.setBackground(TINTS[True])
                self.per_desa.setItem(r, c, item)
        self.per_desa.resizeColumnsToContents()
        self.per_desa.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.temuan_model.set_masalah(rencana.masalah)
        self.temuan.selectRow(0)
        self._rinci(self.temuan_model.index(0, 0))
        # The desa get the rows they need (up to about 8), the findings the rest.
        wanted = self.per_desa.horizontalHeader().height() + 4 + min(len(rows), 8) * (
            self.per_desa.verticalHeader().defaultSectionSize())
        total = max(self.splitter.height(), 400)
        self.splitter.setSizes([wanted, max(total - wanted, 200)])
        errors = rencana.kesalahan
        warnings = len(rencana.masalah) - errors
        counts = []
        if errors:
            counts.append(translate("rumah_tangga_impor_dialog", "{jumlah} kesalahan").format(
                jumlah=number(errors)))
        if warnings:
            counts.append(translate("rumah_tangga_impor_dialog", "{jumlah} peringatan").format(
                jumlah=number(warnings)))
        self.temuan_label.setText(translate("rumah_tangga_impor_dialog", "Masalah: {rincian}").format(
            rincian=", ".join(counts) or translate("rumah_tangga_impor_dialog", "tidak ada")))
        self.diabaikan.setText(translate("messages_rumah_tangga_excel", KOLOM_DIABAIKAN) + ": " + "; ".join(
            translate("rumah_tangga_impor_dialog", "{lembar} kolom {huruf} “{judul}”").format(
                lembar=k.lembar, huruf=k.huruf, judul=k.judul) for k in rencana.diabaikan))
        self.diabaikan.setVisible(bool(rencana.diabaikan))
        self._update()
        self.siap.emit()

    def _rinci(self, index: QModelIndex) -> None:
        m = self.temuan_model.masalah
        row = index.row()
        self.rinci.setText(masalah_text(m[row]) if 0 <= row < len(m) else "")
        self.rinci.setVisible(0 <= row < len(m))

    def _update(self, *_args: object) -> None:
        """Enable Impor only when it would write something allowed; say why otherwise."""
        busy = self.sibuk
        self.work_box.setVisible(busy)
        for widget in (self.splitter, self.hanya_sah):  # the plan's parts, once there is one
            widget.setVisible(self.rencana is not None)
        self.desa.setEnabled(not busy and self.hasil is None)
        self.hanya_sah.setEnabled(not busy and self.hasil is None)
        self.tutup_button.setEnabled(not busy)
        if self.hasil is not None:
            self.impor_button.hide()
            return
        if busy or self.rencana is None:
            self.impor_button.setEnabled(False)
            if busy and self.rencana is None:
                self.status.setText(translate(
                    "rumah_tangga_impor_dialog", "Berkas dibaca dan diperiksa dahulu; tidak ada "
                    "yang disimpan sebelum Anda menekan Impor."))
            return
        text, allowed, blocked = status_impor(self.rencana, self.hanya_sah.isChecked())
        self.status.setText(text)
        self.status.setStyleSheet("color: #a02834;" if blocked else "")
        self.impor_button.setEnabled(allowed)

    # -- the import -----------------------------------------------------------------------
    def impor(self) -> bool:
        """Write what the dry run found, in the background; False when nothing was started."""
        rencana = self.rencana
        if rencana is None or self.sibuk or not self.impor_button.isEnabled():
            return False
        sah = self.hanya_sah.isChecked()
        self._run(lambda w, p, b: impor.terapkan(w, rencana, hanya_valid=sah, progress=p,
                                                 batal=b),
                  translate("rumah_tangga_impor_dialog", "Menyimpan {jumlah} KK…").format(
                      jumlah=number(rencana.akan_ditulis)), self._diimpor, self.selesai)
        return True

    def _diimpor(self, hasil: object) -> None:
        assert isinstance(hasil, HasilKK)
        self.hasil = hasil
        self.ditulis = hasil.ditulis > 0
        self._selesai_kerja()
        self.status.setText(hasil_impor_kk_text(hasil.baru, hasil.berubah, hasil.sama,
                                                hasil.dilewati))
        self.status.setStyleSheet("font-weight: bold;")
        self.selesai.emit()

    def reject(self) -> None:
        """Closing while work runs asks it to stop first; the dialog closes once it has."""
        if self.sibuk:
            self.batalkan()
            return
        super().reject()
