"""Replacing the rows that hang on a record by changing only what differs, so the change history
records what a user changed instead of every row deleted and added again."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database


def ganti_baris(db: Database, tabel: str, where: str, args: Sequence[Any],
                rows: Sequence[dict[str, Any]], kunci: tuple[str, ...]) -> None:
    """Make the rows of `tabel` matching `where` exactly `rows` (each with every column it sets,
    the key columns `kunci` included): rows gone are deleted, changed ones updated, new ones
    added."""
    existing = {tuple(r[c] for c in kunci): r
                for r in db.query(f"SELECT * FROM [{tabel}] WHERE {where}", list(args))}
    wanted = {tuple(r[c] for c in kunci): r for r in rows}
    by_key = " AND ".join(f"[{c}] = ?" for c in kunci)
    gone = [list(k) for k in existing if k not in wanted]
    if gone:
        db.conn.executemany(f"DELETE FROM [{tabel}] WHERE {by_key}", gone)
    for key, row in wanted.items():
        old = existing.get(key)
        if old is None:
            cols = ", ".join(f"[{c}]" for c in row)
            db.execute(f"INSERT INTO [{tabel}] ({cols}) VALUES ({', '.join('?' * len(row))})",
                       list(row.values()))
            continue
        changed = {c: v for c, v in row.items() if old.get(c) != v}
        if changed:
            sets = ", ".join(f"[{c}] = ?" for c in changed)
            db.execute(f"UPDATE [{tabel}] SET {sets} WHERE {by_key}",
                       [*changed.values(), *key])
