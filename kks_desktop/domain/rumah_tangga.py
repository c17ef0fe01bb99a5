"""One household (KK) of the STBM register: its answers per pillar and what is derived from them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import Enum

from kks_desktop.domain.sanitasi import Pilar, Rung

# The largest KK anyone registers is far below this; more is a slip of the keyboard.
MAX_JIWA = 99


class Pembuangan(Enum):
    """Where the latrine ends (the "bangunan bawah" of the household form)."""

    SEPTIK_AMAN = "septik_aman"  # septic tank emptied in the last 3–5 years, or a sewer (SPALD)
    SEPTIK = "septik"  # septic tank never emptied, or longer ago
    CUBLUK = "cubluk"  # a pit in the ground (cubluk, lubang tanah)
    LANGSUNG = "langsung"  # straight into a drain, field, river, pond, the sea or a garden


@dataclass(frozen=True)
class Pertanyaan:
    """One Ya/Tidak question of the household form; the label is in `messages`."""

    kunci: str
    pilar: int  # 1–5


# The Ya/Tidak questions, in the order of the form. Pillar 1's outlet is a choice (Pembuangan).
PERTANYAAN = (
    Pertanyaan("p1_bab_jamban", 1), Pertanyaan("p1_milik_sendiri", 1),
    Pertanyaan("p1_leher_angsa", 1),
    Pertanyaan("p2_sarana", 2), Pertanyaan("p2_air_mengalir", 2), Pertanyaan("p2_sabun", 2),
    Pertanyaan("p2_mampu", 2), Pertanyaan("p2_waktu_kritis", 2),
    Pertanyaan("p3_sumber_layak", 3), Pertanyaan("p3_olah_air", 3), Pertanyaan("p3_wadah_aman", 3),
    Pertanyaan("p3_pangan_aman", 3),
    Pertanyaan("p4_tidak_berserakan", 4), Pertanyaan("p4_tempat_tertutup", 4),
    Pertanyaan("p4_olah_aman", 4), Pertanyaan("p4_pilah", 4),
    Pertanyaan("p5_tidak_tergenang", 5), Pertanyaan("p5_saluran_tertutup", 5),
    Pertanyaan("p5_resapan", 5),
)
KUNCI_PERTANYAAN = tuple(p.kunci for p in PERTANYAAN)
PILAR_NOMOR = {Pilar.CTPS: 2, Pilar.PAMM: 3, Pilar.PSRT: 4, Pilar.PLCRT: 5}
_POSISI = {kunci: i for i, kunci in enumerate(KUNCI_PERTANYAAN)}
# Each pillar's questions (by number, 1–5) as a slice of the answers: the form keeps them
# together.
BAGIAN_PILAR = {nomor: slice(min(i for i, p in enumerate(PERTANYAAN) if p.pilar == nomor),
                             max(i for i, p in enumerate(PERTANYAAN) if p.pilar == nomor) + 1)
                for nomor in range(1, 6)}

Jawaban = tuple[bool | None, ...]  # one per PERTANYAAN; None: not asked or not answered
TANPA_JAWABAN: Jawaban = (None,) * len(PERTANYAAN)


@dataclass(frozen=True, slots=True)
class RumahTangga:
    """One KK as the register keeps it. The rung and the pillars practised are derived."""

    nama_kepala: str
    no_kk: str = ""
    dusun: str = ""
    rt: str = ""
    rw: str = ""
    alamat: str = ""
    jumlah_jiwa: int | None = None
    tanggal: dt.date | None = None  # the last visit
    petugas: str = ""
    jawaban: Jawaban = TANPA_JAWABAN
    pembuangan: Pembuangan | None = None
    uuid: str = ""
    updated_at: str = ""

    def jawab(self, kunci: str) -> bool | None:
        return self.jawaban[_POSISI[kunci]]

    def with_changes(self, **changes: object) -> RumahTangga:
        return replace(self, **changes)  # type: ignore[arg-type]

    def with_jawaban(self, **answers: bool | None) -> RumahTangga:
        values = list(self.jawaban)
        for kunci, value in answers.items():
            values[_POSISI[kunci]] = value
        return replace(self, jawaban=tuple(values))

    @property
    def tangga(self) -> Rung | None:
        return tangga_dari(self.jawaban, self.pembuangan)

    def praktik(self, pilar: Pilar) -> bool | None:
        return praktik_dari(self.jawaban, pilar)


def tangga_dari(jawaban: Jawaban, pembuangan: Pembuangan | None) -> Rung | None:
    """The pillar 1 rung from the answers, by the ladder of the national form:

    - does not defecate in a latrine → BABS terbuka (no facility, or one not used);
    - the latrine ends straight in a drain, field, river or the sea → BABS tertutup;
    - it ends in a pit, or the closet is not a gooseneck → akses belum layak;
    - gooseneck over a septic tank (or sewer), shared with other KK → layak bersama (sharing);
    - the same, own, the tank emptied in 3–5 years or a sewer → akses aman, otherwise → akses layak.

    None when an answer the rule needs is missing.
    """
    pakai, sendiri, leher = jawaban[0], jawaban[1], jawaban[2]
    if pakai is None:
        return None
    if not pakai:
        return Rung.BABS_TERBUKA
    if pembuangan is None:
        return None
    if pembuangan is Pembuangan.LANGSUNG:
        return Rung.BABS_TERTUTUP
    if pembuangan is Pembuangan.CUBLUK or leher is False:
        return Rung.BELUM_LAYAK
    if leher is None or sendiri is None:
        return None
    if not sendiri:
        return Rung.SHARING
    return Rung.AMAN if pembuangan is Pembuangan.SEPTIK_AMAN else Rung.LAYAK


def praktik_dari(jawaban: Jawaban, pilar: Pilar) -> bool | None:
    """Whether the KK practises one of pillars 2–5: every question of the pillar answered Ya.

    A Tidak on any of them → not practised; otherwise a missing answer → None (not known).
    """
    values = jawaban[BAGIAN_PILAR[PILAR_NOMOR[pilar]]]
    if False in values:
        return False
    return None if None in values else True


def pilar_praktik(jawaban: Jawaban) -> dict[Pilar, bool | None]:
    """`praktik_dari` for each of pillars 2–5."""
    return {pilar: praktik_dari(jawaban, pilar) for pilar in Pilar}
