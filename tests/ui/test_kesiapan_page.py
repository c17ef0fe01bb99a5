"""The Kesiapan page: choosing checklist and region, the judged list, answering through the form, undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from kks_desktop.domain.kesiapan_fakta import NilaiJawaban, StatusButir
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.messages import percent_text
from kks_desktop.services import kesiapan_jawaban, kesiapan_service
from kks_desktop.ui.kesiapan_daftar import NO_SELECTION
from kks_desktop.ui.kesiapan_jawaban_dialog import KesiapanJawabanDialog
from kks_desktop.ui.kesiapan_page import EMPTY_HINT, KesiapanPage
from kks_desktop.ui.kesiapan_tree_model import COL_ALASAN, COL_STATUS, KesiapanTreeModel

SILURAH = KodeWilayah.parse("33.25.01.2001")
DESA_ID = "pokja-desa-2025"


@pytest.fixture
def page(qtbot, kecamatan_session):
    shown = KesiapanPage(kecamatan_session)
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    return shown


def judged(session, definisi_id=DESA_ID, kode=SILURAH):
    definisi = kesiapan_service.cari_definisi(definisi_id)
    return kesiapan_service.nilai(session.workspace, definisi, kode)


def stored(session, butir, kode=SILURAH, definisi_id=DESA_ID):
    definisi = kesiapan_service.cari_definisi(definisi_id)
    return kesiapan_jawaban.simpanan(session.workspace, definisi, kode, butir)


def row_texts(page, butir):
    index = page.daftar.model.index_of(butir)
    return [index.siblingAtColumn(c).data() for c in range(page.daftar.model.columnCount())]


def fill_and_save(monkeypatch, nilai, **fields):
    """Make the dialog's exec fill the form as a user would and press Simpan."""

    def run(dialog):
        dialog.nilai_buttons[nilai].click()
        if "nomor" in fields:
            dialog.nomor.setText(fields["nomor"])
        if "tanggal" in fields:
            dialog.tanggal.set_date_value(fields["tanggal"])
        if "catatan" in fields:
            dialog.catatan.setPlainText(fields["catatan"])
        if "oleh" in fields:
            dialog.oleh.setText(fields["oleh"])
        dialog.buttons.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(KesiapanJawabanDialog, "exec", run)


def test_opens_on_the_desa_checklist_of_the_first_desa_with_its_score_and_what_is_missing(page):
    session = page.session
    expected = judged(session)
    assert page.current_definisi().id == DESA_ID
    assert page.current_kode() == str(SILURAH)
    assert page.wilayah_combo.currentText() == "Desa Silurah (Kec. Wonotunggal)"
    assert page.wilayah_combo.count() == 15
    assert page.daftar.skor.text() == f"Skor {percent_text(expected.skor)}"
    assert page.daftar.judul.text() == "Kesiapan Pokja Desa Sehat — Desa Silurah"
    assert page.daftar.kurang_ids() == [h.butir.id for h in expected.kurang]
    assert page.daftar.kurang_ids()  # the demo desa misses something
    assert page.daftar.model.butir_ids() == [
        b.id for k in expected.definisi.kelompok for b in expected.definisi.butir_kelompok(k.id)]
    counts = page.daftar.jumlah.text()
    assert f"✓ Terpenuhi: {expected.jumlah(StatusButir.TERPENUHI)}" in counts
    assert f"✗ Belum: {expected.jumlah(StatusButir.BELUM)}" in counts
    assert not page.hint.isVisible()


def test_items_show_symbol_reason_and_help_and_groups_count_what_is_met(page):
    expected = {h.butir.id: h for h in judged(page.session).butir}
    model = page.daftar.model
    status, butir, alasan, _bukti = row_texts(page, "rencana_kerja")
    assert status == "✗ Belum"
    assert butir == "Rencana kerja Pokja sesuai tatanan yang dipilih\n(isian manual)"
    assert "Sekretaris Pokja" in alasan
    index = model.index_of("rencana_kerja")
    assert index.data(Qt.ItemDataRole.ToolTipRole) == expected["rencana_kerja"].butir.bantuan
    assert index.siblingAtColumn(COL_STATUS).data(Qt.ItemDataRole.BackgroundRole) is not None
    kelembagaan = model.index(0, 0)
    met = sum(1 for b in ("sk_pokja", "sekretariat", "rencana_kerja", "dana")
              if expected[b].status is StatusButir.TERPENUHI)
    assert kelembagaan.data() == f"Kelembagaan — {met} dari 4 terpenuhi"


