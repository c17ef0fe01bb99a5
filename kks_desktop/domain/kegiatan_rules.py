"""Checks on a session before it is saved: what blocks the save and what is only worth a look."""

from __future__ import annotations

from kks_desktop.domain.fields import JenisTeks, looks_like_phone, masalah_isian
from kks_desktop.domain.kegiatan import MAX_HARI, Kegiatan, Narasumber, Peserta, Rtl
from kks_desktop.domain.peserta import peserta_ganda
from kks_desktop.domain.problems import Problem
from kks_desktop.domain.tanggal import masalah_tanggal

_NAMA, _KALIMAT, _CATATAN = JenisTeks.NAMA, JenisTeks.KALIMAT, JenisTeks.CATATAN


def validate_kegiatan(kegiatan: Kegiatan, jenis_ids: frozenset[str],
                      kategori_ids: frozenset[str]) -> list[Problem]:
    """Every finding about a session; rows are numbered from 1 as the user sees them."""
    problems: list[Problem] = []
    if not kegiatan.judul.strip():
        problems.append(Problem.error("judul", "required"))
    if kegiatan.jenis not in jenis_ids:
        problems.append(Problem.error("jenis", "unknown_choice", value=kegiatan.jenis))
    problems.extend(masalah_isian(((kegiatan.judul, "judul", _KALIMAT),
                                   (kegiatan.tempat, "tempat", _KALIMAT),
                                   (kegiatan.penyelenggara, "penyelenggara", _KALIMAT),
                                   (kegiatan.catatan, "catatan", _CATATAN),
                                   (kegiatan.notulen, "notulen", _CATATAN))))
    for row, judul in enumerate(kegiatan.materi, start=1):
        problems.extend(masalah_isian(((judul, "materi", _KALIMAT),), row=row))
    days = (kegiatan.selesai - kegiatan.mulai).days + 1
    # A date outside the sensible range says enough; the length is judged only between two
    # sensible dates.
    problems.extend(masalah_tanggal(kegiatan.mulai, "mulai")
                    + masalah_tanggal(kegiatan.selesai, "selesai") or _span_problems(days))
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


def _span_problems(days: int) -> list[Problem]:
    if days < 1:
        return [Problem.error("selesai", "end_before_start")]
    if days > MAX_HARI:
        return [Problem.error("selesai", "too_many_days", maximum=MAX_HARI)]
    return []


def _speaker_problems(speaker: Narasumber, row: int) -> list[Problem]:
    found = [] if speaker.nama.strip() else [Problem.error("narasumber.nama", "required", row=row)]
    return found + masalah_isian(((speaker.nama, "narasumber.nama", _NAMA),
                                  (speaker.instansi, "narasumber.instansi", _NAMA),
                                  (speaker.materi, "narasumber.materi", _KALIMAT)), row=row)


def _participant_problems(person: Peserta, row: int, hari: int,
                          kategori_ids: frozenset[str]) -> list[Problem]:
    found: list[Problem] = []
    if not person.nama.strip():
        found.append(Problem.error("peserta.nama", "required", row=row))
    found.extend(masalah_isian(((person.nama, "peserta.nama", _NAMA),
                                (person.jabatan, "peserta.jabatan", _NAMA),
                                (person.instansi, "peserta.instansi", _NAMA),
                                (person.desa_nama, "peserta.desa_nama", _NAMA),
                                (person.telepon, "peserta.telepon", _NAMA)), row=row))
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
    found.extend(masalah_isian(((getattr(plan, name), f"rtl.{name}", _KALIMAT) for name in (
        "kegiatan", "tujuan", "sasaran", "tempat", "penanggung_jawab", "sumber_dana", "indikator",
        "catatan")), row=row))
    found.extend(masalah_tanggal(plan.waktu, "rtl.waktu", row=row))
    if plan.waktu is None:
        found.append(Problem.warning("rtl.waktu", "no_target_date", row=row))
    if not plan.penanggung_jawab.strip():
        found.append(Problem.warning("rtl.penanggung_jawab", "no_person_in_charge", row=row))
    return found
