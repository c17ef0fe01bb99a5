"""Tests for open_database: pragmas, refusing foreign/damaged/newer files, the lock, backups."""

import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlite_utils import Database, Migrations

from kks_desktop.domain.errors import (
    DatabaseDamaged,
    NewerSchema,
    NotADatabase,
    WorkspaceLocked,
)
from kks_desktop.services.workspace import Workspace
from kks_desktop.store.connection import BACKUP_DIR_NAME, open_database
from kks_desktop.store.schema import KNOWN_MIGRATIONS, MIGRATIONS, SCHEMA_VERSION, TABLES

REPO = Path(__file__).resolve().parents[2]
OLD_MTIME_NS = 1_600_000_000_000_000_000


def _make_workspace(path: Path) -> bytes:
    open_database(path).close()
    return path.read_bytes()


def _siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def _run_child(code: str, path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, cwd=REPO,
        timeout=120, check=False,
    )


def test_fresh_file_is_configured_and_fully_migrated(workspace_path: Path) -> None:
    opened = open_database(workspace_path)
    try:
        db = opened.db
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        tables = {
            row[1]: row[5] for row in db.execute("PRAGMA table_list").fetchall()
            if row[0] == "main" and not row[1].startswith("sqlite_")
        }
        assert tables == dict.fromkeys((*TABLES, "_sqlite_migrations"), 1)
        assert opened.migrations_applied == list(KNOWN_MIGRATIONS)
        assert opened.migrations_applied == ["m001_settings", "m002_desa", "m003_pokja",
                                                "m004_sanitasi", "m005_odf", "m006_kegiatan",
                                                "m007_kesiapan", "m008_pertukaran", "m009_riwayat",
                                                "m010_rumah_tangga", "m011_ekspor_data_kk"]
        assert opened.backup_before_migration is None
    finally:
        opened.close()
    again = open_database(workspace_path)
    try:
        assert again.migrations_applied == []
        assert again.backup_before_migration is None
        assert not (workspace_path.parent / BACKUP_DIR_NAME).exists()
    finally:
        again.close()


def test_text_file_is_not_a_database(workspace_path: Path) -> None:
    workspace_path.write_bytes(b"Daftar desa:\nSilurah\n")
    with pytest.raises(NotADatabase) as info:
        open_database(workspace_path)
    assert info.value.path == workspace_path
    assert workspace_path.read_bytes() == b"Daftar desa:\nSilurah\n"
    assert _siblings(workspace_path) == ["kks.db"]


def test_pages_overwritten_with_garbage_are_damage(workspace_path: Path) -> None:
    good = _make_workspace(workspace_path)
    page_size = int.from_bytes(good[16:18], "big")
    assert len(good) >= 4 * page_size
    garbage = bytes(i % 251 for i in range(len(good) - page_size))
    damaged = good[:page_size] + garbage
    workspace_path.write_bytes(damaged)
    with pytest.raises(DatabaseDamaged) as info:
        open_database(workspace_path)
    assert info.value.details
    assert workspace_path.read_bytes() == damaged


def test_truncated_file_is_damage(workspace_path: Path) -> None:
    good = _make_workspace(workspace_path)
    page_size = int.from_bytes(good[16:18], "big")
    workspace_path.write_bytes(good[: 2 * page_size])
    with pytest.raises(DatabaseDamaged):
        open_database(workspace_path)
    assert workspace_path.read_bytes() == good[: 2 * page_size]


def test_foreign_sqlite_database_is_refused(workspace_path: Path) -> None:
    conn = sqlite3.connect(workspace_path)
    conn.execute("CREATE TABLE pelanggan (id INTEGER PRIMARY KEY, nama TEXT)")
    conn.execute("INSERT INTO pelanggan (nama) VALUES ('Toko Sumber Rejeki')")
    conn.commit()
    conn.close()
    before = workspace_path.read_bytes()
    with pytest.raises(NotADatabase):
        open_database(workspace_path)
    assert workspace_path.read_bytes() == before


def test_other_apps_migration_set_is_refused(workspace_path: Path) -> None:
    other = Migrations("aplikasi_lain")

    @other()
    def m001_items(db: Database) -> None:
        db.execute("CREATE TABLE items (id INTEGER PRIMARY KEY)")

    db = Database(workspace_path)
    other.apply(db)
    db.close()
    with pytest.raises(NotADatabase):
        open_database(workspace_path)


def _newer_workspace(tmp_path: Path) -> Path:
    source = tmp_path / "asal" / "kks.db"
    _make_workspace(source)
    target = tmp_path / "baru" / "kks.db"
    target.parent.mkdir()
    shutil.copyfile(source, target)
    conn = sqlite3.connect(target)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('kks', 'm099_dari_masa_depan', '2030-01-01')"
    )
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    assert _siblings(target) == ["kks.db"]
    os.utime(target, ns=(OLD_MTIME_NS, OLD_MTIME_NS))
    return target


def test_newer_schema_is_refused_without_touching_the_file(tmp_path: Path) -> None:
    path = _newer_workspace(tmp_path)
    before = path.read_bytes()
    with pytest.raises(NewerSchema) as info:
        open_database(path)
    assert info.value.found == SCHEMA_VERSION + 1
    assert info.value.supported == SCHEMA_VERSION
    assert info.value.found > info.value.supported
    assert path.read_bytes() == before
    assert path.stat().st_mtime_ns == OLD_MTIME_NS
    assert not path.with_name("kks.db.lock").exists()


