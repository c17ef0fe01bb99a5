"""PesertaDelegate: the participant grid's editors (L/P and kategori lists, name and desa completion)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kks_desktop.bahasa import translate
from kks_desktop.domain.acuan_kegiatan import AcuanKegiatan
from kks_desktop.domain.kegiatan import JenisKelamin, Peserta
from kks_desktop.messages_kegiatan import JK_LABELS
from kks_desktop.ui.peserta_table_model import (
    COL_DESA,
    COL_JK,
    COL_KATEGORI,
    COL_NAMA,
    PesertaTableModel,
)

logger = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex
SEPARATOR = " — "


def label_orang(person: Peserta) -> str:
    """How a person seen before is offered: "Budi Santoso — Dinas Kesehatan"."""
    return f"{person.nama}{SEPARATOR}{person.instansi}" if person.instansi else person.nama


class PesertaDelegate(QStyledItemDelegate):
    """L/P and kategori as lists; Nama completes from people of earlier sessions (choosing one
    fills the row), Desa from the desa register; other cells edit as plain text."""

    def __init__(self, acuan: AcuanKegiatan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kategori = [("", "")] + [(k.id, translate("acuan", k.label)) for k in acuan.kategori]
        self._known: dict[str, Peserta] = {}
        self._known_model = QStringListModel(self)
        self._people_source: Callable[[], Iterable[Peserta]] | None = None
        self._desa_model = QStringListModel(self)

    def set_orang(self, people: Iterable[Peserta]) -> None:
        """The people the Nama cell offers (kegiatan_service.orang_dikenal)."""
        self._people_source = None
        self._known = {label_orang(p): p for p in people}
        self._known_model.setStringList(list(self._known))

    def set_orang_later(self, source: Callable[[], Iterable[Peserta]]) -> None:
        """Read the people only when a Nama cell is first edited: a session opens at once even
        when the workspace holds tens of thousands of earlier participants."""
        self._known = {}
        self._known_model.setStringList([])
        self._people_source = source

    def set_desa(self, names: Iterable[str]) -> None:
        """The desa names the Desa cell offers."""
        self._desa_model.setStringList(sorted(set(names)))

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: _Index) -> QWidget:
        column = index.column()
        if column == COL_JK:
            combo = QComboBox(parent)
            combo.setAccessibleName(translate("peserta_delegates", "Jenis kelamin"))
            combo.addItem("", "")
            for jk in JenisKelamin:
                combo.addItem(jk.value, jk.value)
                combo.setItemData(combo.count() - 1, translate("messages_kegiatan", JK_LABELS[jk]),
                                  Qt.ItemDataRole.ToolTipRole)
            return combo
        if column == COL_KATEGORI:
            combo = QComboBox(parent)
            combo.setAccessibleName(translate("peserta_delegates", "Kategori"))
            for kid, label in self._kategori:
                combo.addItem(label, kid)
            return combo
        editor = QLineEdit(parent)  # scores too: typed as text, "72,5" read by the model
        editor.setFrame(False)
        if column == COL_NAMA:
            if self._people_source is not None:
                self.set_orang(self._people_source())
            self._complete(editor, self._known_model, translate("peserta_delegates", "Nama peserta"))
            editor.completer().activated[str].connect(  # type: ignore[index]  # text overload
                lambda text: self._picked(editor, text))
        elif column == COL_DESA:
            self._complete(editor, self._desa_model, translate("peserta_delegates", "Desa"))
        return editor

    def _complete(self, editor: QLineEdit, model: QStringListModel, name: str) -> None:
        editor.setAccessibleName(name)
        completer = QCompleter(model, editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        # Wider than the cell, so "Nama — Instansi" reads whole.
        popup = completer.popup()
        if popup is not None:
            popup.setMinimumWidth(editor.fontMetrics().horizontalAdvance("M") * 34)
        editor.setCompleter(completer)

    def _picked(self, editor: QLineEdit, text: str) -> None:
        """A person chosen from the list: fill the row now and leave only the name in the cell."""
        person = self._known.get(text)
        if person is None:
            return
        editor.setText(text)
        self.commitData.emit(editor)
        editor.setText(person.nama)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            value = index.data(Qt.ItemDataRole.EditRole)
            key = value.value if isinstance(value, JenisKelamin) else (value or "")
            editor.setCurrentIndex(max(editor.findData(key), 0))
        elif isinstance(editor, QLineEdit):
            editor.setText(index.data(Qt.ItemDataRole.DisplayRole) or "")
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        if not isinstance(editor, QLineEdit):
            super().setModelData(editor, model, index)
            return
        person = self._known.get(editor.text()) if index.column() == COL_NAMA else None
        if person is not None and isinstance(model, PesertaTableModel):
            model.fill_from(index.row(), person)
        else:
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
