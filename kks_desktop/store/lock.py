"""One writer per workspace: an OS file lock that dies with the process that held it."""

from __future__ import annotations

import logging
from pathlib import Path

from filelock import FileLock, Timeout

from kks_desktop.domain.errors import WorkspaceLocked

logger = logging.getLogger(__name__)


class WorkspaceLock:
    """Holds `<workspace>.lock` while the workspace is open for writing.

    The lock is the operating system's (fcntl/msvcrt), not the file's existence: when a program
    crashes or loses power, the OS releases it and the next start opens the workspace normally.
    """

    def __init__(self, db_path: Path) -> None:
        self.path = db_path.with_name(db_path.name + ".lock")
        self._lock = FileLock(self.path, timeout=0)

    def acquire(self, db_path: Path) -> None:
        """Raises WorkspaceLocked if another program holds the lock."""
        try:
            self._lock.acquire()
        except Timeout as exc:
            raise WorkspaceLocked(db_path) from exc

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)
