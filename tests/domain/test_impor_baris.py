"""Sheets read against their shape: header found anywhere near the top, problems tied to their cells."""

from __future__ import annotations

import datetime as dt

from kks_desktop.domain.impor_baris import column_letter, find_header, read_rows
from kks_desktop.domain.lembar import JenisKolom as J
from kks_desktop.domain.lembar import Kolom, Lembar

SHEET = Lembar("Peserta", "DAFTAR HADIR", (
    Kolom("uuid", "uuid", J.UUID),
    Kolom("nama", "Nama", wajib=True, sinonim=("nama peserta",)),
    Kolom("tanggal", "Tanggal Kegiatan", J.TANGGAL, wajib=True),
    Kolom("nilai", "Nilai", J.DESIMAL),
    Kolom("selisih", "Selisih", J.DESIMAL, baca=False),
))


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 51, 52, 701, 702)] == [
        "A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]


def test_the_header_is_found_below_title_rows_in_any_case_and_order() -> None:
    rows = [("DAFTAR HADIR",), ("Desa X",), (), ("No", "TANGGAL  kegiatan", "nama peserta", "Lain")]
    header, mapping = find_header(rows, SHEET)
    assert header == 3
    assert {i: k.kunci for i, k in mapping.items()} == {1: "tanggal", 2: "nama"}


def test_rows_are_read_with_their_excel_numbers_skipping_blanks_totals_and_notes() -> None:
    rows = [("DAFTAR HADIR",), (), ("No", "Nama", "Tanggal Kegiatan", "Nilai", "Selisih", "uuid"),
            (1, "Siti", "16/09/2025", "85,5", 99, "U1"),
            (None, None, None, None, None, None),
            (2, "Budi", dt.datetime(2025, 9, 16), None, None, None),
            (None, "JUMLAH", None, 85.5, None, None),
            ("Catatan: nilai dari panitia",)]
    sheet = read_rows("Peserta", rows, SHEET)
    assert sheet.baris_header == 3
    assert sheet.huruf == {"nama": "B", "tanggal": "C", "nilai": "D", "selisih": "E", "uuid": "F"}
    assert [(b.nomor, b.nilai) for b in sheet.baris] == [
        (4, {"nama": "Siti", "tanggal": dt.date(2025, 9, 16), "nilai": 85.5, "uuid": "u1"}),
        (6, {"nama": "Budi", "tanggal": dt.date(2025, 9, 16), "nilai": None, "uuid": ""})]
    assert sheet.semua_masalah() == []


def test_each_bad_cell_is_one_problem_at_its_row_and_column() -> None:
    rows = [("No", "Nama", "Tanggal Kegiatan", "Nilai"),
            (1, "Siti", "32/13/2025", "tinggi"),
            (2, None, "16/09/2025", 70)]
    sheet = read_rows("Peserta", rows, SHEET, first_row_number=1)
    found = [(m.letak.lembar, m.letak.baris, m.letak.kolom, m.letak.huruf, m.problem.code)
             for m in sheet.semua_masalah()]
    assert found == [("Peserta", 2, "Tanggal Kegiatan", "C", "sel_bukan_tanggal"),
                     ("Peserta", 2, "Nilai", "D", "sel_bukan_angka"),
                     ("Peserta", 3, "Nama", "B", "wajib")]
    assert [b.ok for b in sheet.baris] == [False, False]


def test_a_missing_required_column_is_said_once_for_the_sheet() -> None:
    rows = [("No", "Nama", "Nilai"), (1, "Siti", 80), (2, "Budi", 70)]
    sheet = read_rows("Peserta", rows, SHEET)
    assert [(m.letak.baris, m.letak.kolom, m.problem.code) for m in sheet.semua_masalah()] == [
        (1, "Tanggal Kegiatan", "kolom_hilang")]
    assert sheet.baris == []


def test_a_sheet_without_a_recognisable_header() -> None:
    sheet = read_rows("Peserta", [("a", "b"), (1, 2)], SHEET)
    assert [(m.letak.lembar, m.problem.code) for m in sheet.masalah] == [("Peserta", "tanpa_header")]
