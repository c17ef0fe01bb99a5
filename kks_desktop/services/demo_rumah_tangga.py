"""Demo household registers: as many KK per demo desa as it registers, with answers drawn so the
report computed from the register lands near the desa's latest typed report; repeatable by seed."""

from __future__ import annotations

import datetime as dt
import logging
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

from kks_desktop.domain.desa import Desa
from kks_desktop.domain.kode_wilayah import KodeWilayah, Level
from kks_desktop.domain.rumah_tangga import PERTANYAAN, Jawaban, Pembuangan, RumahTangga
from kks_desktop.domain.sanitasi import LaporanSanitasi, Pilar, Rung
from kks_desktop.services import wilayah
from kks_desktop.services.demo_names import FAMILY, GIVEN, PEREMPUAN
from kks_desktop.services.demo_sanitasi import LAST
from kks_desktop.services.workspace import Workspace

logger = logging.getLogger(__name__)

SEED = "2025:kk"
KUNJUNGAN_HARI = 180  # visits fall in the half year up to the end of the latest report month
TAK_LENGKAP = (0.005, 0.025)  # share of KK whose form was left unfinished (no rung, no pillar)
TANPA_NO_KK = 0.03  # share of KK entered without their No. KK (it is optional)
_DUSUN = ("Krajan", "Kauman", "Karanganyar", "Sidomulyo", "Sukorejo", "Kalisari", "Ngadirejo",
          "Tegalsari", "Wonosari", "Sumbersari", "Kedungsari", "Gondang", "Karangsari")
# KK size: 1–8 people, mostly 3–5 (about 3.8 on average); per hundred KK.
_JIWA = tuple(j for j, per_100 in zip(range(1, 9), (6, 14, 25, 26, 16, 8, 3, 2), strict=True)
              for _ in range(per_100))
_KUNJUNGAN = tuple(LAST.last_day - dt.timedelta(days=d) for d in range(KUNJUNGAN_HARI))
# The day a KK card was issued (DDMMYY in the No. KK): since 2005, before the visits began.
_TERBIT = tuple(f"{dt.date(2005, 1, 1) + dt.timedelta(days=d):%d%m%y}"
                for d in range((_KUNJUNGAN[-1] - dt.date(2005, 1, 1)).days))
_LAKI = tuple(g for g in GIVEN if g not in PEREMPUAN)
_WANITA = tuple(g for g in GIVEN if g in PEREMPUAN)
_Y, _T = True, False
# Pillar 1 answers (uses a latrine, own, gooseneck) and outlet that give each rung.
_POLA_TANGGA: dict[Rung, tuple[tuple[tuple[bool | None, ...], Pembuangan | None], ...]] = {
    Rung.AMAN: (((_Y, _Y, _Y), Pembuangan.SEPTIK_AMAN),),
    Rung.LAYAK: (((_Y, _Y, _Y), Pembuangan.SEPTIK),),
    Rung.SHARING: (((_Y, _T, _Y), Pembuangan.SEPTIK), ((_Y, _T, _Y), Pembuangan.SEPTIK_AMAN)),
    Rung.BELUM_LAYAK: (((_Y, _Y, _Y), Pembuangan.CUBLUK), ((_Y, _Y, _T), Pembuangan.CUBLUK),
                       ((_Y, _T, _T), Pembuangan.CUBLUK), ((_Y, _Y, _T), Pembuangan.SEPTIK)),
    Rung.BABS_TERTUTUP: (((_Y, _Y, _T), Pembuangan.LANGSUNG), ((_Y, _Y, _Y), Pembuangan.LANGSUNG),
                         ((_Y, _T, _T), Pembuangan.LANGSUNG)),
    Rung.BABS_TERBUKA: (((_T, None, None), None), ((_T, None, None), None), ((_T, _T, _T), None)),
}
# An unfinished form: pillar 1 broken off before the rung can be told, the rest not asked.
_POLA_TAK_LENGKAP = (((_Y, _Y, None), Pembuangan.SEPTIK), ((_Y, None, None), None),
                     ((None, None, None), None))
