"""For tests of the change history: every record table of a workspace file as a reader sees it."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from kks_desktop.store.riwayat_pemicu import DICATAT


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every record table as an independent reader sees it, in key order."""
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT * FROM [{t}] ORDER BY 1, 2").fetchall() for t in DICATAT}
    finally:
        conn.close()
