"""The dry run of an import: its records (RencanaModel, KelasFilter), what Impor would do, the view."""

from __future__ import annotations

import logging
from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.lembar import Lembar
from kks_desktop.domain.sinkron import Kelas
from kks_desktop.messages_excel import KELAS_LABELS, masalah_text, ringkasan_rencana
from kks_desktop.services import lembar_desa
from kks_desktop.services.impor_buku import CatatanRencana, RencanaImpor
from kks_desktop.ui.cell_table_model import RECORD_ROLE, CellTableModel, Index
from kks_desktop.ui.formatting import number
from kks_desktop.ui.problem_tints import TINTS
from kks_desktop.ui.record_table import record_table
from kks_desktop.ui.sanitasi_parts import fit_columns
from kks_desktop.ui.sort_proxy import SortProxy

logger = logging.getLogger(__name__)

COL_LEMBAR, COL_BARIS, COL_CATATAN, COL_KELAS, COL_KOLOM = range(5)
KELAS_TINTS = {
    Kelas.BARU: QColor("#d1e7dd"),
    Kelas.BERUBAH: QColor("#cfe2ff"),
    Kelas.LEBIH_BARU: QColor("#e2e3e5"),
    Kelas.KONFLIK: TINTS[False],
}
DITOLAK = QT_TRANSLATE_NOOP("impor_rencana_model", "ada kesalahan")
DITULIS = (Kelas.BARU, Kelas.BERUBAH, Kelas.KONFLIK)
COLUMN_SAMPLES = ("Desa dan Pokja", "12.345",  # teks-tetap: width samples, not shown
                  "Peserta: Siti Aminah (Orientasi Kabupaten Sehat bagi Forum, 16/09/2025)",
                  "Lebih baru di sini · ada kesalahan", "Jumlah KK, Telepon")
# The order a plan is shown in first: what needs a look (conflicts, changes) before the rest.
KELAS_URUT = (Kelas.KONFLIK, Kelas.BERUBAH, Kelas.BARU, Kelas.LEBIH_BARU, Kelas.SAMA)


def ditolak(rencana: RencanaImpor, catatan: CatatanRencana,
            rows: set[tuple[str, int]] | None = None) -> bool:
    """Whether a record is left out of an import of the valid rows: its row has an error, or
    the row of the new record it hangs on has one. `rows`: `set(rencana.baris_ditolak())`."""
    rows = set(rencana.baris_ditolak()) if rows is None else rows
    return ((rencana.lembar_berkas.get(catatan.lembar, catatan.lembar), catatan.baris) in rows
            or catatan.bergantung in rows)


def akan_ditulis(rencana: RencanaImpor) -> list[CatatanRencana]:
    """The records an import would write: new, changed or in conflict, in rows without errors."""
    rows = set(rencana.baris_ditolak())
    return [c for c in rencana.catatan
            if c.perbandingan.kelas in DITULIS and not ditolak(rencana, c, rows)]


def impor_status(rencana: RencanaImpor, hanya_sah: bool, konflik: int) -> tuple[str, bool, bool]:
    """What pressing Impor would do: (the sentence, Impor allowed, blocked by errors)."""
    errors = sum(1 for m in rencana.masalah if m.is_error)
    ditulis = akan_ditulis(rencana)
    if errors and not hanya_sah:
        return (translate("impor_rencana_model", "Berkas berisi {jumlah} kesalahan; tidak ada yang "
                          "diimpor selama kesalahan masih ada. Perbaiki di Excel (salinan bertanda "
                          "membantu), lalu pilih berkasnya lagi — atau centang “Impor baris yang sah "
                          "saja”.").format(jumlah=number(errors)), False, True)
    if not ditulis:
        if errors:
            return (translate("impor_rencana_model", "Tidak ada yang perlu diimpor: semua catatan di "
                              "berkas sudah sama dengan data di sini (atau berada di baris "
                              "berkesalahan)."), False, False)
        return (translate("impor_rencana_model", "Tidak ada yang perlu diimpor: semua catatan di berkas "
                          "sudah sama dengan data di sini."), False, False)
    skipped = len(rencana.baris_ditolak()) if errors else 0
    text = translate("impor_rencana_model", "Akan ditulis: {jumlah} catatan").format(
        jumlah=number(len(ditulis)))
    if skipped:
        text += translate("impor_rencana_model", "; {jumlah} baris berkesalahan dilewati").format(
            jumlah=number(skipped))
    if konflik:
        text += translate("impor_rencana_model", "; {jumlah} konflik — Anda memilih nilainya sebelum "
                          "impor").format(jumlah=number(konflik))
    return text + ".", True, False


