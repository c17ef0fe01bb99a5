"""Answering a checklist's manual items: the answer, its evidence and file, kept per cycle."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kks_desktop.domain.errors import ChecklistItemNotManual, EvidenceTooLarge, ValidationFailed
from kks_desktop.domain.fields import JenisTeks, masalah_isian
from kks_desktop.domain.kesiapan import Definisi
from kks_desktop.domain.kesiapan_fakta import BERKAS_MAKS, Berkas, Jawaban
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.problems import Problem, errors_in
from kks_desktop.domain.tanggal import masalah_tanggal
from kks_desktop.services.workspace import Workspace

_PENJAWAB = "kesiapan.penjawab"


@dataclass(frozen=True)
class Simpanan:
    """An answer as stored, with its file: what undo puts back."""

    jawaban: Jawaban
    berkas: Berkas | None


def baca_berkas(path: Path) -> Berkas:
    """Read an evidence file, refusing one over the size kept in the workspace before reading it.

    Raises EvidenceTooLarge, or OSError when it cannot be read.
    """
    size = path.stat().st_size
    if size > BERKAS_MAKS:
        raise EvidenceTooLarge(path.name, size, BERKAS_MAKS)
    return Berkas(path.name, path.read_bytes())


def penjawab(ws: Workspace) -> str:
    """The name given with the last answer on this workspace (to prefill the next)."""
    return ws.settings.get(_PENJAWAB) or ""


def periksa(jawaban: Jawaban) -> list[Problem]:
    """What keeps an answer from being stored: an unreadable or overlong text, a document date
    outside the sensible range."""
    return masalah_isian(((jawaban.nomor, "jawaban.nomor", JenisTeks.NAMA),
                          (jawaban.catatan, "jawaban.catatan", JenisTeks.CATATAN),
                          (jawaban.oleh, "jawaban.oleh", JenisTeks.NAMA))) + masalah_tanggal(
        jawaban.tanggal, "jawaban.tanggal")


def simpan(ws: Workspace, definisi: Definisi, kode: KodeWilayah, butir: str, jawaban: Jawaban,
           berkas: Berkas | None = None, keep_berkas: bool = False) -> Jawaban:
    """Store the answer to a manual item for `kode` in the checklist's cycle, in one transaction.
    The file becomes `berkas` (none for None) unless `keep_berkas` keeps the stored one.

    Raises ChecklistItemNotManual, EvidenceTooLarge or ValidationFailed; nothing is written then.
    """
    _manual(definisi, butir)
    problems = periksa(jawaban)
    if errors_in(problems):
        raise ValidationFailed(problems)
    if berkas is not None and len(berkas.isi) > BERKAS_MAKS:
        raise EvidenceTooLarge(berkas.nama, len(berkas.isi), BERKAS_MAKS)
    with ws.atomic():
        stored = ws.kesiapan.put(definisi.siklus, str(kode), butir, jawaban, berkas, keep_berkas)
        if jawaban.oleh.strip():
            ws.settings.set_many({_PENJAWAB: jawaban.oleh.strip()})
    return stored


def hapus(ws: Workspace, definisi: Definisi, kode: KodeWilayah, butir: str) -> None:
    """Remove the answer (and its file): the item reads "belum dijawab" again."""
    _manual(definisi, butir)
    ws.kesiapan.delete(definisi.siklus, str(kode), butir)


def simpanan(ws: Workspace, definisi: Definisi, kode: KodeWilayah, butir: str) -> Simpanan | None:
    """The stored answer with its file, or None (taken before a change, for undo)."""
    found = ws.kesiapan.jawaban(definisi.siklus, str(kode)).get(butir)
    if found is None:
        return None
    return Simpanan(found, ws.kesiapan.berkas(definisi.siklus, str(kode), butir))


def pulihkan(ws: Workspace, definisi: Definisi, kode: KodeWilayah, butir: str,
             state: Simpanan | None) -> None:
    """Put an item back as `state` had it (no answer for None)."""
    if state is None:
        hapus(ws, definisi, kode, butir)
    else:
        ws.kesiapan.put(definisi.siklus, str(kode), butir, state.jawaban, state.berkas,
                        keep_time=True)


def berkas(ws: Workspace, definisi: Definisi, kode: KodeWilayah, butir: str) -> Berkas | None:
    """The evidence file kept with an answer, to open or save elsewhere."""
    return ws.kesiapan.berkas(definisi.siklus, str(kode), butir)


def _manual(definisi: Definisi, butir: str) -> None:
    found = next((b for b in definisi.butir if b.id == butir), None)
    if found is None or not found.manual:
        raise ChecklistItemNotManual(definisi.id, butir, found is not None)
