"""Sanitation overview at the largest kabupaten (Aceh Utara, 852 desa, ~17k monthly reports).

`ringkasan` (latest report and ODF path of every desa, Desa STBM verdicts, totals per kecamatan)
and building the Sanitasi overview page on it are timed against plain sqlite3 reading the same
rows in the same run. Run with `make bench`.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from timing import best_of

from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.services.demo import build_demo
from kks_desktop.services.sanitasi_summary import ringkasan
from kks_desktop.services.workspace import Workspace

KABUPATEN = KodeWilayah.parse("11.08")
TARGETS = {"ringkasan": 15.0, "halaman": 25.0}


def baseline(path: Path) -> float:
    """Plain sqlite3: every desa, the latest report of each, every ODF event, as tuples."""
    conn = sqlite3.connect(path)

    def read() -> None:
        conn.execute("SELECT * FROM desa ORDER BY kode").fetchall()
        conn.execute("""SELECT l.* FROM laporan_sanitasi l WHERE l.periode = (
                          SELECT max(periode) FROM laporan_sanitasi WHERE desa_id = l.desa_id)"""
                     ).fetchall()
        conn.execute("SELECT * FROM odf_event ORDER BY desa_id, tanggal").fetchall()
        conn.execute("SELECT * FROM odf_tim").fetchall()

    seconds = best_of(read)
    conn.close()
    return seconds


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "kks.db"
        with Workspace.open(path) as ws:
            build_demo(ws, KABUPATEN)
            counts = ws.health().counts
            summary_seconds = best_of(lambda: ringkasan(ws))
            total = ringkasan(ws).total
            from kks_desktop.ui.app import application
            from kks_desktop.ui.sanitasi_page import SanitasiPage
            from kks_desktop.ui.session import UiSession

            application()
            session = UiSession(ws)

            def build_page() -> None:
                page = SanitasiPage(session)
                page.resize(1110, 760)
                page.show()
                page.close()

            page_seconds = best_of(build_page)
        base = baseline(path)
    print(f"Kabupaten Aceh Utara: {counts['desa']} desa, {counts['laporan_sanitasi']} laporan, "
          f"{counts['odf_event']} catatan ODF; {total.desa_odf} desa ODF")
    failed = False
    for name, seconds in {"ringkasan": summary_seconds, "halaman": page_seconds}.items():
        ratio = seconds / base
        failed |= ratio > TARGETS[name]
        print(f"{name:<10} {seconds * 1000:8.1f} ms  baseline {base * 1000:7.1f} ms  "
              f"ratio {ratio:6.1f} (target <= {TARGETS[name]:.0f})  "
              f"{'ok' if ratio <= TARGETS[name] else 'TERLALU LAMBAT'}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
