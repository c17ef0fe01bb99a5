"""The Sanitasi overview page: % desa ODF against the award gates, per kecamatan and per desa."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.desa_stbm import StatusStbm
from kks_desktop.domain.odf import StatusOdf
from kks_desktop.domain.scope import ScopeLevel
from kks_desktop.messages_sanitasi import STATUS_ODF_LABELS, STATUS_STBM_LABELS
from kks_desktop.services.sanitasi_summary import RingkasanSanitasi, ringkasan
from kks_desktop.ui.cell_table_model import RECORD_ROLE, TOTAL_ROLE
from kks_desktop.ui.formatting import number
from kks_desktop.ui.gate_chart import GateChart
from kks_desktop.ui.record_table import record_table, select_source_row
from kks_desktop.ui.refresh_when_shown import RefreshWhenShown
from kks_desktop.ui.sanitasi_rekap_model import (
    BELUM_DEKLARASI,
    COL_AKSES,
    COL_BABS,
    COL_DESA,
    COL_K_NAMA,
    COL_KECAMATAN,
    COL_KODE,
    COL_LAPORAN,
    COL_SEJAK,
    COL_STATUS,
    COL_STBM,
    DesaSanitasiModel,
    DesaSanitasiProxy,
    KecamatanRekapModel,
    TotalLastProxy,
    desa_status,
    gate_line,
    headline,
    scope_note,
)
from kks_desktop.ui.session import UiSession

logger = logging.getLogger(__name__)

# The first two labels are this module's, the rest messages_sanitasi's (see `_status_label`).
STATUS_CHOICES = [(QT_TRANSLATE_NOOP("sanitasi_page", "Semua status ODF"), ""),
                  (QT_TRANSLATE_NOOP("sanitasi_page", "Belum deklarasi ODF"), BELUM_DEKLARASI)] + [
    (STATUS_ODF_LABELS[s], s.value) for s in StatusOdf]


def _status_label(label: str, value: str) -> str:
    """A STATUS_CHOICES label in the chosen language, looked up in the context that marked it."""
    if value in ("", BELUM_DEKLARASI):
        return translate("sanitasi_page", label)
    return translate("messages_sanitasi", label)


class SanitasiPage(RefreshWhenShown):
    """Emits `desa_requested(kode)` when the user opens a desa (Enter or double-click on its row).

    Reads the summary again when `session.data_changed` fires (at once if shown, else on show).
    """

    desa_requested = Signal(str)

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.summary: RingkasanSanitasi | None = None
        self.headline = QLabel()
        self.headline.setStyleSheet("font-size: 16pt; font-weight: bold; color: #1f4e79;")
        self.headline.setWordWrap(True)
        self.gate_label = QLabel()
        self.gate_label.setWordWrap(True)
        self.gate_label.setStyleSheet("font-size: 11pt;")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #5f6b76;")
        self.save_button = QPushButton(translate("sanitasi_page", "Simpan grafik (&PNG)…"))
        self.save_button.setToolTip(translate(
            "sanitasi_page", "Simpan grafik persentase desa ODF per kecamatan sebagai gambar"))
        self.save_button.clicked.connect(self.save_chart)
        self.chart = GateChart()
        self.chart.bar_clicked.connect(self.show_kecamatan)
        self.kec_model = KecamatanRekapModel(self)
        self.kec_proxy = TotalLastProxy(self)
        self.kec_proxy.setSourceModel(self.kec_model)
        self.kec_table = record_table(self.kec_proxy, translate("sanitasi_page", "Rekap per kecamatan"),
                                     sortable=True)
        self.kec_table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.kec_table.clicked.connect(self._kecamatan_row_chosen)
        self.kec_table.activated.connect(self._kecamatan_row_chosen)
        self.top_tabs = QTabWidget()
        self.top_tabs.addTab(self.chart, translate("sanitasi_page", "&Grafik per kecamatan"))
        self.top_tabs.addTab(self.kec_table, translate("sanitasi_page", "&Tabel per kecamatan"))
        self.desa_model = DesaSanitasiModel(self)
        self.desa_proxy = DesaSanitasiProxy(self)
        self.desa_proxy.setSourceModel(self.desa_model)
        self.desa_table = record_table(self.desa_proxy, translate("sanitasi_page", "Desa dan status ODF"),
                                       sortable=True)
        self.desa_table.sortByColumn(COL_KODE, Qt.SortOrder.AscendingOrder)
        self.desa_table.activated.connect(self._desa_activated)
        self.kecamatan_combo = QComboBox()
        self.kecamatan_combo.setAccessibleName(translate("sanitasi_page", "Saring kecamatan"))
        self.kecamatan_combo.currentIndexChanged.connect(self._kecamatan_changed)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(translate("sanitasi_page", "Saring status ODF"))
        for label, value in STATUS_CHOICES:
            self.status_combo.addItem(_status_label(label, value), value)
        self.status_combo.currentIndexChanged.connect(self._filters_changed)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("sanitasi_page", "Cari kode, desa atau kecamatan… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("sanitasi_page", "Cari desa"))
        self.search.textChanged.connect(self._filters_changed)
        self.count = QLabel()
        self._size_columns()
        self._layout()
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        session.data_changed.connect(self._data_changed)
        self.refresh()

    def _size_columns(self) -> None:
        """Widths from the font, not from measuring every row (slow at 800+ desa)."""
        fm = self.fontMetrics()
        header = self.desa_table.horizontalHeader()
        # Width samples: a long kode and kecamatan name (data), the widest texts of the others.
        for column, sample in ((COL_KODE, "33.25.01.2001"),
                               (COL_KECAMATAN, "Warungasem"),  # teks-tetap: a place name (data)
                               (COL_STATUS, translate("messages_sanitasi", STATUS_ODF_LABELS[
                                   StatusOdf.MENUNGGU_VERIFIKASI])),
                               (COL_SEJAK, "30/12/2025"),
                               (COL_LAPORAN, "September 2025"),  # teks-tetap: a month as data shows it
                               (COL_AKSES, "100,0%"),
                               (COL_BABS, translate("sanitasi_rekap_model",
                                                     DesaSanitasiModel.HEADERS[COL_BABS])),
                               (COL_STBM, translate("messages_sanitasi",
                                                     STATUS_STBM_LABELS[StatusStbm.BELUM]))):
            header.resizeSection(column, fm.horizontalAdvance(sample) + 24)
        header.setSectionResizeMode(COL_DESA, QHeaderView.ResizeMode.Stretch)
        self.kec_table.horizontalHeader().setSectionResizeMode(
            COL_K_NAMA, QHeaderView.ResizeMode.Stretch)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.headline, 1)
        top.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        filters = QHBoxLayout()
        for text, widget in ((translate("sanitasi_page", "&Kecamatan:"), self.kecamatan_combo),
                             (translate("sanitasi_page", "&Status ODF:"), self.status_combo)):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        desa_panel = QWidget()
        desa_layout = QVBoxLayout(desa_panel)
        desa_layout.setContentsMargins(0, 0, 0, 0)
        desa_layout.addLayout(filters)
        desa_layout.addWidget(self.desa_table, 1)
        desa_layout.addWidget(self.count)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.top_tabs)
        self.splitter.addWidget(desa_panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([360, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.gate_label)
        layout.addWidget(self.note)
        layout.addWidget(self.splitter, 1)

    # --- refresh ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the summary again and show it, keeping the filters and the chosen desa."""
        self._dirty = False
        ws = self.session.workspace
        r = ringkasan(ws)
        self.summary = r
        scope = ws.scope()
        level = scope.level if scope else None
        self.headline.setText(headline(r))
        self.gate_label.setText(self._gate_text(r, level))
        note = scope_note(level) if level is not ScopeLevel.DESA and r.total.desa else ""
        stbm = (translate("sanitasi_page", "Desa STBM: {stbm} dari {desa} desa (aturan: {aturan}).").format(
            stbm=number(r.total.desa_stbm), desa=number(r.total.desa),
            aturan=translate("acuan", r.aturan.nama))
            if r.total.desa else "")
        self.note.setText(" ".join(t for t in (stbm, note) if t))
        self.note.setVisible(bool(self.note.text()))
        self.chart.set_data(
            [(k.kode, k.nama, k.persen_desa_odf) for k in r.kecamatan]
            + ([("", translate("sanitasi_page", "Total"), r.total.persen_desa_odf)]
               if r.kecamatan else []),
            [(t.nama, t.min_odf * 100) for t in r.siklus.tingkat])
        self.chart.title = translate(
            "sanitasi_page", "Persentase desa/kelurahan ODF per kecamatan — {wilayah} "
            "({ringkasan}; syarat siklus {tahun})").format(
            wilayah=scope.nama if scope else translate("sanitasi_page", "semua desa"),
            ringkasan=headline(r), tahun=r.siklus.tahun)
        self.top_tabs.setVisible(level is not ScopeLevel.DESA and bool(r.kecamatan))
        self.save_button.setVisible(level is not ScopeLevel.DESA)
        self.save_button.setEnabled(bool(r.kecamatan))
        self.kec_model.set_rows(r.kecamatan, r.total if r.kecamatan else None)
        self.kec_table.resizeColumnsToContents()
        self.kec_table.horizontalHeader().setSectionResizeMode(
            COL_K_NAMA, QHeaderView.ResizeMode.Stretch)
        chosen = self._current_kode()
        self.desa_model.set_rows(r.desa)
        self._fill_kecamatan_combo(r)
        self._update_count()
        if chosen:
            self.select_desa(chosen)

    def _gate_text(self, r: RingkasanSanitasi, level: ScopeLevel | None) -> str:
        if not r.total.desa:
            return translate("sanitasi_page", "Tambahkan desa/kelurahan di halaman Desa dan Pokja, lalu isi "
                             "laporan sanitasinya di tab Sanitasi desa.")
        if level is ScopeLevel.DESA and len(r.desa) == 1:
            return desa_status(r.desa[0])
        return gate_line(r) + "."

    def _fill_kecamatan_combo(self, r: RingkasanSanitasi) -> None:
        keep = self.desa_proxy.kecamatan
        self.kecamatan_combo.blockSignals(True)
        self.kecamatan_combo.clear()
        self.kecamatan_combo.addItem(translate("sanitasi_page", "Semua kecamatan"), "")
        for k in r.kecamatan:
            self.kecamatan_combo.addItem(k.nama, k.kode)
        found = self.kecamatan_combo.findData(keep)
        self.kecamatan_combo.setCurrentIndex(max(0, found))
        self.kecamatan_combo.blockSignals(False)
        self.kecamatan_combo.setEnabled(len(r.kecamatan) > 1)
        self._kecamatan_changed()

    # --- filters ------------------------------------------------------------------------------
    def show_kecamatan(self, kode: str) -> None:
        """Filter the desa table to one kecamatan ("" for all of them)."""
        index = self.kecamatan_combo.findData(kode)
        self.kecamatan_combo.setCurrentIndex(max(0, index))

    def _kecamatan_row_chosen(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        rekap = index.data(RECORD_ROLE)
        self.show_kecamatan("" if index.data(TOTAL_ROLE) else rekap.kode)

    def _kecamatan_changed(self, *_args: object) -> None:
        kode = self.kecamatan_combo.currentData() or ""
        self.chart.set_selected(kode or None)
        self._filters_changed()

    def _filters_changed(self, *_args: object) -> None:
        self.desa_proxy.set_filters(kecamatan=self.kecamatan_combo.currentData() or "",
                                    status=self.status_combo.currentData() or "",
                                    text=self.search.text())
        self._update_count()

    def _update_count(self) -> None:
        total, shown = self.desa_model.rowCount(), self.desa_proxy.rowCount()
        if not total:
            self.count.setText(translate("sanitasi_page", "Belum ada desa/kelurahan."))
        elif shown == total:
            self.count.setText(translate(
                "sanitasi_page", "{jumlah} desa/kelurahan. Enter atau klik ganda membuka tab "
                "Sanitasi desa.").format(jumlah=number(total)))
        else:
            self.count.setText(translate(
                "sanitasi_page", "Menampilkan {tampil} dari {jumlah} desa/kelurahan.").format(
                tampil=number(shown), jumlah=number(total)))

    # --- desa rows ----------------------------------------------------------------------------
    def _current_kode(self) -> str | None:
        index = self.desa_table.currentIndex()
        record = index.data(RECORD_ROLE) if index.isValid() else None
        return str(record.desa.kode) if record is not None else None

    def select_desa(self, kode: str) -> bool:
        """Make the row of that desa current (if the filters show it)."""
        return select_source_row(self.desa_table, self.desa_proxy, self.desa_model.row_of(kode))

    def shown_kodes(self) -> list[str]:
        """The kode of each desa row as the table shows them, top to bottom."""
        return [str(self.desa_proxy.index(r, COL_KODE).data(RECORD_ROLE).desa.kode)
                for r in range(self.desa_proxy.rowCount())]

    def _desa_activated(self, index: QModelIndex) -> None:
        record = index.data(RECORD_ROLE) if index.isValid() else None
        if record is not None:
            self.desa_requested.emit(str(record.desa.kode))

    # --- export -------------------------------------------------------------------------------
    def save_chart(self) -> None:
        r = self.summary
        scope = self.session.workspace.scope()
        name = (  # teks-tetap: a file name
            f"grafik-odf-{scope.kode if scope else 'semua'}-{r.siklus.tahun if r else ''}.png")
        path, _ = QFileDialog.getSaveFileName(
            self, translate("sanitasi_page", "Simpan grafik"), str(Path.home() / name),
            translate("sanitasi_page", "Gambar PNG (*.png)"))
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        if self.chart.save_png(path):
            self.count.setText(translate("sanitasi_page", "Grafik disimpan: {berkas}").format(berkas=path))
        else:
            QMessageBox.warning(self, translate("sanitasi_page", "Grafik tidak tersimpan"), translate(
                "sanitasi_page", "Grafik tidak dapat disimpan ke {berkas}. Periksa apakah folder itu "
                "ada dan boleh ditulisi, lalu coba lagi.").format(berkas=path))
