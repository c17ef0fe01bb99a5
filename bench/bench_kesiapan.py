"""The desa × item readiness matrix for a whole kabupaten (Batang, 248 desa).

`kesiapan_service.matriks` reads the workspace once for every desa; the baseline is the naive
way, one `kesiapan_service.nilai` call per desa, in the same run. The script also checks that
both ways judge every item of every desa alike, and times showing the matrix widget against
the `matriks` call it is built on. Run with `make bench`.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from timing import best_of

from kks_desktop.domain.kesiapan import Definisi, Tingkat
from kks_desktop.domain.kesiapan_nilai import HasilDaftar
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.services import kesiapan_service
from kks_desktop.services.demo import build_demo
from kks_desktop.services.workspace import Workspace

KABUPATEN = KodeWilayah.parse("33.25")
DESA = 248
# matriks against 248 nilai() calls; the widget (matriks + model + footer + first paint)
# against matriks alone.
TARGETS = {"matriks": 0.3, "widget": 3.0}


def naive(ws: Workspace, definisi: Definisi, kodes: list[str],
          today: dt.date) -> dict[str, HasilDaftar]:
    return {kode: kesiapan_service.nilai(ws, definisi, KodeWilayah.parse(kode), today)
            for kode in kodes}


def same_judgement(matrix: list[kesiapan_service.BarisMatriks],
                   each: dict[str, HasilDaftar]) -> list[str]:
    """The desa whose row differs from its own nilai() (status of any item, or the score)."""
    return [r.kode for r in matrix
            if [h.status for h in r.hasil.butir] != [h.status for h in each[r.kode].butir]
            or abs(r.hasil.skor - each[r.kode].skor) > 1e-9]


def widget_seconds(ws: Workspace) -> float:
    """Building and showing the matrix widget (it reads the matrix when first shown)."""
    from kks_desktop.ui.app import application
    from kks_desktop.ui.kesiapan_matriks import KesiapanMatriks
    from kks_desktop.ui.session import UiSession

    app = application()

    def show() -> None:
        widget = KesiapanMatriks(UiSession(ws))
        widget.resize(1280, 800)
        widget.show()
        app.processEvents()
        assert widget.model.rowCount() == DESA
        widget.close()
        widget.deleteLater()

    return best_of(show)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp, Workspace.open(Path(tmp) / "kks.db") as ws:
        build_demo(ws, KABUPATEN)
        definisi = next(d for d in kesiapan_service.muat_definisi()
                        if d.tingkat is Tingkat.DESA)
        today = dt.date.today()
        rows: list[kesiapan_service.BarisMatriks] = []
        matrix_seconds = best_of(lambda: rows.__setitem__(
            slice(None), kesiapan_service.matriks(ws, definisi, KABUPATEN, today)))
        kodes = [r.kode for r in rows]
        each: dict[str, HasilDaftar] = {}
        naive_seconds = best_of(lambda: each.update(naive(ws, definisi, kodes, today)), runs=2)
        differ = same_judgement(rows, each)
        shown_seconds = widget_seconds(ws)
    print(f"{len(rows)} desa x {len(definisi.butir)} butir ({definisi.id})")
    failed = len(rows) != DESA or bool(differ)
    if differ:
        print(f"BERBEDA dari nilai() per desa: {', '.join(differ[:10])}")
    figures = {"matriks": (matrix_seconds, naive_seconds, f"{DESA} x nilai()"),
               "widget": (shown_seconds, matrix_seconds, "matriks()")}
    for name, (seconds, base, what) in figures.items():
        ratio = seconds / base
        ok = ratio <= TARGETS[name]
        failed |= not ok
        print(f"{name:<8} {seconds * 1000:8.1f} ms  baseline {what:<14} {base * 1000:8.1f} ms  "
              f"ratio {ratio:5.2f} (target <= {TARGETS[name]:g})  "
              f"{'ok' if ok else 'TERLALU LAMBAT'}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
