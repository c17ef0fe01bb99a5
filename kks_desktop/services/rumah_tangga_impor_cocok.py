"""Which household here each row of a KK workbook is (ID, No. KK, name+RT+RW), and rows the file repeats."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from kks_desktop.domain.impor_baris import Letak, MasalahImpor
from kks_desktop.domain.problems import Problem
from kks_desktop.domain.rumah_tangga import KUNCI_PERTANYAAN, Pembuangan, RumahTangga, tangga_dari
from kks_desktop.services.rumah_tangga_impor_baca import BacaanKK
from kks_desktop.services.rumah_tangga_impor_baris import (
    LEMBAR,
    NAMA,
    NO_KK,
    NOMOR,
    RT,
    RW,
    SALAH,
    UUID,
    BarisKK,
    LembarKK,
    rumah_tangga,
)
from kks_desktop.services.rumah_tangga_impor_desa import PencariDesa
from kks_desktop.services.workspace import Workspace
from kks_desktop.store.rumah_tangga_store import KOLOM_NILAI

_ISIAN = ("no_kk", "nama_kepala", "dusun", "rt", "rw", "alamat", "jumlah_jiwa", "tanggal",
          "petugas", "pembuangan")
_LANGKAH = 4096  # rows between two looks at progress and Batal
KunciNama = tuple[str, str, str]


@dataclass
class JumlahDesa:
    """What a dry run found for one desa: households new, changed, unchanged, rows with errors."""

    kode: str
    nama: str
    baru: int = 0
    berubah: int = 0
    sama: int = 0
    salah: int = 0


@dataclass
class Tulisan:
    """What a commit writes into one desa: new households (rows as kept), changed ones."""

    baru: list[BarisKK] = field(default_factory=list)
    ubah: list[RumahTangga] = field(default_factory=list)


def letak(bacaan: BacaanKK, baris: BarisKK, key: str) -> Letak:
    """The place of a row's finding about `key` (its column, when the sheet has one)."""
    lembar = bacaan.lembar[baris[LEMBAR]]
    kolom = next((k for k in lembar.kolom if k.sasaran.kunci == key), None)
    return Letak(lembar.nama, baris[NOMOR], kolom.judul if kolom else None,
                 kolom.huruf if kolom else None)


def kunci_nama(nama: str, rt: str, rw: str) -> KunciNama:
    """Name, RT and RW as compared: case, spacing and leading zeros do not matter."""
    return (" ".join(nama.casefold().split()), rt.lstrip("0"), rw.lstrip("0"))


_N = {name: i for i, name in enumerate(KOLOM_NILAI)}
_N_JAWABAN = tuple(_N[k] for k in KUNCI_PERTANYAAN)
_OUTLETS = {p.value: p for p in Pembuangan}
Nilai = tuple[Any, ...]  # a household here as stored (`nilai_desa`): plain values


def dari_nilai(v: Nilai) -> RumahTangga:
    """The household of a stored row (KOLOM_NILAI order)."""
    day = v[_N["tanggal"]]
    return RumahTangga(
        nama_kepala=v[_N["nama_kepala"]], no_kk=v[_N["no_kk"]], dusun=v[_N["dusun"]],
        rt=v[_N["rt"]], rw=v[_N["rw"]], alamat=v[_N["alamat"]], jumlah_jiwa=v[_N["jumlah_jiwa"]],
        tanggal=dt.date.fromisoformat(day) if day else None, petugas=v[_N["petugas"]],
        jawaban=tuple(None if v[i] is None else bool(v[i]) for i in _N_JAWABAN),
        pembuangan=_OUTLETS.get(v[_N["pembuangan"]]), uuid=v[_N["uuid"]])


