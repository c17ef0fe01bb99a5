"""Tests for the session checks: what blocks a save, what only warns, and the rows they name."""

import datetime as dt

import pytest

from kks_desktop.domain.kegiatan import (
    MAX_HARI,
    Kegiatan,
    Narasumber,
    Peserta,
    Rtl,
)
from kks_desktop.domain.kegiatan_rules import validate_kegiatan
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.problems import Problem, Severity, errors_in
from kks_desktop.messages import describe_problem

JENIS = frozenset({"orientasi_kks", "rapat_pokja"})
KATEGORI = frozenset({"opd", "pokja_desa"})
DAY = dt.date(2025, 9, 16)


def _session(**changes: object) -> Kegiatan:
    clean = Kegiatan(
        jenis="orientasi_kks", judul="Orientasi KKS", mulai=DAY, selesai=DAY + dt.timedelta(days=1),
        wilayah=KodeWilayah.parse("33.25"),
        narasumber=(Narasumber("dr. Yulianto", "Dinkes Provinsi"),),
        peserta=(Peserta("Siti Aminah", instansi="Dinas PMD", kategori="opd", hadir=(1, 2),
                         pre=55, post=80, telepon="0812-3456-7890"),
                 Peserta("Budi Santoso", instansi="Pokja Silurah", kategori="pokja_desa",
                         hadir=(2,))),
        rtl=(Rtl("Rapat Pokja", waktu=DAY + dt.timedelta(days=30), penanggung_jawab="Ketua"),))
    return clean.with_changes(**changes)


def _found(kegiatan: Kegiatan) -> list[tuple[str, str, Severity, dict[str, object]]]:
    return [(p.field, p.code, p.severity, dict(p.params))
            for p in validate_kegiatan(kegiatan, JENIS, KATEGORI)]


E, W = Severity.ERROR, Severity.WARNING


def test_a_complete_session_has_no_findings() -> None:
    assert _found(_session()) == []


def test_a_one_day_session_and_the_longest_allowed_pass() -> None:
    assert _found(_session(selesai=DAY, peserta=())) == []
    longest = _session(selesai=DAY + dt.timedelta(days=MAX_HARI - 1))
    assert longest.hari == MAX_HARI
    assert _found(longest) == []


@pytest.mark.parametrize(("changes", "expected"), [
    ({"judul": "   "}, [("judul", "required", E, {})]),
    ({"jenis": "arisan"}, [("jenis", "unknown_choice", E, {"value": "arisan"})]),
    ({"selesai": DAY - dt.timedelta(days=1), "peserta": ()},
     [("selesai", "end_before_start", E, {})]),
    ({"selesai": DAY + dt.timedelta(days=MAX_HARI)},
     [("selesai", "too_many_days", E, {"maximum": MAX_HARI})]),
    ({"batas_lulus": 100.5}, [("batas_lulus", "score_range", E, {})]),
    ({"batas_lulus": -1.0}, [("batas_lulus", "score_range", E, {})]),
    ({"narasumber": (Narasumber("A"), Narasumber(" ", "Dinkes"))},
     [("narasumber.nama", "required", E, {"row": 2})]),
])
def test_session_level_findings(changes: dict[str, object], expected: list[object]) -> None:
    assert _found(_session(**changes)) == expected


@pytest.mark.parametrize(("person", "expected"), [
    (Peserta(" ", hadir=(1,)), [("peserta.nama", "required", E, {"row": 3})]),
    (Peserta("Ani", kategori="arisan"),
     [("peserta.kategori", "unknown_choice", E, {"row": 3, "value": "arisan"})]),
    (Peserta("Ani", pre=-0.5, post=100.01),
     [("peserta.pre", "score_range", E, {"row": 3}), ("peserta.post", "score_range", E, {"row": 3})]),
    (Peserta("Ani", pre=0.0, post=100.0), []),
    (Peserta("Ani", hadir=(1, 3)),
     [("peserta.hadir", "day_outside_session", E, {"row": 3, "hari": 2})]),
    (Peserta("Ani", hadir=(0,)),
     [("peserta.hadir", "day_outside_session", E, {"row": 3, "hari": 2})]),
    (Peserta("Ani", telepon="0812"), [("peserta.telepon", "phone_format", W, {"row": 3})]),
    (Peserta("Ani", kategori=""), []),
])
def test_participant_findings_name_the_row(person: Peserta, expected: list[object]) -> None:
    kegiatan = _session()
    assert _found(kegiatan.with_changes(peserta=(*kegiatan.peserta, person))) == expected


