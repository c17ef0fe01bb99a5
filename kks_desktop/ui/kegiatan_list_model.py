"""KegiatanListModel and KegiatanFilter: the session list, filtered by year, jenis and text."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

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

    HEADERS = ("Tanggal", "Jenis", "Judul", "Wilayah", "Peserta", "Hadir", "Pre/post",
               "RTL terbuka")
    HEADER_TIPS = ("Tanggal kegiatan (mulai–selesai)", "Jenis kegiatan", "Judul atau topik",
                   "Desa, kecamatan atau kabupaten penyelenggara", "Jumlah peserta tercatat",
                   "Peserta hadir per hari (hari 1/hari 2/…)",
                   "Peserta yang memiliki nilai pre-test dan post-test",
                   "Baris rencana tindak lanjut yang belum selesai atau masih berjalan")
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
            tips.append(("", "", r.tempat and f"Tempat: {r.tempat}", str(r.wilayah), "",
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
        return "Belum ada peserta"
    return "; ".join(f"hari {day}: {number(n)} dari {number(r.peserta)} peserta"
                     for day, n in enumerate(r.hadir_per_hari, start=1))


def _nilai_tip(r: KegiatanRingkas) -> str:
    return f"{number(r.dinilai)} dari {number(r.peserta)} peserta memiliki nilai pre dan post"


def _rtl_tip(r: KegiatanRingkas) -> str:
    if not r.rtl:
        return "Belum ada rencana tindak lanjut"
    return f"{number(r.rtl_terbuka)} dari {number(r.rtl)} baris RTL belum selesai"


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
