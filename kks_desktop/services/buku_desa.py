"""Exporting the desa workbook (Laporan Pokja Desa Sehat): one desa, several, or one file per desa."""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kks_desktop import __version__
from kks_desktop.bahasa import tetap_indonesia
from kks_desktop.domain.errors import Cancelled
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.sinkron import kunci_dasar, nilai_tukar
from kks_desktop.services import lembar_desa
from kks_desktop.services.buku_desa_baris import IsiBuku, PembacaBuku, kunci_baris
from kks_desktop.services.buku_ringkasan import judul_lingkup, tulis_ringkasan
from kks_desktop.services.excel_tulis import (
    IsiLembar,
    new_workbook,
    save_atomically,
    write_meta,
    write_sheet,
)
from kks_desktop.services.pengaturan import kertas
from kks_desktop.services.workspace import Workspace
from kks_desktop.store.clock import new_uuid, now_text
from kks_desktop.store.pertukaran_store import CatatanEkspor
from kks_desktop.store.schema import SCHEMA_VERSION

logger = logging.getLogger(__name__)

JENIS = "buku_desa"
PROGRAM = "KKS Desktop"
# Characters Windows, macOS or a USB stick's FAT refuse in a file name.
_BAD_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]')

Progress = Callable[[int, int], None]
Batal = Callable[[], bool]


@dataclass(frozen=True)
class HasilEkspor:
    """A workbook written and recorded: where, its checksum, its export uuid, the desa it holds
    and the rows per sheet."""

    path: Path
    sha256: str
    uuid: str
    desa_kode: tuple[str, ...]
    baris: dict[str, int]


def versi_skema() -> int:
    """The workspace schema version this program writes (recorded in each workbook)."""
    return SCHEMA_VERSION


def nama_berkas_desa(kode: KodeWilayah, nama: str) -> str:
    """"Laporan Pokja Desa Sehat 33.25.01.2001 Silurah.xlsx"; characters no file system takes are
    replaced."""
    clean = " ".join(_BAD_NAME.sub("-", nama).split()).strip(". ")
    return f"Laporan Pokja Desa Sehat {kode}{' ' + clean if clean else ''}.xlsx"


def desa_dalam_lingkup(ws: Workspace) -> list[KodeWilayah]:
    """Every registered desa in the workspace scope (all when no scope is set), in kode order."""
    scope = ws.scope()
    return [d.kode for d in ws.desa.desa_list(scope.kode if scope else None)]


@tetap_indonesia
def ekspor_desa(ws: Workspace, kode: Sequence[KodeWilayah], target: Path, *,
                progress: Progress | None = None, batal: Batal | None = None) -> HasilEkspor:
    """Write one workbook holding these desa (one or several) to `target`, then record it in
    the exchange ledger with the values of every row.

    Raises DesaNotFound; Cancelled when `batal()` turns True (no file, nothing recorded);
    OSError when the file cannot be written (no file under the target name).
    """
    total = len(lembar_desa.data_sheets()) + 3
    done = [0]

    def step() -> None:
        done[0] += 1
        if progress is not None:
            progress(done[0], total)

    return _ekspor(ws, PembacaBuku(ws), kode, target, step, batal)


@tetap_indonesia
def ekspor_per_desa(ws: Workspace, kode: Sequence[KodeWilayah], folder: Path, *,
                    progress: Progress | None = None,
                    batal: Batal | None = None) -> list[HasilEkspor]:
    """One workbook per desa in `folder`, named by `nama_berkas_desa`, each recorded. Sessions
    shared by several desa are read once.

    Raises DesaNotFound; Cancelled when `batal()` turns True (the workbooks finished before stay,
    recorded; the one in progress leaves no file); OSError when a file cannot be written.
    """
    codes = sorted(set(kode))
    names = {one: ws.desa.desa(one).nama for one in codes}  # an unknown desa stops it before any file
    pembaca = PembacaBuku(ws)
    results = []
    for index, one in enumerate(codes):
        _check(batal)
        target = folder / nama_berkas_desa(one, names[one])
        results.append(_ekspor(ws, pembaca, [one], target, lambda: None, batal))
        if progress is not None:
            progress(index + 1, len(codes))
    return results


def _check(batal: Batal | None) -> None:
    if batal is not None and batal():
        raise Cancelled()


def _ekspor(ws: Workspace, pembaca: PembacaBuku, kode: Sequence[KodeWilayah], target: Path,
            step: Callable[[], None], batal: Batal | None) -> HasilEkspor:
    _check(batal)
    isi = pembaca.baca(kode, batal)
    step()
    paper = kertas(ws)
    wb = new_workbook()
    sub = judul_lingkup(ws, isi.kode)
    counts: dict[str, int] = {}
    for lembar in lembar_desa.data_sheets():
        _check(batal)
        counts[lembar.nama] = write_sheet(wb, IsiLembar(lembar, isi.baris[lembar.nama], sub), paper)
        step()
    _check(batal)
    tulis_ringkasan(wb, ws, isi, paper)
    step()
    uuid, waktu = new_uuid(), now_text()
    scope = ws.scope()
    lingkup = scope.nama if scope else ""
    desa_kode = tuple(str(k) for k in isi.kode)
    write_meta(wb, {
        "format": lembar_desa.FORMAT_NAME, "versi_format": lembar_desa.FORMAT_VERSION,
        "program": PROGRAM, "versi_program": __version__, "versi_skema": str(versi_skema()),
        "ekspor_uuid": uuid, "waktu": waktu, "lingkup": lingkup,
        "desa_kode": ",".join(desa_kode), "kertas": paper.value,
        **{f"baris:{name}": str(n) for name, n in counts.items()}})
    dasar = _dasar(isi)
    _check(batal)
    sha256 = save_atomically(wb, target)
    try:
        with ws.atomic():
            ws.pertukaran.add_export(CatatanEkspor(uuid, waktu, JENIS, target.name, sha256,
                                                   lingkup, desa_kode, counts))
            ws.pertukaran.put_dasar(dasar)
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        raise
    step()
    logger.info("exported %s (%d desa, %s)", target, len(desa_kode), counts)
    return HasilEkspor(target, sha256, uuid, desa_kode, counts)


def _dasar(isi: IsiBuku) -> dict[str, dict[str, object]]:
    """The values every row travels with, by ledger key."""
    return {kunci_dasar(lembar, kunci_baris(lembar, row)): nilai_tukar(lembar, row)
            for lembar in lembar_desa.data_sheets() for row in isi.baris[lembar.nama]}
