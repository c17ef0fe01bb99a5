"""Reading a household (KK) workbook: each sheet whose header names register columns, row by row."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook

from kks_desktop.domain.errors import Cancelled, WorkbookUnreadable
from kks_desktop.domain.impor_baris import Letak, MasalahImpor
from kks_desktop.domain.problems import Problem
from kks_desktop.services import rumah_tangga_sinonim as sn
from kks_desktop.services.buku_anak import BukuAnak
from kks_desktop.services.excel_baca import check_file
from kks_desktop.services.rumah_tangga_impor_baris import (
    KOLOM_DESA,
    BarisKK,
    KolomDiabaikan,
    LembarKK,
    PembacaBaris,
    petakan,
)

logger = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Batal = Callable[[], bool]

# A register runs to hundreds of thousands of rows (a sheet holds 1,048,576): larger limits
# than a desa workbook's, still checked from the zip's declared sizes before any parsing.
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_EXPANDED_BYTES = 2560 * 1024 * 1024
HEADER_ROWS = 10
_LANGKAH = 4096  # rows between two looks at progress and Batal
# From this size on a workbook is parsed in a child process (buku_anak): ~5,000 KK rows.
ANAK_MULAI_BYTES = 1024 * 1024


@dataclass
class BacaanKK:
    """A household workbook as read: its register sheets, rows and findings; nothing matched yet."""

    path: Path
    lembar: list[LembarKK] = field(default_factory=list)
    baris: list[BarisKK] = field(default_factory=list)
    masalah: list[MasalahImpor] = field(default_factory=list)
    diabaikan: list[KolomDiabaikan] = field(default_factory=list)
    nama_lembar: list[str] = field(default_factory=list)  # every sheet of the file


def baca_kk(path: Path, *, progress: Progress | None = None, batal: Batal | None = None,
            today: dt.date | None = None, di_anak: bool | None = None) -> BacaanKK:
    """Read every register sheet of a workbook (after the checks made before parsing) and
    check each row with the register's rules. Writes nothing. A file of `ANAK_MULAI_BYTES` or
    more is parsed in a child process (`di_anak` decides instead when given), so that freeing
    its cells does not freeze the window.

    Raises WorkbookUnreadable, Cancelled.
    """
    check_file(path, MAX_FILE_BYTES, MAX_EXPANDED_BYTES)
    day = today or dt.date.today()
    result = BacaanKK(path)
    if di_anak is None:
        di_anak = path.stat().st_size >= ANAK_MULAI_BYTES
    try:
        if di_anak:
            with BukuAnak(path) as buku:
                _baca_lembar_lembar(result, buku.sheet_names, buku.lembar(), day, progress, batal)
        else:
            book = CalamineWorkbook.from_path(str(path))
            names = list(book.sheet_names)
            sheets = (book.get_sheet_by_name(name) for name in names)
            _baca_lembar_lembar(result, names, sheets, day, progress, batal)
    except (WorkbookUnreadable, Cancelled):
        raise
    except Exception as exc:  # calamine (or the child reading for us) fails its own ways
        logger.info("unreadable household workbook %s: %r", path, exc)
        raise WorkbookUnreadable(path, "rusak") from None
    if not result.lembar:
        result.masalah.append(MasalahImpor(Letak(""), Problem.error(
            "", "kk_tanpa_lembar", ada=", ".join(result.nama_lembar) or "-")))
    logger.info("read %s: %d sheets, %d rows, %d findings", path.name, len(result.lembar),
                len(result.baris), len(result.masalah))
    return result


def _baca_lembar_lembar(result: BacaanKK, names: list[str], sheets: Iterator[Any], day: dt.date,
                        progress: Progress | None, batal: Batal | None) -> None:
    """Each sheet in turn (`sheets` yields them in the order of `names`)."""
    result.nama_lembar = names
    for n, name in enumerate(names):
        _cek(batal)
        sheet = next(sheets)
        _cek(batal)
        _baca_lembar(result, name, sheet, day, _bagian(progress, n, len(names)), batal)
        del sheet


def _cek(batal: Batal | None) -> None:
    if batal is not None and batal():
        raise Cancelled()


def _bagian(progress: Progress | None, n: int, count: int) -> Callable[[int, int], None]:
    """Progress of one sheet's rows as a share of the whole file (per mille)."""
    def report(done: int, total: int) -> None:
        if progress is not None:
            progress((1000 * n + 1000 * done // max(total, 1)) // count, 1000)
    return report


def _header(rows: Sequence[Sequence[object]]) -> tuple[int, list[sn.Sasaran | None]]:
    """The row among the first that names the most register targets, and each cell's target."""
    best, best_map, best_count = -1, list[sn.Sasaran | None](), 0
    for index, row in enumerate(rows[:HEADER_ROWS]):
        found = [sn.sasaran_judul(v) if isinstance(v, str) and v.strip() else None for v in row]
        count = len({s.kunci for s in found if s is not None and s.kunci not in KOLOM_DESA})
        if count > best_count:
            best, best_map, best_count = index, found, count
    return best, best_map


def _baca_lembar(result: BacaanKK, name: str, sheet: object, day: dt.date,
                 progress: Callable[[int, int], None], batal: Batal | None) -> None:
    start = getattr(sheet, "start", None) or (0, 0)
    height = int(getattr(sheet, "height", 0) or 0)
    rows: Iterator[list[object]] = iter(sheet.iter_rows())  # type: ignore[attr-defined]
    head = [row for _, row in zip(range(HEADER_ROWS), rows, strict=False)]
    index, targets = _header(head)
    found = {s.kunci for s in targets if s is not None}
    if "nama_kepala" not in found:
        if len(found - set(KOLOM_DESA)) >= 3:  # a register sheet without its one required column
            result.masalah.append(MasalahImpor(Letak(name, index + 1), Problem.error(
                "nama_kepala", "kk_tanpa_kolom_nama")))
        return
    kolom, ignored = petakan(name, head[index], targets, int(start[1]))
    result.diabaikan += ignored
    lembar = LembarKK(name, index + 1, kolom, PembacaBaris.isian(kolom),
                      any(k.sasaran.kunci == sn.AKSES for k in kolom),
                      any(k.sasaran.kunci in ("kode_desa", "nama_desa") for k in kolom))
    pembaca = PembacaBaris(lembar, len(result.lembar), day, result.masalah, result.baris)
    result.lembar.append(lembar)
    total = max(int(start[0]) + height, len(head))
    number = index + 1
    for row in head[index + 1:]:
        number += 1
        pembaca.baca(row, number)
    for row in rows:
        number += 1
        if number % _LANGKAH == 0:
            _cek(batal)
            progress(number, total)
        pembaca.baca(row, number)
    result.masalah.extend(pembaca.ringkas())
    progress(total, total)
