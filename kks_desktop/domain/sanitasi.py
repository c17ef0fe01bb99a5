"""A desa's periodic STBM report: the pillar 1 access ladder, pillars 2–5, and the checks on it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from enum import Enum

from kks_desktop.domain.fields import JenisTeks, masalah_isian
from kks_desktop.domain.periode import Periode
from kks_desktop.domain.problems import Problem
from kks_desktop.domain.tanggal import TANGGAL_AKHIR, TANGGAL_AWAL, luar_rentang

# Ten times the KK of the largest desa: a report counting more is a slip of the keyboard (and
# the figures stay far inside what SQLite's INTEGER holds).
MAX_KK_LAPORAN = 1_000_000


class Rung(Enum):
    """The household access ladder for pillar 1 (current scale), from best to worst."""

    AMAN = "aman"
    LAYAK = "layak"
    SHARING = "sharing"
    BELUM_LAYAK = "belum_layak"
    BABS_TERTUTUP = "babs_tertutup"
    BABS_TERBUKA = "babs_terbuka"


# The first four rungs count as access (the KK no longer practises BABS).
ODF_RUNGS = (Rung.AMAN, Rung.LAYAK, Rung.SHARING, Rung.BELUM_LAYAK)
BABS_RUNGS = (Rung.BABS_TERTUTUP, Rung.BABS_TERBUKA)


class Pilar(Enum):
    """Pillars 2–5, stored by these keys; their labels are data in `messages`."""

    CTPS = "ctps"
    PAMM = "pamm"
    PSRT = "psrt"
    PLCRT = "plcrt"


class Sumber(Enum):
    """Where the figures of a report come from."""

    PENDATAAN = "pendataan"
    MONITORING = "monitoring"
    VERIFIKASI = "verifikasi"


@dataclass(frozen=True)
class TanggaLama:
    """Counts on the older scale (JSP / JSSP / sharing / OD), kept as they were reported."""

    jsp: int
    jssp: int
    sharing: int
    od: int

    @property
    def total(self) -> int:
        return self.jsp + self.jssp + self.sharing + self.od


@dataclass(frozen=True)
class LaporanSanitasi:
    """One desa's figures for one month. Percentages and statuses are derived, never stored."""

    periode: Periode
    total_kk: int
    tangga: dict[Rung, int]
    pilar: dict[Pilar, int | None] = field(default_factory=dict)
    kk_tiga_pilar: int | None = None
    sumber: Sumber = Sumber.MONITORING
    petugas: str = ""
    catatan: str = ""
    lama: TanggaLama | None = None
    uuid: str = ""
    updated_at: str = ""

    def rung(self, rung: Rung) -> int:
        return self.tangga.get(rung, 0)

    def pilar_kk(self, pilar: Pilar) -> int | None:
        return self.pilar.get(pilar)

    @property
    def ladder_sum(self) -> int:
        return sum(self.rung(r) for r in Rung)

    @property
    def akses(self) -> int:
        """KK on the first four rungs (access; no longer BABS)."""
        return sum(self.rung(r) for r in ODF_RUNGS)

    @property
    def babs(self) -> int:
        """KK still practising open defecation (closed or open)."""
        return sum(self.rung(r) for r in BABS_RUNGS)

    @property
    def persen_akses(self) -> float | None:
        return share(self.akses, self.total_kk)

    def persen_pilar(self, pilar: Pilar) -> float | None:
        count = self.pilar_kk(pilar)
        return None if count is None else share(count, self.total_kk)

    @property
    def pilar_lengkap(self) -> bool:
        return all(self.pilar_kk(p) is not None for p in Pilar)

    def with_changes(self, **changes: object) -> LaporanSanitasi:
        return replace(self, **changes)  # type: ignore[arg-type]


def share(part: int, total: int) -> float | None:
    """part/total as a percentage (0–100), None when there is nothing to divide by."""
    return None if total <= 0 else 100.0 * part / total


@dataclass(frozen=True)
class Pemeriksaan:
    """Thresholds of the warnings, read from resources/reference/sanitasi.json."""

    selisih_kk_terdaftar: float = 0.2
    lonjakan_antar_periode: float = 0.25


@dataclass(frozen=True)
class Konteks:
    """What a report is checked against: the desa, its previous report and its ODF path."""

    today: dt.date
    kk_terdaftar: int | None = None
    sebelumnya: LaporanSanitasi | None = None
    deklarasi_odf: dt.date | None = None


