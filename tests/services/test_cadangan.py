"""Backups on real workspace files: checked copies with their facts, the daily rotation, and a
restore that keeps the state it replaces and refuses what it cannot use."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from kks_desktop.domain.desa import Desa
from kks_desktop.domain.errors import NewerSchema, NotADatabase, WorkspaceNotFound
from kks_desktop.services import cadangan
from kks_desktop.services.workspace import Workspace
from kks_desktop.store.schema import SCHEMA_VERSION

MakeDesa = Callable[..., Desa]
NOW = dt.datetime(2026, 11, 22, 8, 15, 2)


def test_a_backup_is_a_checked_copy_that_says_when_and_what_it_holds(
        ws: Workspace, make_desa: MakeDesa, tmp_path: Path) -> None:
    make_desa(ws, "33.25.01.2001")
    usb = tmp_path / "FLASHDISK" / "Cadangan Pokja"
    info = cadangan.buat(ws, usb, now=NOW)
    assert info.path == usb / f"{ws.path.stem}-manual-20261122-081502.db"
    assert (info.jenis, info.dibuat, info.versi_skema, info.utuh) == (
        "manual", NOW, SCHEMA_VERSION, True)
    assert info.jumlah["desa"] == 1 and info.versi_program
    assert cadangan.terakhir(ws) == NOW
    again = cadangan.buat(ws, usb, now=NOW)  # the same second: a new name, nothing overwritten
    assert again.path.name.endswith("-2.db")
    assert not list(usb.glob("*.partial"))
    with sqlite3.connect(info.path) as copy:
        assert copy.execute("SELECT kode FROM desa").fetchall() == [("33.25.01.2001",)]


def test_daily_backups_are_made_once_a_day_and_rotated(ws: Workspace, make_desa: MakeDesa) -> None:
    make_desa(ws, "33.25.01.2001")
    manual = cadangan.buat(ws, now=NOW - dt.timedelta(days=90))
    for day in range(40):
        when = NOW - dt.timedelta(days=39 - day)
        assert cadangan.harian(ws, when, simpan_hari=7, simpan_bulan=2) is not None
        assert cadangan.harian(ws, when + dt.timedelta(hours=2), 7, 2) is None
    daily = [b for b in cadangan.daftar(cadangan.folder_cadangan(ws)) if b.jenis == "harian"]
    days = [b.dibuat.date() for b in daily]
    assert days[:7] == [NOW.date() - dt.timedelta(days=n) for n in range(7)]
    assert len(daily) == 8  # seven days, and the newest of October (November's is kept already)
    assert days[-1] == dt.date(2026, 10, 31)
    assert manual.path.exists()  # the rotation touches daily backups only


def test_restore_puts_the_backup_back_and_keeps_the_state_it_replaces(
        ws: Workspace, make_desa: MakeDesa) -> None:
    make_desa(ws, "33.25.01.2001")
    saved = cadangan.buat(ws, now=NOW)
    make_desa(ws, "33.25.01.2002")
    before = cadangan.pulihkan(ws, saved.path, now=NOW + dt.timedelta(hours=1))
    assert [str(d.kode) for d in ws.desa.desa_list()] == ["33.25.01.2001"]
    assert (before.jenis, before.jumlah["desa"]) == ("sebelum-pulih", 2)
    assert ws.health().ok


def test_restore_refuses_files_it_cannot_use_and_changes_nothing(
        ws: Workspace, make_desa: MakeDesa, tmp_path: Path) -> None:
    make_desa(ws, "33.25.01.2001")
    usb = tmp_path / "usb"
    newer = cadangan.buat(ws, usb, now=NOW).path
    with sqlite3.connect(newer) as conn:
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    text = usb / "laporan.db"
    text.write_text("bukan database", encoding="utf-8")
    for path, error in ((newer, NewerSchema), (text, NotADatabase),
                        (usb / "tidak-ada.db", WorkspaceNotFound)):
        with pytest.raises(error):
            cadangan.pulihkan(ws, path)
    assert [str(d.kode) for d in ws.desa.desa_list()] == ["33.25.01.2001"]
    assert not cadangan.folder_cadangan(ws).exists()  # no safety copy for a refused restore
    assert [b.path for b in cadangan.daftar(usb)] == [newer]  # the text file is skipped


def test_half_made_backups_left_by_a_cut_off_backup_are_removed(ws: Workspace) -> None:
    folder = cadangan.folder_cadangan(ws)
    folder.mkdir(parents=True)
    stale = folder / "kks-sebelum-impor-20261101-080000.db.partial"
    stale.write_bytes(b"SQLite format 3\x00half")
    busy = folder / "kks-manual-20261122-080000.db.partial"  # another backup writing now
    busy.write_bytes(b"SQLite format 3\x00busy")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    made = cadangan.buat(ws)
    assert sorted(p.name for p in folder.iterdir()) == sorted([made.path.name, busy.name])
