"""The desa × item readiness matrix for a kecamatan or kabupaten workspace, with its totals."""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kks_desktop.bahasa import translate
from kks_desktop.domain.kesiapan import Definisi, Tingkat
from kks_desktop.domain.kesiapan_fakta import StatusButir
from kks_desktop.messages_kesiapan import status_text
from kks_desktop.services import kesiapan_service
from kks_desktop.services.kesiapan_service import BarisMatriks
from kks_desktop.ui.cell_table_model import RECORD_ROLE
from kks_desktop.ui.formatting import number
from kks_desktop.ui.kesiapan_matriks_model import (
    COL_DESA,
    COL_KECAMATAN,
    COL_SKOR,
    KesiapanJumlahModel,
    KesiapanMatriksModel,
    KesiapanMatriksProxy,
    jumlah_matriks,
    kecamatan_kode,
)
from kks_desktop.ui.problem_tints import STATUS_TINTS
from kks_desktop.ui.record_table import record_table, select_source_row
from kks_desktop.ui.refresh_when_shown import RefreshWhenShown
from kks_desktop.ui.session import UiSession

logger = logging.getLogger(__name__)

_PAD = 18  # room for the cell margins and the sort arrow


class KesiapanMatriks(RefreshWhenShown):
    """Every desa of the workspace against the items of a desa checklist.

    Emits `desa_dipilih(checklist id, desa kode)` on Enter or double-click on a desa row. Reads
    the matrix (one `kesiapan_service.matriks` call) when first shown, and again on
    `session.data_changed`: at once while shown, else on the next show.
    """

    desa_dipilih = Signal(str, str)

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.definisi_combo = QComboBox()
        self.definisi_combo.setAccessibleName(translate("kesiapan_matriks", "Daftar periksa"))
        for definisi in kesiapan_service.muat_definisi():
            if definisi.tingkat is Tingkat.DESA:
                self.definisi_combo.addItem(translate("kesiapan_matriks", "{judul} (siklus {siklus})").format(
                    judul=translate("acuan", definisi.judul), siklus=definisi.siklus), definisi.id)
        self.definisi_combo.currentIndexChanged.connect(self.refresh)
        self.kecamatan_combo = QComboBox()
        self.kecamatan_combo.setAccessibleName(translate("kesiapan_matriks", "Saring kecamatan"))
        self.kecamatan_combo.currentIndexChanged.connect(self._filters_changed)
        self.kecamatan_label = QLabel(translate("kesiapan_matriks", "&Kecamatan:"))
        self.kecamatan_label.setBuddy(self.kecamatan_combo)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("kesiapan_matriks", "Cari nama desa… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("kesiapan_matriks", "Cari desa"))
        self.search.textChanged.connect(self._filters_changed)
        self.model = KesiapanMatriksModel(self)
        self.proxy = KesiapanMatriksProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table(self.proxy, translate("kesiapan_matriks", "Matriks kesiapan desa"),
                                  sortable=True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(self._activated)
        self.jumlah_model = KesiapanJumlahModel(self)
        self.footer = self._footer_table()
        self.count = QLabel()
        self.count.setWordWrap(True)
        self._layout()
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        session.data_changed.connect(self._data_changed)

    def _footer_table(self) -> QTableView:
        """The totals: a header-less table whose columns follow the matrix (width and scroll)."""
        footer = record_table(self.jumlah_model, translate("kesiapan_matriks", "Jumlah per butir"))
        footer.horizontalHeader().hide()
        footer.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        footer.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        footer.setAlternatingRowColors(False)
        footer.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        footer.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = len(KesiapanJumlahModel.STATUSES)
        footer.setFixedHeight(rows * footer.verticalHeader().defaultSectionSize()
                              + 2 * footer.frameWidth())
        self.table.horizontalHeader().sectionResized.connect(
            lambda column, _old, new: footer.setColumnWidth(column, new))
        self.table.horizontalScrollBar().valueChanged.connect(
            footer.horizontalScrollBar().setValue)
        self.table.verticalScrollBar().rangeChanged.connect(self._align_footer)
        return footer

    def _layout(self) -> None:
        label = QLabel(translate("kesiapan_matriks", "&Daftar periksa:"))
        label.setBuddy(self.definisi_combo)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.definisi_combo)
        top.addWidget(self.kecamatan_label)
        top.addWidget(self.kecamatan_combo)
        top.addWidget(self.search, 1)
        legend = QHBoxLayout()
        legend.addWidget(QLabel(translate("kesiapan_matriks", "Keterangan:")))
        for status in StatusButir:
            chip = QLabel(status_text(status))
            chip.setStyleSheet(f"background: {STATUS_TINTS[status].name()}; padding: 2px 8px;"
                               " border: 1px solid #b0b7bf; border-radius: 3px;")
            legend.addWidget(chip)
        legend.addStretch(1)
        self.footer_box = QWidget()
        self._footer_margin = QHBoxLayout(self.footer_box)
        self._footer_margin.setContentsMargins(0, 0, 0, 0)
        self._footer_margin.addWidget(self.footer)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(legend)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.footer_box)
        layout.setSpacing(6)
        layout.addWidget(self.count)

    def _align_footer(self, _low: int = 0, high: int = 0) -> None:
        """Keep the footer's viewport as wide as the matrix's, whose scroll bar takes room."""
        bar = self.table.verticalScrollBar()
        self._footer_margin.setContentsMargins(0, 0, bar.sizeHint().width() if high else 0, 0)

    # --- refresh ------------------------------------------------------------------------------
    def definisi(self) -> Definisi | None:
        """The checklist shown."""
        did = self.definisi_combo.currentData()
        return kesiapan_service.cari_definisi(did) if did else None

    def refresh(self, *_args: object) -> None:
        """Judge the checklist for every desa again (one read), keeping filters and current desa."""
        self._dirty = False
        definisi = self.definisi()
        ws = self.session.workspace
        scope = ws.scope()
        rows = (kesiapan_service.matriks(ws, definisi, scope.kode if scope else None)
                if definisi else [])
        rows.sort(key=lambda r: (r.kecamatan.casefold(), r.nama.casefold(), r.kode))
        chosen = self._current_kode()
        self.model.set_rows(definisi, rows)
        self._size_columns(rows)
        self._fill_kecamatan(rows)
        if chosen:
            self.select_desa(chosen)

    def _size_columns(self, rows: list[BarisMatriks]) -> None:
        """Widths from the font: the longest name, each item's short label (not every cell)."""
        fm = self.fontMetrics()
        header = self.table.horizontalHeader()
        names = {COL_DESA: [r.nama for r in rows], COL_KECAMATAN: [r.kecamatan for r in rows]}
        total = number(len(rows))
        for column, title in enumerate(self.model.HEADERS):
            other = translate("kesiapan_matriks_model", "Rata-rata") if column == COL_SKOR else total
            samples = [*names.get(column, [other]), title]
            width = max(fm.horizontalAdvance(line) for s in samples
                        for line in s.split("\n")) + _PAD
            header.resizeSection(column, min(width, 260))

    def _fill_kecamatan(self, rows: list[BarisMatriks]) -> None:
        keep = self.kecamatan_combo.currentData() or ""
        found = {kecamatan_kode(r): r.kecamatan for r in rows}
        self.kecamatan_combo.blockSignals(True)
        self.kecamatan_combo.clear()
        self.kecamatan_combo.addItem(translate("kesiapan_matriks", "Semua kecamatan"), "")
        for kode, nama in sorted(found.items(), key=lambda item: item[1].casefold()):
            self.kecamatan_combo.addItem(nama, kode)
        self.kecamatan_combo.setCurrentIndex(max(0, self.kecamatan_combo.findData(keep)))
        self.kecamatan_combo.blockSignals(False)
        many = len(found) > 1
        self.kecamatan_label.setVisible(many)
        self.kecamatan_combo.setVisible(many)
        self._filters_changed()

    # --- filters and totals -------------------------------------------------------------------
    def show_kecamatan(self, kode: str) -> None:
        """Show the desa of one kecamatan ("" for all of them)."""
        self.kecamatan_combo.setCurrentIndex(max(0, self.kecamatan_combo.findData(kode)))

    def _filters_changed(self, *_args: object) -> None:
        self.proxy.set_filters(kecamatan=self.kecamatan_combo.currentData() or "",
                               text=self.search.text())
        shown = self.proxy.shown_records()
        definisi = self.model.definisi
        self.jumlah_model.set_totals(definisi, jumlah_matriks(definisi, shown)
                                     if definisi and shown else None)
        for row in range(self.jumlah_model.rowCount()):
            self.footer.setSpan(row, COL_DESA, 1, 2)
        for column in range(self.model.columnCount()):
            self.footer.setColumnWidth(column, self.table.columnWidth(column))
        self.footer.horizontalScrollBar().setValue(self.table.horizontalScrollBar().value())
        self._update_count(len(shown))

    def _update_count(self, shown: int) -> None:
        total = self.model.rowCount()
        if self.model.definisi is None:
            self.count.setText(translate("kesiapan_matriks", "Belum ada daftar periksa untuk desa."))
        elif not total:
            self.count.setText(translate("kesiapan_matriks",
                                         "Belum ada desa/kelurahan terdaftar di wilayah kerja ini."))
        elif shown == total:
            self.count.setText(translate("kesiapan_matriks", "{jumlah} desa/kelurahan. Jumlah di bawah "
                                         "tabel dihitung dari desa yang tampil. Enter atau klik ganda "
                                         "membuka daftar periksa desa.").format(jumlah=number(total)))
        else:
            self.count.setText(translate("kesiapan_matriks", "Menampilkan {tampil} dari {jumlah} "
                                         "desa/kelurahan; jumlah di bawah tabel hanya untuk yang "
                                         "tampil.").format(tampil=number(shown), jumlah=number(total)))

    # --- desa rows ----------------------------------------------------------------------------
    def _current_kode(self) -> str | None:
        index = self.table.currentIndex()
        record = index.data(RECORD_ROLE) if index.isValid() else None
        return record.kode if record is not None else None

    def select_desa(self, kode: str) -> bool:
        """Make the row of that desa current (if the filters show it)."""
        return select_source_row(self.table, self.proxy, self.model.row_of(kode))

    def shown_kodes(self) -> list[str]:
        """The kode of each desa row as the table shows them, top to bottom."""
        return [r.kode for r in self.proxy.shown_records()]

    def _activated(self, index: QModelIndex) -> None:
        record = index.data(RECORD_ROLE) if index.isValid() else None
        definisi = self.model.definisi
        if record is not None and definisi is not None:
            self.desa_dipilih.emit(definisi.id, record.kode)
