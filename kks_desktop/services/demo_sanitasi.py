"""Demo sanitation histories: monthly STBM reports and an ODF path per desa, repeatable by seed."""

from __future__ import annotations

import datetime as dt
import random

from kks_desktop.domain.odf import AnggotaTim, Hasil, JenisOdf, OdfEvent, StatusOdf
from kks_desktop.domain.periode import Periode
from kks_desktop.domain.sanitasi import LaporanSanitasi, Pilar, Rung, Sumber, three_pillar_bounds

LAST = Periode(2025, 10)
# How the demo desa are spread along the path; with these, about 4 in 5 desa are ODF.
_FATES = ((StatusOdf.ODF, 0.80), (StatusOdf.TERVERIFIKASI, 0.04),
          (StatusOdf.MENUNGGU_VERIFIKASI, 0.05), (StatusOdf.PEMICUAN, 0.08),
          (StatusOdf.BELUM, 0.03))
# Pillars 2–5: share of KK practising at the start and at the end of the history.
_PILLAR_RANGE = {Pilar.CTPS: (0.40, 0.80), Pilar.PAMM: (0.60, 0.92), Pilar.PSRT: (0.25, 0.62),
                 Pilar.PLCRT: (0.20, 0.58)}
_TEAM = (("dr. Retno Wulandari", "Dinas Kesehatan"), ("Sugiyanto, SKM", "Puskesmas"),
         ("Hartono", "Kecamatan"), ("Siti Aminah", "Pokja desa tetangga"),
         ("Bambang Riyadi", "TP PKK Kecamatan"))


def demo_history(kk: int, rng: random.Random) -> tuple[list[LaporanSanitasi], list[OdfEvent]]:
    """Reports (oldest first) and ODF events of one demo desa with about `kk` KK."""
    fate = rng.choices([f for f, _ in _FATES], [w for _, w in _FATES])[0]
    months = rng.randint(14, 24)
    periods = [LAST]
    while len(periods) < months:
        periods.insert(0, periods[0].previous())
    periods = [p for p in periods[:-1] if rng.random() > 0.1] + [LAST]
    start_babs = rng.uniform(0.08, 0.35)
    zero_at = len(periods) if fate in (StatusOdf.BELUM, StatusOdf.PEMICUAN) else max(
        2, round(len(periods) * rng.uniform(0.45, 0.85)))
    if fate in (StatusOdf.MENUNGGU_VERIFIKASI, StatusOdf.TERVERIFIKASI):
        zero_at = min(zero_at, len(periods) - 1)
    offsets = {p: rng.uniform(-0.12, 0.12) for p in Pilar}
    three_pillar_share = rng.uniform(0.3, 0.9)  # where the desa sits between the bounds
    reports = []
    for n, periode in enumerate(periods):
        progress = n / max(1, len(periods) - 1)
        babs_share = 0.0 if n >= zero_at else start_babs * (1 - n / zero_at) + rng.uniform(0, 0.01)
        if fate is StatusOdf.PEMICUAN:
            babs_share = max(babs_share, 0.01)
        total = kk + round(kk * 0.01 * progress)
        reports.append(_report(periode, total, babs_share, progress, offsets, three_pillar_share,
                               rng))
    events = _path(fate, periods, zero_at, rng)
    return reports, events


def _report(periode: Periode, total: int, babs_share: float, progress: float,
            offsets: dict[Pilar, float], three_pillar_share: float,
            rng: random.Random) -> LaporanSanitasi:
    babs = round(total * babs_share)
    akses = total - babs
    aman = round(akses * rng.uniform(0.10, 0.25))
    layak = round(akses * rng.uniform(0.45, 0.6))
    sharing = round(akses * rng.uniform(0.05, 0.12))
    tertutup = round(babs * rng.uniform(0.3, 0.6))
    tangga = {Rung.AMAN: aman, Rung.LAYAK: layak, Rung.SHARING: sharing,
              Rung.BELUM_LAYAK: akses - aman - layak - sharing,
              Rung.BABS_TERTUTUP: tertutup, Rung.BABS_TERBUKA: babs - tertutup}
    pilar: dict[Pilar, int | None] = {}
    for p, (low, high) in _PILLAR_RANGE.items():
        level = min(1.0, max(0.0, low + (high - low) * progress + offsets[p]))
        pilar[p] = round(total * level)
    lap = LaporanSanitasi(periode=periode, total_kk=total, tangga=tangga, pilar=pilar,
                          sumber=Sumber.PENDATAAN if progress == 0 else Sumber.MONITORING,
                          petugas="Sanitarian Puskesmas")
    bounds = three_pillar_bounds(lap)
    assert bounds is not None
    return lap.with_changes(kk_tiga_pilar=round(bounds[0] + (bounds[1] - bounds[0])
                                                * three_pillar_share))


def _day(periode: Periode, rng: random.Random) -> dt.date:
    return periode.first_day + dt.timedelta(days=rng.randint(3, 24))


def _path(fate: StatusOdf, periods: list[Periode], zero_at: int,
          rng: random.Random) -> list[OdfEvent]:
    if fate is StatusOdf.BELUM:
        return []
    events = [OdfEvent(JenisOdf.PEMICUAN, _day(periods[0], rng),
                       fasilitator=rng.choice(("Sanitarian Puskesmas", "Fasilitator STBM Kabupaten")),
                       catatan="Pemicuan di balai desa dan tiap dusun.")]
    if fate in (StatusOdf.PEMICUAN, StatusOdf.MENUNGGU_VERIFIKASI):
        return events
    month = min(zero_at, len(periods) - 1)
    if rng.random() < 0.25 and month + 1 < len(periods) - (fate is StatusOdf.ODF):
        events.append(_verifikasi(periods[month], Hasil.GAGAL, rng))
        month += 1
    events.append(_verifikasi(periods[month], Hasil.LULUS, rng))
    if fate is StatusOdf.ODF:
        passed = events[-1].tanggal
        day = min(passed + dt.timedelta(days=rng.randint(7, 45)), LAST.last_day)
        number = f"BA/ODF/{day.year}/{rng.randint(1, 99):02d}"
        events.append(OdfEvent(JenisOdf.DEKLARASI, day, nomor_ba=number,
                               saksi="Camat, Kepala Puskesmas, Kepala Desa"))
    return events


def _verifikasi(periode: Periode, hasil: Hasil, rng: random.Random) -> OdfEvent:
    team = tuple(AnggotaTim(n, i) for n, i in rng.sample(_TEAM, rng.randint(3, 5)))
    note = ("Masih ditemukan KK BABS di bantaran sungai." if hasil is Hasil.GAGAL
            else "Seluruh KK sudah akses jamban.")
    return OdfEvent(JenisOdf.VERIFIKASI, _day(periode, rng), tim=team, hasil=hasil,
                    nomor_ba=f"BA/VER/{periode.year}/{rng.randint(1, 99):02d}", catatan=note)
