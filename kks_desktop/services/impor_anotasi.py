"""An annotated copy of a received workbook: bad cells shaded with a note, a Kesalahan column per row."""

from __future__ import annotations

import logging
import math
from collections import defaultdict
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill

from kks_desktop.bahasa import tetap_indonesia
from kks_desktop.domain.errors import WorkbookUnreadable
from kks_desktop.domain.impor_baris import MasalahImpor
from kks_desktop.domain.kertas import Kertas
from kks_desktop.messages_excel import tempat_text, temuan_masalah
from kks_desktop.services.excel_baca import check_file
from kks_desktop.services.excel_tulis import BORDER, put_text, save_atomically, setup_print
from kks_desktop.services.impor_buku import SHEET_DAFTAR_KESALAHAN, RencanaImpor

logger = logging.getLogger(__name__)

KOLOM_KESALAHAN = "Kesalahan"
SHEET_DAFTAR = SHEET_DAFTAR_KESALAHAN
FILL_ERROR = PatternFill("solid", fgColor="FFC7CE")
FILL_WARNING = PatternFill("solid", fgColor="FFEB9C")
_AUTHOR = "KKS Desktop"
_LEBAR = 60  # the Kesalahan column, in characters
_TINGGI_BARIS = 15  # points per line of text


@tetap_indonesia
def simpan_anotasi(rencana: RencanaImpor, target: Path) -> Path:
    """Save a copy of the plan's workbook at `target` with each cell that has a problem shaded
    (light red for errors, yellow for warnings) and carrying the message as a comment, a
    "Kesalahan" column right of the data listing each row's messages, and a first sheet listing
    every message. The original is not changed.

    Raises WorkbookUnreadable if the file changed into something unreadable, OSError when the
    copy cannot be written.
    """
    check_file(rencana.path)
    try:
        wb = load_workbook(rencana.path)
    except Exception as exc:  # openpyxl raises many kinds for a damaged part
        logger.info("annotated copy: %s unreadable: %r", rencana.path, exc)
        raise WorkbookUnreadable(rencana.path, "rusak") from None
    cells: dict[tuple[str, int, str], list[MasalahImpor]] = defaultdict(list)
    rows: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for m in rencana.masalah:
        sheet, row = m.letak.lembar, m.letak.baris
        if sheet not in wb.sheetnames or row is None:
            continue
        rows[sheet][row].append(f"{m.letak.kolom}: {temuan_masalah(m)}" if m.letak.kolom
                                else temuan_masalah(m))
        if m.letak.huruf:
            cells[sheet, row, m.letak.huruf].append(m)
    for (sheet, row, letter), found in cells.items():
        cell = wb[sheet][f"{letter}{row}"]
        cell.fill = FILL_ERROR if any(m.is_error for m in found) else FILL_WARNING
        cell.comment = Comment("\n".join(temuan_masalah(m) for m in found),
                               _AUTHOR, width=320, height=120)
    for sheet, by_row in rows.items():
        ws = wb[sheet]
        column = ws.max_column + 1
        header = rencana.baris_header.get(sheet) or min(by_row) - 1 or 1
        head = put_text(ws, header, column, KOLOM_KESALAHAN)
        head.font, head.fill, head.border = Font(bold=True), FILL_ERROR, BORDER
        ws.column_dimensions[head.column_letter].width = _LEBAR
        for row, texts in by_row.items():
            cell = put_text(ws, row, column, "\n".join(texts))
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.font = Font(color="9C0006")
            _tinggi(ws, row, texts, _LEBAR)
    _daftar(wb, rencana)
    save_atomically(wb, target)
    logger.info("annotated copy of %s saved as %s", rencana.path.name, target)
    return target


def _daftar(wb: Workbook, rencana: RencanaImpor) -> None:
    """A first sheet listing every problem with its place, so none without a cell is missed."""
    ws = wb.create_sheet(SHEET_DAFTAR, 0)
    for column, (title, width) in enumerate((("Tempat", 40), ("Kesalahan", 90)), start=1):
        cell = put_text(ws, 1, column, title)
        cell.font, cell.fill = Font(bold=True), FILL_ERROR
        ws.column_dimensions[cell.column_letter].width = width
    for row, m in enumerate(rencana.masalah, start=2):
        put_text(ws, row, 1, tempat_text(m)).alignment = Alignment(wrap_text=True,
                                                                   vertical="top")
        put_text(ws, row, 2, temuan_masalah(m)).alignment = Alignment(
            wrap_text=True, vertical="top")
        _tinggi(ws, row, [temuan_masalah(m)], 90)
    setup_print(ws, Kertas.A4, "1:1")


def _tinggi(ws: Any, row: int, texts: list[str], width: int) -> None:
    """A row tall enough for its wrapped messages (spreadsheets do not grow it on opening)."""
    lines = sum(max(1, math.ceil(len(t) / width)) for t in texts)
    current = ws.row_dimensions[row].height or _TINGGI_BARIS
    ws.row_dimensions[row].height = max(current, lines * _TINGGI_BARIS)
