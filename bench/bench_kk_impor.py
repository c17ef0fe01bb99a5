"""Importing a kabupaten's household (KK) register from Excel (~300k rows), end to end.

A workbook in the program's template layout (header on row 1, one KK a row, desa code and name
filled in, answers Ya/Tidak) is written with XlsxWriter constant_memory, with the demo's
households (`demo_rumah_tangga`) for the 248 desa of Kabupaten Batang (33.25) in proportion to
each desa's registered KK. Two figures, each against a target:

- time: the whole import into a fresh Batang workspace (`rumah_tangga_impor.rencanakan`: read,
  check, match; then `terapkan`: backup, one transaction) against a bare python-calamine read of
  the same file (`to_python` of every sheet) in the same run; best of `--runs` each;
- GUI stalls: the same import through the dialog's worker (`ImporKKDialog`: dry run, plan shown,
  Impor) while a 10 ms QTimer records the longest gap between its ticks.

Run with `make bench`, or `python bench/bench_kk_impor.py --kk 50000 --runs 1` for a quick look;
`--berkas FILE` keeps the workbook between runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import xlsxwriter
from python_calamine import CalamineWorkbook

from kks_desktop.domain.kode_wilayah import KodeWilayah, Level
from kks_desktop.domain.rumah_tangga import KUNCI_PERTANYAAN
from kks_desktop.messages_rumah_tangga import PEMBUANGAN_LABELS
from kks_desktop.services import wilayah
from kks_desktop.services.demo import build_demo
from kks_desktop.services.demo_rumah_tangga import rumah_tangga_desa
from kks_desktop.services.rumah_tangga_impor import rencanakan, terapkan
from kks_desktop.services.rumah_tangga_kolom import KOLOM
from kks_desktop.services.workspace import Workspace

KABUPATEN = KodeWilayah.parse("33.25")
TARGETS = {"ratio": 3.0, "stall_ms": 100.0}
_EXCEL_DAY0 = dt.date(1899, 12, 30).toordinal()
_COL = {k.kunci: i for i, k in enumerate(KOLOM)}
_YA = {True: "Ya", False: "Tidak"}


def build_base(path: Path) -> None:
    """The Batang demo (desa, reports), no households: what each import starts from."""
    with Workspace.open(path) as ws:
        build_demo(ws, KABUPATEN)


def write_workbook(base: Path, out: Path, total: int) -> int:
    """The template layout filled with `total` demo households over Batang's desa."""
    with Workspace.open(base) as ws:
        desa = ws.desa.desa_list(KABUPATEN)
        latest = ws.laporan.latest_within(KABUPATEN)
    weight = sum(d.jumlah_kk or 1 for d in desa)
    order: dict[KodeWilayah, int] = {}
    for kecamatan in {d.kode.at(Level.KECAMATAN) for d in desa}:
        order.update((r.kode, n) for n, r in enumerate(wilayah.desa_within(kecamatan)))
    wb = xlsxwriter.Workbook(str(out), {"constant_memory": True})
    sheet = wb.add_worksheet("Data KK")
    day = wb.add_format({"num_format": "dd/mm/yyyy"})
    put, num = sheet.write_string, sheet.write_number
    for c, kolom in enumerate(KOLOM):
        put(0, c, kolom.judul)
    row, made = 0, 0
    for index, d in enumerate(desa):
        n = total - made if index == len(desa) - 1 else round(total * (d.jumlah_kk or 1) / weight)
        made += n
        kode, nama = str(d.kode), d.nama
        for rt in rumah_tangga_desa(d.with_changes(jumlah_kk=n), latest.get(kode),
                                    order.get(d.kode, 0)):
            row += 1
            for key, value in (("kode_desa", kode), ("nama_desa", nama), ("dusun", rt.dusun),
                               ("rt", rt.rt), ("rw", rt.rw), ("no_kk", rt.no_kk),
                               ("nama_kepala", rt.nama_kepala), ("alamat", rt.alamat),
                               ("petugas", rt.petugas)):
                if value:
                    put(row, _COL[key], value)
            if rt.jumlah_jiwa is not None:
                num(row, _COL["jumlah_jiwa"], rt.jumlah_jiwa)
            if rt.tanggal is not None:
                num(row, _COL["tanggal"], rt.tanggal.toordinal() - _EXCEL_DAY0, day)
            for key, answer in zip(KUNCI_PERTANYAAN, rt.jawaban, strict=True):
                if answer is not None:
                    put(row, _COL[key], _YA[answer])
            if rt.pembuangan is not None:
                put(row, _COL["pembuangan"], PEMBUANGAN_LABELS[rt.pembuangan])
    wb.close()
    return row


