"""Workbook files: hostile ones refused before parsing, written ones never half present under their name."""

from __future__ import annotations

import hashlib
import os
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kks_desktop.domain.errors import WorkbookUnreadable
from kks_desktop.services.excel_baca import check_file, read_workbook
from kks_desktop.services.excel_tulis import new_workbook, put_text, save_atomically, write_meta


def _workbook(path: Path) -> Path:
    wb = new_workbook()
    ws = wb.create_sheet("Data")
    put_text(ws, 1, 1, "Nama")
    put_text(ws, 2, 1, '=HYPERLINK("http://contoh.invalid","klik")')
    put_text(ws, 3, 1, "+62 812")
    put_text(ws, 4, 1, "Budi\x00\x07 Santoso")
    write_meta(wb, {"format": "uji", "versi": "1"})
    save_atomically(wb, path)
    return path


def _reason(path: Path, **limits: int) -> str:
    with pytest.raises(WorkbookUnreadable) as caught:
        check_file(path, **limits)
    return caught.value.reason


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "a.xlsx")
    ws = load_workbook(path)["Data"]
    assert [(c.value, c.data_type) for c in ws["A"]] == [
        ("Nama", "s"), ('=HYPERLINK("http://contoh.invalid","klik")', "s"), ("+62 812", "s"),
        ("Budi Santoso", "s")]
    assert ws["A2"].quotePrefix and ws["A3"].quotePrefix and not ws["A1"].quotePrefix
    raw = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in raw


def test_the_meta_sheet_is_hidden_and_read_back(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "a.xlsx")
    assert load_workbook(path)["_meta"].sheet_state == "hidden"
    found = read_workbook(path)
    assert found.meta == {"format": "uji", "versi": "1"}
    assert list(found.lembar) == ["Data"]


def test_saving_returns_the_checksum_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    wb = new_workbook()
    wb.create_sheet("Data")
    digest = save_atomically(wb, tmp_path / "sub" / "b.xlsx")
    assert digest == hashlib.sha256((tmp_path / "sub" / "b.xlsx").read_bytes()).hexdigest()
    assert [p.name for p in (tmp_path / "sub").iterdir()] == ["b.xlsx"]


def test_a_failure_before_the_rename_keeps_the_old_file_and_no_temporary_one(tmp_path: Path) -> None:
    target = _workbook(tmp_path / "c.xlsx")
    before = target.read_bytes()
    wb = new_workbook()
    wb.create_sheet("Baru")

    def power_cut(temp: Path) -> None:
        assert temp.exists() and temp.parent == target.parent
        raise OSError("disk penuh")

    with pytest.raises(OSError):
        save_atomically(wb, target, before_rename=power_cut)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["c.xlsx"]


def test_temporaries_left_by_a_killed_export_are_removed_by_the_next(tmp_path: Path) -> None:
    target = _workbook(tmp_path / "d.xlsx")
    stale = tmp_path / ".d.xlsx.4242.tmp"
    stale.write_bytes(b"PK half")
    fresh = tmp_path / ".d.xlsx.4343.tmp"  # another export writing right now
    fresh.write_bytes(b"PK busy")
    other = tmp_path / ".e.xlsx.4242.tmp"
    other.write_bytes(b"PK other")
    old = time.time() - 3600
    for path in (stale, other):
        os.utime(path, (old, old))
    wb = new_workbook()
    wb.create_sheet("Baru")
    save_atomically(wb, target)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".d.xlsx.4343.tmp", ".e.xlsx.4242.tmp",
                                                          "d.xlsx"]


