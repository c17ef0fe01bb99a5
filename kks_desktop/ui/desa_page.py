"""The Desa page: the searchable desa list beside a desa's data and its Pokja, with undo."""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
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

from kks_desktop.bahasa import translate
from kks_desktop.domain.desa import Desa
from kks_desktop.domain.errors import KksError
from kks_desktop.domain.pokja import Pokja
from kks_desktop.domain.problems import errors_in
from kks_desktop.domain.scope import ScopeLevel
from kks_desktop.messages import JENIS_LABELS, dependents_text
from kks_desktop.services import desa_service, pokja_service
from kks_desktop.ui.add_desa_dialog import AddDesaDialog
from kks_desktop.ui.desa_form import DesaForm
from kks_desktop.ui.desa_table_model import (
    COL_JIWA,
    COL_KECAMATAN,
    COL_KK,
    COL_KODE,
    COL_NAMA,
    DESA_ROLE,
    DesaTableModel,
)
from kks_desktop.ui.dialogs import confirm, show_error
from kks_desktop.ui.pokja_editor import PokjaEditor
from kks_desktop.ui.record_table import record_table
from kks_desktop.ui.riwayat_dialog import RiwayatDialog
from kks_desktop.ui.sanitasi_tab import SanitasiTab
from kks_desktop.ui.sejak_ekspor_label import SejakEksporLabel
from kks_desktop.ui.session import UiSession
from kks_desktop.ui.sort_proxy import SortProxy
from kks_desktop.ui.undo_commands import (
    AddDesaCommand,
    DeleteDesaCommand,
    EditDesaCommand,
    SavePokjaCommand,
)

logger = logging.getLogger(__name__)