def bare_read(path: Path) -> float:
    """Every sheet's cells as Python values, python-calamine alone."""
    start = time.perf_counter()
    wb = CalamineWorkbook.from_path(str(path))
    for name in wb.sheet_names:
        rows = wb.get_sheet_by_name(name).to_python()
        del rows
    del wb
    return time.perf_counter() - start


def full_import(base: Path, path: Path, db: Path, total: int) -> tuple[float, float]:
    """(seconds of the dry run, seconds of the commit) into a fresh copy of `base`."""
    shutil.copyfile(base, db)
    with Workspace.open(db) as ws:
        start = time.perf_counter()
        plan = rencanakan(ws, path)
        planned = time.perf_counter()
        hasil = terapkan(ws, plan, hanya_valid=True)
        done = time.perf_counter()
        stored = ws.rumah_tangga.jumlah()
    assert stored == hasil.baru == total - hasil.dilewati, (stored, hasil)
    return planned - start, done - planned


def gui_stall(base: Path, path: Path, db: Path) -> tuple[float, float, str]:
    """(longest stall of the GUI thread in ms, seconds, the result line) for the import through
    the dialog: its dry run on the worker, the plan shown, then Impor of the valid rows."""
    from jeda import Jeda
    from PySide6.QtCore import QEventLoop, QTimer

    from kks_desktop.ui.app import application
    from kks_desktop.ui.rumah_tangga_impor_dialog import ImporKKDialog
    from kks_desktop.ui.session import UiSession

    app = application()
    shutil.copyfile(base, db)
    with Workspace.open(db) as ws:
        dialog = ImporKKDialog(UiSession(ws), path, None)
        dialog.hanya_sah.setChecked(True)
        dialog.show()
        loop = QEventLoop()
        dialog.siap.connect(lambda: QTimer.singleShot(200, dialog.impor))
        dialog.selesai.connect(loop.quit)
        start = time.perf_counter()
        with Jeda() as jeda:
            dialog.mulai()
            loop.exec()
        seconds = time.perf_counter() - start
        text = dialog.status.text()
        dialog.close()
        app.processEvents()
    return jeda.terlama_ms, seconds, text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kk", type=int, default=300_000, help="households in the workbook")
    parser.add_argument("--runs", type=int, default=2, help="timed runs of each, best kept")
    parser.add_argument("--berkas", type=Path, help="the workbook: written when missing, then kept")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-kk-impor-") as tmp:
        folder = Path(tmp)
        base = folder / "batang.db"
        build_base(base)
        path = args.berkas or folder / "data kk.xlsx"
        if not path.exists():
            start = time.perf_counter()
            rows = write_workbook(base, path, args.kk)
            print(f"workbook: {rows:,} KK rows, {path.stat().st_size / 2**20:.0f} MB, written in "
                  f"{time.perf_counter() - start:.0f} s")
        total = args.kk
        bares, imports = [], []
        for run in range(args.runs):
            bares.append(bare_read(path))
            plan_s, commit_s = full_import(base, path, folder / f"impor{run}.db", total)
            imports.append(plan_s + commit_s)
            print(f"run {run + 1}: bare calamine read {bares[-1]:.1f} s; import {imports[-1]:.1f} s "
                  f"(dry run {plan_s:.1f} s, commit {commit_s:.1f} s)")
            (folder / f"impor{run}.db").unlink()
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        stall_ms, gui_seconds, text = gui_stall(base, path, folder / "gui.db")
    ratio = min(imports) / min(bares)
    lines = {
        "ratio": (ratio, f"import {min(imports):.1f} s / bare read {min(bares):.1f} s"),
        "stall_ms": (stall_ms, f"longest gap of a 10 ms timer during a {gui_seconds:.1f} s import "
                               f"from the dialog; {text}"),
    }
    for name, (value, about) in lines.items():
        verdict = "ok" if value <= TARGETS[name] else "OVER TARGET"
        print(f"{name:<9}: {value:.2f} ({about}); target ≤ {TARGETS[name]:g}: {verdict}")
    print(f"peak RSS : {peak_mb:.0f} MB (this process, before the GUI run)")
    return int(any(value > TARGETS[name] for name, (value, _) in lines.items()))


if __name__ == "__main__":
    sys.exit(main())