def lembar_by_nama() -> dict[str, Lembar]:
    """The sheets of the desa workbook by name, for field labels."""
    return {lembar.nama: lembar for lembar in lembar_desa.data_sheets()}


def field_label(lembar: Lembar | None, kunci: str) -> str:
    """The column header a field has in its sheet ("Jumlah KK"); the key when unknown."""
    if lembar is None:
        return kunci
    try:
        return lembar.kolom_of(kunci).judul
    except KeyError:
        return kunci


def kolom_text(catatan: CatatanRencana, lembar: Lembar | None) -> str:
    """"Jumlah KK, Telepon; konflik: Nama": the fields the file changes, then those in conflict."""
    p = catatan.perbandingan
    if p.kelas is Kelas.BARU:
        return translate("impor_rencana_model", "(catatan baru)")
    parts = [", ".join(field_label(lembar, k) for k in p.berubah)] if p.berubah else []
    if p.konflik:
        parts.append(translate("impor_rencana_model", "konflik: {kolom}").format(
            kolom=", ".join(field_label(lembar, k) for k in p.konflik)))
    return "; ".join(parts) or "–"


class RencanaModel(CellTableModel):
    """One row per record of a dry run, in workbook order: sheet, row, record, class, fields."""

    HEADERS: tuple[str, ...] = (
        QT_TRANSLATE_NOOP("impor_rencana_model", "Sheet"),
        QT_TRANSLATE_NOOP("impor_rencana_model", "Baris"),
        QT_TRANSLATE_NOOP("impor_rencana_model", "Catatan"),
        QT_TRANSLATE_NOOP("impor_rencana_model", "Kelas"),
        QT_TRANSLATE_NOOP("impor_rencana_model", "Kolom berubah"))
    HEADER_TIPS: tuple[str, ...] = (
        QT_TRANSLATE_NOOP("impor_rencana_model", "Sheet buku kerja"),
        QT_TRANSLATE_NOOP("impor_rencana_model", "Nomor baris di Excel"),
        QT_TRANSLATE_NOOP("impor_rencana_model", "Catatan yang dibawa baris ini"),
        QT_TRANSLATE_NOOP("impor_rencana_model",
                          "Baru, berubah, sama, lebih baru di sini, atau konflik"),
        QT_TRANSLATE_NOOP("impor_rencana_model",
                          "Kolom yang akan diambil dari berkas, dan kolom yang bertentangan"))
    NUMERIC = (COL_BARIS,)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.HEADERS = tuple(translate("impor_rencana_model", h) for h in RencanaModel.HEADERS)
        self.HEADER_TIPS = tuple(translate("impor_rencana_model", h) for h in RencanaModel.HEADER_TIPS)
        self._ditolak: set[int] = set()  # rows of the model left out of a valid-rows import

    def set_rencana(self, rencana: RencanaImpor | None) -> None:
        """Show the records of `rencana` (None: nothing)."""
        catatan = list(rencana.catatan) if rencana is not None else []
        rows = set(rencana.baris_ditolak()) if rencana is not None else set()
        self._ditolak = ({i for i, c in enumerate(catatan) if ditolak(rencana, c, rows)}
                         if rencana is not None else set())
        sheets = lembar_by_nama()
        order = {nama: i for i, nama in enumerate(sheets)}
        raw, shown, sort, tips = [], [], [], []
        for i, c in enumerate(catatan):
            kelas = c.perbandingan.kelas
            label = translate("messages_excel", KELAS_LABELS[kelas])
            bad = i in self._ditolak
            kolom = kolom_text(c, sheets.get(c.lembar))
            sheet = rencana.lembar_berkas.get(c.lembar, c.lembar) if rencana else c.lembar
            raw.append((sheet, c.baris, c.label, kelas.value, kolom))
            shown.append((sheet, number(c.baris), c.label,
                          f"{label} · {translate('impor_rencana_model', DITOLAK)}" if bad else label,
                          kolom))
            sort.append((order.get(c.lembar, len(order)), c.baris, c.label.casefold(),
                         KELAS_URUT.index(kelas), kolom.casefold()))
            tips.append(("", "", c.kunci,
                         translate("impor_rencana_model", "Baris ini (atau catatan induknya) berisi "
                                   "kesalahan; lihat daftar masalah") if bad else "",
                         kolom if len(kolom) > 40 else ""))
        self._reset(catatan, raw, shown, sort, tips)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.BackgroundRole and index.isValid()
                and index.column() == COL_KELAS and 0 <= index.row() < self.rowCount()):
            if index.row() in self._ditolak:
                return TINTS[True]
            return KELAS_TINTS.get(self.record(index.row()).perbandingan.kelas)
        return super().data(index, role)


