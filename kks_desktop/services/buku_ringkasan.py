"""The Ringkasan sheet of the desa workbook: kop, title with period, identity, headline figures, signers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kks_desktop.domain.desa_stbm import StatusStbm
from kks_desktop.domain.kertas import Kertas
from kks_desktop.domain.kesiapan_fakta import StatusButir
from kks_desktop.domain.kode_wilayah import KodeWilayah, Level
from kks_desktop.domain.lembar import JenisKolom as J
from kks_desktop.domain.lembar import Kolom
from kks_desktop.domain.odf import StatusOdf
from kks_desktop.domain.pokja import Jabatan
from kks_desktop.domain.tanggal import tanggal_panjang
from kks_desktop.messages_sanitasi import STATUS_ODF_LABELS, STATUS_STBM_LABELS, alasan_stbm
from kks_desktop.services.buku_desa_baris import IsiBuku, RingkasDesa, lingkup_bersama
from kks_desktop.services.cetak_html import TITIK_TITIK, angka
from kks_desktop.services.excel_tulis import (
    BOLD,
    BORDER,
    HEADER_FILL,
    LABEL_JUMLAH,
    TITLE_FONT,
    TOTAL_FILL,
    put_text,
    put_value,
    setup_print,
)
from kks_desktop.services.identitas import Identitas, identitas
from kks_desktop.services.lembar_desa import SHEET_RINGKASAN
from kks_desktop.services.workspace import Workspace

JUDUL = "LAPORAN POKJA DESA SEHAT"
TEMPAT_TANGGAL = "." * 36  # the date the signer writes by hand
_KOP_FONT = Font(bold=True, size=12)
_KOP_GARIS = Border(bottom=Side(style="thick"))
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_LEFT_TOP = Alignment(horizontal="left", vertical="top", wrap_text=True)
_NAMA_TTD = Font(bold=True, underline="single")

# The headline figures' value column, typed as each figure needs.
_TEKS, _PERSEN = Kolom("nilai", "Nilai", J.TEKS), Kolom("nilai", "Nilai", J.PERSEN)
_BULAT, _SKOR = Kolom("nilai", "Nilai", J.BULAT), Kolom("nilai", "Nilai", J.DESIMAL)
_TANGGAL, _KODE = Kolom("nilai", "Nilai", J.TANGGAL), Kolom("nilai", "Nilai", J.KODE)

# The table of a workbook with several desa: one row per desa.
_TABEL = (Kolom("kode", "Kode Desa", J.KODE, 15), Kolom("nama", "Desa/Kelurahan", J.TEKS, 20),
          Kolom("kecamatan", "Kecamatan", J.TEKS, 16),
          Kolom("odf", "Status ODF", J.TEKS, 17), Kolom("akses", "% Akses Layak", J.PERSEN, 10),
          Kolom("stbm", "Desa STBM", J.TEKS, 16), Kolom("skor", "Skor Kesiapan", J.DESIMAL, 10),
          Kolom("kegiatan", "Kegiatan", J.BULAT, 10), Kolom("anggota", "Anggota Pokja", J.BULAT, 10),
          Kolom("sk", "SK Pokja", J.TEKS, 22))


@dataclass(frozen=True)
class _Penanda:
    tempat: str
    kiri: str  # who acknowledges ("Kepala Desa Silurah"); empty for none
    kanan: str
    nama: str = ""


def tulis_ringkasan(wb: Workbook, ws: Workspace, isi: IsiBuku, kertas: Kertas) -> Worksheet:
    """Add the Ringkasan sheet as the first sheet: one desa as a report page, several desa as a
    table of the same figures, each with the signature block of its level."""
    sheet = wb.create_sheet(SHEET_RINGKASAN, 0)
    if len(isi.ringkas) == 1:
        _satu_desa(sheet, ws, isi, isi.ringkas[0])
        setup_print(sheet, kertas)
    else:
        header = _banyak_desa(sheet, ws, isi)
        setup_print(sheet, kertas, f"{header}:{header}")
    sheet.sheet_view.showGridLines = False
    return sheet


# --- pieces ----------------------------------------------------------------------------------
def _put(sheet: Worksheet, row: int, col: int, value: Any, last: int | None = None,
         kolom: Kolom = _TEKS, font: Font | None = None,
         align: Alignment | None = None) -> Any:
    """One typed value, merged from `col` to `last` when given."""
    cell = put_value(sheet, row, col, kolom, value)
    if font is not None:
        cell.font = font
    if align is not None:
        cell.alignment = align
    if last is not None and last > col:
        sheet.merge_cells(start_row=row, start_column=col, end_row=row, end_column=last)
    return cell


def _kop_dan_judul(sheet: Worksheet, kop: Sequence[str], sub: Sequence[str], width: int) -> int:
    """Letterhead rows with a thick rule under them, the title and the lines under it; returns
    the next free row."""
    row = 1
    for index, line in enumerate(kop):
        cell = _put(sheet, row, 1, line.upper(), font=TITLE_FONT if index == 0 else _KOP_FONT,
                    align=_CENTER)
        if index == len(kop) - 1:
            cell.border = _KOP_GARIS  # set before merging: the merge draws it under every column
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        row += 1
    row += 1
    _put(sheet, row, 1, JUDUL, width, font=TITLE_FONT, align=_CENTER)
    for line in sub:
        row += 1
        _put(sheet, row, 1, line, width, align=_CENTER)
    return row + 2


def _blok_identitas(sheet: Worksheet, row: int, rows: Sequence[tuple[str, Any, Kolom]],
                    label: tuple[int, int], value: tuple[int, int]) -> int:
    """Label / colon / value rows, the colons in one column (the one after the label's; when
    the value starts right after the label, each value cell begins with the colon instead).
    Returns the next free row."""
    inline = value[0] == label[1] + 1
    for text, val, kolom in rows:
        _put(sheet, row, label[0], text, label[1] if label[1] > label[0] else None)
        if inline:
            val, kolom = f": {val}", _TEKS
        else:
            put_text(sheet, row, label[1] + 1, ":")
        _put(sheet, row, value[0], val, value[1], kolom=kolom,
             align=Alignment(horizontal="left"))
        row += 1
    return row + 1


def _kepala_tabel(sheet: Worksheet, row: int, cells: Sequence[tuple[str, int, int]]) -> None:
    for text, first, last in cells:
        for col in range(first, last + 1):
            sheet.cell(row=row, column=col).border = BORDER
            sheet.cell(row=row, column=col).fill = HEADER_FILL
        _put(sheet, row, first, text, last, font=BOLD, align=_CENTER)


def _garis(sheet: Worksheet, row: int, first: int, last: int) -> None:
    for col in range(first, last + 1):
        sheet.cell(row=row, column=col).border = BORDER


def _tanda_tangan(sheet: Worksheet, row: int, who: _Penanda, kiri: tuple[int, int],
                  kanan: tuple[int, int]) -> int:
    """"Mengetahui, <kiri>" on the left, "<tempat>, ....." / <kanan> / name on the right; the
    names go under four empty rows to sign in. Returns the row after the block."""
    place = f"{who.tempat}, {TEMPAT_TANGGAL}" if who.tempat else TEMPAT_TANGGAL
    if who.kiri:
        _put(sheet, row, kiri[0], "Mengetahui,", kiri[1], align=_CENTER)
        _put(sheet, row + 1, kiri[0], who.kiri, kiri[1], align=_CENTER)
        _put(sheet, row + 6, kiri[0], TITIK_TITIK, kiri[1], align=_CENTER)
    _put(sheet, row, kanan[0], place, kanan[1], align=_CENTER)
    _put(sheet, row + 1, kanan[0], who.kanan, kanan[1], align=_CENTER)
    _put(sheet, row + 6, kanan[0], who.nama or TITIK_TITIK, kanan[1],
         font=_NAMA_TTD if who.nama else None, align=_CENTER)
    return row + 7


def _periode(isi: IsiBuku) -> list[str]:
    return [f"Keadaan s.d. {isi.sampai.label}"] if isi.sampai else []


def _lembaga(who: Identitas) -> str:
    return "Kelurahan" if who.jenis_desa == "Kelurahan" else "Desa"


def _ketua(r: RingkasDesa) -> str:
    return next((a.nama for a in r.pokja.anggota if a.jabatan is Jabatan.KETUA), "")


def _kop(who: Identitas, level: Level) -> list[str]:
    """"Pemerintah Kabupaten Batang" / "Kecamatan Wonotunggal" / "Desa Silurah", down to `level`."""
    if level < Level.KABKOTA:
        return [f"Pemerintah Provinsi {who.provinsi}"] if who.provinsi else []
    rows = [f"Pemerintah {who.kabupaten}"]
    if level >= Level.KECAMATAN:
        rows.append(f"Kecamatan {who.kecamatan}")
    if level >= Level.DESA:
        rows.append(f"{who.jenis_desa} {who.desa}")
    return rows


# --- the figures -----------------------------------------------------------------------------
def _ribu(value: int) -> str:
    return angka(value, 0)


def _angka_odf(r: RingkasDesa) -> tuple[str, str]:
    posisi = r.sanitasi.posisi
    if posisi.status is StatusOdf.ODF and posisi.deklarasi:
        return STATUS_ODF_LABELS[posisi.status], f"dideklarasikan {tanggal_panjang(posisi.deklarasi)}"
    note = f"sejak {tanggal_panjang(posisi.sejak)}" if posisi.sejak else ""
    return STATUS_ODF_LABELS[posisi.status], note


def _akses(r: RingkasDesa) -> float | None:
    lap = r.sanitasi.terakhir
    return None if lap is None or lap.persen_akses is None else lap.persen_akses / 100


def _catatan_akses(r: RingkasDesa) -> str:
    lap = r.sanitasi.terakhir
    if lap is None:
        return "belum ada laporan sanitasi"
    return (f"laporan {lap.periode.label}: {_ribu(lap.akses)} dari {_ribu(lap.total_kk)} KK "
            f"tidak lagi BABS")


def _catatan_kesiapan(isi: IsiBuku, r: RingkasDesa) -> str:
    if r.kesiapan is None or isi.definisi is None:
        return "daftar periksa tidak tersedia"
    met = r.kesiapan.jumlah(StatusButir.TERPENUHI)
    return (f"{isi.definisi.judul} siklus {isi.definisi.siklus}: {met} dari "
            f"{len(r.kesiapan.butir)} butir terpenuhi (skala 0–100)")


def _headline(isi: IsiBuku, r: RingkasDesa) -> list[tuple[str, Any, Kolom, str]]:
    odf, odf_note = _angka_odf(r)
    luar = r.kegiatan - r.kegiatan_di_desa
    ketua = _ketua(r)
    return [
        ("Status ODF (Stop BABS)", odf, _TEKS, odf_note),
        ("Akses jamban layak (% KK)", _akses(r), _PERSEN, _catatan_akses(r)),
        ("Desa STBM", STATUS_STBM_LABELS[r.sanitasi.stbm.status], _TEKS,
         alasan_stbm(r.sanitasi.stbm)),
        ("Skor kesiapan penilaian KKS", r.kesiapan.skor if r.kesiapan else None, _SKOR,
         _catatan_kesiapan(isi, r)),
        ("Kegiatan terlaksana", r.kegiatan, _BULAT,
         f"{r.kegiatan_di_desa} di desa, {luar} di tingkat kecamatan/kabupaten yang diikuti"),
        ("Anggota Pokja", len(r.pokja.anggota), _BULAT, f"Ketua: {ketua}" if ketua else
         "ketua belum tercatat"),
    ]


def _satu_desa(sheet: Worksheet, ws: Workspace, isi: IsiBuku, r: RingkasDesa) -> None:
    """One desa: columns No | Uraian | : | Nilai | Keterangan (four columns merged)."""
    for letter, width in zip("ABCDEFGH", (5, 30, 2, 22, 14, 14, 14, 14), strict=True):
        sheet.column_dimensions[letter].width = width
    who = identitas(ws, r.desa.kode)
    lembaga = _lembaga(who)
    row = _kop_dan_judul(sheet, _kop(who, Level.DESA), _periode(isi), 8)
    pokja = r.pokja
    row = _blok_identitas(sheet, row, [
        ("Desa/Kelurahan", f"{who.jenis_desa} {who.desa}", _TEKS),
        ("Kode Desa/Kelurahan", str(r.desa.kode), _KODE),
        ("Kecamatan", who.kecamatan, _TEKS), ("Kabupaten/Kota", who.kabupaten, _TEKS),
        ("Provinsi", who.provinsi, _TEKS), ("Nomor SK Pokja", pokja.sk_nomor or "–", _TEKS),
        ("Tanggal SK Pokja", pokja.sk_tanggal or "–", _TANGGAL if pokja.sk_tanggal else _TEKS),
    ], (2, 2), (4, 8))
    _put(sheet, row, 1, "A. CAPAIAN", 8, font=BOLD)
    row += 1
    _kepala_tabel(sheet, row, (("No", 1, 1), ("Uraian", 2, 3), ("Nilai", 4, 4),
                               ("Keterangan", 5, 8)))
    for number, (label, value, kolom, note) in enumerate(_headline(isi, r), start=1):
        row += 1
        _garis(sheet, row, 1, 8)
        sheet.cell(row=row, column=1, value=number).alignment = Alignment(horizontal="center",
                                                                           vertical="top")
        _put(sheet, row, 2, label, 3, align=_LEFT_TOP)
        _put(sheet, row, 4, value if value is not None else "–", kolom=kolom if value is not None
             else _TEKS, align=Alignment(horizontal="right" if kolom is not _TEKS else "left",
                                         vertical="top"))
        _put(sheet, row, 5, note, 8, align=_LEFT_TOP)
        sheet.row_dimensions[row].height = 30
    kepala = "Lurah" if lembaga == "Kelurahan" else f"Kepala {who.jenis_desa}"
    _tanda_tangan(sheet, row + 3, _Penanda(who.desa, f"{kepala} {who.desa}",
                                           f"Ketua Pokja {lembaga} Sehat", _ketua(r)),
                  (1, 3), (5, 8))


def _penanda_wilayah(who: Identitas, level: Level) -> _Penanda:
    """The signers of a workbook with several desa: the forum of the region holding them."""
    if level is Level.KECAMATAN:
        return _Penanda(who.kecamatan, f"Camat {who.kecamatan}",
                        f"Ketua Forum Kecamatan Sehat {who.kecamatan}")
    if level is Level.KABKOTA:
        place = who.kabupaten.removeprefix("Kabupaten ").removeprefix("Kota ")
        return _Penanda(place, f"Ketua Tim Pembina {who.kabupaten} Sehat",
                        f"Ketua Forum {who.kabupaten} Sehat")
    return _Penanda(who.provinsi, "", f"Ketua Tim Pembina Provinsi {who.provinsi} Sehat")


def _baris_tabel(r: RingkasDesa) -> dict[str, Any]:
    sk = r.pokja.sk_nomor
    if sk and r.pokja.sk_tanggal:
        sk += f", {r.pokja.sk_tanggal.strftime('%d/%m/%Y')}"
    return {"kode": str(r.desa.kode), "nama": r.desa.nama, "kecamatan": r.desa.wilayah.kecamatan,
            "odf": STATUS_ODF_LABELS[r.sanitasi.posisi.status], "akses": _akses(r),
            "stbm": STATUS_STBM_LABELS[r.sanitasi.stbm.status],
            "skor": r.kesiapan.skor if r.kesiapan else None, "kegiatan": r.kegiatan,
            "anggota": len(r.pokja.anggota), "sk": sk}


def _jumlah(isi: IsiBuku) -> dict[str, Any]:
    reports = [r.sanitasi.terakhir for r in isi.ringkas if r.sanitasi.terakhir is not None]
    total = sum(lap.total_kk for lap in reports)
    scores = [r.kesiapan.skor for r in isi.ringkas if r.kesiapan is not None]
    odf = sum(r.sanitasi.posisi.status is StatusOdf.ODF for r in isi.ringkas)
    stbm = sum(r.sanitasi.stbm.status is StatusStbm.DESA_STBM for r in isi.ringkas)
    return {"odf": f"{odf} desa ODF", "akses": sum(lap.akses for lap in reports) / total
            if total else None, "stbm": f"{stbm} Desa STBM",
            "skor": sum(scores) / len(scores) if scores else None, "kegiatan": isi.kegiatan,
            "anggota": sum(len(r.pokja.anggota) for r in isi.ringkas),
            "sk": f"{sum(bool(r.pokja.sk_nomor) for r in isi.ringkas)} desa ber-SK"}


_CATATAN_JUMLAH = ("Baris JUMLAH: % akses dihitung dari jumlah KK laporan terakhir semua desa; "
                   "skor kesiapan adalah rata-rata; kegiatan yang diikuti beberapa desa dihitung "
                   "sekali.")


def _banyak_desa(sheet: Worksheet, ws: Workspace, isi: IsiBuku) -> int:
    """Several desa: one table row each with the same figures, a JUMLAH row and the signers of
    the region's forum. Returns the header row (repeated on every printed page)."""
    width = len(_TABEL) + 1
    sheet.column_dimensions["A"].width = 5
    for index, kolom in enumerate(_TABEL, start=2):
        sheet.column_dimensions[get_column_letter(index)].width = kolom.lebar
    region = lingkup_bersama(isi.kode)
    level = region.level if region is not None else Level.PROVINSI
    who = identitas(ws, region or isi.kode[0].at(Level.PROVINSI))
    sub = [_lingkup_text(len(isi.kode), who, level), *_periode(isi)]
    row = _kop_dan_judul(sheet, _kop(who, level), sub, width)
    ident = [("Kabupaten/Kota", who.kabupaten, _TEKS), ("Provinsi", who.provinsi, _TEKS)]
    if level >= Level.KECAMATAN:
        ident.insert(0, ("Kecamatan", who.kecamatan, _TEKS))
    ident.append(("Jumlah desa/kelurahan", _ribu(len(isi.ringkas)), _TEKS))
    row = _blok_identitas(sheet, row, ident, (1, 2), (3, width))
    _put(sheet, row, 1, "A. CAPAIAN PER DESA/KELURAHAN", width, font=BOLD)
    header = row + 1
    _kepala_tabel(sheet, header, [("No", 1, 1), *((k.judul, i, i) for i, k in
                                                  enumerate(_TABEL, start=2))])
    row = header
    for number, r in enumerate(isi.ringkas, start=1):
        row += 1
        _garis(sheet, row, 1, width)
        sheet.cell(row=row, column=1, value=number)
        values = _baris_tabel(r)
        for index, kolom in enumerate(_TABEL, start=2):
            put_value(sheet, row, index, kolom, values[kolom.kunci])
    row += 1
    _garis(sheet, row, 1, width)
    _put(sheet, row, 2, LABEL_JUMLAH)
    totals = _jumlah(isi)
    for index, kolom in enumerate(_TABEL, start=2):
        if kolom.kunci in totals:
            put_value(sheet, row, index, kolom, totals[kolom.kunci])
    for cell in sheet[row][:width]:
        cell.font, cell.fill = BOLD, TOTAL_FILL
    _put(sheet, row + 1, 1, _CATATAN_JUMLAH, width, font=Font(italic=True), align=_LEFT_TOP)
    sheet.row_dimensions[row + 1].height = 30
    _tanda_tangan(sheet, row + 4, _penanda_wilayah(who, level), (2, 4), (8, width))
    return header


def _lingkup_text(jumlah: int, who: Identitas, level: Level) -> str:
    """"15 desa/kelurahan, Kecamatan Wonotunggal, Kabupaten Batang"."""
    where = {Level.KECAMATAN: f"Kecamatan {who.kecamatan}, {who.kabupaten}",
             Level.KABKOTA: who.kabupaten}.get(level, f"Provinsi {who.provinsi}")
    return f"{jumlah} desa/kelurahan, {where}"


def judul_lingkup(ws: Workspace, kode: Sequence[KodeWilayah]) -> str:
    """The line under each sheet's title naming what the workbook holds: "Desa Silurah,
    Kecamatan Wonotunggal, Kabupaten Batang" or "15 desa/kelurahan, Kecamatan Wonotunggal, …"."""
    codes = sorted(set(kode))
    if len(codes) == 1:
        who = identitas(ws, codes[0])
        return f"{who.jenis_desa} {who.desa}, Kecamatan {who.kecamatan}, {who.kabupaten}"
    region = lingkup_bersama(codes)
    level = region.level if region is not None else Level.PROVINSI
    return _lingkup_text(len(codes), identitas(ws, region or codes[0].at(Level.PROVINSI)), level)
