"""`backup`, `backups`, `restore` as a kabupaten's scheduled script would run them."""

from __future__ import annotations

import json

from kks_desktop.cli import main


def _run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_backup_list_and_restore_from_the_command_line(capsys, tmp_path) -> None:
    db = tmp_path / "kks.db"
    assert _run(capsys, "--db", db, "desa", "add", "33.25.01.2001")[0] == 0
    code, out, err = _run(capsys, "--db", db, "backup", "--out", tmp_path / "usb")
    assert code == 0, err
    assert out.startswith("Cadangan tersimpan dan utuh: ")
    backup = next((tmp_path / "usb").glob("*.db"))
    code, out, _ = _run(capsys, "--db", db, "backups", "--dir", tmp_path / "usb", "--json")
    listed = json.loads(out)
    assert [(b["berkas"], b["utuh"], b["jumlah"]["desa"]) for b in listed] == [
        (str(backup), True, 1)]
    assert _run(capsys, "--db", db, "desa", "add", "33.25.01.2002")[0] == 0

    code, out, _ = _run(capsys, "--db", db, "restore", backup)
    assert code == 1 and "Belum ada yang diubah" in out
    assert "Desa                        1         2" in out
    code, out, err = _run(capsys, "--db", db, "restore", backup, "--yes")
    assert code == 0, err
    assert "Keadaan sebelumnya tersimpan di" in out
    code, out, _ = _run(capsys, "--db", db, "desa", "list")
    assert "33.25.01.2001" in out and "33.25.01.2002" not in out
    code, out, _ = _run(capsys, "--db", db, "backups")
    assert "sebelum-pulih" in out and "utuh" in out


def test_restore_of_something_that_is_no_backup_is_refused(capsys, tmp_path) -> None:
    db = tmp_path / "kks.db"
    assert _run(capsys, "--db", db, "desa", "add", "33.25.01.2001")[0] == 0
    photo = tmp_path / "foto.db"
    photo.write_bytes(b"\xff\xd8\xff\xe0 JFIF")
    code, _, err = _run(capsys, "--db", db, "restore", photo, "--yes")
    assert code == 1 and "bukan berkas data KKS Desktop" in err
    assert "33.25.01.2001" in _run(capsys, "--db", db, "desa", "list")[1]
