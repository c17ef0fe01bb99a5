"""The Kesiapan sheet of a received workbook: manual answers taken, items judged from data left alone."""

from __future__ import annotations

from kks_desktop.domain.impor_baris import BarisMasuk
from kks_desktop.domain.kesiapan import Butir, Definisi, Tingkat
from kks_desktop.domain.problems import Problem
from kks_desktop.services import lembar_desa as ld
from kks_desktop.services.impor_baris_domain import Sheet, rapikan, tandai
from kks_desktop.services.impor_cocok import Pencocok
from kks_desktop.services.kesiapan_service import muat_definisi

_JAWAB = ("nilai", "nomor", "tanggal", "catatan", "oleh")


def periksa_kesiapan(p: Pencocok) -> None:
    """One record per answered manual item; a value typed for an item judged from data is a
    warning and is ignored; an item without an answer is no record (an import never deletes)."""
    sheet = p.sheets.get(ld.SHEET_KESIAPAN)
    definisi = {d.siklus: d for d in reversed(muat_definisi()) if d.tingkat is Tingkat.DESA}
    for baris in p.rows(ld.SHEET_KESIAPAN):
        assert sheet is not None
        rapikan(sheet, baris)
        kode = p.desa_ref(sheet, baris)
        if kode is None or not baris.ok:
            continue
        found = _butir(sheet, baris, definisi)
        if found is None:
            continue
        siklus, butir = baris.nilai["siklus"], baris.nilai["butir"]
        filled = [k for k in _JAWAB if baris.nilai.get(k) not in (None, "")]
        if not found.manual:
            if filled:
                tandai(sheet, baris, Problem.warning("nilai", "butir_otomatis", butir=butir),
                       "nilai")
            continue
        if baris.nilai.get("nilai") is None:
            if filled:
                tandai(sheet, baris, Problem.error("nilai", "wajib"), "nilai")
            continue
        kunci = f"{siklus}:{kode}:{butir}"
        if p.duplikat(sheet, baris, kunci, f"butir {butir}"):
            continue
        p.tambah(sheet, baris, kunci, kode, butir in p.sini.jawaban(siklus, kode),
                 f"{p.nama_desa(kode)}, {found.judul_singkat} ({siklus})")


def _butir(sheet: Sheet, baris: BarisMasuk, definisi: dict[int, Definisi]) -> Butir | None:
    siklus, butir = baris.nilai["siklus"], baris.nilai["butir"]
    found = definisi.get(siklus)
    if found is None:
        tandai(sheet, baris, Problem.error("siklus", "siklus_tidak_dikenal", siklus=str(siklus)),
               "siklus")
        return None
    item = next((b for b in found.butir if b.id == butir), None)
    if item is None:
        tandai(sheet, baris, Problem.error("butir", "butir_tidak_dikenal", butir=butir,
                                           siklus=str(siklus)), "butir")
    return item
