"""Which registered desa each household row of an imported workbook belongs to (kode or name)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kks_desktop.domain.errors import DesaNotFound, InvalidKode
from kks_desktop.domain.kode_wilayah import KodeWilayah, Level
from kks_desktop.domain.problems import Problem
from kks_desktop.domain.sel import normal_judul
from kks_desktop.services.rumah_tangga_impor_baca import BacaanKK
from kks_desktop.services.rumah_tangga_impor_baris import DESA, KECAMATAN, LEMBAR, BarisKK
from kks_desktop.services.workspace import Workspace

_KODE = re.compile(r"[\d.\s]+")
# Words written before a desa's or kecamatan's name that are not part of it.
_AWALAN = frozenset(("desa", "kelurahan", "kel", "ds", "kec", "kecamatan"))
Tempat = int | Problem  # a desa id, or why the row has none


def nama_wilayah(text: object) -> str:
    """A desa or kecamatan name as compared: "Desa Silurah" and "SILURAH" are the same."""
    words = normal_judul(text).split()
    while len(words) > 1 and words[0] in _AWALAN:
        words.pop(0)
    return " ".join(words)


class PencariDesa:
    """The workspace's registered desa, found by kode or by name (with the kecamatan, when the
    file gives one, to tell apart desa of the same name); `desa` is the user's choice for rows
    that name none.

    Raises DesaNotFound when the chosen desa is not registered.
    """

    def __init__(self, ws: Workspace, desa: KodeWilayah | None = None) -> None:
        self.by_kode: dict[str, int] = {}
        self.desa_kode: dict[int, tuple[str, str]] = {}
        self.by_nama: dict[str, list[tuple[int, str]]] = {}
        self.kecamatan: dict[int, str] = {}
        for d in ws.desa.desa_list():
            did = ws.rumah_tangga.desa_id(d.kode)
            if did is None:
                continue
            self.by_kode[str(d.kode)] = did
            self.desa_kode[did] = (str(d.kode), d.nama)
            self.kecamatan[did] = d.wilayah.kecamatan
            self.by_nama.setdefault(nama_wilayah(d.nama), []).append(
                (did, nama_wilayah(d.wilayah.kecamatan)))
        self.bawaan: int | None = None
        if desa is not None:
            if str(desa) not in self.by_kode:
                raise DesaNotFound(str(desa))
            self.bawaan = self.by_kode[str(desa)]
        self._cache: dict[tuple[object, str], Tempat] = {}

    def nama_desa(self, did: int) -> str:
        kode, nama = self.desa_kode[did]
        return f"{kode} {nama}"

    def tempatkan(self, bacaan: BacaanKK) -> Iterator[tuple[BarisKK, Tempat]]:
        """Each row with its desa id, or the problem: a blank desa cell (no desa chosen), or a
        code or name not registered here; `kk_tanpa_desa` when the sheet names no desa at all
        and none was chosen."""
        for baris in bacaan.baris:
            if baris[DESA] is None:
                if self.bawaan is not None:
                    yield baris, self.bawaan
                elif bacaan.lembar[baris[LEMBAR]].punya_desa:
                    kolom = next(k.sasaran.kunci for k in bacaan.lembar[baris[LEMBAR]].kolom
                                 if k.sasaran.kunci in ("kode_desa", "nama_desa"))
                    yield baris, Problem.error(kolom, "kk_desa_kosong")
                else:
                    yield baris, Problem.error("", "kk_tanpa_desa")
                continue
            key = (baris[DESA], baris[KECAMATAN])
            found = self._cache.get(key)
            if found is None:
                kolom, value = baris[DESA]
                found = self._cache[key] = self._cari(kolom, value, baris[KECAMATAN])
            yield baris, found

    def _cari(self, kolom: str, value: object, kecamatan: str) -> Tempat:
        text = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
        text = text.strip()
        if _KODE.fullmatch(text):
            try:
                kode = KodeWilayah.parse(text.replace(" ", ""))
            except InvalidKode as exc:
                return Problem.error(kolom, "kode_salah", teks=text[:40], alasan=exc.reason)
            if kode.level is not Level.DESA:
                return Problem.error(kolom, "bukan_kode_desa", kode=str(kode))
            did = self.by_kode.get(str(kode))
            return did if did is not None else Problem.error(kolom, "kk_desa_tidak_dikenal",
                                                             teks=str(kode))
        found = self.by_nama.get(nama_wilayah(text), [])
        if kecamatan and len(found) > 1:
            found = [f for f in found if f[1] == nama_wilayah(kecamatan)] or found
        if len(found) == 1:
            return found[0][0]
        if not found:
            return Problem.error(kolom, "kk_desa_tidak_dikenal", teks=text[:40])
        return Problem.error(kolom, "kk_desa_ganda", teks=text[:40], pilihan="; ".join(
            f"{self.nama_desa(did)} (Kec. {self.kecamatan[did]})" for did, _ in found))

