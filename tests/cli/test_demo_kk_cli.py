"""`demo --households`: the demo desa get their household registers, counted in the output."""

from __future__ import annotations

import sqlite3

from kks_desktop.cli import main


def test_demo_with_households_fills_every_desa_and_says_how_many(tmp_path, capsys) -> None:
    path = tmp_path / "demo.db"
    assert main(["--db", str(path), "demo", "--kecamatan", "33.25.14", "--households"]) == 0
    out = capsys.readouterr().out
    conn = sqlite3.connect(path)
    registered, households = conn.execute(
        "SELECT sum(jumlah_kk), (SELECT count(*) FROM rumah_tangga) FROM desa").fetchone()
    empty = conn.execute("SELECT count(*) FROM desa d WHERE NOT EXISTS (SELECT 1 FROM "
                         "rumah_tangga h WHERE h.desa_id = d.id)").fetchone()
    conn.close()
    assert registered == households and empty == (0,)
    shown = f"{households:,}".replace(",", ".")
    assert out == (f"Data contoh Pecalungan: 10 desa/kelurahan ditambahkan, 0 sudah ada, {shown} KK "
                   f"contoh. Berkas: {path}\n")
    # Again: nothing more.
    assert main(["--db", str(path), "demo", "--kecamatan", "33.25.14", "--households"]) == 0
    assert ", 0 KK contoh." in capsys.readouterr().out


def test_demo_without_households_leaves_the_register_empty(tmp_path, capsys) -> None:
    path = tmp_path / "demo.db"
    assert main(["--db", str(path), "demo", "--kecamatan", "33.25.14"]) == 0
    assert "KK contoh" not in capsys.readouterr().out
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM rumah_tangga").fetchone() == (0,)
    conn.close()
