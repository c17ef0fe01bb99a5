"""The Ringkasan sheet read back: kop, title with the period the data reaches, identity block,
typed headline figures and signers for one desa; a table with JUMLAH for several desa."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from python_calamine import CalamineWorkbook
from test_buku_desa_baris import SILURAH, SODONG, Contoh, buat_contoh

from kks_desktop.domain.desa import Desa
from kks_desktop.domain.sanitasi import LaporanSanitasi
from kks_desktop.domain.tanggal import tanggal_panjang
from kks_desktop.services.buku_desa import ekspor_desa
from kks_desktop.services.workspace import Workspace

DOTS = "(" + "." * 40 + ")"


@pytest.fixture
def contoh(ws: Workspace, make_desa: Callable[..., Desa],
           make_laporan: Callable[..., LaporanSanitasi]) -> Contoh:
    return buat_contoh(ws, make_desa, make_laporan)


def ringkasan(ws: Workspace, kode: list[Any], path: Path) -> Worksheet:
    ekspor_desa(ws, kode, path)
    return load_workbook(path)["Ringkasan"]


def lines(sheet: Worksheet) -> list[list[Any]]:
    """Each row's filled cells, left to right (merged cells count once)."""
    return [[c.value for c in row if c.value is not None] for row in sheet.iter_rows()]


def cell_with(sheet: Worksheet, value: Any) -> Any:
    return next(c for row in sheet.iter_rows() for c in row if c.value == value)


def row_after(sheet: Worksheet, label: str) -> list[Any]:
    """The cells to the right of a label."""
    cell = cell_with(sheet, label)
    return [c for c in sheet[cell.row] if c.column > cell.column and c.value is not None]


def test_one_desa_reads_like_a_report_page(ws: Workspace, contoh: Contoh, tmp_path: Path) -> None:
    sheet = ringkasan(ws, [SILURAH], tmp_path / "silurah.xlsx")
    text = lines(sheet)
    assert text[:6] == [["PEMERINTAH KABUPATEN BATANG"], ["KECAMATAN WONOTUNGGAL"],
                        ["DESA SILURAH"], [], ["LAPORAN POKJA DESA SEHAT"],
                        ["Keadaan s.d. Oktober 2025"]]
    assert sheet["A3"].border.bottom.style == "thick"
    assert sheet["H3"].border.bottom.style == "thick"  # the rule runs under the whole kop
    assert "A1:H1" in {str(r) for r in sheet.merged_cells.ranges}
    assert [[c.value for c in row_after(sheet, label)] for label in (
        "Desa/Kelurahan", "Kode Desa/Kelurahan", "Kecamatan", "Kabupaten/Kota", "Provinsi",
        "Nomor SK Pokja")] == [
        [":", "Desa Silurah"], [":", "33.25.01.2001"], [":", "Wonotunggal"],
        [":", "Kabupaten Batang"], [":", "Jawa Tengah"], [":", "141/05/2024"]]
    kode = row_after(sheet, "Kode Desa/Kelurahan")[1]
    assert kode.data_type == "s"
    sk = row_after(sheet, "Tanggal SK Pokja")[1]
    assert (sk.value.date(), sk.number_format) == (dt.date(2024, 7, 2), "DD/MM/YYYY")
    figures = {label: row_after(sheet, label) for label in (
        "Status ODF (Stop BABS)", "Akses jamban layak (% KK)", "Desa STBM",
        "Skor kesiapan penilaian KKS", "Kegiatan terlaksana", "Anggota Pokja")}
    assert [c.value for c in figures["Status ODF (Stop BABS)"]] == [
        "Terverifikasi", "sejak 1 Maret 2025"]
    akses, note = figures["Akses jamban layak (% KK)"]
    assert (akses.value, akses.number_format, note.value) == (
        pytest.approx(0.95), "0.0%", "laporan Oktober 2025: 190 dari 200 KK tidak lagi BABS")
    skor = figures["Skor kesiapan penilaian KKS"][0]
    assert isinstance(skor.value, float) and 0 < skor.value < 100
    assert [c.value for c in figures["Kegiatan terlaksana"]] == [
        2, "1 di desa, 1 di tingkat kecamatan/kabupaten yang diikuti"]
    assert [c.value for c in figures["Anggota Pokja"]] == [2, "Ketua: Siti Aminah"]
    assert text[-7:] == [["Mengetahui,", "Silurah, " + "." * 36],
                         ["Kepala Desa Silurah", "Ketua Pokja Desa Sehat"], [], [], [], [],
                         [DOTS, "Siti Aminah"]]
    name = cell_with(sheet, "Siti Aminah")
    assert (name.font.b, name.font.u) == (True, "single")
    assert (sheet.page_setup.orientation, sheet.page_setup.fitToWidth) == ("landscape", 1)


