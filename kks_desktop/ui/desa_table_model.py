"""Qt table model exposing the desa register to the Desa page's QTableView."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from kks_desktop.domain.desa import Desa
from kks_desktop.messages import JENIS_LABELS
from kks_desktop.ui.formatting import number
from kks_desktop.ui.sort_proxy import SORT_ROLE, sort_key

logger = logging.getLogger(__name__)

COL_KODE, COL_NAMA, COL_KECAMATAN, COL_KK, COL_JIWA = range(5)
HEADERS = ("Kode", "Nama", "Kecamatan", "KK", "Jiwa")
DESA_ROLE = Qt.ItemDataRole.UserRole + 1
_NUMERIC = (COL_KK, COL_JIWA)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

Index = QModelIndex | QPersistentModelIndex


class DesaTableModel(QAbstractTableModel):
    """Rows are `Desa` values handed in by the page; the model never reads the database.

    Cell texts and sort keys are computed once in `set_rows`, so `data()` only looks them up.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Desa] = []
        self._raw_cells: list[tuple[Any, ...]] = []
        self._shown: list[tuple[str, ...]] = []
        self._sort: list[tuple[Any, ...]] = []

    def set_rows(self, rows: list[Desa]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._raw_cells = [self._raw(desa) for desa in self._rows]
        self._shown = [tuple(number(v) if c in _NUMERIC else v for c, v in enumerate(raw))
                       for raw in self._raw_cells]
        self._sort = [tuple(sort_key(v) for v in raw) for raw in self._raw_cells]
        self.endResetModel()

    def desa_at(self, row: int) -> Desa:
        return self._rows[row]

    def row_of(self, kode: str) -> int:
        """The row showing the desa with this kode, or -1."""
        return next((i for i, d in enumerate(self._rows) if str(d.kode) == kode), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section] if 0 <= section < len(HEADERS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown[row][col]
        if role == SORT_ROLE:
            return self._sort[row][col]
        if role == Qt.ItemDataRole.EditRole:
            return self._raw_cells[row][col]
        if role == DESA_ROLE:
            return self._rows[row]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in _NUMERIC:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            desa = self._rows[row]
            return f"{JENIS_LABELS[desa.jenis]} {desa.nama}" + (" (data contoh)" if desa.is_demo else "")
        return None

    @staticmethod
    def _raw(desa: Desa) -> tuple[Any, ...]:
        return (
            str(desa.kode), desa.nama, desa.wilayah.kecamatan, desa.jumlah_kk, desa.jumlah_jiwa,
        )
