"""Qt models for the desa × item readiness matrix: one row per desa, its totals per item below."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.kesiapan import Butir, Definisi
from kks_desktop.domain.kesiapan_fakta import StatusButir
from kks_desktop.domain.kode_wilayah import KodeWilayah, Level
from kks_desktop.messages_kesiapan import STATUS_LABELS, STATUS_SYMBOLS, alasan_text, status_text
from kks_desktop.services.kesiapan_service import BarisMatriks
from kks_desktop.ui.cell_table_model import CellTableModel
from kks_desktop.ui.formatting import number, percent
from kks_desktop.ui.problem_tints import STATUS_TINTS
from kks_desktop.ui.sort_proxy import SortProxy

logger = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
STATUS_ROLE = Qt.ItemDataRole.UserRole + 10  # the StatusButir of an item cell (None elsewhere)
CENTRE = int(Qt.AlignmentFlag.AlignCenter)

# Sorting an item column ascending puts the least ready first.
_RANK = {StatusButir.TIDAK_DIKETAHUI: 0, StatusButir.BELUM: 1, StatusButir.SEBAGIAN: 2,
         StatusButir.TERPENUHI: 3}

COL_DESA, COL_KECAMATAN, COL_SKOR = range(3)
FIRST_BUTIR = 3
_FIXED_HEADERS = (QT_TRANSLATE_NOOP("kesiapan_matriks_model", "Desa"),
                  QT_TRANSLATE_NOOP("kesiapan_matriks_model", "Kecamatan"),
                  QT_TRANSLATE_NOOP("kesiapan_matriks_model", "Skor"))
_FIXED_TIPS = (QT_TRANSLATE_NOOP("kesiapan_matriks_model", "Nama desa/kelurahan"),
               QT_TRANSLATE_NOOP("kesiapan_matriks_model", "Kecamatan"),
               QT_TRANSLATE_NOOP("kesiapan_matriks_model", "Skor berbobot daftar periksa (0–100%)"))


def _fixed_headers() -> tuple[str, ...]:
    return tuple(translate("kesiapan_matriks_model", h) for h in _FIXED_HEADERS)


def _fixed_tips() -> tuple[str, ...]:
    return tuple(translate("kesiapan_matriks_model", h) for h in _FIXED_TIPS)



def kecamatan_kode(row: BarisMatriks) -> str:
    return str(KodeWilayah.parse(row.kode).at(Level.KECAMATAN))


def _header_tip(butir: Butir) -> str:
    if butir.manual:
        cara = translate("kesiapan_matriks_model", "Bobot {bobot}; diisi manual (Ada/Sebagian/Tidak ada).")
    else:
        cara = translate("kesiapan_matriks_model", "Bobot {bobot}; dinilai dari data.")
    label, bantuan = translate("acuan", butir.label), translate("acuan", butir.bantuan)
    return f"{label}\n{bantuan}\n" + cara.format(bobot=f"{butir.bobot:g}")


class _MatriksColumns(CellTableModel):
    """Desa, Kecamatan, Skor, then a column per item of the checklist shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.definisi: Definisi | None = None
        self._next: Definisi | None = None
        self.HEADERS = _fixed_headers()

    def _reset_to(self, definisi: Definisi | None, records: Sequence[Any],
                  raw: Sequence[tuple[Any, ...]], shown: Sequence[tuple[str, ...]],
                  sort: Sequence[tuple[Any, ...]] | None = None) -> None:
        """`_reset` for the columns of `definisi`, which take effect inside the reset."""
        self._next = definisi
        self._reset(records, raw, shown, sort)

    def beginResetModel(self) -> None:  # noqa: N802 (Qt's name; `_reset` calls it)
        # The columns change after views were told a reset begins, as Qt requires.
        super().beginResetModel()
        definisi = self.definisi = self._next
        items = definisi.butir if definisi else ()
        # One word per line, so eleven items fit beside the names at 1280 px.
        self.HEADERS = _fixed_headers() + tuple(translate("acuan", b.judul_singkat).replace(" ", "\n")
                                                for b in items)
        self.HEADER_TIPS = _fixed_tips() + tuple(_header_tip(b) for b in items)

    def butir_at(self, col: int) -> Butir | None:
        if self.definisi is None or not FIRST_BUTIR <= col < len(self.HEADERS):
            return None
        return self.definisi.butir[col - FIRST_BUTIR]

    def column_of(self, butir_id: str) -> int:
        """The column showing that item, or -1."""
        items = self.definisi.butir if self.definisi else ()
        return next((FIRST_BUTIR + n for n, b in enumerate(items) if b.id == butir_id), -1)


