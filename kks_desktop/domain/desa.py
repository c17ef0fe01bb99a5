"""A desa/kelurahan as the workspace keeps it, and the checks on its figures."""

from __future__ import annotations

from dataclasses import dataclass, replace

from kks_desktop.domain.fields import JenisTeks, looks_like_phone, masalah_isian
from kks_desktop.domain.kode_wilayah import JenisDesa, KodeWilayah
from kks_desktop.domain.problems import Problem

COUNT_FIELDS = ("jumlah_kk", "jumlah_jiwa", "jumlah_dusun", "jumlah_rw", "jumlah_rt")

# Above this many jiwa per KK, or below one, the figures are probably mistyped.
MAX_JIWA_PER_KK = 10
# No desa in the official list has this many KK; a larger number is a typing slip.
MAX_KK = 100_000
# The most each figure may be: far above any desa, far below what SQLite can hold.
MAX_COUNTS = {"jumlah_kk": MAX_KK, "jumlah_jiwa": 1_000_000, "jumlah_dusun": 1_000,
              "jumlah_rw": 1_000, "jumlah_rt": 10_000}


@dataclass(frozen=True)
class Wilayah:
    """The official names of a desa and the regions above it, as found in the Kemendagri list."""

    kode: KodeWilayah
    nama: str
    kecamatan: str
    kabupaten: str
    provinsi: str

    @property
    def jenis(self) -> JenisDesa:
        jenis = self.kode.jenis_desa
        if jenis is None:
            raise ValueError(f"{self.kode} is not a desa code")
        return jenis


@dataclass(frozen=True)
class Desa:
    """A desa/kelurahan record; names are stored so the workspace stands alone without the list."""

    wilayah: Wilayah
    jumlah_kk: int | None = None
    jumlah_jiwa: int | None = None
    jumlah_dusun: int | None = None
    jumlah_rw: int | None = None
    jumlah_rt: int | None = None
    alamat_sekretariat: str = ""
    telepon: str = ""
    catatan: str = ""
    uuid: str = ""
    is_demo: bool = False
    updated_at: str = ""

    @property
    def kode(self) -> KodeWilayah:
        return self.wilayah.kode

    @property
    def nama(self) -> str:
        return self.wilayah.nama

    @property
    def jenis(self) -> JenisDesa:
        return self.wilayah.jenis

    def with_changes(self, **changes: object) -> Desa:
        return replace(self, **changes)  # type: ignore[arg-type]


def validate_desa(desa: Desa) -> list[Problem]:
    """Every finding about a desa's figures and texts: negative, huge or unreadable values block,
    implausible ones warn."""
    texts = masalah_isian(((desa.alamat_sekretariat, "alamat_sekretariat", JenisTeks.KALIMAT),
                           (desa.telepon, "telepon", JenisTeks.NAMA),
                           (desa.catatan, "catatan", JenisTeks.CATATAN)))
    problems: list[Problem] = []
    for name in COUNT_FIELDS:
        value = getattr(desa, name)
        if value is not None and value < 0:
            problems.append(Problem.error(name, "negative"))
    if problems:
        return problems + texts
    for name in COUNT_FIELDS:
        value = getattr(desa, name)
        if value is not None and value > MAX_COUNTS[name]:
            problems.append(Problem.error(name, "too_large", maximum=MAX_COUNTS[name]))
    kk, jiwa = desa.jumlah_kk, desa.jumlah_jiwa
    if kk and jiwa is not None:
        if kk > jiwa:
            problems.append(Problem.warning("jumlah_kk", "kk_more_than_jiwa", kk=kk, jiwa=jiwa))
        elif jiwa > kk * MAX_JIWA_PER_KK:
            problems.append(
                Problem.warning("jumlah_jiwa", "jiwa_per_kk_high", kk=kk, jiwa=jiwa,
                                maximum=MAX_JIWA_PER_KK)
            )
    if desa.jumlah_rw is not None and desa.jumlah_rt is not None and desa.jumlah_rt < desa.jumlah_rw:
        problems.append(Problem.warning("jumlah_rt", "rt_fewer_than_rw"))
    if desa.telepon and not looks_like_phone(desa.telepon):
        problems.append(Problem.warning("telepon", "phone_format"))
    return problems + texts
