"""The household register workbook's sheet layout, shared by its export and its template: sheet
names, header, column formats and widths, dropdowns with Indonesian prompts, `_meta`."""

from __future__ import annotations

import contextlib
import logging
import re
import shutil
import tempfile
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from kks_desktop.domain.kertas import Kertas
from kks_desktop.domain.rumah_tangga import MAX_JIWA
from kks_desktop.domain.tanggal import TANGGAL_AKHIR, TANGGAL_AWAL, tanggal_angka
from kks_desktop.messages_rumah_tangga import PEMBUANGAN_LABELS, PERTANYAAN_LABELS, TIDAK, YA
from kks_desktop.messages_rumah_tangga_excel import (
    LEMBAR_DATA,
    PETUNJUK_KOLOM,
    SALAH_KOLOM,
    VALIDASI_SALAH,
)
from kks_desktop.paths import STALE_AFTER_S
from kks_desktop.services.excel_tulis import FORMAT_DATE, META_SHEET, PAPERSIZE_FOLIO
from kks_desktop.services.rumah_tangga_kolom import KOLOM, Kolom, Peran

logger = logging.getLogger(__name__)

_PREFIX = "kks-kk-"  # the folders XlsxWriter streams rows into, in the system's temporary folder
# The program's register workbooks: `_meta` says which one ("isi": "ekspor" or "kosong").
FORMAT_NAME = "kks-desktop-data-kk"
FORMAT_VERSION = "1"
BARIS_EXCEL = 1_048_576  # rows in one Excel sheet
BARIS_PER_LEMBAR = BARIS_EXCEL - 1  # households per sheet: every row but the header
SHEET_DAFTAR = "_daftar"  # hidden: the outlet labels the dropdown lists
_NAMA_LANJUTAN = re.compile(rf"^{re.escape(LEMBAR_DATA)}(?: \(([2-9]|[1-9]\d+)\))?$")
# Columns kept as text whatever is typed in them (leading zeros, all 16 digits of a No. KK).
KOLOM_TEKS = frozenset({"kode_desa", "rt", "rw", "no_kk"})
_LEBAR = {"kode_desa": 14, "nama_desa": 18, "dusun": 12, "rt": 6, "rw": 6, "no_kk": 19,
          "nama_kepala": 26, "alamat": 26, "jumlah_jiwa": 8, "tanggal": 12, "petugas": 20,
          "pembuangan": 34, "tangga": 20, "uuid": 37}
_LEBAR_JAWABAN = 10
TINGGI_JUDUL = 45  # points: the header wraps onto three lines
# Text starting with one of these is a formula to a spreadsheet, or (`<r>…</r>`) raw markup to
# XlsxWriter's streamed strings: written by `tulis_awas`, never as is.
AWAS = frozenset("=+-@\t\r<")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")
_HEADER = {"bold": True, "text_wrap": True, "valign": "vcenter", "align": "center",
           "border": 1, "border_color": "#808080", "bg_color": "#D9EAD3"}
_HEADER_TURUNAN = {**_HEADER, "bg_color": "#EFEFEF", "italic": True}


def nama_lembar_data(nomor: int) -> str:
    """The name of the `nomor`-th (1-based) data sheet: "Data KK", "Data KK (2)", …"""
    return LEMBAR_DATA if nomor == 1 else f"{LEMBAR_DATA} ({nomor})"


def nomor_lembar_data(nama: str) -> int | None:
    """Which data sheet a sheet name is (1, 2, …), or None for any other sheet."""
    found = _NAMA_LANJUTAN.match(nama)
    if found is None:
        return None
    return int(found.group(1) or 1)


@dataclass(frozen=True)
class Gaya:
    """The cell formats of one workbook (XlsxWriter formats belong to their workbook)."""

    judul: Format
    judul_turunan: Format
    tanggal: Format
    teks: Format
    kutip: Format  # text that starts like a formula: shown and kept as text when edited
    tebal: Format
    bungkus: Format
    kiri: Format
    ribuan: Format
    pribadi: Format  # the personal-data note
    petunjuk: Format  # prefilled hints (the desa name beside its kode)


