"""Replacing the rows that hang on a record by changing only what differs, so the change history
records what a user changed instead of every row deleted and added again."""

from __future__ import annotations

from collections import defaultdict
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
    # Written in batches, one per set of columns: a session of 300 people has 900 attendance rows.
    added: dict[tuple[str, ...], list[list[Any]]] = defaultdict(list)
    changes: dict[tuple[str, ...], list[list[Any]]] = defaultdict(list)
    for key, row in wanted.items():
        old = existing.get(key)
        if old is None:
            added[tuple(row)].append(list(row.values()))
            continue
        changed = {c: v for c, v in row.items() if old.get(c) != v}
        if changed:
            changes[tuple(changed)].append([*changed.values(), *key])
    for columns, values in added.items():
        cols = ", ".join(f"[{c}]" for c in columns)
        db.conn.executemany(
            f"INSERT INTO [{tabel}] ({cols}) VALUES ({', '.join('?' * len(columns))})", values)
    for columns, values in changes.items():
        sets = ", ".join(f"[{c}] = ?" for c in columns)
        db.conn.executemany(f"UPDATE [{tabel}] SET {sets} WHERE {by_key}", values)
