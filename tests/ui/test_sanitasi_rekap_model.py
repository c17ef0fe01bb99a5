"""Sanitation summary models: per-kecamatan rows with JUMLAH kept last, per-desa rows, sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from kks_desktop.domain.award import Siklus, Tingkat
from kks_desktop.domain.desa import Desa, Wilayah
from kks_desktop.domain.desa_stbm import PenilaianStbm, StatusStbm
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.odf import PosisiOdf, StatusOdf
from kks_desktop.services.reference import aturan_sanitasi
from kks_desktop.services.sanitasi_summary import DesaSanitasi, Rekap, RingkasanSanitasi
from kks_desktop.ui.cell_table_model import RECORD_ROLE, TOTAL_ROLE
from kks_desktop.ui.sanitasi_rekap_model import (
    BELUM_DEKLARASI,
    COL_AKSES,
    COL_BABS,
    COL_DESA,
    COL_K_DESA,
    COL_K_NAMA,
    COL_K_PERSEN,
    COL_KODE,
    COL_LAPORAN,
    COL_SEJAK,
    COL_STATUS,
    COL_STBM,
    DesaSanitasiModel,
    DesaSanitasiProxy,
    KecamatanRekapModel,
    TotalLastProxy,
    award_sentence,
    gate_line,
    headline,
)

D = Qt.ItemDataRole.DisplayRole
S = Siklus(2025, (Tingkat("padapa", "Padapa", 0.8), Tingkat("wiwerda", "Wiwerda", 0.9),
                  Tingkat("wistara", "Wistara", 1.0)))


def _rekap(kode, nama, odf, belum, akses=None):
    per = {StatusOdf.ODF: odf, StatusOdf.BELUM: belum}
    total_kk = 1000 if akses is not None else 0
    return Rekap(kode=kode, nama=nama, desa=odf + belum, per_status=per, desa_dengan_laporan=odf,
                 desa_stbm=odf // 2, total_kk=total_kk, kk_akses=akses or 0, kk_babs=0)


KEC = [_rekap("33.25.01", "Wonotunggal", 12, 3, 990), _rekap("33.25.05", "Bawang", 12, 8, 1000),
       _rekap("33.25.02", "Bandar", 14, 3, 875)]
TOTAL = _rekap("33.25", "Kabupaten Batang", 38, 14, 955)


def _sorted_names(proxy):
    return [proxy.index(r, COL_K_NAMA).data(D) for r in range(proxy.rowCount())]


def test_kecamatan_model_checks_and_shows_a_jumlah_row(qtmodeltester):
    model = KecamatanRekapModel()
    qtmodeltester.check(model)
    model.set_rows(KEC, TOTAL)
    qtmodeltester.check(model)
    assert [model.index(r, COL_K_NAMA).data(D) for r in range(4)] == [
        "Wonotunggal", "Bawang", "Bandar", "JUMLAH"]
    assert [model.index(r, COL_K_PERSEN).data(D) for r in range(4)] == [
        "80%", "60%", "82,4%", "73,1%"]
    assert model.index(1, COL_K_DESA).data(D) == "20"
    assert [model.index(r, 0).data(TOTAL_ROLE) for r in range(4)] == [False, False, False, True]
    assert model.index(3, 0).data(RECORD_ROLE) is TOTAL
    assert model.index(3, 0).data(Qt.ItemDataRole.FontRole).bold()


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_sorting_by_percent_is_numeric_and_keeps_jumlah_last(qtmodeltester, order):
    model = KecamatanRekapModel()
    model.set_rows(KEC, TOTAL)
    proxy = TotalLastProxy()
    proxy.setSourceModel(model)
    proxy.sort(COL_K_PERSEN, order)
    expected = ["Bawang", "Wonotunggal", "Bandar"]
    if order == Qt.SortOrder.DescendingOrder:
        expected.reverse()
    assert _sorted_names(proxy) == [*expected, "JUMLAH"]
    proxy.sort(COL_K_NAMA, order)
    names = sorted(["Bandar", "Bawang", "Wonotunggal"], reverse=order == Qt.SortOrder.DescendingOrder)
    assert _sorted_names(proxy) == [*names, "JUMLAH"]
    qtmodeltester.check(proxy)


def _desa(kode, nama, kecamatan):
    w = Wilayah(KodeWilayah.parse(kode), nama, kecamatan, "Kabupaten Batang", "Jawa Tengah")
    return Desa(wilayah=w, jumlah_kk=500)


@pytest.fixture
def rows(make_laporan):
    odf = PenilaianStbm(StatusStbm.DESA_STBM, "met", (("kk", 180),))
    below = PenilaianStbm(StatusStbm.BELUM, "sbs_below", (("babs", 12),))
    none = PenilaianStbm(StatusStbm.TIDAK_DIKETAHUI, "no_report")
    return [
        DesaSanitasi(_desa("33.25.01.2001", "Silurah", "Wonotunggal"),
                     PosisiOdf(StatusOdf.ODF, dt.date(2025, 2, 6), dt.date(2025, 2, 6), 0),
                     make_laporan("2025-10", total=200), odf),
        DesaSanitasi(_desa("33.25.05.2002", "Deles", "Bawang"),
                     PosisiOdf(StatusOdf.PEMICUAN, dt.date(2024, 11, 3), babs=12),
                     make_laporan("2025-09", total=300, babs=12), below),
        DesaSanitasi(_desa("33.25.01.2003", "Gringgingsari", "Wonotunggal"),
                     PosisiOdf(StatusOdf.BELUM), None, none),
    ]


def test_desa_model_shows_status_dates_periods_and_stbm(qtmodeltester, rows):
    model = DesaSanitasiModel()
    qtmodeltester.check(model)
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert [model.index(0, c).data(D) for c in range(9)] == [
        "33.25.01.2001", "Silurah", "Wonotunggal", "ODF (deklarasi)", "06/02/2025",
        "Oktober 2025", "100%", "0", "Desa STBM"]
    assert [model.index(1, c).data(D) for c in (COL_STATUS, COL_LAPORAN, COL_AKSES, COL_BABS)] == [
        "Pemicuan", "September 2025", "96%", "12"]
    assert [model.index(2, c).data(D) for c in (COL_SEJAK, COL_LAPORAN, COL_AKSES, COL_STBM)] == [
        "", "belum ada", "", "Belum dapat dinilai"]
    assert model.index(1, COL_STBM).data(Qt.ItemDataRole.ToolTipRole) == \
        "masih ada 12 KK BABS (belum 100% SBS)"
    assert model.index(1, COL_DESA).data(RECORD_ROLE) is rows[1]
    assert model.row_of("33.25.01.2003") == 2 and model.row_of("33.25.01.2999") == -1


def _kodes(proxy):
    return [proxy.index(r, COL_KODE).data(D) for r in range(proxy.rowCount())]


def test_desa_proxy_sorts_status_by_path_and_periods_by_time(rows):
    model = DesaSanitasiModel()
    model.set_rows(rows)
    proxy = DesaSanitasiProxy()
    proxy.setSourceModel(model)
    proxy.sort(COL_STATUS, Qt.SortOrder.AscendingOrder)
    assert _kodes(proxy) == ["33.25.01.2003", "33.25.05.2002", "33.25.01.2001"]
    proxy.sort(COL_LAPORAN, Qt.SortOrder.DescendingOrder)
    assert _kodes(proxy) == ["33.25.01.2001", "33.25.05.2002", "33.25.01.2003"]
    proxy.sort(COL_SEJAK, Qt.SortOrder.AscendingOrder)
    assert _kodes(proxy) == ["33.25.01.2003", "33.25.05.2002", "33.25.01.2001"]


def test_desa_proxy_filters_by_kecamatan_status_and_text(qtmodeltester, rows):
    model = DesaSanitasiModel()
    model.set_rows(rows)
    proxy = DesaSanitasiProxy()
    proxy.setSourceModel(model)
    proxy.sort(COL_KODE, Qt.SortOrder.AscendingOrder)
    proxy.set_filters(kecamatan="33.25.01")
    assert _kodes(proxy) == ["33.25.01.2001", "33.25.01.2003"]
    proxy.set_filters(status=BELUM_DEKLARASI)
    assert _kodes(proxy) == ["33.25.01.2003"]
    proxy.set_filters(kecamatan="", status=StatusOdf.PEMICUAN.value)
    assert _kodes(proxy) == ["33.25.05.2002"]
    proxy.set_filters(status="", text="  SILU ")
    assert _kodes(proxy) == ["33.25.01.2001"]
    proxy.set_filters(text="bawang")
    assert _kodes(proxy) == ["33.25.05.2002"]
    qtmodeltester.check(proxy)


def _summary(odf, total):
    rekap = _rekap("33.25", "Kabupaten Batang", odf, total - odf)
    return RingkasanSanitasi([], [rekap], rekap, S, aturan_sanitasi().bawaan)


def test_sentences_for_the_award_gates():
    r = _summary(202, 248)
    assert headline(r) == "202 dari 248 desa/kelurahan ODF (81,5%)"
    assert gate_line(r) == ("Syarat ODF siklus 2025: Padapa ≥80% terpenuhi; Wiwerda ≥90% perlu "
                            "22 desa lagi; Wistara 100% perlu 46 desa lagi")
    assert award_sentence(r) == ("Memenuhi syarat ODF Padapa (≥80%). Untuk Wiwerda (≥90%) perlu "
                                 "22 desa lagi.")
    assert award_sentence(_summary(100, 248)) == (
        "Belum memenuhi syarat ODF tingkat penghargaan mana pun. Untuk Padapa (≥80%) perlu "
        "99 desa lagi.")
    assert award_sentence(_summary(230, 248)).startswith(
        "Memenuhi syarat ODF Padapa (≥80%) dan Wiwerda (≥90%). Untuk Wistara (100%) perlu 18")
    assert award_sentence(_summary(5, 5)) == ("Memenuhi syarat ODF Padapa (≥80%), Wiwerda (≥90%) "
                                              "dan Wistara (100%). Semua tingkat terpenuhi.")
    assert headline(_summary(0, 0)) == "Belum ada desa/kelurahan di wilayah kerja ini"
