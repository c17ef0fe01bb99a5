"""Consolidation: a folder of desa workbooks, one backup, each file on its own, a result per file."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from impor_bantu import (
    DATA_TABLES,
    SILURAH,
    build_source,
    copy_of,
    dump,
    edit,
    empty_target,
    first_row,
)

from kks_desktop.domain.errors import Cancelled
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.messages_excel import hasil_berkas_text
from kks_desktop.services import cadangan, desa_service
from kks_desktop.services.buku_desa import ekspor_per_desa
from kks_desktop.services.impor_folder import berkas_di, impor_folder

THREE = [KodeWilayah.parse(f"33.25.01.200{n}") for n in (1, 2, 3)]


@pytest.fixture(scope="module")
def kiriman(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Three desa workbooks in a folder, with an Excel lock file, a damaged file and a copy of
    the first workbook with a mistake in it."""
    root = tmp_path_factory.mktemp("kiriman")
    source = build_source(root)
    folder = root / "kirim"
    with copy_of(source, root) as ws:
        done = ekspor_per_desa(ws, THREE, folder)
    first = done[0].path
    (folder / f"~${first.name}").write_bytes(b"lock")
    (folder / "rusak.xlsx").write_bytes(b"PK\x03\x04" + bytes(300))
    wrong = shutil.copyfile(first, folder / "salah.xlsx")
    row = first_row(wrong, "Anggota Pokja")
    edit(wrong, [("Anggota Pokja", row, "Jabatan", "Ketua Umum")])
    return {"folder": folder, "files": sorted(e.path for e in done), "row": row}


def test_the_files_of_a_folder_are_found_sorted_without_lock_files(kiriman: dict[str, Any],
                                                                   tmp_path: Path) -> None:
    folder = kiriman["folder"]
    (tmp_path / "catatan.txt").write_text("bukan buku kerja")
    extra = shutil.copyfile(kiriman["files"][0], tmp_path / "satu.xlsx")
    assert berkas_di([folder, extra, tmp_path / "catatan.txt", folder]) == sorted(
        [*kiriman["files"], folder / "rusak.xlsx", folder / "salah.xlsx", extra])


def test_each_file_is_received_or_refused_with_its_reason(kiriman: dict[str, Any],
                                                          tmp_path: Path) -> None:
    steps: list[tuple[int, int]] = []
    with empty_target(tmp_path) as target:
        results = impor_folder(target, [kiriman["folder"]], progress=lambda d, t: steps.append(
            (d, t)))
        names = [p.name for p in kiriman["files"]]
        assert [(r.path.name, r.status) for r in results] == [
            *((n, "diterima") for n in names), ("rusak.xlsx", "ditolak"),
            ("salah.xlsx", "ditolak")]
        assert steps == [(n, 5) for n in range(6)]
        assert [d.kode for d in target.desa.desa_list()] == THREE
        assert results[3].alasan == (
            "Berkas rusak.xlsx tidak dibaca: bukan buku kerja Excel (.xlsx). Simpan ulang dari "
            "Excel sebagai “Buku Kerja Excel (*.xlsx)”. Data tidak diubah.")
        assert results[4].alasan == (
            f"1 kesalahan: Sheet Anggota Pokja, baris {kiriman['row']}, kolom Jabatan: “Ketua "
            "Umum” tidak ada dalam pilihan (Pembina, Ketua, Wakil Ketua, Sekretaris, Bendahara, "
            "Koordinator Bidang, Anggota).")
        first = results[0]
        assert first.hasil is not None and first.hasil.ditulis > 0
        assert hasil_berkas_text(first) == (
            f"{first.path.name}: diterima. Tersimpan {first.hasil.ditulis} catatan "
            f"({first.hasil.ditulis} baru).")
        assert hasil_berkas_text(results[3]) == f"rusak.xlsx: ditolak. {results[3].alasan}"
        backups = cadangan.daftar(cadangan.folder_cadangan(target))
        assert [b.jenis for b in backups] == ["sebelum-impor"]
        assert backups[0].jumlah.get("desa") == 0  # taken before the first file
        received = target.pertukaran.imports()
        assert sorted(r.nama_berkas for r in received) == names
        # The folder again: every file is the same now and nothing is written.
        data = dump(target, DATA_TABLES)
        again = impor_folder(target, kiriman["files"])
        assert [(r.status, r.hasil.ditulis if r.hasil else None) for r in again] == [
            ("sama", 0)] * 3
        assert hasil_berkas_text(again[0]) == (f"{again[0].path.name}: sama. Tidak ada data yang "
                                               "disimpan: isi berkas sama dengan data di sini.")
        assert dump(target, DATA_TABLES) == data


def test_valid_rows_only_takes_the_rest_of_a_file_with_mistakes(kiriman: dict[str, Any],
                                                                tmp_path: Path) -> None:
    with empty_target(tmp_path) as target:
        [result] = impor_folder(target, [kiriman["folder"] / "salah.xlsx"], hanya_baris_sah=True)
        assert result.status == "diterima" and result.hasil is not None
        assert result.hasil.dilewati == (("Anggota Pokja", kiriman["row"]),)
        assert result.alasan.endswith(
            f"1 baris dilewati karena berisi kesalahan: Anggota Pokja baris {kiriman['row']}.")
        assert len(target.pokja.pokja_for(SILURAH).anggota) > 0


def test_a_conflict_keeps_the_value_here(kiriman: dict[str, Any], tmp_path: Path) -> None:
    with empty_target(tmp_path) as target:
        impor_folder(target, kiriman["files"][:1])
        desa_service.update_desa(target, target.desa.desa(SILURAH).with_changes(telepon="0285-1"))
        changed = shutil.copyfile(kiriman["files"][0], tmp_path / "ubah.xlsx")
        edit(changed, [("Desa dan Pokja", first_row(changed, "Desa dan Pokja"), "Telepon",
                        "0285-2")])
        [result] = impor_folder(target, [changed])
        assert (result.status, target.desa.desa(SILURAH).telepon) == ("konflik", "0285-1")
        assert result.alasan == ("Tidak ada data yang disimpan: 1 konflik, nilai di sini "
                                 "dipertahankan.")


def test_cancelling_stops_between_files_and_keeps_the_files_done_whole(
        kiriman: dict[str, Any], tmp_path: Path) -> None:
    with empty_target(tmp_path) as target:
        done: list[int] = []
        with pytest.raises(Cancelled):
            impor_folder(target, kiriman["files"], progress=lambda d, t: done.append(d),
                         batal=lambda: len(done) >= 1)
        assert [d.kode for d in target.desa.desa_list()] == THREE[:1]
        assert len(target.pertukaran.imports()) == 1
