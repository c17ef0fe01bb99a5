"""Tests for the sanitation summary: standing per desa, totals per kecamatan, award gates, rule switch."""

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

import pytest

from kks_desktop.domain.award import Siklus, Tingkat
from kks_desktop.domain.desa import Desa
from kks_desktop.domain.desa_stbm import StatusStbm
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.odf import AnggotaTim, Hasil, JenisOdf, OdfEvent, StatusOdf
from kks_desktop.domain.sanitasi import LaporanSanitasi, Pilar
from kks_desktop.domain.scope import Scope, ScopeLevel
from kks_desktop.services import pengaturan
from kks_desktop.services.sanitasi_summary import Rekap, ringkasan
from kks_desktop.services.workspace import Workspace

K = KodeWilayah.parse
D = dt.date
MakeDesa = Callable[..., Desa]
MakeLaporan = Callable[..., LaporanSanitasi]
TIM = (AnggotaTim("Retno"), AnggotaTim("Sugiyanto"), AnggotaTim("Hartono"))
PEMICUAN = OdfEvent(JenisOdf.PEMICUAN, D(2025, 1, 10))
LULUS = OdfEvent(JenisOdf.VERIFIKASI, D(2025, 6, 10), tim=TIM, hasil=Hasil.LULUS, nomor_ba="BA/1")
DEKLARASI = OdfEvent(JenisOdf.DEKLARASI, D(2025, 7, 1), nomor_ba="BA/2")


@pytest.fixture
def five(ws: Workspace, make_desa: MakeDesa, make_laporan: MakeLaporan) -> Workspace:
    """Five desa in two kecamatan: 2 ODF, 1 verified, 1 triggered, 1 not started."""
    plan = [
        ("33.25.01.2001", [PEMICUAN, LULUS, DEKLARASI],
         make_laporan(total=200, pilar=(200, 200, 200, 100), kk_tiga_pilar=160)),
        ("33.25.01.2002", [PEMICUAN, LULUS],
         make_laporan(total=100, pilar=(100, 100, 40, 40), kk_tiga_pilar=80)),
        ("33.25.01.2003", [PEMICUAN], make_laporan(total=150, babs=10)),
        ("33.25.02.2001", [LULUS, DEKLARASI], make_laporan(total=300)),
        ("33.25.02.2002", [], None),
    ]
    for kode, events, report in plan:
        desa = make_desa(ws, kode)
        for event in events:
            ws.odf.put_event(desa.kode, event)
        if report is not None:
            ws.laporan.put_report(desa.kode, make_laporan("2025-09", total=report.total_kk))
            ws.laporan.put_report(desa.kode, report)
    return ws


def _figures(rekap: Rekap) -> tuple[object, ...]:
    return (rekap.kode, rekap.nama, rekap.desa, rekap.per_status, rekap.desa_dengan_laporan,
            rekap.desa_stbm, rekap.total_kk, rekap.kk_akses, rekap.kk_babs, rekap.kk_pilar,
            rekap.kk_pilar_dasar)


def test_each_desa_has_its_standing_in_kode_order(five: Workspace) -> None:
    summary = ringkasan(five)
    assert [(str(r.desa.kode), r.posisi.status, r.stbm.status, r.stbm.alasan, r.odf)
            for r in summary.desa] == [
        ("33.25.01.2001", StatusOdf.ODF, StatusStbm.DESA_STBM, "met", True),
        ("33.25.01.2002", StatusOdf.TERVERIFIKASI, StatusStbm.DESA_STBM, "met", False),
        ("33.25.01.2003", StatusOdf.PEMICUAN, StatusStbm.BELUM, "sbs_below", False),
        ("33.25.02.2001", StatusOdf.ODF, StatusStbm.TIDAK_DIKETAHUI, "pillars_missing", True),
        ("33.25.02.2002", StatusOdf.BELUM, StatusStbm.TIDAK_DIKETAHUI, "no_report", False),
    ]
    assert [str(r.terakhir.periode) if r.terakhir else None for r in summary.desa] == [
        "2025-10", "2025-10", "2025-10", "2025-10", None]
    assert summary.desa[2].kecamatan_kode == "33.25.01"


def test_totals_per_kecamatan_and_for_the_whole_scope(five: Workspace) -> None:
    summary = ringkasan(five)
    assert [_figures(r) for r in summary.kecamatan] == [
        ("33.25.01", "Wonotunggal", 3,
         {StatusOdf.ODF: 1, StatusOdf.TERVERIFIKASI: 1, StatusOdf.PEMICUAN: 1}, 3, 2, 450, 440, 10,
         {Pilar.CTPS: 300, Pilar.PAMM: 300, Pilar.PSRT: 240, Pilar.PLCRT: 140}, 300),
        ("33.25.02", "Bandar", 2, {StatusOdf.ODF: 1, StatusOdf.BELUM: 1}, 1, 0, 300, 300, 0,
         dict.fromkeys(Pilar, 0), 0),
    ]
    total = summary.total
    assert _figures(total)[:9] == (
        "", "Semua desa", 5, {StatusOdf.ODF: 2, StatusOdf.TERVERIFIKASI: 1,
                              StatusOdf.PEMICUAN: 1, StatusOdf.BELUM: 1}, 4, 2, 750, 740, 10)
    assert total.desa_odf == 2
    assert total.persen_desa_odf == 40.0
    assert total.persen_kk_akses == pytest.approx(740 / 7.5)
    wonotunggal, bandar = summary.kecamatan
    assert wonotunggal.persen_pilar(Pilar.PSRT) == 80.0
    assert wonotunggal.persen_pilar(Pilar.PLCRT) == pytest.approx(140 / 3)
    assert bandar.persen_pilar(Pilar.CTPS) is None
    assert bandar.persen_desa_odf == 50.0