class DesaPage(QWidget):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._current: Desa | None = None
        self._pokja = Pokja()
        self.model = DesaTableModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            translate("desa_page", "Cari kode, nama desa atau kecamatan… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("desa_page", "Cari desa"))
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.search.textChanged.connect(self._update_count)
        self.table = record_table(self.proxy, translate("desa_page", "Daftar desa"), sortable=True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self._size_columns()
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.count = QLabel()
        self.add_button = QPushButton(translate("desa_page", "Ta&mbah desa…"))
        self.add_button.setToolTip(
            translate("desa_page", "Tambah desa/kelurahan dari daftar resmi (Ctrl+N)"))
        self.delete_button = QPushButton(translate("desa_page", "Hapus desa"))
        self.delete_button.setToolTip(
            translate("desa_page", "Hapus desa yang dipilih (tombol Delete di daftar)"))
        self.riwayat_button = QPushButton(translate("desa_page", "Riwayat…"))
        self.riwayat_button.setToolTip(translate(
            "desa_page", "Perubahan desa terpilih, Pokja dan anggotanya: kapan, "
            "oleh siapa, isi lama dan baru"))
        self.add_button.clicked.connect(self.add_desa)
        self.delete_button.clicked.connect(self.delete_current)
        self.riwayat_button.clicked.connect(self.show_riwayat)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.sejak_ekspor = SejakEksporLabel()
        self.form = DesaForm()
        self.pokja_editor = PokjaEditor()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form, translate("desa_page", "&Data desa"))
        self.tabs.addTab(self.pokja_editor, translate("desa_page", "&Pokja Desa Sehat"))
        self.sanitasi_tab = SanitasiTab(session)
        self.tabs.addTab(self.sanitasi_tab, translate("desa_page", "Sa&nitasi"))
        self.save_button = QPushButton(translate("desa_page", "&Simpan"))
        self.save_button.setToolTip(translate("desa_page", "Simpan perubahan (Ctrl+S atau Enter)"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(translate("desa_page", "&Batal"))
        self.cancel_button.setToolTip(
            translate("desa_page", "Kembalikan isian ke data tersimpan (Esc)"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.revert)
        self.form.changed.connect(self._update_buttons)
        self.pokja_editor.changed.connect(self._update_buttons)
        for edit in self.form.edits.values():
            edit.returnPressed.connect(self.save)
        self._layout()
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.New, self, self.add_desa)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.revert)
        # Only while the desa list has focus: Delete in the Sanitasi tables deletes a report.
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_current).setContext(
            Qt.ShortcutContext.WidgetShortcut)
        session.data_changed.connect(self._data_changed)
        self.reload()

    def _size_columns(self) -> None:
        """Widths from the font, not from measuring every row (slow at 800+ desa)."""
        metrics = self.fontMetrics()
        header = self.table.horizontalHeader()
        for column, sample in ((COL_KODE, "33.25.01.2001"),
                               (COL_KECAMATAN, "Wonotunggal"),  # teks-tetap: a width sample
                               (COL_KK, "99.999"),
                               (COL_JIWA, "999.999")):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        header.setSectionResizeMode(COL_NAMA, QHeaderView.ResizeMode.Stretch)

    def _layout(self) -> None:
        tools = QHBoxLayout()
        tools.addWidget(self.add_button)
        tools.addWidget(self.delete_button)
        tools.addWidget(self.riwayat_button)
        tools.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(tools)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.sejak_ekspor)
        right_layout.addWidget(self.tabs, 1)
        right_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([600, 660])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # --- list -------------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        """Read the desa list again from the services and keep (or move) the selection."""
        keep = select or (str(self._current.kode) if self._current else None)
        self.model.set_rows(desa_service.desa_list(self.session.workspace))
        self._update_count()
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.select_kode(str(self.model.desa_at(row).kode))
        else:
            self._show(None)

    def select_kode(self, kode: str) -> None:
        row = self.model.row_of(kode)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        self._show(self.model.desa_at(row))

    def show_sanitasi(self, kode: str) -> None:
        """Select the desa with this kode and open its Sanitasi tab (click-through from elsewhere)."""
        if self._current is None or str(self._current.kode) != kode:
            if self.is_modified() and not self.resolve_unsaved():
                return
            self.select_kode(kode)
        if self._current is not None and str(self._current.kode) == kode:
            self.tabs.setCurrentWidget(self.sanitasi_tab)

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        scope = self.session.workspace.scope()
        if shown == total:
            text = (translate("desa_page", "{jumlah} desa/kelurahan di {wilayah}") if scope
                    else translate("desa_page", "{jumlah} desa/kelurahan"))
        else:
            text = (translate("desa_page", "{tampil} dari {jumlah} desa/kelurahan di {wilayah}")
                    if scope else translate("desa_page", "{tampil} dari {jumlah} desa/kelurahan"))
        self.count.setText(text.format(jumlah=total, tampil=shown,
                                       wilayah=scope.nama if scope else ""))

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        desa = current.data(DESA_ROLE) if current.isValid() else None
        if desa is None or (self._current is not None and desa.kode == self._current.kode):
            return
        if self.is_modified() and not self.resolve_unsaved():
            self.table.selectionModel().blockSignals(True)
            self.table.selectionModel().setCurrentIndex(
                previous, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.selectionModel().blockSignals(False)
            return
        # A save just reloaded the list (and selection); select the row the user went to.
        self.select_kode(str(desa.kode))

    # --- detail -----------------------------------------------------------------------------
    def _show(self, desa: Desa | None) -> None:
        self._current = desa
        self.form.set_desa(desa)
        self._pokja = pokja_service.pokja_for(self.session.workspace, desa.kode) if desa else Pokja()
        self.pokja_editor.set_pokja(self._pokja)
        self.pokja_editor.show_problems(pokja_service.check_pokja(self._pokja) if desa else [])
        self.pokja_editor.setEnabled(desa is not None)
        self.sanitasi_tab.set_desa(desa)
        self.sejak_ekspor.tampilkan(self.session.workspace, desa)
        if desa is None:
            self.title.setText(translate("desa_page", "Belum ada desa. Klik “Tambah desa…” (Ctrl+N)."))
        else:
            demo = "  " + translate("desa_page", "(data contoh)") if desa.is_demo else ""
            self.title.setText(f"{translate('messages', JENIS_LABELS[desa.jenis])} {desa.nama}"
                               f"  ·  {desa.kode}{demo}")
        self._update_buttons()

    def is_modified(self) -> bool:
        return self._current is not None and (self.form.is_modified()
                                              or self.pokja_editor.is_modified())

    def _update_buttons(self) -> None:
        modified = self.is_modified()
        self.save_button.setEnabled(modified)
        self.cancel_button.setEnabled(modified)
        self.delete_button.setEnabled(self._current is not None)
        self.riwayat_button.setEnabled(self._current is not None)
        scope = self.session.workspace.scope()
        self.add_button.setEnabled(scope is None or scope.level is not ScopeLevel.DESA
                                   or self.model.rowCount() == 0)

    def resolve_unsaved(self) -> bool:
        """Ask what to do with unsaved edits; True when it is fine to move on."""
        answer = QMessageBox.question(
            self, translate("desa_page", "Perubahan belum disimpan"),
            translate("desa_page", "Perubahan pada {desa} belum disimpan. Simpan sekarang?").format(
                desa=self._current.nama if self._current else translate("desa_page", "desa ini")),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def revert(self) -> None:
        if self._current is not None:
            self._show(self._current)

    def save(self) -> bool:
        """Write the edited desa and Pokja as one undoable step; True when nothing is left unsaved."""
        current = self._current
        if current is None or not self.is_modified():
            return True
        desa, desa_problems = self.form.edited()
        pokja = self.pokja_editor.pokja()
        pokja_problems = pokja_service.check_pokja(pokja)
        self.form.show_problems(desa_problems)
        self.pokja_editor.show_problems(pokja_problems)
        if desa is None or errors_in(desa_problems):
            self.tabs.setCurrentWidget(self.form)
            return False
        if errors_in(pokja_problems):
            self.tabs.setCurrentWidget(self.pokja_editor)
            return False
        ws, stack = self.session.workspace, self.session.undo_stack
        try:
            with ws.atomic():
                saved_desa = desa_service.update_desa(ws, desa).desa if desa != current else None
                saved_pokja = (pokja_service.save_pokja(ws, current.kode, pokja).pokja
                               if self.pokja_editor.is_modified() else None)
        except KksError as exc:
            show_error(self, exc, translate("desa_page", "Tidak dapat menyimpan"))
            return False
        stack.beginMacro(translate("desa_page", "simpan {desa}").format(desa=current.nama))
        if saved_desa is not None:
            stack.push(EditDesaCommand(self.session, current, saved_desa))
        if saved_pokja is not None:
            stack.push(SavePokjaCommand(self.session, current, self._pokja, saved_pokja))
        stack.endMacro()
        return True

    # --- add / delete -----------------------------------------------------------------------
    def add_desa(self) -> None:
        if self.is_modified() and not self.resolve_unsaved():
            return
        ws = self.session.workspace
        kode = AddDesaDialog.ask(self, ws.scope())
        if kode is None:
            return
        try:
            saved = desa_service.add_desa(ws, desa_service.new_desa(ws, kode))
        except KksError as exc:
            show_error(self, exc, translate("desa_page", "Tidak dapat menambah desa"))
            return
        self.session.undo_stack.push(AddDesaCommand(self.session, saved.desa))
        self.form.edits["jumlah_kk"].setFocus()

    def delete_current(self) -> None:
        desa = self._current
        if desa is None:
            return
        ws = self.session.workspace
        hanging = desa_service.dependents(ws, desa.kode)
        detail = ("\n\n" + translate("desa_page", "Ikut terhapus: {daftar}.").format(
            daftar=dependents_text(hanging))) if hanging else ""
        question = translate("desa_page", "Yakin ingin menghapus {desa} ({kode})?").format(
            desa=desa.nama, kode=desa.kode)
        note = translate("desa_page", "Penghapusan dapat diurungkan dengan Ctrl+Z selama "
                         "program masih terbuka.")
        if not confirm(self, translate("desa_page", "Hapus desa"),
                       f"{question}{detail}\n\n{note}"):
            return
        try:
            removed = desa_service.delete_desa(ws, desa.kode, force=True)
        except KksError as exc:
            show_error(self, exc, translate("desa_page", "Tidak dapat menghapus"))
            return
        self.session.undo_stack.push(DeleteDesaCommand(self.session, removed))

    def show_riwayat(self) -> None:
        desa = self._current
        if desa is not None and (not self.is_modified() or self.resolve_unsaved()):
            RiwayatDialog.tampilkan(self, self.session, desa.uuid,
                                    f"{translate('messages', JENIS_LABELS[desa.jenis])} {desa.nama}",
                                    str(desa.kode))

    def _data_changed(self, kode: str) -> None:
        """An undo/redo (or another page) changed data: show what is stored now. News about
        other records ("" from the Kegiatan page, say) never throws away edits in progress."""
        if self.is_modified() and (not kode or (self._current is not None
                                                and str(self._current.kode) != kode)):
            return  # the list is read again when these edits are saved or dropped
        self._current = None
        self.reload(select=kode or None)
