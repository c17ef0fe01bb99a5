"""Opening a workspace file safely: refuse foreign, damaged or newer files, lock, back up, migrate."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from kks_desktop.domain.errors import (
    NewerSchema,
    NotADatabase,
    WorkspaceReadOnly,
)
from kks_desktop.store.backup import backup_database
from kks_desktop.store.lock import WorkspaceLock
from kks_desktop.store.periksa_berkas import periksa_utuh, terbaca, utuh_sekali, writable
from kks_desktop.store.riwayat_pemicu import mulai_aksi, pasang, tutup_aksi
from kks_desktop.store.schema import KNOWN_MIGRATIONS, MIGRATION_SET, MIGRATIONS, SCHEMA_VERSION

logger = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
BACKUP_DIR_NAME = "cadangan"


class KksDatabase(Database):
    """A workspace connection whose outermost transactions are each filed as one `aksi` of the
    change history (once `pasang_riwayat()` has made the triggers)."""

    riwayat_aktif = False

    def pasang_riwayat(self) -> None:
        self.riwayat_aktif = pasang(self.conn)

    @contextmanager
    def atomic(self, judul: str = "") -> Iterator[Database]:
        """A transaction (nested blocks become savepoints); `judul` says what it does, for the
        history and for undo."""
        if self.conn.in_transaction or not self.riwayat_aktif:
            with super().atomic():
                yield self
            return
        with super().atomic():
            aksi = mulai_aksi(self.conn, judul)
            yield self
            tutup_aksi(self.conn, aksi)


@dataclass
class OpenedDatabase:
    """A workspace open for writing by this program, with its lock held until `close()`."""

    db: KksDatabase
    path: Path
    lock: WorkspaceLock | None
    backup_before_migration: Path | None = None
    migrations_applied: list[str] = field(default_factory=list)

    def close(self) -> None:
        """Checkpoint the WAL into the file, close the connection and release the lock."""
        try:
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            logger.exception("checkpoint on close failed")
        finally:
            self.db.close()
            if self.lock is not None:
                self.lock.release()


def inspect_file(path: Path) -> int:
    """Check an existing file without writing to it and return its schema version (0 = a SQLite
    file with no tables yet).

    Raises WorkspaceEmpty for a file of zero bytes, NotADatabase for a file that is not SQLite
    or not a workspace, DatabaseDamaged if `PRAGMA quick_check` fails, and NewerSchema if a
    newer program wrote it.
    """
    periksa_utuh(path)
    return _skema(path)


def _inspect_once(path: Path) -> int:
    """`inspect_file`, taking the quick_check started ahead for the unchanged file."""
    utuh_sekali(path)
    return _skema(path)


def check_writable(path: Path) -> None:
    """Raises WorkspaceReadOnly when the workspace file, or the folder the lock, the WAL and the
    backups are written into, cannot be written. Nothing is written to find out."""
    folder = path.parent
    if folder.is_dir() and not writable(folder):
        raise WorkspaceReadOnly(path, folder)
    if path.exists() and not writable(path):
        raise WorkspaceReadOnly(path)


def _skema(path: Path) -> int:
    """The schema version of the file at `path` (checked whole already); NotADatabase for a
    SQLite file that is not a workspace, NewerSchema for one a newer program wrote."""
    with terbaca(path) as conn:
        return _inspect(conn, path)


def _inspect(conn: sqlite3.Connection, path: Path) -> int:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not tables:
        return 0
    if MIGRATIONS.migrations_table not in tables:
        raise NotADatabase(path)
    applied = [
        row[0]
        for row in conn.execute(
            f"SELECT name FROM {MIGRATIONS.migrations_table} WHERE migration_set = ?",
            [MIGRATION_SET],
        )
    ]
    if not applied and tables - {MIGRATIONS.migrations_table}:
        raise NotADatabase(path)
    user_version = conn.execute("PRAGMA user_version").fetchone()[0]
    unknown = [name for name in applied if name not in KNOWN_MIGRATIONS]
    found = max(len(applied), int(user_version))
    if unknown or found > SCHEMA_VERSION:
        raise NewerSchema(path, max(found, SCHEMA_VERSION + len(unknown)), SCHEMA_VERSION)
    return len(applied)


def open_database(path: Path) -> OpenedDatabase:
    """Open (or create) the workspace at `path` for writing and bring its schema up to date.

    An existing file is checked read-only first; then the lock is taken, the file is copied
    aside with the online backup API if migrations are pending, and the migrations run, each in
    its own transaction.
    Raises WorkspaceEmpty, NotADatabase, DatabaseDamaged, NewerSchema, WorkspaceReadOnly or
    WorkspaceLocked; the file is unchanged then.
    """
    path = path.expanduser()
    version = _inspect_once(path) if path.exists() else 0
    check_writable(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = WorkspaceLock(path)
    lock.acquire(path)
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
        db = KksDatabase(conn, strict=True, execute_plugins=False)
        _configure(db)
        opened = OpenedDatabase(db, path, lock)
        _migrate(opened, version)
        db.pasang_riwayat()
    except BaseException:
        lock.release()
        raise
    return opened


def open_for_thread(opened: OpenedDatabase) -> OpenedDatabase:
    """A second connection to a workspace this program already holds open (and locked), for a
    worker thread: a sqlite connection belongs to the thread that made it. It takes no lock and
    runs no migrations; closing it leaves the first connection and the lock alone."""
    conn = sqlite3.connect(opened.path, timeout=BUSY_TIMEOUT_MS / 1000)
    db = KksDatabase(conn, strict=True, execute_plugins=False)
    _configure(db)
    db.pasang_riwayat()
    return OpenedDatabase(db, opened.path, None)


def _configure(db: Database) -> None:
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def _migrate(opened: OpenedDatabase, version: int) -> None:
    db = opened.db
    pending = [m.name for m in MIGRATIONS.pending(db)]
    if not pending:
        return
    if version > 0:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        name = f"{opened.path.stem}-sebelum-skema-{version}-ke-{SCHEMA_VERSION}-{stamp}.db"
        target = opened.path.parent / BACKUP_DIR_NAME / name
        opened.backup_before_migration = backup_database(db.conn, target)
    MIGRATIONS.apply(db)
    db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
    opened.migrations_applied = pending
    logger.info("applied migrations %s to %s", pending, opened.path)
