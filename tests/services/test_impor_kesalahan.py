"""A workbook with mistakes: each named at its place, nothing written, valid rows on request, annotated."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from impor_bantu import (
    build_source,
    cell,
    copy_of,
    dump,
    edit,
    empty_target,
    export,
    first_row,
    header_map,
    rows_where,
)
from openpyxl import Workbook, load_workbook
from python_calamine import CalamineWorkbook

from kks_desktop.domain.errors import ImportBlocked
from kks_desktop.domain.sinkron import Kelas
from kks_desktop.messages import describe
from kks_desktop.messages_excel import hasil_impor_text, masalah_text, ringkasan_rencana
from kks_desktop.services.impor_anotasi import KOLOM_KESALAHAN, SHEET_DAFTAR, simpan_anotasi
from kks_desktop.services.impor_buku import rencanakan
from kks_desktop.services.impor_terap import terapkan
from kks_desktop.services.workspace import Workspace


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_source(tmp_path_factory.mktemp("sumber"))


@pytest.fixture(scope="module")
def salah(source: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Silurah's workbook with five mistakes, one in each of five sheets."""
    folder = tmp_path_factory.mktemp("salah")
    with copy_of(source, folder) as ws:
        path = export(ws, folder)
    book = load_workbook(path)
    prepost = {str(c.value) for c in book["Pre-Post"]["J"]}
    peserta = book["Peserta"]
    header, names = header_map(peserta)
    # A participant that has no Pre-Post row, so nothing else hangs on the broken row.
    orang = next(r for r in range(header + 1, peserta.max_row + 1)
                 if peserta.cell(r, names["uuid"]).value not in prepost
                 and peserta.cell(r, names["Nama"]).value)
    pemicuan = rows_where(book["Jalur ODF"], "Tahap", "Pemicuan")[0]
    sanitasi, anggota, rtl = (first_row(path, s) for s in ("Sanitasi", "Anggota Pokja", "RTL"))
    aman = cell(path, "Sanitasi", sanitasi, "Akses aman")
    edit(path, [("Peserta", orang, "Tanggal Kegiatan", "32/13/2023"),
                ("Sanitasi", sanitasi, "Akses aman", aman + 5),
                ("Anggota Pokja", anggota + 2, "Kode Desa", "33.25.01.2999"),
                ("RTL", rtl + 1, "Status", "Tertunda"),
                ("Jalur ODF", pemicuan, "Tanggal", None)])
    total = cell(path, "Sanitasi", sanitasi, "Total KK")
    return {"path": path, "rows": [("Anggota Pokja", anggota + 2), ("Sanitasi", sanitasi),
                                   ("Jalur ODF", pemicuan), ("Peserta", orang), ("RTL", rtl + 1)],
            "sum": (total + 5, total), "source": source}


_TABLE = {"Anggota Pokja": "pokja_anggota", "Sanitasi": "laporan_sanitasi",
          "Jalur ODF": "odf_event", "Peserta": "kegiatan_peserta", "RTL": "kegiatan_rtl"}


