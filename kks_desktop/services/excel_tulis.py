"""Writing workbooks the kabupaten accepts: typed cells, print-ready sheets, `_meta`, saved atomically."""

from __future__ import annotations

import contextlib
import datetime as dt
import glob
import hashlib
import logging
import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kks_desktop.domain.kertas import Kertas
from kks_desktop.domain.lembar import JenisKolom, Kolom, Lembar
from kks_desktop.paths import remove_stale

logger = logging.getLogger(__name__)

META_SHEET = "_meta"
FORMAT_DATE = "DD/MM/YYYY"
_FORMATS = {JenisKolom.TANGGAL: FORMAT_DATE, JenisKolom.BULAT: "#,##0",
            JenisKolom.DESIMAL: "#,##0.0#", JenisKolom.PERSEN: "0.0%"}
_TEXT_KINDS = {JenisKolom.TEKS, JenisKolom.KODE, JenisKolom.PILIHAN, JenisKolom.DAFTAR,
               JenisKolom.UUID, JenisKolom.BULAN}
# Characters XML cannot hold; tab, line feed and carriage return are allowed.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# A spreadsheet runs text beginning with one of these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="D9EAD3")
TOTAL_FILL = PatternFill("solid", fgColor="EFEFEF")
BOLD = Font(bold=True)
TITLE_FONT = Font(bold=True, size=13)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
HEADER_ROW = 4  # title, subtitle, a blank line, then the header
LABEL_JUMLAH = "JUMLAH"
# Folio (8.5 × 13 in, the F4 of Indonesian offices) in OOXML's paper list; openpyxl names no constant.
PAPERSIZE_FOLIO = 14


@dataclass
class IsiLembar:
    """A data sheet to write: its shape, its rows (field → value) and the line under the title."""

    lembar: Lembar
    baris: Sequence[Mapping[str, Any]]
    sub_judul: str = ""
    jumlah: bool = True
    catatan: list[str] = field(default_factory=list)


def safe_text(text: str) -> str:
    """Text a workbook can hold: control characters XML refuses are dropped."""
    return _ILLEGAL.sub("", text)


def put_text(ws: Worksheet, row: int, column: int, text: str) -> Any:
    """Write text that stays text: never run as a formula, whatever it begins with."""
    cell = ws.cell(row=row, column=column)
    cell.value = safe_text(text)
    cell.data_type = "s"
    if text.startswith(_FORMULA_START):
        cell.quotePrefix = True
    return cell


def put_value(ws: Worksheet, row: int, column: int, kolom: Kolom, value: Any) -> Any:
    """Write one value the way its column says: text as text, dates as dates, numbers as numbers."""
    if value is None or value == "" or value == ():
        return ws.cell(row=row, column=column)
    if kolom.jenis in _TEXT_KINDS:
        if kolom.jenis is JenisKolom.PILIHAN:
            value = kolom.label_of(str(value))
        elif kolom.jenis is JenisKolom.DAFTAR:
            value = "\n".join(str(v) for v in value)
        elif kolom.jenis is JenisKolom.BULAN:
            value = f"{value[5:7]}/{value[:4]}"
        return put_text(ws, row, column, str(value))
    cell = ws.cell(row=row, column=column)
    if kolom.jenis is JenisKolom.TANGGAL:
        cell.value = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
    else:
        cell.value = value
    cell.number_format = _FORMATS[kolom.jenis]
    return cell


def new_workbook() -> Workbook:
    """An empty workbook (its default sheet removed)."""
    wb = Workbook()
    wb.remove(wb.active)
    return wb


def write_title(ws: Worksheet, judul: str, sub_judul: str, width: int) -> None:
    put_text(ws, 1, 1, judul).font = TITLE_FONT
    if sub_judul:
        put_text(ws, 2, 1, sub_judul)
    if width > 1:
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)


