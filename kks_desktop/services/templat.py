"""Blank workbooks for bulk entry, built from the desa workbook's sheet shapes so they import as is."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from kks_desktop.bahasa import tetap_indonesia
from kks_desktop.domain.kegiatan import KegiatanRingkas
from kks_desktop.domain.kertas import Kertas
from kks_desktop.domain.lembar import JenisKolom as J
from kks_desktop.domain.lembar import Kolom, Lembar
from kks_desktop.services import kegiatan_service, lembar_desa
from kks_desktop.services.buku_desa import HasilEkspor
from kks_desktop.services.excel_tulis import (
    BOLD,
    BORDER,
    FORMAT_DATE,
    HEADER_FILL,
    HEADER_ROW,
    TITLE_FONT,
    new_workbook,
    put_text,
    put_value,
    save_atomically,
    setup_print,
    write_meta,
    write_title,
)
from kks_desktop.services.pengaturan import kertas
from kks_desktop.services.reference import tatanan_list
from kks_desktop.services.rekap_excel import meta_ekspor
from kks_desktop.services.rekap_gerbang import HEADER_HEIGHT
from kks_desktop.services.workspace import Workspace
from kks_desktop.store.clock import new_uuid, now_text
from kks_desktop.store.pertukaran_store import CatatanEkspor

logger = logging.getLogger(__name__)

FORMAT_NAME = "kks-desktop-templat"
FORMAT_VERSION = "1"
JENIS_LEDGER = "templat"
JENIS_TEMPLAT: dict[str, str] = {"desa": "Daftar desa", "anggota": "Anggota Pokja",
                                 "peserta": "Peserta kegiatan", "sanitasi": "Laporan sanitasi"}
_LEMBAR: dict[str, Callable[[], Lembar]] = {
    "desa": lembar_desa.desa, "anggota": lembar_desa.anggota, "peserta": lembar_desa.peserta,
    "sanitasi": lembar_desa.sanitasi}
# Templates with one prefilled row per desa of the workspace (its kode, and its name as a hint).
_ISI_DESA = frozenset({"anggota", "sanitasi"})
SHEET_PETUNJUK = "Petunjuk"
SHEET_DAFTAR = "_daftar"
# Excel refuses a validation list written in the formula longer than this; longer lists (and
# lists whose labels hold a comma or a quote) go to the hidden list sheet.
BATAS_DAFTAR = 255
BARIS_KOSONG = 500  # empty rows prepared (formats, dropdowns) below the prefilled ones
_HINT_FILL = PatternFill("solid", fgColor="F2F2F2")
_FORMAT = {J.KODE: "@", J.TEKS: "@", J.BULAN: "@", J.DAFTAR: "@", J.TANGGAL: FORMAT_DATE,
           J.BULAT: "0", J.DESIMAL: "0.0#"}
_PETUNJUK_JENIS = {
    J.KODE: "Kode wilayah dengan titik, mis. 33.25.01.2001.",
    J.TANGGAL: "Tanggal, mis. 13/11/2025.",
    J.BULAN: "Bulan/tahun, mis. 01/2025.",
    J.BULAT: "Bilangan bulat, 0 atau lebih.",
    J.DESIMAL: "Angka, mis. 85,5.",
    J.PILIHAN: "Pilih dari daftar.",
    J.DAFTAR: "Beberapa isian: satu per baris (Alt+Enter).",
}
_PILIH_KEGIATAN = "Pilih judul kegiatan yang sudah tercatat (daftar di sheet Petunjuk)."


def kolom_templat(jenis: str) -> tuple[Kolom, ...]:
    """The columns of a template: those an import reads (no record keys), and for templates
    prefilled per desa the desa name as a hint beside its kode."""
    return tuple(k for k in _LEMBAR[jenis]().kolom
                 if not k.tersembunyi and (k.baca or (jenis in _ISI_DESA and k.kunci == "desa_nama")))


def isian_kolom(kolom: Kolom) -> str:
    """What goes in a column: its choices, or what kind of value."""
    if kolom.kunci == "kegiatan_judul":
        return _PILIH_KEGIATAN
    if kolom.pilihan:
        return ", ".join(label for _, label in kolom.pilihan)
    return _PETUNJUK_JENIS.get(kolom.jenis, "Teks bebas.")


def petunjuk_kolom(kolom: Kolom) -> str:
    """What a column's input message says: required or not, and what to type."""
    if not kolom.baca:
        return "Hanya petunjuk; tidak dibaca saat impor."
    hint = kolom.petunjuk.rstrip(".") + "." if kolom.petunjuk else isian_kolom(kolom)
    if kolom.pilihan:
        hint = _PETUNJUK_JENIS[J.PILIHAN]
    return f"{'Wajib diisi.' if kolom.wajib else 'Boleh kosong.'} {hint}"[:255]


