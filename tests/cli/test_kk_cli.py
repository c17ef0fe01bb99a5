"""`kk impor`, `kk hitung`, `kk daftar` as a sanitarian's script would run them."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from kk_uji import tulis_buku

from kks_desktop.cli import main
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.periode import Periode
from kks_desktop.domain.rumah_tangga import Pembuangan, RumahTangga
from kks_desktop.services import desa_service, rumah_tangga_service, sanitasi_service
from kks_desktop.services.workspace import Workspace

SILURAH = KodeWilayah.parse("33.25.01.2001")
SODONG = KodeWilayah.parse("33.25.01.2002")


def _run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A workspace with Silurah (one typed report) and Sodong registered."""
    path = tmp_path / "ws" / "kks.db"
    path.parent.mkdir()
    with Workspace.open(path) as ws:
        for kode in (SILURAH, SODONG):
            desa_service.add_desa(ws, desa_service.new_desa(ws, kode))
        from kks_desktop.domain.sanitasi import LaporanSanitasi, Rung
        sanitasi_service.save_report(ws, SILURAH, LaporanSanitasi(
            periode=Periode(2025, 10), total_kk=3, tangga={Rung.LAYAK: 3}))
    return path


def _rows(db: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT d.kode, h.nama_kepala, h.no_kk, h.rt, h.rw, h.tangga FROM "
                            "rumah_tangga h JOIN desa d ON d.id = h.desa_id ORDER BY 1, 2").fetchall()
    finally:
        conn.close()


@pytest.fixture
def kader(tmp_path: Path) -> Path:
    return tulis_buku(tmp_path / "kader.xlsx", {"Rekap": [
        ["No", "Desa", "RT/RW", "No KK", "Nama KK", "Jml Jiwa", "Akses jamban"],
        [1, "Silurah", "001/002", "3325010101250001", "Sutrisno", 4, "JSP"],
        [2, "Sodong", "3/1", "3325010101250002", "Siti Aminah", 5, "OD"],
        [3, "Sukamaju", "3/1", "", "Darto", "lima", "Aman"],
    ]})


def test_impor_is_a_dry_run_by_default_and_names_every_problem(capsys, db, kader):
    code, out, _ = _run(capsys, "--db", db, "kk", "impor", kader)
    assert code == 1
    assert out.splitlines() == [
        str(kader),
        "  Sheet dibaca: Rekap (judul kolom di baris 1)",
        "  Rencana: 2 baru; 2 kesalahan",
        "    33.25.01.2001 Silurah            1 baru",
        "    33.25.01.2002 Sodong             1 baru",
        "    (desa tidak dikenali)            1 baris berkesalahan",
        "  Kolom tidak dibaca: Rekap kolom A “No”",
        "  Masalah:",
        "    • Sheet Rekap, baris 4, kolom Jml Jiwa: “lima” bukan bilangan bulat (contoh: 1.234)",
        "    • Sheet Rekap, baris 4, kolom Desa: desa “Sukamaju” tidak terdaftar di data ini; "
        "daftarkan desanya dahulu atau perbaiki isiannya",
        "",
        "Pratinjau saja: tidak ada yang disimpan. Perbaiki kesalahannya, atau jalankan dengan "
        "--terapkan --hanya-valid."]
    assert _rows(db) == []


def test_impor_terapkan_refuses_errors_unless_only_valid_rows_then_nothing_twice(
        capsys, db, kader):
    code, out, err = _run(capsys, "--db", db, "kk", "impor", kader, "--terapkan")
    assert code == 1 and "masih berisi 2 kesalahan; tidak ada yang disimpan" in err
    assert _rows(db) == []
    code, out, _ = _run(capsys, "--db", db, "kk", "impor", kader, "--terapkan", "--hanya-valid")
    assert code == 1  # saved, but the file still has errors
    assert out.splitlines()[-1] == "Tersimpan 2 KK (2 baru). 1 baris berkesalahan dilewati."
    assert _rows(db) == [("33.25.01.2001", "Sutrisno", "3325010101250001", "001", "002", "layak"),
                         ("33.25.01.2002", "Siti Aminah", "3325010101250002", "3", "1",
                          "babs_terbuka")]
    fixed = tulis_buku(kader.with_name("benar.xlsx"), {"Rekap": [
        ["Desa", "RT/RW", "No KK", "Nama KK", "Akses jamban"],
        ["Silurah", "1/2", "3325010101250001", "Sutrisno", "JSP"]]})
    code, out, _ = _run(capsys, "--db", db, "kk", "impor", fixed, "--terapkan")
    assert code == 3
    assert out.splitlines()[-1] == ("Tidak ada data KK yang disimpan: isi berkas sama dengan data "
                                    "di sini.")


