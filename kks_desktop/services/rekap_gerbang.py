"""The award-gate and chart sheets of the rekap workbook: % desa ODF against the KKS gates."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.chart.data_source import AxDataSource, StrRef
from openpyxl.chart.label import DataLabelList
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kks_desktop.domain.award import Tingkat
from kks_desktop.domain.kertas import Kertas
from kks_desktop.domain.lembar import JenisKolom as J
from kks_desktop.domain.lembar import Kolom
from kks_desktop.messages import percent_text
from kks_desktop.services.excel_tulis import (
    BOLD,
    BORDER,
    HEADER_FILL,
    HEADER_ROW,
    LABEL_JUMLAH,
    TOTAL_FILL,
    put_text,
    put_value,
    setup_print,
    write_title,
)
from kks_desktop.services.sanitasi_summary import Rekap, RingkasanSanitasi

logger = logging.getLogger(__name__)

SHEET_GERBANG = "Gerbang Penghargaan"
SHEET_GRAFIK = "Grafik"
BAR_COLOR = "3D8B40"
GATE_COLORS = ("C8553D", "E3A33B", "5A4A8A", "1F4E79")
HEADER_HEIGHT = 32  # two lines of a wrapped header

_TINGKAT = (Kolom("tingkat", "Tingkat", J.TEKS, 20),
            Kolom("ambang", "Ambang Desa ODF", J.PERSEN, 12),
            Kolom("perlu", "Desa ODF Diperlukan", J.BULAT, 12),
            Kolom("ada", "Desa ODF Sekarang", J.BULAT, 12),
            Kolom("kurang", "Kurang", J.BULAT, 10),
            Kolom("keadaan", "Keadaan", J.TEKS, 14))
_KECAMATAN = (Kolom("kode", "Kode", J.KODE, 12),
              Kolom("nama", "Kecamatan", J.TEKS, 22),
              Kolom("desa", "Desa", J.BULAT, 10),
              Kolom("odf", "Desa ODF", J.BULAT, 10),
              Kolom("persen", "% Desa ODF", J.PERSEN, 11),
              Kolom("tercapai", "Tingkat Tercapai", J.TEKS, 16),
              Kolom("belum", "Belum ODF", J.BULAT, 10))


def tulis_header(ws: Worksheet, row: int, columns: Sequence[Kolom]) -> None:
    """A table header: "No", then each column's title, bold on the header colour, wrapped."""
    ws.column_dimensions["A"].width = 5
    put_text(ws, row, 1, "No")
    for index, kolom in enumerate(columns, start=2):
        put_text(ws, row, index, kolom.judul)
        letter = get_column_letter(index)
        ws.column_dimensions[letter].width = max(ws.column_dimensions[letter].width or 0,
                                                 kolom.lebar)
    for cell in ws[row][:len(columns) + 1]:
        cell.font, cell.fill, cell.border = BOLD, HEADER_FILL, BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    ws.row_dimensions[row].height = HEADER_HEIGHT


def _row(ws: Worksheet, row: int, number: int | None, columns: Sequence[Kolom],
         values: dict[str, Any], total: bool = False) -> None:
    if number is not None:
        ws.cell(row=row, column=1, value=number)
    for index, kolom in enumerate(columns, start=2):
        put_value(ws, row, index, kolom, values.get(kolom.kunci))
    for cell in ws[row][:len(columns) + 1]:
        cell.border = BORDER
        if total:
            cell.font, cell.fill = BOLD, TOTAL_FILL


def _share(r: Rekap) -> float | None:
    rate = r.persen_desa_odf
    return None if rate is None else rate / 100


def tingkat_tercapai(ringkasan: RingkasanSanitasi, r: Rekap) -> str:
    """The highest award level whose ODF gate a group of desa meets, or "–"."""
    met = ringkasan.siklus.terbuka(_share(r))
    return met[-1].nama if met else "–"


def _baris_kecamatan(ringkasan: RingkasanSanitasi, r: Rekap, kode: str) -> dict[str, Any]:
    return {"kode": kode, "nama": r.nama, "desa": r.desa, "odf": r.desa_odf,
            "persen": _share(r), "tercapai": tingkat_tercapai(ringkasan, r),
            "belum": r.desa - r.desa_odf}


def _baris_tingkat(ringkasan: RingkasanSanitasi, t: Tingkat) -> dict[str, Any]:
    total = ringkasan.total
    kurang = ringkasan.desa_lagi(t)
    return {"tingkat": t.nama, "ambang": t.min_odf, "perlu": total.desa_odf + kurang,
            "ada": total.desa_odf, "kurang": kurang,
            "keadaan": "Terpenuhi" if t in ringkasan.tingkat_terbuka else "Belum"}


