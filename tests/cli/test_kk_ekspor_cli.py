"""`kk ekspor` and `kk templat` as a script runs them (through the program's own command line):
the files, the lines printed, the refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from kk_ekspor_uji import harapan, keluarga, lembar, simpan

from kks_desktop.cli import main
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.services import desa_service
from kks_desktop.services.rumah_tangga_templat import BARIS_TANPA_KK
from kks_desktop.services.workspace import Workspace

SILURAH, SODONG = "33.25.01.2001", "33.25.01.2002"


def _run(capsys, db: Path, *args: object) -> tuple[int, str, str]:
    code = main(["--db", str(db), "kk", *(str(a) for a in args)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Silurah with 120 households and Sodong with none yet."""
    path = tmp_path / "kks.db"
    with Workspace.open(path) as ws:
        for kode in (SILURAH, SODONG):
            desa_service.add_desa(ws, desa_service.new_desa(ws, KodeWilayah.parse(kode)))
        simpan(ws, SILURAH, keluarga(120))
    return path


def test_ekspor_writes_the_register_and_says_it_holds_personal_data(capsys, db, tmp_path):
    out = tmp_path / "keluar" / "Data KK.xlsx"
    code, printed, err = _run(capsys, db, "ekspor", "--out", out)
    assert code == 0
    assert printed.splitlines() == [f"Data KK tersimpan: {out}",
                                    "  120 KK dari 1 desa/kelurahan; sheet Data KK (120)"]
    assert "Menulis 120 KK" in err and "data pribadi" in err
    with Workspace.open(db) as ws:
        expected = harapan(ws, SILURAH)
    assert lembar(out)["Data KK"][1:] == expected


def test_ekspor_of_one_desa_and_of_a_desa_without_households(capsys, db, tmp_path):
    code, printed, _ = _run(capsys, db, "ekspor", "--out", tmp_path / "s.xlsx", "--wilayah",
                            "3325012001")
    assert code == 0 and "120 KK" in printed
    code, printed, err = _run(capsys, db, "ekspor", "--out", tmp_path / "e.xlsx", "--wilayah",
                              SODONG)
    assert (code, printed) == (1, "")
    assert "belum ada data KK di Desa Sodong" in err
    assert not (tmp_path / "e.xlsx").exists()


def test_refusals_name_the_problem(capsys, db, tmp_path):
    code, _, err = _run(capsys, db, "ekspor", "--out", tmp_path / "data.csv")
    assert code == 2 and "berakhiran .xlsx" in err
    code, _, err = _run(capsys, db, "ekspor", "--out", tmp_path / "x.xlsx", "--wilayah",
                        "33.25.01.2003")
    assert code == 1 and "33.25.01.2003 tidak terdaftar" in err
    assert not (tmp_path / "x.xlsx").exists()
    with pytest.raises(SystemExit) as bad:
        main(["--db", str(db), "kk", "ekspor", "--out", "x.xlsx", "--wilayah", "33.2"])
    assert bad.value.code == 2 and "--wilayah" in capsys.readouterr().err


def test_templat_for_chosen_desa_and_for_a_kecamatan(capsys, db, tmp_path):
    out = tmp_path / "T.xlsx"
    code, printed, _ = _run(capsys, db, "templat", "--out", out, "--desa", SODONG)
    assert code == 0
    assert printed.splitlines() == [
        f"Templat data KK tersimpan: {out}",
        f"  {BARIS_TANPA_KK} baris disiapkan untuk 1 desa/kelurahan (kode dan nama desa sudah "
        "terisi)."]
    assert {tuple(r[:2]) for r in lembar(out)["Data KK"][1:]} == {(SODONG, "Sodong")}
    code, printed, _ = _run(capsys, db, "templat", "--out", tmp_path / "K.xlsx", "--desa",
                            "33.25.01")
    assert code == 0 and f"{2 * BARIS_TANPA_KK} baris" in printed and "2 desa" in printed
    code, _, err = _run(capsys, db, "templat", "--out", tmp_path / "N.xlsx", "--desa", "33.25.02")
    assert code == 1 and "belum ada desa terdaftar di 33.25.02" in err
