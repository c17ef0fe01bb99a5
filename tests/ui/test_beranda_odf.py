"""Beranda's ODF headline: share of desa ODF, what it means for the award levels, Desa STBM."""

from __future__ import annotations

from kks_desktop.services.sanitasi_summary import ringkasan
from kks_desktop.services.workspace import Workspace
from kks_desktop.ui.beranda_page import BerandaPage
from kks_desktop.ui.formatting import percent
from kks_desktop.ui.pengaturan_page import PengaturanPage
from kks_desktop.ui.session import UiSession


def make_pages(qtbot, session) -> tuple[BerandaPage, PengaturanPage]:
    beranda, pengaturan = BerandaPage(session), PengaturanPage(session)
    qtbot.addWidget(beranda)
    qtbot.addWidget(pengaturan)
    return beranda, pengaturan


def test_headline_matches_the_summary(qtbot, kecamatan_session):
    beranda, _ = make_pages(qtbot, kecamatan_session)
    t = ringkasan(kecamatan_session.workspace).total
    assert beranda.odf_value.text() == (f"{t.desa_odf} dari {t.desa} desa/kelurahan ODF "
                                        f"({percent(t.persen_desa_odf)})")
    assert beranda.odf_value.text() == "12 dari 15 desa/kelurahan ODF (80%)"
    assert beranda.odf_title.text() == "Desa/kelurahan ODF · syarat penilaian KKS siklus 2025"
    assert beranda.odf_award.text().startswith(
        "Memenuhi syarat ODF Padapa (≥80%). Untuk Wiwerda (≥90%) perlu 2 desa lagi. (Syarat ini "
        "dinilai untuk kabupaten/kota")
    assert beranda.odf_stbm.text().startswith("Desa STBM: 7 dari 15 desa (aturan: 100% SBS dan "
                                              "≥75% KK")


def test_switching_the_rule_in_pengaturan_changes_the_desa_stbm_count(qtbot, kecamatan_session):
    beranda, pengaturan = make_pages(qtbot, kecamatan_session)
    pengaturan.rule_buttons["kemenkes_setiap_pilar"].click()
    expected = ringkasan(kecamatan_session.workspace).total.desa_stbm
    assert expected == 14
    assert beranda.odf_stbm.text().startswith(
        "Desa STBM: 14 dari 15 desa (aturan: 100% SBS dan setiap pilar 2–5 ≥50% KK)")
    pengaturan.rule_buttons["rpjmn_tiga_pilar"].click()
    assert beranda.odf_stbm.text().startswith("Desa STBM: 7 dari 15 desa")


def test_switching_the_cycle_changes_the_open_levels(qtbot, kecamatan_session):
    beranda, pengaturan = make_pages(qtbot, kecamatan_session)
    pengaturan.cycle_combo.setCurrentIndex(pengaturan.cycle_combo.findData(2021))
    assert beranda.odf_title.text().endswith("siklus 2021")
    assert beranda.odf_award.text().startswith(
        "Memenuhi syarat ODF Padapa (≥60%) dan Wiwerda (≥80%). Untuk Wistara (100%) perlu 3 desa "
        "lagi.")
    pengaturan.cycle_combo.setCurrentIndex(pengaturan.cycle_combo.findData(2025))
    assert beranda.odf_award.text().startswith(
        "Memenuhi syarat ODF Padapa (≥80%). Untuk Wiwerda (≥90%) perlu 2 desa lagi.")


def test_built_areas_are_no_longer_promised_as_coming(qtbot, kecamatan_session):
    beranda, _ = make_pages(qtbot, kecamatan_session)
    from PySide6.QtWidgets import QLabel

    texts = [label.text() for label in beranda.findChildren(QLabel)]
    assert texts and not any("Segera hadir" in t for t in texts)


def test_an_empty_workspace_says_there_is_nothing_to_count(qtbot, ws: Workspace):
    beranda, _ = make_pages(qtbot, UiSession(ws))
    assert beranda.odf_value.text() == "Belum ada desa/kelurahan di wilayah kerja ini"
    assert beranda.odf_award.text() == "Belum ada desa/kelurahan untuk dihitung."
    assert beranda.odf_stbm.isHidden()


def test_a_desa_workspace_shows_the_path_of_its_desa(qtbot, ws, make_desa):
    import datetime as dt

    from kks_desktop.domain.odf import JenisOdf, OdfEvent
    from kks_desktop.domain.scope import Scope, ScopeLevel

    desa = make_desa(ws, "33.25.01.2001")
    ws.set_scope(Scope(ScopeLevel.DESA, desa.kode, desa.nama))
    ws.odf.put_event(desa.kode, OdfEvent(JenisOdf.PEMICUAN, dt.date(2025, 3, 1)))
    beranda, _ = make_pages(qtbot, UiSession(ws))
    assert beranda.odf_value.text() == "0 dari 1 desa/kelurahan ODF (0%)"
    assert beranda.odf_award.text().startswith("Status ODF: Pemicuan sejak 01/03/2025. ")
