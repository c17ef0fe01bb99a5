"""RtlEditor: the Rencana Tindak Lanjut grid of a session (status combo, typed dates, late rows in red)."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.kegiatan import Kegiatan, Rtl, StatusRtl
from kks_desktop.domain.problems import Problem
from kks_desktop.messages_kegiatan import STATUS_RTL_LABELS
from kks_desktop.ui.formatting import number, table_date
from kks_desktop.ui.rtl_table_model import (
    COL_KEGIATAN,
    COL_STATUS,
    COL_WAKTU,
    HEADERS,
    STATUS_ORDER,
    RtlTableModel,
)
from kks_desktop.ui.sanitasi_parts import fit_columns
from kks_desktop.ui.session import UiSession
from kks_desktop.ui.spreadsheet_view import SpreadsheetView

logger = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex
DATE_HINT = QT_TRANSLATE_NOOP("rtl_editor", "Tulis tanggal target, mis. 16/09/2025 atau 16-9-2025.")
# Widths come from these texts (and the headers), one per column; never shown.
COLUMN_SAMPLES = (  # teks-tetap: width samples
                  "000", "Rapat koordinasi Forum Kecamatan Sehat", "Menyusun rencana kerja",
                  "Desa belum ODF", "00/00/00000", "Kabupaten Batang", "Dinas Kesehatan",
                  "APBD/BOK", "Semua desa terpicu", "Berjalan ▾▾", "Catatan singkat")


class RtlDelegate(QStyledItemDelegate):
    """Status is chosen from a combo of its labels; Waktu is typed as text and read by the model."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: _Index) -> QWidget:
        if index.column() == COL_STATUS:
            combo = QComboBox(parent)
            combo.setAccessibleName(translate("rtl_editor", "Status RTL"))
            for status in STATUS_ORDER:
                combo.addItem(translate("messages_kegiatan", STATUS_RTL_LABELS[status]), status.value)
            return combo
        editor = super().createEditor(parent, option, index)
        if index.column() == COL_WAKTU and isinstance(editor, QLineEdit):
            editor.setAccessibleName(translate("rtl_editor", "Waktu (tanggal target)"))
            editor.setPlaceholderText(translate("rtl_editor", "hh/bb/tttt"))
            editor.setToolTip(translate("rtl_editor", DATE_HINT))
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox) and isinstance(value, StatusRtl):
            editor.setCurrentIndex(STATUS_ORDER.index(value))
        elif isinstance(editor, QLineEdit) and index.column() == COL_WAKTU:
            editor.setText(table_date(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QComboBox) and index.column() == COL_STATUS:
            model.setData(index, STATUS_ORDER[max(editor.currentIndex(), 0)])
        elif isinstance(editor, QLineEdit) and index.column() == COL_WAKTU:
            model.setData(index, editor.text())
        else:
            super().setModelData(editor, model, index)


class RtlEditor(QWidget):
    """Shows the RTL of one session for editing; `rtl()` gives the rows back, the caller saves."""

    changed = Signal()

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._quiet = False
        self.model = RtlTableModel(self)
        self._build()
        self._connect()
        self._update()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.table = SpreadsheetView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(RtlDelegate(self.table))
        self.table.setAccessibleName(translate("rtl_editor", "Rencana Tindak Lanjut"))
        self.table.setAlternatingRowColors(True)
        fit_columns(self.table, COLUMN_SAMPLES)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.tambah_button = QPushButton(translate("rtl_editor", "Tambah &baris"))
        self.hapus_button = QPushButton(translate("rtl_editor", "Hapus b&aris"))
        self.naik_button = QPushButton(translate("rtl_editor", "Na&ik"))
        self.turun_button = QPushButton(translate("rtl_editor", "T&urun"))
        self.tambah_button.setToolTip(
            translate("rtl_editor", "Sisipkan baris kosong di bawah baris terpilih"))
        self.hapus_button.setToolTip(translate("rtl_editor", "Hapus baris terpilih"))
        self.naik_button.setToolTip(translate("rtl_editor", "Pindahkan baris terpilih satu baris ke atas"))
        self.turun_button.setToolTip(translate("rtl_editor", "Pindahkan baris terpilih satu baris ke bawah"))
        buttons = QHBoxLayout()
        for button in (self.tambah_button, self.hapus_button, self.naik_button,
                       self.turun_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        hint = QLabel(translate("rtl_editor", "Ketik langsung di tabel (Tab/Enter pindah sel). "
                                "Tanggal merah: lewat waktu."))
        hint.setStyleSheet("color: #5f6b76;")
        hint.setWordWrap(True)
        buttons.addWidget(hint, 1)

        self.summary = QLabel()
        self.note = QLabel()
        self.note.setStyleSheet("color: #b00020;")
        self.note.setWordWrap(True)
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.summary)

    def _connect(self) -> None:
        for signal in (self.model.dataChanged, self.model.rowsInserted,
                       self.model.rowsRemoved, self.model.rowsMoved):
            signal.connect(self._on_edit)
        self.model.modelReset.connect(self._update)
        self.model.rejected.connect(self._on_rejected)
        self.table.selectionModel().currentChanged.connect(self._update_buttons)
        self.tambah_button.clicked.connect(self.add_row)
        self.hapus_button.clicked.connect(self.remove_selected_rows)
        self.naik_button.clicked.connect(lambda: self.move_current_row(-1))
        self.turun_button.clicked.connect(lambda: self.move_current_row(1))

    def _on_edit(self, *_args: object) -> None:
        if self._quiet:
            return
        self.note.hide()
        self._update()
        self.changed.emit()

    def _on_rejected(self, row: int, col: int, text: str) -> None:
        why = (translate("rtl_editor", "bukan tanggal (contoh: 16/09/2025 atau 16-9-2025)")
               if col == COL_WAKTU else translate("rtl_editor", "tidak dikenal"))
        self.note.setText(translate("rtl_editor", "{kolom} baris {baris}: “{teks}” {alasan}; isi lama "
                                    "tetap.").format(kolom=translate("rtl_table_model", HEADERS[col]),
                                                     baris=row + 1, teks=text, alasan=why))
        self.note.show()

    # -- public API -----------------------------------------------------------------------

    def load(self, kegiatan: Kegiatan) -> None:
        """Show the RTL rows of `kegiatan` without emitting `changed`."""
        self.model.set_rows(kegiatan.rtl)
        self.note.hide()

    def rtl(self) -> tuple[Rtl, ...]:
        """The rows as edited, fully empty rows left out, uuids kept."""
        self.table.commit_editor()
        return self.model.filled()

    def set_problems(self, problems: list[Problem]) -> None:
        """Tint the cells the problems name (fields "rtl.<col>", row 1-based); tooltip says why."""
        self._quiet = True
        try:
            self.model.set_problems(problems)
        finally:
            self._quiet = False

    def set_today(self, today: dt.date) -> None:
        """The day rows are judged late against (tests fix it; the real today otherwise)."""
        self._quiet = True
        try:
            self.model.set_today(today)
        finally:
            self._quiet = False
        self._update()

    # -- rows -----------------------------------------------------------------------------

    def add_row(self) -> None:
        """Insert an empty row below the current one (or go to the empty last row) and edit it."""
        self.table.commit_editor()
        current = self.table.currentIndex()
        last = self.model.rowCount() - 1
        row = last
        if current.isValid() and current.row() < last:
            row = current.row() + 1
            self.model.insertRows(row, 1)
        self.table.go_to(row, COL_KEGIATAN)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.edit(self.model.index(row, COL_KEGIATAN))

    def remove_selected_rows(self) -> None:
        """Remove every selected row (or the current one when nothing is selected)."""
        self.table.commit_editor()
        rows = self.table.selected_rows()
        for row in reversed(rows):
            self.model.removeRows(row, 1)
        if rows:
            self.table.go_to(min(rows[0], self.model.rowCount() - 1), COL_KEGIATAN)

    def move_current_row(self, delta: int) -> None:
        """Move the current row up (-1) or down (+1), never past the empty last row."""
        self.table.commit_editor()
        index = self.table.currentIndex()
        if not index.isValid() or not self._can_move(index.row(), delta):
            return
        if self.model.move_row(index.row(), delta):
            self.table.go_to(index.row() + delta, index.column())

    def _can_move(self, row: int, delta: int) -> bool:
        movable = self.model.rowCount() - 1  # the empty last row stays last
        return 0 <= row < movable and 0 <= row + delta < movable

    # -- state ----------------------------------------------------------------------------

    def _update(self, *_args: object) -> None:
        rows = self.model.filled()
        late = sum(r.lewat_waktu(self.model.today) for r in rows)
        counts = [translate("rtl_editor", "{jumlah} {status}").format(
            jumlah=number(n), status=translate("messages_kegiatan", STATUS_RTL_LABELS[s]).lower())
            for s in STATUS_ORDER if (n := sum(r.status is s for r in rows))]
        parts = [translate("rtl_editor", "{jumlah} baris RTL").format(jumlah=number(len(rows)))]
        if counts:
            parts.append(", ".join(counts))
        if late:
            parts.append(translate("rtl_editor", "{jumlah} lewat waktu").format(jumlah=number(late)))
        self.summary.setText(" · ".join(parts))
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        current = self.table.currentIndex()
        row = current.row() if current.isValid() else -1
        self.hapus_button.setEnabled(0 <= row < self.model.rowCount() - 1)
        self.naik_button.setEnabled(self._can_move(row, -1))
        self.turun_button.setEnabled(self._can_move(row, 1))
