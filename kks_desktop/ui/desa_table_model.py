"""Qt table model exposing the desa register to the Desa page's QTableView."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from kks_desktop.domain.desa import Desa
from kks_desktop.messages import JENIS_LABELS
from kks_desktop.ui.formatting import number

logger = logging.getLogger(__name__)

COL_KODE, COL_NAMA, COL_JENIS, COL_KECAMATAN, COL_KK, COL_JIWA = range(6)
HEADERS = ("Kode", "Nama desa/kelurahan", "Jenis", "Kecamatan", "Jumlah KK", "Jumlah jiwa")
DESA_ROLE = Qt.ItemDataRole.UserRole + 1
_NUMERIC = (COL_KK, COL_JIWA)

Index = QModelIndex | QPersistentModelIndex


class DesaTableModel(QAbstractTableModel):
    """Rows are `Desa` values handed in by the page; the model never reads the database."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Desa] = []

    def set_rows(self, rows: list[Desa]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
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
        desa = self._rows[index.row()]
        col = index.column()
        if role == DESA_ROLE:
            return desa
        if role == Qt.ItemDataRole.EditRole:
            return self._raw(desa, col)
        if role == Qt.ItemDataRole.DisplayRole:
            raw = self._raw(desa, col)
            return number(raw) if col in _NUMERIC else raw
        if role == Qt.ItemDataRole.TextAlignmentRole and col in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and desa.is_demo:
            return "Data contoh (demo)"
        return None

    @staticmethod
    def _raw(desa: Desa, col: int) -> Any:
        return (
            str(desa.kode), desa.nama, JENIS_LABELS[desa.jenis], desa.wilayah.kecamatan,
            desa.jumlah_kk, desa.jumlah_jiwa,
        )[col]
