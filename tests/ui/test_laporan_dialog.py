"""The report dialog as a sanitarian fills it in: live figures, blocking errors, warnings, old scale."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from kks_desktop.domain.periode import Periode
from kks_desktop.domain.sanitasi import Pilar, Rung, Sumber, TanggaLama
from kks_desktop.services import sanitasi_service
from kks_desktop.ui.laporan_dialog import LaporanDialog
from kks_desktop.ui.save_buttons import CONFIRM_TEXT, SAVE_TEXT

SEPTEMBER = Periode(2025, 9)


def make_dialog(qtbot, session, desa, laporan=None, periode=SEPTEMBER) -> LaporanDialog:
    dialog = LaporanDialog(session, desa, laporan, periode)
    qtbot.addWidget(dialog)
    return dialog


def fill(qtbot, dialog, total="200", tangga=("40", "100", "20", "27", "5", "8"),
         pilar=("", "", "", ""), tiga=""):
    for edit, text in [(dialog.total_kk, total), *zip(dialog.rung_edits.values(), tangga,
                                                        strict=True),
                       *zip(dialog.pilar_edits.values(), pilar, strict=True),
                       (dialog.tiga_pilar, tiga)]:
        edit.clear()
        if text:
            qtbot.keyClicks(edit, text)


def test_live_figures_follow_the_typing(qtbot, session, desa):
    dialog = make_dialog(qtbot, session, desa)
    fill(qtbot, dialog)
    assert dialog.akses_label.text() == "Akses: 187 dari 200 KK (93,5%) · BABS: 13 KK"
    assert dialog.jumlah_label.text() == "Jumlah tangga: 200 (cocok dengan total KK)"
    dialog.rung_edits[Rung.AMAN].clear()
    qtbot.keyClicks(dialog.rung_edits[Rung.AMAN], "30")
    assert dialog.jumlah_label.text() == "Jumlah tangga: 190 (tidak cocok dengan total KK 200)"


def test_a_ladder_not_matching_total_kk_blocks_the_save(qtbot, session, desa):
    dialog = make_dialog(qtbot, session, desa)
    fill(qtbot, dialog, tangga=("30", "100", "20", "27", "5", "8"))
    assert dialog.accept_if_valid() is False
    assert dialog.problems.isVisibleTo(dialog)
    assert ("Total KK: jumlah tangga akses (190) tidak sama dengan total KK (200)"
            in dialog.problems.text())
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.saved is None
    assert sanitasi_service.reports_for(session.workspace, desa.kode) == []


def test_a_word_in_a_count_is_refused_before_any_check(qtbot, session, desa):
    dialog = make_dialog(qtbot, session, desa)
    fill(qtbot, dialog, total="2OO")
    assert "Total KK: “2OO” bukan bilangan bulat" in dialog.problems.text()
    assert dialog.accept_if_valid() is False
    assert sanitasi_service.reports_for(session.workspace, desa.kode) == []


def test_a_valid_report_is_saved_with_every_field(qtbot, session, desa):
    dialog = make_dialog(qtbot, session, desa)
    fill(qtbot, dialog, pilar=("150", "180", "120", "100"), tiga="120")
    dialog.sumber.setCurrentIndex(dialog.sumber.findData(Sumber.PENDATAAN))
    qtbot.keyClicks(dialog.petugas, "Bu Sri")
    qtbot.keyClicks(dialog.catatan, "Data dari kader")
    assert dialog.accept_if_valid() is True
    assert dialog.result() == QDialog.DialogCode.Accepted
    [stored] = sanitasi_service.reports_for(session.workspace, desa.kode)
    assert dialog.saved is not None and dialog.saved.laporan == stored
    assert stored.periode == Periode(2025, 9)
    assert (stored.total_kk, stored.akses, stored.babs) == (200, 187, 13)
    assert [stored.rung(r) for r in Rung] == [40, 100, 20, 27, 5, 8]
    assert [stored.pilar_kk(p) for p in Pilar] == [150, 180, 120, 100]
    assert (stored.kk_tiga_pilar, stored.sumber, stored.petugas, stored.catatan) == (
        120, Sumber.PENDATAAN, "Bu Sri", "Data dari kader")
    assert stored.lama is None


def test_thousands_separator_and_empty_pillars(qtbot, session, ws, make_desa):
    big = make_desa(ws, "33.25.01.2002", jumlah_kk=1234)
    dialog = make_dialog(qtbot, session, big)
    fill(qtbot, dialog, total="1.234", tangga=("200", "1.000", "", "34", "", ""))
    assert dialog.accept_if_valid() is True
    [stored] = sanitasi_service.reports_for(ws, big.kode)
    assert (stored.total_kk, stored.rung(Rung.LAYAK), stored.rung(Rung.SHARING)) == (1234, 1000, 0)
    assert all(stored.pilar_kk(p) is None for p in Pilar)


def test_warnings_are_confirmed_once_then_saved(qtbot, session, desa):
    dialog = make_dialog(qtbot, session, desa)
    # 300 KK where 200 are registered: more than 20% off, a warning.
    fill(qtbot, dialog, total="300", tangga=("100", "150", "20", "30", "0", "0"))
    assert dialog.ok_button.text() == SAVE_TEXT
    assert dialog.accept_if_valid() is False
    assert "Perlu diperiksa:" in dialog.problems.text()
    assert "jumlah KK terdaftar (200)" in dialog.problems.text()
    assert dialog.ok_button.text() == CONFIRM_TEXT
    assert sanitasi_service.reports_for(session.workspace, desa.kode) == []
    assert dialog.accept_if_valid() is True
    assert dialog.saved is not None
    assert [p.code for p in dialog.saved.warnings] == ["far_from_registered"]


def test_an_edit_after_the_warning_asks_again(qtbot, session, desa):
    dialog = make_dialog(qtbot, session, desa)
    fill(qtbot, dialog, total="300", tangga=("100", "150", "20", "30", "0", "0"))
    assert dialog.accept_if_valid() is False
    qtbot.keyClicks(dialog.petugas, "x")
    assert dialog.ok_button.text() == SAVE_TEXT
    assert dialog.accept_if_valid() is False
    assert dialog.accept_if_valid() is True


def test_old_scale_maps_onto_the_ladder_and_keeps_the_old_counts(qtbot, session, desa):
    dialog = make_dialog(qtbot, session, desa)
    dialog.show()
    qtbot.keyClicks(dialog.total_kk, "200")
    dialog.lama_check.setChecked(True)
    assert dialog.old.isVisible() and not dialog.ladder.isVisible()
    assert dialog.findChild(object, "pemetaan_jsp").text() == "→ Akses layak"
    assert dialog.findChild(object, "pemetaan_jssp").text() == "→ Belum layak"
    assert dialog.findChild(object, "pemetaan_sharing").text() == "→ Layak bersama (sharing)"
    assert dialog.findChild(object, "pemetaan_od").text() == "→ BABS terbuka"
    for name, text in (("jsp", "120"), ("jssp", "40"), ("sharing", "20"), ("od", "20")):
        qtbot.keyClicks(dialog.old_edits[name], text)
    assert dialog.akses_label.text() == "Akses: 180 dari 200 KK (90%) · BABS: 20 KK"
    assert dialog.accept_if_valid() is True
    [stored] = sanitasi_service.reports_for(session.workspace, desa.kode)
    assert stored.lama == TanggaLama(jsp=120, jssp=40, sharing=20, od=20)
    assert {r: stored.rung(r) for r in Rung} == {
        Rung.AMAN: 0, Rung.LAYAK: 120, Rung.SHARING: 20, Rung.BELUM_LAYAK: 40,
        Rung.BABS_TERTUTUP: 0, Rung.BABS_TERBUKA: 20}
    again = make_dialog(qtbot, session, desa, stored)
    again.show()
    assert again.lama_check.isChecked() and again.old.isVisible()
    assert again.old_edits["jsp"].text() == "120"


def test_old_scale_not_matching_total_kk_blocks(qtbot, session, desa):
    dialog = make_dialog(qtbot, session, desa)
    qtbot.keyClicks(dialog.total_kk, "200")
    dialog.lama_check.setChecked(True)
    for name, text in (("jsp", "100"), ("jssp", "40"), ("sharing", "20"), ("od", "20")):
        qtbot.keyClicks(dialog.old_edits[name], text)
    assert dialog.accept_if_valid() is False
    assert "tidak sama dengan total KK (200)" in dialog.problems.text()


def test_editing_keeps_the_report_and_refuses_a_taken_month(qtbot, session, desa, make_laporan):
    ws = session.workspace
    august = sanitasi_service.save_report(ws, desa.kode, make_laporan("2025-08", 200, 10)).laporan
    september = sanitasi_service.save_report(ws, desa.kode, make_laporan("2025-09", 200, 5)).laporan
    dialog = make_dialog(qtbot, session, desa, september)
    assert (dialog.bulan.currentText(), dialog.tahun.value()) == ("September", 2025)
    assert dialog.total_kk.text() == "200"
    dialog.bulan.setCurrentIndex(7)  # Agustus: taken
    assert dialog.accept_if_valid() is False
    assert "laporan Agustus 2025 sudah ada" in dialog.problems.text()
    dialog.bulan.setCurrentIndex(8)
    dialog.petugas.setText("Pak Budi")
    assert dialog.accept_if_valid() is True
    reports = sanitasi_service.reports_for(ws, desa.kode)
    assert [r.uuid for r in reports] == [august.uuid, september.uuid]
    assert reports[1].petugas == "Pak Budi"


def test_ask_returns_the_saved_report_or_none(qtbot, session, desa, monkeypatch):
    def run(dialog):
        fill(qtbot, dialog)
        dialog.accept_if_valid()
        return dialog.result()

    monkeypatch.setattr(LaporanDialog, "exec", run)
    saved = LaporanDialog.ask(None, session, desa, periode=Periode(2025, 7))
    assert saved is not None and saved.laporan.periode == Periode(2025, 7)
    monkeypatch.setattr(LaporanDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert LaporanDialog.ask(None, session, desa) is None


def test_keyboard_enter_saves_and_escape_cancels(qtbot, session, desa):
    dialog = make_dialog(qtbot, session, desa)
    dialog.show()
    fill(qtbot, dialog)
    qtbot.keyClick(dialog.total_kk, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    other = make_dialog(qtbot, session, desa, periode=Periode(2025, 10))
    other.show()
    qtbot.keyClick(other.total_kk, Qt.Key.Key_Escape)
    assert other.result() == QDialog.DialogCode.Rejected
    assert len(sanitasi_service.reports_for(session.workspace, desa.kode)) == 1


def test_tab_order_follows_reading_order(qtbot, session, desa):
    dialog = make_dialog(qtbot, session, desa)
    order = [dialog.bulan, dialog.tahun, dialog.sumber, dialog.petugas, dialog.total_kk,
             dialog.lama_check, *dialog.rung_edits.values()]
    for first, second in pairwise(order):
        assert _next_focusable(first) is second


def _next_focusable(widget):
    """The next widget Tab reaches, skipping the inner editor of a spin box or combo box."""
    nxt = widget.nextInFocusChain()
    while nxt is not widget and (widget.isAncestorOf(nxt)
                                 or not nxt.focusPolicy() & Qt.FocusPolicy.TabFocus):
        nxt = nxt.nextInFocusChain()
    return nxt
