"""CellTableModel: the read-only table model every record list shares (cells computed once per reset)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from kks_desktop.bahasa import translate
from kks_desktop.ui.sort_proxy import SORT_ROLE, sort_key

logger = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1  # the record (Desa, LaporanSanitasi, ...) of the row
TOTAL_ROLE = Qt.ItemDataRole.UserRole + 2  # True on a JUMLAH row
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class CellTableModel(QAbstractTableModel):
    """Rows are records handed in by a view; the model never reads the database.

    A subclass names its HEADERS (and HEADER_TIPS, NUMERIC columns) and hands `_reset` the
    records with their raw cells (EditRole), shown texts (DisplayRole) and, if it likes, its own
    sort keys and tooltips; `data()` then only looks values up, so big lists stay quick.

    HEADERS and HEADER_TIPS hold Indonesian texts marked with `QT_TRANSLATE_NOOP(KONTEKS, …)`;
    they are translated when shown. KONTEKS defaults to the short name of the subclass's
    module (`desa_table_model`), the context its own texts are marked with.
    """

    HEADERS: tuple[str, ...] = ()
    HEADER_TIPS: tuple[str, ...] = ()
    NUMERIC: tuple[int, ...] = ()
    KONTEKS: str = ""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[Any] = []
        self._raw: list[tuple[Any, ...]] = []
        self._shown: list[tuple[str, ...]] = []
        self._sort: list[tuple[Any, ...]] = []
        self._tips: list[tuple[str, ...]] = []
        self._total_row = -1

    def _reset(self, records: Sequence[Any], raw: Sequence[tuple[Any, ...]],
               shown: Sequence[tuple[str, ...]], sort: Sequence[tuple[Any, ...]] | None = None,
               tips: Sequence[tuple[str, ...]] | None = None, total_row: int = -1) -> None:
        self.beginResetModel()
        self._records, self._raw, self._shown = list(records), list(raw), list(shown)
        self._sort = (list(sort) if sort is not None
                      else [tuple(sort_key(v) for v in cells) for cells in self._raw])
        self._tips = list(tips) if tips is not None else []
        self._total_row = total_row
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self._records[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate(self._konteks(), self.HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section < len(self.HEADER_TIPS):
            tip = self.HEADER_TIPS[section]
            return translate(self._konteks(), tip) if tip else tip
        return None

    def _konteks(self) -> str:
        """The translation context of HEADERS and HEADER_TIPS."""
        return self.KONTEKS or type(self).__module__.rpartition(".")[2]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown[row][col]
        if role == SORT_ROLE:
            return self._sort[row][col]
        if role == Qt.ItemDataRole.EditRole:
            return self._raw[row][col]
        if role == RECORD_ROLE:
            return self._records[row]
        if role == TOTAL_ROLE:
            return row == self._total_row
        if role == Qt.ItemDataRole.TextAlignmentRole and col in self.NUMERIC:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return (self._tips[row][col] or None) if self._tips else self.tooltip(row, col)
        if role == Qt.ItemDataRole.FontRole and row == self._total_row:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def tooltip(self, row: int, col: int) -> str | None:
        """A tooltip computed on demand when no per-cell tips were handed in."""
        return None