class _Daftar:
    """Validation lists: inline when short, else a column of the hidden list sheet."""

    def __init__(self, wb: Workbook) -> None:
        self.wb = wb
        self.sheet: Worksheet | None = None
        self.used = 0

    def rumus(self, labels: Sequence[str], force_sheet: bool = False) -> str:
        inline = ",".join(labels)
        if not force_sheet and len(inline) <= BATAS_DAFTAR and not any(
                "," in x or '"' in x for x in labels):
            return f'"{inline}"'
        if self.sheet is None:
            self.sheet = self.wb.create_sheet(SHEET_DAFTAR)
            self.sheet.sheet_state = "hidden"
        self.used += 1
        for row, label in enumerate(labels, start=1):
            put_text(self.sheet, row, self.used, label)
        letter = get_column_letter(self.used)
        return f"'{SHEET_DAFTAR}'!${letter}$1:${letter}${max(1, len(labels))}"


def _validasi(kolom: Kolom, daftar: _Daftar, sesi: Sequence[str]) -> DataValidation | None:
    """The data validation of a column: a dropdown, a date or a whole number, with Indonesian
    messages; a prompt alone for free text."""
    dv: DataValidation | None
    if kolom.kunci == "kegiatan_judul" and sesi:
        dv = DataValidation(type="list", formula1=daftar.rumus(sesi, force_sheet=True),
                            error=f"{_PILIH_KEGIATAN} Kegiatan baru dicatat di program dahulu.")
    elif kolom.jenis is J.PILIHAN:
        labels = [label for _, label in kolom.pilihan]
        dv = DataValidation(type="list", formula1=daftar.rumus(labels),
                            error=f"Isian {kolom.judul} harus salah satu dari daftar: "
                                  f"{', '.join(labels)}."[:255])
    elif kolom.jenis is J.TANGGAL:
        dv = DataValidation(type="date", operator="between", formula1="DATE(1900,1,1)",
                            formula2="DATE(2099,12,31)",
                            error=f"{kolom.judul} harus tanggal, mis. 13/11/2025.")
    elif kolom.jenis is J.BULAT:
        dv = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0",
                            error=f"{kolom.judul} harus bilangan bulat 0 atau lebih.")
    else:
        dv = DataValidation(type=None)
    dv.allow_blank = True
    dv.showInputMessage = True
    dv.promptTitle = kolom.judul[:32]
    dv.prompt = petunjuk_kolom(kolom)
    if dv.type is not None:
        dv.showErrorMessage = True
        dv.errorStyle = "stop"
        dv.errorTitle = "Isian tidak sesuai"
    return dv


def _isi_awal(ws: Workspace, jenis: str) -> list[dict[str, str]]:
    """The prefilled rows: one per registered desa of the workspace scope, in kode order."""
    if jenis not in _ISI_DESA:
        return []
    scope = ws.scope()
    return [{"desa_kode": str(d.kode), "desa_nama": d.nama}
            for d in ws.desa.desa_list(scope.kode if scope else None)]


def _tulis_data(wb: Workbook, jenis: str, rows: list[dict[str, str]], daftar: _Daftar,
                sesi: Sequence[str], paper: Kertas) -> Worksheet:
    lembar = _LEMBAR[jenis]()
    columns = kolom_templat(jenis)
    sheet = wb.create_sheet(lembar.nama)
    write_title(sheet, f"TEMPLAT {lembar.judul}",
                "Isi mulai baris di bawah judul kolom. Petunjuk tiap kolom muncul saat sel "
                "dipilih; keterangan lengkap di sheet Petunjuk.", len(columns))
    last = HEADER_ROW + len(rows) + BARIS_KOSONG
    for index, kolom in enumerate(columns, start=1):
        letter = get_column_letter(index)
        cell = put_text(sheet, HEADER_ROW, index, kolom.judul)
        cell.font, cell.fill, cell.border = BOLD, HEADER_FILL, BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        sheet.row_dimensions[HEADER_ROW].height = HEADER_HEIGHT
        dimension = sheet.column_dimensions[letter]
        dimension.width = max(kolom.lebar, len(kolom.judul) * 0.9 + 2)
        if kolom.jenis in _FORMAT:
            dimension.number_format = _FORMAT[kolom.jenis]
        dv = _validasi(kolom, daftar, sesi)
        if dv is not None:
            dv.add(f"{letter}{HEADER_ROW + 1}:{letter}{last}")
            sheet.add_data_validation(dv)
        for number, values in enumerate(rows, start=HEADER_ROW + 1):
            if kolom.kunci in values:
                filled = put_value(sheet, number, index, kolom, values[kolom.kunci])
                filled.number_format = "@"
                if not kolom.baca:
                    filled.fill, filled.font = _HINT_FILL, Font(italic=True, color="595959")
        if kolom.wajib:
            cell.font = Font(bold=True, color="9C0006")
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=1)
    setup_print(sheet, paper, f"{HEADER_ROW}:{HEADER_ROW}")
    return sheet