def test_newer_schema_leaves_no_files_beside_it(tmp_path: Path) -> None:
    path = _newer_workspace(tmp_path)
    with pytest.raises(NewerSchema):
        open_database(path)
    assert _siblings(path) == ["kks.db"]


def test_second_open_in_the_same_process_is_locked(workspace_path: Path) -> None:
    first = Workspace.open(workspace_path)
    try:
        with pytest.raises(WorkspaceLocked) as info:
            Workspace.open(workspace_path)
        assert info.value.path == workspace_path
        first.settings.set_many({"masih": "bisa"})
        assert first.settings.get("masih") == "bisa"
    finally:
        first.close()
    Workspace.open(workspace_path).close()


CHILD_OPEN = """
import sys
from pathlib import Path
from kks_desktop.domain.errors import WorkspaceLocked
from kks_desktop.services.workspace import Workspace
try:
    ws = Workspace.open(Path(sys.argv[1]))
except WorkspaceLocked:
    print("LOCKED")
    sys.exit(3)
ws.close()
print("OPENED")
"""


def test_second_process_is_locked_out(workspace_path: Path) -> None:
    ws = Workspace.open(workspace_path)
    try:
        locked = _run_child(CHILD_OPEN, workspace_path)
    finally:
        ws.close()
    assert (locked.returncode, locked.stdout.strip()) == (3, "LOCKED"), locked.stderr
    opened = _run_child(CHILD_OPEN, workspace_path)
    assert (opened.returncode, opened.stdout.strip()) == (0, "OPENED"), opened.stderr


CHILD_HOLD = """
import sys
from pathlib import Path
from kks_desktop.services.workspace import Workspace
ws = Workspace.open(Path(sys.argv[1]))
ws.settings.set_many({"pengguna": "Bu Siti"})
print("READY", flush=True)
sys.stdin.read()
"""


def test_lock_of_a_killed_process_does_not_stick(workspace_path: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD_HOLD, str(workspace_path)], cwd=REPO,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "READY"
        with pytest.raises(WorkspaceLocked):
            Workspace.open(workspace_path)
        child.kill()
        assert child.wait(timeout=60) == -9
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=60)
        child.communicate()
    assert workspace_path.with_name("kks.db.lock").exists()
    ws = Workspace.open(workspace_path)
    try:
        assert ws.settings.get("pengguna") == "Bu Siti"
        assert ws.health().ok
    finally:
        ws.close()


def test_older_schema_is_backed_up_before_migration(workspace_path: Path) -> None:
    raw = Database(workspace_path)
    MIGRATIONS.apply(raw, stop_before="m002_desa")
    raw.execute("INSERT INTO settings (key, value) VALUES ('pengguna', 'Bu Siti')")
    raw.conn.commit()
    raw.close()

    opened = open_database(workspace_path)
    try:
        assert opened.migrations_applied == ["m002_desa", "m003_pokja", "m004_sanitasi",
                                                "m005_odf", "m006_kegiatan", "m007_kesiapan",
                                                "m008_pertukaran", "m009_riwayat",
                                                "m010_rumah_tangga", "m011_ekspor_data_kk"]
        backup = opened.backup_before_migration
        assert backup is not None
        assert backup.parent == workspace_path.parent / BACKUP_DIR_NAME
        assert re.fullmatch(r"kks-sebelum-skema-1-ke-11-\d{8}-\d{6}\.db", backup.name)
        assert sorted(p.name for p in backup.parent.iterdir()) == [backup.name]
        live = opened.db
        assert live.execute("SELECT key, value FROM settings").fetchall() == [
            ("pengguna", "Bu Siti")
        ]
        assert set(TABLES) <= set(live.table_names())
        assert live.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        opened.close()

    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert tables == {"_sqlite_migrations", "settings"}
        assert conn.execute("SELECT key, value FROM settings").fetchall() == [
            ("pengguna", "Bu Siti")
        ]
        assert [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")] == [
            "m001_settings"
        ]
    finally:
        conn.close()


def test_the_ledger_keeps_its_rows_and_takes_household_exports_after_m011(workspace_path: Path) -> None:
    raw = Database(workspace_path)
    MIGRATIONS.apply(raw, stop_before="m011_ekspor_data_kk")
    row = {"uuid": "u-1", "waktu": "2026-11-01T00:00:00Z", "jenis": "rekap",
           "nama_berkas": "Rekap.xlsx", "sha256": "a" * 64, "lingkup": "Kabupaten Batang",
           "desa_kode": '["33.25.01.2001"]', "baris": '{"Rekap": 1}'}
    raw["ekspor_log"].insert(row)
    with pytest.raises(sqlite3.IntegrityError):
        raw["ekspor_log"].insert({**row, "uuid": "u-2", "jenis": "data_kk"})
    raw.conn.commit()
    raw.close()

    opened = open_database(workspace_path)
    try:
        assert opened.migrations_applied == ["m011_ekspor_data_kk"]
        live = opened.db
        assert [dict(r) for r in live["ekspor_log"].rows] == [{"id": 1, **row}]
        live["ekspor_log"].insert({**row, "uuid": "u-2", "jenis": "data_kk"})
        with pytest.raises(sqlite3.IntegrityError):
            live["ekspor_log"].insert({**row, "uuid": "u-3", "jenis": "lain"})
        assert live.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                            "tbl_name = 'ekspor_log' AND sql IS NOT NULL").fetchall() == [
            ("ekspor_log_by_waktu",)]
    finally:
        opened.close()