_JUMLAH_SOAL = {p: sum(1 for q in PERTANYAAN if q.pilar == n)
                for p, n in zip(Pilar, (2, 3, 4, 5), strict=True)}


def _pola_tidak(n: int) -> tuple[tuple[bool, ...], ...]:
    """Every way `n` Ya/Tidak answers hold at least one Tidak."""
    patterns = [tuple(bool(bits >> i & 1) for i in range(n)) for bits in range(2 ** n)]
    return tuple(p for p in patterns if not all(p))


# Per pillar 2–5: (its answers when practised, every way of not practising it).
_PILAR_POLA = tuple(((True,) * _JUMLAH_SOAL[p], _pola_tidak(_JUMLAH_SOAL[p])) for p in Pilar)
_TANPA: Jawaban = (None,) * sum(_JUMLAH_SOAL.values())  # pillars 2–5 not asked


@dataclass(frozen=True)
class DemoKK:
    """What the demo register added: households over how many desa."""

    desa: int
    rumah_tangga: int


def tambah_demo_kk(ws: Workspace, area: KodeWilayah, judul: str = "") -> DemoKK:
    """Households for every demo desa inside `area` that has none yet, in one transaction kept
    out of the change history row by row (a nested block inside the demo's own transaction
    stays part of its one history entry). Real (non-demo) desa are never touched."""
    latest = ws.laporan.latest_within(area)
    todo = [(d, ws.desa.desa_id(d.kode)) for d in ws.desa.desa_list(area)
            if d.is_demo and d.jumlah_kk]
    todo = [(d, did) for d, did in todo if not ws.rumah_tangga.jumlah(did)]
    added = 0
    positions: dict[KodeWilayah, dict[KodeWilayah, int]] = {}
    with ws.atomic(judul or "Data KK contoh"), ws.rumah_tangga.tanpa_riwayat():
        for desa, did in todo:
            kecamatan = desa.kode.at(Level.KECAMATAN)
            if kecamatan not in positions:
                positions[kecamatan] = {r.kode: n for n, r in
                                        enumerate(wilayah.desa_within(kecamatan))}
            households = rumah_tangga_desa(desa, latest.get(str(desa.kode)),
                                           positions[kecamatan].get(desa.kode, 0))
            added += len(ws.rumah_tangga.tambah_banyak(did, households))
    logger.info("demo households: %d KK in %d desa of %s", added, len(todo), area)
    return DemoKK(len(todo), added)


def rumah_tangga_desa(desa: Desa, laporan: LaporanSanitasi | None,
                      urutan: int = 0) -> list[RumahTangga]:
    """`desa.jumlah_kk` households of one demo desa, the same for the same desa every time.

    The rungs and the pillars practised follow the shares of `laporan` (the desa's latest
    typed report; middling shares without one); a few forms are unfinished and a few KK are
    entered twice. `urutan` is the desa's place in its kecamatan, which keeps the No. KK of
    neighbouring desa apart.
    """
    rng = random.Random(f"{SEED}:{desa.kode}")
    n = desa.jumlah_kk or 0
    if n <= 0:
        return []
    acak = rng.random
    unfinished = min(n, round(n * rng.uniform(*TAK_LENGKAP)))
    rungs, masks = _jawaban_sasaran(laporan, n - unfinished, rng)
    places = list(_tempat(desa, n, rng))
    petugas = f"{rng.choice(_LAKI + _WANITA)} {rng.choice(FAMILY)}"
    names = _nama_per_rt(places, rng)
    no_kk = _NoKK(desa.kode, urutan, rng)
    pillar1 = [_POLA_TANGGA[r] for r in rungs] + [_POLA_TAK_LENGKAP] * unfinished
    rest = [_pilar(m, acak) for m in masks] + [_TANPA] * unfinished
    households = []
    for (dusun, rw, rt), nama, pola, pilar in zip(places, names, pillar1, rest, strict=True):
        answers, outlet = _pilih(acak, pola)
        households.append(RumahTangga(
            nama_kepala=nama, no_kk="" if acak() < TANPA_NO_KK else no_kk.baru(),
            dusun=dusun, rt=rt, rw=rw, alamat=f"Dk. {dusun}", jumlah_jiwa=_pilih(acak, _JIWA),
            tanggal=_pilih(acak, _KUNJUNGAN), petugas=petugas, jawaban=answers + pilar,
            pembuangan=outlet))
    rng.shuffle(households)  # unfinished forms anywhere in the desa, not in its last RT
    _ganda(households, rng)
    return households


