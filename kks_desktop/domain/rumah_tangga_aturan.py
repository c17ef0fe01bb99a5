"""The checks on one household of the register: required name, No. KK, texts, jiwa and visit date."""

from __future__ import annotations

import datetime as dt

from kks_desktop.domain.fields import JenisTeks, masalah_isian
from kks_desktop.domain.problems import Problem
from kks_desktop.domain.rumah_tangga import MAX_JIWA, RumahTangga
from kks_desktop.domain.tanggal import masalah_tanggal

PANJANG_NO_KK = 16
# The province codes a No. KK starts with (Kemendagri), Papua's new provinces included.
_PROVINSI = frozenset({*range(11, 20), 21, *range(31, 37), 51, 52, 53, *range(61, 66),
                       *range(71, 77), 81, 82, *range(91, 97)})


def rapikan_no_kk(text: str) -> str:
    """A No. KK as stored: spaces, dots and dashes people type between the groups removed."""
    return "".join(c for c in text.strip() if c not in " .-\u00a0")


def masalah_no_kk(no_kk: str, field_name: str = "no_kk") -> list[Problem]:
    """An empty No. KK is fine (it is optional). One present must be 16 digits; a first pair
    that is no province code, or digits 7–12 that are no date (the day and month the card was
    issued), is a warning: the number is kept, but likely mistyped."""
    if not no_kk:
        return []
    if not (no_kk.isdecimal() and no_kk.isascii()) or len(no_kk) != PANJANG_NO_KK:
        return [Problem.error(field_name, "no_kk_bentuk", panjang=len(no_kk))]
    if int(no_kk[:2]) not in _PROVINSI:
        return [Problem.warning(field_name, "no_kk_provinsi", kode=no_kk[:2])]
    if not (1 <= int(no_kk[6:8]) <= 31 and 1 <= int(no_kk[8:10]) <= 12):
        return [Problem.warning(field_name, "no_kk_tanggal", tanggal=no_kk[6:12])]
    return []


def validate_rumah_tangga(rt: RumahTangga, today: dt.date) -> list[Problem]:
    """Every finding about one household; errors block its save, warnings are kept and shown."""
    problems = [] if rt.nama_kepala.strip() else [Problem.error("nama_kepala", "required")]
    problems += masalah_isian(((rt.nama_kepala, "nama_kepala", JenisTeks.NAMA),
                               (rt.dusun, "dusun", JenisTeks.NAMA),
                               (rt.rt, "rt", JenisTeks.NAMA), (rt.rw, "rw", JenisTeks.NAMA),
                               (rt.alamat, "alamat", JenisTeks.KALIMAT),
                               (rt.petugas, "petugas", JenisTeks.NAMA)))
    problems += masalah_no_kk(rt.no_kk)
    if rt.jumlah_jiwa is not None:
        if rt.jumlah_jiwa < 0:
            problems.append(Problem.error("jumlah_jiwa", "negative"))
        elif rt.jumlah_jiwa > MAX_JIWA:
            problems.append(Problem.error("jumlah_jiwa", "too_large", maximum=MAX_JIWA))
        elif rt.jumlah_jiwa == 0:
            problems.append(Problem.error("jumlah_jiwa", "jiwa_nol"))
    return problems + masalah_tanggal(rt.tanggal, "tanggal", today)
