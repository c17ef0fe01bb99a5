"""The Pengaturan page: the Desa STBM rule and the KKS cycle, saved at once and announced."""

from __future__ import annotations

from kks_desktop.services.pengaturan import aturan_stbm, set_aturan_stbm, set_siklus, siklus
from kks_desktop.services.reference import aturan_sanitasi, penghargaan
from kks_desktop.ui.pengaturan_page import PengaturanPage, gates_text


def make_page(qtbot, session) -> PengaturanPage:
    page = PengaturanPage(session)
    qtbot.addWidget(page)
    page.resize(1110, 760)
    page.show()
    return page


def test_offers_every_rule_and_cycle_from_the_reference_files(qtbot, kecamatan_session):
    page = make_page(qtbot, kecamatan_session)
    rules = aturan_sanitasi()
    assert list(page.rule_buttons) == [r.id for r in rules.desa_stbm]
    assert page.rule_buttons["rpjmn_tiga_pilar"].text() == (
        "100% SBS dan ≥75% KK menerapkan minimal 3 pilar (2–5) (bawaan)")
    assert page.rule_buttons["kemenkes_setiap_pilar"].text() == "100% SBS dan setiap pilar 2–5 ≥50% KK"
    assert page.rule_buttons[rules.bawaan.id].isChecked()
    items = [page.cycle_combo.itemText(i) for i in range(page.cycle_combo.count())]
    assert items == ["Siklus 2025 (bawaan) — Padapa ≥80%, Wiwerda ≥90%, Wistara 100%",
                     "Siklus 2023 — Padapa ≥80%, Wiwerda ≥90%, Wistara 100%",
                     "Siklus 2021 — Padapa ≥60%, Wiwerda ≥80%, Wistara 100%"]
    assert page.cycle_combo.currentData() == penghargaan().bawaan.tahun
    assert "Padapa: ≥80% desa/kelurahan ODF" in page.cycle_detail.text()


def test_choosing_a_rule_saves_it_and_tells_the_other_pages(qtbot, kecamatan_session):
    page = make_page(qtbot, kecamatan_session)
    with qtbot.waitSignal(kecamatan_session.data_changed, timeout=1000) as blocker:
        page.rule_buttons["kemenkes_setiap_pilar"].click()
    assert blocker.args == [""]
    assert aturan_stbm(kecamatan_session.workspace).id == "kemenkes_setiap_pilar"
    assert page.saved_label.text() == ("Tersimpan: aturan Desa STBM “100% SBS dan setiap pilar 2–5 "
                                       "≥50% KK”.")


def test_choosing_a_cycle_saves_it_and_tells_the_other_pages(qtbot, kecamatan_session):
    page = make_page(qtbot, kecamatan_session)
    with qtbot.waitSignal(kecamatan_session.data_changed, timeout=1000):
        page.cycle_combo.setCurrentIndex(page.cycle_combo.findData(2021))
    assert siklus(kecamatan_session.workspace).tahun == 2021
    assert "Padapa: ≥60% desa/kelurahan ODF" in page.cycle_detail.text()
    assert page.saved_label.text() == ("Tersimpan: syarat ODF siklus 2021 (Padapa ≥60%, Wiwerda "
                                       "≥80%, Wistara 100%).")
    assert gates_text(siklus(kecamatan_session.workspace)) == "Padapa ≥60%, Wiwerda ≥80%, Wistara 100%"


def test_shows_what_is_stored_without_saving_again(qtbot, kecamatan_session):
    ws = kecamatan_session.workspace
    set_aturan_stbm(ws, "kemenkes_setiap_pilar")
    set_siklus(ws, 2023)
    with qtbot.assertNotEmitted(kecamatan_session.data_changed):
        page = make_page(qtbot, kecamatan_session)
    assert page.rule_buttons["kemenkes_setiap_pilar"].isChecked()
    assert not page.rule_buttons["rpjmn_tiga_pilar"].isChecked()
    assert page.cycle_combo.currentData() == 2023
    assert page.saved_label.text() == ""


def test_paper_size_is_a4_until_f4_is_chosen_and_then_stays(qtbot, kecamatan_session):
    from kks_desktop.domain.kertas import Kertas
    from kks_desktop.services.pengaturan import kertas

    ws = kecamatan_session.workspace
    page = make_page(qtbot, kecamatan_session)
    assert [b.text() for b in page.paper_buttons.values()] == ["A4 (210 × 297 mm)",
                                                               "F4 / Folio (215 × 330 mm)"]
    assert page.paper_buttons[Kertas.A4].isChecked()
    with qtbot.waitSignal(kecamatan_session.data_changed, timeout=1000):
        page.paper_buttons[Kertas.F4].click()
    assert kertas(ws) is Kertas.F4
    assert page.saved_label.text() == "Tersimpan: ukuran kertas F4 / Folio (215 × 330 mm)."
    with qtbot.assertNotEmitted(kecamatan_session.data_changed):
        again = make_page(qtbot, kecamatan_session)
    assert again.paper_buttons[Kertas.F4].isChecked()
    assert not again.paper_buttons[Kertas.A4].isChecked()
    with qtbot.waitSignal(kecamatan_session.data_changed, timeout=1000):
        again.paper_buttons[Kertas.A4].click()
    assert kertas(ws) is Kertas.A4
    assert page.paper_buttons[Kertas.A4].isChecked()  # the first page followed the change
