"""Sanitation figures for the workspace scope: each desa's standing, totals per kecamatan, award gates."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from kks_desktop.domain.award import Siklus, Tingkat
from kks_desktop.domain.desa import Desa
from kks_desktop.domain.desa_stbm import AturanDesaStbm, PenilaianStbm, StatusStbm, nilai_desa_stbm
from kks_desktop.domain.kode_wilayah import KodeWilayah, Level
from kks_desktop.domain.odf import PosisiOdf, StatusOdf, posisi_odf
from kks_desktop.domain.sanitasi import LaporanSanitasi, Pilar, share
from kks_desktop.services.pengaturan import aturan_stbm, siklus
from kks_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class DesaSanitasi:
    """One desa's standing: ODF path, latest report, Desa STBM verdict."""

    desa: Desa
    posisi: PosisiOdf
    terakhir: LaporanSanitasi | None
    stbm: PenilaianStbm

    @property
    def kecamatan_kode(self) -> str:
        return str(self.desa.kode.at(Level.KECAMATAN))

    @property
    def odf(self) -> bool:
        return self.posisi.status is StatusOdf.ODF


@dataclass(frozen=True)
class Rekap:
    """Totals over a group of desa (a kecamatan or the whole scope)."""

    kode: str
    nama: str
    desa: int
    per_status: dict[StatusOdf, int]
    desa_dengan_laporan: int
    desa_stbm: int
    total_kk: int
    kk_akses: int
    kk_babs: int
    kk_pilar: dict[Pilar, int] = field(default_factory=dict)
    kk_pilar_dasar: int = 0  # total KK of the reports that give every pillar

    @property
    def desa_odf(self) -> int:
        return self.per_status.get(StatusOdf.ODF, 0)

    @property
    def persen_desa_odf(self) -> float | None:
        return share(self.desa_odf, self.desa)

    @property
    def persen_kk_akses(self) -> float | None:
        return share(self.kk_akses, self.total_kk)

    def persen_pilar(self, pilar: Pilar) -> float | None:
        return share(self.kk_pilar.get(pilar, 0), self.kk_pilar_dasar)


@dataclass(frozen=True)
class RingkasanSanitasi:
    """What the Sanitasi overview, Beranda and `sanitasi summary` show."""

    desa: list[DesaSanitasi]
    kecamatan: list[Rekap]
    total: Rekap
    siklus: Siklus
    aturan: AturanDesaStbm

    @property
    def tingkat_terbuka(self) -> tuple[Tingkat, ...]:
        """Award levels whose ODF gate the scope meets."""
        rate = self.total.persen_desa_odf
        return self.siklus.terbuka(None if rate is None else rate / 100)

    @property
    def tingkat_berikutnya(self) -> Tingkat | None:
        rate = self.total.persen_desa_odf
        return self.siklus.berikutnya(None if rate is None else rate / 100)

    def desa_lagi(self, tingkat: Tingkat) -> int:
        """How many more desa must be ODF to meet that level's gate."""
        need = -(-round(tingkat.min_odf * self.total.desa * 1000) // 1000)
        return max(0, need - self.total.desa_odf)


def ringkasan(ws: Workspace) -> RingkasanSanitasi:
    """Figures for every desa in the workspace scope, grouped by kecamatan, with totals."""
    scope = ws.scope()
    within = scope.kode if scope else None
    aturan = aturan_stbm(ws)
    rows = desa_sanitasi(ws, within)
    groups: dict[str, list[DesaSanitasi]] = {}
    for row in rows:
        groups.setdefault(row.kecamatan_kode, []).append(row)
    kecamatan = [rekap(kode, members[0].desa.wilayah.kecamatan, members)
                 for kode, members in groups.items()]
    total = rekap(str(within) if within else "", scope.nama if scope else "Semua desa", rows)
    return RingkasanSanitasi(rows, kecamatan, total, siklus(ws), aturan)


def desa_sanitasi(ws: Workspace, within: KodeWilayah | None) -> list[DesaSanitasi]:
    """Every desa inside `within` (all when None) with its ODF standing, latest report and
    Desa STBM verdict under the workspace's rule."""
    aturan = aturan_stbm(ws)
    latest = ws.laporan.latest_within(within)
    events = ws.odf.events_within(within)
    rows = []
    for desa in ws.desa.desa_list(within):
        report = latest.get(str(desa.kode))
        rows.append(DesaSanitasi(desa, posisi_odf(events.get(str(desa.kode), []), report),
                                 report, nilai_desa_stbm(aturan, report)))
    return rows


def rekap(kode: str, nama: str, rows: Iterable[DesaSanitasi]) -> Rekap:
    """Totals over some desa; KK figures add up the latest report of each."""
    rows = list(rows)
    reports = [r.terakhir for r in rows if r.terakhir is not None]
    complete = [r for r in reports if r.pilar_lengkap]
    return Rekap(
        kode=kode, nama=nama, desa=len(rows),
        per_status=dict(Counter(r.posisi.status for r in rows)),
        desa_dengan_laporan=len(reports),
        desa_stbm=sum(r.stbm.status is StatusStbm.DESA_STBM for r in rows),
        total_kk=sum(r.total_kk for r in reports), kk_akses=sum(r.akses for r in reports),
        kk_babs=sum(r.babs for r in reports),
        kk_pilar={p: sum(r.pilar_kk(p) or 0 for r in complete) for p in Pilar},
        kk_pilar_dasar=sum(r.total_kk for r in complete),
    )
