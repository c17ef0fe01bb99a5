"""Exporting the household (KK) register of a whole kabupaten (~300k KK) to Excel.

Kabupaten Batang (33.25, 248 desa) from the demo, with households in proportion to each desa's
registered KK. Three figures, each against a target:

- time: `rumah_tangga_ekspor.ekspor_kk` (reading the store, the derived columns, the sheets,
  the atomic save) against a bare XlsxWriter constant_memory write of the same cells, the values
  already in a list (read back from the export), in the same run; best of `--runs` each;
- memory: the export's peak RSS: a small child process (nothing imported) starts the export in a
  grandchild and reads its RUSAGE_CHILDREN ru_maxrss (a child started straight from this big
  process would inherit this process's peak through vfork/exec);
- GUI stalls: the export started from `ui.rumah_tangga_ekspor_aksi.ekspor_kk` (the count on the
  GUI thread, then the worker) while a 10 ms QTimer records the longest gap between its ticks.

Run with `make bench`, or `python bench/bench_kk_ekspor.py --kk 100000 --runs 1` for a quick look.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def measure(db: str, out: str) -> None:
    """In the small child: run the export in a grandchild, then print its seconds and the
    grandchild's peak RSS (RUSAGE_CHILDREN) as JSON."""
    done = subprocess.run([sys.executable, __file__, "--ekspor", db, out],
                          capture_output=True, text=True)
    if done.returncode:
        sys.exit(done.stderr)
    data = json.loads(done.stdout.strip().splitlines()[-1])
    data["peak_kb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps(data))


if __name__ == "__main__" and sys.argv[1:2] == ["--ukur"]:  # before anything big is imported
    measure(*sys.argv[2:4])
    sys.exit(0)

import xlsxwriter  # noqa: E402 - the measuring child stops above
from python_calamine import CalamineWorkbook  # noqa: E402

from kks_desktop.domain.kode_wilayah import KodeWilayah  # noqa: E402
from kks_desktop.domain.rumah_tangga import PERTANYAAN, Pembuangan, RumahTangga  # noqa: E402
from kks_desktop.services.demo import build_demo  # noqa: E402
from kks_desktop.services.demo_names import FAMILY, GIVEN  # noqa: E402
from kks_desktop.services.rumah_tangga_ekspor import ekspor_kk  # noqa: E402
from kks_desktop.services.workspace import Workspace  # noqa: E402

KABUPATEN = KodeWilayah.parse("33.25")
TARGETS = {"ratio": 1.2, "peak_mb": 200.0, "stall_ms": 100.0}
_EXCEL_DAY0 = dt.date(1899, 12, 30).toordinal()
_OUTLETS = (Pembuangan.SEPTIK_AMAN, Pembuangan.SEPTIK, Pembuangan.SEPTIK, Pembuangan.CUBLUK,
            Pembuangan.LANGSUNG, None)


def build(path: Path, total: int) -> int:
    """The Batang demo with `total` households spread over its desa as their KK counts go."""
    with Workspace.open(path) as ws:
        build_demo(ws, KABUPATEN)
        desa = ws.desa.desa_list(KABUPATEN)
        weight = sum(d.jumlah_kk or 1 for d in desa)
        rng = random.Random(2025)
        made = 0
        with ws.atomic(), ws.rumah_tangga.tanpa_riwayat():
            for index, d in enumerate(desa):
                n = (total - made if index == len(desa) - 1
                     else round(total * (d.jumlah_kk or 1) / weight))
                did = ws.rumah_tangga.desa_id(d.kode)
                assert did is not None
                ws.rumah_tangga.tambah_banyak(did, (_household(rng, d.kode) for _ in range(n)))
                made += n
        return ws.rumah_tangga.jumlah()


def _household(rng: random.Random, kode: KodeWilayah) -> RumahTangga:
    return RumahTangga(
        nama_kepala=f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}",
        no_kk=f"{kode.digits[:6]}{rng.randrange(10 ** 10):010d}" if rng.random() < 0.97 else "",
        dusun=f"Dusun {rng.randrange(1, 6)}", rt=f"{rng.randrange(1, 15):03d}",
        rw=f"{rng.randrange(1, 8):03d}", alamat=f"Jl. Desa No. {rng.randrange(1, 300)}",
        jumlah_jiwa=rng.randrange(1, 9),
        tanggal=dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(300)),
        petugas=f"Kader {rng.choice(GIVEN)}",
        jawaban=tuple(rng.choice((True, True, True, False, None)) for _ in PERTANYAAN),
        pembuangan=rng.choice(_OUTLETS))


