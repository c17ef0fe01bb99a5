"""What a readiness checklist is judged on: the workspace's facts about a desa or a region."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from kks_desktop.domain.award import Siklus
from kks_desktop.domain.desa import Desa
from kks_desktop.domain.desa_stbm import StatusStbm
from kks_desktop.domain.kegiatan import Rtl
from kks_desktop.domain.odf import StatusOdf
from kks_desktop.domain.periode import Periode
from kks_desktop.domain.pokja import Pokja


@dataclass(frozen=True)
class FaktaKegiatan:
    """A session as the rules see it."""

    judul: str
    jenis: str
    rapat: bool  # its jenis counts as a routine meeting (reference data)
    mulai: dt.date
    wilayah: str  # kode of the desa or region it belongs to
    hadir: int  # participants present on at least one day
    notulen: bool
    # (name key as domain.peserta.kunci_nama gives it, desa kode or "") of the participants
    peserta: frozenset[tuple[str, str]]
    rtl: tuple[Rtl, ...] = ()


@dataclass(frozen=True)
class FaktaDesa:
    desa: Desa
    pokja: Pokja
    odf: StatusOdf
    stbm: StatusStbm
    laporan_terakhir: Periode | None


@dataclass(frozen=True)
class Fakta:
    """Facts for one checklist run: the desa it covers (one for a desa checklist), the sessions
    that may count, the award gates of the cycle and the day it is judged on."""

    kode: str
    nama: str
    desa: tuple[FaktaDesa, ...]
    kegiatan: tuple[FaktaKegiatan, ...]
    siklus: Siklus
    hari_ini: dt.date
    # Manual answers of the regions below (e.g. each kecamatan's), as (kode, item id, answer).
    jawaban_bawah: tuple[tuple[str, str, NilaiJawaban], ...] = ()


class StatusButir(Enum):
    TERPENUHI = "terpenuhi"
    SEBAGIAN = "sebagian"
    BELUM = "belum"
    TIDAK_DIKETAHUI = "tidak_diketahui"

    @property
    def nilai(self) -> float:
        """Its share of the item's weight in the score (unknown counts as not yet met)."""
        return {"terpenuhi": 1.0, "sebagian": 0.5}.get(self.value, 0.0)


class NilaiJawaban(Enum):
    """A manual item's answer."""

    ADA = "ada"
    SEBAGIAN = "sebagian"
    TIDAK_ADA = "tidak_ada"


# The largest evidence file kept inside the workspace (a scanned SK or a phone photo fits).
BERKAS_MAKS = 5 * 1024 * 1024


@dataclass(frozen=True)
class Berkas:
    """An evidence file as kept in the workspace: its name and its bytes."""

    nama: str
    isi: bytes


@dataclass(frozen=True)
class Jawaban:
    """A manual answer with its evidence, who gave it and when (`pada`, UTC as stored)."""

    nilai: NilaiJawaban
    nomor: str = ""
    tanggal: dt.date | None = None
    catatan: str = ""
    oleh: str = ""
    pada: str = ""
    berkas_nama: str = ""  # the evidence file kept with the answer, if any
    berkas_ukuran: int = 0
