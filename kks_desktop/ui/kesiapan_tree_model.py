"""KesiapanTreeModel: a judged checklist as a tree of groups and items (status, label, reason, evidence)."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.kesiapan import Kelompok
from kks_desktop.domain.kesiapan_fakta import StatusButir
from kks_desktop.domain.kesiapan_nilai import HasilButir, HasilDaftar
from kks_desktop.messages_kesiapan import alasan_text, status_text
from kks_desktop.ui.cell_table_model import RECORD_ROLE
from kks_desktop.ui.formatting import size_text, table_date
from kks_desktop.ui.problem_tints import STATUS_TINTS

logger = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
COL_STATUS, COL_BUTIR, COL_ALASAN, COL_BUKTI = range(4)
HEADERS = (QT_TRANSLATE_NOOP("kesiapan_tree_model", "Status"),
           QT_TRANSLATE_NOOP("kesiapan_tree_model", "Butir"),
           QT_TRANSLATE_NOOP("kesiapan_tree_model", "Alasan"),
           QT_TRANSLATE_NOOP("kesiapan_tree_model", "Bukti"))
MANUAL_TEXT = QT_TRANSLATE_NOOP("kesiapan_tree_model", "(isian manual)")
_GROUP = 0  # internal id of a group row; an item row carries its group's row + 1



def butir_text(hasil: HasilButir) -> str:
    manual = "\n" + translate("kesiapan_tree_model", MANUAL_TEXT) if hasil.butir.manual else ""
    return translate("acuan", hasil.butir.label) + manual


def bukti_lines(hasil: HasilButir) -> list[str]:
    """The evidence, one entry a line: a manual answer's document, note and file, or the refs
    the rule found (sessions, names, SK numbers)."""
    j = hasil.jawaban
    if j is None:
        return list(hasil.temuan.bukti)
    lines = [translate("kesiapan_tree_model", "Nomor {nomor}").format(nomor=j.nomor) if j.nomor else "",
             translate("kesiapan_tree_model", "Tanggal {tanggal}").format(tanggal=table_date(j.tanggal))
             if j.tanggal else "", j.catatan,
             translate("kesiapan_tree_model", "Berkas: {berkas} ({ukuran})").format(
                 berkas=j.berkas_nama, ukuran=size_text(j.berkas_ukuran)) if j.berkas_nama else ""]
    return [line for line in lines if line]


def group_text(kelompok: Kelompok, items: list[HasilButir]) -> str:
    met = sum(1 for h in items if h.status is StatusButir.TERPENUHI)
    return translate("kesiapan_tree_model", "{kelompok} — {terpenuhi} dari {jumlah} terpenuhi").format(
        kelompok=translate("acuan", kelompok.judul), terpenuhi=met, jumlah=len(items))


class KesiapanTreeModel(QAbstractItemModel):
    """Group rows (spanning, bold, "3 dari 5 terpenuhi") with their item rows below; RECORD_ROLE
    gives an item row's HasilButir. The model never reads the database: `set_hasil` hands it in."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[Kelompok, list[HasilButir]]] = []
        self._cells: list[list[tuple[str, ...]]] = []

    def set_hasil(self, hasil: HasilDaftar | None) -> None:
        self.beginResetModel()
        self._groups = []
        if hasil is not None:
            for kelompok in hasil.definisi.kelompok:
                items = [h for h in hasil.butir if h.butir.kelompok == kelompok.id]
                if items:
                    self._groups.append((kelompok, items))
        self._cells = [[(status_text(h.status), butir_text(h), alasan_text(h.temuan),
                         "\n".join(bukti_lines(h))) for h in items] for _k, items in self._groups]
        self.endResetModel()

    # --- structure ----------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(HEADERS)):
            return translate("kesiapan_tree_model", HEADERS[section])
        return None

    # --- data ---------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            return self._group_data(index, role)
        group = index.internalId() - 1
        hasil = self._groups[group][1][index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[group][index.row()][index.column()]
        if role == RECORD_ROLE:
            return hasil
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("acuan", hasil.butir.bantuan) if hasil.butir.bantuan else None
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == COL_STATUS:
            return STATUS_TINTS[hasil.status]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == COL_STATUS:
            return QColor("#1b1f23")  # dark on the light tint, whatever the palette
        return None

    def _group_data(self, index: Index, role: int) -> Any:
        kelompok, items = self._groups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return group_text(kelompok, items) if index.column() == 0 else ""
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    # --- lookups ------------------------------------------------------------------------------
    def hasil_at(self, index: Index) -> HasilButir | None:
        found = index.data(RECORD_ROLE) if index.isValid() else None
        return found if isinstance(found, HasilButir) else None

    def index_of(self, butir_id: str, column: int = 0) -> QModelIndex:
        """The item row of `butir_id` (invalid when the checklist has no such item)."""
        for g, (_kelompok, items) in enumerate(self._groups):
            for r, hasil in enumerate(items):
                if hasil.butir.id == butir_id:
                    return self.index(r, column, self.index(g, 0))
        return QModelIndex()

    def butir_ids(self) -> list[str]:
        """Item ids top to bottom, as the tree shows them."""
        return [h.butir.id for _k, items in self._groups for h in items]
