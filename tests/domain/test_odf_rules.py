"""Tests for the ODF path: event order, derived status, the valid declaration, and the path rules."""

import datetime as dt
from collections.abc import Callable

import pytest

from kks_desktop.domain.odf import (
    MIN_TIM,
    AnggotaTim,
    Hasil,
    JenisOdf,
    OdfEvent,
    PosisiOdf,
    StatusOdf,
    deklarasi_sah,
    in_order,
    posisi_odf,
    validate_path,
)
from kks_desktop.domain.problems import Problem
from kks_desktop.domain.sanitasi import LaporanSanitasi

MakeLaporan = Callable[..., LaporanSanitasi]
D = dt.date
TODAY = D(2025, 11, 5)
TIM = (AnggotaTim("dr. Retno", "Dinas Kesehatan"), AnggotaTim("Sugiyanto", "Puskesmas"),
       AnggotaTim("Siti Aminah", "Pokja desa tetangga"))
PEMICUAN = OdfEvent(JenisOdf.PEMICUAN, D(2025, 1, 10), fasilitator="Sanitarian Puskesmas")
GAGAL = OdfEvent(JenisOdf.VERIFIKASI, D(2025, 4, 10), tim=TIM, hasil=Hasil.GAGAL, nomor_ba="BA/1")
LULUS = OdfEvent(JenisOdf.VERIFIKASI, D(2025, 6, 10), tim=TIM, hasil=Hasil.LULUS, nomor_ba="BA/2")
DEKLARASI = OdfEvent(JenisOdf.DEKLARASI, D(2025, 7, 1), nomor_ba="BA/ODF/1", saksi="Camat")


def _at(event: OdfEvent) -> dict[str, object]:
    return {"jenis": event.jenis.value, "tanggal": event.tanggal.strftime("%d/%m/%Y")}


# --- order and status ----------------------------------------------------------------------

def test_in_order_sorts_by_date_then_by_step() -> None:
    day = D(2025, 6, 10)
    same_day = [OdfEvent(JenisOdf.DEKLARASI, day), OdfEvent(JenisOdf.VERIFIKASI, day),
                OdfEvent(JenisOdf.PEMICUAN, day)]
    assert [e.jenis for e in in_order([*same_day, GAGAL])] == [
        JenisOdf.VERIFIKASI, JenisOdf.PEMICUAN, JenisOdf.VERIFIKASI, JenisOdf.DEKLARASI]
    assert in_order([DEKLARASI, LULUS, PEMICUAN, GAGAL]) == [PEMICUAN, GAGAL, LULUS, DEKLARASI]


def test_status_order_and_lulus() -> None:
    assert [s.rank for s in StatusOdf] == [0, 1, 2, 3, 4]
    assert StatusOdf.ODF.rank > StatusOdf.TERVERIFIKASI.rank > StatusOdf.PEMICUAN.rank
    assert LULUS.lulus and not GAGAL.lulus
    assert not OdfEvent(JenisOdf.DEKLARASI, D(2025, 1, 1), hasil=Hasil.LULUS).lulus


def test_no_events_is_belum(make_laporan: MakeLaporan) -> None:
    assert posisi_odf([], None) == PosisiOdf(StatusOdf.BELUM)
    assert posisi_odf([], make_laporan(babs=0)) == PosisiOdf(StatusOdf.BELUM, babs=0)


def test_pemicuan_with_babs_left(make_laporan: MakeLaporan) -> None:
    assert posisi_odf([PEMICUAN], make_laporan("2025-03", babs=6)) == PosisiOdf(
        StatusOdf.PEMICUAN, D(2025, 1, 10), None, 6, 0)
    assert posisi_odf([PEMICUAN], None) == PosisiOdf(StatusOdf.PEMICUAN, D(2025, 1, 10))


def test_latest_report_without_babs_after_pemicuan_waits_for_verification(
    make_laporan: MakeLaporan,
) -> None:
    assert posisi_odf([PEMICUAN], make_laporan("2025-01", babs=0)) == PosisiOdf(
        StatusOdf.MENUNGGU_VERIFIKASI, D(2025, 1, 10), None, 0, 0)
    # a report from before the pemicuan says nothing about its result
    assert posisi_odf([PEMICUAN], make_laporan("2024-12", babs=0)).status is StatusOdf.PEMICUAN
    assert posisi_odf([PEMICUAN], make_laporan("2025-03", total=0)).status is StatusOdf.PEMICUAN


