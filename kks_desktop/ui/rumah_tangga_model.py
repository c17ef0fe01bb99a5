"""RumahTanggaModel: the household register as a lazy table (pages read on demand), editable per desa."""

from __future__ import annotations

import logging
from array import array
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.rumah_tangga import RumahTangga
from kks_desktop.messages_rumah_tangga import GANDA_LABELS
from kks_desktop.ui.peserta_table_model import GANDA_TINT
from kks_desktop.ui.rumah_tangga_sel import (
    KOLOM_DESA,
    KOLOM_SEMUA,
    Jenis,
    KolomKK,
    SelSalah,
    pesan_sel,
    tampil,
    teks_sel,
    ubah,
)

logger = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex
Pembaca = Callable[[Sequence[int]], Mapping[int, tuple[int, RumahTangga]]]
# (row, the household as it would be saved) -> taken; row == the new line's row for a new KK.
Penyimpan = Callable[[int, RumahTangga], bool]

PAGE_SHIFT = 8
PAGE = 1 << PAGE_SHIFT  # 256 rows read in one query
_MASK = PAGE - 1
MAX_PAGES = 8  # pages kept: a screenful or two around each place the user looked
BARU_TEKS = QT_TRANSLATE_NOOP("rumah_tangga_model", "＋ KK baru: ketik di baris ini")
KOSONG = RumahTangga(nama_kepala="")

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

GANDA_BRUSH = QBrush(GANDA_TINT)
TURUNAN_BRUSH = QBrush(QColor("#e9ecef"))  # derived, read-only columns
PILAR_GANJIL_BRUSH = QBrush(QColor("#f1f6fb"))  # pillars 1, 3 and 5, to find one's place
NOMOR_BRUSH = QBrush(QColor("#f3f4f5"))  # the row numbers, like a spreadsheet's margin
_ABU = QBrush(QColor("#7a828a"))

# One loaded row: id, desa id, the household (None when it is gone), its shown cells.
_Baris = tuple[int, int, RumahTangga | None, tuple[str, ...]]


def _latar(kolom: KolomKK) -> QBrush | None:
    if kolom.jenis is Jenis.NOMOR:
        return NOMOR_BRUSH
    if kolom.jenis in (Jenis.TANGGA, Jenis.PILAR):
        return TURUNAN_BRUSH
    return PILAR_GANJIL_BRUSH if kolom.pilar in (1, 3, 5) else None


def _rata(kolom: KolomKK) -> int | None:
    if kolom.jenis in (Jenis.JIWA, Jenis.NOMOR):
        return _RIGHT
    if kolom.jenis in (Jenis.YA_TIDAK, Jenis.PILAR) or kolom.kunci in ("rt", "rw"):
        return _CENTER
    return None


