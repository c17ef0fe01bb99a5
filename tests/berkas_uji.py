"""Makers of hostile workspace files and of older, newer and damaged backups, for the tests of
opening, restoring and the ways out (store, services, ui and cli)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.scope import ScopeLevel
from kks_desktop.services import desa_service
from kks_desktop.services.workspace import Workspace
from kks_desktop.store.schema import KNOWN_MIGRATIONS, MIGRATIONS, SCHEMA_VERSION

OLD_MTIME_NS = 1_600_000_000_000_000_000


def hostile(path: Path, make: Callable[[Path], None]) -> tuple[bytes, int]:
    """`make(path)` in a new folder, then remove what making it left beside the file (where the
    folder can be written) and date it back: a refused open must leave exactly this. Returns
    the file's bytes and modification time."""
    path.parent.mkdir(parents=True)
    make(path)
    if path.parent.stat().st_mode & stat.S_IWUSR:
        for extra in path.parent.iterdir():
            if extra != path:
                extra.unlink() if extra.is_file() else shutil.rmtree(extra)
    os.utime(path, ns=(OLD_MTIME_NS, OLD_MTIME_NS))
    return snapshot(path)


def snapshot(path: Path) -> tuple[bytes, int]:
    """A file's bytes and modification time."""
    return path.read_bytes(), path.stat().st_mtime_ns


def writable_again(path: Path) -> None:
    """Undo a read-only case, so the test's folder can be cleaned up."""
    path.parent.chmod(0o755)
    if path.exists():
        path.chmod(0o644)


def workspace(path: Path, *kode: str) -> bytes:
    """A closed workspace at `path` with these desa (Silurah when none is named)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with Workspace.open(path) as ws:
        for text in kode or ("33.25.01.2001",):
            desa_service.add_desa(ws, desa_service.new_desa(ws, KodeWilayah.parse(text)))
    return path.read_bytes()


def scoped(path: Path, *kode: str) -> None:
    """`workspace(path, *kode)` for Kec. Wonotunggal, so opening it asks no first start."""
    workspace(path, *kode)
    with Workspace.open(path) as ws:
        ws.set_scope(desa_service.home_scope(ScopeLevel.KECAMATAN, KodeWilayah.parse("33.25.01")))


def not_sqlite(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04 Laporan Pokja.xlsx yang diberi nama kks.db")


def truncated(path: Path) -> None:
    """Cut a workspace (a new one unless `path` holds one) after its third page."""
    good = path.read_bytes() if path.exists() else workspace(path)
    page = int.from_bytes(good[16:18], "big")
    path.write_bytes(good[: 3 * page])


def zero_bytes(path: Path) -> None:
    path.write_bytes(b"")


def mark_newer(path: Path) -> None:
    """Make a workspace or backup look written by a newer program."""
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                     "VALUES ('kks', 'm099_dari_masa_depan', '2030-01-01')")
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()


def newer(path: Path) -> None:
    workspace(path)
    mark_newer(path)


def read_only_file(path: Path) -> None:
    workspace(path)
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)


def read_only_folder(path: Path) -> None:
    workspace(path)
    for extra in path.parent.iterdir():
        if extra != path:
            extra.unlink()
    path.parent.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP)


def damage(path: Path) -> Path:
    """Change one key of the desa kode index in place: the file stays readable, but
    `integrity_check` fails."""
    with sqlite3.connect(path) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = "
                            "'sqlite_autoindex_desa_1'").fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * size
    page = bytes(data[start:start + size])
    assert b"33.25.01.2001" in page
    data[start:start + size] = page.replace(b"33.25.01.2001", b"33.25.01.2009")
    path.write_bytes(bytes(data))
    return path


def _last_migration_tables() -> list[str]:
    full, before = Database(memory=True), Database(memory=True)
    MIGRATIONS.apply(full)
    MIGRATIONS.apply(before, stop_before=KNOWN_MIGRATIONS[-1])
    return sorted(set(full.table_names()) - set(before.table_names()))


def make_older(path: Path) -> None:
    """Turn a workspace or backup into one of the version before the last migration: its
    record goes, and the tables it added if any (the last one, m011, rebuilds ekspor_log with a
    wider CHECK and can run again on a table that has it already)."""
    with sqlite3.connect(path) as conn:
        for table in _last_migration_tables():
            conn.execute(f"DROP TABLE [{table}]")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [KNOWN_MIGRATIONS[-1]])
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION - 1}")
    conn.close()
