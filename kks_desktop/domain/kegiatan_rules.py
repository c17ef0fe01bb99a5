"""Checks on a session before it is saved: what blocks the save and what is only worth a look."""

from __future__ import annotations

from kks_desktop.domain.fields import looks_like_phone
from kks_desktop.domain.kegiatan import MAX_HARI, Kegiatan, Narasumber, Peserta, Rtl
from kks_desktop.domain.peserta import peserta_ganda
from kks_desktop.domain.problems import Problem


def validate_kegiatan(kegiatan: Kegiatan, jenis_ids: frozenset[str],
                      kategori_ids: frozenset[str]) -> list[Problem]:
    """Every finding about a session; rows are numbered from 1 as the user sees them."""
    problems: list[Problem] = []
    if not kegiatan.judul.strip():
        problems.append(Problem.error("judul", "required"))
    if kegiatan.jenis not in jenis_ids:
        problems.append(Problem.error("jenis", "unknown_choice", value=kegiatan.jenis))
    days = (kegiatan.selesai - kegiatan.mulai).days + 1
    if days < 1:
        problems.append(Problem.error("selesai", "end_before_start"))
    elif days > MAX_HARI:
        problems.append(Problem.error("selesai", "too_many_days", maximum=MAX_HARI))
    if not 0 <= kegiatan.batas_lulus <= 100:
        problems.append(Problem.error("batas_lulus", "score_range"))
    for row, speaker in enumerate(kegiatan.narasumber, start=1):
        problems.extend(_speaker_problems(speaker, row))
    # With impossible dates the attendance days cannot be judged; the date error says enough.
    hari = kegiatan.hari if 1 <= days <= MAX_HARI else MAX_HARI
    for row, person in enumerate(kegiatan.peserta, start=1):
        problems.extend(_participant_problems(person, row, hari, kategori_ids))
    for group in peserta_ganda(kegiatan.peserta):
        rows = ", ".join(str(i + 1) for i in group)
        problems.append(Problem.warning("peserta", "same_person", rows=rows,
                                        nama=kegiatan.peserta[group[0]].nama.strip()))
    for row, plan in enumerate(kegiatan.rtl, start=1):
        problems.extend(_plan_problems(plan, row))
    return problems


def _speaker_problems(speaker: Narasumber, row: int) -> list[Problem]:
    if not speaker.nama.strip():
        return [Problem.error("narasumber.nama", "required", row=row)]
    return []


def _participant_problems(person: Peserta, row: int, hari: int,
                          kategori_ids: frozenset[str]) -> list[Problem]:
    found: list[Problem] = []
    if not person.nama.strip():
        found.append(Problem.error("peserta.nama", "required", row=row))
    if person.kategori and person.kategori not in kategori_ids:
        found.append(Problem.error("peserta.kategori", "unknown_choice", row=row,
                                   value=person.kategori))
    for name, score in (("peserta.pre", person.pre), ("peserta.post", person.post)):
        if score is not None and not 0 <= score <= 100:
            found.append(Problem.error(name, "score_range", row=row))
    if any(not 1 <= day <= hari for day in person.hadir):
        found.append(Problem.error("peserta.hadir", "day_outside_session", row=row, hari=hari))
    if person.telepon and not looks_like_phone(person.telepon):
        found.append(Problem.warning("peserta.telepon", "phone_format", row=row))
    return found


def _plan_problems(plan: Rtl, row: int) -> list[Problem]:
    found: list[Problem] = []
    if not plan.kegiatan.strip():
        found.append(Problem.error("rtl.kegiatan", "required", row=row))
    if plan.waktu is None:
        found.append(Problem.warning("rtl.waktu", "no_target_date", row=row))
    if not plan.penanggung_jawab.strip():
        found.append(Problem.warning("rtl.penanggung_jawab", "no_person_in_charge", row=row))
    return found
