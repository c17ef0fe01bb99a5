"""What a workspace covers: one desa, one kecamatan or one kabupaten/kota."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from kks_desktop.domain.kode_wilayah import KodeWilayah, Level


class ScopeLevel(Enum):
    DESA = "desa"
    KECAMATAN = "kecamatan"
    KABUPATEN = "kabupaten"

    @property
    def kode_level(self) -> Level:
        return _KODE_LEVEL[self]


_KODE_LEVEL = {
    ScopeLevel.DESA: Level.DESA,
    ScopeLevel.KECAMATAN: Level.KECAMATAN,
    ScopeLevel.KABUPATEN: Level.KABKOTA,
}


@dataclass(frozen=True)
class Scope:
    """The home region of a workspace; its desa list shows what lies inside."""

    level: ScopeLevel
    kode: KodeWilayah
    nama: str

    def __post_init__(self) -> None:
        if self.kode.level is not self.level.kode_level:
            raise ValueError(f"{self.kode} is not a {self.level.value} code")

    def covers(self, kode: KodeWilayah) -> bool:
        return self.kode.contains(kode)