def test_failed_verification_waits_again_once_a_later_report_shows_no_babs(
    make_laporan: MakeLaporan,
) -> None:
    events = [PEMICUAN, GAGAL]
    assert posisi_odf(events, make_laporan("2025-05", babs=0)) == PosisiOdf(
        StatusOdf.MENUNGGU_VERIFIKASI, D(2025, 4, 10), None, 0, 1)
    assert posisi_odf(events, make_laporan("2025-03", babs=0)) == PosisiOdf(
        StatusOdf.PEMICUAN, D(2025, 4, 10), None, 0, 1)
    assert posisi_odf(events, make_laporan("2025-05", babs=2)).status is StatusOdf.PEMICUAN
    # The report of the failure's own month was written before the team found BABS.
    assert posisi_odf(events, make_laporan("2025-04", babs=0)).status is StatusOdf.PEMICUAN
    # After pemicuan, the report of the same month counts.
    assert posisi_odf([PEMICUAN], make_laporan("2025-01", babs=0)).status is (
        StatusOdf.MENUNGGU_VERIFIKASI)


def test_failed_then_passed_is_verified(make_laporan: MakeLaporan) -> None:
    assert posisi_odf([LULUS, GAGAL, PEMICUAN], make_laporan("2025-06", babs=0)) == PosisiOdf(
        StatusOdf.TERVERIFIKASI, D(2025, 6, 10), None, 0, 1)


def test_passed_then_failed_is_not_verified(make_laporan: MakeLaporan) -> None:
    later_fail = GAGAL.with_changes(tanggal=D(2025, 8, 1))
    posisi = posisi_odf([PEMICUAN, LULUS, later_fail], make_laporan("2025-09", babs=0))
    assert posisi == PosisiOdf(StatusOdf.MENUNGGU_VERIFIKASI, D(2025, 8, 1), None, 0, 1)


def test_declaration_after_a_passed_verification_is_odf(make_laporan: MakeLaporan) -> None:
    events = [DEKLARASI, LULUS, GAGAL, PEMICUAN]
    assert deklarasi_sah(events) == D(2025, 7, 1)
    assert posisi_odf(events, make_laporan("2025-10", babs=2)) == PosisiOdf(
        StatusOdf.ODF, D(2025, 7, 1), D(2025, 7, 1), 2, 1)
    same_day = DEKLARASI.with_changes(tanggal=LULUS.tanggal)
    assert deklarasi_sah([PEMICUAN, LULUS, same_day]) == LULUS.tanggal


def test_declaration_without_a_passed_verification_before_it_does_not_count() -> None:
    assert deklarasi_sah([PEMICUAN, DEKLARASI]) is None
    assert deklarasi_sah([PEMICUAN, GAGAL, DEKLARASI]) is None
    early = DEKLARASI.with_changes(tanggal=D(2025, 6, 1))
    assert deklarasi_sah([PEMICUAN, early, LULUS]) is None
    assert posisi_odf([PEMICUAN, early, LULUS], None).status is StatusOdf.TERVERIFIKASI
    assert posisi_odf([PEMICUAN, DEKLARASI], None).status is StatusOdf.PEMICUAN
    # the first declaration that a passed verification precedes
    assert deklarasi_sah([PEMICUAN, early, LULUS, DEKLARASI]) == D(2025, 7, 1)


# --- validate_path -------------------------------------------------------------------------

def test_complete_path_is_clean(make_laporan: MakeLaporan) -> None:
    reports = [make_laporan("2025-01", babs=30), make_laporan("2025-06", babs=0)]
    assert validate_path([DEKLARASI, LULUS, GAGAL, PEMICUAN], TODAY, reports) == []
    assert validate_path([], TODAY) == []


def test_event_in_the_future_is_an_error() -> None:
    tomorrow = PEMICUAN.with_changes(tanggal=D(2025, 11, 6))
    assert validate_path([tomorrow], TODAY) == [
        Problem.error("tanggal", "future_date", jenis="pemicuan", tanggal="06/11/2025")]
    assert validate_path([PEMICUAN.with_changes(tanggal=TODAY)], TODAY) == []


