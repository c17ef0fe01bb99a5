"""A desa's period report computed from its household register ("hitung dari data KK")."""

from __future__ import annotations

from dataclasses import dataclass, field

from kks_desktop.domain.periode import Periode
from kks_desktop.domain.sanitasi import LaporanSanitasi, Pilar, Rung, Sumber


@dataclass
class HitunganKK:
    """The counts over one desa's households, as the store's aggregate returns them."""

    tangga: dict[Rung, int] = field(default_factory=dict)
    tanpa_tangga: int = 0  # KK whose pillar 1 answers are incomplete: no rung
    praktik: dict[Pilar, int] = field(default_factory=dict)  # KK practising the pillar
    diketahui: dict[Pilar, int] = field(default_factory=dict)  # KK whose status is known
    tiga_pilar: int = 0  # KK practising at least 3 of pillars 2–5

    @property
    def total(self) -> int:
        """Every household in the register, with or without a rung."""
        return sum(self.tangga.values()) + self.tanpa_tangga

    @property
    def berjenjang(self) -> int:
        """The households counted in the report: those with a rung."""
        return sum(self.tangga.values())


def laporan_dari_kk(hitungan: HitunganKK, periode: Periode, petugas: str = "",
                    catatan: str = "") -> LaporanSanitasi:
    """The report of `periode` from the register as it stands.

    Total KK and the ladder count the households with a rung (complete pillar 1 answers); a
    pillar's count is the KK practising it, or None when no KK has a known status for it; KK
    with ≥3 pillars likewise None when no pillar is known at all.
    """
    pilar = {p: (hitungan.praktik.get(p, 0) if hitungan.diketahui.get(p, 0) else None)
             for p in Pilar}
    tiga = hitungan.tiga_pilar if any(v is not None for v in pilar.values()) else None
    return LaporanSanitasi(periode=periode, total_kk=hitungan.berjenjang,
                           tangga={r: hitungan.tangga.get(r, 0) for r in Rung}, pilar=pilar,
                           kk_tiga_pilar=tiga, sumber=Sumber.MONITORING, petugas=petugas,
                           catatan=catatan)


@dataclass(frozen=True)
class Selisih:
    """One figure of the computed report beside the last typed one."""

    kunci: str  # a FIELD_LABELS key: total_kk, a rung or a pillar
    dihitung: int | None
    diketik: int | None

    @property
    def beda(self) -> int | None:
        if self.dihitung is None or self.diketik is None:
            return None
        return self.dihitung - self.diketik


def selisih_laporan(dihitung: LaporanSanitasi, diketik: LaporanSanitasi | None) -> list[Selisih]:
    """Each figure of the computed report against the last typed report (None: no such report)."""
    def nilai(lap: LaporanSanitasi | None) -> dict[str, int | None]:
        if lap is None:
            return {}
        values: dict[str, int | None] = {"total_kk": lap.total_kk}
        values.update({r.value: lap.rung(r) for r in Rung})
        values.update({p.value: lap.pilar_kk(p) for p in Pilar})
        values["kk_tiga_pilar"] = lap.kk_tiga_pilar
        return values
    baru, lama = nilai(dihitung), nilai(diketik)
    return [Selisih(k, v, lama.get(k)) for k, v in baru.items()]