def test_hostile_and_foreign_files_are_refused_before_parsing(tmp_path: Path) -> None:
    csv = tmp_path / "data.xlsx"
    csv.write_text("nama;umur\nSiti;30\n")
    assert _reason(csv) == "bukan_xlsx"
    ole = tmp_path / "sandi.xlsx"
    ole.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    assert _reason(ole) == "berkas_sandi"
    old = tmp_path / "lama.xls"
    old.write_bytes(ole.read_bytes())
    assert _reason(old) == "xls_lama"
    assert _reason(tmp_path / "tidak-ada.xlsx") == "tidak_ada"
    good = _workbook(tmp_path / "baik.xlsx")
    cut = tmp_path / "terpotong.xlsx"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    assert _reason(cut) in ("bukan_xlsx", "rusak")
    other_zip = tmp_path / "arsip.xlsx"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("foto.jpg", b"x")
    assert _reason(other_zip) == "bukan_xlsx"
    assert _reason(good, max_bytes=100) == "terlalu_besar"


def test_a_zip_bomb_is_refused_from_its_declared_sizes(tmp_path: Path) -> None:
    bomb = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (30 * 1024 * 1024))
    assert bomb.stat().st_size < 100_000
    with pytest.raises(WorkbookUnreadable) as caught:
        check_file(bomb, max_expanded=20 * 1024 * 1024)
    assert caught.value.reason == "bom" and caught.value.size > 30 * 1024 * 1024


def test_a_sheet_longer_than_the_limit_is_refused(tmp_path: Path) -> None:
    wb = new_workbook()
    ws = wb.create_sheet("Data")
    for row in range(1, 60):
        ws.cell(row=row, column=1, value=row)
    save_atomically(wb, tmp_path / "panjang.xlsx")
    with pytest.raises(WorkbookUnreadable) as caught:
        read_workbook(tmp_path / "panjang.xlsx", max_rows=50)
    assert caught.value.reason == "baris_terlalu_banyak"


def _with_sheet_xml(source: Path, target: Path, rewrite) -> Path:  # type: ignore[no-untyped-def]
    """A copy of `source` with its first worksheet's XML passed through `rewrite`."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for entry in old.infolist():
            data = old.read(entry)
            if entry.filename == "xl/worksheets/sheet1.xml":
                changed = rewrite(data.decode())
                assert changed != data.decode()
                data = changed.encode()
            new.writestr(entry, data)
    return target


def test_a_sheet_declaring_a_million_rows_is_refused_before_it_is_read(tmp_path: Path) -> None:
    good = _workbook(tmp_path / "baik.xlsx")
    huge = _with_sheet_xml(good, tmp_path / "sejuta.xlsx", lambda xml: xml.replace(
        '<dimension ref="A1:A4" />', '<dimension ref="A1:O1048576" />'))
    with pytest.raises(WorkbookUnreadable) as caught:
        read_workbook(huge)
    assert (caught.value.reason, caught.value.size) == ("baris_terlalu_banyak", 1048576)


def test_rows_are_counted_when_the_size_is_not_declared(tmp_path: Path) -> None:
    wb = new_workbook()
    ws = wb.create_sheet("Data")
    for row in range(1, 60):
        ws.cell(row=row, column=1, value=row)
    save_atomically(wb, tmp_path / "a.xlsx")
    bare = _with_sheet_xml(tmp_path / "a.xlsx", tmp_path / "tanpa-ukuran.xlsx",
                           lambda xml: xml.replace('<dimension ref="A1:A59" />', ""))
    assert read_workbook(bare, max_rows=60).lembar["Data"][58] == (59.0,)
    with pytest.raises(WorkbookUnreadable) as caught:
        read_workbook(bare, max_rows=50)
    assert (caught.value.reason, caught.value.size) == ("baris_terlalu_banyak", 59)


def test_rows_keep_their_excel_numbers_when_the_sheet_starts_lower(tmp_path: Path) -> None:
    wb = new_workbook()
    ws = wb.create_sheet("Data")
    put_text(ws, 3, 2, "Nama")
    save_atomically(wb, tmp_path / "b.xlsx")
    assert read_workbook(tmp_path / "b.xlsx").lembar["Data"] == [("", ""), ("", ""), ("", "Nama")]