def child(db: Path, out: Path) -> None:
    """In the grandchild: one export, its seconds (wall and CPU) on stdout as JSON."""
    with Workspace.open(db) as ws:
        start, cpu = time.perf_counter(), time.process_time()
        result = ekspor_kk(ws, out)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(json.dumps({"detik": seconds, "cpu": cpu, "baris": result.baris}))


def export_in_child(db: Path, out: Path) -> tuple[float, float, float, dict[str, int]]:
    """(seconds, CPU seconds, peak MB, rows per sheet) of one export in a grandchild."""
    done = subprocess.run([sys.executable, __file__, "--ukur", str(db), str(out)],
                          capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"the export failed:\n{done.stderr}")
    data = json.loads(done.stdout.strip().splitlines()[-1])
    return float(data["detik"]), float(data["cpu"]), data["peak_kb"] / 1024, dict(data["baris"])


def cells_of(path: Path) -> list[list[object]]:
    """The data sheets' cells as the export wrote them (strings shared, as a writer holds them)."""
    wb = CalamineWorkbook.from_path(str(path))
    shared: dict[str, str] = {}
    rows: list[list[object]] = []
    for name in wb.sheet_names:
        if name.startswith("Data KK"):
            for row in wb.get_sheet_by_name(name).iter_rows():
                rows.append([shared.setdefault(v, v) if isinstance(v, str) else v for v in row])
    return rows


def bare_write(rows: list[list[object]], out: Path) -> tuple[float, float]:
    """XlsxWriter constant_memory, one sheet, every non-empty cell: text with write_string,
    numbers with write_number, dates as day numbers with a date format; (seconds, CPU s)."""
    start, cpu = time.perf_counter(), time.process_time()
    with tempfile.TemporaryDirectory() as tmp:
        wb = xlsxwriter.Workbook(str(out), {"constant_memory": True, "tmpdir": tmp})
        sheet = wb.add_worksheet("Data KK")
        day = wb.add_format({"num_format": "dd/mm/yyyy"})
        put, num = sheet.write_string, sheet.write_number
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value == "":
                    continue
                if isinstance(value, str):
                    put(r, c, value)
                elif isinstance(value, float):
                    num(r, c, value)
                else:
                    num(r, c, value.toordinal() - _EXCEL_DAY0, day)  # type: ignore[attr-defined]
        wb.close()
    return time.perf_counter() - start, time.process_time() - cpu


IDLE_MS = 3_000  # the event loop alone first: what the machine itself gives in this run


