"""Names of a region and those above it, for letterheads (kop) and identity blocks in printouts."""

from __future__ import annotations

from dataclasses import dataclass

from kks_desktop.domain.desa import Desa
from kks_desktop.domain.errors import DesaNotFound
from kks_desktop.domain.kode_wilayah import JenisDesa, KodeWilayah, Level
from kks_desktop.services import wilayah
from kks_desktop.services.workspace import Workspace

_JENIS = {JenisDesa.DESA: "Desa", JenisDesa.KELURAHAN: "Kelurahan", JenisDesa.DESA_ADAT: "Desa Adat"}


@dataclass(frozen=True)
class Identitas:
    """Empty strings for the levels below the region itself (a kabupaten has no desa)."""

    kode: KodeWilayah
    desa: str
    jenis_desa: str  # "Desa", "Kelurahan" or "Desa Adat"; empty above desa level
    kecamatan: str
    kabupaten: str  # as the official list writes it: "Kabupaten Batang", "Kota Pekalongan"
    provinsi: str

    @property
    def tingkat(self) -> Level:
        return self.kode.level

    @property
    def nama(self) -> str:
        """The region itself: "Desa Kalibeluk", "Kecamatan Warungasem", "Kabupaten Batang"."""
        if self.tingkat is Level.DESA:
            return f"{self.jenis_desa} {self.desa}"
        if self.tingkat is Level.KECAMATAN:
            return f"Kecamatan {self.kecamatan}"
        return self.kabupaten if self.tingkat is Level.KABKOTA else f"Provinsi {self.provinsi}"


def nama_desa(desa: Desa) -> str:
    """"Desa Kalibeluk", "Kelurahan Kauman": a registered desa with its kind."""
    return f"{_JENIS[desa.jenis]} {desa.nama}"


def identitas(ws: Workspace, kode: KodeWilayah) -> Identitas:
    """The names for `kode`: a registered desa's own copy first (for a kecamatan or above, that
    of a desa within it), then the official list (a code it lacks is shown as the code).

    The workspace's copy spares the official list, which takes ~0.4 s to load, on the way to
    the first window.
    """
    if kode.level is Level.DESA:
        try:
            w = ws.desa.desa(kode).wilayah
            jenis = w.jenis
        except DesaNotFound:
            w = None
            jenis = kode.jenis_desa or JenisDesa.DESA
        if w is not None:
            return Identitas(kode, w.nama, _JENIS[jenis], w.kecamatan, w.kabupaten, w.provinsi)

    within = None if kode.level is Level.DESA else next(iter(ws.desa.desa_list(kode, limit=1)), None)
    copy = {} if within is None else {
        Level.KECAMATAN: within.wilayah.kecamatan, Level.KABKOTA: within.wilayah.kabupaten,
        Level.PROVINSI: within.wilayah.provinsi}

    def name(level: Level) -> str:
        if kode.level < level:
            return ""
        part = kode.at(level)
        return copy.get(level) or wilayah.name_of(part) or str(part)

    jenis_desa = _JENIS[kode.jenis_desa] if kode.jenis_desa else ""
    return Identitas(kode, name(Level.DESA), jenis_desa, name(Level.KECAMATAN),
                     name(Level.KABKOTA), name(Level.PROVINSI))
