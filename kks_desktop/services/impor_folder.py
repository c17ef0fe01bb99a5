"""Consolidation: many desa workbooks imported in one go, each on its own, with a result per file."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kks_desktop.domain.errors import Cancelled, KksError
from kks_desktop.messages import describe, describe_os_error
from kks_desktop.messages_excel import hasil_impor_text, masalah_text
from kks_desktop.services import cadangan
from kks_desktop.services.impor_buku import rencanakan
from kks_desktop.services.impor_terap import JENIS_CADANGAN, HasilImpor, terapkan
from kks_desktop.services.workspace import Workspace

logger = logging.getLogger(__name__)

_SHOWN_PROBLEMS = 3


@dataclass(frozen=True)
class HasilBerkas:
    """The outcome for one file: diterima, diperbarui, sama, konflik or ditolak, and why."""

    path: Path
    status: str
    alasan: str
    hasil: HasilImpor | None


def berkas_di(paths: Sequence[Path]) -> list[Path]:
    """The .xlsx files among `paths` and inside the folders among them (and their subfolders),
    sorted, each once; Excel's lock files (~$...) and hidden or temporary files left out."""
    found: set[Path] = set()
    for path in paths:
        candidates = sorted(path.rglob("*")) if path.is_dir() else [path]
        found.update(p for p in candidates if p.suffix.lower() == ".xlsx"
                     and not p.name.startswith(("~$", ".")) and (p.is_file() or p == path))
    return sorted(found)


def impor_folder(ws: Workspace, paths: Sequence[Path], *, hanya_baris_sah: bool = False,
                 progress: Callable[[int, int], None] | None = None,
                 batal: Callable[[], bool] | None = None) -> list[HasilBerkas]:
    """Import every workbook among `paths` (files or folders): one backup first, then each file
    planned and committed on its own. Conflicts keep the value here (status "konflik"); a file
    that cannot be read, or has errors (unless `hanya_baris_sah`), is "ditolak" with the reason.

    Raises Cancelled between files when `batal()` turns True: the files already imported stay
    imported, each whole; the one in progress is not touched.
    """
    files = berkas_di(paths)
    if files:
        cadangan.buat(ws, jenis=JENIS_CADANGAN)
    results: list[HasilBerkas] = []
    for done, path in enumerate(files):
        if batal is not None and batal():
            raise Cancelled()
        if progress is not None:
            progress(done, len(files))
        results.append(_satu(ws, path, hanya_baris_sah))
        logger.info("folder import %s: %s", path.name, results[-1].status)
    if progress is not None:
        progress(len(files), len(files))
    return results


def _satu(ws: Workspace, path: Path, hanya_baris_sah: bool) -> HasilBerkas:
    try:
        rencana = rencanakan(ws, path)
    except Cancelled:
        raise
    except KksError as exc:  # WorkbookUnreadable above all: not xlsx, damaged, too big
        return HasilBerkas(path, "ditolak", describe(exc), None)
    except OSError as exc:
        return HasilBerkas(path, "ditolak", describe_os_error(exc), None)
    errors = [m for m in rencana.masalah if m.is_error]
    if errors and (not hanya_baris_sah or not rencana.catatan):
        shown = "; ".join(masalah_text(m) for m in errors[:_SHOWN_PROBLEMS])
        more = len(errors) - _SHOWN_PROBLEMS
        return HasilBerkas(path, "ditolak", f"{len(errors)} kesalahan: {shown}"
                           + (f"; dan {more} lainnya." if more > 0 else "."), None)
    try:
        hasil = terapkan(ws, rencana, hanya_baris_sah=hanya_baris_sah, cadangkan=False)
    except KksError as exc:  # refused while writing: nothing of this file was kept
        return HasilBerkas(path, "ditolak", describe(exc), None)
    return HasilBerkas(path, hasil.hasil, hasil_impor_text(hasil), hasil)
