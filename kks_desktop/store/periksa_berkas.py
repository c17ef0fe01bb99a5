"""Reading a workspace file without writing to it: its header and SQLite's quick_check, also ahead."""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from pathlib import Path

from kks_desktop.domain.errors import DatabaseDamaged, NotADatabase, WorkspaceEmpty

logger = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
# Checks started ahead of opening (periksa_di_latar): file -> (its stamp then, the result).
_DIPERIKSA: dict[Path, tuple[tuple[int, ...], Future[None]]] = {}


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


@contextmanager
def terbaca(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to the existing file at `path`.

    Raises WorkspaceEmpty for a file of zero bytes, NotADatabase for a file that is not SQLite,
    and DatabaseDamaged when SQLite finds it damaged while it is read.
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
        yield conn
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc) or "malformed" in str(exc):
            raise DatabaseDamaged(path, [str(exc)]) from exc
        raise
    finally:
        conn.close()


def periksa_utuh(path: Path) -> None:
    """Raises as `terbaca` does, and DatabaseDamaged when `PRAGMA quick_check` (which reads the
    whole file) finds a fault."""
    with terbaca(path) as conn:
        problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
    if problems != ["ok"]:
        raise DatabaseDamaged(path, problems)


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
    """Start `periksa_utuh` (~0.3 s for 150 MB here, ~1 s on a slow laptop) on a thread, so the
    program's start-up goes on meanwhile; SQLite works outside Python's lock. `utuh_sekali`
    then takes the result, the same refusals included, if the file has not changed since. A
    second call for the same unchanged file leaves the first check running alone.

    Needs only the standard library, so it can start before the program's modules load.
    """
    path = path.expanduser()
    if not path.is_file():
        return
    stamp = _cap(path)
    pending = _DIPERIKSA.get(path.resolve())
    if pending is not None and pending[0] == stamp:
        return  # already being checked, the file unchanged since
    result: Future[None] = Future()

    def run() -> None:
        try:
            periksa_utuh(path)
            result.set_result(None)
        except BaseException as exc:  # handed to utuh_sekali, raised there
            result.set_exception(exc)
    _DIPERIKSA[path.resolve()] = (stamp, result)
    threading.Thread(target=run, name="periksa-berkas", daemon=True).start()


def utuh_sekali(path: Path) -> None:
    """`periksa_utuh`, or the result of the check started ahead for the unchanged file."""
    ahead = _DIPERIKSA.pop(path.resolve(), None)
    if ahead is not None:
        stamp, result = ahead
        try:
            result.result()
        except Exception:
            if stamp == _cap(path):
                raise
        else:
            if stamp == _cap(path):
                return
        logger.info("%s changed after its early check; checked again", path)
    periksa_utuh(path)
