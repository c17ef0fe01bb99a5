"""The Pokja Desa/Kelurahan Sehat of a desa: its SK, sekretariat, members and chosen tatanan."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from kks_desktop.domain.fields import JenisTeks, looks_like_phone, masalah_isian
from kks_desktop.domain.problems import Problem
from kks_desktop.domain.tanggal import masalah_tanggal


class Jabatan(Enum):
    """A member's post in the Pokja, in the order a daftar pengurus lists them."""

    PEMBINA = "pembina"
    KETUA = "ketua"
    WAKIL_KETUA = "wakil_ketua"
    SEKRETARIS = "sekretaris"
    BENDAHARA = "bendahara"
    KOORDINATOR = "koordinator"
    ANGGOTA = "anggota"


# Posts that one person holds at a time; a second one is probably a slip.
SINGLE_POSTS = (Jabatan.KETUA, Jabatan.SEKRETARIS, Jabatan.BENDAHARA)


@dataclass(frozen=True)
class Anggota:
    """One member of a Pokja."""

    nama: str
    jabatan: Jabatan = Jabatan.ANGGOTA
    unsur: str = ""
    telepon: str = ""
    aktif_sejak: dt.date | None = None
    uuid: str = ""


@dataclass(frozen=True)
class Pokja:
    """The Pokja of one desa; `tatanan` holds ids from the versioned reference list."""

    sk_nomor: str = ""
    sk_tanggal: dt.date | None = None
    sk_penandatangan: str = ""
    sekretariat_ada: bool | None = None
    anggota: tuple[Anggota, ...] = ()
    tatanan: tuple[str, ...] = ()
    uuid: str = ""

    @property
    def is_empty(self) -> bool:
        return self == Pokja(uuid=self.uuid)


def validate_pokja(pokja: Pokja, today: dt.date, known_tatanan: frozenset[str]) -> list[Problem]:
    """Every finding about a Pokja: missing names, unreadable texts, impossible and future dates
    block; gaps in the SK warn."""
    problems = masalah_isian(((pokja.sk_nomor, "sk_nomor", JenisTeks.NAMA),
                              (pokja.sk_penandatangan, "sk_penandatangan", JenisTeks.NAMA)))
    problems.extend(masalah_tanggal(pokja.sk_tanggal, "sk_tanggal", today))
    if pokja.sk_nomor and pokja.sk_tanggal is None:
        problems.append(Problem.warning("sk_tanggal", "sk_without_date"))
    if pokja.sk_tanggal is not None and not pokja.sk_nomor.strip():
        problems.append(Problem.warning("sk_nomor", "sk_without_number"))
    for row, member in enumerate(pokja.anggota, start=1):
        problems.extend(_validate_member(member, row, today))
    for jabatan in SINGLE_POSTS:
        holders = [m for m in pokja.anggota if m.jabatan is jabatan]
        if len(holders) > 1:
            problems.append(Problem.warning("anggota", "post_held_twice", jabatan=jabatan.value))
    if pokja.anggota and not any(m.jabatan is Jabatan.KETUA for m in pokja.anggota):
        problems.append(Problem.warning("anggota", "no_ketua"))
    for tatanan_id in pokja.tatanan:
        if tatanan_id not in known_tatanan:
            problems.append(Problem.error("tatanan", "unknown_tatanan", id=tatanan_id))
    if len(set(pokja.tatanan)) != len(pokja.tatanan):
        problems.append(Problem.error("tatanan", "duplicate_tatanan"))
    return problems


def _validate_member(member: Anggota, row: int, today: dt.date) -> list[Problem]:
    problems: list[Problem] = []
    if not member.nama.strip():
        problems.append(Problem.error("anggota.nama", "required", row=row))
    problems.extend(masalah_isian(((member.nama, "anggota.nama", JenisTeks.NAMA),
                                   (member.unsur, "anggota.unsur", JenisTeks.NAMA),
                                   (member.telepon, "anggota.telepon", JenisTeks.NAMA)), row=row))
    problems.extend(masalah_tanggal(member.aktif_sejak, "anggota.aktif_sejak", today, row=row))
    if member.telepon and not looks_like_phone(member.telepon):
        problems.append(Problem.warning("anggota.telepon", "phone_format", row=row))
    return problems

