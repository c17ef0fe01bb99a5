"""The path of a desa to ODF (pemicuan → verifikasi → deklarasi): events, derived status, rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum

from kks_desktop.domain.fields import JenisTeks, masalah_isian
from kks_desktop.domain.periode import Periode
from kks_desktop.domain.problems import Problem
from kks_desktop.domain.sanitasi import LaporanSanitasi
from kks_desktop.domain.tanggal import masalah_tanggal, tanggal_angka

# Fewer people than this on a verification team earns a warning (the guideline says 3–5).
MIN_TIM = 3


class JenisOdf(Enum):
    PEMICUAN = "pemicuan"
    VERIFIKASI = "verifikasi"
    DEKLARASI = "deklarasi"


_ORDER = {JenisOdf.PEMICUAN: 0, JenisOdf.VERIFIKASI: 1, JenisOdf.DEKLARASI: 2}


class Hasil(Enum):
    LULUS = "lulus"
    GAGAL = "gagal"


class StatusOdf(Enum):
    """Ordered: a later member is further along the path."""

    BELUM = "belum"
    PEMICUAN = "pemicuan"
    MENUNGGU_VERIFIKASI = "menunggu_verifikasi"
    TERVERIFIKASI = "terverifikasi"
    ODF = "odf"

    @property
    def rank(self) -> int:
        return list(StatusOdf).index(self)


@dataclass(frozen=True)
class AnggotaTim:
    nama: str
    instansi: str = ""


@dataclass(frozen=True)
class OdfEvent:
    """One step on the path; fields that do not belong to its kind stay empty."""

    jenis: JenisOdf
    tanggal: dt.date
    fasilitator: str = ""  # pemicuan
    tim: tuple[AnggotaTim, ...] = ()  # verifikasi
    hasil: Hasil | None = None  # verifikasi
    nomor_ba: str = ""  # verifikasi, deklarasi
    saksi: str = ""  # deklarasi
    catatan: str = ""
    uuid: str = ""
    updated_at: str = ""

    @property
    def lulus(self) -> bool:
        return self.jenis is JenisOdf.VERIFIKASI and self.hasil is Hasil.LULUS

    def with_changes(self, **changes: object) -> OdfEvent:
        return replace(self, **changes)  # type: ignore[arg-type]


def in_order(events: Sequence[OdfEvent]) -> list[OdfEvent]:
    """Events by date; on the same day pemicuan before verifikasi before deklarasi."""
    return sorted(events, key=lambda e: (e.tanggal, _ORDER[e.jenis]))


@dataclass(frozen=True)
class PosisiOdf:
    """Where a desa stands: the status, since when, and the figures the next step depends on."""

    status: StatusOdf
    sejak: dt.date | None = None
    deklarasi: dt.date | None = None
    babs: int | None = None  # KK still BABS in the latest report
    verifikasi_gagal: int = 0


def deklarasi_sah(events: Sequence[OdfEvent]) -> dt.date | None:
    """The date of the first deklarasi that a passed verifikasi precedes (or None)."""
    passed = [e.tanggal for e in events if e.lulus]
    for event in in_order(events):
        if event.jenis is JenisOdf.DEKLARASI and any(d <= event.tanggal for d in passed):
            return event.tanggal
    return None


def posisi_odf(events: Sequence[OdfEvent], latest: LaporanSanitasi | None) -> PosisiOdf:
    """Derive the status from the events (and, before verification, the latest report)."""
    ordered = in_order(events)
    babs = latest.babs if latest is not None else None
    failed = sum(1 for e in ordered if e.jenis is JenisOdf.VERIFIKASI and e.hasil is Hasil.GAGAL)
    declared = deklarasi_sah(ordered)
    if declared is not None:
        return PosisiOdf(StatusOdf.ODF, declared, declared, babs, failed)
    verifications = [e for e in ordered if e.jenis is JenisOdf.VERIFIKASI]
    if verifications and verifications[-1].lulus:
        return PosisiOdf(StatusOdf.TERVERIFIKASI, verifications[-1].tanggal, None, babs, failed)
    started = [e for e in ordered if e.jenis in (JenisOdf.PEMICUAN, JenisOdf.VERIFIKASI)]
    if not started:
        return PosisiOdf(StatusOdf.BELUM, None, None, babs, failed)
    since = started[-1].tanggal
    # After a failed verifikasi only a report of a later month can show the desa ready again.
    after_failure = started[-1].jenis is JenisOdf.VERIFIKASI
    ready = (latest is not None and latest.total_kk > 0 and latest.babs == 0
             and (latest.periode > Periode.of(since) if after_failure
                  else latest.periode.last_day >= since))
    status = StatusOdf.MENUNGGU_VERIFIKASI if ready else StatusOdf.PEMICUAN
    return PosisiOdf(status, since, None, babs, failed)


def validate_path(events: Sequence[OdfEvent], today: dt.date,
                  reports: Sequence[LaporanSanitasi] = ()) -> list[Problem]:
    """Every finding about a desa's ODF events; each problem names the event by kind and date."""
    problems: list[Problem] = []
    ordered = in_order(events)
    for event in ordered:
        problems.extend(_event_problems(event, ordered, today, reports))
    return problems


def _event_problems(event: OdfEvent, ordered: list[OdfEvent], today: dt.date,
                    reports: Sequence[LaporanSanitasi]) -> list[Problem]:
    at = {"jenis": event.jenis.value, "tanggal": tanggal_angka(event.tanggal)}
    found = masalah_tanggal(event.tanggal, "tanggal", today, **at)
    found.extend(masalah_isian(((event.fasilitator, "fasilitator", JenisTeks.NAMA),
                                (event.nomor_ba, "nomor_ba", JenisTeks.NAMA),
                                (event.saksi, "saksi", JenisTeks.KALIMAT),
                                (event.catatan, "catatan", JenisTeks.CATATAN)), **at))
    for row, member in enumerate(event.tim, start=1):
        found.extend(masalah_isian(((member.nama, "tim.nama", JenisTeks.NAMA),
                                    (member.instansi, "tim.instansi", JenisTeks.NAMA)),
                                   row=row, **at))
    if event.jenis is JenisOdf.VERIFIKASI:
        if event.hasil is None:
            found.append(Problem.error("hasil", "required", **at))
        if any(not m.nama.strip() for m in event.tim):
            found.append(Problem.error("tim", "member_without_name", **at))
        elif len(event.tim) < MIN_TIM:
            found.append(Problem.warning("tim", "team_small", minimum=MIN_TIM, **at))
        if event.lulus:
            babs = _babs_before(event.tanggal, reports)
            if babs:
                found.append(Problem.warning("hasil", "passed_with_babs", babs=babs, **at))
    if event.jenis is JenisOdf.DEKLARASI and not any(
            e.lulus and e.tanggal <= event.tanggal for e in ordered):
        found.append(Problem.error("tanggal", "deklarasi_without_verifikasi", **at))
    if event.jenis is not JenisOdf.PEMICUAN and not event.nomor_ba.strip():
        found.append(Problem.warning("nomor_ba", "ba_missing", **at))
    return found


def _babs_before(day: dt.date, reports: Sequence[LaporanSanitasi]) -> int:
    """KK still BABS in the latest report whose month has begun by `day`."""
    earlier = [r for r in reports if r.periode.first_day <= day]
    return max(earlier, key=lambda r: r.periode).babs if earlier else 0
