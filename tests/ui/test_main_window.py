"""The main window: area list and pages, Beranda figures, status bar, Edit menu undo, closing."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox

from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.services import cadangan
from kks_desktop.services.overview import overview
from kks_desktop.ui.beranda_page import BerandaPage
from kks_desktop.ui.desa_page import DesaPage
from kks_desktop.ui.formatting import size_text
from kks_desktop.ui.main_window import MainWindow

SILURAH = KodeWilayah.parse("33.25.01.2001")
PAGE_KEYS = ["beranda", "desa", "sanitasi-ringkasan", "data-kk", "kegiatan", "kesiapan",
             "ekspor-impor", "pengaturan"]


def make_window(qtbot, session) -> MainWindow:
    window = MainWindow(session)
    # The session outlives the window here; its QUndoStack emits indexChanged when destroyed,
    # which would reach MainWindow.update_status on a deleted label (see report).
    qtbot.addWidget(window, before_close_func=lambda _w: session.undo_stack.clear())
    with qtbot.waitExposed(window):
        window.show()
    return window


def nav_texts(window) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def label_texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def type_into(qtbot, edit, text):
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_area_list_in_order(qtbot, kecamatan_session):
    window = make_window(qtbot, kecamatan_session)
    assert nav_texts(window) == [
        "Beranda", "Desa dan Pokja", "Sanitasi", "Data KK", "Kegiatan",
        "Kesiapan", "Ekspor/Impor", "Pengaturan"]
    assert list(window.pages) == PAGE_KEYS
    assert window.windowTitle() == "KKS Desktop — Wonotunggal"


def test_starts_on_beranda_and_show_page_switches_the_stack(qtbot, kecamatan_session):
    window = make_window(qtbot, kecamatan_session)
    assert isinstance(window.stack.currentWidget(), BerandaPage)
    assert window.nav.currentRow() == 0
    window.show_page("desa")
    assert isinstance(window.stack.currentWidget(), DesaPage)
    assert window.stack.currentWidget() is window.pages["desa"]
    assert window.nav.currentRow() == 1
    window.show_page("pengaturan")
    assert window.stack.currentWidget() is window.pages["pengaturan"]
    assert window.nav.currentRow() == 7
    window.nav.setCurrentRow(4)
    assert window.stack.currentWidget() is window.pages["kegiatan"]


def test_every_area_is_built_and_none_says_not_yet_available(qtbot, kecamatan_session):
    window = make_window(qtbot, kecamatan_session)
    for key, page in window.pages.items():
        assert not any("belum tersedia" in t for t in label_texts(page)), key


def test_beranda_shows_the_scope_and_the_overview_figures(qtbot, kecamatan_session):
    window = make_window(qtbot, kecamatan_session)
    beranda = window.pages["beranda"]
    o = overview(kecamatan_session.workspace)
    assert beranda.heading.text() == "Wilayah kerja: Wonotunggal (33.25.01)"
    assert (o.desa_registered, o.desa_in_official_list, o.demo_desa) == (15, 15, 15)
    shown = {key: (value.text(), detail.text()) for key, (value, detail) in beranda.cards.items()}
    assert list(shown) == ["desa", "sk", "sekretariat", "anggota"]
    assert shown["desa"] == ("15", "dari 15 dalam daftar resmi")
    assert shown["sk"] == (str(o.pokja_with_sk), f"{round(100 * o.pokja_with_sk / 15)}% dari 15 desa")
    assert shown["sekretariat"] == (str(o.pokja_with_sekretariat),
                                    f"{round(100 * o.pokja_with_sekretariat / 15)}% dari 15 desa")
    assert shown["anggota"] == (str(o.pokja_members), "orang tercatat")
    assert o.pokja_members > 15 * 4
    assert beranda.demo_note.text() == "15 desa berisi data contoh (demo), bukan data resmi."


def test_beranda_follows_undo_and_redo_of_a_delete(qtbot, kecamatan_session, answer):
    window = make_window(qtbot, kecamatan_session)
    beranda = window.pages["beranda"]
    answer.question = QMessageBox.StandardButton.Yes
    window.pages["desa"].delete_current()
    window.undo_action.trigger()
    assert beranda.cards["desa"][0].text() == "15"
    window.redo_action.trigger()
    assert beranda.cards["desa"][0].text() == "14"
    assert beranda.cards["desa"][1].text() == "dari 15 dalam daftar resmi"
    assert beranda.demo_note.text() == "14 desa berisi data contoh (demo), bukan data resmi."


def test_beranda_follows_a_delete_right_away(qtbot, kecamatan_session, answer):
    window = make_window(qtbot, kecamatan_session)
    answer.question = QMessageBox.StandardButton.Yes
    window.pages["desa"].delete_current()
    assert window.pages["beranda"].cards["desa"][0].text() == "14"


def test_beranda_follows_a_pokja_save_right_away(qtbot, kecamatan_session):
    window = make_window(qtbot, kecamatan_session)
    page = window.pages["desa"]
    before = overview(kecamatan_session.workspace).pokja_with_sekretariat
    sekretariat = page.pokja_editor.sekretariat
    sekretariat.setCurrentIndex(2 if sekretariat.currentText() == "Ada" else 1)
    assert page.save() is True
    after = overview(kecamatan_session.workspace).pokja_with_sekretariat
    assert after != before
    assert window.pages["beranda"].cards["sekretariat"][0].text() == str(after)


def test_status_bar_shows_the_workspace_path_and_size(qtbot, kecamatan_session):
    window = make_window(qtbot, kecamatan_session)
    ws = kecamatan_session.workspace
    match = re.fullmatch(r"Berkas data: (.+)  \((\d[\d.,]*) (KB|MB)\)", window.file_label.text())
    assert match is not None, window.file_label.text()
    assert match.group(1) == str(ws.path)
    assert f"{match.group(2)} {match.group(3)}" == size_text(ws.size_bytes())
    assert window.file_label in window.statusBar().findChildren(QLabel)
    assert window.backup_label.text() == "⚠ Belum ada cadangan"
    cadangan.buat(ws)
    window.update_status()
    assert re.fullmatch(r"Cadangan terakhir: hari ini \d\d\.\d\d", window.backup_label.text())


def test_undo_action_names_the_save_and_restores_the_value(qtbot, kecamatan_session):
    window = make_window(qtbot, kecamatan_session)
    ws = kecamatan_session.workspace
    before = ws.desa.desa(SILURAH).jumlah_kk
    assert not window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Urungkan"
    window.show_page("desa")
    page = window.pages["desa"]
    type_into(qtbot, page.form.edits["jumlah_kk"], "1.300")
    assert page.save() is True
    assert ws.desa.desa(SILURAH).jumlah_kk == 1300
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Urungkan simpan Silurah"
    assert not window.redo_action.isEnabled()
    window.undo_action.trigger()
    assert ws.desa.desa(SILURAH).jumlah_kk == before
    assert page.form.edits["jumlah_kk"].text() == f"{before:,}".replace(",", ".")
    assert not window.undo_action.isEnabled()
    assert window.redo_action.isEnabled()
    assert window.redo_action.text() == "U&langi simpan Silurah"
    window.redo_action.trigger()
    assert ws.desa.desa(SILURAH).jumlah_kk == 1300


def test_undo_and_redo_actions_sit_in_the_edit_menu(qtbot, kecamatan_session):
    window = make_window(qtbot, kecamatan_session)
    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    assert list(menus) == ["&Berkas", "&Edit", "Ba&ntuan"]
    assert menus["&Edit"].actions()[:2] == [window.undo_action, window.redo_action]
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert QKeySequence("Ctrl+Y") in window.redo_action.shortcuts()


def test_ctrl_number_shortcuts_open_each_area(qtbot, kecamatan_session):
    window = make_window(qtbot, kecamatan_session)
    by_shortcut = {a.shortcut().toString(): a for a in window.actions() if not a.shortcut().isEmpty()}
    assert sorted(by_shortcut) == [f"Ctrl+{n}" for n in range(1, 9)]
    for number in (3, 7, 2, 5, 1, 8, 6, 4):
        by_shortcut[f"Ctrl+{number}"].trigger()
        assert window.stack.currentWidget() is window.pages[PAGE_KEYS[number - 1]]
        assert window.nav.currentRow() == number - 1


def test_a_ctrl_number_key_press_switches_the_page(qtbot, kecamatan_session):
    window = make_window(qtbot, kecamatan_session)
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.pages["desa"]
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.pages["kesiapan"]


def test_closing_without_edits_does_not_ask(qtbot, kecamatan_session):
    window = make_window(qtbot, kecamatan_session)
    assert window.close() is True
    assert not window.isVisible()


def test_closing_with_unsaved_edits_asks_cancel_keeps_discard_closes(qtbot, kecamatan_session, answer):
    window = make_window(qtbot, kecamatan_session)
    ws = kecamatan_session.workspace
    before = ws.desa.desa(SILURAH).jumlah_kk
    window.show_page("desa")
    type_into(qtbot, window.pages["desa"].form.edits["jumlah_kk"], "1.300")
    answer.question = QMessageBox.StandardButton.Cancel
    assert window.close() is False
    assert window.isVisible()
    assert answer.shown == ["Perubahan pada Silurah belum disimpan. Simpan sekarang?"]
    assert window.pages["desa"].form.edits["jumlah_kk"].text() == "1.300"
    answer.question = QMessageBox.StandardButton.Discard
    assert window.close() is True
    assert not window.isVisible()
    assert len(answer.shown) == 2
    assert ws.desa.desa(SILURAH).jumlah_kk == before


def test_closing_with_unsaved_edits_and_choosing_save_saves(qtbot, kecamatan_session, answer):
    window = make_window(qtbot, kecamatan_session)
    window.show_page("desa")
    type_into(qtbot, window.pages["desa"].form.edits["jumlah_kk"], "1.300")
    answer.question = QMessageBox.StandardButton.Save
    assert window.close() is True
    assert kecamatan_session.workspace.desa.desa(SILURAH).jumlah_kk == 1300


def test_closing_with_an_unsavable_edit_and_choosing_save_stays_open(qtbot, kecamatan_session, answer):
    window = make_window(qtbot, kecamatan_session)
    window.show_page("desa")
    type_into(qtbot, window.pages["desa"].form.edits["jumlah_jiwa"], "35OO")
    answer.question = QMessageBox.StandardButton.Save
    assert window.close() is False
    assert window.isVisible()
    assert "bukan bilangan bulat" in window.pages["desa"].form.problems.text()


def test_sanitasi_view_is_the_desa_pages_sanitasi_tab(qtbot, kecamatan_session):
    window = make_window(qtbot, kecamatan_session)
    window.show_page("sanitasi")
    assert window.stack.currentWidget() is window.desa_page
    assert window.desa_page.tabs.currentWidget() is window.desa_page.sanitasi_tab
    assert "sanitasi" in window.view_keys and "sanitasi-ringkasan" in window.view_keys


def test_overview_click_through_opens_that_desas_sanitasi_tab(qtbot, kecamatan_session):
    window = make_window(qtbot, kecamatan_session)
    window.show_page("sanitasi-ringkasan")
    window.sanitasi_page.desa_requested.emit("33.25.01.2007")
    assert window.stack.currentWidget() is window.desa_page
    assert window.desa_page.tabs.currentWidget() is window.desa_page.sanitasi_tab
    assert window.desa_page.title.text().startswith("Desa Brokoh")


def test_kesiapan_matrix_view_and_its_click_through_to_a_desa_checklist(qtbot,
                                                                       kecamatan_session):
    window = make_window(qtbot, kecamatan_session)
    page = window.kesiapan_page
    window.show_page("kesiapan-matriks")
    assert window.stack.currentWidget() is page
    assert page.tabs.currentWidget() is page.matriks and page.tabs.tabBar().isVisible()
    assert page.matriks.model.rowCount() == 15
    page.matriks.desa_dipilih.emit("pokja-desa-2025", "33.25.01.2007")
    assert page.tabs.currentIndex() == 0
    assert (page.current_definisi().id, page.current_kode()) == ("pokja-desa-2025",
                                                                  "33.25.01.2007")
    assert page.daftar.isVisible() and "Desa Brokoh" in " ".join(label_texts(page.daftar))
    assert "kesiapan-matriks" in window.view_keys


def test_a_desa_workspace_has_the_checklist_without_a_matrix(qtbot, ws, make_desa):
    from kks_desktop.domain.scope import Scope, ScopeLevel
    from kks_desktop.ui.session import UiSession

    desa = make_desa(ws, SILURAH)
    ws.set_scope(Scope(ScopeLevel.DESA, desa.kode, desa.nama))
    window = make_window(qtbot, UiSession(ws))
    window.show_page("kesiapan-matriks")
    page = window.kesiapan_page
    assert window.stack.currentWidget() is page and page.matriks is None
    assert not page.tabs.tabBar().isVisible()
    assert page.current_kode() == str(SILURAH)


def test_the_program_shows_its_own_icon(qtbot) -> None:
    from kks_desktop.ui.app import application
    assert not application().windowIcon().isNull()


def test_only_beranda_is_built_at_start_and_a_page_when_first_shown(qtbot, kecamatan_session):
    window = make_window(qtbot, kecamatan_session)
    assert [k for k in PAGE_KEYS if window.pages.dibangun(k)] == ["beranda"]
    window.show_page("kesiapan")
    assert window.pages.dibangun("kesiapan") and window.stack.currentWidget() is window.pages["kesiapan"]
    assert [k for k in PAGE_KEYS if window.pages.dibangun(k)] == ["beranda", "kesiapan"]
    assert window.unsaved_settled()  # the pages with edits were never built: nothing to ask
