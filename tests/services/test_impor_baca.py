"""Reading what people send: tolerant of their typing, refusing hostile files, problems in Indonesian."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import ClassVar

import pytest
from impor_bantu import SCOPE, SILURAH, dump
from openpyxl import Workbook

from kks_desktop.domain.errors import WorkbookUnreadable
from kks_desktop.domain.impor_baris import Letak, MasalahImpor
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.problems import Problem
from kks_desktop.domain.sanitasi import Rung, Sumber
from kks_desktop.domain.sinkron import Kelas
from kks_desktop.messages import describe
from kks_desktop.messages_excel import KELAS_LABELS, masalah_text, ringkasan_rencana
from kks_desktop.services.impor_buku import rencanakan
from kks_desktop.services.impor_terap import terapkan
from kks_desktop.services.workspace import Workspace

WIRE = ["Kode Desa", "Nama", "Jabatan"]


def _book(path: Path, sheets: dict[str, list[list[object]]], meta: dict[str, str] | None = None,
          ) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    if meta:
        ws = wb.create_sheet("_meta")
        for item in meta.items():
            ws.append(list(item))
    wb.save(path)
    return path


@pytest.fixture
def target(ws: Workspace) -> Workspace:
    ws.set_scope(SCOPE)
    return ws


def _template(path: Path) -> Path:
    """A filled template as people fill one: other header case and spacing, extra columns, blank
    rows, numbers and dates typed as text, codes typed as numbers, no uuid anywhere."""
    return _book(path, {
        "DESA DAN POKJA ": [
            ["Daftar desa"], [],
            ["KODE  DESA", "jumlah kk", "Jumlah Jiwa", "Nomor SK", "tanggal sk", "Tatanan dipilih",
             "Keterangan lain"],
            [3325012001, "1.234", "4.321", "141/7/2023", "13 November 2023",
             "pasar\nPariwisata", "diisi pak RT"],
            [None, None, None, None, None, None, None],
        ],
        "anggota pokja": [
            ["Kode desa", "Nama Anggota", "JABATAN", "No HP"],
            ["33.25.01.2001", "  Siti Aminah ", "ketua", "0812-3456-7890"],
            [],
            ["33.25.01.2001", "Budi Santoso", "Sekretaris", ""],
        ],
        "Sanitasi": [
            ["Kode Desa", "Periode", "Sumber Data", "Total KK", "Akses aman", "Akses layak",
             "Layak bersama (sharing)", "Belum layak", "BABS tertutup", "BABS terbuka"],
            ["33.25.01.2001", "Oktober 2025", "monitoring", "1.234", 200, "1.000", 20, 10, 4, 0],
        ],
        "Kegiatan": [
            ["Judul", "Jenis", "Tanggal", "Kode Wilayah", "Tempat"],
            ["Rapat Pokja November", "Rapat Pokja", "13/11/2023", "3325012001", "Balai desa"],
        ],
        "Peserta": [
            ["Kegiatan", "Tanggal Kegiatan", "Nama Peserta", "l/p", "Hadir"],
            ["rapat pokja  november", dt.date(2023, 11, 13), "Siti Aminah", "p", "1"],
            ["Rapat Pokja November", "13-11-2023", "dr. Budi Santoso, M.Kes", "L", 1],
        ],
    }, {"format": "kks-desktop-templat"})


def test_a_filled_template_is_read_the_way_people_type(target: Workspace, tmp_path: Path) -> None:
    path = _template(tmp_path / "isian.xlsx")
    rencana = rencanakan(target, path)
    assert [masalah_text(m) for m in rencana.masalah] == []
    assert rencana.jenis == "templat"
    assert [(c.lembar, c.baris, c.perbandingan.kelas) for c in rencana.catatan] == [
        ("Desa dan Pokja", 4, Kelas.BARU), ("Anggota Pokja", 2, Kelas.BARU),
        ("Anggota Pokja", 4, Kelas.BARU), ("Sanitasi", 2, Kelas.BARU),
        ("Kegiatan", 2, Kelas.BARU), ("Peserta", 2, Kelas.BARU), ("Peserta", 3, Kelas.BARU)]
    assert [c.label for c in rencana.catatan[-3:]] == [
        "Kegiatan: Rapat Pokja November, 13/11/2023",
        "Peserta: Siti Aminah (Rapat Pokja November, 13/11/2023)",
        "Peserta: dr. Budi Santoso, M.Kes (Rapat Pokja November, 13/11/2023)"]
    hasil = terapkan(target, rencana, cadangkan=False)
    assert (hasil.ditulis, hasil.hasil) == (7, "diterima")
    desa = target.desa.desa(SILURAH)
    assert (desa.nama, desa.jumlah_kk, desa.jumlah_jiwa) == ("Silurah", 1234, 4321)
    pokja = target.pokja.pokja_for(SILURAH)
    assert (pokja.sk_nomor, pokja.sk_tanggal, pokja.tatanan) == (
        "141/7/2023", dt.date(2023, 11, 13), ("pasar", "pariwisata"))
    assert [(m.nama, m.jabatan.value, m.telepon) for m in pokja.anggota] == [
        ("Siti Aminah", "ketua", "0812-3456-7890"), ("Budi Santoso", "sekretaris", "")]
    [lap] = target.laporan.reports_for(SILURAH)
    assert (str(lap.periode), lap.sumber, lap.total_kk, lap.rung(Rung.LAYAK)) == (
        "2025-10", Sumber.MONITORING, 1234, 1000)
    [k] = target.kegiatan.ringkasan()
    session = target.kegiatan.get(k.uuid)
    assert (session.judul, session.mulai, session.selesai, session.wilayah, session.batas_lulus) == (
        "Rapat Pokja November", dt.date(2023, 11, 13), dt.date(2023, 11, 13), SILURAH, 70.0)
    assert [(p.nama, p.jenis_kelamin.value if p.jenis_kelamin else None, p.hadir)
            for p in session.peserta] == [("Siti Aminah", "P", (1,)),
                                          ("dr. Budi Santoso, M.Kes", "L", (1,))]
    # Filled in again without uuids: matched by kode, name, period, title and date.
    again = rencanakan(target, path)
    assert [c.perbandingan.kelas for c in again.catatan] == [Kelas.SAMA] * 7
    assert [c.kunci for c in again.catatan] == [c.kunci for c in rencana.catatan]


def test_each_kind_of_cell_mistake_is_named_in_indonesian(target: Workspace, tmp_path: Path) -> None:
    path = _book(tmp_path / "salah.xlsx", {
        "Sanitasi": [
            ["Kode Desa", "Periode", "Sumber Data", "Total KK", "Akses aman", "Akses layak",
             "Layak bersama (sharing)", "Belum layak", "BABS tertutup", "BABS terbuka"],
            ["33.25.01.2001", "13/2025", "Survei", "1.5", "banyak", 0, 0, 0, 0, 0],
            ["3325", "10/2025", "Monitoring", 10, 10, 0, 0, 0, 0, 0],
        ],
        "Jalur ODF": [["Kode Desa", "Tahap", "Hasil"], ["33.25.01.2001", "Pemicuan", ""]],
    })
    rencana = rencanakan(target, path)
    assert [masalah_text(m) for m in rencana.masalah] == [
        "Sheet Sanitasi, baris 2, kolom Periode: bukan bulan dan tahun (“13/2025”); tulis "
        "misalnya 01/2025 atau Januari 2025",
        "Sheet Sanitasi, baris 2, kolom Sumber Data: “Survei” tidak ada dalam pilihan "
        "(Pendataan, Monitoring, Verifikasi)",
        "Sheet Sanitasi, baris 2, kolom Total KK: harus bilangan bulat (“1.5”)",
        "Sheet Sanitasi, baris 2, kolom Akses aman: “banyak” bukan bilangan bulat (contoh: 1.234)",
        "Sheet Sanitasi, baris 2, kolom Kode Desa: desa 33.25.01.2001 tidak terdaftar di sini dan "
        "tidak ada di sheet Desa dan Pokja",
        "Sheet Sanitasi, baris 3, kolom Kode Desa: desa 33.25 tidak terdaftar di sini dan tidak "
        "ada di sheet Desa dan Pokja",
        "Sheet Jalur ODF, baris 1, kolom Tanggal: kolom ini tidak ada; sheet ini tidak dibaca. "
        "Tambahkan kolom dengan judul tersebut",
    ]
    assert rencana.baris_ditolak() == [("Sanitasi", 2), ("Sanitasi", 3), ("Jalur ODF", 1)]


def test_rows_that_name_what_is_not_there_are_refused(target: Workspace, tmp_path: Path,
                                                      make_desa) -> None:
    make_desa(target, "33.25.01.2001")
    path = _book(tmp_path / "rujukan.xlsx", {
        "Desa dan Pokja": [["Kode Desa"], ["33.25.02.2001"], ["33.25.01.2999"], ["33.25.01"]],
        "Peserta": [["Kegiatan", "Tanggal Kegiatan", "Nama"],
                    ["Rapat yang tidak ada", "01/02/2025", "Siti"]],
        "Kesiapan": [["Kode Desa", "Siklus", "Kode Butir", "Jawaban"],
                     ["33.25.01.2001", 2019, "sk_pokja", "Ada"],
                     ["33.25.01.2001", 2025, "tidak_ada", "Ada"],
                     ["33.25.01.2001", 2025, "dana", ""],
                     ["33.25.01.2001", 2025, "dana", "Sebagian"],
                     ["33.25.01.2001", 2025, "dana", "Ada"]],
    })
    rencana = rencanakan(target, path)
    assert [masalah_text(m) for m in rencana.masalah] == [
        "Sheet Desa dan Pokja, baris 2, kolom Kode Desa: desa 33.25.02.2001 berada di luar "
        "wilayah kerja (33.25.01 Wonotunggal)",
        "Sheet Desa dan Pokja, baris 3, kolom Kode Desa: kode 33.25.01.2999 tidak ada dalam "
        "daftar resmi Kemendagri",
        "Sheet Desa dan Pokja, baris 4, kolom Kode Desa: kode 33.25.01 bukan kode "
        "desa/kelurahan (harus 10 angka)",
        "Sheet Peserta, baris 2, kolom Kegiatan: kegiatan “Rapat yang tidak ada” tanggal "
        "01/02/2025 tidak ada di sheet Kegiatan maupun di data ini",
        "Sheet Kesiapan, baris 2, kolom Siklus: tidak ada daftar periksa desa untuk siklus 2019",
        "Sheet Kesiapan, baris 3, kolom Kode Butir: butir “tidak_ada” tidak ada di daftar "
        "periksa siklus 2025",
        "Sheet Kesiapan, baris 6: sama dengan baris 5 (butir dana); baris ini tidak dibaca",
    ]
    assert [c.label for c in rencana.catatan] == ["Kesiapan: Silurah, Dana (2025)"]


def test_a_workbook_without_any_known_sheet_says_which_sheets_it_has(target: Workspace,
                                                                     tmp_path: Path) -> None:
    path = _book(tmp_path / "lain.xlsx", {"Sheet1": [["a"]], "Rekap": [["b"]]})
    rencana = rencanakan(target, path)
    assert (rencana.jenis, rencana.catatan) == ("lain", [])
    assert [masalah_text(m) for m in rencana.masalah] == [
        "Buku kerja: tidak ada sheet yang dikenali; buku kerja ini berisi: Sheet1, Rekap. Pakai "
        "buku kerja atau templat dari KKS Desktop"]


def _hostile(folder: Path) -> list[tuple[Path, str]]:
    folder.mkdir(exist_ok=True)
    (folder / "acak.xlsx").write_bytes(bytes(range(256)) * 8)
    (folder / "tabel.xlsx").write_text("Kode Desa;Nama\n33.25.01.2001;Siti\n", encoding="utf-8")
    good = _book(folder / "utuh.xlsx", {"Anggota Pokja": [WIRE]})
    whole = good.read_bytes()
    (folder / "terpotong.xlsx").write_bytes(whole[: len(whole) // 2])
    with zipfile.ZipFile(folder / "bukan-excel.xlsx", "w") as archive:
        archive.writestr("isi.txt", "halo")
    return [(folder / "acak.xlsx", "bukan_xlsx"), (folder / "tabel.xlsx", "bukan_xlsx"),
            (folder / "terpotong.xlsx", "bukan_xlsx"), (folder / "bukan-excel.xlsx", "bukan_xlsx")]


def test_hostile_files_are_refused_and_nothing_is_written(target: Workspace,
                                                          tmp_path: Path) -> None:
    before = dump(target)
    for path, reason in _hostile(tmp_path / "kiriman"):
        with pytest.raises(WorkbookUnreadable) as refused:
            rencanakan(target, path)
        assert refused.value.reason == reason, path.name
        assert describe(refused.value) == (
            f"Berkas {path.name} tidak dibaca: bukan buku kerja Excel (.xlsx). Simpan ulang dari "
            "Excel sebagai “Buku Kerja Excel (*.xlsx)”. Data tidak diubah.")
    assert dump(target) == before


def test_class_labels_and_the_plan_summary() -> None:
    assert [KELAS_LABELS[k] for k in Kelas] == ["Baru", "Berubah", "Sama", "Lebih baru di sini",
                                                "Konflik"]

    class Plan:
        masalah: ClassVar[list[MasalahImpor]] = [
            MasalahImpor(Letak("Peserta", 12, "Nama"), Problem.error("nama", "wajib")),
            MasalahImpor(Letak("Peserta", 13, "Telepon"), Problem.warning("telepon", "phone_format"))]

        def jumlah(self) -> dict[Kelas, int]:
            return {Kelas.BARU: 12, Kelas.BERUBAH: 3, Kelas.SAMA: 1240, Kelas.KONFLIK: 1}

    assert ringkasan_rencana(Plan()) == ("12 baru, 3 berubah, 1.240 sama, 1 konflik; "
                                         "1 kesalahan, 1 peringatan")
    assert [masalah_text(m) for m in Plan.masalah] == [
        "Sheet Peserta, baris 12, kolom Nama: wajib diisi",
        "Sheet Peserta, baris 13, kolom Telepon: nomor telepon tampak tidak lengkap (8–15 angka) "
        "(peringatan)"]
    assert KodeWilayah.parse("33.25.01.2001") == SILURAH
