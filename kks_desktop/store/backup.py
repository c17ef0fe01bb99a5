"""Consistent copies of a workspace made with SQLite's online backup API, checked after writing."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from kks_desktop.domain.errors import DatabaseDamaged

logger = logging.getLogger(__name__)


def backup_database(source: sqlite3.Connection, target: Path) -> Path:
    """Copy the open database `source` to `target` (consistent even while it is written).

    The copy is written under a temporary name, checked with `PRAGMA integrity_check` and
    renamed into place, so a half-written copy never carries the real name.
    Raises DatabaseDamaged if the copy fails the check (the temporary file is removed).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    dest = sqlite3.connect(partial)
    try:
        source.backup(dest)
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