def test_clicking_a_missing_item_selects_it_and_shows_its_help(page, qtbot):
    first = page.daftar.kurang.item(0)
    page.daftar.kurang.itemClicked.emit(first)
    chosen = page.daftar.current_hasil()
    assert chosen is not None and chosen.butir.id == page.daftar.kurang_ids()[0]
    assert chosen.butir.label in page.daftar.detail.text()
    assert page.daftar.detail.text() != NO_SELECTION


def test_choosing_the_kecamatan_checklist_shows_the_forum_items(page):
    page.definisi_combo.setCurrentIndex(page.definisi_combo.findData(
        "forum-kecamatan-2025", Qt.ItemDataRole.UserRole + 1))
    expected = judged(page.session, "forum-kecamatan-2025", KodeWilayah.parse("33.25.01"))
    assert [page.wilayah_combo.itemText(r) for r in range(page.wilayah_combo.count())] == [
        "Kecamatan Wonotunggal"]
    assert page.current_kode() == "33.25.01"
    assert page.daftar.model.butir_ids() == [h.butir.id for h in expected.butir]
    assert "sk_forum" in page.daftar.model.butir_ids()
    assert page.daftar.skor.text() == f"Skor {percent_text(expected.skor)}"


def test_a_kecamatan_workspace_offers_no_kabupaten_checklist(page):
    offered = [page.definisi_combo.itemData(r, Qt.ItemDataRole.UserRole + 1)
               for r in range(page.definisi_combo.count())]
    assert offered == ["pokja-desa-2025", "forum-kecamatan-2025"]
    assert page.definisi_combo.itemText(0) == "Kesiapan Pokja Desa Sehat (siklus 2025)"


def test_tampilkan_and_the_last_choice_is_remembered_for_a_new_page(page, qtbot):
    assert page.tampilkan(DESA_ID, "33.25.01.2003") is True
    assert page.daftar.hasil.butir and page.current_kode() == "33.25.01.2003"
    again = KesiapanPage(page.session)
    qtbot.addWidget(again)
    assert (again.current_definisi().id, again.current_kode()) == (DESA_ID, "33.25.01.2003")
    assert page.tampilkan("tidak-ada", "33.25.01.2003") is False


def test_typing_part_of_a_desa_name_chooses_it(page, qtbot):
    edit = page.wilayah_combo.lineEdit()
    edit.selectAll()
    qtbot.keyClicks(edit, "SILU")
    edit.editingFinished.emit()
    assert page.current_kode() == str(SILURAH)
    page.tampilkan(DESA_ID, "33.25.01.2003")
    edit.setText("tidak ada desa ini")
    edit.editingFinished.emit()
    assert page.current_kode() == "33.25.01.2003"
    assert page.wilayah_combo.currentText() == page.wilayah_combo.itemText(
        page.wilayah_combo.currentIndex())


def test_answering_a_manual_item_changes_status_score_and_store_and_undo_redo(
        page, monkeypatch):
    session = page.session
    before = stored(session, "rencana_kerja")
    assert before is not None and before.jawaban.nilai is NilaiJawaban.TIDAK_ADA
    fill_and_save(monkeypatch, NilaiJawaban.ADA, nomor="12/RK/2025",
                  tanggal=dt.date(2025, 3, 12), catatan="Ditandatangani Kades",
                  oleh="Bu Sekretaris")
    page.daftar.select_butir("rencana_kerja")
    page.daftar.jawab_button.click()
    after = stored(session, "rencana_kerja")
    j = after.jawaban
    assert (j.nilai, j.nomor, j.tanggal, j.catatan, j.oleh) == (
        NilaiJawaban.ADA, "12/RK/2025", dt.date(2025, 3, 12), "Ditandatangani Kades",
        "Bu Sekretaris")
    assert row_texts(page, "rencana_kerja")[COL_STATUS] == "✓ Terpenuhi"
    assert "rencana_kerja" not in page.daftar.kurang_ids()
    assert page.daftar.skor.text() == f"Skor {percent_text(judged(session).skor)}"
    assert session.undo_stack.undoText() == "jawab Rencana kerja (Desa Silurah)"
    assert page.daftar.current_hasil().butir.id == "rencana_kerja"  # kept after the refresh

    session.undo_stack.undo()
    assert stored(session, "rencana_kerja") == before
    assert row_texts(page, "rencana_kerja")[COL_STATUS] == "✗ Belum"
    session.undo_stack.redo()
    assert stored(session, "rencana_kerja") == after
    assert row_texts(page, "rencana_kerja")[COL_STATUS] == "✓ Terpenuhi"


