"""The Data KK page over a kabupaten's register (Kabupaten Batang, ~340,000 KK): first paint,
all rows ready, GUI freezes, scrolling, search and memory, against baselines of the same run.

Baselines: a bare QTableView over a trivial QAbstractTableModel with the same rows and columns
(first paint, jump to the end, scroll steps); plain sqlite3 reading every id in order plus the
per-desa counts (all rows ready) and running the same LIKE (search). Freezes are the longest
gaps of a 5 ms timer while the page opens and searches (every desa is read on a pool thread).
`--db PATH` keeps the built workspace there and reuses it on the next run. Run with `make bench`.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QTableView, QWidget
from timing import best_of

from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.services.demo import build_demo
from kks_desktop.services.workspace import Workspace

BATANG = KodeWilayah.parse("33.25")
SIZE = (1280, 800)
RUNS = 5  # the best of these counts (freezes: the median), so a busy moment elsewhere does not
STEPS = 50  # scroll steps of one screen each, from the middle down
SWEEP = 400  # places visited when scrolling through every row, for the memory figure
# Ratios against the baselines of the same run; search, freezes and memory in ms / MB.
TARGETS = {"buka": 10.0, "siap": 3.0, "ke_akhir": 4.0, "langkah": 3.0, "cari_ms": 100.0,
           "beku_ms": 100.0, "rss_mb": 60.0}
COUNTS = ("SELECT desa_id, tangga, count(*), " + ", ".join(
    f"total({p}), count({p})" for p in ("ctps", "pamm", "psrt", "plcrt"))
    + " FROM rumah_tangga GROUP BY desa_id, tangga")
LIKE = ("SELECT id FROM rumah_tangga WHERE (nama_kepala LIKE ? ESCAPE '\\' OR no_kk LIKE ? "
        "ESCAPE '\\') ORDER BY desa_id, rw, rt, nama_kepala")


class Bare(QAbstractTableModel):
    """The least a table model can do: fixed text, nothing read."""

    def __init__(self, rows: int, columns: int) -> None:
        super().__init__()
        self.rows, self.columns = rows, columns

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.rows

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.columns

    def data(self, index: QModelIndex, role: int = 0) -> object:
        return "Sutrisno" if role == 0 else None


class FirstPaint(QObject):
    """Notes the moment a widget is first painted."""

    def __init__(self) -> None:
        super().__init__()
        self.at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.perf_counter()
        return False


class Stall(QObject):
    """The longest time the event loop went without running a 5 ms timer (the GUI frozen)."""

    def __init__(self) -> None:
        super().__init__()
        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer(self)
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def stop(self) -> float:
        self._tick()
        self._timer.stop()
        return self.longest


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def wait(app: QApplication, done: Callable[[], bool], limit: float = 60) -> None:
    deadline = time.perf_counter() + limit
    while not done():
        if time.perf_counter() > deadline:
            raise TimeoutError("the page did not finish loading")
        app.processEvents()
        time.sleep(0.001)


def open_and_paint(app: QApplication, make: Callable[[], tuple[QWidget, QTableView]],
                   ready: Callable[[QWidget], bool]) -> tuple[float, float, float]:
    """(first paint of the table, all loaded, longest GUI freeze) from building a widget, in
    seconds; the widget is closed after."""
    stall = Stall()
    start = time.perf_counter()
    widget, table = make()
    watch = FirstPaint()
    table.viewport().installEventFilter(watch)
    widget.resize(*SIZE)
    widget.show()
    wait(app, lambda: watch.at is not None)
    wait(app, lambda: ready(widget))
    loaded = time.perf_counter() - start
    longest = stall.stop()
    widget.close()
    widget.deleteLater()
    app.processEvents()
    assert watch.at is not None
    return watch.at - start, loaded, longest


def scrolling(app: QApplication, table: QTableView) -> tuple[float, float]:
    """(jump to the end, mean of STEPS one-screen steps from the middle), painted each time."""
    def paint() -> None:
        app.processEvents()
        table.viewport().repaint()

    bar = table.verticalScrollBar()
    bar.setValue(0)
    paint()
    start = time.perf_counter()
    table.scrollToBottom()
    paint()
    jump = time.perf_counter() - start
    bar.setValue(bar.maximum() // 2)
    paint()
    start = time.perf_counter()
    for _ in range(STEPS):
        bar.setValue(bar.value() + bar.pageStep())
        paint()
    return jump, (time.perf_counter() - start) / STEPS


def best_scrolling(app: QApplication, table: QTableView) -> tuple[float, float]:
    runs = [scrolling(app, table) for _ in range(RUNS)]
    return min(r[0] for r in runs), min(r[1] for r in runs)


def build(path: Path) -> None:
    with Workspace.open(path) as ws:
        if not ws.rumah_tangga.jumlah():
            start = time.perf_counter()
            result = build_demo(ws, BATANG, households=True)
            print(f"Membangun data contoh: {result.rumah_tangga:,} KK dalam "
                  f"{time.perf_counter() - start:.1f} s")


def measure(path: Path) -> dict[str, float]:
    from kks_desktop.ui.app import application
    from kks_desktop.ui.rumah_tangga_page import RumahTanggaPage
    from kks_desktop.ui.rumah_tangga_sel import KOLOM_SEMUA
    from kks_desktop.ui.session import UiSession

    app = application()
    ws = Workspace.open(path)
    session = UiSession(ws)
    n = ws.rumah_tangga.jumlah()
    figures: dict[str, float] = {"kk": n}
    conn = sqlite3.connect(path)
    figures["ids_dasar"] = best_of(lambda: conn.execute(
        "SELECT id FROM rumah_tangga ORDER BY desa_id, rw, rt, nama_kepala").fetchall())
    figures["jumlah_dasar"] = best_of(lambda: conn.execute(COUNTS).fetchall())

    def bare() -> tuple[QWidget, QTableView]:
        view = QTableView()
        view.setModel(Bare(n, len(KOLOM_SEMUA)))
        return view, view

    def page() -> tuple[QWidget, QTableView]:
        widget = RumahTanggaPage(session)
        return widget, widget.table

    def page_ready(widget: QWidget) -> bool:
        assert isinstance(widget, RumahTanggaPage)
        return not widget.sedang_memuat and widget.model.jumlah() == n

    figures["buka_dasar"] = min(open_and_paint(app, bare, lambda _w: True)[0] for _ in range(RUNS))
    runs = [open_and_paint(app, page, page_ready) for _ in range(RUNS)]
    figures["buka"] = min(r[0] for r in runs)
    figures["siap"] = min(r[1] for r in runs)
    figures["beku_buka"] = statistics.median(r[2] for r in runs)
    figures["beku_buka_maks"] = max(r[2] for r in runs)

    view = QTableView()
    view.setModel(Bare(n, len(KOLOM_SEMUA)))
    view.resize(*SIZE)
    view.show()
    figures["ke_akhir_dasar"], figures["langkah_dasar"] = best_scrolling(app, view)
    view.close()

    figures["rss_awal"] = rss_mb()
    shown = RumahTanggaPage(session)
    shown.resize(*SIZE)
    shown.show()
    wait(app, lambda: page_ready(shown))
    figures["ke_akhir"], figures["langkah"] = best_scrolling(app, shown.table)

    middle = shown.model.household(n // 2)
    assert middle is not None
    nama = middle.nama_kepala.split()[-1]
    no_kk = next(rt.no_kk for row in range(n // 3, n) if (rt := shown.model.household(row))
                 and rt.no_kk)[:12]
    freezes = []
    for key, text in (("nama", nama), ("no_kk", no_kk), ("kosong", "")):
        def search(value: str = text) -> None:
            stall = Stall()
            shown.search.setText(value)
            shown._cari_sekarang()
            wait(app, lambda: not shown.sedang_memuat)
            shown.table.viewport().repaint()
            freezes.append(stall.stop())
        if key == "kosong":  # back to every row, for the memory figure
            search()
            break
        figures[f"cari_{key}"] = best_of(search)
        figures[f"cari_{key}_hasil"] = shown.model.jumlah()
        figures[f"cari_{key}_dasar"] = best_of(
            lambda value=text: conn.execute(LIKE, [f"%{value}%", f"{value}%"]).fetchall())
    figures["beku_cari"] = statistics.median(freezes)
    figures["beku_cari_maks"] = max(freezes)
    conn.close()
    figures["teks_nama"], figures["teks_no_kk"] = nama, no_kk  # type: ignore[assignment]
    bar = shown.table.verticalScrollBar()
    for step in range(SWEEP + 1):
        bar.setValue(bar.maximum() * step // SWEEP)
        app.processEvents()
        shown.table.viewport().repaint()
    figures["rss"] = rss_mb()
    figures["halaman"] = shown.model.halaman_dimuat()
    shown.close()
    QThreadPool.globalInstance().waitForDone()
    ws.close()
    return figures


def report(f: dict[str, float]) -> int:
    print(f"Kabupaten Batang: {int(f['kk']):,} KK; jendela {SIZE[0]}×{SIZE[1]}, offscreen")
    failed = False
    rows = (("buka", "halaman Semua desa sampai tabel tergambar", "buka_dasar", "QTableView polos"),
            ("ke_akhir", "lompat ke baris terakhir", "ke_akhir_dasar", "QTableView polos"),
            ("langkah", f"satu layar gulir (rata-rata {STEPS})", "langkah_dasar", "QTableView polos"))
    for key, what, base, base_name in rows:
        ratio = f[key] / f[base]
        ok = ratio <= TARGETS[key]
        failed |= not ok
        print(f"{key:<9} {f[key] * 1000:8.1f} ms  {base_name} {f[base] * 1000:7.1f} ms  "
              f"rasio {ratio:5.1f} (target <= {TARGETS[key]:.0f})  {'ok' if ok else 'LAMBAT'}  "
              f"[{what}]")
    base = f["ids_dasar"] + f["jumlah_dasar"]
    ratio = f["siap"] / base
    ok = ratio <= TARGETS["siap"]
    failed |= not ok
    print(f"siap      {f['siap'] * 1000:8.1f} ms  sqlite3 id+jumlah {base * 1000:6.1f} ms  "
          f"rasio {ratio:5.1f} (target <= {TARGETS['siap']:g})  {'ok' if ok else 'LAMBAT'}  "
          "[semua baris dan jumlah KK terbaca, di latar]")
    for key, what in (("beku_buka", "membuka halaman"), ("beku_cari", "mencari")):
        ms = f[key] * 1000
        ok = ms <= TARGETS["beku_ms"]
        failed |= not ok
        print(f"{key:<9} {ms:8.1f} ms  terburuk {f[key + '_maks'] * 1000:6.1f} ms  "
              f"(target median <= {TARGETS['beku_ms']:.0f} ms)  {'ok' if ok else 'TERSENDAT'}  "
              f"[jeda terlama antrean GUI selama {what}; median {RUNS if key == 'beku_buka' else 7}"
              " kali]")
    for key in ("nama", "no_kk"):
        ms = f[f"cari_{key}"] * 1000
        ok = ms <= TARGETS["cari_ms"]
        failed |= not ok
        print(f"cari {key:<5} {ms:7.1f} ms  sqlite3 LIKE {f[f'cari_{key}_dasar'] * 1000:7.1f} ms  "
              f"rasio {f[f'cari_{key}'] / f[f'cari_{key}_dasar']:4.2f}  "
              f"(target <= {TARGETS['cari_ms']:.0f} ms)  {'ok' if ok else 'LAMBAT'}  "
              f"[“{f[f'teks_{key}']}”: {int(f[f'cari_{key}_hasil']):,} KK]")
    growth = f["rss"] - f["rss_awal"]
    ok = growth <= TARGETS["rss_mb"]
    failed |= not ok
    print(f"memori   RSS {f['rss']:.0f} MB setelah menggulir semua baris (+{growth:.0f} MB sejak "
          f"sebelum halaman ini dibuat; target <= +{TARGETS['rss_mb']:.0f} MB), "
          f"{int(f['halaman'])} halaman 256 baris disimpan  {'ok' if ok else 'BOROS'}")
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="workspace to build once and reuse")
    args = parser.parse_args(argv)
    if args.db is not None:
        build(args.db)
        return report(measure(args.db))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "kks.db"
        build(path)
        return report(measure(path))


if __name__ == "__main__":
    sys.exit(main())