class _Sini:
    """The households of one desa here, looked up by uuid, No. KK and name+RT+RW. Kept as the
    stored rows (plain tuples the cycle collector does not track: a desa of a re-imported
    register may hold many thousands), a list only where several share a key; a household is
    built only for the rows matched."""

    def __init__(self, rows: Iterable[Nilai]) -> None:
        self.uuid: dict[str, Nilai] = {}
        self.no_kk: dict[str, Nilai | list[Nilai]] = {}
        self.nama: dict[KunciNama, Nilai | list[Nilai]] = {}
        uuid, no_kk, nama, rt, rw = (_N[k] for k in ("uuid", "no_kk", "nama_kepala", "rt", "rw"))
        for v in rows:
            self.uuid[v[uuid]] = v
            if v[no_kk]:
                _tambah(self.no_kk, v[no_kk], v)
            _tambah(self.nama, kunci_nama(v[nama], v[rt], v[rw]), v)


def _tambah(index: dict[Any, Nilai | list[Nilai]], key: object, v: Nilai) -> None:
    found = index.setdefault(key, v)
    if found is not v:
        index[key] = [*found, v] if isinstance(found, list) else [found, v]


def _semua(found: Nilai | list[Nilai] | None) -> Iterable[Nilai]:
    return () if found is None else found if isinstance(found, list) else (found,)


class Pencocok:
    """Matches the rows placed in a desa to the households there and classifies them: new,
    changed or unchanged; rows repeating an earlier one of the file are findings."""

    def __init__(self, ws: Workspace, bacaan: BacaanKK, pencari: PencariDesa,
                 placed: list[tuple[BarisKK, int]]) -> None:
        self.bacaan, self.pencari, self.placed = bacaan, pencari, placed
        self.sini = {did: _Sini(ws.rumah_tangga.nilai_desa(did))
                     for did in sorted({did for _, did in placed})}
        unknown = [b[UUID] for b, did in placed if b[UUID] and b[UUID] not in self.sini[did].uuid]
        self.desa_lain = ws.rumah_tangga.desa_dari_uuid(unknown) if unknown else {}
        self.seen_uuid: dict[str, BarisKK] = {}
        self.seen_no_kk: dict[str, BarisKK] = {}
        self.seen_nama: dict[tuple[int, KunciNama], BarisKK] = {}
        self.claimed: set[str] = set()

    def klasifikasi(self, per_desa: dict[str, JumlahDesa], masalah: list[MasalahImpor],
                    step: Callable[[int], None]) -> dict[int, Tulisan]:
        """What to write per desa id; the counts go into `per_desa`, findings into `masalah`."""
        tulis: dict[int, Tulisan] = {}
        for n, (baris, did) in enumerate(self.placed):
            if n % _LANGKAH == 0:
                step(n)
            kode, nama = self.pencari.desa_kode[did]
            counts = per_desa.get(kode) or per_desa.setdefault(kode, JumlahDesa(kode, nama))
            found = self._ulang(baris, did)
            uuid = baris[UUID]
            if found is None and uuid and uuid in self.desa_lain:
                found = Problem.error("uuid", "kk_id_desa_lain",
                                      desa=self.pencari.nama_desa(self.desa_lain[uuid]))
            if found is not None:
                masalah.append(MasalahImpor(letak(self.bacaan, baris, found.field), found))
            if baris[SALAH] or (found is not None and found.is_error):
                counts.salah += 1
                continue
            target = tulis.get(did) or tulis.setdefault(did, Tulisan())
            here = self._cocok(baris, self.sini[did])
            if here is None:
                target.baru.append(baris)
                counts.baru += 1
                continue
            self.claimed.add(here.uuid)
            merged = gabung(here, rumah_tangga(baris), self.bacaan.lembar[baris[LEMBAR]])
            if merged is here:
                counts.sama += 1
            else:
                target.ubah.append(merged)
                counts.berubah += 1
        return {did: t for did, t in tulis.items() if t.baru or t.ubah}

    def _ulang(self, baris: BarisKK, did: int) -> Problem | None:
        """A finding when the row repeats an earlier one of the file: the same ID, or the same
        No. KK without IDs telling them apart (an error: the row is left out); the same No. KK on
        two rows with their own IDs, or the same name, RT and RW in the desa (a warning)."""
        uuid, no_kk = baris[UUID], baris[NO_KK]
        if uuid:
            first = self.seen_uuid.setdefault(uuid, baris)
            if first is not baris:
                return Problem.error("uuid", "kk_ganda_id", baris=self._tempat(first, baris))
        if no_kk:
            first = self.seen_no_kk.setdefault(no_kk, baris)
            if first is not baris and not (uuid and first[UUID]):
                return Problem.error("no_kk", "kk_ganda_no_kk", baris=self._tempat(first, baris))
            if first is not baris:
                # Two households of the program's own export: kept apart by their IDs, as the
                # program keeps them (flagged there too), so the row is read.
                return Problem.warning("no_kk", "kk_ganda_no_kk_id", baris=self._tempat(first, baris))
        first = self.seen_nama.setdefault(
            (did, kunci_nama(baris[NAMA], baris[RT], baris[RW])), baris)
        if first is not baris and not (no_kk and first[NO_KK] and no_kk != first[NO_KK]):
            return Problem.warning("nama_kepala", "kk_ganda_nama", baris=self._tempat(first, baris))
        return None

    def _tempat(self, first: BarisKK, baris: BarisKK) -> str:
        if first[LEMBAR] == baris[LEMBAR]:
            return f"baris {first[NOMOR]}"
        return f"sheet {self.bacaan.lembar[first[LEMBAR]].nama} baris {first[NOMOR]}"

    def _cocok(self, baris: BarisKK, sini: _Sini) -> RumahTangga | None:
        """The household here a row is: by ID, else by No. KK, else by name, RT and RW (with
        no other No. KK); households here that share them are paired with the file's rows in
        order, so a second import finds each again. None for a new household."""
        if not sini.uuid:
            return None
        uuid, no_kk = baris[UUID], baris[NO_KK]
        if uuid and uuid in sini.uuid:
            return dari_nilai(sini.uuid[uuid])
        u, k = _N["uuid"], _N["no_kk"]
        found = [v for v in _semua(sini.no_kk.get(no_kk)) if v[u] not in self.claimed]
        if not found:
            found = [v for v in _semua(sini.nama.get(kunci_nama(baris[NAMA], baris[RT], baris[RW])))
                     if v[u] not in self.claimed and (not no_kk or not v[k])]
        return dari_nilai(found[0]) if found else None