@pytest.mark.parametrize(("plan", "expected"), [
    (Rtl(" "), [("rtl.kegiatan", "required", E, {"row": 2}),
                ("rtl.waktu", "no_target_date", W, {"row": 2}),
                ("rtl.penanggung_jawab", "no_person_in_charge", W, {"row": 2})]),
    (Rtl("Pemicuan", waktu=DAY, penanggung_jawab=" "),
     [("rtl.penanggung_jawab", "no_person_in_charge", W, {"row": 2})]),
    (Rtl("Pemicuan", penanggung_jawab="Sanitarian"), [("rtl.waktu", "no_target_date", W, {"row": 2})]),
])
def test_rtl_findings(plan: Rtl, expected: list[object]) -> None:
    kegiatan = _session()
    assert _found(kegiatan.with_changes(rtl=(*kegiatan.rtl, plan))) == expected


def test_the_same_person_twice_is_a_warning_naming_both_rows() -> None:
    kegiatan = _session()
    again = Peserta("SITI  AMINAH, S.KM", instansi="dinas pmd")
    found = validate_kegiatan(kegiatan.with_changes(peserta=(*kegiatan.peserta, again)),
                              JENIS, KATEGORI)
    assert found == [Problem.warning("peserta", "same_person", rows="1, 3", nama="Siti Aminah")]
    assert errors_in(found) == []
    assert describe_problem(found[0]) == (
        "Peserta: Siti Aminah tampaknya tercatat lebih dari sekali (baris 1, 3); gabungkan bila "
        "orangnya sama")


def test_every_finding_is_reported_at_once_and_reads_in_indonesian() -> None:
    broken = _session(judul="", jenis="x", peserta=(Peserta("", pre=120.0),), rtl=(Rtl(""),))
    texts = [describe_problem(p) for p in errors_in(validate_kegiatan(broken, JENIS, KATEGORI))]
    assert texts == [
        "Judul kegiatan: wajib diisi",
        "Jenis kegiatan: pilihan “x” tidak dikenal",
        "Nama peserta baris 1: wajib diisi",
        "Nilai pre-test baris 1: nilai harus antara 0 dan 100",
        "Kegiatan RTL baris 1: wajib diisi",
    ]


def test_hari_counts_days_and_tanggal_hari_and_hadir_pada_follow_it() -> None:
    kegiatan = _session(selesai=DAY + dt.timedelta(days=2))
    assert kegiatan.hari == 3
    assert [kegiatan.tanggal_hari(n) for n in (1, 3)] == [DAY, dt.date(2025, 9, 18)]
    assert [kegiatan.hadir_pada(n) for n in (1, 2, 3)] == [1, 2, 0]
    assert _session(selesai=DAY - dt.timedelta(days=5)).hari == 1


def test_rtl_is_late_only_when_open_and_past_its_date() -> None:
    from kks_desktop.domain.kegiatan import StatusRtl

    plan = Rtl("Pemicuan", waktu=DAY)
    assert plan.lewat_waktu(DAY + dt.timedelta(days=1))
    assert not plan.lewat_waktu(DAY)
    assert plan.with_changes(status=StatusRtl.BERJALAN).lewat_waktu(DAY + dt.timedelta(days=1))
    for done in (StatusRtl.SELESAI, StatusRtl.BATAL):
        assert not plan.with_changes(status=done).lewat_waktu(DAY + dt.timedelta(days=1))
    assert not Rtl("Pemicuan").lewat_waktu(DAY)
