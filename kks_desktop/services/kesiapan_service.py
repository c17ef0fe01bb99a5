"""Readiness checklists: load the shipped definitions, gather a region's facts, judge them."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kks_desktop.domain.errors import ChecklistInvalid, ChecklistNotFound, ChecklistWrongLevel
from kks_desktop.domain.kesiapan import Definisi, Tingkat, parse_definisi
from kks_desktop.domain.kesiapan_aturan import SPESIFIKASI
from kks_desktop.domain.kesiapan_fakta import Fakta, FaktaDesa, FaktaKegiatan
from kks_desktop.domain.kesiapan_nilai import HasilDaftar, nilai_daftar
from kks_desktop.domain.kode_wilayah import KodeWilayah, Level
from kks_desktop.domain.peserta import kunci_nama
from kks_desktop.paths import resource
from kks_desktop.services.identitas import identitas
from kks_desktop.services.reference import acuan_kegiatan, penghargaan
from kks_desktop.services.sanitasi_summary import desa_sanitasi
from kks_desktop.services.workspace import Workspace

_LEVEL = {Tingkat.DESA: Level.DESA, Tingkat.KECAMATAN: Level.KECAMATAN,
          Tingkat.KABUPATEN: Level.KABKOTA}


def folder_bawaan() -> Path:
    return resource("checklists")


def muat_definisi(folder: Path | None = None) -> tuple[Definisi, ...]:
    """Every definition in the folder (the shipped one by default), ordered by level and cycle.
    A new cycle is a new file here; no code changes.

    Raises ChecklistInvalid naming the file and item of the first broken definition.
    """
    return _muat(folder or folder_bawaan())


@cache
def _muat(folder: Path) -> tuple[Definisi, ...]:
    found: list[Definisi] = []
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ChecklistInvalid(path.name, "-", f"tidak dapat dibaca sebagai JSON ({exc})") from exc
        definisi = parse_definisi(data, path.name, SPESIFIKASI)
        if any(d.id == definisi.id for d in found):
            raise ChecklistInvalid(path.name, "-", f"id “{definisi.id}” sudah dipakai berkas lain")
        found.append(definisi)
    order = list(Tingkat)
    return tuple(sorted(found, key=lambda d: (order.index(d.tingkat), -d.siklus, d.id)))


def cari_definisi(definisi_id: str, folder: Path | None = None) -> Definisi:
    """Raises ChecklistNotFound listing the ids there are."""
    known = muat_definisi(folder)
    for definisi in known:
        if definisi.id == definisi_id:
            return definisi
    raise ChecklistNotFound(definisi_id, [d.id for d in known])


def fakta(ws: Workspace, definisi: Definisi, kode: KodeWilayah,
          today: dt.date | None = None) -> Fakta:
    """What the workspace knows about `kode` for this checklist.

    Raises ChecklistWrongLevel when `kode` is not of the checklist's level; DesaNotFound for an
    unregistered desa.
    """
    if kode.level is not _LEVEL[definisi.tingkat]:
        raise ChecklistWrongLevel(definisi.id, definisi.tingkat.value, str(kode))
    if kode.level is Level.DESA:
        ws.desa.desa(kode)  # raises DesaNotFound
    below = ws.kesiapan.jawaban_di(definisi.siklus, str(kode)) if kode.level < Level.DESA else {}
    return Fakta(str(kode), identitas(ws, kode).nama, _desa(ws, kode),
                 _kegiatan(ws, definisi, kode), penghargaan().siklus_tahun(definisi.siklus),
                 today or dt.date.today(),
                 tuple((w, b, j.nilai) for w, items in below.items() if w != str(kode)
                       for b, j in items.items()))


def _desa(ws: Workspace, within: KodeWilayah | None) -> tuple[FaktaDesa, ...]:
    return tuple(FaktaDesa(row.desa, ws.pokja.pokja_for(row.desa.kode), row.posisi.status,
                           row.stbm.status, row.terakhir.periode if row.terakhir else None)
                 for row in desa_sanitasi(ws, within))


def _kegiatan(ws: Workspace, definisi: Definisi,
              within: KodeWilayah | None) -> tuple[FaktaKegiatan, ...]:
    rapat = {j.id for j in acuan_kegiatan().jenis if j.rapat}
    named = frozenset(j for b in definisi.butir if b.aturan == "pengurus_ikut_orientasi"
                      for j in b.param("jenis") or ())
    names = ws.kegiatan.nama_peserta(named) if named else {}
    plans = ws.kegiatan.rtl_di(within)
    return tuple(
        FaktaKegiatan(judul, jenis, jenis in rapat, dt.date.fromisoformat(mulai), wilayah, hadir,
                      notulen, frozenset((kunci_nama(n), d) for n, d in names.get(uuid, ())),
                      plans.get(uuid, ()))
        for uuid, judul, jenis, mulai, wilayah, hadir, notulen in ws.kegiatan.ringkas_fakta())


def nilai(ws: Workspace, definisi: Definisi, kode: KodeWilayah,
          today: dt.date | None = None) -> HasilDaftar:
    """The checklist judged for `kode`, with the manual answers stored for its cycle."""
    return nilai_daftar(definisi, fakta(ws, definisi, kode, today),
                        ws.kesiapan.jawaban(definisi.siklus, str(kode)))


@dataclass(frozen=True)
class BarisMatriks:
    """One desa's row of the desa × item matrix."""

    kode: str
    nama: str
    kecamatan: str
    hasil: HasilDaftar


def matriks(ws: Workspace, definisi: Definisi, within: KodeWilayah | None = None,
            today: dt.date | None = None) -> list[BarisMatriks]:
    """A desa-level checklist judged for every registered desa inside `within` (the whole
    workspace for None), by kode; the workspace is read once, not once per desa.

    Raises ChecklistWrongLevel for a checklist that is not for desa.
    """
    if definisi.tingkat is not Tingkat.DESA:
        raise ChecklistWrongLevel(definisi.id, definisi.tingkat.value, str(within or "-"))
    sessions = _kegiatan(ws, definisi, within)
    answers = ws.kesiapan.jawaban_di(definisi.siklus, str(within) if within else "")
    siklus = penghargaan().siklus_tahun(definisi.siklus)
    day = today or dt.date.today()
    return [BarisMatriks(str(d.desa.kode), d.desa.nama, d.desa.wilayah.kecamatan,
                         nilai_daftar(definisi, Fakta(str(d.desa.kode), d.desa.nama, (d,),
                                                      sessions, siklus, day),
                                      answers.get(str(d.desa.kode))))
            for d in _desa(ws, within)]