def test_a_first_answer_is_undone_to_no_answer(page, monkeypatch):
    session = page.session
    definisi = kesiapan_service.cari_definisi(DESA_ID)
    kesiapan_jawaban.hapus(session.workspace, definisi, SILURAH, "dana")
    session.notify(str(SILURAH))
    assert row_texts(page, "dana")[COL_STATUS] == "? Tidak diketahui"
    fill_and_save(monkeypatch, NilaiJawaban.SEBAGIAN)
    assert page.jawab("dana") is True
    assert stored(session, "dana").jawaban.nilai is NilaiJawaban.SEBAGIAN
    assert row_texts(page, "dana")[COL_STATUS] == "◐ Sebagian"
    session.undo_stack.undo()
    assert stored(session, "dana") is None
    assert row_texts(page, "dana")[COL_ALASAN] == "belum dijawab"


def test_removing_an_answer_through_the_form_and_undoing_it(page, monkeypatch, answer):
    session = page.session
    before = stored(session, "dana")
    assert before is not None

    def remove(dialog):
        assert dialog.hapus_button.isVisibleTo(dialog)
        dialog.hapus_button.click()
        return dialog.result()

    monkeypatch.setattr(KesiapanJawabanDialog, "exec", remove)
    assert page.jawab("dana") is True
    assert "Hapus jawaban “Dana kegiatan Pokja" in answer.shown[0]
    assert stored(session, "dana") is None
    assert row_texts(page, "dana")[COL_STATUS] == "? Tidak diketahui"
    assert session.undo_stack.undoText() == "hapus jawaban Dana (Desa Silurah)"
    session.undo_stack.undo()
    assert stored(session, "dana") == before


def test_cancelling_the_form_changes_nothing(page, monkeypatch):
    before = stored(page.session, "dana")
    monkeypatch.setattr(KesiapanJawabanDialog, "exec", lambda dialog: 0)
    assert page.jawab("dana") is False
    assert stored(page.session, "dana") == before
    assert page.session.undo_stack.count() == 0


def test_auto_items_cannot_be_answered(page):
    page.daftar.select_butir("sk_pokja")
    assert not page.daftar.jawab_button.isEnabled()
    assert "Dinilai otomatis dari data program" in page.daftar.detail.text()
    assert "Isi di tab Pokja" in page.daftar.detail.text()  # where the data comes from
    with_signal = []
    page.daftar.jawab_requested.connect(with_signal.append)
    page.daftar.tree.activated.emit(page.daftar.model.index_of("sk_pokja"))
    assert with_signal == []
    assert page.jawab("sk_pokja") is False  # an unpatched dialog would fail the test
    page.daftar.select_butir("dana")
    assert page.daftar.jawab_button.isEnabled()


def test_changes_elsewhere_refresh_a_hidden_page_when_it_is_shown(page):
    session = page.session
    definisi = kesiapan_service.cari_definisi(DESA_ID)
    page.hide()
    kesiapan_jawaban.hapus(session.workspace, definisi, SILURAH, "rencana_kerja")
    session.notify(str(SILURAH))
    assert row_texts(page, "rencana_kerja")[COL_STATUS] == "✗ Belum"  # not read yet
    page.show()
    assert row_texts(page, "rencana_kerja")[COL_STATUS] == "? Tidak diketahui"


def test_an_empty_workspace_shows_a_hint(qtbot, session):
    empty = KesiapanPage(session)
    qtbot.addWidget(empty)
    empty.show()
    assert empty.hint.isVisible() and empty.hint.text() == EMPTY_HINT
    assert not empty.daftar.isVisible()
    assert empty.jawab("rencana_kerja") is False


def test_the_tree_model_passes_the_model_tester(qtmodeltester, kecamatan_session):
    model = KesiapanTreeModel()
    model.set_hasil(judged(kecamatan_session))
    qtmodeltester.check(model)
    model.set_hasil(None)
    qtmodeltester.check(model)


def test_enter_and_double_click_on_a_manual_item_open_the_form(page, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(KesiapanJawabanDialog, "exec",
                        lambda dialog: opened.append(dialog.butir.id) or 0)
    tree = page.daftar.tree
    page.daftar.select_butir("dana")
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert opened == ["dana"]
    page.daftar.select_butir("sk_pokja")
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert opened == ["dana"]  # an auto item has no form
    rect = tree.visualRect(page.daftar.model.index_of("rencana_kerja", COL_ALASAN))
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == ["dana", "rencana_kerja"]
