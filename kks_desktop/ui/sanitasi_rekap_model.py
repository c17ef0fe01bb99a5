"""Qt table models and sentences for the sanitation summary: per kecamatan (with JUMLAH) and per desa."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from kks_desktop.domain.odf import StatusOdf
from kks_desktop.domain.scope import ScopeLevel
from kks_desktop.messages_sanitasi import (
    STATUS_ODF_LABELS,
    STATUS_STBM_LABELS,
    alasan_stbm,
    langkah_berikut,
)
from kks_desktop.services.sanitasi_summary import DesaSanitasi, Rekap, RingkasanSanitasi
from kks_desktop.ui.cell_table_model import TOTAL_ROLE, CellTableModel
from kks_desktop.ui.formatting import number, percent, table_date
from kks_desktop.ui.gate_chart import gate_text
from kks_desktop.ui.sort_proxy import SortProxy, sort_key

logger = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex


# --- sentences -------------------------------------------------------------------------------
def headline(r: RingkasanSanitasi) -> str:
    """`202 dari 248 desa/kelurahan ODF (81,5%)`."""
    t = r.total
    if not t.desa:
        return "Belum ada desa/kelurahan di wilayah kerja ini"
    return (f"{number(t.desa_odf)} dari {number(t.desa)} desa/kelurahan ODF "
            f"({percent(t.persen_desa_odf)})")


def gate_line(r: RingkasanSanitasi) -> str:
    """`Syarat ODF siklus 2025: Padapa ≥80% terpenuhi; Wiwerda ≥90% perlu 22 desa lagi; …`."""
    parts = []
    open_ = r.tingkat_terbuka
    for t in r.siklus.tingkat:
        state = "terpenuhi" if t in open_ else f"perlu {number(r.desa_lagi(t))} desa lagi"
        parts.append(f"{t.nama} {gate_text(t.min_odf * 100)} {state}")
    return f"Syarat ODF siklus {r.siklus.tahun}: " + "; ".join(parts)


def _names(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " dan " + items[-1]


def award_sentence(r: RingkasanSanitasi) -> str:
    """`Memenuhi syarat ODF Padapa (≥80%). Untuk Wiwerda (≥90%) perlu 22 desa lagi.`."""
    if not r.total.desa:
        return "Belum ada desa/kelurahan untuk dihitung."
    met = [f"{t.nama} ({gate_text(t.min_odf * 100)})" for t in r.tingkat_terbuka]
    nxt = r.tingkat_berikutnya
    first = (f"Memenuhi syarat ODF {_names(met)}." if met
             else "Belum memenuhi syarat ODF tingkat penghargaan mana pun.")
    if nxt is None:
        return first + " Semua tingkat terpenuhi."
    return (f"{first} Untuk {nxt.nama} ({gate_text(nxt.min_odf * 100)}) perlu "
            f"{number(r.desa_lagi(nxt))} desa lagi.")


def desa_status(r: DesaSanitasi) -> str:
    """For a one-desa workspace: `Status ODF: Pemicuan sejak 01/03/2025. <next step>`."""
    posisi = r.posisi
    since = f" sejak {table_date(posisi.sejak)}" if posisi.sejak else ""
    return f"Status ODF: {STATUS_ODF_LABELS[posisi.status]}{since}. {langkah_berikut(posisi)}"


def scope_note(level: ScopeLevel | None) -> str:
    """The gates are set for a kabupaten/kota; say so when the workspace is smaller."""
    if level in (ScopeLevel.KECAMATAN, ScopeLevel.DESA):
        return "Syarat ini dinilai untuk kabupaten/kota; di sini dihitung untuk wilayah kerja Anda."
    return ""


# --- models ----------------------------------------------------------------------------------
(COL_K_NAMA, COL_K_DESA, COL_K_ODF, COL_K_PERSEN, COL_K_TERVERIFIKASI, COL_K_MENUNGGU,
 COL_K_PEMICUAN, COL_K_BELUM, COL_K_AKSES, COL_K_STBM) = range(10)
_PERCENT_K = (COL_K_PERSEN, COL_K_AKSES)


class KecamatanRekapModel(CellTableModel):
    """One row per kecamatan, then the JUMLAH row (TOTAL_ROLE) over the whole scope."""

    HEADERS = ("Kecamatan", "Desa", "ODF", "% desa ODF", "Terverifikasi", "Menunggu verifikasi",
               "Pemicuan", "Belum ODF", "% KK akses", "Desa STBM")
    NUMERIC = tuple(range(1, 10))

    def set_rows(self, kecamatan: list[Rekap], total: Rekap | None) -> None:
        records = list(kecamatan) + ([total] if total is not None else [])
        raw = [self._cells(r) for r in records]
        shown = [tuple(percent(v) if c in _PERCENT_K and v is not None
                       else number(v) if isinstance(v, int) else (v or "")
                       for c, v in enumerate(cells)) for cells in raw]
        if total is not None:
            shown[-1] = ("JUMLAH", *shown[-1][1:])
        sort = [tuple(sort_key(v) for v in cells) for cells in raw]
        tips = [(f"{r.nama} ({r.kode})",) + ("",) * 5
                + (f"{number(r.desa_dengan_laporan)} dari {number(r.desa)} desa punya laporan",
                   "", f"dari {number(r.total_kk)} KK dalam laporan terakhir tiap desa", "")
                for r in records]
        self._reset(records, raw, shown, sort, tips, len(records) - 1 if total else -1)

    @staticmethod
    def _cells(r: Rekap) -> tuple[Any, ...]:
        status = r.per_status
        return (r.nama, r.desa, r.desa_odf, r.persen_desa_odf,
                status.get(StatusOdf.TERVERIFIKASI, 0), status.get(StatusOdf.MENUNGGU_VERIFIKASI, 0),
                status.get(StatusOdf.PEMICUAN, 0), status.get(StatusOdf.BELUM, 0),
                r.persen_kk_akses, r.desa_stbm)


class TotalLastProxy(SortProxy):
    """Sorts like SortProxy but keeps the JUMLAH row at the bottom in either direction."""

    def lessThan(self, left: Index, right: Index) -> bool:
        ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
        if left.data(TOTAL_ROLE):
            return not ascending
        if right.data(TOTAL_ROLE):
            return ascending
        return bool(super().lessThan(left, right))


(COL_KODE, COL_DESA, COL_KECAMATAN, COL_STATUS, COL_SEJAK, COL_LAPORAN, COL_AKSES, COL_BABS,
 COL_STBM) = range(9)


class DesaSanitasiModel(CellTableModel):
    """One row per desa of the scope; RECORD_ROLE gives its DesaSanitasi."""

    HEADERS = ("Kode", "Desa", "Kecamatan", "Status ODF", "Sejak", "Laporan terakhir", "% akses",
               "KK BABS", "Desa STBM")
    NUMERIC = (COL_AKSES, COL_BABS)

    def set_rows(self, rows: list[DesaSanitasi]) -> None:
        records = list(rows)
        raw, shown, sort, tips = [], [], [], []
        for r in records:
            lap = r.terakhir
            status, stbm = r.posisi.status, r.stbm.status
            raw.append((str(r.desa.kode), r.desa.nama, r.desa.wilayah.kecamatan, status.value,
                        r.posisi.sejak, str(lap.periode) if lap else None,
                        lap.persen_akses if lap else None, lap.babs if lap else None,
                        stbm.value))
            shown.append((str(r.desa.kode), r.desa.nama, r.desa.wilayah.kecamatan,
                          STATUS_ODF_LABELS[status], table_date(r.posisi.sejak),
                          lap.periode.label if lap else "belum ada",
                          percent(lap.persen_akses) if lap and lap.total_kk else "",
                          number(lap.babs) if lap else "", STATUS_STBM_LABELS[stbm]))
            sort.append((str(r.desa.kode), r.desa.nama.casefold(),
                         r.desa.wilayah.kecamatan.casefold(), status.rank,
                         r.posisi.sejak.toordinal() if r.posisi.sejak else -1,
                         lap.periode.year * 100 + lap.periode.month if lap else -1,
                         sort_key(lap.persen_akses if lap else None),
                         lap.babs if lap else -1, list(type(stbm)).index(stbm)))
            tips.append(("", f"{r.desa.nama} ({r.desa.kode}) — Enter atau klik ganda untuk "
                         "membuka tab Sanitasi desa ini", "", "", "", "", "", "",
                         alasan_stbm(r.stbm)))
        self._reset(records, raw, shown, sort, tips)

    def row_of(self, kode: str) -> int:
        """The row showing the desa with this kode, or -1."""
        return next((i for i, r in enumerate(self._records) if str(r.desa.kode) == kode), -1)


# Status filter choices: "" all, "belum_deklarasi" every status short of ODF, else a StatusOdf value.
BELUM_DEKLARASI = "belum_deklarasi"


class DesaSanitasiProxy(SortProxy):
    """Filters the desa rows by kecamatan, ODF status and a search text on kode/desa/kecamatan."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kecamatan = ""
        self._status = ""
        self._text = ""

    def set_filters(self, *, kecamatan: str | None = None, status: str | None = None,
                    text: str | None = None) -> None:
        if kecamatan is not None:
            self._kecamatan = kecamatan
        if status is not None:
            self._status = status
        if text is not None:
            self._text = text.strip().casefold()
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def kecamatan(self) -> str:
        return self._kecamatan

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, DesaSanitasiModel):
            return True
        r: DesaSanitasi = model.record(source_row)
        if self._kecamatan and r.kecamatan_kode != self._kecamatan:
            return False
        status = r.posisi.status
        if self._status == BELUM_DEKLARASI:
            if status is StatusOdf.ODF:
                return False
        elif self._status and status.value != self._status:
            return False
        if self._text:
            hay = f"{r.desa.kode} {r.desa.nama} {r.desa.wilayah.kecamatan}".casefold()
            return self._text in hay
        return True
