"""RtlTableModel: the editable RTL rows of one session, with an empty row kept at the end to type into."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.kegiatan import Rtl, StatusRtl
from kks_desktop.domain.problems import Problem
from kks_desktop.domain.tanggal import tanggal_dari_teks
from kks_desktop.messages import describe_problem
from kks_desktop.messages_kegiatan import STATUS_RTL_LABELS
from kks_desktop.ui.cell_table_model import RIGHT
from kks_desktop.ui.formatting import table_date
from kks_desktop.ui.problem_tints import TINTS

logger = logging.getLogger(__name__)

(COL_NO, COL_KEGIATAN, COL_TUJUAN, COL_SASARAN, COL_WAKTU, COL_TEMPAT, COL_PJ, COL_DANA,
 COL_INDIKATOR, COL_STATUS, COL_CATATAN) = range(11)
HEADERS = (QT_TRANSLATE_NOOP("rtl_table_model", "No"), QT_TRANSLATE_NOOP("rtl_table_model", "Kegiatan"),
           QT_TRANSLATE_NOOP("rtl_table_model", "Tujuan"), QT_TRANSLATE_NOOP("rtl_table_model", "Sasaran"),
           QT_TRANSLATE_NOOP("rtl_table_model", "Waktu"), QT_TRANSLATE_NOOP("rtl_table_model", "Tempat"),
           QT_TRANSLATE_NOOP("rtl_table_model", "Penanggung jawab"),
           QT_TRANSLATE_NOOP("rtl_table_model", "Sumber dana"),
           QT_TRANSLATE_NOOP("rtl_table_model", "Indikator keberhasilan"),
           QT_TRANSLATE_NOOP("rtl_table_model", "Status"), QT_TRANSLATE_NOOP("rtl_table_model", "Catatan"))
# The Rtl field shown in each column ("" for No).
FIELDS = ("", "kegiatan", "tujuan", "sasaran", "waktu", "tempat", "penanggung_jawab",
          "sumber_dana", "indikator", "status", "catatan")
STATUS_ORDER = tuple(StatusRtl)
RTL_ROLE = Qt.ItemDataRole.UserRole + 1
LATE_TEXT = QT_TRANSLATE_NOOP("rtl_table_model", "Lewat waktu")
LATE_COLOUR = QColor("#b00020")
EMPTY = Rtl(kegiatan="")

_Index = QModelIndex | QPersistentModelIndex
_INVALID = object()


def is_empty(rtl: Rtl) -> bool:
    """Nothing typed in the row (its uuid does not count)."""
    return dataclasses.replace(rtl, uuid="") == EMPTY


class RtlTableModel(QAbstractTableModel):
    """Rows are `Rtl` values; DisplayRole is Indonesian text, EditRole the raw field value.

    The last row is always empty, so typing continues below the last plan. `rejected` tells of
    an edit that did not fit (row, column, typed text); the cell keeps its old value.
    """

    rejected = Signal(int, int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Rtl] = [EMPTY]
        self._problems: dict[tuple[int, int], list[Problem]] = {}
        self.today = dt.date.today()

    # -- rows -----------------------------------------------------------------------------

    def set_rows(self, rows: tuple[Rtl, ...] | list[Rtl]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._problems = {}
        if not self._rows or not is_empty(self._rows[-1]):
            self._rows.append(EMPTY)
        self.endResetModel()

    def rows(self) -> tuple[Rtl, ...]:
        """Every row, the empty ones included."""
        return tuple(self._rows)

    def filled(self) -> tuple[Rtl, ...]:
        """The rows with something typed in them, in order."""
        return tuple(r for r in self._rows if not is_empty(r))

    def set_today(self, today: dt.date) -> None:
        self.today = today
        self._refresh_column(COL_WAKTU)

    # -- problems -------------------------------------------------------------------------

    def set_problems(self, problems: list[Problem]) -> None:
        """Tint the cells named by problems "rtl.<field>" (row = 1-based among filled rows)."""
        filled = [n for n, r in enumerate(self._rows) if not is_empty(r)]
        found: dict[tuple[int, int], list[Problem]] = {}
        for problem in problems:
            field, row = problem.field.partition(".")[2], problem.param("row")
            if (not problem.field.startswith("rtl.") or field not in FIELDS or not field
                    or not isinstance(row, int) or not 1 <= row <= len(filled)):
                continue
            found.setdefault((filled[row - 1], FIELDS.index(field)), []).append(problem)
        self._problems = found
        self._refresh_all()

    def problem_cells(self) -> dict[tuple[int, int], list[Problem]]:
        return dict(self._problems)

    # -- Qt model -------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(HEADERS)):
            return translate("rtl_table_model", HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        row, col = index.row(), index.column()
        rtl = self._rows[row]
        if role == RTL_ROLE:
            return rtl
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(row, col)
        if role == Qt.ItemDataRole.EditRole:
            return row + 1 if col == COL_NO else getattr(rtl, FIELDS[col])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == Qt.ItemDataRole.BackgroundRole and (row, col) in self._problems:
            return QBrush(TINTS[any(p.is_error for p in self._problems[(row, col)])])
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_WAKTU and self._late(row):
            return QBrush(LATE_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_NO:
            return RIGHT
        return None

    def _shown(self, row: int, col: int) -> str:
        rtl = self._rows[row]
        if col == COL_NO:
            return "" if row == len(self._rows) - 1 and is_empty(rtl) else str(row + 1)
        if col == COL_WAKTU:
            return table_date(rtl.waktu)
        if col == COL_STATUS:
            return "" if is_empty(rtl) else translate("messages_kegiatan", STATUS_RTL_LABELS[rtl.status])
        return str(getattr(rtl, FIELDS[col]))

    def _tooltip(self, row: int, col: int) -> str | None:
        lines = [describe_problem(p) for p in self._problems.get((row, col), [])]
        if col == COL_WAKTU and self._late(row):
            lines.insert(0, translate("rtl_table_model", LATE_TEXT))
        elif col not in (COL_NO, COL_WAKTU, COL_STATUS) and self._shown(row, col):
            lines.insert(0, self._shown(row, col))
        return "\n".join(lines) or None

    def _late(self, row: int) -> bool:
        return self._rows[row].lewat_waktu(self.today)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags if index.column() == COL_NO else flags | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or index.column() == COL_NO or not self.checkIndex(
                index, QAbstractTableModel.CheckIndexOption.IndexIsValid)):
            return False
        row, col = index.row(), index.column()
        converted = _converted(col, value)
        if converted is _INVALID:
            self.rejected.emit(row, col, "" if value is None else str(value))
            return False
        self._rows[row] = dataclasses.replace(self._rows[row], **{FIELDS[col]: converted})
        self._problems.pop((row, col), None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))
        self._keep_empty_row()
        return True

    def insertRows(  # noqa: N802
            self, row: int, count: int, parent: _Index = QModelIndex()) -> bool:
        """Empty rows; refused at the end while the last row is still empty (one is enough)."""
        if parent.isValid() or count < 1 or not 0 <= row <= len(self._rows):
            return False
        if row == len(self._rows) and self._rows and is_empty(self._rows[-1]):
            return False
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        self._rows[row:row] = [EMPTY] * count
        self._problems = {}
        self.endInsertRows()
        return True

    def removeRows(  # noqa: N802
            self, row: int, count: int, parent: _Index = QModelIndex()) -> bool:
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._rows[row:row + count]
        self._problems = {}
        self.endRemoveRows()
        self._keep_empty_row()
        self._refresh_column(COL_NO)
        return True

    def move_row(self, row: int, delta: int) -> bool:
        """Move one row up (delta < 0) or down; False when it would leave the list."""
        target = row + delta
        if delta == 0 or not 0 <= row < len(self._rows) or not 0 <= target < len(self._rows):
            return False
        # Qt's destination is the row the moved one ends up *before*, counted before the move.
        if not self.beginMoveRows(QModelIndex(), row, row, QModelIndex(),
                                  target + 1 if delta > 0 else target):
            return False
        self._rows.insert(target, self._rows.pop(row))
        self._problems = {}
        self.endMoveRows()
        self._keep_empty_row()
        self._refresh_column(COL_NO)
        return True

    def _keep_empty_row(self) -> None:
        if not self._rows or not is_empty(self._rows[-1]):
            self.insertRows(len(self._rows), 1)

    def _refresh_column(self, col: int) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, col), self.index(len(self._rows) - 1, col))

    def _refresh_all(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(HEADERS) - 1))


def _converted(column: int, value: Any) -> Any:
    """The field value for `column` from an edit, or _INVALID when it does not fit."""
    if column == COL_WAKTU:
        return _date(value)
    if column == COL_STATUS:
        return _status(value)
    return "" if value is None else str(value).strip()


def _date(value: Any) -> Any:
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, QDate):
        return dt.date(value.year(), value.month(), value.day()) if value.isValid() else None
    try:
        return tanggal_dari_teks(str(value))
    except ValueError:
        return _INVALID


def _status(value: Any) -> Any:
    if isinstance(value, StatusRtl):
        return value
    text = "" if value is None else str(value).strip().casefold()
    if not text:
        return StatusRtl.BELUM
    # The stored value, the Indonesian label or the label as shown (a cell copied and pasted back).
    return next((s for s in STATUS_ORDER
                 if text in (s.value, STATUS_RTL_LABELS[s].casefold(),
                             translate("messages_kegiatan", STATUS_RTL_LABELS[s]).casefold())),
                _INVALID)
