"""`export`, `template`, `import`, `exports` as a kabupaten's script would run them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from kks_desktop.cli import main
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.scope import Scope, ScopeLevel
from kks_desktop.services.pokja_service import pokja_for, replace_pokja
from kks_desktop.services.workspace import Workspace

SILURAH = "33.25.01.2001"


def _run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def wonotunggal(tmp_path_factory) -> Path:
    """The Wonotunggal demo (15 desa with sessions), built once; tests work on copies."""
    folder = tmp_path_factory.mktemp("wonotunggal")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KKS_DATA_DIR", str(folder / "data"))
        assert main(["--db", str(folder / "demo.db"), "demo", "--kecamatan", "33.25.01"]) == 0
    return folder / "demo.db"


@pytest.fixture
def db(wonotunggal: Path, tmp_path: Path) -> Path:
    target = tmp_path / "ws" / "kks.db"
    target.parent.mkdir()
    shutil.copy(wonotunggal, target)
    return target


@pytest.fixture
def kabupaten(tmp_path: Path) -> Path:
    """An empty kabupaten workspace receiving the desa workbooks."""
    path = tmp_path / "kab" / "kks.db"
    path.parent.mkdir()
    with Workspace.open(path) as ws:
        ws.set_scope(Scope(ScopeLevel.KABUPATEN, KodeWilayah.parse("33.25"), "Kabupaten Batang"))
    return path


def _counts(path: Path) -> dict[str, int]:
    with Workspace.open(path) as ws:
        return ws.health().counts


def test_export_one_desa_and_the_ledger(capsys, db: Path, tmp_path: Path) -> None:
    target = tmp_path / "silurah.xlsx"
    code, out, err = _run(capsys, "--db", db, "export", "--desa", SILURAH, "--out", target)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[:3] == ["Buku kerja tersimpan:", f"  {target}", f"    Desa : {SILURAH}"]
    assert lines[3].startswith("    Baris: Desa dan Pokja 1, Anggota Pokja ")
    desa_sheet = CalamineWorkbook.from_path(target).get_sheet_by_name("Desa dan Pokja")
    assert SILURAH in [c for row in desa_sheet.to_python() for c in row]
    code, out, _ = _run(capsys, "--db", db, "exports", "--json")
    [entry] = json.loads(out)
    assert (entry["arah"], entry["jenis"], entry["berkas"], entry["desa_kode"]) == (
        "ekspor", "buku_desa", "silurah.xlsx", [SILURAH])
    assert entry["sha256"] == hashlib.sha256(target.read_bytes()).hexdigest()
    # Into an existing folder, the file takes the desa's own name.
    code, out, _ = _run(capsys, "--db", db, "export", "--desa", SILURAH, "--out", tmp_path)
    assert code == 0 and (tmp_path / f"Laporan Pokja Desa Sehat {SILURAH} Silurah.xlsx").exists()


def test_export_all_writes_one_workbook_per_desa_into_a_folder(capsys, db: Path,
                                                               tmp_path: Path) -> None:
    folder = tmp_path / "kirim"
    code, out, err = _run(capsys, "--db", db, "export", "--all", "--out", folder)
    assert code == 0, err
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 15 and names[0] == f"Laporan Pokja Desa Sehat {SILURAH} Silurah.xlsx"
    assert out.splitlines()[0] == f"15 buku kerja desa tersimpan di {folder}:"
    assert [line.split("  (")[0].strip() for line in out.splitlines()[1:]] == names
    code, out, _ = _run(capsys, "--db", db, "export", "--desa", SILURAH, "33.25.01.2002",
                        "--satu-berkas", "--out", tmp_path / "dua.xlsx")
    assert code == 0
    meta = dict(CalamineWorkbook.from_path(tmp_path / "dua.xlsx").get_sheet_by_name(
        "_meta").to_python())
    assert meta["desa_kode"] == f"{SILURAH},33.25.01.2002"


def test_export_refusals(capsys, db: Path, tmp_path: Path) -> None:
    code, _, err = _run(capsys, "--db", db, "export", "--desa", SILURAH, "--out",
                        tmp_path / "a.csv")
    assert code == 2 and "harus berakhiran .xlsx (a.csv)" in err
    code, _, err = _run(capsys, "--db", db, "export", "--desa", "33.25.09.2001", "--out",
                        tmp_path / "b.xlsx")
    assert code == 1 and "Desa dengan kode 33.25.09.2001 tidak terdaftar" in err
    (tmp_path / "berkas").write_text("bukan folder")
    code, _, err = _run(capsys, "--db", db, "export", "--all", "--out", tmp_path / "berkas")
    assert code == 2 and "bukan folder" in err
    with pytest.raises(SystemExit) as stop:
        main(["--db", str(db), "export", "--all", "--rekap", "--out", str(tmp_path / "c.xlsx")])
    assert stop.value.code == 2
    assert "tidak boleh bersama" in capsys.readouterr().err
    assert list(tmp_path.rglob("*.xlsx")) == []


def test_rekap_and_template(capsys, db: Path, tmp_path: Path) -> None:
    code, out, err = _run(capsys, "--db", db, "export", "--rekap", "--out", tmp_path / "r.xlsx")
    assert code == 0, err
    assert out.splitlines() == [f"Rekap tersimpan: {tmp_path / 'r.xlsx'}",
                                "  15 desa/kelurahan; sheet Rekap Desa, Gerbang Penghargaan, "
                                "Grafik"]
    assert CalamineWorkbook.from_path(tmp_path / "r.xlsx").sheet_names == [
        "Rekap Desa", "Gerbang Penghargaan", "Grafik", "_meta"]
    code, _, err = _run(capsys, "--db", db, "export", "--rekap", "--wilayah", "33.25.02",
                        "--out", tmp_path / "kosong.xlsx")
    assert code == 1 and "belum ada desa terdaftar di 33.25.02; rekap tidak dibuat" in err
    code, _, err = _run(capsys, "--db", db, "export", "--all", "--wilayah", "33.25.01", "--out",
                        tmp_path / "x")
    assert code == 2 and "--wilayah hanya dipakai bersama --rekap" in err
    code, out, err = _run(capsys, "--db", db, "template", "sanitasi", "--out", tmp_path / "t.xlsx")
    assert code == 0, err
    assert out.splitlines()[:2] == [
        f"Templat Laporan sanitasi tersimpan: {tmp_path / 't.xlsx'}",
        "  15 baris sudah berisi kode dan nama desa; isi kolom lainnya."]
    with pytest.raises(SystemExit) as stop:
        main(["--db", str(db), "template", "rtl", "--out", str(tmp_path / "u.xlsx")])
    assert stop.value.code == 2 and "pilihan 'rtl' tidak ada" in capsys.readouterr().err
    code, out, _ = _run(capsys, "--db", db, "exports")
    lines = out.splitlines()
    assert lines[0].split() == ["Waktu", "Arah", "Jenis/Hasil", "Desa", "Baris", "SHA-256",
                                "Berkas"]
    assert [line.split()[-1] for line in lines[1:]] == ["t.xlsx", "r.xlsx"]  # newest first
    assert "templat" in lines[1] and "rekap" in lines[2]


def test_import_dry_run_then_twice(capsys, db: Path, kabupaten: Path, tmp_path: Path) -> None:
    target = tmp_path / "silurah.xlsx"
    assert _run(capsys, "--db", db, "export", "--desa", SILURAH, "--out", target)[0] == 0
    before = _counts(kabupaten)

    code, out, err = _run(capsys, "--db", kabupaten, "import", target, "--dry-run")
    assert code == 0, err
    assert "  Jenis: buku kerja desa; desa: 33.25.01.2001" in out
    assert "    Desa dan Pokja   1 baru" in out and "    Anggota Pokja    " in out
    assert out.rstrip().endswith("Pratinjau saja: tidak ada yang disimpan. Jalankan tanpa "
                                 "--dry-run untuk menyimpan.")
    assert _counts(kabupaten) == before

    code, out, err = _run(capsys, "--db", kabupaten, "import", target)
    assert code == 0, err
    assert "  Hasil: silurah.xlsx: diterima. Tersimpan " in out
    after = _counts(kabupaten)
    assert after["desa"] == 1 and after["pokja_anggota"] > 0

    code, out, err = _run(capsys, "--db", kabupaten, "import", target)
    assert code == 3, out
    assert "Tidak ada data yang disimpan: isi berkas sama dengan data di sini." in out
    assert _counts(kabupaten) == after | {"impor_log": after["impor_log"] + 1}

    code, out, _ = _run(capsys, "--db", kabupaten, "exports", "--json")
    received = [r for r in json.loads(out) if r["arah"] == "impor"]
    assert [r["hasil"] for r in received] == ["sama", "diterima"]


def test_import_json_shape(capsys, db: Path, kabupaten: Path, tmp_path: Path) -> None:
    target = tmp_path / "silurah.xlsx"
    assert _run(capsys, "--db", db, "export", "--desa", SILURAH, "--out", target)[0] == 0
    code, out, _ = _run(capsys, "--db", kabupaten, "import", target, "--dry-run", "--json")
    data = json.loads(out)
    assert (code, data["dry_run"], data["kode_keluar"]) == (0, True, 0)
    [one] = data["berkas"]
    assert set(one) == {"berkas", "status", "alasan", "jenis", "format", "desa_kode", "sha256",
                        "jumlah", "per_lembar", "ringkasan", "masalah", "konflik", "hasil"}
    assert (one["berkas"], one["status"], one["jenis"], one["desa_kode"], one["hasil"]) == (
        str(target), "rencana", "buku_desa", [SILURAH], None)
    assert one["sha256"] == hashlib.sha256(target.read_bytes()).hexdigest()
    assert one["per_lembar"]["Desa dan Pokja"] == {"baru": 1}
    assert sum(one["jumlah"].values()) == sum(sum(s.values()) for s in one["per_lembar"].values())
    code, out, _ = _run(capsys, "--db", kabupaten, "import", target, "--json")
    [done] = json.loads(out)["berkas"]
    assert done["status"] == "diterima" and done["hasil"]["ditulis"] > 0
    assert done["hasil"]["teks"].startswith("Tersimpan ")


def _spoil(source: Path, target: Path) -> None:
    """Two mistakes in Anggota Pokja: an unknown jabatan and a date that is no date."""
    wb = load_workbook(source)
    sheet = wb["Anggota Pokja"]
    header = [c.value for c in sheet[4]]
    sheet.cell(row=5, column=header.index("Jabatan") + 1, value="Raja")
    sheet.cell(row=6, column=header.index("Aktif Sejak") + 1, value="32/13/2023")
    wb.save(target)


def test_a_bad_workbook_is_refused_with_each_problem_at_its_place(capsys, db: Path,
                                                                  kabupaten: Path,
                                                                  tmp_path: Path) -> None:
    good = tmp_path / "silurah.xlsx"
    assert _run(capsys, "--db", db, "export", "--desa", SILURAH, "--out", good)[0] == 0
    bad = tmp_path / "rusak.xlsx"
    _spoil(good, bad)
    before = _counts(kabupaten)
    code, out, _ = _run(capsys, "--db", kabupaten, "import", bad, "--dry-run")
    assert code == 1
    problems = [line.strip("• ").strip() for line in out.splitlines() if line.startswith("    • ")]
    assert problems == [
        "Sheet Anggota Pokja, baris 5, kolom Jabatan: “Raja” tidak ada dalam pilihan (Pembina, "
        "Ketua, Wakil Ketua, Sekretaris, Bendahara, Koordinator Bidang, Anggota)",
        "Sheet Anggota Pokja, baris 6, kolom Aktif Sejak: bukan tanggal (“32/13/2023”); tulis "
        "misalnya 13/11/2023 atau 13 November 2023"]
    code, out, _ = _run(capsys, "--db", kabupaten, "import", bad)
    assert code == 1 and "rusak.xlsx: ditolak. Buku kerja masih berisi 2 kesalahan" in out
    assert _counts(kabupaten) == before
    code, out, _ = _run(capsys, "--db", kabupaten, "import", bad, "--valid-rows-only")
    assert code == 1  # saved, but two rows were left out
    assert "2 baris dilewati karena berisi kesalahan: Anggota Pokja baris 5, 6." in out
    assert _counts(kabupaten)["desa"] == 1

    (tmp_path / "foto.xlsx").write_bytes(b"\xff\xd8\xff\xe0 JFIF")
    code, out, _ = _run(capsys, "--db", kabupaten, "import", tmp_path / "foto.xlsx", "--dry-run")
    assert code == 1 and "Ditolak: Berkas foto.xlsx tidak dibaca: bukan buku kerja Excel" in out


def test_import_a_folder_of_desa_workbooks(capsys, db: Path, kabupaten: Path,
                                           tmp_path: Path) -> None:
    folder = tmp_path / "kiriman"
    assert _run(capsys, "--db", db, "export", "--all", "--out", folder)[0] == 0
    (folder / "~$Laporan terbuka.xlsx").write_bytes(b"lock")
    code, out, err = _run(capsys, "--db", kabupaten, "import", folder)
    assert code == 0, err
    results = [line for line in out.splitlines() if line.startswith("  Hasil: ")]
    assert len(results) == 15 and all(": diterima. Tersimpan " in r for r in results)
    assert out.rstrip().endswith("15 berkas: 15 diterima.")
    assert _counts(kabupaten)["desa"] == 15
    rekap = tmp_path / "rekap.xlsx"
    assert _run(capsys, "--db", kabupaten, "export", "--rekap", "--out", rekap)[0] == 0
    rows = CalamineWorkbook.from_path(rekap).get_sheet_by_name("Rekap Desa").to_python()
    received = [r[17] for r in rows[4:19]]
    assert [r[1] for r in rows[4:19]] == sorted(p.name.split()[4] for p in folder.glob("L*"))
    assert len({d for d in received if isinstance(d, dt.date)}) == 1  # all received today
    assert rows[19][2] == "Jumlah Kec. Wonotunggal" and rows[19][17] == 15
    code, out, _ = _run(capsys, "--db", kabupaten, "import", folder, "--dry-run")
    assert code == 3 and "Semua isi berkas sudah ada di sini." in out
    code, _, err = _run(capsys, "--db", kabupaten, "import", tmp_path / "kosong")
    assert code == 1 and "tidak ada berkas .xlsx" in err


def _set_phone(db: Path, phone: str) -> None:
    kode = KodeWilayah.parse(SILURAH)
    with Workspace.open(db) as ws:
        pokja = pokja_for(ws, kode)
        first = dataclasses.replace(pokja.anggota[0], telepon=phone)
        replace_pokja(ws, kode, dataclasses.replace(pokja, anggota=(first, *pokja.anggota[1:])))


def test_a_conflict_keeps_the_value_here_and_shows_both(capsys, db: Path, kabupaten: Path,
                                                        tmp_path: Path) -> None:
    first, second = tmp_path / "1.xlsx", tmp_path / "2.xlsx"
    assert _run(capsys, "--db", db, "export", "--desa", SILURAH, "--out", first)[0] == 0
    assert _run(capsys, "--db", kabupaten, "import", first)[0] == 0
    _set_phone(db, "081100001111")         # changed at the desa ...
    _set_phone(kabupaten, "082200002222")  # ... and, differently, at the kabupaten
    assert _run(capsys, "--db", db, "export", "--desa", SILURAH, "--out", second)[0] == 0
    code, out, _ = _run(capsys, "--db", kabupaten, "import", second, "--dry-run", "--json")
    [plan] = json.loads(out)["berkas"]
    assert code == 3 and plan["jumlah"]["konflik"] == 1
    [conflict] = plan["konflik"]
    assert (conflict["lembar"], conflict["kolom"], conflict["di_sini"], conflict["di_berkas"]) == (
        "Anggota Pokja", "Telepon", "082200002222", "081100001111")
    code, out, _ = _run(capsys, "--db", kabupaten, "import", second)
    assert code == 3
    assert (f"    • {conflict['label']}, Telepon: di sini “082200002222”, di berkas "
            "“081100001111”") in out
    assert "2.xlsx: konflik. Tidak ada data yang disimpan: 1 konflik, nilai di sini " \
           "dipertahankan." in out
    with Workspace.open(kabupaten) as ws:
        assert pokja_for(ws, KodeWilayah.parse(SILURAH)).anggota[0].telepon == "082200002222"
