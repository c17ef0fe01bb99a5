"""Cells read back from workbooks: tolerant of how people type, strict about what is not a value."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kks_desktop.domain.lembar import JenisKolom as J
from kks_desktop.domain.lembar import Kolom
from kks_desktop.domain.sel import angka_dari_teks, baca_sel, normal_judul

TANGGAL = Kolom("tanggal", "Tanggal", J.TANGGAL)
BULAT = Kolom("jumlah", "Jumlah", J.BULAT)
DESIMAL = Kolom("nilai", "Nilai", J.DESIMAL)
KODE = Kolom("kode", "Kode Desa", J.KODE, wajib=True)
BULAN = Kolom("periode", "Periode", J.BULAN)
PILIHAN = Kolom("status", "Status", J.PILIHAN, pilihan=(("belum", "Belum"), ("selesai", "Selesai")))
DAFTAR = Kolom("materi", "Materi", J.DAFTAR)


@pytest.mark.parametrize("typed", [dt.date(2023, 11, 13), dt.datetime(2023, 11, 13, 8, 30), "13/11/2023",
                                   "13-11-2023", "13 November 2023", "13 Nov 2023", "2023-11-13",
                                   45243, 45243.0])
def test_dates_as_people_type_them(typed: object) -> None:
    assert baca_sel(TANGGAL, typed) == (dt.date(2023, 11, 13), None)


@pytest.mark.parametrize("typed", ["32/13/2023", "besok", 45243.5, True, -3])
def test_what_is_not_a_date_is_a_problem_naming_the_text(typed: object) -> None:
    value, problem = baca_sel(TANGGAL, typed)
    assert value is None
    assert problem is not None and problem.code == "sel_bukan_tanggal"
    assert problem.field == "tanggal"
    assert problem.param("teks") == str(typed)


@pytest.mark.parametrize(("typed", "expected"), [
    ("1.234", 1234), ("1.234.567", 1234567), ("12", 12), (12.0, 12), ("  7 ", 7), ("1.234,0", 1234)])
def test_whole_numbers_with_indonesian_grouping(typed: object, expected: int) -> None:
    assert baca_sel(BULAT, typed) == (expected, None)


@pytest.mark.parametrize(("typed", "code"), [("12,5", "sel_bukan_bulat"), ("dua", "sel_bukan_angka"),
                                             ("1,2,3", "sel_bukan_angka"), (dt.date(2020, 1, 1),
                                                                            "sel_bukan_angka")])
def test_numbers_that_do_not_fit(typed: object, code: str) -> None:
    value, problem = baca_sel(BULAT, typed)
    assert value is None and problem is not None and problem.code == code


@pytest.mark.parametrize(("typed", "expected"), [("85,5", 85.5), ("85.5", 85.5), (85.5, 85.5),
                                                 ("1.234,5", 1234.5), ("90", 90.0)])
def test_decimals_with_either_mark(typed: object, expected: float) -> None:
    assert baca_sel(DESIMAL, typed) == (expected, None)


def test_numbers_round_trip_through_indonesian_text() -> None:
    @given(st.integers(min_value=0, max_value=10**12))
    def check(n: int) -> None:
        grouped = f"{n:,}".replace(",", ".")
        assert angka_dari_teks(grouped) == n
    check()


@pytest.mark.parametrize(("typed", "expected"), [
    ("33.25.01.2001", "33.25.01.2001"), (3325012001, "33.25.01.2001"), (332501, "33.25.01"),
    ("3325", "33.25"), (" 33.25.01.2001 ", "33.25.01.2001")])
def test_codes_keep_or_regain_their_dots(typed: object, expected: str) -> None:
    assert baca_sel(KODE, typed) == (expected, None)


def test_a_blank_required_cell_is_a_problem_and_a_blank_optional_cell_is_empty() -> None:
    value, problem = baca_sel(KODE, "   ")
    assert value is None and problem is not None and problem.code == "wajib"
    assert baca_sel(TANGGAL, None) == (None, None)
    assert baca_sel(DAFTAR, None) == ((), None)


@pytest.mark.parametrize("typed", ["01/2025", "1/2025", "2025-01", "Januari 2025", "jan 2025",
                                   dt.date(2025, 1, 17)])
def test_reporting_months(typed: object) -> None:
    assert baca_sel(BULAN, typed) == ("2025-01", None)


def test_choices_by_label_or_stored_value_in_any_case() -> None:
    assert baca_sel(PILIHAN, "SELESAI") == ("selesai", None)
    assert baca_sel(PILIHAN, "belum") == ("belum", None)
    value, problem = baca_sel(PILIHAN, "Tertunda")
    assert value is None and problem is not None
    assert problem.code == "sel_bukan_pilihan" and problem.param("pilihan") == "Belum, Selesai"


def test_lists_one_item_per_line() -> None:
    assert baca_sel(DAFTAR, "Lima pilar\r\n\n  Pemicuan  \n") == (("Lima pilar", "Pemicuan"), None)


def test_headers_compared_without_case_or_punctuation() -> None:
    assert normal_judul("  No.  KK ") == "no kk"
    assert normal_judul("Instansi/Unsur") == "instansi unsur"
    assert normal_judul(None) == ""