def test_declaration_needs_a_passed_verification_on_or_before_its_date() -> None:
    expected = [Problem.error("tanggal", "deklarasi_without_verifikasi", **_at(DEKLARASI))]
    assert validate_path([PEMICUAN, DEKLARASI], TODAY) == expected
    assert validate_path([PEMICUAN, GAGAL, DEKLARASI], TODAY) == expected
    after = LULUS.with_changes(tanggal=D(2025, 7, 2))
    assert validate_path([PEMICUAN, after, DEKLARASI], TODAY) == expected
    same_day = LULUS.with_changes(tanggal=DEKLARASI.tanggal)
    assert validate_path([PEMICUAN, same_day, DEKLARASI], TODAY) == []


def test_passed_verification_while_the_latest_report_shows_babs_warns(
    make_laporan: MakeLaporan,
) -> None:
    warning = Problem.warning("hasil", "passed_with_babs", babs=3, **_at(LULUS))
    assert validate_path([LULUS], TODAY, [make_laporan("2025-06", babs=3)]) == [warning]
    assert validate_path([LULUS], TODAY, [make_laporan("2025-05", babs=3),
                                          make_laporan("2025-06", babs=0)]) == []
    # a report of a month that has not begun by the verification does not count
    assert validate_path([LULUS], TODAY, [make_laporan("2025-05", babs=0),
                                          make_laporan("2025-07", babs=3)]) == []
    assert validate_path([LULUS], TODAY, [make_laporan("2025-07", babs=3),
                                          make_laporan("2025-04", babs=3)]) == [warning]
    assert validate_path([GAGAL], TODAY, [make_laporan("2025-04", babs=3)]) == []


def test_verification_needs_a_result() -> None:
    assert validate_path([LULUS.with_changes(hasil=None)], TODAY) == [
        Problem.error("hasil", "required", **_at(LULUS))]


def test_team_members_need_names_and_a_small_team_warns() -> None:
    nameless = LULUS.with_changes(tim=(*TIM[:1], AnggotaTim("  ", "Puskesmas")))
    assert validate_path([nameless], TODAY) == [
        Problem.error("tim", "member_without_name", **_at(LULUS))]
    assert MIN_TIM == 3
    for size in (0, 1, 2):
        assert validate_path([LULUS.with_changes(tim=TIM[:size])], TODAY) == [
            Problem.warning("tim", "team_small", minimum=3, **_at(LULUS))]


@pytest.mark.parametrize("event", [GAGAL, LULUS, DEKLARASI.with_changes(tanggal=LULUS.tanggal)])
def test_missing_ba_number_warns_for_verification_and_declaration(event: OdfEvent) -> None:
    events = [LULUS, event] if event.jenis is JenisOdf.DEKLARASI else [event]
    problems = validate_path([e.with_changes(nomor_ba="") if e is event else e for e in events],
                             TODAY)
    assert problems == [Problem.warning("nomor_ba", "ba_missing", **_at(event))]
    assert validate_path([event.with_changes(nomor_ba=" \t") if e is event else e
                          for e in events], TODAY) == problems
    assert validate_path([PEMICUAN], TODAY) == []


def test_problems_come_event_by_event_in_rule_order(make_laporan: MakeLaporan) -> None:
    bad_verification = OdfEvent(JenisOdf.VERIFIKASI, D(2025, 12, 1), tim=TIM[:2])
    passed = LULUS.with_changes(nomor_ba="")
    declaration = OdfEvent(JenisOdf.DEKLARASI, D(2025, 5, 1))
    problems = validate_path([bad_verification, passed, declaration, PEMICUAN], TODAY,
                             [make_laporan("2025-06", babs=4)])
    assert problems == [
        Problem.error("tanggal", "deklarasi_without_verifikasi", **_at(declaration)),
        Problem.warning("nomor_ba", "ba_missing", **_at(declaration)),
        Problem.warning("hasil", "passed_with_babs", babs=4, **_at(passed)),
        Problem.warning("nomor_ba", "ba_missing", **_at(passed)),
        Problem.error("tanggal", "future_date", **_at(bad_verification)),
        Problem.error("hasil", "required", **_at(bad_verification)),
        Problem.warning("tim", "team_small", minimum=3, **_at(bad_verification)),
        Problem.warning("nomor_ba", "ba_missing", **_at(bad_verification)),
    ]
