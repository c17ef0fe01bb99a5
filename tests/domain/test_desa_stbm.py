"""Tests for the Desa STBM verdict under both rule kinds, and the rule file's validation."""

from collections.abc import Callable
from typing import Any

import pytest

from kks_desktop.domain.desa_stbm import (
    AturanDesaStbm,
    Cara,
    PenilaianStbm,
    StatusStbm,
    nilai_desa_stbm,
    parse_aturan,
)
from kks_desktop.domain.errors import ReferenceDataInvalid
from kks_desktop.domain.sanitasi import LaporanSanitasi, Pilar

MakeLaporan = Callable[..., LaporanSanitasi]
TIGA = AturanDesaStbm("rpjmn", "RPJMN", "≥75% KK tiga pilar", Cara.TIGA_PILAR, 1.0, 0.75)
SETIAP = AturanDesaStbm("kemenkes", "Kemenkes", "setiap pilar ≥50%", Cara.SETIAP_PILAR, 1.0, 0.5)
BOTH = [TIGA, SETIAP]


@pytest.mark.parametrize("aturan", BOTH)
def test_no_report_or_an_empty_one_cannot_be_judged(
    make_laporan: MakeLaporan, aturan: AturanDesaStbm
) -> None:
    assert nilai_desa_stbm(aturan, None) == PenilaianStbm(StatusStbm.TIDAK_DIKETAHUI, "no_report")
    assert nilai_desa_stbm(aturan, make_laporan(total=0)) == PenilaianStbm(
        StatusStbm.TIDAK_DIKETAHUI, "no_report")


@pytest.mark.parametrize("aturan", BOTH)
def test_any_babs_fails_a_full_sbs_rule_before_the_pillars(
    make_laporan: MakeLaporan, aturan: AturanDesaStbm
) -> None:
    lap = make_laporan(total=200, babs=1, pilar=(200, 200, 200, 200), kk_tiga_pilar=200)
    assert nilai_desa_stbm(aturan, lap) == PenilaianStbm(StatusStbm.BELUM, "sbs_below",
                                                          (("babs", 1),))


def test_sbs_share_is_the_rule_minimum(make_laporan: MakeLaporan) -> None:
    loose = AturanDesaStbm("x", "X", "-", Cara.SETIAP_PILAR, 0.9, 0.5)
    assert nilai_desa_stbm(loose, make_laporan(total=200, babs=20, pilar=(100,) * 4)) == (
        PenilaianStbm(StatusStbm.DESA_STBM, "met"))
    assert nilai_desa_stbm(loose, make_laporan(total=200, babs=21, pilar=(100,) * 4)) == (
        PenilaianStbm(StatusStbm.BELUM, "sbs_below", (("babs", 21),)))


@pytest.mark.parametrize("aturan", BOTH)
def test_missing_pillar_cannot_be_judged(make_laporan: MakeLaporan, aturan: AturanDesaStbm) -> None:
    lap = make_laporan(total=200, pilar=(200, 200, 200, 200))
    lap = lap.with_changes(pilar={**lap.pilar, Pilar.PLCRT: None})
    assert nilai_desa_stbm(aturan, lap) == PenilaianStbm(StatusStbm.TIDAK_DIKETAHUI,
                                                          "pillars_missing")


def test_three_pillar_count_judges_even_when_a_pillar_is_missing(
        make_laporan: MakeLaporan) -> None:
    lap = make_laporan(total=200, pilar=(200, 200, 200, 200), kk_tiga_pilar=160)
    lap = lap.with_changes(pilar={**lap.pilar, Pilar.PLCRT: None})
    assert nilai_desa_stbm(TIGA, lap) == PenilaianStbm(StatusStbm.DESA_STBM, "met",
                                                        (("kk", 160),))
    assert nilai_desa_stbm(SETIAP, lap).alasan == "pillars_missing"


@pytest.mark.parametrize(("pilar", "expected"), [
    ((100, 100, 100, 100), PenilaianStbm(StatusStbm.DESA_STBM, "met")),
    ((100, 100, 99, 100), PenilaianStbm(StatusStbm.BELUM, "pillar_below", (("pilar", ("psrt",)),))),
    ((99, 200, 0, 100), PenilaianStbm(StatusStbm.BELUM, "pillar_below",
                                      (("pilar", ("ctps", "psrt")),))),
])
def test_each_pillar_rule(make_laporan: MakeLaporan, pilar: tuple[int, int, int, int],
                          expected: PenilaianStbm) -> None:
    assert nilai_desa_stbm(SETIAP, make_laporan(total=200, pilar=pilar, kk_tiga_pilar=0)) == expected


def test_each_pillar_rule_rounds_up_on_odd_totals(make_laporan: MakeLaporan) -> None:
    assert nilai_desa_stbm(SETIAP, make_laporan(total=201, pilar=(100, 101, 101, 101))).alasan == (
        "pillar_below")
    assert nilai_desa_stbm(SETIAP, make_laporan(total=201, pilar=(101,) * 4)).alasan == "met"