def test_no_cell_carries_the_day_of_export(ws: Workspace, contoh: Contoh, tmp_path: Path) -> None:
    today = dt.date.today()
    for kode in ([SILURAH], [SILURAH, SODONG]):
        values = [v for row in lines(ringkasan(ws, kode, tmp_path / "x.xlsx")) for v in row]
        texts = [v for v in values if isinstance(v, str)]
        assert not [t for t in texts if today.strftime("%d/%m/%Y") in t
                    or tanggal_panjang(today) in t]
        assert not [v for v in values if isinstance(v, dt.date) and v.timetuple()[:3]
                    == today.timetuple()[:3]]


def test_the_period_comes_from_the_data_and_a_missing_ketua_is_left_to_write(
        ws: Workspace, contoh: Contoh, tmp_path: Path) -> None:
    sheet = ringkasan(ws, [SODONG], tmp_path / "sodong.xlsx")
    text = lines(sheet)
    assert text[5] == ["Keadaan s.d. Juni 2025"]  # its latest session; it has no reports
    assert [c.value for c in row_after(sheet, "Akses jamban layak (% KK)")] == [
        "–", "belum ada laporan sanitasi"]
    assert [c.value for c in row_after(sheet, "Tanggal SK Pokja")] == [":", "–"]
    assert [c.value for c in row_after(sheet, "Anggota Pokja")] == [0, "ketua belum tercatat"]
    assert text[-1] == [DOTS, DOTS]


def test_several_desa_one_row_each_with_jumlah_and_the_forum_signers(
        ws: Workspace, contoh: Contoh, tmp_path: Path) -> None:
    path = tmp_path / "dua.xlsx"
    sheet = ringkasan(ws, [SODONG, SILURAH], path)
    text = lines(sheet)
    assert text[:6] == [["PEMERINTAH KABUPATEN BATANG"], ["KECAMATAN WONOTUNGGAL"], [],
                        ["LAPORAN POKJA DESA SEHAT"],
                        ["2 desa/kelurahan, Kecamatan Wonotunggal, Kabupaten Batang"],
                        ["Keadaan s.d. Oktober 2025"]]
    assert text[7:11] == [["Kecamatan", ": Wonotunggal"], ["Kabupaten/Kota", ": Kabupaten Batang"],
                          ["Provinsi", ": Jawa Tengah"], ["Jumlah desa/kelurahan", ": 2"]]
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Ringkasan").to_python()
    header = next(i for i, r in enumerate(rows) if r[0] == "No")
    assert rows[header][1:] == ["Kode Desa", "Desa/Kelurahan", "Kecamatan", "Status ODF",
                                "% Akses Layak", "Desa STBM", "Skor Kesiapan", "Kegiatan",
                                "Anggota Pokja", "SK Pokja"]
    silurah, sodong, total = rows[header + 1: header + 4]
    assert silurah[:6] + silurah[8:] == [1.0, "33.25.01.2001", "Silurah", "Wonotunggal",
                                         "Terverifikasi", 0.95, 2.0, 2.0, "141/05/2024, 02/07/2024"]
    assert sodong[:6] + sodong[8:] == [2.0, "33.25.01.2002", "Sodong", "Wonotunggal",
                                       "Belum ODF", "", 2.0, 0.0, ""]
    assert total[1] == "JUMLAH"
    assert total[4:6] + total[8:] == ["0 desa ODF", 0.95, 3.0, 2.0, "1 desa ber-SK"]
    assert total[7] == pytest.approx((silurah[7] + sodong[7]) / 2)
    assert sheet.print_title_rows == f"${header + 1}:${header + 1}"
    assert text[-7:] == [["Mengetahui,", "Wonotunggal, " + "." * 36],
                         ["Camat Wonotunggal", "Ketua Forum Kecamatan Sehat Wonotunggal"],
                         [], [], [], [], [DOTS, DOTS]]
