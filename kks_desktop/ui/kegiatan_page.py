"""The Kegiatan page: the list of sessions (filter, open, delete, print) and the session editor."""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.errors import KegiatanNotFound, KksError
from kks_desktop.domain.kegiatan import Kegiatan, KegiatanRingkas
from kks_desktop.services import kegiatan_service
from kks_desktop.services.identitas import identitas
from kks_desktop.services.reference import acuan_kegiatan
from kks_desktop.ui.cell_table_model import RECORD_ROLE
from kks_desktop.ui.cetak_dialog import cetak, cetak_menu
from kks_desktop.ui.dialogs import confirm, show_error
from kks_desktop.ui.formatting import number
from kks_desktop.ui.kegiatan_commands import DeleteKegiatanCommand
from kks_desktop.ui.kegiatan_editor import KegiatanEditor
from kks_desktop.ui.kegiatan_list_model import (
    COL_JUDUL,
    COL_TANGGAL,
    KegiatanFilter,
    KegiatanListModel,
)
from kks_desktop.ui.record_table import record_table
from kks_desktop.ui.riwayat_dialog import RiwayatDialog
from kks_desktop.ui.sanitasi_parts import fit_columns
from kks_desktop.ui.session import UiSession

logger = logging.getLogger(__name__)

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "kegiatan_page", "<p><b>Belum ada kegiatan tercatat.</b></p><p>Catat orientasi, sosialisasi "
    "STBM, pemicuan, rapat Pokja atau pelatihan beserta peserta, daftar hadir, nilai "
    "pre/post-test dan rencana tindak lanjutnya. Klik <b>Tambah kegiatan</b> (Ctrl+N) untuk "
    "memulai.</p>")
# Column widths: the wider of these texts and the column's header (never shown).
COLUMN_SAMPLES = (  # teks-tetap: width samples
    "30/09–01/10/2025", "Sosialisasi STBM", "", "Kecamatan Wonotunggal", "Peserta", "57/55/60",
    "Pre/post", "RTL terbuka")


