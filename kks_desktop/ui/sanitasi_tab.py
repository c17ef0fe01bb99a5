"""SanitasiTab: a desa's ODF status, ODF path, monthly STBM reports and trend chart, with undo."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QStandardPaths, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kks_desktop.bahasa import translate
from kks_desktop.domain.desa import Desa
from kks_desktop.domain.errors import DesaNotFound, KksError
from kks_desktop.domain.odf import Hasil, JenisOdf, OdfEvent, StatusOdf, posisi_odf
from kks_desktop.domain.sanitasi import LaporanSanitasi, Sumber
from kks_desktop.messages import JENIS_ODF_LABELS
from kks_desktop.messages_sanitasi import (
    HASIL_LABELS,
    STATUS_ODF_LABELS,
    STATUS_STBM_LABELS,
    SUMBER_LABELS,
    alasan_stbm,
    langkah_berikut,
)
from kks_desktop.services import odf_service, sanitasi_service
from kks_desktop.services.pengaturan import aturan_stbm
from kks_desktop.ui.dialogs import confirm, show_error
from kks_desktop.ui.formatting import number, percent, table_date
from kks_desktop.ui.laporan_dialog import LaporanDialog
from kks_desktop.ui.laporan_table_model import LAPORAN_ROLE, LaporanTableModel
from kks_desktop.ui.odf_event_dialog import OdfEventDialog
from kks_desktop.ui.odf_event_table_model import (
    COL_KETERANGAN,
    EVENT_ROLE,
    OdfEventTableModel,
    team_size,
)
from kks_desktop.ui.record_table import record_table
from kks_desktop.ui.riwayat_dialog import RiwayatDialog
from kks_desktop.ui.sanitasi_commands import (
    DeleteLaporanCommand,
    DeleteOdfEventCommand,
    SaveLaporanCommand,
    SaveOdfEventCommand,
)
from kks_desktop.ui.sanitasi_parts import (
    chart_data,
    default_periode,
    fit_columns,
    section,
    section_header,
)
from kks_desktop.ui.session import UiSession
from kks_desktop.ui.trend_chart import TrendChart

logger = logging.getLogger(__name__)

STATUS_COLOURS = {StatusOdf.ODF: "#2b8a3e", StatusOdf.TERVERIFIKASI: "#1f4e99",
                  StatusOdf.MENUNGGU_VERIFIKASI: "#8a5a00", StatusOdf.PEMICUAN: "#8a5a00",
                  StatusOdf.BELUM: "#b00020"}


def _event_text(event: OdfEvent) -> str:
    """`verifikasi 12/05/2025`: an ODF step as the questions and the history name it."""
    return f"{translate('messages', JENIS_ODF_LABELS[event.jenis.value]).lower()} " \
           f"{table_date(event.tanggal)}"


class SanitasiTab(QWidget):
    """Shows the desa given to `set_desa`; every change goes through the services and the undo stack."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._desa: Desa | None = None
        self.today: dt.date | None = None  # None = the real today; tests may fix it
        self._build_banner()
        self._build_events()
        self._build_reports()
        self._build_chart()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        for box in (self.events_box, self.reports_box, self.chart_box):
            self.splitter.addWidget(box)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setSizes([135, 190, 245])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        session.data_changed.connect(self._data_changed)
        self.set_desa(None)

    # -- building -------------------------------------------------------------------------
    def _build_banner(self) -> None:
        self.banner = QFrame()
        self.banner.setObjectName("odfBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.status_label = QLabel()
        self.status_label.setAccessibleName(translate("sanitasi_tab", "Status ODF"))
        self.since_label = QLabel()
        self.since_label.setWordWrap(True)
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.stbm_label = QLabel()
        self.stbm_label.setWordWrap(True)
        for label in (self.since_label, self.next_label, self.stbm_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head = QHBoxLayout()
        head.addWidget(self.status_label)
        head.addWidget(self.since_label, 1)
        layout = QVBoxLayout(self.banner)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        layout.addLayout(head)
        layout.addWidget(self.next_label)
        layout.addWidget(self.stbm_label)

    def _build_events(self) -> None:
        self.event_model = OdfEventTableModel(self)
        self.event_table = record_table(self.event_model, translate("sanitasi_tab", "Jalur menuju ODF"))
        fit_columns(self.event_table, (
            "00/00/0000", translate("messages", JENIS_ODF_LABELS[JenisOdf.VERIFIKASI.value]),
            translate("messages_sanitasi", HASIL_LABELS[Hasil.GAGAL]), "BA/VER/2025/00",
            team_size(5)))
        self.event_table.horizontalHeader().setSectionResizeMode(
            COL_KETERANGAN, QHeaderView.ResizeMode.Stretch)
        self.event_buttons = {
            JenisOdf.PEMICUAN: QPushButton(translate("sanitasi_tab", "Pemi&cuan…")),
            JenisOdf.VERIFIKASI: QPushButton(translate("sanitasi_tab", "&Verifikasi…")),
            JenisOdf.DEKLARASI: QPushButton(translate("sanitasi_tab", "D&eklarasi…")),
        }
        self.edit_event_button = QPushButton(translate("sanitasi_tab", "Ubah…"))
        self.delete_event_button = QPushButton(translate("sanitasi_tab", "Hapus"))
        buttons = section_header(translate("sanitasi_tab", "Jalur menuju ODF"))
        buttons.addWidget(QLabel(translate("sanitasi_tab", "Catat:")))
        for jenis, button in self.event_buttons.items():
            button.setToolTip(translate("sanitasi_tab", "Catat {langkah} untuk desa ini").format(
                langkah=translate("messages", JENIS_ODF_LABELS[jenis.value]).lower()))
            button.clicked.connect(lambda _c=False, j=jenis: self.add_event(j))
            buttons.addWidget(button)
        buttons.addWidget(self.edit_event_button)
        buttons.addWidget(self.delete_event_button)
        self.riwayat_event_action = self._riwayat_menu(self.event_table, laporan=False)
        self.edit_event_button.setToolTip(
            translate("sanitasi_tab", "Ubah langkah yang dipilih (Enter di daftar)"))
        self.delete_event_button.setToolTip(
            translate("sanitasi_tab", "Hapus langkah yang dipilih (Delete di daftar)"))
        self.edit_event_button.clicked.connect(self.edit_event)
        self.delete_event_button.clicked.connect(self.delete_event)
        self.event_table.activated.connect(self.edit_event)
        self._delete_key(self.event_table, self.delete_event)
        self.events_box = section(buttons, self.event_table)

    def _build_reports(self) -> None:
        self.model = LaporanTableModel(self)
        self.table = record_table(self.model, translate("sanitasi_tab", "Riwayat laporan sanitasi"))
        fit_columns(self.table, ("September 2025",  # teks-tetap: a month as the table shows it
                                 "99.999", "100,0%", "99.999", "100,0%", "100,0%", "100,0%",
                                 "100,0%", translate("messages_sanitasi",
                                                     SUMBER_LABELS[Sumber.MONITORING])))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(translate("sanitasi_tab", "Tambah &laporan…"))
        self.add_button.setToolTip(translate("sanitasi_tab", "Laporan bulan berikutnya"))
        self.edit_button = QPushButton(translate("sanitasi_tab", "&Ubah…"))
        self.edit_button.setToolTip(
            translate("sanitasi_tab", "Ubah laporan yang dipilih (Enter atau klik ganda)"))
        self.delete_button = QPushButton(translate("sanitasi_tab", "&Hapus"))
        self.delete_button.setToolTip(translate(
            "sanitasi_tab", "Hapus laporan yang dipilih (Delete); dapat diurungkan Ctrl+Z"))
        self.add_button.clicked.connect(self.add_report)
        self.edit_button.clicked.connect(self.edit_report)
        self.delete_button.clicked.connect(self.delete_report)
        self.table.activated.connect(self.edit_report)
        self._delete_key(self.table, self.delete_report)
        buttons = section_header(translate("sanitasi_tab", "Laporan bulanan (terbaru di atas)"))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        self.riwayat_action = self._riwayat_menu(self.table, laporan=True)
        self.reports_box = section(buttons, self.table)

    def _build_chart(self) -> None:
        self.chart = TrendChart()
        self.save_chart_button = QPushButton(translate("sanitasi_tab", "Simpan &grafik (PNG)…"))
        self.save_chart_button.clicked.connect(self.save_chart)
        self.chart_note = QLabel()
        buttons = section_header(translate("sanitasi_tab", "Tren capaian (% KK)"))
        buttons.addWidget(self.save_chart_button)
        self.chart_box = section(buttons, self.chart, self.chart_note)

    def _riwayat_menu(self, table: QTableView, *, laporan: bool) -> QAction:
        """"Riwayat…" on the table's right-click menu (the button rows have no room left)."""
        action = QAction(translate("sanitasi_tab", "Riwayat…"), table)
        action.triggered.connect(lambda: self.show_riwayat(laporan=laporan))
        table.addAction(action)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return action

    def _delete_key(self, table: QTableView, slot: object) -> None:
        shortcut = QShortcut(QKeySequence.StandardKey.Delete, table)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(slot)

    # -- showing --------------------------------------------------------------------------
    def desa(self) -> Desa | None:
        return self._desa

    def set_desa(self, desa: Desa | None) -> None:
        """Show this desa's sanitation (or an empty, disabled tab for None)."""
        self._desa = desa
        self.refresh()

    def refresh(self) -> None:
        """Read the desa's reports and events again from the services; keep the selections."""
        desa, ws = self._desa, self.session.workspace
        reports: list[LaporanSanitasi] = []
        events: list[OdfEvent] = []
        if desa is not None:
            try:
                reports = sanitasi_service.reports_for(ws, desa.kode)
                events = odf_service.events_for(ws, desa.kode)
            except DesaNotFound:
                desa = self._desa = None
        keep_report, keep_event = self.current_report(), self.current_event()
        self.model.set_rows(reports)
        self.event_model.set_rows(events)
        self._reselect(self.table, self.model.row_of(keep_report.uuid) if keep_report else -1)
        self._reselect(self.event_table,
                       self.event_model.row_of(keep_event.uuid) if keep_event else -1)
        labels, series = chart_data(reports)
        self.chart.set_series(labels, series)
        self.chart.set_title(translate("sanitasi_tab", "Tren sanitasi {desa} ({kode})").format(
            desa=desa.nama, kode=desa.kode) if desa else "")
        self._show_banner(desa, reports, events)
        self.setEnabled(desa is not None)
        has_reports, has_events = bool(reports), bool(events)
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(has_reports)
        self.riwayat_action.setEnabled(has_reports)
        self.save_chart_button.setEnabled(has_reports)
        for button in (self.edit_event_button, self.delete_event_button):
            button.setEnabled(has_events)
        self.riwayat_event_action.setEnabled(has_events)

    def _show_banner(self, desa: Desa | None, reports: list[LaporanSanitasi],
                     events: list[OdfEvent]) -> None:
        if desa is None:
            for label in (self.status_label, self.since_label, self.next_label, self.stbm_label):
                label.setText("")
            return
        latest = reports[-1] if reports else None
        posisi = posisi_odf(events, latest)
        colour = STATUS_COLOURS[posisi.status]
        self.status_label.setText(translate("messages_sanitasi", STATUS_ODF_LABELS[posisi.status]))
        self.status_label.setStyleSheet(f"font-size: 15pt; font-weight: bold; color: {colour};")
        since = (translate("sanitasi_tab", "sejak {tanggal}").format(tanggal=table_date(posisi.sejak))
                 if posisi.sejak else "")
        if latest is not None:
            since += (" · " if since else "") + translate(
                "sanitasi_tab", "laporan terakhir {periode}: akses {persen}, {babs} KK BABS").format(
                periode=latest.periode.label, persen=percent(latest.persen_akses),
                babs=number(latest.babs))
        self.since_label.setText(since)
        self.next_label.setText(translate("sanitasi_tab", "<b>Langkah berikutnya:</b> {langkah}").format(
            langkah=langkah_berikut(posisi)))
        penilaian = sanitasi_service.penilaian_stbm(self.session.workspace, latest)
        self.stbm_label.setText(translate(
            "sanitasi_tab", "<b>{status}</b>: {alasan} (aturan: {aturan}).").format(
            status=translate("messages_sanitasi", STATUS_STBM_LABELS[penilaian.status]),
            alasan=alasan_stbm(penilaian),
            aturan=translate("acuan", aturan_stbm(self.session.workspace).nama)))

    def status_text(self) -> str:
        return self.status_label.text()

    @staticmethod
    def _reselect(table: QTableView, row: int) -> None:
        model = table.model()
        if row < 0 and model.rowCount():
            row = 0
        if row < 0:
            return
        table.selectionModel().setCurrentIndex(
            model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def current_report(self) -> LaporanSanitasi | None:
        index = self.table.currentIndex()
        return index.data(LAPORAN_ROLE) if index.isValid() else None

    def current_event(self) -> OdfEvent | None:
        index = self.event_table.currentIndex()
        return index.data(EVENT_ROLE) if index.isValid() else None

    def select_report(self, uuid: str) -> None:
        self._reselect(self.table, self.model.row_of(uuid))

    def _data_changed(self, kode: str) -> None:
        if self._desa is not None and kode in ("", str(self._desa.kode)):
            self.refresh()

    def _today(self) -> dt.date:
        return self.today or dt.date.today()

    # -- reports --------------------------------------------------------------------------
    def add_report(self) -> None:
        desa = self._desa
        if desa is None:
            return
        reports = [self.model.laporan_at(r) for r in range(self.model.rowCount())]
        saved = LaporanDialog.ask(self, self.session, desa, None,
                                  default_periode(reports, self._today()))
        if saved is not None:
            self.session.undo_stack.push(SaveLaporanCommand(self.session, desa, None, saved.laporan))
            self.select_report(saved.laporan.uuid)

    def edit_report(self) -> None:
        desa, lap = self._desa, self.current_report()
        if desa is None or lap is None:
            return
        saved = LaporanDialog.ask(self, self.session, desa, lap)
        if saved is not None:
            self.session.undo_stack.push(SaveLaporanCommand(self.session, desa, lap, saved.laporan))
            self.select_report(saved.laporan.uuid)

    def delete_report(self) -> None:
        desa, lap = self._desa, self.current_report()
        if desa is None or lap is None:
            return
        if not confirm(self, translate("sanitasi_tab", "Hapus laporan"), translate(
                "sanitasi_tab", "Yakin ingin menghapus laporan {periode} {desa}?\n\nPenghapusan "
                "dapat diurungkan dengan Ctrl+Z selama program masih terbuka.").format(
                periode=lap.periode.label, desa=desa.nama)):
            return
        try:
            removed = sanitasi_service.delete_report(self.session.workspace, desa.kode, lap)
        except KksError as exc:
            show_error(self, exc, translate("sanitasi_tab", "Tidak dapat menghapus laporan"))
            return
        self.session.undo_stack.push(DeleteLaporanCommand(self.session, desa, removed))

    # -- ODF path -------------------------------------------------------------------------
    def add_event(self, jenis: JenisOdf) -> None:
        desa = self._desa
        if desa is None:
            return
        saved = OdfEventDialog.ask(self, self.session, desa, None, jenis)
        if saved is not None:
            self.session.undo_stack.push(SaveOdfEventCommand(self.session, desa, None, saved[0]))
            self._reselect(self.event_table, self.event_model.row_of(saved[0].uuid))

    def edit_event(self) -> None:
        desa, event = self._desa, self.current_event()
        if desa is None or event is None:
            return
        saved = OdfEventDialog.ask(self, self.session, desa, event)
        if saved is not None:
            self.session.undo_stack.push(SaveOdfEventCommand(self.session, desa, event, saved[0]))
            self._reselect(self.event_table, self.event_model.row_of(saved[0].uuid))

    def delete_event(self) -> None:
        desa, event = self._desa, self.current_event()
        if desa is None or event is None:
            return
        if not confirm(self, translate("sanitasi_tab", "Hapus langkah ODF"), translate(
                "sanitasi_tab", "Yakin ingin menghapus catatan {langkah} dari jalur ODF {desa}?\n\n"
                "Penghapusan dapat diurungkan dengan Ctrl+Z selama program masih terbuka.").format(
                langkah=_event_text(event), desa=desa.nama)):
            return
        try:
            removed = odf_service.delete_event(self.session.workspace, desa.kode, event,
                                               self._today())
        except KksError as exc:
            show_error(self, exc, translate("sanitasi_tab", "Tidak dapat menghapus"))
            return
        self.session.undo_stack.push(DeleteOdfEventCommand(self.session, desa, removed))

    def show_riwayat(self, *, laporan: bool) -> None:
        """The change history of the selected report (or ODF step)."""
        desa = self._desa
        lap, event = self.current_report(), self.current_event()
        if desa is None:
            return
        if laporan and lap is not None:
            uuid = lap.uuid
            what = translate("sanitasi_tab", "laporan {periode} {desa}").format(
                periode=lap.periode.label, desa=desa.nama)
        elif not laporan and event is not None:
            uuid, what = event.uuid, f"{_event_text(event)} {desa.nama}"
        else:
            return
        RiwayatDialog.tampilkan(self, self.session, uuid, what, str(desa.kode))

    # -- chart ----------------------------------------------------------------------------
    def default_chart_path(self) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        kode = str(self._desa.kode) if self._desa else "desa"
        return str(Path(folder or Path.home()) / f"grafik-sanitasi-{kode}.png")  # teks-tetap: file name

    def save_chart(self) -> str | None:
        """Ask where, then write the chart as a PNG; the path written, or None."""
        path, _filter = QFileDialog.getSaveFileName(
            self, translate("sanitasi_tab", "Simpan grafik"), self.default_chart_path(),
            translate("sanitasi_tab", "Gambar PNG (*.png)"))
        if not path:
            return None
        if not path.lower().endswith(".png"):
            path += ".png"
        if not self.chart.save_png(path):
            QMessageBox.critical(self, translate("sanitasi_tab", "Grafik tidak tersimpan"), translate(
                "sanitasi_tab", "Grafik tidak dapat disimpan ke {berkas}. Periksa apakah folder itu "
                "ada, tidak terkunci tulis, dan masih ada ruang kosong.").format(berkas=path))
            return None
        self.chart_note.setText(translate("sanitasi_tab", "Tersimpan: {berkas}").format(berkas=path))
        return path