def _ribuan(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _stored(ws: Workspace, table: str, uuid: str) -> int:
    return int(ws.desa.db.execute(f"SELECT count(*) FROM {table} WHERE uuid = ?",
                                  [uuid]).fetchone()[0])


@pytest.fixture
def here(salah: dict[str, Any], tmp_path: Path) -> Iterator[Workspace]:
    """A workspace already holding what the workbook came from."""
    with copy_of(salah["source"], tmp_path) as ws:
        yield ws


def test_five_mistakes_give_five_messages_naming_sheet_row_and_column(
        here: Workspace, salah: dict[str, Any]) -> None:
    rencana = rencanakan(here, salah["path"])
    (anggota, sanitasi, odf, peserta, rtl) = (row for _, row in salah["rows"])
    jumlah, total = salah["sum"]
    assert [masalah_text(m) for m in rencana.masalah] == [
        f"Sheet Anggota Pokja, baris {anggota}, kolom Kode Desa: desa 33.25.01.2999 tidak "
        "terdaftar di sini dan tidak ada di sheet Desa dan Pokja",
        f"Sheet Sanitasi, baris {sanitasi}, kolom Total KK: jumlah tangga akses "
        f"({_ribuan(jumlah)}) tidak sama dengan total KK ({_ribuan(total)})",
        f"Sheet Jalur ODF, baris {odf}, kolom Tanggal: wajib diisi",
        f"Sheet Peserta, baris {peserta}, kolom Tanggal Kegiatan: bukan tanggal (“32/13/2023”); "
        "tulis misalnya 13/11/2023 atau 13 November 2023",
        f"Sheet RTL, baris {rtl}, kolom Status: “Tertunda” tidak ada dalam pilihan "
        "(Belum, Berjalan, Selesai, Batal)",
    ]
    assert [m.letak.huruf for m in rencana.masalah] == ["B", "F", "E", "C", "L"]
    assert rencana.baris_ditolak() == salah["rows"]
    assert ringkasan_rencana(rencana).endswith("; 5 kesalahan")


def test_nothing_is_written_while_errors_remain(here: Workspace, salah: dict[str, Any]) -> None:
    before = dump(here)
    rencana = rencanakan(here, salah["path"])
    assert dump(here) == before
    with pytest.raises(ImportBlocked) as blocked:
        terapkan(here, rencana)
    assert blocked.value.count == 5
    assert describe(blocked.value).startswith("Buku kerja masih berisi 5 kesalahan; tidak ada")
    assert dump(here) == before
    assert list(here.path.parent.glob("cadangan*/*sebelum-impor*")) == []


def test_valid_rows_only_writes_the_rest_and_lists_the_rows_left_out(
        salah: dict[str, Any], tmp_path: Path) -> None:
    with empty_target(tmp_path) as target:
        rencana = rencanakan(target, salah["path"])
        hasil = terapkan(target, rencana, hanya_baris_sah=True, cadangkan=False)
        assert hasil.dilewati == tuple(salah["rows"])
        accepted = [c for c in rencana.catatan if (c.lembar, c.baris) not in salah["rows"]]
        assert hasil.ditulis == len(accepted) == len(rencana.catatan)
        assert hasil.hasil == "diterima"
        assert hasil.jumlah[Kelas.BARU] == hasil.ditulis
        text = hasil_impor_text(hasil)
        assert text.startswith(f"Tersimpan {hasil.ditulis} catatan ({hasil.ditulis} baru).")
        anggota, sanitasi, odf, peserta, rtl = (row for _, row in salah["rows"])
        assert text.endswith(f"5 baris dilewati karena berisi kesalahan: Anggota Pokja baris "
                             f"{anggota}; Sanitasi baris {sanitasi}; Jalur ODF baris {odf}; "
                             f"Peserta baris {peserta}; RTL baris {rtl}.")
        # Each row left out is not here; the row after it (or before it) is.
        for sheet, row in salah["rows"]:
            table = _TABLE[sheet]
            assert _stored(target, table, cell(salah["path"], sheet, row, "uuid")) == 0, sheet
            other = row + 1 if cell(salah["path"], sheet, row + 1, "uuid") else row - 1
            assert _stored(target, table, cell(salah["path"], sheet, other, "uuid")) == 1, sheet
        again = rencanakan(target, salah["path"])
        assert {c.perbandingan.kelas for c in again.catatan} == {Kelas.SAMA}


def test_the_annotated_copy_marks_each_bad_cell_and_lists_the_messages(
        here: Workspace, salah: dict[str, Any], tmp_path: Path) -> None:
    rencana = rencanakan(here, salah["path"])
    target = simpan_anotasi(rencana, tmp_path / "catatan.xlsx")
    book = load_workbook(target)
    for m in rencana.masalah:
        sheet, row = m.letak.lembar, m.letak.baris
        found = book[sheet][f"{m.letak.huruf}{row}"]
        assert found.fill.fgColor.rgb == "00FFC7CE", (sheet, row)
        assert found.comment is not None and masalah_text(m).split(": ", 1)[1] in found.comment.text
        _, names = header_map(book[sheet])
        assert names[KOLOM_KESALAHAN] == book[sheet].max_column
        note = book[sheet].cell(row, names[KOLOM_KESALAHAN]).value
        assert note == f"{m.letak.kolom}: {masalah_text(m).split(': ', 1)[1]}"
    assert book.sheetnames[0] == SHEET_DAFTAR
    listed = CalamineWorkbook.from_path(str(target)).get_sheet_by_name(SHEET_DAFTAR).to_python()
    assert [f"{a}: {b}" for a, b in listed[1:]] == [masalah_text(m) for m in rencana.masalah]
    # The original is untouched, and the copy still reads as the same workbook.
    assert load_workbook(salah["path"])["Peserta"].max_column < book["Peserta"].max_column
    assert [masalah_text(m) for m in rencanakan(here, target).masalah] == [
        masalah_text(m) for m in rencana.masalah]


def test_rows_needing_a_new_parent_with_errors_are_left_out_with_it(tmp_path: Path) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in {
        "Desa dan Pokja": [["Kode Desa", "Jumlah KK"], ["33.25.01.2001", "banyak"],
                           ["33.25.01.2002", 900]],
        "Anggota Pokja": [["Kode Desa", "Nama", "Jabatan"], ["33.25.01.2001", "Siti", "Ketua"],
                          ["33.25.01.2002", "Budi", "Ketua"]],
        "Kegiatan": [["Judul Kegiatan", "Jenis", "Tanggal Mulai", "Kode Wilayah", "Batas Lulus"],
                     ["Rapat A", "Rapat Pokja", "01/02/2025", "33.25.01.2002", 150],
                     ["Rapat B", "Rapat Pokja", "02/02/2025", "33.25.01.2002", 70]],
        "Peserta": [["Kegiatan", "Tanggal Kegiatan", "Nama"], ["Rapat A", "01/02/2025", "Budi"],
                    ["Rapat B", "02/02/2025", "Budi"]],
    }.items():
        sheet = wb.create_sheet(name)
        for row in rows:
            sheet.append(row)
    path = tmp_path / "isian.xlsx"
    wb.save(path)
    with empty_target(tmp_path) as target:
        rencana = rencanakan(target, path)
        assert [masalah_text(m) for m in rencana.masalah] == [
            "Sheet Desa dan Pokja, baris 2, kolom Jumlah KK: “banyak” bukan bilangan bulat "
            "(contoh: 1.234)",
            "Sheet Kegiatan, baris 2, kolom Batas Lulus: nilai harus antara 0 dan 100"]
        hasil = terapkan(target, rencana, hanya_baris_sah=True, cadangkan=False)
        assert hasil.dilewati == (("Desa dan Pokja", 2), ("Anggota Pokja", 2), ("Kegiatan", 2),
                                  ("Peserta", 2))
        assert [str(d.kode) for d in target.desa.desa_list()] == ["33.25.01.2002"]
        assert [(k.judul, k.peserta) for k in target.kegiatan.ringkasan()] == [("Rapat B", 1)]
