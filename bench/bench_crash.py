"""Crash and power safety, measured: hundreds of SIGKILLs in the middle of writes and exports.

A worker process writes monthly reports, sessions with participants, Pokja members and one
desa workbook import into the Wonotunggal demo through the services; it is killed at random
moments and inside its transactions, then the workspace is reopened as the program opens it
and checked (tests/crash_harness.py). A second worker exports a desa workbook to the same name
again and again and is killed too. Any loss or damage makes the script exit non-zero; so does
a reopen slower than its target, a ratio against plain sqlite3 opening and checking a copy of
the same killed file. Run with `make bench`; `--kills N --ekspor N --seed N` to replay.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from crash_harness import Angka, Pemula, bunuh_ekspor, bunuh_tulis, siapkan

TARGET_BUKA = 3.0  # reopen (median) against plain sqlite3 open + integrity_check (median)


def _ms(values: list[float]) -> str:
    return (f"median {statistics.median(values) * 1000:.1f} ms, "
            f"max {max(values) * 1000:.1f} ms") if values else "-"


def laporan(tulis: Angka, ekspor: Angka, seconds: float) -> bool:
    """Print the figures; True when nothing was lost and the reopen kept its target."""
    kills = tulis.bunuh.total()
    print(f"{kills} kills of a writing worker ({dict(tulis.bunuh)}), "
          f"{ekspor.bunuh.total()} of an exporting one, seed {tulis.seed}, {seconds:.0f} s")
    print(f"writes confirmed   {tulis.dilaporkan:6d}   found with their content "
          f"{tulis.ditemukan:6d}   lost {tulis.dilaporkan - tulis.ditemukan}")
    print(f"kills while the worker opened the workspace {tulis.saat_buka + ekspor.saat_buka}")
    print(f"kills inside a write {tulis.dalam_tulis:4d}   of which committed whole "
          f"(report lost) {tulis.tak_dilaporkan}, the rest absent whole")
    print(f"import: killed inside terapkan {tulis.impor_dibunuh} (of which committed whole, "
          f"report lost: {tulis.impor_tak_dilaporkan}), reported {tulis.impor_dilaporkan}; "
          f"state after each kill: {dict(tulis.impor)}; half imports {tulis.impor['setengah']}")
    print(f"half-made backups (.partial) left in cadangan/: {tulis.cadangan_sisa}")
    integritas = sum("integrity" in m or "foreign_key" in m for m in tulis.masalah + ekspor.masalah)
    print(f"integrity or foreign key failures  {integritas}")
    print(f"export: after each kill {dict(ekspor.ekspor)}; temporaries left beside the "
          f"target {ekspor.sementara}, removed by the program {ekspor.sementara_dihapus}")
    buka, dasar = statistics.median(tulis.buka), statistics.median(tulis.dasar)
    ratio = buka / dasar
    ok_buka = ratio <= TARGET_BUKA
    print(f"reopen (Workspace.open) {_ms(tulis.buka)}; plain sqlite3 open + integrity_check "
          f"{_ms(tulis.dasar)}; ratio {ratio:.2f} (target <= {TARGET_BUKA:.0f})  "
          f"{'ok' if ok_buka else 'TERLALU LAMBAT'}")
    for text in tulis.masalah + ekspor.masalah:
        print("LOST OR DAMAGED:", text)
    return ok_buka and not tulis.masalah and not ekspor.masalah


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--ekspor", type=int, default=50)
    parser.add_argument("--seed", type=int, default=random.SystemRandom().randrange(10**6))
    args = parser.parse_args()
    start = time.perf_counter()
    folder = Path(tempfile.mkdtemp(prefix="kks-crash-"))
    pemula = Pemula(folder)
    try:
        bahan = siapkan(folder)
        pemula.siap()
        tulis, ekspor = Angka(args.seed), Angka(args.seed)
        bunuh_tulis(pemula, bahan, folder / "tulis", tulis, args.kills, ukur=True)
        bunuh_ekspor(pemula, bahan, folder / "ekspor", ekspor, args.ekspor)
    finally:
        pemula.tutup()
    if laporan(tulis, ekspor, time.perf_counter() - start):
        shutil.rmtree(folder)
        return 0
    print(f"the killed workspaces are kept in {folder}")
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