def validate_laporan(lap: LaporanSanitasi, ctx: Konteks,
                     checks: Pemeriksaan = Pemeriksaan()) -> list[Problem]:
    """Every finding about a report: impossible figures, unreadable texts and months outside
    the sensible range block, surprising figures warn."""
    texts = masalah_isian(((lap.petugas, "petugas", JenisTeks.NAMA),
                           (lap.catatan, "catatan", JenisTeks.CATATAN)))
    problems = _counts(lap) + _periode_range(lap.periode)
    if problems:
        return problems + texts
    if lap.periode.first_day > ctx.today:
        problems.append(Problem.error("periode", "future_period"))
    if lap.ladder_sum != lap.total_kk:
        problems.append(Problem.error("total_kk", "ladder_sum_mismatch", jumlah=lap.ladder_sum,
                                      total=lap.total_kk))
    for pilar in Pilar:
        count = lap.pilar_kk(pilar)
        if count is not None and count > lap.total_kk:
            problems.append(Problem.error(pilar.value, "above_total_kk", total=lap.total_kk))
    if lap.kk_tiga_pilar is not None:
        problems.extend(_three_pillar_count(lap))
    if lap.lama is not None and lap.lama.total != lap.total_kk:
        problems.append(Problem.error("lama", "ladder_sum_mismatch", jumlah=lap.lama.total,
                                      total=lap.total_kk))
    problems.extend(texts)
    problems.extend(_warnings(lap, ctx, checks))
    return problems


def _counts(lap: LaporanSanitasi) -> list[Problem]:
    values: dict[str, int | None] = {"total_kk": lap.total_kk, "kk_tiga_pilar": lap.kk_tiga_pilar}
    values.update({r.value: lap.rung(r) for r in Rung})
    values.update({p.value: lap.pilar_kk(p) for p in Pilar})
    if lap.lama is not None:
        old = (lap.lama.jsp, lap.lama.jssp, lap.lama.sharing, lap.lama.od)
        values["lama"] = min(old) if min(old) < 0 else max(old)
    return [Problem.error(name, "negative") if value < 0
            else Problem.error(name, "too_large", maximum=MAX_KK_LAPORAN)
            for name, value in values.items()
            if value is not None and not 0 <= value <= MAX_KK_LAPORAN]


def _periode_range(periode: Periode) -> list[Problem]:
    """A month before TANGGAL_AWAL, or one after TANGGAL_AKHIR (always in the future, and
    refused as such before the rest of the checks reach a month that has no successor)."""
    if periode.year < TANGGAL_AWAL.year:
        return [luar_rentang("periode", periode.label)]
    if periode.year > TANGGAL_AKHIR.year:
        return [Problem.error("periode", "future_period")]
    return []


def three_pillar_bounds(lap: LaporanSanitasi) -> tuple[int, int] | None:
    """The fewest and most KK that can practise at least 3 of pillars 2–5, given the pillar counts.

    Each KK counts at most 4 times in the pillar sum and a KK with 2 or fewer at most twice, so
    at least (sum − 2·KK)/2 practise 3 or more; each of those counts at least 3 times, so at most
    sum/3 do. None when a pillar count is missing.
    """
    if not lap.pilar_lengkap:
        return None
    total = sum(lap.pilar_kk(p) or 0 for p in Pilar)
    low = max(0, -(-(total - 2 * lap.total_kk) // 2))
    high = min(lap.total_kk, total // 3)
    return low, max(low, high)


def _three_pillar_count(lap: LaporanSanitasi) -> list[Problem]:
    count = lap.kk_tiga_pilar or 0
    if count > lap.total_kk:
        return [Problem.error("kk_tiga_pilar", "above_total_kk", total=lap.total_kk)]
    bounds = three_pillar_bounds(lap)
    if bounds is not None and not bounds[0] <= count <= bounds[1]:
        return [Problem.error("kk_tiga_pilar", "three_pillar_impossible", low=bounds[0],
                              high=bounds[1])]
    return []


def _warnings(lap: LaporanSanitasi, ctx: Konteks, checks: Pemeriksaan) -> list[Problem]:
    found: list[Problem] = []
    registered = ctx.kk_terdaftar
    if registered and abs(lap.total_kk - registered) > checks.selisih_kk_terdaftar * registered:
        found.append(Problem.warning("total_kk", "far_from_registered", terdaftar=registered,
                                     persen=round(100 * checks.selisih_kk_terdaftar)))
    prev = ctx.sebelumnya
    if prev is not None and prev.total_kk > 0:
        limit = checks.lonjakan_antar_periode * prev.total_kk
        compared: list[tuple[str, int | None, int | None]] = [
            ("total_kk", lap.total_kk, prev.total_kk), ("akses", lap.akses, prev.akses)]
        compared += [(p.value, lap.pilar_kk(p), prev.pilar_kk(p)) for p in Pilar]
        for name, now, before in compared:
            if now is not None and before is not None and abs(now - before) > limit:
                found.append(Problem.warning(name, "jump_from_previous", sebelumnya=before,
                                             sekarang=now, periode=prev.periode.label,
                                             persen=round(100 * checks.lonjakan_antar_periode)))
    declared = ctx.deklarasi_odf
    if declared is not None and declared <= lap.periode.last_day and lap.babs > 0:
        baseline = prev.babs if prev is not None and prev.periode.last_day >= declared else 0
        if lap.babs > baseline:
            found.append(Problem.warning("babs", "babs_after_odf", babs=lap.babs,
                                         tanggal=declared.strftime("%d/%m/%Y")))
    return found
