"""JabatanDelegate: Jabatan combo and optional date editors for the Pokja member table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kks_desktop.bahasa import translate
from kks_desktop.domain.pokja import Jabatan
from kks_desktop.messages import JABATAN_LABELS
from kks_desktop.ui.anggota_table_model import ANGGOTA_ROLE, COL_AKTIF_SEJAK, COL_JABATAN
from kks_desktop.ui.date_field import OptionalDateEdit

JABATAN_ORDER = tuple(Jabatan)
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)

_Index = QModelIndex | QPersistentModelIndex


class JabatanDelegate(QStyledItemDelegate):
    """Edits Jabatan with a combo of its labels and Aktif sejak with an OptionalDateEdit.

    Enter in any editor commits and moves on to the next cell, like Tab.
    """

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: _Index) -> QWidget:
        if index.column() == COL_JABATAN:
            combo = QComboBox(parent)
            combo.setAccessibleName(translate("jabatan_delegate", "Jabatan"))
            for jabatan in JABATAN_ORDER:
                combo.addItem(translate("messages", JABATAN_LABELS[jabatan]), jabatan.value)
            return combo
        if index.column() == COL_AKTIF_SEJAK:
            edit = OptionalDateEdit(parent)
            edit.setAccessibleName(translate("jabatan_delegate", "Aktif sejak"))
            return edit
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        member = index.data(ANGGOTA_ROLE)
        if isinstance(editor, QComboBox) and index.column() == COL_JABATAN:
            editor.setCurrentIndex(JABATAN_ORDER.index(member.jabatan))
        elif isinstance(editor, OptionalDateEdit):
            editor.set_date_value(member.aktif_sejak)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QComboBox) and index.column() == COL_JABATAN:
            model.setData(index, JABATAN_ORDER[max(editor.currentIndex(), 0)],
                          Qt.ItemDataRole.EditRole)
        elif isinstance(editor, OptionalDateEdit):
            model.setData(index, editor.date_value(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if (event.type() == QEvent.Type.KeyPress and isinstance(obj, QWidget)
                and isinstance(event, QKeyEvent) and event.key() in _ENTER_KEYS
                and not _popup_open(obj)):
            self.commitData.emit(obj)
            self.closeEditor.emit(obj, QAbstractItemDelegate.EndEditHint.EditNextItem)
            return True
        return super().eventFilter(obj, event)


def _popup_open(editor: Any) -> bool:
    """True while a combo's list is shown, so Enter picks the item instead of moving on."""
    view = editor.view() if isinstance(editor, QComboBox) else None
    return bool(view is not None and view.isVisible())
