"""A session (orientasi, sosialisasi, rapat, pelatihan) with its participants, scores and RTL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import Enum

from kks_desktop.domain.kode_wilayah import KodeWilayah, Level

# More days than this cannot be a single session; it is a typing slip in a date.
MAX_HARI = 31
BATAS_LULUS_BAWAAN = 70.0


class JenisKelamin(Enum):
    L = "L"
    P = "P"


class AsalNarasumber(Enum):
    """Where a speaker comes from, as the kabupaten's reports group them."""

    PUSAT = "pusat"
    PROVINSI = "provinsi"
    KABUPATEN = "kabupaten"
    KECAMATAN = "kecamatan"
    DESA = "desa"
    LAINNYA = "lainnya"


class StatusRtl(Enum):
    BELUM = "belum"
    BERJALAN = "berjalan"
    SELESAI = "selesai"
    BATAL = "batal"


@dataclass(frozen=True)
class Narasumber:
    nama: str
    instansi: str = ""
    asal: AsalNarasumber | None = None
    materi: str = ""


@dataclass(frozen=True)
class Peserta:
    """One participant; `hadir` holds the days (1 = the first day) the person attended."""

    nama: str
    jenis_kelamin: JenisKelamin | None = None
    jabatan: str = ""
    instansi: str = ""
    kategori: str = ""
    desa_kode: str = ""  # a registered desa, when the person comes from one
    desa_nama: str = ""  # the desa as typed (or the registered name)
    telepon: str = ""
    hadir: tuple[int, ...] = ()
    pre: float | None = None
    post: float | None = None
    uuid: str = ""

    def with_changes(self, **changes: object) -> Peserta:
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Rtl:
    """One row of the Rencana Tindak Lanjut agreed at the end of a session."""

    kegiatan: str
    tujuan: str = ""
    sasaran: str = ""
    waktu: dt.date | None = None
    tempat: str = ""
    penanggung_jawab: str = ""
    sumber_dana: str = ""
    indikator: str = ""
    status: StatusRtl = StatusRtl.BELUM
    catatan: str = ""
    uuid: str = ""

    def lewat_waktu(self, today: dt.date) -> bool:
        """Past its target date and neither done nor dropped."""
        return (self.waktu is not None and self.waktu < today
                and self.status in (StatusRtl.BELUM, StatusRtl.BERJALAN))

    def with_changes(self, **changes: object) -> Rtl:
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Kegiatan:
    """A session; `wilayah` is the desa, kecamatan or kabupaten it belongs to."""

    jenis: str
    judul: str
    mulai: dt.date
    selesai: dt.date
    wilayah: KodeWilayah
    tempat: str = ""
    penyelenggara: str = ""
    materi: tuple[str, ...] = ()
    narasumber: tuple[Narasumber, ...] = ()
    notulen: str = ""
    catatan: str = ""
    batas_lulus: float = BATAS_LULUS_BAWAAN
    peserta: tuple[Peserta, ...] = ()
    rtl: tuple[Rtl, ...] = ()
    uuid: str = ""
    updated_at: str = ""

    @property
    def hari(self) -> int:
        """The number of days, at least 1."""
        return max(1, (self.selesai - self.mulai).days + 1)

    @property
    def tingkat(self) -> Level:
        return self.wilayah.level

    def tanggal_hari(self, hari: int) -> dt.date:
        """The date of day `hari` (1 = the first day)."""
        return self.mulai + dt.timedelta(days=hari - 1)

    def hadir_pada(self, hari: int) -> int:
        """How many participants attended on day `hari`."""
        return sum(1 for p in self.peserta if hari in p.hadir)

    def with_changes(self, **changes: object) -> Kegiatan:
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class KegiatanRingkas:
    """A session as the list shows it: identity and counts, without the rows behind them."""

    uuid: str
    jenis: str
    judul: str
    mulai: dt.date
    selesai: dt.date
    wilayah: KodeWilayah
    tempat: str
    penyelenggara: str
    peserta: int
    hadir_per_hari: tuple[int, ...]
    dinilai: int  # participants with both a pre and a post score
    rtl: int
    rtl_terbuka: int  # RTL rows still belum or berjalan


@dataclass(frozen=True)
class RtlTerlambat:
    """An RTL row past its target date, with the session it came from."""

    kegiatan_uuid: str
    kegiatan_judul: str
    wilayah: KodeWilayah
    rtl: Rtl
