"""The headless commands as a script would use them: output, exit codes, Indonesian errors."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from kks_desktop import __version__
from kks_desktop.cli import main


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    assert main(["--db", str(path), "demo", "--kabupaten", "33.25"]) == 0
    return path


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"KKS Desktop {__version__}"


def test_demo_lists_every_desa_of_batang_with_official_codes(demo_db, capsys):
    code, out, _ = run(capsys, "--db", demo_db, "desa", "list", "--json")
    rows = json.loads(out)
    assert code == 0
    assert len(rows) == 248
    assert [r["kode"] for r in rows] == sorted(r["kode"] for r in rows)
    assert rows[0]["kode"] == "33.25.01.2001"
    assert rows[0]["nama"] == "Silurah"
    assert rows[0]["kecamatan"] == "Wonotunggal"
    assert {r["kabupaten"] for r in rows} == {"Kabupaten Batang"}
    assert len({r["kecamatan"] for r in rows}) == 15
    assert all(r["demo"] for r in rows)


def test_demo_twice_gives_the_same_data(tmp_path, capsys):
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    for path in (first, second):
        run(capsys, "--db", path, "demo", "--kecamatan", "33.25.01")
    _, out_a, _ = run(capsys, "--db", first, "desa", "show", "33.25.01.2003", "--json")
    _, out_b, _ = run(capsys, "--db", second, "desa", "show", "33.25.01.2003", "--json")
    a, b = json.loads(out_a), json.loads(out_b)
    for record in (a, b):
        record.pop("uuid")
        record["pokja"].pop("uuid")
        for member in record["pokja"]["anggota"]:
            member.pop("uuid")
    assert a == b
    assert a["pokja"]["anggota"][0]["jabatan"] == "ketua"


def test_check_reports_a_healthy_workspace(demo_db, capsys):
    code, out, _ = run(capsys, "--db", demo_db, "check")
    assert code == 0
    assert "quick_check      : ok" in out
    assert "desa           : 248" in out
    assert out.strip().endswith("SEHAT")


def test_check_on_a_missing_file_fails_in_indonesian(tmp_path, capsys):
    code, _, err = run(capsys, "--db", tmp_path / "tidak-ada.db", "check")
    assert code == 1
    assert "tidak ditemukan" in err
    assert not (tmp_path / "tidak-ada.db").exists()


def test_check_refuses_a_file_that_is_not_a_workspace(tmp_path, capsys):
    path = tmp_path / "catatan.db"
    path.write_text("ini bukan basis data")
    code, _, err = run(capsys, "--db", path, "check")
    assert code == 1
    assert "bukan berkas data KKS Desktop" in err
    assert "Traceback" not in err
    assert path.read_text() == "ini bukan basis data"


def test_desa_add_show_and_remove(tmp_path, capsys):
    db = tmp_path / "kks.db"
    code, out, _ = run(capsys, "--db", db, "desa", "add", "3325012001", "--kk", "1.234", "--jiwa", "4100")
    assert code == 0
    assert "33.25.01.2001 Silurah" in out
    code, out, _ = run(capsys, "--db", db, "desa", "show", "33.25.01.2001", "--json")
    shown = json.loads(out)
    assert (shown["nama"], shown["jumlah_kk"], shown["jumlah_jiwa"]) == ("Silurah", 1234, 4100)
    assert shown["pokja"]["anggota"] == []
    code, out, _ = run(capsys, "--db", db, "desa", "remove", "33.25.01.2001")
    assert code == 0
    _, out, _ = run(capsys, "--db", db, "desa", "list", "--json")
    assert json.loads(out) == []


def test_desa_add_warns_but_saves_more_kk_than_jiwa(tmp_path, capsys):
    code, _, err = run(capsys, "--db", tmp_path / "k.db", "desa", "add", "33.25.01.2001",
                       "--kk", "500", "--jiwa", "300")
    assert code == 0
    assert "Perhatian: Jumlah KK: jumlah KK (500) lebih besar dari jumlah jiwa (300)" in err


@pytest.mark.parametrize(("args", "expected"), [
    (["33.25.01.2099"], "tidak ada dalam daftar resmi Kemendagri. Mungkin yang Anda maksud: "
                        "33.25.01.2009 Brayo"),
    (["33.2x"], "Kode wilayah “33.2x” tidak sah"),
    (["33.25.01"], "bukan kode desa/kelurahan"),
    (["33.25.01.2001", "--kk", "banyak"], "Jumlah KK: “banyak” bukan bilangan bulat"),
    (["33.25.01.2001", "--kk", "-3"], "Jumlah KK: tidak boleh negatif"),
])
def test_desa_add_refuses_bad_input_with_a_clear_message(tmp_path, capsys, args, expected):
    db = tmp_path / "k.db"
    code, _, err = run(capsys, "--db", db, "desa", "add", *args)
    assert code == 1
    assert expected in err
    assert "Traceback" not in err


def test_desa_add_outside_the_scope_is_refused(demo_db, capsys):
    code, _, err = run(capsys, "--db", demo_db, "desa", "add", "33.24.01.2001")
    assert code == 1
    assert "di luar wilayah kerja (33.25 Kabupaten Batang)" in err


def test_remove_refuses_while_the_pokja_hangs_on_the_desa_unless_forced(tmp_path, capsys):
    db = tmp_path / "k.db"
    run(capsys, "--db", db, "demo", "--kecamatan", "33.25.01")
    code, _, err = run(capsys, "--db", db, "desa", "remove", "33.25.01.2001")
    assert code == 1
    assert "masih memiliki 1 data Pokja" in err
    assert "--force" in err
    code, _, _ = run(capsys, "--db", db, "desa", "remove", "33.25.01.2001", "--force")
    assert code == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM desa WHERE kode='33.25.01.2001'").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM pokja_anggota a LEFT JOIN pokja p "
                            "ON p.id = a.pokja_id WHERE p.id IS NULL").fetchone()[0] == 0


def test_screenshot_writes_a_png_of_the_requested_page(demo_db, tmp_path):
    out = tmp_path / "desa.png"
    done = subprocess.run(
        [sys.executable, "-m", "kks_desktop", "--db", str(demo_db), "screenshot", "--page", "desa",
         "--out", str(out), "--size", "1280x720"],
        capture_output=True, text=True, env={**_env(), "QT_QPA_PLATFORM": "offscreen"}, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 720)


def test_screenshot_of_an_unknown_page_says_which_exist(demo_db, tmp_path, capsys):
    code, _, err = run(capsys, "--db", demo_db, "screenshot", "--page", "keuangan",
                       "--out", tmp_path / "x.png")
    assert code == 2
    assert "halaman “keuangan” tidak dikenal" in err
    assert "beranda, desa" in err


def _env():
    import os

    return dict(os.environ)


def test_a_workspace_in_a_folder_that_cannot_be_written_is_refused_in_indonesian(tmp_path, capsys):
    locked = tmp_path / "flashdisk"
    locked.mkdir()
    (locked / "bukan-folder").write_text("berkas biasa")
    code, _, err = run(capsys, "--db", locked / "bukan-folder" / "kks.db", "demo",
                       "--kecamatan", "33.25.01")
    assert code == 1
    assert "tidak dapat dibuka atau ditulis" in err
    assert "Traceback" not in err
