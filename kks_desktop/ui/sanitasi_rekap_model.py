"""Qt table models and sentences for the sanitation summary: per kecamatan (with JUMLAH) and per desa."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
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
        return translate("sanitasi_rekap_model", "Belum ada desa/kelurahan di wilayah kerja ini")
    return translate("sanitasi_rekap_model", "{odf} dari {desa} desa/kelurahan ODF ({persen})").format(
        odf=number(t.desa_odf), desa=number(t.desa), persen=percent(t.persen_desa_odf))


def gate_line(r: RingkasanSanitasi) -> str:
    """`Syarat ODF siklus 2025: Padapa ≥80% terpenuhi; Wiwerda ≥90% perlu 22 desa lagi; …`."""
    parts = []
    open_ = r.tingkat_terbuka
    for t in r.siklus.tingkat:
        if t in open_:
            part = translate("sanitasi_rekap_model", "{tingkat} {syarat} terpenuhi")
        else:
            part = translate("sanitasi_rekap_model", "{tingkat} {syarat} perlu {jumlah} desa lagi")
        parts.append(part.format(tingkat=t.nama, syarat=gate_text(t.min_odf * 100),
                                 jumlah=number(r.desa_lagi(t))))
    return translate("sanitasi_rekap_model", "Syarat ODF siklus {tahun}: {syarat}").format(
        tahun=r.siklus.tahun, syarat="; ".join(parts))


def _names(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return translate("sanitasi_rekap_model", "{daftar} dan {terakhir}").format(
        daftar=", ".join(items[:-1]), terakhir=items[-1])


def award_sentence(r: RingkasanSanitasi) -> str:
    """`Memenuhi syarat ODF Padapa (≥80%). Untuk Wiwerda (≥90%) perlu 22 desa lagi.`."""
    if not r.total.desa:
        return translate("sanitasi_rekap_model", "Belum ada desa/kelurahan untuk dihitung.")
    met = [f"{t.nama} ({gate_text(t.min_odf * 100)})" for t in r.tingkat_terbuka]
    nxt = r.tingkat_berikutnya
    first = (translate("sanitasi_rekap_model", "Memenuhi syarat ODF {tingkat}.").format(
        tingkat=_names(met)) if met else translate(
        "sanitasi_rekap_model", "Belum memenuhi syarat ODF tingkat penghargaan mana pun."))
    if nxt is None:
        return first + " " + translate("sanitasi_rekap_model", "Semua tingkat terpenuhi.")
    return first + " " + translate(
        "sanitasi_rekap_model", "Untuk {tingkat} ({syarat}) perlu {jumlah} desa lagi.").format(
        tingkat=nxt.nama, syarat=gate_text(nxt.min_odf * 100), jumlah=number(r.desa_lagi(nxt)))


def desa_status(r: DesaSanitasi) -> str:
    """For a one-desa workspace: `Status ODF: Pemicuan sejak 01/03/2025. <next step>`."""
    posisi = r.posisi
    status = translate("messages_sanitasi", STATUS_ODF_LABELS[posisi.status])
    if posisi.sejak:
        text = translate("sanitasi_rekap_model", "Status ODF: {status} sejak {tanggal}. {langkah}")
    else:
        text = translate("sanitasi_rekap_model", "Status ODF: {status}. {langkah}")
    return text.format(status=status, tanggal=table_date(posisi.sejak),
                       langkah=langkah_berikut(posisi))


def scope_note(level: ScopeLevel | None) -> str:
    """The gates are set for a kabupaten/kota; say so when the workspace is smaller."""
    if level in (ScopeLevel.KECAMATAN, ScopeLevel.DESA):
        return translate("sanitasi_rekap_model", "Syarat ini dinilai untuk kabupaten/kota; di sini "
                         "dihitung untuk wilayah kerja Anda.")
    return ""


# --- models ----------------------------------------------------------------------------------
class _TranslatedHeaders(CellTableModel):
    """Headers and their tips marked with this module's context, shown in the chosen language."""

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().headerData(section, orientation, role)
        return translate("sanitasi_rekap_model", value) if isinstance(value, str) else value


(COL_K_NAMA, COL_K_DESA, COL_K_ODF, COL_K_PERSEN, COL_K_TERVERIFIKASI, COL_K_MENUNGGU,
 COL_K_PEMICUAN, COL_K_BELUM, COL_K_AKSES, COL_K_STBM) = range(10)
_PERCENT_K = (COL_K_PERSEN, COL_K_AKSES)