def gabung(here: RumahTangga, rt: RumahTangga, lembar: LembarKK) -> RumahTangga:
    """`here` with the fields the sheet carries taken from the row (others as they are here);
    `here` itself when nothing differs. RT 1 and RT 001 are the same RT (written as here). A
    rung typed as a word that `here` already has (or a blank one) leaves its pillar 1 answers
    as they are: they say more than the fewest answers for that rung."""
    isian = lembar.isian
    rung = tangga_dari(rt.jawaban, rt.pembuangan)
    keep_p1 = lembar.akses and (rung is None or rung == tangga_dari(here.jawaban, here.pembuangan))
    changes: dict[str, object] = {}
    for name in _ISIAN:
        if (name in isian and getattr(here, name) != getattr(rt, name)
                and not (keep_p1 and name == "pembuangan")):
            changes[name] = getattr(rt, name)
    for name in ("rt", "rw"):
        if name in changes and str(changes[name]).lstrip("0") == getattr(here, name).lstrip("0"):
            del changes[name]
    answers = list(here.jawaban)
    for i, (key, old, new) in enumerate(zip(KUNCI_PERTANYAAN, here.jawaban, rt.jawaban,
                                            strict=True)):
        if key in isian and old != new and not (keep_p1 and key.startswith("p1_")):
            answers[i] = new
    if tuple(answers) != here.jawaban:
        changes["jawaban"] = tuple(answers)
    return here.with_changes(**changes) if changes else here
