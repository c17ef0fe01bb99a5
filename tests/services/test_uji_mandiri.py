"""The self-test behind `--self-test`: what it goes through, and the step it names when one fails."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from kks_desktop import paths
from kks_desktop.domain.errors import ReferenceDataInvalid
from kks_desktop.services import buku_desa, kesiapan_service, lembar_desa, reference
from kks_desktop.services import uji_mandiri as uji
from kks_desktop.services.workspace import Workspace
from kks_desktop.store.schema import SCHEMA_VERSION

SHIPPED = paths.resources_dir()
LOADERS = (reference.tatanan_list, reference.aturan_sanitasi, reference.penghargaan,
           reference.acuan_kegiatan, kesiapan_service._muat)


@pytest.fixture
def resources_at(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """`resources_at(folder)` makes the program read its resources from `folder`, uncached."""

    def use(folder: Path) -> None:
        monkeypatch.setattr(paths, "resources_dir", lambda: folder)
        for loader in LOADERS:
            loader.cache_clear()

    yield use
    for loader in LOADERS:
        loader.cache_clear()


def test_a_fresh_folder_goes_through_every_step(tmp_path: Path) -> None:
    hasil = uji.uji_mandiri(tmp_path)

    assert (hasil.skema, hasil.provinsi, hasil.kecamatan, hasil.desa) == (
        SCHEMA_VERSION, 38, "Wonotunggal", 15)
    assert hasil.daftar_periksa == len(list((SHIPPED / "checklists").glob("*.json"))) > 0
    assert list(hasil.baris_per_lembar) == [s.nama for s in lembar_desa.data_sheets()]
    assert all(n > 0 for n in hasil.baris_per_lembar.values())
    assert hasil.baris == sum(hasil.baris_per_lembar.values())
    assert 0 < hasil.catatan <= hasil.baris
    assert (tmp_path / "data-kk.xlsx").is_file()
    workbook = tmp_path / "Laporan Pokja Desa Sehat 33.25.01 Wonotunggal.xlsx"
    assert workbook.is_file()
    with Workspace.open(tmp_path / "kks.db") as ws:
        names = [d.nama for d in ws.desa.desa_list()]
        sent = ws.pertukaran.exports()
        assert hasil.kk == ws.rumah_tangga.jumlah() > 10_000
    assert len(names) == 15 and names[0] == "Silurah"
    assert sorted((e.jenis, e.nama_berkas, len(e.desa_kode)) for e in sent) == [
        ("buku_desa", workbook.name, 15), ("data_kk", "data-kk.xlsx", 15)]


def test_missing_resources_fail_the_reference_step_naming_the_file(tmp_path: Path,
                                                                    resources_at) -> None:
    resources_at(tmp_path / "kosong")

    with pytest.raises(uji.UjiGagal) as failed:
        uji.uji_mandiri(tmp_path)

    assert failed.value.langkah == uji.ACUAN
    assert isinstance(failed.value.sebab, ReferenceDataInvalid)
    assert failed.value.sebab.file == reference.TATANAN_FILE


def test_no_checklist_definitions_fail_the_reference_step(tmp_path: Path, resources_at) -> None:
    copy = tmp_path / "resources"
    shutil.copytree(SHIPPED / "reference", copy / "reference")
    resources_at(copy)

    with pytest.raises(uji.UjiGagal) as failed:
        uji.uji_mandiri(tmp_path / "uji")

    assert (failed.value.langkah, failed.value.kode) == (uji.ACUAN, "daftar_periksa")
    assert (failed.value.rincian["berkas"], failed.value.rincian["dimuat"]) == (0, 0)


def test_a_workbook_that_reads_back_different_fails_the_read_back(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    export = buku_desa.ekspor_desa

    def export_then_edit(ws, kode, target):  # a cell changed on the way, as a bad disk would
        result = export(ws, kode, target)
        wb = openpyxl.load_workbook(target)
        sheet = wb[lembar_desa.SHEET_DESA]
        header = next(r for r in range(1, 10) if sheet.cell(r, 1).value == "No")
        column = next(c for c in range(1, sheet.max_column + 1)
                      if sheet.cell(header, c).value == "Jumlah KK")
        sheet.cell(header + 1, column).value += 1
        wb.save(target)
        return result

    monkeypatch.setattr(uji, "ekspor_desa", export_then_edit)

    with pytest.raises(uji.UjiGagal) as failed:
        uji.uji_mandiri(tmp_path)

    assert (failed.value.langkah, failed.value.kode) == (uji.BACA_ULANG, "tidak_sama")
    assert failed.value.rincian["kelas"] == {"berubah": 1}
