"""The "Keterangan" sheet of a household register export: what it holds, for where and when, how it
is split over sheets, and that it carries personal data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from xlsxwriter.worksheet import Worksheet

from kks_desktop import __version__
from kks_desktop.domain.desa import Desa
from kks_desktop.domain.kertas import Kertas
from kks_desktop.domain.kode_wilayah import KodeWilayah, Level
from kks_desktop.domain.tanggal import tanggal_panjang
from kks_desktop.messages_rumah_tangga_excel import (
    CATATAN_PRIBADI,
    JUDUL_EKSPOR,
    KETERANGAN_ISI,
    KETERANGAN_KOLOM,
    KETERANGAN_KOSONG,
    KETERANGAN_LABEL,
    KETERANGAN_PECAH,
    KETERANGAN_SATU,
    KETERANGAN_TABEL,
    LEMBAR_KETERANGAN,
)
from kks_desktop.services.buku_desa import PROGRAM
from kks_desktop.services.identitas import nama_desa
from kks_desktop.services.rumah_tangga_lembar import BARIS_EXCEL, Gaya, tulis_teks

_LEBAR = (30, 14, 16, 16, 16)  # columns A–E
_TINGGI_BARIS = 15  # points per line of wrapped text


def angka(n: int) -> str:
    """1048575 -> "1.048.575"."""
    return f"{n:,}".replace(",", ".")


@dataclass
class Ringkasan:
    """What the Keterangan sheet says; `lembar` (rows per data sheet) is filled once written."""

    wilayah: str
    waktu: dt.datetime
    jumlah: int
    jumlah_desa: int
    kertas: Kertas
    lembar: dict[str, int] = field(default_factory=dict)
    nama_lembar: str = LEMBAR_KETERANGAN

    @classmethod
    def untuk(cls, nama: str, kode: KodeWilayah | None, desa: Sequence[Desa], jumlah: int,
              jumlah_desa: int, paper: Kertas) -> Ringkasan:
        """`nama`: the region as `nama_wilayah` names it; a desa or kecamatan is placed in its
        kecamatan and kabupaten from the desa records."""
        wilayah = nama
        if desa and kode is not None and kode.level in (Level.DESA, Level.KECAMATAN):
            w = desa[0].wilayah
            where = f"Kecamatan {w.kecamatan}, {w.kabupaten}"
            wilayah = f"{nama_desa(desa[0])}, {where}" if kode.level is Level.DESA else where
        return cls(wilayah, dt.datetime.now(), jumlah, jumlah_desa, paper)


def _panjang(sheet: Worksheet, row: int, text: str, fmt: object, first_col: int = 0) -> None:
    """A sentence across the columns from `first_col` to E, wrapped, its row tall enough."""
    room = int(sum(_LEBAR[first_col:]) * 0.95)  # characters a line holds, about
    sheet.set_row(row, _TINGGI_BARIS * max(1, -(-len(text) // room)) + 3)
    sheet.merge_range(row, first_col, row, len(_LEBAR) - 1, text, fmt)


def pembagian(lembar: dict[str, int]) -> str:
    """The sentence on how the households are spread over the data sheets."""
    names = list(lembar)
    if len(names) <= 1:
        return KETERANGAN_SATU.format(lembar=names[0] if names else "")
    shown = ", ".join(f"“{n}”" for n in names)
    return KETERANGAN_PECAH.format(batas=angka(BARIS_EXCEL), jumlah=len(names), daftar=shown)


def tulis_keterangan(sheet: Worksheet, g: Gaya, r: Ringkasan) -> None:
    """Fill the Keterangan sheet, rows written top to bottom (the workbook streams its rows)."""
    tulis = sheet.write_string  # the program's own texts
    for col, width in enumerate(_LEBAR):
        sheet.set_column(col, col, width)
    sheet.fit_to_pages(1, 0)
    tulis(0, 0, JUDUL_EKSPOR, g.tebal)
    tulis_teks(sheet, 1, 0, r.wilayah, g)
    _panjang(sheet, 3, CATATAN_PRIBADI, g.pribadi)
    waktu = f"{tanggal_panjang(r.waktu.date())} pukul {r.waktu:%H.%M}"
    rows: list[tuple[str, str | int]] = [
        (KETERANGAN_LABEL["isi"], KETERANGAN_ISI), (KETERANGAN_LABEL["wilayah"], r.wilayah),
        (KETERANGAN_LABEL["waktu"], waktu), (KETERANGAN_LABEL["jumlah_kk"], r.jumlah),
        (KETERANGAN_LABEL["jumlah_desa"], r.jumlah_desa),
        (KETERANGAN_LABEL["program"], f"{PROGRAM} {__version__}")]
    row = 5
    for label, value in rows:
        tulis(row, 0, label, g.tebal)
        if isinstance(value, int):
            sheet.write_number(row, 1, value, g.ribuan)
        elif value is r.wilayah:
            tulis_teks(sheet, row, 1, value, g)
        else:
            _panjang(sheet, row, value, g.kiri, first_col=1)
        row += 1
    row += 1
    if not r.jumlah:
        tulis(row, 0, KETERANGAN_KOSONG)
        return
    _panjang(sheet, row, pembagian(r.lembar), g.bungkus)
    row += 2
    for col, head in enumerate(KETERANGAN_TABEL):
        tulis(row, col, head, g.judul)
    first = 1
    for name, count in r.lembar.items():
        row += 1
        tulis(row, 0, name)
        sheet.write_number(row, 1, count, g.ribuan)
        tulis(row, 2, f"2–{angka(count + 1)}" if count else "–")
        tulis(row, 3, f"{angka(first)}–{angka(first + count - 1)}" if count else "–")
        first += count
    _panjang(sheet, row + 2, KETERANGAN_KOLOM, g.bungkus)