def _jawaban_sasaran(laporan: LaporanSanitasi | None, n: int,
                     rng: random.Random) -> tuple[list[Rung], list[int]]:
    """For `n` complete households: a rung each and the pillars 2–5 each practises (bit i set:
    the i-th of Pilar), in numbers that follow the report's shares, shuffled apart."""
    total = laporan.total_kk if laporan is not None and laporan.total_kk else 0
    if laporan is None or not total:
        shares = {Rung.AMAN: 0.15, Rung.LAYAK: 0.5, Rung.SHARING: 0.08, Rung.BELUM_LAYAK: 0.17,
                  Rung.BABS_TERTUTUP: 0.04, Rung.BABS_TERBUKA: 0.06}
        pilar = {p: 0.5 for p in Pilar}
        tiga = 0.4
    else:
        shares = {r: laporan.rung(r) / total for r in Rung}
        pilar = {p: (laporan.pilar_kk(p) or 0) / total for p in Pilar}
        tiga = (laporan.kk_tiga_pilar or 0) / total
    counts = bagi_sisa_terbesar(n, [shares[r] for r in Rung])
    rungs = [r for r, c in zip(Rung, counts, strict=True) for _ in range(c)]
    practised = [min(n, round(pilar[p] * n)) for p in Pilar]
    masks = _sebaran_pilar(practised, n, round(tiga * n))
    rng.shuffle(rungs)
    rng.shuffle(masks)
    return rungs, masks


def bagi_sisa_terbesar(n: int, shares: Sequence[float]) -> list[int]:
    """`n` split in proportion to `shares` in whole numbers that add up to `n` (largest
    remainder first)."""
    whole = sum(shares)
    if n <= 0 or whole <= 0:
        return [n if i == 0 else 0 for i in range(len(shares))] if n > 0 else [0] * len(shares)
    exact = [n * s / whole for s in shares]
    counts = [int(x) for x in exact]
    order = sorted(range(len(shares)), key=lambda i: exact[i] - counts[i], reverse=True)
    for i in order[:n - sum(counts)]:
        counts[i] += 1
    return counts


def _sebaran_pilar(practised: list[int], n: int, tiga: int) -> list[int]:
    """A pillar mask per household such that pillar i is practised by `practised[i]` of them and
    `tiga` (moved to the nearest number the counts allow) practise three or more: the `tiga`
    take each pillar as far as they can, the rest at most two; within each group the pillars are
    dealt round so no household gets one twice."""
    def allowed(t: int) -> bool:
        top = sum(min(c, t) for c in practised)
        return top >= 3 * t and sum(practised) - top <= 2 * (n - t)
    candidates = sorted(range(n + 1), key=lambda t: (abs(t - tiga), t))
    t = next((c for c in candidates if allowed(c)), 0)
    masks = [0] * n
    for start, size, counts in ((0, t, [min(c, t) for c in practised]),
                                (t, n - t, [c - min(c, t) for c in practised])):
        slot = 0
        for bit, count in enumerate(counts):
            for _ in range(count):
                masks[start + slot % size] |= 1 << bit
                slot += 1
    return masks


def _pilar(mask: int, acak: Callable[[], float]) -> Jawaban:
    """The answers of pillars 2–5 for a household practising the pillars in `mask`."""
    answers: tuple[bool | None, ...] = ()
    for bit, (ya, tidak) in enumerate(_PILAR_POLA):
        answers += ya if mask >> bit & 1 else _pilih(acak, tidak)
    return answers