def _tulis_petunjuk(wb: Workbook, jenis: str, sessions: Sequence[KegiatanRingkas],
                    paper: Kertas) -> None:
    lembar = _LEMBAR[jenis]()
    sheet = wb.create_sheet(SHEET_PETUNJUK)
    put_text(sheet, 1, 1, f"PETUNJUK TEMPLAT {JENIS_TEMPLAT[jenis].upper()}").font = TITLE_FONT
    lines = [
        f"1. Isi sheet “{lembar.nama}” mulai baris {HEADER_ROW + 1}, satu baris untuk satu data. "
        "Judul kolom berwarna merah wajib diisi.",
        "2. Jangan mengubah judul kolom dan nama sheet."
        + (" Kolom abu-abu hanya petunjuk." if jenis in _ISI_DESA else ""),
        "3. Pilihan diisi dari daftar tarik-turun; tanggal ditulis seperti 13/11/2025; kode "
        "wilayah ditulis dengan titik (33.25.01.2001).",
        "4. Simpan sebagai .xlsx, lalu impor di halaman Ekspor/Impor (atau: kks-desktop import "
        "BERKAS --dry-run). Pratinjau menunjukkan setiap masalah sebelum ada yang disimpan.",
    ]
    if jenis in _ISI_DESA:
        lines.append("5. Baris yang hanya berisi kode dan nama desa tidak dibaca; salin baris "
                     "untuk menambah data desa yang sama.")
    for row, line in enumerate(lines, start=3):
        put_text(sheet, row, 1, line).alignment = Alignment(wrap_text=True, vertical="top")
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
        sheet.row_dimensions[row].height = 30
    row = len(lines) + 4
    for index, head in enumerate(("Kolom", "Wajib", "Isian", "Petunjuk"), start=1):
        cell = put_text(sheet, row, index, head)
        cell.font, cell.fill, cell.border = BOLD, HEADER_FILL, BORDER
    widths = (24, 8, 40, 50)
    for kolom in kolom_templat(jenis):
        row += 1
        texts = (kolom.judul, "Ya" if kolom.wajib else "", isian_kolom(kolom),
                 petunjuk_kolom(kolom))
        for index, text in enumerate(texts, start=1):
            put_text(sheet, row, index, text).alignment = Alignment(wrap_text=True,
                                                                    vertical="top")
        # Rows are not made taller for wrapped text by every spreadsheet: give the lines room.
        tall = max(1, *(-(-len(t) // int(w * 1.1)) for t, w in zip(texts, widths, strict=True)))
        sheet.row_dimensions[row].height = 15 * tall
    for letter, width in zip("ABCD", widths, strict=True):
        sheet.column_dimensions[letter].width = width
    extra = _daftar_tambahan(jenis, sessions)
    if extra:
        row += 2
        put_text(sheet, row, 1, extra[0]).font = BOLD
        for line in extra[1:]:
            row += 1
            put_text(sheet, row, 1, line)
    setup_print(sheet, paper)


def _daftar_tambahan(jenis: str, sessions: Sequence[KegiatanRingkas]) -> list[str]:
    """The lists a column refers to: tatanan names, or the sessions already recorded."""
    if jenis == "desa":
        return ["Nama tatanan (kolom Tatanan Dipilih, satu per baris):",
                *(t.nama for t in tatanan_list().items)]
    if jenis == "peserta":
        return ["Kegiatan yang sudah tercatat (judul, tanggal mulai, wilayah):",
                *(f"{s.judul} — {s.mulai.strftime('%d/%m/%Y')} — {s.wilayah}" for s in sessions)]
    return []


@tetap_indonesia
def buat_templat(ws: Workspace, jenis: str, target: Path) -> HasilEkspor:
    """Write the blank template `jenis` (a key of JENIS_TEMPLAT) to `target`, saved atomically,
    and record it in the ledger.

    Raises KeyError for an unknown jenis; OSError when the file cannot be written.
    """
    lembar = _LEMBAR[jenis]()
    rows = _isi_awal(ws, jenis)
    sessions = kegiatan_service.daftar(ws) if jenis == "peserta" else []
    titles = list(dict.fromkeys(s.judul for s in sessions))
    wb = new_workbook()
    daftar = _Daftar(wb)
    paper = kertas(ws)
    _tulis_data(wb, jenis, rows, daftar, titles, paper)
    _tulis_petunjuk(wb, jenis, sessions, paper)
    if daftar.sheet is not None:
        wb.move_sheet(SHEET_DAFTAR, offset=len(wb.sheetnames))
    scope = ws.scope()
    lingkup = scope.nama if scope else ""
    uuid, waktu = new_uuid(), now_text()
    kode = tuple(r["desa_kode"] for r in rows)
    baris = {lembar.nama: len(rows)}
    write_meta(wb, meta_ekspor(FORMAT_NAME, FORMAT_VERSION, uuid, waktu, lingkup, kode, baris,
                               paper, jenis=jenis, lembar=lembar.nama,
                               isian_awal="desa_kode" if rows else ""))
    sha256 = save_atomically(wb, target)
    with ws.atomic():
        ws.pertukaran.add_export(CatatanEkspor(uuid, waktu, JENIS_LEDGER, target.name, sha256,
                                               lingkup, kode, baris))
    logger.info("template %s written to %s (%d prefilled rows)", jenis, target, len(rows))
    return HasilEkspor(target, sha256, uuid, kode, baris)