@pytest.mark.parametrize(("kk", "expected"), [
    (150, PenilaianStbm(StatusStbm.DESA_STBM, "met", (("kk", 150),))),
    (149, PenilaianStbm(StatusStbm.BELUM, "three_pillar_below", (("kk", 149),))),
])
def test_three_pillar_rule_with_the_count_given(
    make_laporan: MakeLaporan, kk: int, expected: PenilaianStbm
) -> None:
    lap = make_laporan(total=200, pilar=(150, 150, 150, 150), kk_tiga_pilar=kk)
    assert nilai_desa_stbm(TIGA, lap) == expected


@pytest.mark.parametrize(("pilar", "expected"), [
    ((200, 200, 200, 100), PenilaianStbm(StatusStbm.DESA_STBM, "met_by_bound", (("kk", 150),))),
    ((149, 150, 150, 0), PenilaianStbm(StatusStbm.BELUM, "three_pillar_below_bound",
                                       (("kk", 149),))),
    ((150, 150, 150, 0), PenilaianStbm(StatusStbm.TIDAK_DIKETAHUI, "three_pillar_unknown",
                                       (("low", 25), ("high", 150)))),
])
def test_three_pillar_rule_from_the_bounds(
    make_laporan: MakeLaporan, pilar: tuple[int, int, int, int], expected: PenilaianStbm
) -> None:
    assert nilai_desa_stbm(TIGA, make_laporan(total=200, pilar=pilar)) == expected


def test_the_same_report_differs_by_rule(make_laporan: MakeLaporan) -> None:
    lap = make_laporan(total=200, pilar=(200, 200, 60, 60), kk_tiga_pilar=120)
    assert nilai_desa_stbm(TIGA, lap).status is StatusStbm.BELUM
    assert nilai_desa_stbm(SETIAP, lap).status is StatusStbm.BELUM
    lap = make_laporan(total=200, pilar=(100, 100, 100, 100), kk_tiga_pilar=100)
    assert nilai_desa_stbm(TIGA, lap).status is StatusStbm.BELUM
    assert nilai_desa_stbm(SETIAP, lap).status is StatusStbm.DESA_STBM


# --- parse_aturan --------------------------------------------------------------------------

def _entry(**changes: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": "rpjmn", "nama": "RPJMN", "keterangan": "Indikator",
                             "cara": "kk_tiga_pilar", "min_sbs": 1, "min_kk": 0.75}
    entry.update(changes)
    return {k: v for k, v in entry.items() if v is not None}


def test_parse_reads_both_kinds_in_order() -> None:
    rules = parse_aturan([_entry(), _entry(id="kemenkes", cara="setiap_pilar", min_kk=0.5)], "f.json")
    assert rules == (
        AturanDesaStbm("rpjmn", "RPJMN", "Indikator", Cara.TIGA_PILAR, 1.0, 0.75),
        AturanDesaStbm("kemenkes", "RPJMN", "Indikator", Cara.SETIAP_PILAR, 1.0, 0.5),
    )
    assert isinstance(rules[0].min_sbs, float)


@pytest.mark.parametrize("data", [None, [], {}, "aturan"])
def test_parse_refuses_a_missing_list(data: object) -> None:
    with pytest.raises(ReferenceDataInvalid) as info:
        parse_aturan(data, "f.json")
    assert (info.value.file, info.value.entry, info.value.reason) == (
        "f.json", "aturan_desa_stbm", "missing")


@pytest.mark.parametrize(("entry", "where"), [
    (_entry(cara="semua_pilar"), "rpjmn"),
    (_entry(min_sbs=1.5), "rpjmn"),
    (_entry(min_kk=-0.1), "rpjmn"),
    (_entry(min_kk=True), "rpjmn"),
    (_entry(min_kk="0.75"), "rpjmn"),
    (_entry(nama=""), "rpjmn"),
    (_entry(keterangan=3), "rpjmn"),
    (_entry(min_kk=None), "rpjmn"),
    (_entry(id=None), "aturan_desa_stbm[2]"),
    ("rpjmn", "2"),
])
def test_parse_refuses_a_bad_entry_naming_it(entry: object, where: str) -> None:
    with pytest.raises(ReferenceDataInvalid) as info:
        parse_aturan([_entry(id="ok"), entry], "f.json")
    assert info.value.file == "f.json"
    assert info.value.entry == where
    assert info.value.reason.startswith("bad_entry")


def test_parse_refuses_a_duplicate_id() -> None:
    with pytest.raises(ReferenceDataInvalid) as info:
        parse_aturan([_entry(), _entry(nama="Lain")], "f.json")
    assert (info.value.entry, info.value.reason) == ("rpjmn", "duplicate_id")