T = TypeVar("T")


def _pilih(acak: Callable[[], float], seq: Sequence[T]) -> T:
    """One of `seq` by a draw of `acak` (cheaper than `random.choice`, 300k times a desa set)."""
    return seq[int(acak() * len(seq))]


def _tempat(desa: Desa, n: int, rng: random.Random) -> Iterator[tuple[str, str, str]]:
    """(dusun, RW, RT) for `n` households over the desa's registered dusun, RW and RT, RT of
    uneven size, numbered from 001 inside each RW as on the KK card."""
    rw_count = max(1, desa.jumlah_rw or 1 + n // 300)
    rt_count = max(rw_count, desa.jumlah_rt or rw_count * 4)
    dusun_count = max(1, min(desa.jumlah_dusun or 1, rw_count))
    dusun = rng.sample(_DUSUN, min(dusun_count, len(_DUSUN)))
    rt_per_rw = bagi_sisa_terbesar(rt_count, [1.0] * rw_count)
    units = [(dusun[rw * len(dusun) // rw_count], f"{rw + 1:03d}", f"{rt + 1:03d}")
             for rw in range(rw_count) for rt in range(rt_per_rw[rw])]
    sizes = bagi_sisa_terbesar(n, [rng.uniform(0.6, 1.4) for _ in units])
    for unit, size in zip(units, sizes, strict=True):
        for _ in range(size):
            yield unit


def _nama_per_rt(places: list[tuple[str, str, str]], rng: random.Random) -> list[str]:
    """A head's name for each household, no name twice in one RT (a repeat would be flagged as
    a KK entered twice); mostly men, as on most KK cards."""
    names: list[str] = []
    seen: set[tuple[tuple[str, str, str], str]] = set()
    acak = rng.random
    for place in places:
        name = _nama(acak, acak())
        tries = 0
        while (place, name) in seen and tries < 20:
            name = _nama(acak, 1.0)
            tries += 1
        seen.add((place, name))
        names.append(name)
    return names


def _nama(acak: Callable[[], float], kind: float) -> str:
    """One name of one, two or three words (`kind` 0–1 picks how many)."""
    pool = _WANITA if acak() < 0.15 else _LAKI
    given = _pilih(acak, pool)
    if kind < 0.15:
        return given
    if kind < 0.8:
        return f"{given} {_pilih(acak, FAMILY)}"
    second = _pilih(acak, [g for g in pool if g != given])
    return f"{given} {second} {_pilih(acak, FAMILY)}"


class _NoKK:
    """No. KK of one desa: the kecamatan's 6 digits, the day the card was issued (DDMMYY) and a
    4-digit number; the number's last two digits are the desa's place in its kecamatan, so no
    two desa share a No. KK."""

    def __init__(self, desa: KodeWilayah, urutan: int, rng: random.Random) -> None:
        self.prefix = desa.at(Level.KECAMATAN).digits
        self.urutan = f"{urutan % 100:02d}"
        self.acak = rng.random
        self.used: set[str] = set()

    def baru(self) -> str:
        while True:
            number = (f"{self.prefix}{_pilih(self.acak, _TERBIT)}"
                      f"{1 + int(self.acak() * 99):02d}{self.urutan}")
            if number not in self.used:
                self.used.add(number)
                return number


def _ganda(households: list[RumahTangga], rng: random.Random) -> None:
    """A few KK entered twice: up to three households (fewer in a small desa) take the name,
    No. KK, place and size of another one, as when the same family is written in on two
    visits."""
    count = min(rng.randint(0, 3), len(households) // 100)
    for _ in range(count):
        copy, source = rng.sample(range(len(households)), 2)
        s = households[source]
        households[copy] = households[copy].with_changes(
            nama_kepala=s.nama_kepala, no_kk=s.no_kk, dusun=s.dusun, rt=s.rt, rw=s.rw,
            alamat=s.alamat, jumlah_jiwa=s.jumlah_jiwa)
