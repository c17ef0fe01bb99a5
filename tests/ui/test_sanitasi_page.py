"""The Sanitasi overview page: headline, award gates, chart and tables, filters, opening a desa."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.odf import JenisOdf, OdfEvent, StatusOdf
from kks_desktop.domain.scope import Scope, ScopeLevel
from kks_desktop.services.pengaturan import set_siklus
from kks_desktop.services.sanitasi_summary import ringkasan
from kks_desktop.ui.beranda_page import BerandaPage
from kks_desktop.ui.cell_table_model import RECORD_ROLE
from kks_desktop.ui.formatting import percent
from kks_desktop.ui.gate_chart import PNG_SIZE
from kks_desktop.ui.sanitasi_page import SanitasiPage
from kks_desktop.ui.sanitasi_rekap_model import (
    BELUM_DEKLARASI,
    COL_K_NAMA,
    COL_KODE,
    COL_STATUS,
)
from kks_desktop.ui.session import UiSession

SENDANG = "33.25.01.2005"  # Terverifikasi in the demo: a deklarasi makes it ODF


def make_page(qtbot, session) -> SanitasiPage:
    page = SanitasiPage(session)
    qtbot.addWidget(page)
    page.resize(1110, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_headline_and_gates_match_the_summary(qtbot, kecamatan_session):
    page = make_page(qtbot, kecamatan_session)
    r = ringkasan(kecamatan_session.workspace)
    assert page.headline.text() == (f"{r.total.desa_odf} dari {r.total.desa} desa/kelurahan ODF "
                                    f"({percent(r.total.persen_desa_odf)})")
    assert page.headline.text() == "12 dari 15 desa/kelurahan ODF (80%)"
    assert page.gate_label.text() == ("Syarat ODF siklus 2025: Padapa ≥80% terpenuhi; Wiwerda ≥90% "
                                      "perlu 2 desa lagi; Wistara 100% perlu 3 desa lagi.")
    assert "Desa STBM: 7 dari 15 desa" in page.note.text()
    assert "dinilai untuk kabupaten/kota" in page.note.text()
    assert page.chart.bars() == [("33.25.01", "Wonotunggal", 80.0), ("", "Total", 80.0)]
    assert page.chart.gates() == [("Padapa", 80.0), ("Wiwerda", 90.0), ("Wistara", 100.0)]
    assert page.desa_model.rowCount() == 15
    assert page.shown_kodes() == sorted(page.shown_kodes())
    assert [page.kec_proxy.index(r, COL_K_NAMA).data() for r in range(2)] == ["Wonotunggal",
                                                                             "JUMLAH"]


def test_choosing_another_cycle_changes_the_open_levels(qtbot, kecamatan_session):
    page = make_page(qtbot, kecamatan_session)
    set_siklus(kecamatan_session.workspace, 2021)
    kecamatan_session.notify("")
    assert page.gate_label.text() == ("Syarat ODF siklus 2021: Padapa ≥60% terpenuhi; Wiwerda ≥80% "
                                      "terpenuhi; Wistara 100% perlu 3 desa lagi.")
    assert page.chart.gates() == [("Padapa", 60.0), ("Wiwerda", 80.0), ("Wistara", 100.0)]


def test_a_new_deklarasi_refreshes_the_page_and_keeps_the_filters(qtbot, kecamatan_session):
    page = make_page(qtbot, kecamatan_session)
    page.status_combo.setCurrentIndex(page.status_combo.findData(BELUM_DEKLARASI))
    assert page.shown_kodes() == ["33.25.01.2005", "33.25.01.2007", "33.25.01.2015"]
    kecamatan_session.workspace.odf.put_event(
        KodeWilayah.parse(SENDANG), OdfEvent(JenisOdf.DEKLARASI, dt.date(2025, 8, 17)))
    kecamatan_session.notify(SENDANG)
    assert page.headline.text() == "13 dari 15 desa/kelurahan ODF (86,7%)"
    assert page.shown_kodes() == ["33.25.01.2007", "33.25.01.2015"]
    assert page.count.text() == "Menampilkan 2 dari 15 desa/kelurahan."


def test_a_hidden_page_refreshes_when_shown(qtbot, kecamatan_session):
    page = make_page(qtbot, kecamatan_session)
    page.hide()
    kecamatan_session.workspace.odf.put_event(
        KodeWilayah.parse(SENDANG), OdfEvent(JenisOdf.DEKLARASI, dt.date(2025, 8, 17)))
    kecamatan_session.notify(SENDANG)
    assert page.headline.text().startswith("12 dari 15")
    page.show()
    assert page.headline.text().startswith("13 dari 15")


def _activate(qtbot, page, row):
    index = page.desa_proxy.index(row, COL_STATUS)
    rect = page.desa_table.visualRect(index)
    qtbot.mouseClick(page.desa_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return index, rect


def test_double_click_or_enter_on_a_desa_asks_to_open_it(qtbot, kecamatan_session):
    page = make_page(qtbot, kecamatan_session)
    page.desa_table.sortByColumn(COL_KODE, Qt.SortOrder.DescendingOrder)
    index, rect = _activate(qtbot, page, 1)
    assert index.data(RECORD_ROLE).desa.nama == "Dringo"
    asked: list[str] = []
    page.desa_requested.connect(asked.append)
    qtbot.mouseDClick(page.desa_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert asked == ["33.25.01.2014"]
    _activate(qtbot, page, 2)
    page.desa_table.setFocus()
    with qtbot.waitSignal(page.desa_requested, timeout=1000) as blocker:
        qtbot.keyClick(page.desa_table, Qt.Key.Key_Return)
    assert blocker.args == ["33.25.01.2013"]


def test_save_chart_writes_a_png_where_the_user_chose(qtbot, kecamatan_session, tmp_path,
                                                      monkeypatch):
    page = make_page(qtbot, kecamatan_session)
    asked = []

    def choose(parent, title, start, filters):
        asked.append(start)
        return str(tmp_path / "grafik odf"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    page.save_button.click()
    assert asked[0].endswith("grafik-odf-33.25.01-2025.png")
    assert QImage(str(tmp_path / "grafik odf.png")).size() == PNG_SIZE
    assert "grafik odf.png" in page.count.text()
    before = sorted(p.name for p in tmp_path.iterdir())
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    page.save_button.click()
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_desa_workspace_shows_its_own_path(qtbot, ws, make_desa, make_laporan):
    desa = make_desa(ws, "33.25.01.2001")
    ws.set_scope(Scope(ScopeLevel.DESA, desa.kode, desa.nama))
    ws.laporan.add_many(desa.kode, [make_laporan("2025-10", total=300, babs=12)])
    ws.odf.put_event(desa.kode, OdfEvent(JenisOdf.PEMICUAN, dt.date(2025, 3, 1)))
    page = make_page(qtbot, UiSession(ws))
    assert page.headline.text() == "0 dari 1 desa/kelurahan ODF (0%)"
    assert page.gate_label.text().startswith("Status ODF: Pemicuan sejak 01/03/2025. 12 KK masih")
    assert not page.top_tabs.isVisible() and not page.save_button.isVisible()
    assert page.shown_kodes() == ["33.25.01.2001"]
    assert page.desa_proxy.index(0, COL_STATUS).data() == "Pemicuan"


def test_an_empty_workspace_says_what_to_do(qtbot, ws):
    page = make_page(qtbot, UiSession(ws))
    assert page.headline.text() == "Belum ada desa/kelurahan di wilayah kerja ini"
    assert page.gate_label.text().startswith("Tambahkan desa/kelurahan di halaman Desa dan Pokja")
    assert page.chart.bars() == []
    assert not page.save_button.isEnabled() and not page.top_tabs.isVisible()
    assert page.count.text() == "Belum ada desa/kelurahan."
    assert page.kec_model.rowCount() == 0


# --- the kabupaten demo ------------------------------------------------------------------------
def test_kabupaten_chart_has_a_bar_per_kecamatan_then_the_total(qtbot, batang):
    page = make_page(qtbot, UiSession(batang))
    r = ringkasan(batang)
    bars = page.chart.bars()
    assert [b[0] for b in bars] == [k.kode for k in r.kecamatan] + [""]
    assert len(bars) == 16 and bars[0][:2] == ("33.25.01", "Wonotunggal")
    assert bars[-1] == ("", "Total", r.total.persen_desa_odf)
    assert page.headline.text() == "202 dari 248 desa/kelurahan ODF (81,5%)"
    assert "Wiwerda ≥90% perlu 22 desa lagi" in page.gate_label.text()
    assert page.kec_proxy.rowCount() == 16
    assert page.kec_proxy.index(15, COL_K_NAMA).data() == "JUMLAH"


def test_clicking_a_bar_or_a_kecamatan_row_filters_the_desa_table(qtbot, batang):
    page = make_page(qtbot, UiSession(batang))
    bawang = [b[0] for b in page.chart.bars()].index("33.25.05")
    qtbot.mouseClick(page.chart, Qt.MouseButton.LeftButton,
                     pos=page.chart.bar_center(bawang).toPoint())
    shown = page.shown_kodes()
    assert len(shown) == 20 and all(k.startswith("33.25.05.") for k in shown)
    assert page.kecamatan_combo.currentText() == "Bawang"
    assert page.count.text() == "Menampilkan 20 dari 248 desa/kelurahan."
    page.status_combo.setCurrentIndex(page.status_combo.findData(StatusOdf.ODF.value))
    assert len(page.shown_kodes()) == 12
    total = len(page.chart.bars()) - 1
    qtbot.mouseClick(page.chart, Qt.MouseButton.LeftButton,
                     pos=page.chart.bar_center(total).toPoint())
    assert page.kecamatan_combo.currentText() == "Semua kecamatan"
    assert len(page.shown_kodes()) == 202
    page.top_tabs.setCurrentWidget(page.kec_table)
    page.kec_table.sortByColumn(COL_K_NAMA, Qt.SortOrder.AscendingOrder)
    assert page.kec_proxy.index(0, COL_K_NAMA).data() == "Bandar"
    rect = page.kec_table.visualRect(page.kec_proxy.index(0, COL_K_NAMA))
    qtbot.mouseClick(page.kec_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.kecamatan_combo.currentText() == "Bandar"
    assert all(k.startswith("33.25.02.") for k in page.shown_kodes())


def test_beranda_and_sanitasi_agree_on_the_kabupaten(qtbot, batang):
    session = UiSession(batang)
    page = make_page(qtbot, session)
    beranda = BerandaPage(session)
    qtbot.addWidget(beranda)
    assert beranda.odf_value.text() == page.headline.text()
    assert beranda.odf_award.text() == ("Memenuhi syarat ODF Padapa (≥80%). Untuk Wiwerda (≥90%) "
                                        "perlu 22 desa lagi.")
    assert beranda.odf_stbm.text().startswith(
        f"Desa STBM: {ringkasan(batang).total.desa_stbm} dari 248 desa")