class KegiatanPage(QStackedWidget):
    """The list first; opening or adding a session shows the editor in its place."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._dirty = False
        self._scope_name = ""
        self.model = KegiatanListModel(self)
        self.proxy = KegiatanFilter(self)
        self.proxy.setSourceModel(self.model)
        self.list_view = self._build_list()
        self.editor = KegiatanEditor(session)
        self.addWidget(self.list_view)
        self.addWidget(self.editor)
        self.editor.back_requested.connect(self.show_list)
        session.data_changed.connect(self._data_changed)
        self.reload()

    # -- building -------------------------------------------------------------------------
    def _build_list(self) -> QWidget:
        self.add_button = QPushButton(translate("kegiatan_page", "&Tambah kegiatan"))
        self.add_button.setToolTip(translate("kegiatan_page", "Catat kegiatan baru (Ctrl+N)"))
        self.open_button = QPushButton(translate("kegiatan_page", "B&uka"))
        self.open_button.setToolTip(
            translate("kegiatan_page", "Buka kegiatan terpilih (Enter atau klik ganda)"))
        self.delete_button = QPushButton(translate("kegiatan_page", "&Hapus"))
        self.delete_button.setToolTip(
            translate("kegiatan_page", "Hapus kegiatan terpilih (Delete); dapat diurungkan Ctrl+Z"))
        self.cetak_button = QPushButton(translate("kegiatan_page", "Ceta&k"))
        self.cetak_button.setToolTip(translate("kegiatan_page", "Cetak daftar hadir, rekap "
                                               "pre/post-test atau RTL kegiatan terpilih"))
        self.cetak_button.setMenu(cetak_menu(self.cetak_button, self.print_current))
        self.riwayat_button = QPushButton(translate("kegiatan_page", "&Riwayat…"))
        self.riwayat_button.setToolTip(translate(
            "kegiatan_page", "Perubahan kegiatan terpilih beserta peserta, kehadiran dan RTL-nya: "
            "kapan, oleh siapa, isi lama dan baru"))
        self.riwayat_button.clicked.connect(self.show_riwayat)
        self.add_button.clicked.connect(self.add_kegiatan)
        self.open_button.clicked.connect(self.open_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.tahun = QComboBox()
        self.tahun.setAccessibleName(translate("kegiatan_page", "Tahun"))
        self.jenis = QComboBox()
        self.jenis.setAccessibleName(translate("kegiatan_page", "Jenis kegiatan"))
        self.jenis.addItem(translate("kegiatan_page", "Semua jenis"), "")
        for pilihan in acuan_kegiatan().jenis:
            self.jenis.addItem(translate("acuan", pilihan.label), pilihan.id)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            translate("kegiatan_page", "Cari judul atau tempat… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("kegiatan_page", "Cari kegiatan"))
        self.tahun.currentIndexChanged.connect(self._filter_changed)
        self.jenis.currentIndexChanged.connect(self._filter_changed)
        self.search.textChanged.connect(self._filter_changed)
        self.table = record_table(self.proxy, translate("kegiatan_page", "Daftar kegiatan"),
                                  sortable=True)
        self.table.sortByColumn(COL_TANGGAL, Qt.SortOrder.DescendingOrder)
        fit_columns(self.table, COLUMN_SAMPLES)
        self.table.horizontalHeader().setSectionResizeMode(COL_JUDUL,
                                                           QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.activated.connect(self.open_current)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.empty = QLabel(translate("kegiatan_page", EMPTY_TEXT))
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.jumlah = QLabel()
        tools = QHBoxLayout()
        for widget in (self.add_button, self.open_button, self.delete_button, self.cetak_button,
                       self.riwayat_button):
            tools.addWidget(widget)
        tools.addStretch(1)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(translate("kegiatan_page", "Tahun:")))
        filters.addWidget(self.tahun)
        filters.addWidget(QLabel(translate("kegiatan_page", "Jenis:")))
        filters.addWidget(self.jenis)
        filters.addWidget(self.search, 1)
        heading = QLabel(translate("kegiatan_page", "Kegiatan"))
        heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addLayout(tools)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.jumlah)
        QShortcut(QKeySequence.StandardKey.New, page, self.add_kegiatan)
        QShortcut(QKeySequence.StandardKey.Find, page, self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.Print, page, lambda: self.print_current("daftar_hadir"))
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_current)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        return page

    # -- list -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the sessions again, keeping the filters and the selected session."""
        self._dirty = False
        keep = self.current_ringkas()
        ws = self.session.workspace
        scope = ws.scope()
        rows = kegiatan_service.daftar(ws)
        names = {str(kode): nama for kode, nama in kegiatan_service.pilihan_wilayah(self.session.workspace)}
        for row in rows:
            if str(row.wilayah) not in names:
                names[str(row.wilayah)] = identitas(ws, row.wilayah).nama
        acuan = acuan_kegiatan()
        self.model.set_rows(rows, lambda jenis: translate("acuan", acuan.label_jenis(jenis)), names)
        self._fill_years()
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self._scope_name = scope.nama if scope else ""
        self._update_count()
        self.select_uuid(keep.uuid if keep else "")

    def _fill_years(self) -> None:
        keep = self.tahun.currentData()
        self.tahun.blockSignals(True)
        self.tahun.clear()
        self.tahun.addItem(translate("kegiatan_page", "Semua tahun"), 0)
        for year in self.model.years():
            self.tahun.addItem(str(year), year)
        self.tahun.setCurrentIndex(max(self.tahun.findData(keep), 0))
        self.tahun.blockSignals(False)
        self.proxy.set_filters(tahun=int(self.tahun.currentData()))

    def _filter_changed(self, *_args: object) -> None:
        self.proxy.set_filters(tahun=int(self.tahun.currentData() or 0),
                               jenis=str(self.jenis.currentData() or ""),
                               teks=self.search.text())
        self._update_count()
        if not self.current_ringkas() and self.proxy.rowCount():
            self._select_row(0)

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if shown == total:
            text = (translate("kegiatan_page", "{jumlah} kegiatan di {wilayah}") if self._scope_name
                    else translate("kegiatan_page", "{jumlah} kegiatan"))
        else:
            text = (translate("kegiatan_page", "{tampil} dari {jumlah} kegiatan di {wilayah}")
                    if self._scope_name else translate("kegiatan_page", "{tampil} dari {jumlah} kegiatan"))
        self.jumlah.setText(text.format(tampil=number(shown), jumlah=number(total),
                                        wilayah=self._scope_name))
        self._update_buttons()

    def current_ringkas(self) -> KegiatanRingkas | None:
        index = self.table.currentIndex()
        record = index.data(RECORD_ROLE) if index.isValid() else None
        return record if isinstance(record, KegiatanRingkas) else None

    def select_uuid(self, uuid: str) -> None:
        """Select that session in the list (the first shown one when it is not there)."""
        row = self.model.row_of(uuid) if uuid else -1
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
        if index is not None and index.isValid():
            self._select_row(index.row())
        elif self.proxy.rowCount():
            self._select_row(0)
        self._update_buttons()

    def _select_row(self, proxy_row: int) -> None:
        index = self.proxy.index(proxy_row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.current_ringkas() is not None
        for button in (self.open_button, self.delete_button, self.cetak_button,
                       self.riwayat_button):
            button.setEnabled(chosen)

    # -- actions --------------------------------------------------------------------------
    def add_kegiatan(self) -> None:
        self._show_editor(kegiatan_service.baru(self.session.workspace), stored=False)
        self.editor.form.judul.setFocus()

    def open_current(self, *_args: object) -> None:
        chosen = self.current_ringkas()
        if chosen is not None:
            self.open_uuid(chosen.uuid)

    def open_uuid(self, uuid: str) -> bool:
        """Show the session with this uuid in the editor; False when it is gone."""
        try:
            kegiatan = kegiatan_service.ambil(self.session.workspace, uuid)
        except KksError as exc:
            show_error(self, exc, translate("kegiatan_page", "Tidak dapat membuka kegiatan"))
            self.reload()
            return False
        self._show_editor(kegiatan, stored=True)
        return True

    def _show_editor(self, kegiatan: Kegiatan, *, stored: bool) -> None:
        self.editor.tabs.setCurrentIndex(0)
        self.editor.load(kegiatan, stored=stored)
        self.setCurrentWidget(self.editor)

    def show_list(self) -> bool:
        """Back to the list (after asking about unsaved edits); False when the user stays."""
        if not self.editor.resolve_unsaved():
            return False
        stored = self.editor.stored()
        self.setCurrentWidget(self.list_view)
        if self._dirty:
            self.reload()
        if stored is not None:
            self.select_uuid(stored.uuid)
        self.table.setFocus()
        return True

    def is_modified(self) -> bool:
        """True while the editor is shown with unsaved edits."""
        return self.currentWidget() is self.editor and self.editor.is_modified()

    def resolve_unsaved(self) -> bool:
        return self.editor.resolve_unsaved() if self.currentWidget() is self.editor else True

    def delete_current(self) -> None:
        chosen = self.current_ringkas()
        if chosen is None:
            return
        question = translate(
            "kegiatan_page", "Yakin ingin menghapus kegiatan “{judul}” ({jenis}, {tanggal}) beserta "
            "{peserta} peserta, daftar hadir, nilai dan {rtl} baris RTL-nya?\n\n"
            "Penghapusan dapat diurungkan dengan Ctrl+Z selama program masih terbuka.").format(
                judul=chosen.judul, jenis=translate("acuan", acuan_kegiatan().label_jenis(chosen.jenis)),
                tanggal=f"{chosen.mulai:%d/%m/%Y}", peserta=number(chosen.peserta),
                rtl=number(chosen.rtl))
        if not confirm(self, translate("kegiatan_page", "Hapus kegiatan"), question):
            return
        try:
            removed = kegiatan_service.hapus(self.session.workspace, chosen.uuid)
        except KksError as exc:
            show_error(self, exc, translate("kegiatan_page", "Tidak dapat menghapus"))
            self.reload()
            return
        self.session.undo_stack.push(DeleteKegiatanCommand(self.session, removed))

    def print_current(self, what: str) -> None:
        chosen = self.current_ringkas()
        if chosen is None:
            return
        try:
            kegiatan = kegiatan_service.ambil(self.session.workspace, chosen.uuid)
        except KksError as exc:
            show_error(self, exc, translate("kegiatan_page", "Tidak dapat mencetak"))
            return
        cetak(self, self.session, kegiatan, what)

    def show_riwayat(self) -> None:
        chosen = self.current_ringkas()
        if chosen is not None:
            judul = chosen.judul.strip() or translate("kegiatan_page", "tanpa judul")
            RiwayatDialog.tampilkan(self, self.session, chosen.uuid,
                                    translate("kegiatan_page", "kegiatan “{judul}”").format(judul=judul))

    # -- changes elsewhere ----------------------------------------------------------------
    def _data_changed(self, _kode: str = "") -> None:
        """A save, delete, undo or redo: read the list again (now if shown, else on show) and
        follow it in the editor when it has no unsaved edits."""
        if self.list_view.isVisible():
            self.reload()
        else:
            self._dirty = True
        stored = self.editor.stored()
        if self.currentWidget() is not self.editor or stored is None or self.editor.is_modified():
            return
        try:
            now = kegiatan_service.ambil(self.session.workspace, stored.uuid)
        except KegiatanNotFound:
            self.setCurrentWidget(self.list_view)
            self.reload()
            return
        if now != stored:
            self.editor.load(now)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty and self.currentWidget() is self.list_view:
            self.reload()
