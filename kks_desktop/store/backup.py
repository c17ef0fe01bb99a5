"""Consistent copies of a workspace made with SQLite's online backup API, checked after writing."""

from __future__ import annotations

import errno
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from kks_desktop.domain.errors import DatabaseDamaged, NotADatabase
from kks_desktop.paths import remove_stale
from kks_desktop.store.schema import TABLES

logger = logging.getLogger(__name__)


def backup_database(source: sqlite3.Connection, target: Path,
                    meta: dict[str, str] | None = None) -> Path:
    """Copy the open database `source` to `target` (consistent even while it is written), with
    `meta` written into the copy's settings (when and by which program version it was made).

    The copy is written under a temporary name, checked with `PRAGMA integrity_check` and
    renamed into place, so a half-written copy never carries the real name.
    Raises DatabaseDamaged if the copy fails the check (the temporary file is removed).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    for stale in remove_stale(target.parent, "*.partial"):
        logger.info("removed %s left by a backup that was cut off", stale)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    dest = sqlite3.connect(partial)
    try:
        source.backup(dest)
        if meta:
            with dest:
                dest.executemany("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                                 sorted(meta.items()))
        result = [row[0] for row in dest.execute("PRAGMA integrity_check")]
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()
    if result != ["ok"]:
        partial.unlink(missing_ok=True)
        raise DatabaseDamaged(target, result)
    partial.replace(target)
    logger.info("backup written to %s", target)
    return target


@dataclass(frozen=True)
class BackupFile:
    """What a backup file holds, read without changing it."""

    schema_version: int
    integrity: list[str]
    settings: dict[str, str]
    counts: dict[str, int]


def read_backup(path: Path) -> BackupFile:
    """Open a backup read-only and report its version, `integrity_check`, settings and rows per
    table. Raises NotADatabase for a file that is no workspace (or no SQLite file at all),
    DatabaseDamaged for one too damaged to be read."""
    with _read_only(path) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE "
                                                 "type = 'table'")}
        return BackupFile(
            int(conn.execute("PRAGMA user_version").fetchone()[0]),
            [str(row[0]) for row in conn.execute("PRAGMA integrity_check")],
            _settings(conn, path),
            {t: int(conn.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0])
             for t in TABLES if t in tables})


def read_backup_settings(path: Path) -> dict[str, str]:
    """A backup's settings alone (when and how it was made), without checking the whole file:
    cheap enough to read for every backup in a folder. Raises NotADatabase."""
    with _read_only(path) as conn:
        return _settings(conn, path)


def _settings(conn: sqlite3.Connection, path: Path) -> dict[str, str]:
    try:
        return dict(conn.execute("SELECT key, value FROM settings").fetchall())
    except sqlite3.OperationalError:  # no settings table: some other SQLite file
        raise NotADatabase(path) from None


@contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection; an SQLite error inside means the file is damaged (SQLite says
    "malformed") or no usable workspace."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        raise NotADatabase(path) from None
    try:
        yield conn
    except sqlite3.DatabaseError as exc:
        if "malformed" in str(exc):
            raise DatabaseDamaged(path, [str(exc)]) from None
        raise NotADatabase(path) from None
    finally:
        conn.close()


def copy_database(source: Path, target: Path, meta: dict[str, str] | None = None) -> Path:
    """A checked copy of the database file `source` at `target`, made as `backup_database`
    makes one, through a read-only connection: consistent even while another program writes
    the file, which is never written itself. Check `source` first (`read_backup`).
    Raises DatabaseDamaged, or OSError when `target` cannot be written."""
    conn = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return backup_database(conn, target, meta)
    except sqlite3.OperationalError as exc:  # the target side: SQLite cannot write the copy
        raise OSError(errno.EIO, "salinan tidak dapat ditulis", str(target)) from exc
    finally:
        conn.close()


def restore_into(target: sqlite3.Connection, backup: Path) -> None:
    """Replace the whole content of the open database `target` with the backup's, in one step
    of the online backup API (readers see the old or the new content, never a mix)."""
    source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        source.backup(target)
    finally:
        source.close()