def gaya(wb: Workbook) -> Gaya:
    return Gaya(judul=wb.add_format(_HEADER), judul_turunan=wb.add_format(_HEADER_TURUNAN),
                tanggal=wb.add_format({"num_format": FORMAT_DATE.lower()}),
                teks=wb.add_format({"num_format": "@"}),
                kutip=wb.add_format({"quote_prefix": True, "num_format": "@"}),
                tebal=wb.add_format({"bold": True, "valign": "top"}),
                bungkus=wb.add_format({"text_wrap": True, "valign": "top"}),
                kiri=wb.add_format({"text_wrap": True, "valign": "top", "align": "left"}),
                ribuan=wb.add_format({"num_format": "#,##0", "align": "left"}),
                pribadi=wb.add_format({"text_wrap": True, "valign": "top", "bold": True,
                                       "font_color": "#9C0006", "bg_color": "#FFC7CE",
                                       "border": 1, "border_color": "#9C0006"}),
                petunjuk=wb.add_format({"italic": True, "font_color": "#595959",
                                        "bg_color": "#F2F2F2"}))


def hapus_sisa(folder: Path, now: float | None = None) -> list[Path]:
    """Remove the row folders (`kks-kk-*`) that exports killed midway left in `folder` (up to
    a gigabyte each): those where nothing was written for STALE_AFTER_S."""
    moment = time.time() if now is None else now
    removed = []
    for old in folder.glob(f"{_PREFIX}*"):
        with contextlib.suppress(OSError):
            newest = max([old.stat().st_mtime, *(f.stat().st_mtime for f in old.iterdir())])
            if moment - newest > STALE_AFTER_S:
                shutil.rmtree(old, ignore_errors=True)
                removed.append(old)
    return removed


@contextmanager
def buku_kerja(path: Path) -> Iterator[Workbook]:
    """An XlsxWriter workbook streaming its rows (constant memory) to `path`, closed at the end
    of the block. Each sheet's rows wait in a folder of their own in the system's temporary
    folder, removed with everything in it however the block ends (a Batal leaves nothing
    behind; what a killed export left is removed by a later one)."""
    for old in hapus_sisa(Path(tempfile.gettempdir())):
        logger.info("removed %s left by an export that was cut off", old)
    with tempfile.TemporaryDirectory(prefix=_PREFIX, ignore_cleanup_errors=True) as tmp:
        wb = Workbook(str(path), {"constant_memory": True, "tmpdir": tmp,
                                  "strings_to_formulas": False, "strings_to_numbers": False,
                                  "strings_to_urls": False})
        yield wb
        wb.close()


def tulis_awas(sheet: Worksheet, row: int, col: int, text: str, g: Gaya,
               fmt: Format | None = None) -> None:
    """Text a spreadsheet or XlsxWriter would not keep as plain text: a formula-looking one
    gets the quote prefix; `<r>…</r>` is handed over already escaped, as one rich-text run."""
    if text.startswith("<r>") and text.endswith("</r>"):
        sheet.write_string(row, col, f'<r><t xml:space="preserve">{escape(text)}</t></r>', fmt)
    elif text.startswith(_FORMULA):
        sheet.write_string(row, col, text, g.kutip)
    else:
        sheet.write_string(row, col, text, fmt)


def tulis_teks(sheet: Worksheet, row: int, col: int, text: str, g: Gaya,
               fmt: Format | None = None) -> None:
    """Any text from the workspace, kept as the very text it is."""
    if text[:1] in AWAS:
        tulis_awas(sheet, row, col, text, g, fmt)
    else:
        sheet.write_string(row, col, text, fmt)


# The outlet dropdown's source: its labels hold commas, so they sit on the hidden list sheet.
DAFTAR_PEMBUANGAN = f"='{SHEET_DAFTAR}'!$A$1:$A${len(PEMBUANGAN_LABELS)}"


def tulis_daftar(wb: Workbook) -> None:
    """The hidden sheet of the dropdown lists too full of commas to write inline."""
    sheet = wb.add_worksheet(SHEET_DAFTAR)
    for row, label in enumerate(PEMBUANGAN_LABELS.values()):
        sheet.write_string(row, 0, label)
    sheet.hide()


