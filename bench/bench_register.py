"""Desa register at the largest kabupaten (Aceh Utara, 852 desa): demo build, listing, Desa page.

Each figure is a ratio against a baseline measured in the same run, so machines compare.
Run with `make bench`.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.services import desa_service
from kks_desktop.services.demo import build_demo
from kks_desktop.services.workspace import Workspace

KABUPATEN = KodeWilayah.parse("11.08")
# Targets: what a Pokja laptop must stay within, as multiples of the baseline.
TARGETS = {"demo build": 60.0, "desa list": 15.0, "desa page": 60.0}


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def baseline_insert(path: Path, rows: int) -> float:
    """Plain sqlite3: the same number of rows (desa, Pokja, reports, ODF events) in one transaction."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, kode TEXT, nama TEXT, n INTEGER) STRICT")
    seconds = timed(lambda: conn.executemany(
        "INSERT INTO t (kode, nama, n) VALUES (?, ?, ?)",
        ((f"{i:010d}", f"Desa {i}", i) for i in range(rows))) and conn.commit())
    conn.close()
    return seconds


def baseline_select(path: Path, rows: int) -> float:
    """Plain sqlite3: read `rows` rows back as tuples."""
    conn = sqlite3.connect(path)
    seconds = timed(lambda: conn.execute("SELECT * FROM t ORDER BY kode LIMIT ?", [rows]).fetchall())
    conn.close()
    return seconds


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ws = Workspace.open(folder / "kks.db")
        build_seconds = timed(lambda: build_demo(ws, KABUPATEN))
        counts = ws.health().counts
        rows = sum(n for table, n in counts.items() if table != "settings")
        base_insert = baseline_insert(folder / "base.db", rows)
        list_seconds = min(timed(lambda: desa_service.desa_list(ws)) for _ in range(3))
        register_rows = sum(counts[t] for t in ("desa", "pokja", "pokja_anggota", "pokja_tatanan"))
        base_select = min(baseline_select(folder / "base.db", register_rows) for _ in range(3))
        from kks_desktop.ui.app import application
        from kks_desktop.ui.desa_page import DesaPage
        from kks_desktop.ui.session import UiSession

        application()
        tracemalloc.start()
        page_seconds = timed(lambda: DesaPage(UiSession(ws)))
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        ws.close()
    figures = {
        "demo build": (build_seconds, base_insert),
        "desa list": (list_seconds, base_select),
        "desa page": (page_seconds, base_select),
    }
    print(f"Kabupaten Aceh Utara: {counts['desa']} desa, {rows} rows written")
    failed = False
    for name, (seconds, base) in figures.items():
        ratio = seconds / base
        verdict = "ok" if ratio <= TARGETS[name] else "TERLALU LAMBAT"
        failed |= ratio > TARGETS[name]
        print(f"{name:<11} {seconds * 1000:8.1f} ms  baseline {base * 1000:7.1f} ms  "
              f"ratio {ratio:6.1f} (target <= {TARGETS[name]:.0f})  {verdict}")
    print(f"desa page  peak Python memory while building: {peak / 1e6:.1f} MB")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