class RumahTanggaModel(QAbstractTableModel):
    """Rows are household ids in the order shown (an array, 8 bytes a row). A row's page of
    PAGE rows is read through `baca` (ws.rumah_tangga.baris) the first time it is asked for and
    formatted once; the last MAX_PAGES pages are kept. `data()` only looks values up.

    Editable (one desa shown): a last line takes a new KK; a changed cell is read here and the
    household handed to `penyimpan`, which saves it (or keeps the new line's draft) and says
    whether it was taken. `refused` carries the sentence for a cell that could not be read.
    """

    refused = Signal(str)

    def __init__(self, baca: Pembaca, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._baca = baca
        self.penyimpan: Penyimpan | None = None
        self._ids: array[int] = array("q")
        self._n = 0
        self._kolom: tuple[KolomKK, ...] = KOLOM_DESA
        self._latar: tuple[QBrush | None, ...] = ()
        self._rata: tuple[int | None, ...] = ()
        self._nama_desa: Mapping[int, str] = {}
        self._ganda: Mapping[int, str] = {}
        self._editable = False
        self._draft: RumahTangga | None = None
        self._pages: OrderedDict[int, list[_Baris]] = OrderedDict()
        self._last_no = -1
        self._last_page: list[_Baris] = []
        self._set_kolom(KOLOM_DESA)

    # -- rows -----------------------------------------------------------------------------

    def set_rows(self, ids: array[int], *, semua_desa: bool = False,
                 nama_desa: Mapping[int, str] | None = None, editable: bool = False,
                 ganda: Mapping[int, str] | None = None) -> None:
        """Show `ids` (from ws.rumah_tangga.id_urut); with `semua_desa` a Desa column first,
        named from `nama_desa` (desa id → name). Editable adds the new-KK line."""
        self.beginResetModel()
        self._ids, self._n = ids, len(ids)
        self._set_kolom(KOLOM_SEMUA if semua_desa else KOLOM_DESA)
        self._nama_desa = nama_desa or {}
        self._ganda = ganda or {}
        self._editable = editable
        self._draft = None
        self._forget_pages()
        self.endResetModel()

    def _set_kolom(self, kolom: tuple[KolomKK, ...]) -> None:
        self._kolom = kolom
        self._latar = tuple(_latar(k) for k in kolom)
        self._rata = tuple(_rata(k) for k in kolom)

    def ganti_ids(self, ids: array[int], baca_lagi: bool = True) -> None:
        """The same view after a save: rows that are gone are removed, new ones added at the
        end, the others stay where they are (read again, unless `baca_lagi` is False: only
        rows were added to what is shown); any other change of order resets the model."""
        if len(ids) >= self._n and ids[:self._n] == self._ids:  # only added at the end
            if len(ids) > self._n:
                self.beginInsertRows(QModelIndex(), self._n, len(ids) - 1)
                self._ids, self._n = array("q", ids), len(ids)
                self.endInsertRows()
            if baca_lagi:
                self.muat_ulang()
            return
        keep = set(ids)
        kept = array("q", (i for i in self._ids if i in keep))
        if ids[:len(kept)] != kept:
            self.set_rows(ids, semua_desa=self._kolom is KOLOM_SEMUA, nama_desa=self._nama_desa,
                          editable=self._editable, ganda=self._ganda)
            return
        self._forget_pages()
        row = self._n - 1
        while row >= 0:  # remove runs of gone rows, last first
            if self._ids[row] in keep:
                row -= 1
                continue
            end = row
            while row >= 0 and self._ids[row] not in keep:
                row -= 1
            self.beginRemoveRows(QModelIndex(), row + 1, end)
            del self._ids[row + 1:end + 1]
            self._n = len(self._ids)
            self.endRemoveRows()
        if len(ids) > self._n:
            self.beginInsertRows(QModelIndex(), self._n, len(ids) - 1)
            self._ids, self._n = array("q", ids), len(ids)
            self.endInsertRows()
        self.muat_ulang()

    def muat_ulang(self) -> None:
        """Read every row again when next shown (after a save changed some of them)."""
        self._forget_pages()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, len(self._kolom) - 1))

    def set_ganda(self, ganda: Mapping[int, str]) -> None:
        """Tint these households (id → reason, GANDA_LABELS) as possibly entered twice."""
        if dict(ganda) != dict(self._ganda):
            self._ganda = ganda
            if self._n:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(self._n - 1, len(self._kolom) - 1),
                                      [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole])

    def set_draft(self, rt: RumahTangga | None) -> None:
        """What is typed on the new-KK line before it has a name (None: nothing)."""
        self._draft = rt
        if self._editable:
            self.dataChanged.emit(self.index(self._n, 0), self.index(self._n, len(self._kolom) - 1))

    def _forget_pages(self) -> None:
        self._pages.clear()
        self._last_no, self._last_page = -1, []

    # -- reading --------------------------------------------------------------------------

    @property
    def kolom(self) -> tuple[KolomKK, ...]:
        return self._kolom

    @property
    def editable(self) -> bool:
        return self._editable

    @property
    def baris_baru(self) -> int:
        """The row of the new-KK line (-1 when the view is read-only)."""
        return self._n if self._editable else -1

    @property
    def ganda(self) -> Mapping[int, str]:
        """The households flagged as possibly entered twice (id → reason)."""
        return self._ganda

    @property
    def draft(self) -> RumahTangga | None:
        return self._draft

    def ids(self) -> array[int]:
        return self._ids

    def jumlah(self) -> int:
        """The households shown (the new-KK line not counted)."""
        return self._n

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < self._n else None

    def row_of_id(self, hid: int) -> int:
        try:
            return self._ids.index(hid)
        except ValueError:
            return -1

    def household(self, row: int) -> RumahTangga | None:
        """The stored household of a row, the draft on the new-KK line, None past both."""
        if row == self._n and self._editable:
            return self._draft
        return self._entry(row)[2] if 0 <= row < self._n else None

    def desa_id_at(self, row: int) -> int | None:
        return self._entry(row)[1] if 0 <= row < self._n else None

    def column_of(self, kunci: str) -> int:
        return next((i for i, k in enumerate(self._kolom) if k.kunci == kunci), -1)

    def halaman_dimuat(self) -> int:
        """How many pages are held now (at most MAX_PAGES)."""
        return len(self._pages)

    def _entry(self, row: int) -> _Baris:
        no = row >> PAGE_SHIFT
        if no != self._last_no:
            page = self._pages.get(no)
            if page is None:
                page = self._load(no)
            else:
                self._pages.move_to_end(no)
            self._last_no, self._last_page = no, page
        return self._last_page[row & _MASK]

    def _load(self, no: int) -> list[_Baris]:
        part = self._ids[no << PAGE_SHIFT:(no + 1) << PAGE_SHIFT]
        found = self._baca(part)
        gone = ("",) * (len(self._kolom) - 1)
        rest = self._kolom[1:]
        teks = teks_sel()  # the words of the coded cells, looked up once for the page
        page: list[_Baris] = []
        for number, hid in enumerate(part, (no << PAGE_SHIFT) + 1):
            hit = found.get(hid)
            if hit is None:
                page.append((hid, 0, None, (str(number), *gone)))
            else:
                page.append((hid, hit[0], hit[1], (str(number), *tampil(
                    hit[1], self._nama_desa.get(hit[0], ""), rest, teks))))
        self._pages[no] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    # -- Qt model -------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._n + self._editable

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._kolom)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical or not 0 <= section < len(self._kolom):
            return None
        if role == _DISPLAY:
            return self._kolom[section].judul
        if role == _TOOLTIP:
            return self._kolom[section].tip or self._kolom[section].label
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == 0:
            return Qt.ItemFlag.ItemIsEnabled  # the row number: Tab passes over it
        if not self._editable:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self._kolom[index.column()].isian:
            return Qt.ItemFlag.ItemIsEnabled  # derived: Tab passes over it
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (_DISPLAY, _EDIT):
            row = index.row()
            if row < self._n:
                return self._entry(row)[3][index.column()]
            return self._draft_text(index.column(), role == _DISPLAY)
        if role == _BACKGROUND:
            row = index.row()
            if self._ganda and row < self._n and self._ids[row] in self._ganda:
                return GANDA_BRUSH
            return self._latar[index.column()]
        if role == _ALIGN:
            return self._rata[index.column()]
        if role == _TOOLTIP:
            row = index.row()
            reason = self._ganda.get(self._ids[row]) if row < self._n and self._ganda else None
            if not reason:
                return None
            return translate("messages_rumah_tangga", GANDA_LABELS[reason]) \
                if reason in GANDA_LABELS else reason
        if role == _FOREGROUND and index.row() == self._n and self._draft is None:
            return _ABU
        return None

    def _draft_text(self, column: int, shown: bool) -> str:
        if column == 0:
            return "＋"
        if self._draft is not None:
            return tampil(self._draft, "", self._kolom)[column]
        if shown and self._kolom[column].kunci == "nama_kepala":
            return translate("rumah_tangga_model", BARU_TEKS)
        return ""

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != _EDIT or not self._editable or not index.isValid():
            return False
        kolom = self._kolom[index.column()]
        if not kolom.isian or self.penyimpan is None:
            return False
        row = index.row()
        if row < self._n and self._entry(row)[2] is None:
            self.refused.emit(translate(
                "rumah_tangga_model", "KK baris {baris} sudah tidak ada (dihapus di tempat lain).")
                .format(baris=row + 1))
            return False
        before = self.household(row) or KOSONG
        try:
            after = ubah(before, kolom, value)
        except SelSalah as exc:
            self.refused.emit(pesan_sel(exc.problem, row + 1))
            return False
        if after == before:
            return True
        return self.penyimpan(row, after)
