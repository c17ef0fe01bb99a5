"""Opening a workspace file safely: refuse foreign, damaged or newer files, lock, back up, migrate."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from kks_desktop.domain.errors import (
    DatabaseDamaged,
    NewerSchema,
    NotADatabase,
    WorkspaceEmpty,
    WorkspaceReadOnly,
)
from kks_desktop.store.backup import backup_database
from kks_desktop.store.lock import WorkspaceLock
from kks_desktop.store.riwayat_pemicu import mulai_aksi, pasang, tutup_aksi
from kks_desktop.store.schema import KNOWN_MIGRATIONS, MIGRATION_SET, MIGRATIONS, SCHEMA_VERSION

logger = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
BACKUP_DIR_NAME = "cadangan"
# Checks started ahead of opening (periksa_di_latar): file -> (its stamp then, the result).
_DIPERIKSA: dict[Path, tuple[tuple[int, ...], Future[int]]] = {}


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
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if not header:
        raise WorkspaceEmpty(path)
    if header != SQLITE_HEADER:
        raise NotADatabase(path)
    # Without a WAL beside it (or where SQLite could not write its index beside it), read the
    # file as immutable: SQLite then creates no -wal/-shm files, so a refused file is left
    # exactly as it was found.
    wal = path.with_name(path.name + "-wal")
    use_wal = wal.exists() and wal.stat().st_size > 0 and writable(path.parent)
    mode = "mode=ro" if use_wal else "immutable=1"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)
    except sqlite3.Error as exc:
        raise NotADatabase(path) from exc
    try:
        return _inspect(conn, path)
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc) or "malformed" in str(exc):
            raise DatabaseDamaged(path, [str(exc)]) from exc
        raise
    finally:
        conn.close()


def _cap(path: Path) -> tuple[int, ...]:
    """Size and modification time of the file and its WAL: when they are the same, so is the
    content a check read."""
    found: list[int] = []
    for file in (path, path.with_name(path.name + "-wal")):
        try:
            info = file.stat()
        except OSError:
            found += [-1, -1]
        else:
            found += [info.st_size, info.st_mtime_ns]
    return tuple(found)


def periksa_di_latar(path: Path) -> None:
    """Start `inspect_file` (its quick_check reads the whole file: ~0.3 s for 150 MB here, ~1 s
    on a slow laptop) on a thread, so the program's start-up goes on meanwhile; SQLite works
    outside Python's lock. `open_database` then takes the result, the same refusals included,
    if the file has not changed since; otherwise it checks again. A second call for the same
    unchanged file leaves the first check running alone."""
    path = path.expanduser()
    if not path.is_file():
        return
    stamp = _cap(path)
    pending = _DIPERIKSA.get(path.resolve())
    if pending is not None and pending[0] == stamp:
        return  # already being checked, the file unchanged since
    result: Future[int] = Future()

    def run() -> None:
        try:
            result.set_result(inspect_file(path))
        except BaseException as exc:  # handed to open_database, raised there
            result.set_exception(exc)
    _DIPERIKSA[path.resolve()] = (stamp, result)
    threading.Thread(target=run, name="periksa-berkas", daemon=True).start()


def _inspect_once(path: Path) -> int:
    """`inspect_file`, or the result of the check started ahead for the unchanged file."""
    ahead = _DIPERIKSA.pop(path.resolve(), None)
    if ahead is not None:
        stamp, result = ahead
        try:
            version = result.result()
        except Exception:
            if stamp == _cap(path):
                raise
        else:
            if stamp == _cap(path):
                return version
        logger.info("%s changed after its early check; checked again", path)
    return inspect_file(path)


def writable(path: Path) -> bool:
    """Whether this program may write `path` (a file or a folder): the system allows it and the
    write permission has not been taken away on purpose (a file or folder with no write bit is
    read-only by intent, even for an administrator's account). On Windows a folder's read-only
    attribute means nothing for writing, so only the system's answer counts there."""
    if not os.access(path, os.W_OK):
        return False
    if os.name == "nt" and path.is_dir():
        return True
    return bool(path.stat().st_mode & 0o222)


def check_writable(path: Path) -> None:
    """Raises WorkspaceReadOnly when the workspace file, or the folder the lock, the WAL and the
    backups are written into, cannot be written. Nothing is written to find out."""
    folder = path.parent
    if folder.is_dir() and not writable(folder):
        raise WorkspaceReadOnly(path, folder)
    if path.exists() and not writable(path):
        raise WorkspaceReadOnly(path)


def _inspect(conn: sqlite3.Connection, path: Path) -> int:
    problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
    if problems != ["ok"]:
        raise DatabaseDamaged(path, problems)
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