class KesiapanMatriksModel(_MatriksColumns):
    """One row per desa (RECORD_ROLE: its BarisMatriks); item cells show the status symbol on
    its tint, STATUS_ROLE gives the StatusButir and the tooltip the reason and evidence."""

    NUMERIC = (COL_SKOR,)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._symbol_font = QFont()
        self._symbol_font.setBold(True)

    def set_rows(self, definisi: Definisi | None, rows: Sequence[BarisMatriks]) -> None:
        """Show these rows (kept in the order given) for `definisi`."""
        raw, shown, sort = [], [], []
        for r in rows:
            statuses = tuple(h.status for h in r.hasil.butir)
            skor = r.hasil.skor
            raw.append((r.nama, r.kecamatan, skor, *(s.value for s in statuses)))
            shown.append((r.nama, r.kecamatan, percent(skor),
                          *(STATUS_SYMBOLS[s] for s in statuses)))
            sort.append((r.nama.casefold(), r.kecamatan.casefold(), skor,
                         *(_RANK[s] for s in statuses)))
        self._reset_to(definisi, list(rows), raw, shown, sort)

    def status(self, row: int, col: int) -> StatusButir | None:
        if col < FIRST_BUTIR or not 0 <= row < len(self._records):
            return None
        record: BarisMatriks = self._records[row]
        return record.hasil.butir[col - FIRST_BUTIR].status

    def row_of(self, kode: str) -> int:
        """The row of the desa with this kode, or -1."""
        return next((i for i, r in enumerate(self._records) if r.kode == kode), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        col = index.column()
        if index.isValid() and col >= FIRST_BUTIR:
            if role == STATUS_ROLE:
                return self.status(index.row(), col)
            if role == Qt.ItemDataRole.BackgroundRole:
                status = self.status(index.row(), col)
                return STATUS_TINTS[status] if status is not None else None
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return CENTRE
            if role == Qt.ItemDataRole.FontRole:
                return self._symbol_font
        return super().data(index, role)

    def tooltip(self, row: int, col: int) -> str | None:
        record: BarisMatriks = self._records[row]
        if col < FIRST_BUTIR:
            return translate("kesiapan_matriks_model", "{desa} ({kode}), skor {skor}. Enter atau klik ganda "
                             "membuka daftar periksa desa ini.").format(
                desa=record.nama, kode=record.kode, skor=percent(record.hasil.skor))
        hasil = record.hasil.butir[col - FIRST_BUTIR]
        lines = [f"{record.nama} — {translate('acuan', hasil.butir.label)}",
                 f"{status_text(hasil.status)}: {alasan_text(hasil.temuan)}"]
        if hasil.temuan.bukti:
            lines.append(translate("kesiapan_matriks_model", "Bukti: {bukti}").format(
                bukti="; ".join(hasil.temuan.bukti)))
        return "\n".join(lines)


@dataclass(frozen=True)
class JumlahMatriks:
    """Totals over some desa rows: how many desa have each status per item, the mean score."""

    desa: int
    skor_rata: float | None
    per_butir: tuple[dict[StatusButir, int], ...]

    def jumlah(self, butir_index: int, status: StatusButir) -> int:
        return self.per_butir[butir_index].get(status, 0)


def jumlah_matriks(definisi: Definisi, rows: Iterable[BarisMatriks]) -> JumlahMatriks:
    counts: list[dict[StatusButir, int]] = [{} for _ in definisi.butir]
    scores: list[float] = []
    for r in rows:
        scores.append(r.hasil.skor)
        for n, h in enumerate(r.hasil.butir):
            counts[n][h.status] = counts[n].get(h.status, 0) + 1
    mean = sum(scores) / len(scores) if scores else None
    return JumlahMatriks(len(scores), mean, tuple(counts))


class KesiapanJumlahModel(_MatriksColumns):
    """The totals under the matrix, one row per status with the number of desa per item; the
    Desa column names the status (and, first, how many desa are counted), the Skor column holds
    the mean score. A view spans Desa and Kecamatan so the names fit."""

    NUMERIC = (COL_SKOR,)
    STATUSES = tuple(StatusButir)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._totals: JumlahMatriks | None = None

    def set_totals(self, definisi: Definisi | None, totals: JumlahMatriks | None) -> None:
        self._totals = totals
        if definisi is None or totals is None:
            self._reset_to(definisi, [], [], [])
            return
        n_items = range(len(definisi.butir))
        raw, shown = [], []
        for n, status in enumerate(self.STATUSES):
            counts = [totals.jumlah(i, status) for i in n_items]
            label = status_text(status)
            if n == 0:
                label = translate("kesiapan_matriks_model", "{status} (dari {jumlah} desa)").format(
                    status=label, jumlah=number(totals.desa))
            skor = (translate("kesiapan_matriks_model", "Rata-rata"), percent(totals.skor_rata), "", "")[n]
            raw.append((status.value, None, totals.skor_rata if n == 1 else None, *counts))
            shown.append((label, "", skor, *(number(c) for c in counts)))
        self._reset_to(definisi, list(self.STATUSES), raw, shown)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        col = index.column()
        if (index.isValid() and role == Qt.ItemDataRole.BackgroundRole
                and (col == COL_DESA or col >= FIRST_BUTIR)):
            return STATUS_TINTS[self.STATUSES[index.row()]]
        if index.isValid() and role == Qt.ItemDataRole.TextAlignmentRole and col >= FIRST_BUTIR:
            return CENTRE
        return super().data(index, role)

    def tooltip(self, row: int, col: int) -> str | None:
        butir, totals = self.butir_at(col), self._totals
        if totals is None:
            return None
        if butir is None:
            if col == COL_SKOR:
                return translate("kesiapan_matriks_model", "Rata-rata skor {jumlah} desa yang tampil: "
                                 "{skor}").format(jumlah=number(totals.desa),
                                                  skor=percent(totals.skor_rata))
            return translate("kesiapan_matriks_model",
                             "Dihitung dari desa yang tampil di tabel (mengikuti saringan)")
        index = col - FIRST_BUTIR
        met = totals.jumlah(index, StatusButir.TERPENUHI)
        parts = [f"{STATUS_SYMBOLS[s]} {number(totals.jumlah(index, s))} "
                 f"{translate('messages_kesiapan', STATUS_LABELS[s]).lower()}" for s in self.STATUSES]
        met_text = translate("kesiapan_matriks_model", "{terpenuhi} terpenuhi dari {jumlah} desa").format(
            terpenuhi=number(met), jumlah=number(totals.desa))
        return f"{translate('acuan', butir.label)}\n{met_text}\n" + ", ".join(parts)


class KesiapanMatriksProxy(SortProxy):
    """Filters the desa rows by kecamatan kode and a search text on the desa name or kode."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kecamatan = ""
        self._text = ""

    def set_filters(self, *, kecamatan: str | None = None, text: str | None = None) -> None:
        if kecamatan is not None:
            self._kecamatan = kecamatan
        if text is not None:
            self._text = text.strip().casefold()
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, KesiapanMatriksModel):
            return True
        r: BarisMatriks = model.record(source_row)
        if self._kecamatan and kecamatan_kode(r) != self._kecamatan:
            return False
        return not self._text or self._text in f"{r.nama} {r.kode}".casefold()

    def shown_records(self) -> list[BarisMatriks]:
        """The desa rows the filters let through, in the order shown."""
        model = self.sourceModel()
        if not isinstance(model, KesiapanMatriksModel):
            return []
        return [model.record(self.mapToSource(self.index(r, 0)).row())
                for r in range(self.rowCount())]