def lembar_meta(wb: Workbook) -> Worksheet:
    """The hidden `_meta` sheet, filled by `tulis_meta` (last, when rows are streamed)."""
    sheet = wb.add_worksheet(META_SHEET)
    sheet.hide()
    return sheet


def tulis_meta(sheet: Worksheet, meta: Mapping[str, str]) -> None:
    """One key and its value per row of `_meta`, all text."""
    for row, (key, value) in enumerate(meta.items()):
        sheet.write_string(row, 0, key)
        sheet.write_string(row, 1, str(value))


def petunjuk(kolom: Kolom) -> str:
    """What goes in a column, as its input prompt and the Petunjuk sheet say it."""
    if kolom.peran is Peran.TURUNAN:
        return PETUNJUK_KOLOM["turunan"]
    if kolom.kunci in PERTANYAAN_LABELS:
        return PETUNJUK_KOLOM["pertanyaan"].format(pertanyaan=PERTANYAAN_LABELS[kolom.kunci][1])
    return PETUNJUK_KOLOM[kolom.kunci].format(maks=MAX_JIWA)


def _aturan(kolom: Kolom) -> dict[str, Any]:
    """The data validation of a column: a dropdown, a date, a whole number or a length."""
    key = kolom.kunci
    if key in PERTANYAAN_LABELS:
        return {"validate": "list", "source": [YA, TIDAK], "error_message": SALAH_KOLOM["pertanyaan"]}
    if key == "pembuangan":
        return {"validate": "list", "source": DAFTAR_PEMBUANGAN, "error_message": SALAH_KOLOM["pembuangan"]}
    if key == "jumlah_jiwa":
        return {"validate": "integer", "criteria": "between", "minimum": 1, "maximum": MAX_JIWA,
                "error_message": SALAH_KOLOM["jumlah_jiwa"].format(maks=MAX_JIWA)}
    if key == "tanggal":
        return {"validate": "date", "criteria": "between", "minimum": TANGGAL_AWAL,
                "maximum": TANGGAL_AKHIR, "error_message": SALAH_KOLOM["tanggal"].format(
                    awal=tanggal_angka(TANGGAL_AWAL), akhir=tanggal_angka(TANGGAL_AKHIR))}
    if key == "no_kk":
        return {"validate": "length", "criteria": "==", "value": 16,
                "error_message": SALAH_KOLOM["no_kk"]}
    return {"validate": "any"}


def siapkan_lembar(sheet: Worksheet, g: Gaya) -> None:
    """Header in row 1 (frozen), widths and text/date formats per column, and every column's
    prompt and dropdown or check down to Excel's last row."""
    sheet.set_row(0, TINGGI_JUDUL)
    for col, kolom in enumerate(KOLOM):
        key = kolom.kunci
        width = _LEBAR.get(key, _LEBAR_JAWABAN)
        fmt = g.teks if key in KOLOM_TEKS else g.tanggal if key == "tanggal" else None
        sheet.set_column(col, col, width, fmt)
        head = g.judul_turunan if kolom.peran is Peran.TURUNAN else g.judul
        sheet.write_string(0, col, kolom.judul, head)
        rule = _aturan(kolom)
        rule.update(input_title=kolom.judul[:32], input_message=petunjuk(kolom)[:255],
                    ignore_blank=True)
        if rule["validate"] != "any":
            rule.update(error_title=VALIDASI_SALAH, error_type="stop")
        sheet.data_validation(1, col, BARIS_EXCEL - 1, col, rule)
    sheet.freeze_panes(1, 0)


PAPER = {Kertas.A4: 9, Kertas.F4: PAPERSIZE_FOLIO}  # XlsxWriter's paper numbers


def siapkan_cetak(sheet: Worksheet, paper: Kertas) -> None:
    """Landscape on the chosen paper, the header row on every page (37 columns are too many
    to shrink onto one page width and still read)."""
    sheet.set_landscape()
    sheet.set_paper(PAPER[paper])
    sheet.repeat_rows(0)
    sheet.set_footer("&CHalaman &P dari &N&R&A")


def saring(sheet: Worksheet, rows: int) -> None:
    """The autofilter over the header and `rows` rows below it."""
    sheet.autofilter(0, 0, max(rows, 1), len(KOLOM) - 1)