def gui_stall(db: Path, out: Path) -> tuple[float, float, float]:
    """(longest gap between 10 ms timer ticks while idle, the same during the export started
    from the GUI action with the save dialog and the confirmation answered, in ms; seconds)."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

    from kks_desktop.ui import rumah_tangga_ekspor_aksi as aksi
    from kks_desktop.ui.app import application
    from kks_desktop.ui.session import UiSession

    app = application()
    QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(out), ""))  # type: ignore[method-assign]
    QMessageBox.exec = lambda self: QMessageBox.StandardButton.Yes  # type: ignore[method-assign]
    ws = Workspace.open(db)
    try:
        window = QWidget()
        window.show()
        session = UiSession(ws)
        clock, gap, idle, last = QElapsedTimer(), [0.0], [0.0], [0.0]
        clock.start()

        def tick() -> None:
            now = clock.nsecsElapsed() / 1e6
            worst = idle if now < IDLE_MS else gap
            worst[0] = max(worst[0], now - last[0])
            last[0] = now

        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(tick)
        timer.start()
        loop = QEventLoop()
        QTimer.singleShot(IDLE_MS, lambda: aksi.ekspor_kk(window, session, None))

        def finished() -> None:
            boxes = [b for b in window.findChildren(QMessageBox) if "tersimpan" in b.text()]
            if boxes:
                loop.quit()

        poll = QTimer()
        poll.timeout.connect(finished)
        poll.start(200)
        start = time.perf_counter()
        last[0] = clock.nsecsElapsed() / 1e6
        loop.exec()
        seconds = time.perf_counter() - start - IDLE_MS / 1000
        timer.stop()
        poll.stop()
        window.close()
        app.processEvents()
        return idle[0], gap[0], seconds
    finally:
        ws.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kk", type=int, default=300_000, help="households in the workspace")
    parser.add_argument("--runs", type=int, default=2, help="timed runs of each, best kept")
    parser.add_argument("--db", type=Path, help="a workspace built by an earlier run (kept)")
    parser.add_argument("--ekspor", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.ekspor:
        child(*args.ekspor)
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-kk-") as tmp:
        folder = Path(tmp)
        db = args.db or folder / "kks.db"
        if not db.exists():
            start = time.perf_counter()
            count = build(db, args.kk)
            print(f"workspace: {count:,} KK in Kabupaten Batang, built in "
                  f"{time.perf_counter() - start:.1f} s")
        exports, bares, peaks, rows = [], [], [], None
        for run in range(args.runs):
            seconds, cpu, peak, baris = export_in_child(db, folder / f"ekspor{run}.xlsx")
            exports.append((seconds, cpu))
            peaks.append(peak)
            if rows is None:
                rows = cells_of(folder / "ekspor0.xlsx")
                print(f"export: sheets {baris}; {len(rows):,} rows × {len(rows[0])} columns")
            bares.append(bare_write(rows, folder / f"bare{run}.xlsx"))
            print(f"run {run + 1}: export {seconds:.1f} s, CPU {cpu:.1f} s (peak {peak:.0f} MB); "
                  f"bare XlsxWriter {bares[-1][0]:.1f} s, CPU {bares[-1][1]:.1f} s; load "
                  f"{os.getloadavg()[0]:.1f}")
        del rows
        peak_mb = max(peaks)
        idle_ms, stall_ms, gui_seconds = gui_stall(db, folder / "gui.xlsx")
    wall = min(e[0] for e in exports) / min(b[0] for b in bares)
    ratio = min(e[1] for e in exports) / min(b[1] for b in bares)
    figures = {"ratio": ratio, "peak_mb": peak_mb, "stall_ms": stall_ms}
    print(f"ratio     : {ratio:.2f} in CPU time (export {min(e[1] for e in exports):.1f} s / bare "
          f"{min(b[1] for b in bares):.1f} s; target ≤ {TARGETS['ratio']}); {wall:.2f} in wall "
          f"time ({min(e[0] for e in exports):.1f} s / {min(b[0] for b in bares):.1f} s)")
    print(f"peak RSS  : {peak_mb:.0f} MB (export process; target < {TARGETS['peak_mb']:.0f})")
    print(f"GUI stall : {stall_ms:.0f} ms longest gap of a 10 ms timer during a {gui_seconds:.1f} s "
          f"export from the GUI (target ≤ {TARGETS['stall_ms']:.0f}); {idle_ms:.0f} ms while "
          f"idle just before")
    print(f"load      : {' '.join(f'{x:.1f}' for x in os.getloadavg())} (1, 5, 15 min; "
          f"{os.cpu_count()} cores)")
    over = [name for name, value in figures.items() if value > TARGETS[name]]
    if over:
        print(f"OVER TARGET: {', '.join(over)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
