"""Tests for the STBM report rules: impossible figures block, surprising ones warn; old scale."""

import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kks_desktop.domain.periode import Periode
from kks_desktop.domain.problems import Problem, errors_in
from kks_desktop.domain.sanitasi import (
    BABS_RUNGS,
    ODF_RUNGS,
    Konteks,
    LaporanSanitasi,
    Pemeriksaan,
    Pilar,
    Rung,
    TanggaLama,
    share,
    three_pillar_bounds,
    validate_laporan,
)
from kks_desktop.domain.tangga_lama import PEMETAAN, tangga_dari_lama

MakeLaporan = Callable[..., LaporanSanitasi]
TODAY = dt.date(2025, 11, 5)
CTX = Konteks(today=TODAY)
PILAR4 = (150, 180, 120, 100)  # sum 550 on 200 KK: between 75 and 183 KK practise >= 3


# --- the report itself ---------------------------------------------------------------------

def test_factory_report_is_clean_and_derives_its_figures(make_laporan: MakeLaporan) -> None:
    lap = make_laporan("2025-10", total=200, babs=10, pilar=PILAR4)
    assert validate_laporan(lap, CTX) == []
    assert (lap.ladder_sum, lap.akses, lap.babs) == (200, 190, 10)
    assert lap.persen_akses == 95.0
    assert lap.persen_pilar(Pilar.PSRT) == 60.0
    assert lap.pilar_lengkap
    bare = make_laporan()
    assert not bare.pilar_lengkap
    assert bare.persen_pilar(Pilar.CTPS) is None
    assert bare.rung(Rung.BABS_TERBUKA) == 0
    assert make_laporan(total=0).persen_akses is None
    assert (share(1, 0), share(0, -1), share(1, 4)) == (None, None, 25.0)
    assert tuple(Rung) == ODF_RUNGS + BABS_RUNGS


def test_negative_counts_are_errors_in_field_order_and_stop_other_checks(
    make_laporan: MakeLaporan,
) -> None:
    lap = make_laporan(pilar=(-1, 10, 10, -2), kk_tiga_pilar=-3, total_kk=-5)
    lap = lap.with_changes(tangga={**lap.tangga, Rung.SHARING: -4})
    assert validate_laporan(lap, CTX) == [
        Problem.error("total_kk", "negative"), Problem.error("kk_tiga_pilar", "negative"),
        Problem.error("sharing", "negative"), Problem.error("ctps", "negative"),
        Problem.error("plcrt", "negative"),
    ]
    future = make_laporan("2030-01").with_changes(total_kk=-1)
    assert validate_laporan(future, CTX) == [Problem.error("total_kk", "negative")]


def test_negative_old_scale_count_is_an_error(make_laporan: MakeLaporan) -> None:
    lap = make_laporan(total=200, lama=TanggaLama(jsp=210, jssp=-10, sharing=0, od=0))
    assert validate_laporan(lap, CTX) == [Problem.error("lama", "negative")]


def test_future_period_is_an_error_but_the_current_month_is_not(make_laporan: MakeLaporan) -> None:
    assert validate_laporan(make_laporan("2025-12"), CTX) == [
        Problem.error("periode", "future_period")
    ]
    assert validate_laporan(make_laporan("2025-11"), Konteks(today=dt.date(2025, 11, 1))) == []
    assert validate_laporan(make_laporan("2025-11"), Konteks(today=dt.date(2025, 10, 31))) == [
        Problem.error("periode", "future_period")
    ]


def test_ladder_that_does_not_add_up_to_total_kk_is_an_error(make_laporan: MakeLaporan) -> None:
    lap = make_laporan(total=200)
    assert validate_laporan(lap.with_changes(total_kk=205), CTX) == [
        Problem.error("total_kk", "ladder_sum_mismatch", jumlah=200, total=205)
    ]
    lap = lap.with_changes(tangga={**lap.tangga, Rung.BABS_TERBUKA: 3})
    assert validate_laporan(lap, CTX) == [
        Problem.error("total_kk", "ladder_sum_mismatch", jumlah=203, total=200)
    ]


def test_pillar_above_total_kk_is_an_error_equal_is_not(make_laporan: MakeLaporan) -> None:
    assert validate_laporan(make_laporan(pilar=(200, 201, 0, 250)), CTX) == [
        Problem.error("pamm", "above_total_kk", total=200),
        Problem.error("plcrt", "above_total_kk", total=200),
    ]
    assert validate_laporan(make_laporan(pilar=(200, 200, 200, 200), kk_tiga_pilar=200), CTX) == []


def test_three_pillar_count_above_total_kk(make_laporan: MakeLaporan) -> None:
    assert validate_laporan(make_laporan(kk_tiga_pilar=201), CTX) == [
        Problem.error("kk_tiga_pilar", "above_total_kk", total=200)
    ]
    assert validate_laporan(make_laporan(pilar=PILAR4, kk_tiga_pilar=201), CTX) == [
        Problem.error("kk_tiga_pilar", "above_total_kk", total=200)
    ]


