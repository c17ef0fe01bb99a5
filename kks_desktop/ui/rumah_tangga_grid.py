"""GridKK: the Data KK table (keys for Ya/Tidak, lists for answers and outlet, typed dates)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kks_desktop.bahasa import translate
from kks_desktop.domain.rumah_tangga import Pembuangan
from kks_desktop.messages_rumah_tangga import PEMBUANGAN_LABELS, TIDAK, YA
from kks_desktop.ui.rumah_tangga_model import RumahTanggaModel
from kks_desktop.ui.rumah_tangga_sel import HINT_TANGGAL, Jenis, KolomKK, contoh_tampil, nilai
from kks_desktop.ui.spreadsheet_view import SpreadsheetView

logger = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex
_KUNCI_JAWAB = {Qt.Key.Key_Y: True, Qt.Key.Key_T: False}
_BERIKUT = {True: False, False: None, None: True}  # space: Ya → Tidak → blank → Ya


class DelegasiKK(QStyledItemDelegate):
    """Ya/Tidak and the outlet chosen from short lists; dates typed (16/09/2025, 16-9-2025) and
    read by the model like every other date cell; other cells plain text."""

    def _kolom(self, index: _Index) -> KolomKK | None:
        model = index.model()
        return model.kolom[index.column()] if isinstance(model, RumahTanggaModel) else None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: _Index) -> QWidget:
        kolom = self._kolom(index)
        if kolom is not None and kolom.jenis is Jenis.YA_TIDAK:
            combo = QComboBox(parent)
            combo.setAccessibleName(kolom.label_tampil)
            combo.addItem("", None)
            combo.addItem(translate("messages_rumah_tangga", YA), True)
            combo.addItem(translate("messages_rumah_tangga", TIDAK), False)
            return combo
        if kolom is not None and kolom.jenis is Jenis.PEMBUANGAN:
            combo = QComboBox(parent)
            combo.setAccessibleName(kolom.label_tampil)
            combo.addItem("", None)
            for outlet in Pembuangan:
                combo.addItem(translate("messages_rumah_tangga", PEMBUANGAN_LABELS[outlet]), outlet)
            view = combo.view()
            if view is not None:
                view.setMinimumWidth(max(combo.fontMetrics().horizontalAdvance(combo.itemText(i))
                                         for i in range(combo.count())) + 40)
            return combo
        editor = QLineEdit(parent)
        editor.setFrame(False)
        if kolom is not None:
            editor.setAccessibleName(kolom.label_tampil)
            if kolom.jenis is Jenis.TANGGAL:
                editor.setPlaceholderText(translate("rumah_tangga_grid", "hh/bb/tttt"))
                editor.setToolTip(translate("rumah_tangga_sel", HINT_TANGGAL))
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QComboBox):  # the stored answer or outlet, never the words shown
            model, kolom = index.model(), self._kolom(index)
            value = (nilai(model.household(index.row()), kolom)
                     if isinstance(model, RumahTanggaModel) and kolom is not None else None)
            found = next((i for i in range(editor.count()) if value is not None
                          and editor.itemData(i) is not None and editor.itemData(i) == value), 0)
            editor.setCurrentIndex(found)
        elif isinstance(editor, QLineEdit):
            editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class GridKK(SpreadsheetView):
    """SpreadsheetView for the register: two-line headers; on a Ya/Tidak
    cell Y and T answer and move on, space cycles Ya → Tidak → blank; Delete and Ctrl+V go to
    the handlers the page sets (one save for all the cells)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kosongkan_handler: Callable[[Sequence[QModelIndex]], object] | None = None
        self.setItemDelegate(DelegasiKK(self))
        # Row numbers are the model's first column: a vertical header asks every one of
        # 300,000 rows for its label after a reset (0.3 s measured), a column only those shown.
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumHeight(self.fontMetrics().height() * 2 + 12)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)

    def size_columns(self) -> None:
        """Widths from each column's sample and header lines (never from the rows: there may
        be 300,000 of them)."""
        model = self.model()
        if not isinstance(model, RumahTanggaModel):
            return
        metrics = self.fontMetrics()
        header = self.horizontalHeader()
        for column, kolom in enumerate(model.kolom):
            widest = max(metrics.horizontalAdvance(line) for line in kolom.judul.split("\n"))
            header.resizeSection(column, max(widest, metrics.horizontalAdvance(
                contoh_tampil(kolom))) + 18)

    def clear_selected(self) -> None:
        if self.kosongkan_handler is not None:
            self.kosongkan_handler(self.selectionModel().selectedIndexes())
        else:
            super().clear_selected()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState and self._jawab(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _jawab(self, event: QKeyEvent) -> bool:
        """Y / T / space on a Ya/Tidak cell; False for any other key or cell."""
        index = self.currentIndex()
        model = self.model()
        if (not index.isValid() or not isinstance(model, RumahTanggaModel) or not model.editable
                or model.kolom[index.column()].jenis is not Jenis.YA_TIDAK
                or event.modifiers() not in (Qt.KeyboardModifier.NoModifier,
                                             Qt.KeyboardModifier.ShiftModifier)):
            return False
        key = Qt.Key(event.key())
        if key in _KUNCI_JAWAB:
            if model.setData(index, _KUNCI_JAWAB[key], Qt.ItemDataRole.EditRole):
                target = self._neighbour(self.currentIndex(), True)
                if target.isValid():
                    self.go_to(target.row(), target.column())
            return True
        if key == Qt.Key.Key_Space:  # from the stored answer, never the words shown
            now = nilai(model.household(index.row()), model.kolom[index.column()])
            model.setData(index, _BERIKUT[now], Qt.ItemDataRole.EditRole)
            return True
        return False