class KecamatanRekapModel(_TranslatedHeaders):
    """One row per kecamatan, then the JUMLAH row (TOTAL_ROLE) over the whole scope."""

    HEADERS = (QT_TRANSLATE_NOOP("sanitasi_rekap_model", "Kecamatan"),
               QT_TRANSLATE_NOOP("sanitasi_rekap_model", "Desa"),
               QT_TRANSLATE_NOOP("sanitasi_rekap_model", "ODF"),
               QT_TRANSLATE_NOOP("sanitasi_rekap_model", "% desa ODF"),
               QT_TRANSLATE_NOOP("sanitasi_rekap_model", "Terverifikasi"),
               QT_TRANSLATE_NOOP("sanitasi_rekap_model", "Menunggu verifikasi"),
               QT_TRANSLATE_NOOP("sanitasi_rekap_model", "Pemicuan"),
               QT_TRANSLATE_NOOP("sanitasi_rekap_model", "Belum ODF"),
               QT_TRANSLATE_NOOP("sanitasi_rekap_model", "% KK akses"),
               QT_TRANSLATE_NOOP("sanitasi_rekap_model", "Desa STBM"))
    NUMERIC = tuple(range(1, 10))

    def set_rows(self, kecamatan: list[Rekap], total: Rekap | None) -> None:
        records = list(kecamatan) + ([total] if total is not None else [])
        raw = [self._cells(r) for r in records]
        shown = [tuple(percent(v) if c in _PERCENT_K and v is not None
                       else number(v) if isinstance(v, int) else (v or "")
                       for c, v in enumerate(cells)) for cells in raw]
        if total is not None:
            shown[-1] = (translate("sanitasi_rekap_model", "JUMLAH"), *shown[-1][1:])
        sort = [tuple(sort_key(v) for v in cells) for cells in raw]
        with_report = translate("sanitasi_rekap_model", "{punya} dari {desa} desa punya laporan")
        of_kk = translate("sanitasi_rekap_model", "dari {kk} KK dalam laporan terakhir tiap desa")
        tips = [(f"{r.nama} ({r.kode})",) + ("",) * 5
                + (with_report.format(punya=number(r.desa_dengan_laporan), desa=number(r.desa)),
                   "", of_kk.format(kk=number(r.total_kk)), "")
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


class DesaSanitasiModel(_TranslatedHeaders):
    """One row per desa of the scope; RECORD_ROLE gives its DesaSanitasi."""

    HEADERS = (QT_TRANSLATE_NOOP("sanitasi_rekap_model", "Kode"),
               QT_TRANSLATE_NOOP("sanitasi_rekap_model", "Desa"),
               QT_TRANSLATE_NOOP("sanitasi_rekap_model", "Kecamatan"),
               QT_TRANSLATE_NOOP("sanitasi_rekap_model", "Status ODF"),
               QT_TRANSLATE_NOOP("sanitasi_rekap_model", "Sejak"),
               QT_TRANSLATE_NOOP("sanitasi_rekap_model", "Laporan terakhir"),
               QT_TRANSLATE_NOOP("sanitasi_rekap_model", "% akses"),
               QT_TRANSLATE_NOOP("sanitasi_rekap_model", "KK BABS"),
               QT_TRANSLATE_NOOP("sanitasi_rekap_model", "Desa STBM"))
    NUMERIC = (COL_AKSES, COL_BABS)

    def set_rows(self, rows: list[DesaSanitasi]) -> None:
        records = list(rows)
        raw, shown, sort, tips = [], [], [], []
        no_report = translate("sanitasi_rekap_model", "belum ada")
        open_tab = translate("sanitasi_rekap_model", "{desa} ({kode}) — Enter atau klik ganda untuk "
                             "membuka tab Sanitasi desa ini")
        for r in records:
            lap = r.terakhir
            status, stbm = r.posisi.status, r.stbm.status
            raw.append((str(r.desa.kode), r.desa.nama, r.desa.wilayah.kecamatan, status.value,
                        r.posisi.sejak, str(lap.periode) if lap else None,
                        lap.persen_akses if lap else None, lap.babs if lap else None,
                        stbm.value))
            shown.append((str(r.desa.kode), r.desa.nama, r.desa.wilayah.kecamatan,
                          translate("messages_sanitasi", STATUS_ODF_LABELS[status]),
                          table_date(r.posisi.sejak),
                          lap.periode.label if lap else no_report,
                          percent(lap.persen_akses) if lap and lap.total_kk else "",
                          number(lap.babs) if lap else "",
                          translate("messages_sanitasi", STATUS_STBM_LABELS[stbm])))
            sort.append((str(r.desa.kode), r.desa.nama.casefold(),
                         r.desa.wilayah.kecamatan.casefold(), status.rank,
                         r.posisi.sejak.toordinal() if r.posisi.sejak else -1,
                         lap.periode.year * 100 + lap.periode.month if lap else -1,
                         sort_key(lap.persen_akses if lap else None),
                         lap.babs if lap else -1, list(type(stbm)).index(stbm)))
            tips.append(("", open_tab.format(desa=r.desa.nama, kode=r.desa.kode),
                         "", "", "", "", "", "", alasan_stbm(r.stbm)))
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