@pytest.mark.parametrize(("count", "ok"), [(74, False), (75, True), (120, True), (183, True),
                                           (184, False), (0, False)])
def test_three_pillar_count_must_fit_the_pillar_counts(
    make_laporan: MakeLaporan, count: int, ok: bool
) -> None:
    problems = validate_laporan(make_laporan(pilar=PILAR4, kk_tiga_pilar=count), CTX)
    expected = [] if ok else [
        Problem.error("kk_tiga_pilar", "three_pillar_impossible", low=75, high=183)
    ]
    assert problems == expected


def test_three_pillar_count_without_every_pillar_only_checks_the_total(
    make_laporan: MakeLaporan,
) -> None:
    lap = make_laporan(kk_tiga_pilar=5).with_changes(pilar={Pilar.CTPS: 200, Pilar.PAMM: 200,
                                                            Pilar.PSRT: 200, Pilar.PLCRT: None})
    assert three_pillar_bounds(lap) is None
    assert validate_laporan(lap, CTX) == []


def test_old_scale_total_must_equal_total_kk(make_laporan: MakeLaporan) -> None:
    good = make_laporan(total=200, lama=TanggaLama(100, 50, 30, 20))
    assert validate_laporan(good, CTX) == []
    bad = make_laporan(total=200, lama=TanggaLama(100, 50, 30, 19))
    assert validate_laporan(bad, CTX) == [
        Problem.error("lama", "ladder_sum_mismatch", jumlah=199, total=200)
    ]


def test_errors_come_in_rule_order(make_laporan: MakeLaporan) -> None:
    lap = make_laporan("2026-01", pilar=(300, 0, 0, 0), kk_tiga_pilar=150,
                       lama=TanggaLama(1, 1, 1, 1))
    lap = lap.with_changes(total_kk=210)
    assert validate_laporan(lap, CTX) == [
        Problem.error("periode", "future_period"),
        Problem.error("total_kk", "ladder_sum_mismatch", jumlah=200, total=210),
        Problem.error("ctps", "above_total_kk", total=210),
        Problem.error("kk_tiga_pilar", "three_pillar_impossible", low=0, high=100),
        Problem.error("lama", "ladder_sum_mismatch", jumlah=4, total=210),
    ]


# --- three_pillar_bounds -------------------------------------------------------------------

@pytest.mark.parametrize(("pilar", "bounds"), [
    ((100, 100, 100, 100), (100, 100)), ((0, 0, 0, 0), (0, 0)), ((100, 100, 0, 0), (0, 66)),
    ((100, 100, 100, 0), (50, 100)), ((90, 90, 90, 90), (80, 100)),
])
def test_three_pillar_bounds_examples(
    make_laporan: MakeLaporan, pilar: tuple[int, int, int, int], bounds: tuple[int, int]
) -> None:
    assert three_pillar_bounds(make_laporan(total=100, pilar=pilar)) == bounds


households = st.lists(st.tuples(st.booleans(), st.booleans(), st.booleans(), st.booleans()),
                      max_size=60)


@given(households)
def test_three_pillar_bounds_contain_the_true_count(homes: list[tuple[bool, ...]]) -> None:
    counts = [sum(home[i] for home in homes) for i in range(4)]
    true = sum(sum(home) >= 3 for home in homes)
    lap = LaporanSanitasi(periode=Periode(2025, 10), total_kk=len(homes),
                          tangga={Rung.LAYAK: len(homes)},
                          pilar=dict(zip(Pilar, counts, strict=True)), kk_tiga_pilar=true)
    bounds = three_pillar_bounds(lap)
    assert bounds is not None
    low, high = bounds
    assert 0 <= low <= true <= high <= len(homes)
    assert validate_laporan(lap, CTX) == []


# --- warnings ------------------------------------------------------------------------------

@pytest.mark.parametrize(("registered", "warns"), [
    (160, True), (167, False), (250, False), (251, True), (200, False), (0, False), (None, False),
])
def test_total_far_from_registered_kk_warns(
    make_laporan: MakeLaporan, registered: int | None, warns: bool
) -> None:
    problems = validate_laporan(make_laporan(total=200), Konteks(TODAY, kk_terdaftar=registered))
    expected = [Problem.warning("total_kk", "far_from_registered", terdaftar=registered,
                                persen=20)] if warns else []
    assert problems == expected
    assert errors_in(problems) == []


def test_thresholds_come_from_pemeriksaan(make_laporan: MakeLaporan) -> None:
    strict = Pemeriksaan(selisih_kk_terdaftar=0.01, lonjakan_antar_periode=0.01)
    prev = make_laporan("2025-09", total=195)
    problems = validate_laporan(make_laporan(total=200), Konteks(TODAY, 197, prev), strict)
    assert [(p.field, p.code, p.param("persen")) for p in problems] == [
        ("total_kk", "far_from_registered", 1), ("total_kk", "jump_from_previous", 1),
        ("akses", "jump_from_previous", 1),
    ]
    assert validate_laporan(make_laporan(total=200), Konteks(TODAY, 197, prev)) == []


