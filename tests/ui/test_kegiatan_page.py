"""The Kegiatan page as a secretary uses it: find, open, edit, save, undo, delete, add, print."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from kks_desktop.domain.kegiatan import JenisKelamin, Kegiatan, Peserta, Rtl
from kks_desktop.services import kegiatan_service
from kks_desktop.services.reference import acuan_kegiatan
from kks_desktop.ui.cetak_dialog import CetakDialog, nama_berkas
from kks_desktop.ui.kegiatan_list_model import (
    COL_HADIR,
    COL_JUDUL,
    COL_RTL,
    KegiatanListModel,
    tanggal_rentang,
)
from kks_desktop.ui.kegiatan_page import KegiatanPage
from kks_desktop.ui.main_window import MainWindow

ORIENTASI = "Orientasi Kabupaten Sehat bagi Forum dan Pokja Desa Sehat"
SOSIALISASI = "Sosialisasi STBM Kecamatan Wonotunggal"  # a demo session without warnings
Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
Save, Discard, Cancel = (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard,
                         QMessageBox.StandardButton.Cancel)


def make_page(qtbot, session) -> KegiatanPage:
    page = KegiatanPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def shown_column(page: KegiatanPage, column: int = COL_JUDUL) -> list[str]:
    return [page.proxy.index(r, column).data() for r in range(page.proxy.rowCount())]


def stored_orientasi(session, judul: str = ORIENTASI) -> Kegiatan:
    ws = session.workspace
    uuid = next(r.uuid for r in kegiatan_service.daftar(ws) if r.judul == judul)
    return kegiatan_service.ambil(ws, uuid)


def save_past_warnings(editor) -> bool:
    """Simpan, then "Tetap simpan" when only warnings stood in the way."""
    return editor.save() or (editor.buttons.ok_button.text() == "Tetap &simpan"
                             and editor.save())


def open_orientasi(qtbot, page: KegiatanPage, judul: str = ORIENTASI) -> Kegiatan:
    kegiatan = stored_orientasi(page.session, judul)
    page.select_uuid(kegiatan.uuid)
    page.table.activated.emit(page.table.currentIndex())  # Enter or a double click
    assert page.currentWidget() is page.editor
    return kegiatan


# -- the list --------------------------------------------------------------------------------

@pytest.mark.parametrize(("mulai", "selesai", "text"), [
    (dt.date(2025, 9, 16), dt.date(2025, 9, 16), "16/09/2025"),
    (dt.date(2025, 9, 16), dt.date(2025, 9, 17), "16–17/09/2025"),
    (dt.date(2025, 9, 30), dt.date(2025, 10, 1), "30/09–01/10/2025"),
    (dt.date(2025, 12, 31), dt.date(2026, 1, 2), "31/12/2025–02/01/2026"),
])
def test_date_ranges_as_tables_write_them(mulai, selesai, text):
    assert tanggal_rentang(mulai, selesai) == text


def test_list_model_rows_and_qt_contract(qtmodeltester, kecamatan_session):
    rows = kegiatan_service.daftar(kecamatan_session.workspace)
    model = KegiatanListModel()
    model.set_rows(rows, acuan_kegiatan().label_jenis, {"33.25": "Kabupaten Batang"})
    qtmodeltester.check(model)
    row = model.row_of(stored_orientasi(kecamatan_session).uuid)
    r = model.record(row)
    day1, day2 = r.hadir_per_hari
    assert 0 < r.dinilai < r.peserta and 0 < r.rtl_terbuka < r.rtl
    assert [model.index(row, c).data() for c in range(model.columnCount())] == [
        "16–17/09/2025", "Orientasi KKS", ORIENTASI, "Kabupaten Batang", str(r.peserta),
        f"{day1}/{day2}", str(r.dinilai), str(r.rtl_terbuka)]
    assert model.index(row, COL_HADIR).data(3) == (f"hari 1: {day1} dari {r.peserta} peserta; "
                                                   f"hari 2: {day2} dari {r.peserta} peserta")
    assert model.index(row, COL_RTL).data(3) == (
        f"{r.rtl_terbuka} dari {r.rtl} baris RTL belum selesai")
    sosialisasi = model.record(model.row_of(stored_orientasi(kecamatan_session, SOSIALISASI).uuid))
    assert sosialisasi.rtl == 0 and sosialisasi.dinilai == 0
    shown = [model.index(model.row_of(sosialisasi.uuid), c).data() for c in (COL_RTL, COL_HADIR)]
    assert shown == ["–", str(sosialisasi.peserta)]
    assert model.years() == [2025]


def test_lists_the_demo_sessions_newest_first_and_filters(qtbot, kecamatan_session):
    rows = kegiatan_service.daftar(kecamatan_session.workspace)
    page = make_page(qtbot, kecamatan_session)
    assert page.model.rowCount() == len(rows) > 20
    assert page.jumlah.text() == f"{len(rows)} kegiatan di Wonotunggal"
    assert page.table.isVisible() and not page.empty.isVisible()
    newest_first = sorted(rows, key=lambda r: r.mulai, reverse=True)
    assert shown_column(page, 0) == [tanggal_rentang(r.mulai, r.selesai) for r in newest_first]
    assert [page.tahun.itemText(i) for i in range(page.tahun.count())] == ["Semua tahun", "2025"]
    page.jenis.setCurrentIndex(page.jenis.findData("sosialisasi_stbm"))
    assert shown_column(page) == [SOSIALISASI]
    assert shown_column(page, 3) == ["Kecamatan Wonotunggal"]
    assert page.jumlah.text() == f"1 dari {len(rows)} kegiatan di Wonotunggal"
    page.jenis.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "balai desa silurah")  # tempat
    silurah = [r for r in newest_first if r.tempat == "Balai Desa Silurah"]
    assert len(silurah) >= 2
    assert shown_column(page, 0) == [tanggal_rentang(r.mulai, r.selesai) for r in silurah]
    assert set(shown_column(page, 3)) == {"Desa Silurah"}
    page.search.clear()
    qtbot.keyClicks(page.search, "ORIENTASI")  # judul
    assert shown_column(page) == [ORIENTASI]
    assert page.current_ringkas() is not None and page.current_ringkas().judul == ORIENTASI
    page.tahun.setCurrentIndex(page.tahun.findData(2025))
    assert shown_column(page) == [ORIENTASI]


def test_an_empty_workspace_says_how_to_begin(qtbot, session):
    page = make_page(qtbot, session)
    assert not page.table.isVisible() and page.empty.isVisible()
    assert "Belum ada kegiatan tercatat" in page.empty.text()
    assert "Tambah kegiatan" in page.empty.text()
    assert page.add_button.isEnabled()
    assert not page.open_button.isEnabled() and not page.delete_button.isEnabled()
    assert not page.cetak_button.isEnabled()


# -- editing -------------------------------------------------------------------------------

def test_open_change_judul_save_and_read_back(qtbot, kecamatan_session):
    page = make_page(qtbot, kecamatan_session)
    before = open_orientasi(qtbot, page)
    editor = page.editor
    assert editor.title.text() == ORIENTASI
    assert editor.subtitle.text() == "Orientasi KKS · 16–17/09/2025 · Kabupaten Batang"
    assert editor.peserta_editor.peserta() == before.peserta
    assert not editor.buttons.ok_button.isEnabled()
    editor.form.judul.setText("Orientasi KKS Kabupaten Batang 2025")
    assert editor.is_modified() and editor.buttons.ok_button.isEnabled()
    assert editor.title.text() == "Orientasi KKS Kabupaten Batang 2025"
    editor.buttons.ok_button.click()
    if editor.buttons.ok_button.text() == "Tetap &simpan":  # a warning in the demo data
        editor.buttons.ok_button.click()
    after = kegiatan_service.ambil(kecamatan_session.workspace, before.uuid)
    assert after.judul == "Orientasi KKS Kabupaten Batang 2025"
    assert [p.uuid for p in after.peserta] == [p.uuid for p in before.peserta]
    assert after.with_changes(judul=before.judul, updated_at="") == before.with_changes(
        updated_at="")
    assert not editor.is_modified() and not editor.buttons.ok_button.isEnabled()
    assert kecamatan_session.undo_stack.undoText() == (
        "simpan kegiatan “Orientasi KKS Kabupaten Batang 2025”")
    editor.back_button.click()
    assert page.currentWidget() is page.list_view
    assert page.current_ringkas().judul == "Orientasi KKS Kabupaten Batang 2025"


def test_an_empty_judul_blocks_the_save_and_names_the_field(qtbot, kecamatan_session):
    page = make_page(qtbot, kecamatan_session)
    before = open_orientasi(qtbot, page)
    editor = page.editor
    editor.tabs.setCurrentWidget(editor.notulen)
    editor.form.judul.clear()
    assert editor.save() is False
    assert "Judul kegiatan: wajib diisi" in editor.problems.text()
    assert "Harus diperbaiki" in editor.problems.text()
    assert editor.tabs.currentWidget() is editor.form
    assert editor.tabs.tabText(0) == "⚠ &Data kegiatan"
    assert "border" in editor.form.judul.styleSheet()
    assert kegiatan_service.ambil(kecamatan_session.workspace, before.uuid) == before
    assert kecamatan_session.undo_stack.count() == 0
    editor.form.judul.setText("Orientasi KKS")
    assert save_past_warnings(editor) is True
    assert editor.tabs.tabText(0) == "&Data kegiatan"
    assert "Harus diperbaiki" not in editor.problems.text()
    assert editor.form.judul.styleSheet() == ""


def test_a_participant_error_opens_the_peserta_tab(qtbot, kecamatan_session):
    page = make_page(qtbot, kecamatan_session)
    open_orientasi(qtbot, page)
    editor = page.editor
    model = editor.peserta_editor.model
    model.append_rows([Peserta("", instansi="Dinas Sosial", hadir=(1,), pre=50.0)])
    assert editor.save() is False
    assert editor.tabs.currentWidget() is editor.peserta_editor
    assert "Nama peserta baris 56: wajib diisi" in editor.problems.text()
    assert editor.tabs.tabText(1).startswith("⚠ ")


def test_warnings_are_saved_after_tetap_simpan(qtbot, kecamatan_session):
    page = make_page(qtbot, kecamatan_session)
    before = open_orientasi(qtbot, page)
    editor = page.editor
    editor.rtl_editor.model.set_rows((*before.rtl, Rtl("Evaluasi enam bulan")))
    editor.rtl_editor.changed.emit()
    assert editor.save() is False
    assert "Waktu RTL baris 7: waktu (tanggal target) belum diisi" in editor.problems.text()
    assert editor.buttons.ok_button.text() == "Tetap &simpan"
    assert len(kegiatan_service.ambil(kecamatan_session.workspace, before.uuid).rtl) == 6
    assert editor.save() is True
    stored = kegiatan_service.ambil(kecamatan_session.workspace, before.uuid)
    assert stored.rtl[-1].kegiatan == "Evaluasi enam bulan"
    assert "Perlu diperiksa" in editor.problems.text()  # still true after the save
    assert editor.buttons.ok_button.text() == "&Simpan"


def test_changing_the_dates_changes_the_attendance_days(qtbot, kecamatan_session):
    page = make_page(qtbot, kecamatan_session)
    before = open_orientasi(qtbot, page)
    editor = page.editor
    assert editor.peserta_editor.model.hari == 2
    editor.form.selesai.setDate(QDate(2025, 9, 18))
    assert editor.peserta_editor.model.hari == 3
    edited = editor.kegiatan()
    assert edited.hari == 3
    assert [p.hadir for p in edited.peserta] == [
        (1, 2, 3) if p.hadir == (1, 2) else p.hadir for p in before.peserta]
    editor.form.selesai.setDate(QDate(2025, 9, 16))
    assert editor.peserta_editor.model.hari == 1
    assert all(set(p.hadir) <= {1} for p in editor.kegiatan().peserta)
    assert save_past_warnings(editor) is True
    assert kegiatan_service.ambil(kecamatan_session.workspace, before.uuid).hari == 1


def test_undo_and_redo_of_a_save_follow_in_the_open_editor(qtbot, kecamatan_session):
    page = make_page(qtbot, kecamatan_session)
    before = open_orientasi(qtbot, page)
    ws, stack = kecamatan_session.workspace, kecamatan_session.undo_stack
    page.editor.form.tempat.setText("Pendopo Kabupaten")
    assert save_past_warnings(page.editor) is True
    stack.undo()
    assert kegiatan_service.ambil(ws, before.uuid).tempat == before.tempat
    assert page.editor.form.tempat.text() == before.tempat
    assert not page.editor.is_modified()
    stack.redo()
    assert kegiatan_service.ambil(ws, before.uuid).tempat == "Pendopo Kabupaten"
    assert page.editor.form.tempat.text() == "Pendopo Kabupaten"


def test_delete_asks_and_undo_brings_the_session_back_whole(qtbot, kecamatan_session, answer):
    page = make_page(qtbot, kecamatan_session)
    ws, stack = kecamatan_session.workspace, kecamatan_session.undo_stack
    before = stored_orientasi(kecamatan_session)
    total = page.model.rowCount()
    page.select_uuid(before.uuid)
    answer.question = No
    page.delete_button.click()
    assert answer.shown == [
        f"Yakin ingin menghapus kegiatan “{ORIENTASI}” (Orientasi KKS, 16/09/2025) beserta "
        f"{len(before.peserta)} peserta, daftar hadir, nilai dan {len(before.rtl)} baris RTL-nya?"
        "\n\nPenghapusan dapat diurungkan dengan Ctrl+Z selama program masih terbuka."]
    assert page.model.rowCount() == total
    answer.question = Yes
    page.delete_button.click()
    assert page.model.rowCount() == total - 1
    assert ORIENTASI not in shown_column(page)
    assert stack.undoText() == f"hapus kegiatan “{ORIENTASI}”"
    stack.undo()
    assert page.model.rowCount() == total
    back = kegiatan_service.ambil(ws, before.uuid)
    assert back.with_changes(updated_at="") == before.with_changes(updated_at="")
    assert [p.uuid for p in back.peserta] == [p.uuid for p in before.peserta]
    stack.redo()
    assert page.model.rowCount() == total - 1


def test_leaving_with_unsaved_edits_asks_save_discard_or_stay(qtbot, kecamatan_session, answer):
    page = make_page(qtbot, kecamatan_session)
    before = open_orientasi(qtbot, page, SOSIALISASI)
    editor = page.editor
    editor.notulen.setPlainText("Dibuka oleh Camat.")
    answer.question = Cancel
    editor.back_button.click()
    assert page.currentWidget() is editor
    assert answer.shown == [f"Perubahan pada kegiatan “{SOSIALISASI}” belum disimpan. "
                            "Simpan sekarang?"]
    answer.question = Discard
    editor.back_button.click()
    assert page.currentWidget() is page.list_view
    assert stored_orientasi(kecamatan_session, SOSIALISASI) == before
    open_orientasi(qtbot, page, SOSIALISASI)
    assert editor.notulen.toPlainText() == before.notulen
    editor.notulen.setPlainText("Dibuka oleh Camat.")
    answer.question = Save
    editor.back_button.click()
    assert page.currentWidget() is page.list_view
    assert stored_orientasi(kecamatan_session, SOSIALISASI).notulen == "Dibuka oleh Camat."


def test_choosing_simpan_when_leaving_still_shows_the_warnings_first(qtbot, kecamatan_session,
                                                                     answer):
    page = make_page(qtbot, kecamatan_session)
    before = open_orientasi(qtbot, page, SOSIALISASI)
    page.editor.rtl_editor.model.set_rows((Rtl("Pemicuan di Dusun Krajan"),))  # no date: a warning
    page.editor.rtl_editor.changed.emit()
    answer.question = Save
    assert page.show_list() is False
    assert page.currentWidget() is page.editor
    assert "Perlu diperiksa" in page.editor.problems.text()
    assert stored_orientasi(kecamatan_session, SOSIALISASI) == before
    page.editor.buttons.ok_button.click()  # Tetap simpan
    assert page.show_list() is True
    assert [r.kegiatan for r in stored_orientasi(kecamatan_session, SOSIALISASI).rtl] == [
        "Pemicuan di Dusun Krajan"]
    assert len(answer.shown) == 1


def test_a_new_session_end_to_end(qtbot, kecamatan_session):
    page = make_page(qtbot, kecamatan_session)
    ws = kecamatan_session.workspace
    total = page.model.rowCount()
    page.add_button.click()
    editor = page.editor
    assert page.currentWidget() is editor
    assert editor.title.text() == "Kegiatan baru"
    assert editor.stored() is None
    form = editor.form
    form.jenis.setCurrentIndex(form.jenis.findData("pemicuan"))
    form.judul.setText("Pemicuan STBM Dusun Krajan")
    form.mulai.setDate(QDate(2025, 11, 4))
    form.wilayah.setCurrentIndex(form.wilayah.findData("33.25.01.2001"))
    form.tempat.setText("Balai Dusun Krajan")
    editor.peserta_editor.model.append_rows([
        Peserta("Siti Aminah", JenisKelamin.P, "Kader", "PKK", "masyarakat", hadir=(1,)),
        Peserta("Budi Santoso", JenisKelamin.L, "Ketua RT", "RT 02", "masyarakat", hadir=(1,)),
    ])
    editor.notulen.setPlainText("Peta sosial dibuat bersama warga.")
    assert editor.save() is True
    saved = [r for r in kegiatan_service.daftar(ws) if r.judul == "Pemicuan STBM Dusun Krajan"]
    assert len(saved) == 1
    stored = kegiatan_service.ambil(ws, saved[0].uuid)
    assert (stored.jenis, str(stored.wilayah), stored.mulai, stored.tempat) == (
        "pemicuan", "33.25.01.2001", dt.date(2025, 11, 4), "Balai Dusun Krajan")
    assert [p.nama for p in stored.peserta] == ["Siti Aminah", "Budi Santoso"]
    assert stored.notulen == "Peta sosial dibuat bersama warga."
    assert editor.stored() == stored and editor.title.text() == "Pemicuan STBM Dusun Krajan"
    assert kecamatan_session.undo_stack.undoText() == (
        "tambah kegiatan “Pemicuan STBM Dusun Krajan”")
    editor.back_button.click()
    assert page.model.rowCount() == total + 1
    assert page.current_ringkas().uuid == stored.uuid
    kecamatan_session.undo_stack.undo()
    assert page.model.rowCount() == total
    assert all(r.uuid != stored.uuid for r in kegiatan_service.daftar(ws))


def test_the_results_tab_counts_unsaved_participants(qtbot, kecamatan_session):
    page = make_page(qtbot, kecamatan_session)
    page.add_button.click()
    editor = page.editor
    editor.peserta_editor.model.append_rows([
        Peserta("Siti Aminah", hadir=(1,), pre=60.0, post=80.0),
        Peserta("Budi Santoso", hadir=(1,), pre=40.0, post=90.0),
        Peserta("Joko", hadir=(1,), pre=50.0)])
    editor.tabs.setCurrentWidget(editor.prepost_view)
    assert editor.prepost_view.hasil.total.pasangan == 2
    assert editor.prepost_view.hasil.total.hanya_pre == 1
    assert [p.nama for p in editor.prepost_view.hasil.tidak_lengkap] == ["Joko"]


def test_undoing_the_add_while_the_editor_shows_it_returns_to_the_list(qtbot, kecamatan_session):
    page = make_page(qtbot, kecamatan_session)
    page.add_button.click()
    page.editor.form.judul.setText("Rapat Forum Kecamatan")
    assert page.editor.save() is True
    kecamatan_session.undo_stack.undo()
    assert page.currentWidget() is page.list_view
    assert "Rapat Forum Kecamatan" not in shown_column(page)


# -- the main window -------------------------------------------------------------------------

def make_window(qtbot, session) -> MainWindow:
    window = MainWindow(session)
    qtbot.addWidget(window, before_close_func=lambda _w: session.undo_stack.clear())
    with qtbot.waitExposed(window):
        window.show()
    return window


def test_the_window_asks_before_leaving_or_closing_with_unsaved_edits(qtbot, kecamatan_session,
                                                                       answer):
    window = make_window(qtbot, kecamatan_session)
    window.show_page("kegiatan")
    page = window.kegiatan_page
    assert window.nav.currentItem().text() == "Kegiatan"
    open_orientasi(qtbot, page, SOSIALISASI)
    page.editor.form.tempat.setText("Pendopo")
    answer.question = Cancel
    window.show_page("desa")
    assert window.stack.currentWidget() is page
    assert window.nav.currentRow() == 4
    assert window.close() is False
    assert len(answer.shown) == 2
    answer.question = Save
    assert window.close() is True
    assert stored_orientasi(kecamatan_session, SOSIALISASI).tempat == "Pendopo"


def test_leaving_the_page_without_edits_does_not_ask(qtbot, kecamatan_session):
    window = make_window(qtbot, kecamatan_session)
    window.show_page("kegiatan")
    open_orientasi(qtbot, window.kegiatan_page)
    window.show_page("beranda")
    assert window.stack.currentWidget() is window.pages["beranda"]


# -- printing --------------------------------------------------------------------------------

def test_print_dialog_offers_the_documents_and_the_signers(qtbot, kecamatan_session):
    from kks_desktop.services.cetak_html import Penandatangan

    kegiatan = stored_orientasi(kecamatan_session)
    dialog = CetakDialog(None, Penandatangan(tempat="Batang", kanan_jabatan="Ketua Panitia"),
                         "rtl", kegiatan.hari)
    qtbot.addWidget(dialog)
    assert dialog.what() == "rtl"
    assert not dialog.kosong.isEnabled()
    dialog.choices["daftar_hadir_kosong"].setChecked(True)
    assert dialog.kosong.isEnabled() and dialog.kosong.value() == 30
    dialog.ttd_edits["kanan_nama"].setText("  Hadi Purnomo ")
    assert dialog.ttd() == Penandatangan(tempat="Batang", kanan_jabatan="Ketua Panitia",
                                         kanan_nama="Hadi Purnomo")
    assert nama_berkas(kegiatan, "daftar_hadir") == (
        "daftar-hadir-2025-09-16-Orientasi-Kabupaten-Sehat-bagi-Forum-dan-Pokja-Desa-Sehat.pdf")
    assert nama_berkas(kegiatan.with_changes(judul='A/B: "C"?'), "rtl") == "rtl-2025-09-16-A-B-C.pdf"


def test_print_from_the_list_writes_the_pdf_and_opens_it(qtbot, kecamatan_session, tmp_path,
                                                          monkeypatch):
    page = make_page(qtbot, kecamatan_session)
    page.select_uuid(stored_orientasi(kecamatan_session).uuid)
    target = tmp_path / "hadir"
    opened: list[QUrl] = []
    monkeypatch.setattr(CetakDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "Dokumen PDF (*.pdf)")))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    page.cetak_button.menu().actions()[0].trigger()
    written = Path(f"{target}.pdf")
    assert written.exists() and written.read_bytes().startswith(b"%PDF")
    assert opened == [QUrl.fromLocalFile(str(written))]


def test_a_refused_file_is_explained(qtbot, kecamatan_session, tmp_path, monkeypatch, answer):
    page = make_page(qtbot, kecamatan_session)
    page.select_uuid(stored_orientasi(kecamatan_session).uuid)
    monkeypatch.setattr(CetakDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    missing = tmp_path / "tidak-ada" / "rtl.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(missing), "")))
    page.print_current("rtl")
    assert not missing.exists()
    assert len(answer.shown) == 1 and str(missing.parent) in answer.shown[0]