def test_impor_of_a_file_without_desa_asks_for_one(capsys, db, tmp_path):
    path = tulis_buku(tmp_path / "tanpa desa.xlsx", {"KK": [["Nama KK"], ["Darto"]]})
    code, out, _ = _run(capsys, "--db", db, "kk", "impor", path)
    assert code == 1 and "Sebutkan desanya dengan --desa KODE" in out
    code, out, _ = _run(capsys, "--db", db, "kk", "impor", path, "--desa", "3325012002",
                        "--terapkan")
    assert code == 0 and _rows(db) == [("33.25.01.2002", "Darto", "", "", "", None)]
    code, _, err = _run(capsys, "--db", db, "kk", "impor", path, "--desa", "33.25.01.2003")
    assert code == 1 and "33.25.01.2003 tidak terdaftar" in err
    code, _, err = _run(capsys, "--db", db, "kk", "impor", tmp_path / "tidak ada.xlsx")
    assert code == 1 and "tidak ada.xlsx tidak dibaca: berkas tidak ditemukan" in err


def test_hitung_shows_the_register_beside_the_typed_report_and_simpan_stores_it(capsys, db):
    with Workspace.open(db) as ws:
        rumah_tangga_service.save(ws, SILURAH, [
            RumahTangga("A", pembuangan=Pembuangan.SEPTIK_AMAN).with_jawaban(
                p1_bab_jamban=True, p1_milik_sendiri=True, p1_leher_angsa=True),
            RumahTangga("B").with_jawaban(p1_bab_jamban=False),
            RumahTangga("C").with_jawaban(p1_bab_jamban=True)], dt.date(2026, 11, 1))
    code, out, _ = _run(capsys, "--db", db, "kk", "hitung", "--desa", SILURAH, "--periode",
                        "2025-11")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == ("33.25.01.2001 Silurah, periode 2025-11: dihitung dari 3 KK (1 KK belum "
                        "lengkap jawaban pilar 1, tidak dihitung)")
    assert lines[1].split() == ["Angka", "Dihitung", "Diketik", "2025-10", "Selisih"]
    assert lines[2].split() == ["Total", "KK", "2", "3", "-1"]
    assert lines[3].split() == ["Akses", "aman", "1", "0", "+1"]
    assert lines[4].split() == ["Akses", "layak", "0", "3", "-3"]
    with Workspace.open(db) as ws:
        assert [r.periode for r in ws.laporan.reports_for(SILURAH)] == [Periode(2025, 10)]
    code, out, _ = _run(capsys, "--db", db, "kk", "hitung", "--desa", SILURAH, "--periode",
                        "2025-11", "--simpan")
    assert code == 0 and out.splitlines()[-1] == "Tersimpan sebagai laporan 2025-11."
    with Workspace.open(db) as ws:
        last = ws.laporan.reports_for(SILURAH)[-1]
    assert (last.periode, last.total_kk, last.catatan) == (Periode(2025, 11), 2,
                                                           "Dihitung dari data KK")
    with pytest.raises(SystemExit) as raised:
        main(["--db", str(db), "kk", "hitung", "--desa", str(SILURAH), "--periode", "11"])
    assert raised.value.code == 2 and "“11” bukan periode" in capsys.readouterr().err


def test_daftar_counts_and_lists_the_first_households(capsys, db):
    with Workspace.open(db) as ws:
        rumah_tangga_service.save(ws, SODONG, [
            RumahTangga(f"KK {n:02d}", rt="001", rw="002", jumlah_jiwa=n + 1) for n in range(25)],
            dt.date(2026, 11, 1))
    code, out, _ = _run(capsys, "--db", db, "kk", "daftar", "--desa", SODONG, "--baris", "3")
    assert code == 0
    assert [line.split() for line in out.splitlines()] == [
        ["33.25.01.2002", "Sodong:", "25", "KK"],
        ["No.", "KK", "Nama", "kepala", "keluarga", "RT/RW", "Jiwa", "Kunjungan", "Akses", "jamban"],
        ["-", "KK", "00", "001/002", "1", "-", "(belum", "lengkap)"],
        ["-", "KK", "01", "001/002", "2", "-", "(belum", "lengkap)"],
        ["-", "KK", "02", "001/002", "3", "-", "(belum", "lengkap)"],
        ["…", "dan", "22", "KK", "lain."]]


def test_kk_help_lists_import_and_export_commands(capsys):
    with pytest.raises(SystemExit):
        main(["kk", "--help"])
    out = capsys.readouterr().out
    for name in ("impor", "hitung", "daftar", "ekspor", "templat"):
        assert name in out