def write_sheet(wb: Workbook, isi: IsiLembar, kertas: Kertas) -> int:
    """Add one data sheet: title, a "No" column, typed cells, a JUMLAH row where sums make sense,
    frozen header, autofilter, widths, hidden key columns and print setup. Returns the number of
    data rows written."""
    lembar = isi.lembar
    ws = wb.create_sheet(lembar.nama)
    columns = [c for c in lembar.kolom if not c.tersembunyi] + [
        c for c in lembar.kolom if c.tersembunyi]
    visible = sum(1 for c in columns if not c.tersembunyi) + 1
    write_title(ws, lembar.judul, isi.sub_judul, visible)
    put_text(ws, HEADER_ROW, 1, "No")
    ws.column_dimensions["A"].width = 5
    for index, kolom in enumerate(columns, start=2):
        put_text(ws, HEADER_ROW, index, kolom.judul)
        letter = get_column_letter(index)
        ws.column_dimensions[letter].width = kolom.lebar
        if kolom.tersembunyi:
            ws.column_dimensions[letter].hidden = True
    for cell in ws[HEADER_ROW]:
        cell.font, cell.fill, cell.border = BOLD, HEADER_FILL, BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    row = HEADER_ROW
    for number, values in enumerate(isi.baris, start=1):
        row = HEADER_ROW + number
        ws.cell(row=row, column=1, value=number).alignment = TOP
        for index, kolom in enumerate(columns, start=2):
            cell = put_value(ws, row, index, kolom, values.get(kolom.kunci))
            cell.alignment = WRAP_TOP if kolom.jenis in (JenisKolom.DAFTAR, JenisKolom.TEKS) else TOP
    last_data = row
    if isi.jumlah and isi.baris and any(c.jumlah for c in columns):
        row += 1
        put_text(ws, row, 2, LABEL_JUMLAH)
        for index, kolom in enumerate(columns, start=2):
            if kolom.jumlah:
                total = sum(v.get(kolom.kunci) or 0 for v in isi.baris)
                put_value(ws, row, index, kolom, total)
        for cell in ws[row][:visible]:
            cell.font, cell.fill = BOLD, TOTAL_FILL
    for offset, line in enumerate(isi.catatan, start=2):
        put_text(ws, row + offset, 1, line).font = Font(italic=True)
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=2)
    ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(visible)}{max(last_data, HEADER_ROW)}"
    setup_print(ws, kertas, f"{HEADER_ROW}:{HEADER_ROW}")
    return len(isi.baris)


def setup_print(ws: Worksheet, kertas: Kertas, title_rows: str | None = None) -> None:
    """Landscape on the chosen paper, fit to the page width, header rows repeated on every page,
    "Halaman X dari Y" in the footer."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4 if kertas is Kertas.A4 else PAPERSIZE_FOLIO
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    if title_rows:
        ws.print_title_rows = title_rows
    ws.oddFooter.center.text = "Halaman &P dari &N"
    ws.oddFooter.right.text = "&A"


def write_meta(wb: Workbook, meta: Mapping[str, str]) -> None:
    """The hidden `_meta` sheet: one key and its value per row, all as text."""
    ws = wb.create_sheet(META_SHEET)
    for row, (key, value) in enumerate(meta.items(), start=1):
        put_text(ws, row, 1, key)
        put_text(ws, row, 2, str(value))
    ws.sheet_state = "hidden"


def save_atomically(wb: Workbook, target: Path,
                    before_rename: Callable[[Path], None] | None = None) -> str:
    """Save to a temporary file beside `target`, flush it to disk and rename it into place, so
    no half-written workbook ever carries the real name. Returns the file's sha256.

    Raises OSError when the folder cannot be written (the temporary file is removed).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    for stale in remove_stale(target.parent, f".{glob.escape(target.name)}.*.tmp"):
        logger.info("removed %s left by an export that was cut off", stale)
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        wb.save(temp)
        with temp.open("rb+") as handle:
            digest = hashlib.file_digest(handle, "sha256").hexdigest()
            os.fsync(handle.fileno())
        if before_rename is not None:
            before_rename(temp)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return digest