def tulis_gerbang(wb: Workbook, ringkasan: RingkasanSanitasi, judul: str, hari_ini: dt.date,
                  kertas: Kertas) -> dict[str, int]:
    """The award-gate sheet: each level of the chosen cycle met or not and how many desa ODF
    it still needs, then % desa ODF per kecamatan with the level each reaches."""
    ws = wb.create_sheet(SHEET_GERBANG)
    total = ringkasan.total
    write_title(ws, f"GERBANG PENGHARGAAN KKS: DESA/KELURAHAN ODF — {judul.upper()}",
                f"Siklus {ringkasan.siklus.tahun}; keadaan per {hari_ini.strftime('%d/%m/%Y')}; "
                f"{total.desa_odf} dari {total.desa} desa/kelurahan ODF "
                f"({percent_text(total.persen_desa_odf)})", len(_KECAMATAN) + 1)
    tulis_header(ws, HEADER_ROW, _TINGKAT)
    row = HEADER_ROW
    for number, t in enumerate(ringkasan.siklus.tingkat, start=1):
        row += 1
        _row(ws, row, number, _TINGKAT, _baris_tingkat(ringkasan, t))
    nxt = ringkasan.tingkat_berikutnya
    row += 1
    line = (f"Tingkat berikutnya: {nxt.nama}, perlu {ringkasan.desa_lagi(nxt)} desa ODF lagi."
            if nxt is not None else "Semua ambang desa ODF siklus ini sudah terpenuhi.")
    put_text(ws, row, 2, line).font = BOLD
    row += 2
    put_text(ws, row, 1, "PERSENTASE DESA ODF PER KECAMATAN").font = BOLD
    row += 1
    first_header = row
    tulis_header(ws, row, _KECAMATAN)
    for number, r in enumerate(ringkasan.kecamatan, start=1):
        row += 1
        _row(ws, row, number, _KECAMATAN, _baris_kecamatan(ringkasan, r, r.kode))
    row += 1
    _row(ws, row, None, _KECAMATAN,
         _baris_kecamatan(ringkasan, total, LABEL_JUMLAH) | {"kode": "", "nama": LABEL_JUMLAH},
         total=True)
    put_text(ws, row + 2, 1, "Ambang diambil dari data acuan siklus penilaian yang dipilih di "
             "Pengaturan; penghargaan KKS dinilai untuk kabupaten/kota.").font = Font(italic=True)
    setup_print(ws, kertas, f"{first_header}:{first_header}")
    return {SHEET_GERBANG: len(ringkasan.siklus.tingkat) + len(ringkasan.kecamatan)}


def _judul_gerbang(t: Tingkat) -> str:
    """"Padapa (≥80%)", "Wistara (100%)"."""
    shown = percent_text(100 * t.min_odf)
    return f"{t.nama} ({shown})" if t.min_odf >= 1 else f"{t.nama} (≥{shown})"


def tulis_grafik(wb: Workbook, ringkasan: RingkasanSanitasi, judul: str,
                 kertas: Kertas) -> dict[str, int]:
    """The chart sheet: a table of % desa ODF per kecamatan (and the whole area) with the
    gates, and a native bar chart of it with the gates drawn as lines."""
    ws = wb.create_sheet(SHEET_GRAFIK)
    gates = ringkasan.siklus.tingkat
    columns = (*_KECAMATAN[:5], *(Kolom(f"gerbang_{t.id}", _judul_gerbang(t), J.PERSEN, 12)
                                  for t in gates))
    write_title(ws, f"PERSENTASE DESA/KELURAHAN ODF PER KECAMATAN — {judul.upper()}",
                f"Garis: ambang penghargaan KKS siklus {ringkasan.siklus.tahun}",
                len(columns) + 1)
    tulis_header(ws, HEADER_ROW, columns)
    lines = {f"gerbang_{t.id}": t.min_odf for t in gates}
    row = HEADER_ROW
    for number, r in enumerate(ringkasan.kecamatan, start=1):
        row += 1
        _row(ws, row, number, columns, _baris_kecamatan(ringkasan, r, r.kode) | lines)
    row += 1
    total = ringkasan.total
    _row(ws, row, None, columns,
         _baris_kecamatan(ringkasan, total, "") | {"nama": LABEL_JUMLAH} | lines, total=True)
    if ringkasan.kecamatan:
        ws.add_chart(_chart(ws, row, len(gates)), f"B{row + 3}")
    setup_print(ws, kertas)
    ws.page_setup.fitToHeight = 1  # the table and its chart on one page
    return {SHEET_GRAFIK: len(ringkasan.kecamatan) + 1}


def _chart(ws: Worksheet, last: int, gates: int) -> BarChart:
    """Bars from the "% Desa ODF" column (F), categories from "Kecamatan" (C), one line per gate
    from the columns after it; every series from the header row down to `last`."""
    bars = BarChart()
    bars.type = "col"
    bars.title = "% desa/kelurahan ODF per kecamatan"
    bars.y_axis.title = "% desa ODF"
    bars.y_axis.number_format = "0%"
    bars.y_axis.scaling.min = 0
    bars.y_axis.scaling.max = 1
    bars.x_axis.delete = False
    bars.y_axis.delete = False
    bars.x_axis.axPos = "b"
    names = f"'{ws.title}'!$C${HEADER_ROW + 1}:$C${last}"
    bars.add_data(Reference(ws, min_col=6, min_row=HEADER_ROW, max_row=last), titles_from_data=True)
    series = bars.series[0]
    series.cat = AxDataSource(strRef=StrRef(f=names))
    series.graphicalProperties.solidFill = BAR_COLOR
    series.dLbls = DataLabelList(numFmt="0%", dLblPos="outEnd", showVal=True, showCatName=False,
                                 showSerName=False, showLegendKey=False, showPercent=False)
    if gates:
        lines = LineChart()
        lines.add_data(Reference(ws, min_col=7, max_col=6 + gates, min_row=HEADER_ROW,
                                 max_row=last), titles_from_data=True)
        for index, line in enumerate(lines.series):
            line.graphicalProperties.line.solidFill = GATE_COLORS[index % len(GATE_COLORS)]
            line.graphicalProperties.line.dashStyle = "dash"
            line.graphicalProperties.line.width = 19050
            line.smooth = False
            line.cat = AxDataSource(strRef=StrRef(f=names))
        bars += lines
    bars.legend.position = "b"
    bars.height = 11
    bars.width = max(18.0, 1.6 * (last - HEADER_ROW) + 6)
    return bars