def test_jump_from_previous_warns_per_figure(make_laporan: MakeLaporan) -> None:
    prev = make_laporan("2025-09", total=200, pilar=(100, 100, 100, 100))
    lap = make_laporan("2025-10", total=200, pilar=(151, 150, 49, 100)).with_changes(
        pilar={Pilar.CTPS: 151, Pilar.PAMM: 150, Pilar.PSRT: 49, Pilar.PLCRT: None})
    assert validate_laporan(lap, Konteks(TODAY, sebelumnya=prev)) == [
        Problem.warning("ctps", "jump_from_previous", sebelumnya=100, sekarang=151,
                        periode="September 2025", persen=25),
        Problem.warning("psrt", "jump_from_previous", sebelumnya=100, sekarang=49,
                        periode="September 2025", persen=25),
    ]


def test_jump_in_total_and_access(make_laporan: MakeLaporan) -> None:
    prev = make_laporan("2025-08", total=200, babs=60)
    lap = make_laporan("2025-10", total=260, babs=0)
    assert validate_laporan(lap, Konteks(TODAY, sebelumnya=prev)) == [
        Problem.warning("total_kk", "jump_from_previous", sebelumnya=200, sekarang=260,
                        periode="Agustus 2025", persen=25),
        Problem.warning("akses", "jump_from_previous", sebelumnya=140, sekarang=260,
                        periode="Agustus 2025", persen=25),
    ]
    small = make_laporan("2025-10", total=250, babs=0)
    assert [p.field for p in validate_laporan(small, Konteks(TODAY, sebelumnya=prev))] == [
        "akses"
    ]


def test_no_jump_check_against_an_empty_previous_report(make_laporan: MakeLaporan) -> None:
    prev = make_laporan("2025-09", total=0)
    assert validate_laporan(make_laporan(total=500), Konteks(TODAY, sebelumnya=prev)) == []


DECLARED = dt.date(2025, 6, 15)


def _babs_warning(babs: int) -> Problem:
    return Problem.warning("babs", "babs_after_odf", babs=babs, tanggal="15/06/2025")


def test_babs_in_or_after_the_month_of_declaration_warns(make_laporan: MakeLaporan) -> None:
    ctx = Konteks(TODAY, deklarasi_odf=DECLARED)
    assert validate_laporan(make_laporan("2025-05", babs=5), ctx) == []
    assert validate_laporan(make_laporan("2025-06", babs=5), ctx) == [_babs_warning(5)]
    assert validate_laporan(make_laporan("2025-09", babs=2), ctx) == [_babs_warning(2)]
    assert validate_laporan(make_laporan("2025-09", babs=0), ctx) == []


def test_babs_after_odf_compares_with_a_previous_report_after_the_declaration(
    make_laporan: MakeLaporan,
) -> None:
    after = make_laporan("2025-06", babs=5)
    ctx = Konteks(TODAY, sebelumnya=after, deklarasi_odf=DECLARED)
    assert validate_laporan(make_laporan("2025-07", babs=5), ctx) == []
    assert validate_laporan(make_laporan("2025-07", babs=4), ctx) == []
    assert validate_laporan(make_laporan("2025-07", babs=6), ctx) == [_babs_warning(6)]
    before = make_laporan("2025-05", babs=10)
    ctx = Konteks(TODAY, sebelumnya=before, deklarasi_odf=DECLARED)
    assert validate_laporan(make_laporan("2025-07", babs=3), ctx) == [_babs_warning(3)]


# --- the older scale -----------------------------------------------------------------------

def test_old_scale_mapping() -> None:
    assert PEMETAAN == {"jsp": Rung.LAYAK, "jssp": Rung.BELUM_LAYAK, "sharing": Rung.SHARING,
                        "od": Rung.BABS_TERBUKA}
    assert tangga_dari_lama(TanggaLama(jsp=120, jssp=40, sharing=25, od=15)) == {
        Rung.AMAN: 0, Rung.LAYAK: 120, Rung.SHARING: 25, Rung.BELUM_LAYAK: 40,
        Rung.BABS_TERTUTUP: 0, Rung.BABS_TERBUKA: 15,
    }
    assert list(tangga_dari_lama(TanggaLama(1, 2, 3, 4))) == list(Rung)


counts = st.integers(0, 100_000)


@given(st.builds(TanggaLama, counts, counts, counts, counts))
def test_old_scale_keeps_access_and_babs_totals(lama: TanggaLama) -> None:
    lap = LaporanSanitasi(periode=Periode(2025, 10), total_kk=lama.total,
                          tangga=tangga_dari_lama(lama), lama=lama)
    assert lap.akses == lama.jsp + lama.jssp + lama.sharing
    assert lap.babs == lama.od
    assert lap.ladder_sum == lama.total
    assert validate_laporan(lap, CTX) == []
