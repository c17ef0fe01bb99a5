"""The Batang demo (248 desa) exported: one workbook read back sheet by sheet gives exactly the rows
the workspace has, with codes as text and dates as dates; one workbook per desa of a kecamatan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from python_calamine import CalamineWorkbook

from kks_desktop.domain.impor_baris import read_rows
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.peserta import kunci_nama
from kks_desktop.domain.sinkron import nilai_tukar
from kks_desktop.services import lembar_desa
from kks_desktop.services.buku_desa import (
    HasilEkspor,
    desa_dalam_lingkup,
    ekspor_desa,
    ekspor_per_desa,
)
from kks_desktop.services.buku_desa_baris import baris_buku, kunci_baris
from kks_desktop.services.demo import build_demo
from kks_desktop.services.excel_baca import BukuMentah, read_workbook
from kks_desktop.services.sanitasi_summary import ringkasan
from kks_desktop.services.workspace import Workspace

WONOTUNGGAL = KodeWilayah.parse("33.25.01")


@pytest.fixture(scope="module")
def batang(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    ws = Workspace.open(tmp_path_factory.mktemp("batang") / "kks.db")
    build_demo(ws, KodeWilayah.parse("33.25"))
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def semua(batang: Workspace, tmp_path_factory: pytest.TempPathFactory
          ) -> tuple[HasilEkspor, BukuMentah, dict[str, list[dict[str, Any]]]]:
    codes = desa_dalam_lingkup(batang)
    result = ekspor_desa(batang, codes, tmp_path_factory.mktemp("semua") / "batang.xlsx")
    return result, read_workbook(result.path), baris_buku(batang, codes)


@pytest.mark.parametrize("sheet", [s.nama for s in lembar_desa.data_sheets()])
def test_every_sheet_reads_back_as_the_rows_of_the_workspace(
        semua: tuple[HasilEkspor, BukuMentah, dict[str, list[dict[str, Any]]]],
        sheet: str) -> None:
    result, book, rows = semua
    lembar = next(s for s in lembar_desa.data_sheets() if s.nama == sheet)
    read = read_rows(sheet, book.lembar[sheet], lembar)
    assert read.semua_masalah() == []
    assert [kunci_baris(lembar, b.nilai) for b in read.baris] == [
        kunci_baris(lembar, r) for r in rows[sheet]]
    assert [nilai_tukar(lembar, b.nilai) for b in read.baris] == [
        nilai_tukar(lembar, r) for r in rows[sheet]]
    assert len(read.baris) == result.baris[sheet] == int(book.meta[f"baris:{sheet}"])


def test_the_whole_kabupaten_in_one_workbook(
        batang: Workspace,
        semua: tuple[HasilEkspor, BukuMentah, dict[str, list[dict[str, Any]]]]) -> None:
    result, _book, rows = semua
    assert len(result.desa_kode) == 248 and result.baris["Desa dan Pokja"] == 248
    assert result.baris["Kesiapan"] == 248 * 11
    assert result.baris["Kegiatan"] == len(batang.kegiatan.ringkasan())  # every demo session
    calamine = CalamineWorkbook.from_path(str(result.path))
    sanitasi = calamine.get_sheet_by_name("Sanitasi").to_python()
    head = sanitasi[3]
    first = dict(zip(head, sanitasi[4], strict=True))
    assert (first["Kode Desa"], first["Periode"]) == ("33.25.01.2001", rows["Sanitasi"][0]["periode"][5:]
                                                      + "/" + rows["Sanitasi"][0]["periode"][:4])
    assert all(isinstance(r[head.index("Kode Desa")], str) and r[head.index("Kode Desa")].count(".") == 3
               for r in sanitasi[4:])
    kegiatan = calamine.get_sheet_by_name("Kegiatan").to_python()
    column = kegiatan[3].index("Tanggal Mulai")
    assert all(isinstance(r[column], dt.date) for r in kegiatan[4:-1])
    sheet = calamine.get_sheet_by_name("Ringkasan").to_python()
    texts = [[v for v in r if v != ""] for r in sheet]
    assert texts[:1] == [["PEMERINTAH KABUPATEN BATANG"]]
    assert ["248 desa/kelurahan, Kabupaten Batang"] in texts
    total = next(r for r in sheet if r[1] == "JUMLAH")
    assert total[4] == f"{ringkasan(batang).total.desa_odf} desa ODF"
    assert ["Ketua Tim Pembina Kabupaten Batang Sehat", "Ketua Forum Kabupaten Batang Sehat"] in texts


def test_one_workbook_per_desa_of_a_kecamatan(batang: Workspace, tmp_path: Path) -> None:
    codes = [d.kode for d in batang.desa.desa_list(WONOTUNGGAL)]
    seen: list[tuple[int, int]] = []
    results = ekspor_per_desa(batang, codes, tmp_path, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(n, 15) for n in range(1, 16)]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(r.path.name for r in results)
    assert [r.desa_kode[0] for r in results] == [str(k) for k in codes]
    orientasi = next(k for k in batang.kegiatan.ringkasan() if k.jenis == "orientasi_kks")
    people = batang.kegiatan.get(orientasi.uuid).peserta
    for kode, result in zip(codes, results, strict=True):
        # The desa's own people, and those without a desa bearing one of its members' names
        # (the readiness rule counts them as the member).
        members = {kunci_nama(m.nama) for m in batang.pokja.pokja_for(kode).anggota}
        expected = [p.uuid for p in people if p.desa_kode == str(kode)
                    or (not p.desa_kode and kunci_nama(p.nama) in members)]
        book = read_workbook(result.path)
        read = read_rows("Peserta", book.lembar["Peserta"], lembar_desa.peserta())
        carried = [b.nilai["uuid"] for b in read.baris if b.nilai["kegiatan_uuid"] == orientasi.uuid]
        assert sorted(carried) == sorted(expected), kode
        assert book.meta["desa_kode"] == result.desa_kode[0]
    assert any(p.desa_kode.startswith("33.25.01.") for p in people)


def test_exporting_a_kecamatan_twice_gives_the_same_cells(batang: Workspace, tmp_path: Path) -> None:
    codes = [d.kode for d in batang.desa.desa_list(WONOTUNGGAL)]
    first = ekspor_desa(batang, codes, tmp_path / "a.xlsx").path
    second = ekspor_desa(batang, codes, tmp_path / "b.xlsx").path
    a, b = (CalamineWorkbook.from_path(str(p)) for p in (first, second))
    assert a.sheet_names == b.sheet_names
    for name in a.sheet_names[:-1]:
        assert a.get_sheet_by_name(name).to_python() == b.get_sheet_by_name(name).to_python(), name