class KelasFilter(SortProxy):
    """Keeps the records of one class (None: all)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kelas: Kelas | None = None

    def set_kelas(self, kelas: Kelas | None) -> None:
        self.beginFilterChange()
        self.kelas = kelas
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self.kelas is None:
            return True
        record = self.sourceModel().index(source_row, 0, source_parent).data(RECORD_ROLE)
        return isinstance(record, CatatanRencana) and record.perbandingan.kelas is self.kelas


class RencanaView(QWidget):
    """The dry run of one workbook: summary, class filter, records, problems and the actions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.konflik_count = 0
        self.judul = QLabel()
        self.judul.setTextFormat(Qt.TextFormat.RichText)
        self.judul.setWordWrap(True)
        self.model = RencanaModel(self)
        self.proxy = KelasFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table(self.proxy, translate("impor_rencana_model", "Catatan di berkas"),
                                  sortable=True)
        fit_columns(self.table, COLUMN_SAMPLES)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Conflicts and changes first; records of one class stay in workbook order.
        self.table.sortByColumn(COL_KELAS, Qt.SortOrder.AscendingOrder)
        self.filters = QButtonGroup(self)
        filter_row = QHBoxLayout()
        filter_row.addWidget(QLabel(translate("impor_rencana_model", "Tampilkan:")))
        for which, kelas in enumerate((None, *Kelas)):
            button = QPushButton()
            button.setCheckable(True)
            button.setProperty("kelas", kelas)
            self.filters.addButton(button, which)
            filter_row.addWidget(button)
        filter_row.addStretch(1)
        self.filters.button(0).setChecked(True)
        self.filters.idClicked.connect(self.saring)
        self.masalah_title = QLabel()
        self.masalah_title.setStyleSheet("font-weight: bold;")
        self.masalah = QListWidget()
        self.masalah.setAccessibleName(translate("impor_rencana_model", "Masalah di berkas"))
        self.masalah.setWordWrap(True)
        self.anotasi_button = QPushButton(translate("impor_rencana_model", "Simpan salinan bertan&da…"))
        self.anotasi_button.setToolTip(translate(
            "impor_rencana_model", "Salinan buku kerja dengan sel yang salah diberi warna dan kolom "
            "Kesalahan, untuk diperbaiki di Excel"))
        masalah_head = QHBoxLayout()
        masalah_head.addWidget(self.masalah_title)
        masalah_head.addStretch(1)
        masalah_head.addWidget(self.anotasi_button)
        self.masalah_box = QWidget()
        box = QVBoxLayout(self.masalah_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(masalah_head)
        box.addWidget(self.masalah, 1)
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.masalah_box)
        splitter.setChildrenCollapsible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.konflik_button = QPushButton(translate("impor_rencana_model", "Li&hat konflik…"))
        self.tutup_button = QPushButton(translate("impor_rencana_model", "&Tutup"))
        self.tutup_button.setToolTip(translate("impor_rencana_model",
                                               "Tutup hasil pemeriksaan tanpa mengimpor"))
        self.impor_button = QPushButton(translate("impor_rencana_model", "I&mpor"))
        self.impor_button.setDefault(True)
        self.impor_button.setAutoDefault(True)
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        for button in (self.konflik_button, self.tutup_button, self.impor_button):
            actions.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.judul)
        layout.addLayout(filter_row)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)

    def set_rencana(self, rencana: RencanaImpor | None) -> None:
        self.model.set_rencana(rencana)
        self.filters.button(0).setChecked(True)
        self.saring(0)
        self.masalah.clear()
        if rencana is None:
            self.konflik_count = 0
            return
        self.judul.setText(f"<b>{escape(rencana.path.name)}</b><br>"
                           f"{escape(ringkasan_rencana(rencana))}")
        jumlah = rencana.jumlah()
        for which, kelas in enumerate((None, *Kelas)):
            n = len(rencana.catatan) if kelas is None else jumlah.get(kelas, 0)
            button = self.filters.button(which)
            label = translate("impor_rencana_model", "Semua") if kelas is None \
                else translate("messages_excel", KELAS_LABELS[kelas])
            button.setText(f"{label} ({number(n)})")
            button.setEnabled(bool(n) or kelas is None)
        for m in rencana.masalah:
            item = QListWidgetItem(("✖ " if m.is_error else "⚠ ") + masalah_text(m))
            item.setBackground(TINTS[m.is_error])
            self.masalah.addItem(item)
        errors = sum(1 for m in rencana.masalah if m.is_error)
        counts = []
        if errors:
            counts.append(translate("impor_rencana_model", "{jumlah} kesalahan").format(
                jumlah=number(errors)))
        if len(rencana.masalah) - errors:
            counts.append(translate("impor_rencana_model", "{jumlah} peringatan").format(
                jumlah=number(len(rencana.masalah) - errors)))
        self.masalah_title.setText(translate("impor_rencana_model", "Masalah: {rincian}").format(
            rincian=", ".join(counts)))
        self.masalah_box.setVisible(bool(rencana.masalah))
        # The problems get the room they need, up to about 8 lines; the records the rest.
        lines = min(len(rencana.masalah), 8) + 2
        wanted = lines * self.masalah.fontMetrics().height() + 24
        self.splitter.setSizes([max(self.splitter.height() - wanted, 200), wanted])
        self.anotasi_button.setEnabled(bool(rencana.masalah))
        self.konflik_count = sum(1 for c in akan_ditulis(rencana)
                                 if c.perbandingan.kelas is Kelas.KONFLIK)
        self.set_pilihan(None)

    def saring(self, which: int) -> None:
        kelas = self.filters.button(which).property("kelas")
        self.proxy.set_kelas(kelas if isinstance(kelas, Kelas) else None)

    def set_pilihan(self, choices: dict[str, frozenset[str]] | None) -> None:
        self.konflik_button.setVisible(self.konflik_count > 0)
        if choices is None:
            self.konflik_button.setText(translate("impor_rencana_model", "Li&hat konflik ({jumlah})…")
                                        .format(jumlah=number(self.konflik_count)))
        else:
            n = sum(len(v) for v in choices.values())
            self.konflik_button.setText(translate(
                "impor_rencana_model", "Li&hat konflik ({jumlah} kolom dari berkas)…").format(
                jumlah=number(n)))

    def update_actions(self, rencana: RencanaImpor | None, hanya_sah: bool, busy: bool) -> None:
        """Enable Impor only when it would write something allowed; say why otherwise."""
        if rencana is None or busy:
            self.impor_button.setEnabled(False)
            self.status.setText("")
            return
        text, allowed, blocked = impor_status(rencana, hanya_sah, self.konflik_count)
        self.status.setText(text)
        self.status.setStyleSheet("color: #a02834;" if blocked else "")
        self.impor_button.setEnabled(allowed)