def test_award_gates_and_desa_still_needed(five: Workspace) -> None:
    summary = ringkasan(five)
    padapa, wiwerda, wistara = summary.siklus.tingkat
    assert summary.siklus.tahun == 2025
    assert summary.tingkat_terbuka == ()
    assert summary.tingkat_berikutnya == padapa
    assert [summary.desa_lagi(t) for t in (padapa, wiwerda, wistara)] == [2, 3, 3]
    pengaturan.set_siklus(five, 2021)
    older = ringkasan(five)
    assert [older.desa_lagi(t) for t in older.siklus.tingkat] == [1, 2, 3]


def test_gates_open_as_desa_become_odf(five: Workspace) -> None:
    for kode in ("33.25.01.2002", "33.25.01.2003"):
        five.odf.put_event(K(kode), LULUS)
        five.odf.put_event(K(kode), DEKLARASI)
    summary = ringkasan(five)
    assert summary.total.desa_odf == 4
    padapa, wiwerda, wistara = summary.siklus.tingkat
    assert summary.tingkat_terbuka == (padapa,)  # 4 of 5 = 80% exactly
    assert summary.tingkat_berikutnya == wiwerda
    assert [summary.desa_lagi(t) for t in (padapa, wiwerda, wistara)] == [0, 1, 1]
    five.odf.put_event(K("33.25.02.2002"), LULUS)
    five.odf.put_event(K("33.25.02.2002"), DEKLARASI)
    summary = ringkasan(five)
    assert summary.tingkat_terbuka == (padapa, wiwerda, wistara)
    assert summary.tingkat_berikutnya is None
    assert summary.desa_lagi(wistara) == 0


def test_switching_the_desa_stbm_rule_changes_the_count(five: Workspace) -> None:
    assert ringkasan(five).total.desa_stbm == 2
    assert ringkasan(five).aturan.id == "rpjmn_tiga_pilar"
    pengaturan.set_aturan_stbm(five, "kemenkes_setiap_pilar")
    summary = ringkasan(five)
    assert summary.aturan.id == "kemenkes_setiap_pilar"
    assert summary.total.desa_stbm == 1
    assert [(r.stbm.status, r.stbm.alasan) for r in summary.desa[:2]] == [
        (StatusStbm.DESA_STBM, "met"), (StatusStbm.BELUM, "pillar_below")]
    assert summary.desa[1].stbm.params == (("pilar", ("psrt", "plcrt")),)


def test_scope_limits_the_summary(five: Workspace) -> None:
    five.set_scope(Scope(ScopeLevel.KECAMATAN, K("33.25.02"), "Bandar"))
    summary = ringkasan(five)
    assert [str(r.desa.kode) for r in summary.desa] == ["33.25.02.2001", "33.25.02.2002"]
    assert [r.kode for r in summary.kecamatan] == ["33.25.02"]
    assert (summary.total.kode, summary.total.nama, summary.total.desa) == ("33.25.02", "Bandar", 2)
    assert summary.total.persen_desa_odf == 50.0


def test_empty_workspace(ws: Workspace) -> None:
    summary = ringkasan(ws)
    assert summary.desa == [] and summary.kecamatan == []
    assert (summary.total.desa, summary.total.persen_desa_odf, summary.total.persen_kk_akses) == (
        0, None, None)
    assert summary.tingkat_terbuka == ()
    assert summary.tingkat_berikutnya == summary.siklus.tingkat[0]
    assert summary.desa_lagi(summary.siklus.tingkat[0]) == 0


def test_desa_still_needed_is_not_thrown_off_by_floating_point(five: Workspace) -> None:
    summary = ringkasan(five)
    gate = Tingkat("uji", "Uji", 0.56)
    assert gate.min_odf * 25 > 14  # 14.000000000000002
    odd = replace(summary, total=replace(summary.total, desa=25, per_status={StatusOdf.ODF: 14}),
                  siklus=Siklus(2025, (gate,)))
    assert odd.desa_lagi(gate) == 0
    assert odd.tingkat_terbuka == (gate,)
    fewer = replace(odd, total=replace(odd.total, per_status={StatusOdf.ODF: 12}))
    assert fewer.desa_lagi(gate) == 2
    assert fewer.desa_lagi(summary.siklus.tingkat[1]) == 11  # 22.5 rounds up to 23
