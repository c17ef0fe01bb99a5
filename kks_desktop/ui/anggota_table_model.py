"""AnggotaTableModel: the editable member list of one Pokja, for the Pokja editor's table."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.pokja import Anggota, Jabatan
from kks_desktop.messages import JABATAN_LABELS

COL_NAMA, COL_JABATAN, COL_UNSUR, COL_TELEPON, COL_AKTIF_SEJAK = range(5)
HEADERS = (QT_TRANSLATE_NOOP("anggota_table_model", "Nama"),
           QT_TRANSLATE_NOOP("anggota_table_model", "Jabatan"),
           QT_TRANSLATE_NOOP("anggota_table_model", "Unsur/Instansi"),
           QT_TRANSLATE_NOOP("anggota_table_model", "Telepon"),
           QT_TRANSLATE_NOOP("anggota_table_model", "Aktif sejak"))
# The Anggota dataclass field shown in each column, in column order.
FIELDS = ("nama", "jabatan", "unsur", "telepon", "aktif_sejak")
TEXT_COLUMNS = (COL_NAMA, COL_UNSUR, COL_TELEPON)

ANGGOTA_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


def date_text(value: dt.date | None) -> str:
    """13/11/2023, or an empty string for no date."""
    return "" if value is None else value.strftime("%d/%m/%Y")


def _empty_member() -> Anggota:
    return Anggota(nama="")


class AnggotaTableModel(QAbstractTableModel):
    """Rows are `Anggota` values; DisplayRole is text to read, EditRole the raw field value."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._members: list[Anggota] = []

    def set_members(self, members: tuple[Anggota, ...] | list[Anggota]) -> None:
        self.beginResetModel()
        self._members = list(members)
        self.endResetModel()

    def members(self) -> tuple[Anggota, ...]:
        return tuple(self._members)

    def member(self, row: int) -> Anggota:
        return self._members[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return (translate("anggota_table_model", HEADERS[section])
                    if 0 <= section < len(HEADERS) else None)
        return str(section + 1)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        member = self._members[index.row()]
        if role == ANGGOTA_ROLE:
            return member
        value = getattr(member, FIELDS[index.column()])
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == COL_JABATAN:
                return translate("messages", JABATAN_LABELS[value])
            if index.column() == COL_AKTIF_SEJAK:
                return date_text(value)
            return value
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.checkIndex(
                index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return False
        converted = _converted(index.column(), value)
        if converted is _INVALID:
            return False
        row = index.row()
        name = FIELDS[index.column()]
        self._members[row] = dataclasses.replace(self._members[row], **{name: converted})
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole,
                                             Qt.ItemDataRole.EditRole])
        return True

    def insertRows(  # noqa: N802
            self, row: int, count: int, parent: _Index = QModelIndex()) -> bool:
        if parent.isValid() or count < 1 or not 0 <= row <= len(self._members):
            return False
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        self._members[row:row] = [_empty_member() for _ in range(count)]
        self.endInsertRows()
        return True

    def removeRows(  # noqa: N802
            self, row: int, count: int, parent: _Index = QModelIndex()) -> bool:
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._members):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._members[row:row + count]
        self.endRemoveRows()
        return True

    def move_row(self, row: int, delta: int) -> bool:
        """Move one member up (delta < 0) or down; False when it would leave the list."""
        target = row + delta
        if delta == 0 or not 0 <= row < len(self._members) or not 0 <= target < len(self._members):
            return False
        # Qt's destination is the row the moved one ends up *before*, counted before the move.
        destination = target + 1 if delta > 0 else target
        if not self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination):
            return False
        self._members.insert(target, self._members.pop(row))
        self.endMoveRows()
        return True


_INVALID = object()


def _py_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _converted(column: int, value: Any) -> Any:
    """The field value for `column` from an edit, or _INVALID when it does not fit."""
    if column == COL_JABATAN:
        if isinstance(value, Jabatan):
            return value
        try:
            return Jabatan(value)
        except ValueError:
            return _INVALID
    if column == COL_AKTIF_SEJAK:
        if value is None or value == "":
            return None
        if isinstance(value, QDate):
            return _py_date(value) if value.isValid() else None
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        return _INVALID
    if column in TEXT_COLUMNS:
        return "" if value is None else str(value)
    return _INVALID
