"""A workbook read in a child process gives what reading it here gives, and stops cleanly."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from kk_uji import buku_templat, rumah_tangga_acak, tulis_buku
from python_calamine import CalamineWorkbook

from kks_desktop.domain.errors import Cancelled, WorkbookUnreadable
from kks_desktop.services.buku_anak import BukuAnak, BukuAnakGagal
from kks_desktop.services.rumah_tangga_impor_baca import baca_kk


def test_the_child_hands_over_every_sheet_and_cell_as_calamine_reads_them(tmp_path):
    path = tulis_buku(tmp_path / "campur.xlsx", {
        "Satu": [["Nama", "Angka", "Tanggal"], ["Siti", 3, dt.date(2025, 10, 1)], [None, 2.5, None]],
        "Kosong": [],
        "Dua": [["x"]] * 4500,  # more than two batches
    })
    book = CalamineWorkbook.from_path(str(path))
    expected = {name: (tuple(s.start or (0, 0)), s.height, s.to_python())
                for name in book.sheet_names for s in [book.get_sheet_by_name(name)]}
    with BukuAnak(path) as buku:
        assert buku.sheet_names == ["Satu", "Kosong", "Dua"]
        got = {s.name: (s.start, s.height, list(s.iter_rows())) for s in buku.lembar()}
    assert got == expected


def test_rows_a_reader_leaves_are_skipped_to_the_next_sheet(tmp_path):
    path = tulis_buku(tmp_path / "tiga.xlsx", {"A": [["a"]] * 5000, "B": [["b"]], "C": [["c"]]})
    with BukuAnak(path) as buku:
        seen = []
        for sheet in buku.lembar():
            rows = sheet.iter_rows()
            seen.append((sheet.name, next(rows)))
    assert seen == [("A", ["a"]), ("B", ["b"]), ("C", ["c"])]


def test_a_register_read_in_the_child_equals_one_read_here(tmp_path):
    households = rumah_tangga_acak(random.Random(7), 600)
    path = buku_templat(tmp_path / "kk.xlsx", [("33.25.01.2001", "Silurah", rt) for rt in households],
                        per_lembar=250)
    here = baca_kk(path, di_anak=False, today=dt.date(2026, 1, 1))
    there = baca_kk(path, di_anak=True, today=dt.date(2026, 1, 1))
    assert there.nama_lembar == here.nama_lembar == ["Data KK", "Data KK (2)", "Data KK (3)"]
    assert there.baris == here.baris and len(there.baris) == 600
    assert there.masalah == here.masalah


def test_a_damaged_file_is_unreadable_through_the_child_too(tmp_path):
    path = tmp_path / "rusak.xlsx"
    path.write_bytes(b"PK\x03\x04 bukan buku kerja")
    with pytest.raises(BukuAnakGagal):
        BukuAnak(path)
    with pytest.raises(WorkbookUnreadable):
        baca_kk(path, di_anak=True)


def test_batal_stops_the_child(tmp_path):
    path = tulis_buku(tmp_path / "batal.xlsx", {"Data KK": [["Nama kepala keluarga"]] * 10})
    buku = BukuAnak(path)
    with buku:
        pass
    assert not buku._process.is_alive()
    with pytest.raises(Cancelled):
        baca_kk(path, di_anak=True, batal=lambda: True)
