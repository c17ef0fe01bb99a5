"""Sessions at kabupaten scale: the session list, saving and opening a large orientation.

A kabupaten that records every rapat Pokja of 300 desa for three years and its orientations
holds about 4,000 sessions and 40,000 participants. Each figure is a ratio against a baseline
measured in the same run. Run with `make bench`.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kks_desktop.domain.kegiatan import JenisKelamin, Kegiatan, Peserta, Rtl
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.services import kegiatan_service
from kks_desktop.services.workspace import Workspace

SESSIONS = 4000
PER_SESSION = 10
BIG = 300  # participants of the large orientation (three days)
TARGETS = {"daftar": 5.0, "simpan besar": 30.0, "buka besar": 30.0, "halaman": 25.0,
           "editor besar": 150.0}
WILAYAH = KodeWilayah.parse("33.25")


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _people(n: int, days: int, rng: random.Random) -> tuple[Peserta, ...]:
    return tuple(
        Peserta(nama=f"Peserta {i} {rng.randint(1, 10**6)}", jenis_kelamin=JenisKelamin.P,
                jabatan="Anggota", instansi=f"Pokja Desa Sehat {i % 300}", kategori="pokja_desa",
                hadir=tuple(range(1, days + 1)), pre=float(rng.randint(30, 90)),
                post=float(rng.randint(50, 100)))
        for i in range(n))


def _session(day: dt.date, n: int, days: int, rng: random.Random) -> Kegiatan:
    return Kegiatan(jenis="rapat_pokja", judul=f"Rapat {day}", mulai=day,
                    selesai=day + dt.timedelta(days=days - 1), wilayah=WILAYAH,
                    tempat="Balai Desa", peserta=_people(n, days, rng),
                    rtl=(Rtl("Tindak lanjut", waktu=day + dt.timedelta(days=30)),))


def fill(ws: Workspace) -> None:
    rng = random.Random(4)
    with ws.atomic():
        for i in range(SESSIONS):
            day = dt.date(2023, 1, 1) + dt.timedelta(days=i % 1000)
            ws.kegiatan.put(_session(day, PER_SESSION, 1, rng))


def gui_figures(ws: Workspace, big_uuid: str) -> tuple[float, float]:
    """Building the Kegiatan page over every session; opening the large one in the editor."""
    from kks_desktop.ui.app import application
    from kks_desktop.ui.kegiatan_page import KegiatanPage
    from kks_desktop.ui.session import UiSession

    application()
    pages: list[KegiatanPage] = []
    page_seconds = timed(lambda: pages.append(KegiatanPage(UiSession(ws))))
    editor_seconds = timed(lambda: pages[0].open_uuid(big_uuid))
    return page_seconds, editor_seconds


def baseline(path: Path, rows: int) -> tuple[float, float]:
    """Plain sqlite3: insert `rows` rows in one transaction, then read them back."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT, n REAL) STRICT")
    write = timed(lambda: conn.executemany(
        "INSERT INTO t (a, b, n) VALUES (?, ?, ?)",
        ((f"nama {i}", f"instansi {i}", float(i)) for i in range(rows))) and conn.commit())
    read = min(timed(lambda: conn.execute("SELECT * FROM t LIMIT ?", [rows]).fetchall())
               for _ in range(3))
    conn.close()
    return write, read


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ws = Workspace.open(folder / "kks.db")
        fill_seconds = timed(lambda: fill(ws))
        list_seconds = min(timed(lambda: kegiatan_service.daftar(ws)) for _ in range(3))
        # Three large sessions saved one after the other, each new; the fastest counts.
        bigs = [_session(dt.date(2025, 9, 16 + n), BIG, 3, random.Random(9 + n)) for n in range(3)]
        stored: list[Kegiatan] = []
        save_seconds = min(timed(lambda big=big: stored.append(kegiatan_service.simpan(ws, big)[0]))
                           for big in bigs)
        open_seconds = min(timed(lambda: kegiatan_service.ambil(ws, stored[0].uuid))
                           for _ in range(3))
        page_seconds, editor_seconds = gui_figures(ws, stored[0].uuid)
        big_rows = BIG * (1 + 3) + 1
        base_write = min(baseline(folder / f"big{n}.db", big_rows)[0] for n in range(3))
        # The list reads every session and aggregates its participant, attendance and RTL rows.
        touched = SESSIONS * (1 + PER_SESSION * 2 + 1)
        _, base_read_all = baseline(folder / "all.db", touched)
        _, base_read_big = baseline(folder / "read.db", big_rows)
        ws.close()
    figures = {
        "daftar": (list_seconds, base_read_all),
        "simpan besar": (save_seconds, base_write),
        "buka besar": (open_seconds, base_read_big),
        "halaman": (page_seconds, base_read_all),
        "editor besar": (editor_seconds, base_read_big),
    }
    print(f"{SESSIONS} kegiatan x {PER_SESSION} peserta written in {fill_seconds:.1f} s; "
          f"one of {BIG} peserta x 3 days")
    failed = False
    for name, (seconds, base) in figures.items():
        ratio = seconds / base
        failed |= ratio > TARGETS[name]
        verdict = "ok" if ratio <= TARGETS[name] else "TERLALU LAMBAT"
        print(f"{name:<13} {seconds * 1000:8.1f} ms  baseline {base * 1000:7.1f} ms  "
              f"ratio {ratio:6.1f} (target <= {TARGETS[name]:.0f})  {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
