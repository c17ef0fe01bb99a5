"""KegiatanListModel and KegiatanFilter: the session list, filtered by year, jenis and text."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.kegiatan import KegiatanRingkas
from kks_desktop.ui.cell_table_model import RECORD_ROLE, CellTableModel
from kks_desktop.ui.formatting import number
from kks_desktop.ui.sort_proxy import SortProxy

logger = logging.getLogger(__name__)

COL_TANGGAL, COL_JENIS, COL_JUDUL, COL_WILAYAH, COL_PESERTA, COL_HADIR, COL_PREPOST, COL_RTL = (
    range(8))
NO_VALUE = "–"


def tanggal_rentang(mulai: dt.date, selesai: dt.date) -> str:
    """16/09/2025 for one day; 16–17/09/2025, 30/09–01/10/2025 or 31/12/2025–02/01/2026 for more."""
    if selesai <= mulai:
        return mulai.strftime("%d/%m/%Y")
    if (mulai.year, mulai.month) == (selesai.year, selesai.month):
        return f"{mulai:%d}–{selesai:%d/%m/%Y}"
    if mulai.year == selesai.year:
        return f"{mulai:%d/%m}–{selesai:%d/%m/%Y}"
    return f"{mulai:%d/%m/%Y}–{selesai:%d/%m/%Y}"


class KegiatanListModel(CellTableModel):
    """One row per KegiatanRingkas; the page hands in the names of jenis and wilayah."""

    HEADERS = (QT_TRANSLATE_NOOP("kegiatan_list_model", "Tanggal"),
               QT_TRANSLATE_NOOP("kegiatan_list_model", "Jenis"),
               QT_TRANSLATE_NOOP("kegiatan_list_model", "Judul"),
               QT_TRANSLATE_NOOP("kegiatan_list_model", "Wilayah"),
               QT_TRANSLATE_NOOP("kegiatan_list_model", "Peserta"),
               QT_TRANSLATE_NOOP("kegiatan_list_model", "Hadir"),
               QT_TRANSLATE_NOOP("kegiatan_list_model", "Pre/post"),
               QT_TRANSLATE_NOOP("kegiatan_list_model", "RTL terbuka"))
    HEADER_TIPS = (QT_TRANSLATE_NOOP("kegiatan_list_model", "Tanggal kegiatan (mulai–selesai)"),
                   QT_TRANSLATE_NOOP("kegiatan_list_model", "Jenis kegiatan"),
                   QT_TRANSLATE_NOOP("kegiatan_list_model", "Judul atau topik"),
                   QT_TRANSLATE_NOOP("kegiatan_list_model",
                                     "Desa, kecamatan atau kabupaten penyelenggara"),
                   QT_TRANSLATE_NOOP("kegiatan_list_model", "Jumlah peserta tercatat"),
                   QT_TRANSLATE_NOOP("kegiatan_list_model",
                                     "Peserta hadir per hari (hari 1/hari 2/…)"),
                   QT_TRANSLATE_NOOP("kegiatan_list_model",
                                     "Peserta yang memiliki nilai pre-test dan post-test"),
                   QT_TRANSLATE_NOOP("kegiatan_list_model", "Baris rencana tindak lanjut yang "
                                     "belum selesai atau masih berjalan"))
    NUMERIC = (COL_PESERTA, COL_HADIR, COL_PREPOST, COL_RTL)

    def set_rows(self, rows: Sequence[KegiatanRingkas], jenis_label: Callable[[str], str],
                 wilayah_names: Mapping[str, str]) -> None:
        """Show `rows`; `wilayah_names` maps a kode (dotted) to the name shown."""
        raw, shown, sort, tips = [], [], [], []
        for r in rows:
            wilayah = wilayah_names.get(str(r.wilayah), str(r.wilayah))
            hadir = "/".join(number(n) for n in r.hadir_per_hari)
            raw.append((r.mulai, r.jenis, r.judul, str(r.wilayah), r.peserta, r.hadir_per_hari,
                        r.dinilai, r.rtl_terbuka))
            shown.append((tanggal_rentang(r.mulai, r.selesai), jenis_label(r.jenis), r.judul,
                           wilayah, number(r.peserta), hadir if r.peserta else NO_VALUE,
                           number(r.dinilai) if r.dinilai else NO_VALUE,
                           number(r.rtl_terbuka) if r.rtl else NO_VALUE))
            sort.append((r.mulai.isoformat(), jenis_label(r.jenis).casefold(), r.judul.casefold(),
                         wilayah.casefold(), r.peserta, sum(r.hadir_per_hari), r.dinilai,
                         r.rtl_terbuka if r.rtl else -1))
            tempat = r.tempat and translate("kegiatan_list_model", "Tempat: {tempat}").format(
                tempat=r.tempat)
            tips.append(("", "", tempat, str(r.wilayah), "",
                         _hadir_tip(r), _nilai_tip(r), _rtl_tip(r)))
        self._reset(rows, raw, shown, sort, tips)

    def row_of(self, uuid: str) -> int:
        """The row of the session with this uuid, or -1."""
        return next((row for row in range(self.rowCount()) if self.record(row).uuid == uuid), -1)

    def years(self) -> list[int]:
        """The years in which listed sessions start, newest first."""
        return sorted({self.record(row).mulai.year for row in range(self.rowCount())},
                      reverse=True)


def _hadir_tip(r: KegiatanRingkas) -> str:
    if not r.peserta:
        return translate("kegiatan_list_model", "Belum ada peserta")
    return "; ".join(translate("kegiatan_list_model", "hari {hari}: {hadir} dari {jumlah} peserta")
                     .format(hari=day, hadir=number(n), jumlah=number(r.peserta))
                     for day, n in enumerate(r.hadir_per_hari, start=1))


def _nilai_tip(r: KegiatanRingkas) -> str:
    return translate("kegiatan_list_model", "{dinilai} dari {jumlah} peserta memiliki nilai pre dan "
                     "post").format(dinilai=number(r.dinilai), jumlah=number(r.peserta))


def _rtl_tip(r: KegiatanRingkas) -> str:
    if not r.rtl:
        return translate("kegiatan_list_model", "Belum ada rencana tindak lanjut")
    return translate("kegiatan_list_model", "{terbuka} dari {jumlah} baris RTL belum selesai").format(
        terbuka=number(r.rtl_terbuka), jumlah=number(r.rtl))


class KegiatanFilter(SortProxy):
    """Keeps the sessions of one year and one jenis (or all) whose judul or tempat holds the
    search text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tahun: int | None = None
        self._jenis: str | None = None
        self._teks = ""

    def set_filters(self, *, tahun: int | None = None, jenis: str | None = None,
                    teks: str | None = None) -> None:
        """Change the filters given; 0 / "" mean every year / every jenis."""
        if tahun is not None:
            self._tahun = tahun or None
        if jenis is not None:
            self._jenis = jenis or None
        if teks is not None:
            self._teks = teks.strip().casefold()
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        record = model.index(source_row, 0, source_parent).data(RECORD_ROLE)
        if not isinstance(record, KegiatanRingkas):
            return False
        if self._tahun is not None and record.mulai.year != self._tahun:
            return False
        if self._jenis is not None and record.jenis != self._jenis:
            return False
        return not self._teks or self._teks in f"{record.judul}\n{record.tempat}".casefold()
