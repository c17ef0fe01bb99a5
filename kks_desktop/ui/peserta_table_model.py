"""PesertaTableModel: the editable participant rows of one session, with a blank row kept at the end."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import accumulate
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.acuan_kegiatan import AcuanKegiatan
from kks_desktop.domain.kegiatan import MAX_HARI, JenisKelamin, Peserta
from kks_desktop.domain.peserta import kunci_instansi
from kks_desktop.domain.problems import Problem
from kks_desktop.domain.tempel import Tempelan, peserta_dari_tempelan
from kks_desktop.messages import describe_problem
from kks_desktop.ui.cell_table_model import RIGHT

logger = logging.getLogger(__name__)

COL_NO, COL_NAMA, COL_JK, COL_JABATAN, COL_INSTANSI, COL_KATEGORI, COL_DESA, COL_TELEPON = range(8)
COL_HARI_1 = 8  # the first attendance column; Pre and Post follow the last day
HEADERS = (QT_TRANSLATE_NOOP("peserta_table_model", "No"), QT_TRANSLATE_NOOP("peserta_table_model", "Nama"),
           QT_TRANSLATE_NOOP("peserta_table_model", "L/P"),
           QT_TRANSLATE_NOOP("peserta_table_model", "Jabatan"),
           QT_TRANSLATE_NOOP("peserta_table_model", "Instansi/unsur"),
           QT_TRANSLATE_NOOP("peserta_table_model", "Kategori"),
           QT_TRANSLATE_NOOP("peserta_table_model", "Desa"),
           QT_TRANSLATE_NOOP("peserta_table_model", "Telepon"))
# The paste field (domain.tempel) of each fixed column, and the Peserta attribute it fills.
FIELDS = ("", "nama", "jenis_kelamin", "jabatan", "instansi", "kategori", "desa", "telepon")
_ATTRIBUTE = {"desa": "desa_nama"}
_TEXT_FIELDS = ("nama", "jabatan", "instansi", "desa_nama", "telepon")
GANDA_TINT = QColor("#fde2c4")  # rows that look like one person entered twice
_TIPPED = (COL_NAMA, COL_JABATAN, COL_INSTANSI, COL_DESA)  # long texts, cut in narrow columns
_OPTIONAL = ("jenis_kelamin", "pre", "post")  # None when left empty
_READ = ("jenis_kelamin", "kategori", "pre", "post")  # typed text read as a pasted cell

_Index = QModelIndex | QPersistentModelIndex


def kosong(person: Peserta) -> bool:
    """Nothing typed in the row (attendance alone does not count)."""
    return not (any(getattr(person, name).strip() for name in _TEXT_FIELDS) or person.kategori
                or person.jenis_kelamin is not None or person.pre is not None
                or person.post is not None)


def kategori_dari_teks(acuan: AcuanKegiatan, text: str) -> str | None:
    """The kategori id a typed or pasted text means: what `AcuanKegiatan.kategori_dari_teks`
    recognises (id, Indonesian label, aliases), or else the label as this screen shows it in
    the chosen language (a cell copied from the grid); None if unknown."""
    found = acuan.kategori_dari_teks(text)
    if found is not None:
        return found
    key = kunci_instansi(text)
    if not key:
        return None
    return next((k.id for k in acuan.kategori
                 if kunci_instansi(translate("acuan", k.label)) == key), None)


def nilai_text(value: float | None) -> str:
    """72,5 or 80 (no decimals for whole scores); empty for no score."""
    if value is None:
        return ""
    return str(int(value)) if value == int(value) else f"{value:g}".replace(".", ",")


class PesertaTableModel(QAbstractTableModel):
    """Rows are `Peserta` values; DisplayRole is text as shown, EditRole the raw value.

    `edited` tells of every change a person made (edit, paste, merge, rows added or removed);
    `refused` carries the sentence for a value that was not taken (the cell keeps its value).
    """

    edited = Signal()
    refused = Signal(str)

    def __init__(self, acuan: AcuanKegiatan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._acuan = acuan
        self._labels = {k.id: k.label for k in acuan.kategori}
        self._rows: list[Peserta] = []
        self._nomor: list[int | None] = []
        self._hari = 1
        self._mulai: dt.date | None = None
        self._marks: dict[tuple[int, int], tuple[QColor, str]] = {}
        self._ganda: frozenset[int] = frozenset()
        self._batch_depth = 0
        self._batch_edited = False
        self._ensure_blank_row(signal=False)

    # -- shape ----------------------------------------------------------------------------

    @property
    def hari(self) -> int:
        return self._hari

    def col_pre(self) -> int:
        return COL_HARI_1 + self._hari

    def col_post(self) -> int:
        return COL_HARI_1 + self._hari + 1

    def field_of(self, column: int) -> str:
        """The paste field a column fills ("" for No and the attendance columns)."""
        if column < len(FIELDS):
            return FIELDS[column]
        return {self.col_pre(): "pre", self.col_post(): "post"}.get(column, "")

    def day_of(self, column: int) -> int:
        """The day (1-based) an attendance column stands for, 0 for other columns."""
        day = column - COL_HARI_1 + 1
        return day if 1 <= day <= self._hari else 0

    def new_row(self) -> Peserta:
        """A blank participant, present on every day."""
        return Peserta(nama="", hadir=tuple(range(1, self._hari + 1)))

    # -- rows -----------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[Peserta], hari: int, mulai: dt.date | None = None) -> None:
        self.beginResetModel()
        self._hari, self._mulai = max(1, hari), mulai
        self._rows = list(rows)
        self._marks, self._ganda = {}, frozenset()
        self._ensure_blank_row(signal=False)
        self._renumber(signal=False)
        self.endResetModel()

    def set_hari(self, hari: int, mulai: dt.date | None = None) -> None:
        """Attendance columns for `hari` days: later days are dropped; who came on every day
        so far is taken as present on the added days too."""
        old = self._hari
        hari = min(max(1, hari), MAX_HARI)  # a date typed wrong must not make 400 columns
        if hari == old:  # the same columns: only their dates may move
            self._mulai = mulai if mulai is not None else self._mulai
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, COL_HARI_1, self.col_pre() - 1)
            return
        rows = [p.with_changes(hadir=_resized(p.hadir, old, hari)) for p in self._rows]
        self.set_rows(rows, hari, mulai if mulai is not None else self._mulai)

    def rows(self) -> list[Peserta]:
        """Every row but the blank ones, texts trimmed, in order."""
        return [_trimmed(p) for p in self.filled_rows()]

    def filled_rows(self) -> list[Peserta]:
        """Every row but the blank ones, as held (quick: for counts)."""
        return [p for p, n in zip(self._rows, self._nomor, strict=True) if n is not None]

    def row_of_nomor(self, nomor: int) -> int:
        """The model row shown with number `nomor` (1-based), -1 if there is none."""
        return self._nomor.index(nomor) if nomor in self._nomor else -1

    def nomor(self, row: int) -> int | None:
        return self._nomor[row] if 0 <= row < len(self._nomor) else None

    def person(self, row: int) -> Peserta:
        return self._rows[row]

    def all_rows(self) -> list[Peserta]:
        """Every row as held, blank ones included (model row order)."""
        return list(self._rows)

    def replace_all(self, rows: Sequence[Peserta]) -> None:
        """New rows after a merge or a paste: a person's change, so `edited` follows."""
        self.set_rows(rows, self._hari, self._mulai)
        self._edited()

    def append_rows(self, people: Sequence[Peserta]) -> int:
        """Add `people` after the last filled row (taking the place of the blank ones at the
        end); returns the model row of the first one added."""
        kept = list(self._rows)
        while kept and kosong(kept[-1]):
            kept.pop()
        first = len(kept)
        self.replace_all([*kept, *people])
        return first

    def fill_from(self, row: int, known: Peserta) -> None:
        """Take name and details of a person seen before into `row` (present on every day)."""
        self._rows[row] = known.with_changes(uuid=self._rows[row].uuid, pre=self._rows[row].pre,
                                             post=self._rows[row].post,
                                             hadir=tuple(range(1, self._hari + 1)))
        self._after_row_change(row, 0, self.columnCount() - 1)

    # -- problems and duplicates ----------------------------------------------------------

    def set_marks(self, marks: dict[tuple[int, int], tuple[QColor, str]]) -> None:
        """Tint cells (model row, column) and give them a tooltip, e.g. for problems."""
        self._marks = dict(marks)
        self._repaint()

    def column_of(self, name: str) -> int | None:
        """The column of a Peserta attribute or paste field ("nama", "desa_nama", "hadir")."""
        fixed = {"hadir": COL_HARI_1, "pre": self.col_pre(), "post": self.col_post(),
                 "desa_nama": COL_DESA}
        return fixed.get(name, FIELDS.index(name) if name in FIELDS[1:] else None)

    def set_ganda(self, rows: Iterable[int]) -> None:
        """Tint these model rows as a possible double entry."""
        ganda = frozenset(rows)
        if ganda != self._ganda:
            self._ganda = ganda
            self._repaint()

    def _repaint(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self.columnCount() - 1),
                                  [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole])

    # -- Qt model -------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS) + self._hari + 2

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        day = self.day_of(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section < len(HEADERS):
                return translate("peserta_table_model", HEADERS[section])
            if day:
                return translate("peserta_table_model", "H{hari} {tanggal}").format(
                    hari=day, tanggal=self._date_text(day, "%d/%m")).strip()
            return (translate("peserta_table_model", "Pre") if section == self.col_pre()
                    else translate("peserta_table_model", "Post"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if day:
                return translate("peserta_table_model", "Hadir hari ke-{hari} {tanggal}").format(
                    hari=day, tanggal=self._date_text(day, "%d/%m/%Y")).strip()
            if section in (self.col_pre(), self.col_post()):
                return translate("peserta_table_model",
                                 "Nilai pre-test / post-test, 0–100 (boleh desimal: 72,5)")
        return None

    def _date_text(self, day: int, pattern: str) -> str:
        """The date of `day` written with `pattern` ("" while the start date is unknown)."""
        return f"{self._mulai + dt.timedelta(days=day - 1):{pattern}}" if self._mulai else ""

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == COL_NO:
            return Qt.ItemFlag.ItemIsEnabled
        usual = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.day_of(index.column()):
            return usual | Qt.ItemFlag.ItemIsUserCheckable
        return usual | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = index.row(), index.column()
        person = self._rows[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._value(person, row, column, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.CheckStateRole and (day := self.day_of(column)):
            if self._nomor[row] is None:
                return None  # no box to tick on a blank row
            return Qt.CheckState.Checked if day in person.hadir else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole:
            mark = self._marks.get((row, column))
            return mark[0] if mark else (GANDA_TINT if row in self._ganda else None)
        if role == Qt.ItemDataRole.ToolTipRole:
            mark = self._marks.get((row, column))
            if mark:
                return mark[1]
            return self._value(person, row, column, False) if column in _TIPPED else None
        if role == Qt.ItemDataRole.TextAlignmentRole and (
                column == COL_NO or column >= self.col_pre()):
            return RIGHT
        return None

    def _value(self, person: Peserta, row: int, column: int, raw: bool) -> Any:
        field = self.field_of(column)
        if column == COL_NO:
            nomor = self._nomor[row]
            return nomor if raw else ("" if nomor is None else str(nomor))
        if not field:
            return None
        value = getattr(person, _ATTRIBUTE.get(field, field))
        if raw:
            return value
        if field == "jenis_kelamin":
            return value.value if value else ""
        if field == "kategori":
            return translate("acuan", self._labels.get(value, value))
        if field in ("pre", "post"):
            return nilai_text(value)
        return value

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.CheckStateRole and (day := self.day_of(column)):
            if self._nomor[row] is None:
                return False
            return self._set_day(row, day, Qt.CheckState(value) == Qt.CheckState.Checked)
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        field = self.field_of(column)
        converted, said = self._converted(field, value, row)
        if converted is _REFUSED:
            self.refused.emit(said)
            return False
        attribute = _ATTRIBUTE.get(field, field)
        if getattr(self._rows[row], attribute) != converted:
            self._rows[row] = self._rows[row].with_changes(**{attribute: converted})
            self._marks.pop((row, column), None)
            self._after_row_change(row, column, column)
        if said:
            self.refused.emit(said)
        return True

    def _set_day(self, row: int, day: int, present: bool) -> bool:
        days = set(self._rows[row].hadir)
        days = days | {day} if present else days - {day}
        self._rows[row] = self._rows[row].with_changes(hadir=tuple(sorted(days)))
        column = COL_HARI_1 + day - 1
        self._marks.pop((row, column), None)
        self._after_row_change(row, column, column)
        return True

    def _converted(self, field: str, value: Any, row: int) -> tuple[Any, str]:
        """The attribute value for an edit (or _REFUSED) and what to tell about it; typed text
        is read as a pasted cell would be."""
        if isinstance(value, JenisKelamin) or (field == "kategori" and value in self._labels):
            return value, ""
        text = "" if value is None else str(value).strip()
        if not text:
            return (None if field in _OPTIONAL else ""), ""
        if field not in _READ:
            return text, ""
        read = peserta_dari_tempelan(Tempelan((field,), ((text,),), False),
                                     lambda teks: kategori_dari_teks(self._acuan, teks), self._hari)[0]
        found = [p for p in read.problems if p.field == f"peserta.{field}"]
        said = describe_problem(at_row(found[0], self._nomor[row])) if found else ""
        if any(p.is_error for p in found):
            return _REFUSED, said
        return getattr(read.peserta, field), said

    def insertRows(  # noqa: N802
            self, row: int, count: int, parent: _Index = QModelIndex()) -> bool:
        """Blank rows at `row`; at the end only when the last row is not blank already."""
        if parent.isValid() or count < 1 or not 0 <= row <= len(self._rows):
            return False
        if row == len(self._rows) and self._rows and kosong(self._rows[-1]):
            return False
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        self._rows[row:row] = [self.new_row() for _ in range(count)]
        self.endInsertRows()
        self._marks = {}
        self._renumber()
        self._edited()
        return True

    def removeRows(  # noqa: N802
            self, row: int, count: int, parent: _Index = QModelIndex()) -> bool:
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._rows[row:row + count]
        self.endRemoveRows()
        self._marks = {}
        self._ensure_blank_row()
        self._renumber()
        self._edited()
        return True

    # -- upkeep ---------------------------------------------------------------------------

    def _after_row_change(self, row: int, first: int, last: int) -> None:
        self.dataChanged.emit(self.index(row, first), self.index(row, last))
        if kosong(self._rows[row]) != (self._nomor[row] is None):
            self._ensure_blank_row()
            self._renumber()
        self._edited()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Many cell changes told as one: `edited` once at the end, if anything changed."""
        self._batch_depth += 1
        try:
            yield
        finally:
            self._batch_depth -= 1
            if not self._batch_depth and self._batch_edited:
                self._batch_edited = False
                self._edited()

    def _edited(self) -> None:
        if self._batch_depth:
            self._batch_edited = True
        else:
            self.edited.emit()

    def _ensure_blank_row(self, signal: bool = True) -> None:
        """Keep one blank row at the end to type into."""
        if not self._rows or not kosong(self._rows[-1]):
            if signal:
                self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
            self._rows.append(self.new_row())
            self._nomor.append(None)
            if signal:
                self.endInsertRows()

    def _renumber(self, signal: bool = True) -> None:
        """Number the filled rows 1, 2, ...; blank rows get no number."""
        blank = [kosong(p) for p in self._rows]
        filled = accumulate(0 if b else 1 for b in blank)
        numbers = [None if b else n for b, n in zip(blank, filled, strict=True)]
        changed = [i for i, (a, b) in enumerate(zip(numbers, self._nomor, strict=False)) if a != b]
        self._nomor = numbers
        if signal and changed:
            self.dataChanged.emit(self.index(changed[0], COL_NO), self.index(changed[-1], COL_NO))


_REFUSED = object()


def _resized(hadir: tuple[int, ...], old: int, new: int) -> tuple[int, ...]:
    kept = tuple(d for d in hadir if d <= new)
    if new > old and set(range(1, old + 1)) <= set(hadir):
        kept += tuple(range(old + 1, new + 1))
    return kept


def _trimmed(person: Peserta) -> Peserta:
    return dataclasses.replace(person, **{name: getattr(person, name).strip()
                                          for name in _TEXT_FIELDS})


def at_row(problem: Problem, nomor: int | None) -> Problem:
    """The problem numbered as the grid shows the row (None: no row named)."""
    params = {k: v for k, v in problem.params if k != "row"}
    if nomor is not None:
        params["row"] = nomor
    return dataclasses.replace(problem, params=tuple(sorted(params.items())))
