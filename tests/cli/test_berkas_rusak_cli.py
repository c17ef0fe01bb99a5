"""The command line on hostile workspace files: the same Indonesian sentence as the GUI, exit code 1,
the file untouched; and a path with spaces and non-ASCII characters that simply works."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from berkas_uji import (
    hostile,
    newer,
    not_sqlite,
    read_only_file,
    read_only_folder,
    snapshot,
    truncated,
    writable_again,
    zero_bytes,
)

from kks_desktop import messages
from kks_desktop.cli import main
from kks_desktop.domain.errors import KksError
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.services import desa_service
from kks_desktop.services.workspace import Workspace

REPO = Path(__file__).resolve().parents[2]
SILURAH = KodeWilayah.parse("33.25.01.2001")


def _run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("make", [not_sqlite, truncated, zero_bytes, newer, read_only_file,
                                  read_only_folder], ids=lambda m: m.__name__)
def test_a_hostile_file_gets_the_indonesian_sentence_and_exit_code_1(capsys, tmp_path, make):
    path = tmp_path / make.__name__ / "kks.db"
    before = hostile(path, make)
    try:
        with pytest.raises(KksError) as refused:
            Workspace.open(path)
        expected = messages.describe(refused.value)
        code, out, err = _run(capsys, "--db", path, "desa", "list")
        assert (code, out) == (1, "")
        assert err == f"kks-desktop: {expected}\n"
        assert snapshot(path) == before
        assert sorted(p.name for p in path.parent.iterdir()) == ["kks.db"]
    finally:
        writable_again(path)


def test_a_workspace_open_in_the_program_is_refused_on_the_command_line(tmp_path):
    path = tmp_path / "kks.db"
    with Workspace.open(path):
        done = subprocess.run([sys.executable, "-m", "kks_desktop", "--db", str(path), "desa",
                               "list"], capture_output=True, text=True, cwd=REPO, timeout=120,
                              check=False)
    assert done.returncode == 1
    assert done.stderr.startswith(f"kks-desktop: Data {path} sedang dibuka oleh KKS Desktop lain")


def test_a_path_with_spaces_and_non_ascii_characters_works_for_every_backup_command(
        capsys, tmp_path):
    db = tmp_path / "Pokja Désa Sëlurah" / "data kabupatén ꦱꦶ.db"
    usb = tmp_path / "FLASHDISK (E)" / "cadangan bulan Nopember"
    assert _run(capsys, "--db", db, "desa", "add", "33.25.01.2001")[0] == 0
    code, out, err = _run(capsys, "--db", db, "backup", "--out", usb)
    assert code == 0, err
    backup = next(usb.glob("*.db"))
    assert out == f"Cadangan tersimpan dan utuh: {backup} ({out.split('(')[-1]}"
    listed = json.loads(_run(capsys, "--db", db, "backups", "--dir", usb, "--json")[1])
    assert [b["berkas"] for b in listed] == [str(backup)]
    assert _run(capsys, "--db", db, "desa", "add", "33.25.01.2002")[0] == 0
    assert _run(capsys, "--db", db, "restore", backup, "--yes")[0] == 0
    assert "33.25.01.2002" not in _run(capsys, "--db", db, "desa", "list")[1]


def test_a_scheduled_backup_works_while_the_window_has_the_workspace_open(capsys, tmp_path):
    db = tmp_path / "kks.db"
    usb = tmp_path / "server" / "cadangan"
    with Workspace.open(db) as window:  # as the program's window holds it
        desa_service.add_desa(window, desa_service.new_desa(window, SILURAH))
        code, out, err = _run(capsys, "--db", db, "backup", "--out", usb)
        assert code == 0, err
        assert out.startswith("Program KKS Desktop sedang membuka data ini; cadangan dibuat "
                              "tanpa mengganggunya.\nCadangan tersimpan dan utuh: ")
        code, out, err = _run(capsys, "--db", db, "backups", "--json")
        assert (code, json.loads(out)) == (0, [])  # nothing in the folder beside the workspace
        listed = json.loads(_run(capsys, "--db", db, "backups", "--dir", usb, "--json")[1])
        assert [(b["utuh"], b["jumlah"]["desa"], b["jenis"]) for b in listed] == [
            (True, 1, "manual")]
        window.settings.set_many({"masih": "bisa"})  # the window goes on writing
