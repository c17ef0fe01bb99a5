"""The Desa page as a Pokja secretary uses it: find, edit, save, undo, delete, add."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.scope import ScopeLevel
from kks_desktop.services import desa_service, pokja_service
from kks_desktop.services.workspace import Workspace
from kks_desktop.ui.add_desa_dialog import AddDesaDialog
from kks_desktop.ui.desa_page import DesaPage
from kks_desktop.ui.desa_table_model import DESA_ROLE
from kks_desktop.ui.session import UiSession

SILURAH = KodeWilayah.parse("33.25.01.2001")
SODONG = KodeWilayah.parse("33.25.01.2002")


def make_page(qtbot, session) -> DesaPage:
    page = DesaPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def type_into(qtbot, edit, text):
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def stored(session, kode=SILURAH):
    return session.workspace.desa.desa(kode)


def test_lists_the_desa_of_the_scope_and_shows_the_first(qtbot, kecamatan_session):
    page = make_page(qtbot, kecamatan_session)
    assert page.model.rowCount() == 15
    assert page.count.text() == "15 desa/kelurahan di Wonotunggal"
    assert "Silurah" in page.title.text() and "33.25.01.2001" in page.title.text()
    assert page.form.identity["kecamatan"].text() == "Wonotunggal"
    assert page.pokja_editor.pokja().sk_nomor == pokja_service.pokja_for(
        kecamatan_session.workspace, SILURAH).sk_nomor


def test_search_filters_by_name_and_code(qtbot, kecamatan_session):
    page = make_page(qtbot, kecamatan_session)
    qtbot.keyClicks(page.search, "sodong")
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 1).data() == "Sodong"
    page.search.clear()
    qtbot.keyClicks(page.search, "33.25.01.201")
    assert [page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount())] == [
        "Kemligi", "Sigayam", "Kreyo", "Siwatu", "Dringo", "Penangkan"]
    assert page.count.text() == "6 dari 15 desa/kelurahan di Wonotunggal"


def test_edit_save_undo_redo(qtbot, kecamatan_session):
    page = make_page(qtbot, kecamatan_session)
    before = stored(kecamatan_session).jumlah_kk
    type_into(qtbot, page.form.edits["jumlah_kk"], "1.300")
    assert page.save_button.isEnabled()
    qtbot.keyClick(page.form.edits["jumlah_kk"], Qt.Key.Key_Return)
    assert stored(kecamatan_session).jumlah_kk == 1300
    assert not page.save_button.isEnabled()
    stack = kecamatan_session.undo_stack
    stack.undo()
    assert stored(kecamatan_session).jumlah_kk == before
    assert page.form.edits["jumlah_kk"].text() == f"{before:,}".replace(",", ".")
    stack.redo()
    assert stored(kecamatan_session).jumlah_kk == 1300


def test_a_bad_number_is_refused_with_a_message_and_nothing_changes(qtbot, kecamatan_session):
    page = make_page(qtbot, kecamatan_session)
    before = stored(kecamatan_session)
    type_into(qtbot, page.form.edits["jumlah_jiwa"], "35OO")
    assert page.save() is False
    assert "Jumlah jiwa: “35OO” bukan bilangan bulat" in page.form.problems.text()
    assert stored(kecamatan_session) == before
    assert kecamatan_session.undo_stack.count() == 0


def test_an_implausible_figure_is_saved_with_a_warning(qtbot, kecamatan_session):
    page = make_page(qtbot, kecamatan_session)
    type_into(qtbot, page.form.edits["jumlah_kk"], "5000")
    type_into(qtbot, page.form.edits["jumlah_jiwa"], "4000")
    assert "lebih besar dari jumlah jiwa" in page.form.problems.text()
    assert page.save() is True
    assert (stored(kecamatan_session).jumlah_kk, stored(kecamatan_session).jumlah_jiwa) == (5000, 4000)
    assert "lebih besar dari jumlah jiwa" in page.form.problems.text()


def test_pokja_edit_is_saved_and_undone(qtbot, kecamatan_session):
    page = make_page(qtbot, kecamatan_session)
    ws = kecamatan_session.workspace
    before = pokja_service.pokja_for(ws, SILURAH)
    type_into(qtbot, page.pokja_editor.sk_nomor, "141/07/2025")
    assert page.save() is True
    assert pokja_service.pokja_for(ws, SILURAH).sk_nomor == "141/07/2025"
    assert pokja_service.pokja_for(ws, SILURAH).anggota == before.anggota
    kecamatan_session.undo_stack.undo()
    assert pokja_service.pokja_for(ws, SILURAH) == before


def test_delete_asks_first_and_undo_brings_everything_back(qtbot, kecamatan_session, answer):
    page = make_page(qtbot, kecamatan_session)
    ws = kecamatan_session.workspace
    desa_before, pokja_before = stored(kecamatan_session), pokja_service.pokja_for(ws, SILURAH)
    answer.question = QMessageBox.StandardButton.No
    page.delete_current()
    assert page.model.rowCount() == 15
    assert "Ikut terhapus: 1 data Pokja" in answer.shown[-1]
    answer.question = QMessageBox.StandardButton.Yes
    page.delete_current()
    assert page.model.row_of("33.25.01.2001") == -1
    assert "Sodong" in page.title.text()
    kecamatan_session.undo_stack.undo()
    assert page.model.row_of("33.25.01.2001") == 0
    assert stored(kecamatan_session).uuid == desa_before.uuid
    assert pokja_service.pokja_for(ws, SILURAH) == pokja_before


def test_switching_desa_with_unsaved_edits_asks(qtbot, kecamatan_session, answer):
    page = make_page(qtbot, kecamatan_session)
    type_into(qtbot, page.form.edits["jumlah_rt"], "99")
    answer.question = QMessageBox.StandardButton.Cancel
    page.table.selectRow(1)
    assert "Silurah" in page.title.text()
    assert page.form.edits["jumlah_rt"].text() == "99"
    answer.question = QMessageBox.StandardButton.Save
    page.table.selectRow(1)
    assert "Sodong" in page.title.text()
    assert page.table.currentIndex().data(DESA_ROLE).nama == "Sodong"
    assert page.form.identity["nama"].text() == "Sodong"
    assert stored(kecamatan_session).jumlah_rt == 99


def test_add_desa_from_the_official_list_then_undo(qtbot, tmp_path, monkeypatch):
    ws = Workspace.open(tmp_path / "kks.db")
    desa_service.start_workspace(ws, desa_service.home_scope(ScopeLevel.KABUPATEN,
                                                             KodeWilayah.parse("33.25")))
    session = UiSession(ws)
    try:
        page = make_page(qtbot, session)
        assert page.model.rowCount() == 0
        monkeypatch.setattr(AddDesaDialog, "ask", classmethod(lambda cls, parent, scope: SODONG))
        page.add_desa()
        assert [page.model.desa_at(r).nama for r in range(page.model.rowCount())] == ["Sodong"]
        assert page.form.identity["kabupaten"].text() == "Kabupaten Batang"
        session.undo_stack.undo()
        assert page.model.rowCount() == 0
        session.undo_stack.redo()
        assert page.model.desa_at(0).nama == "Sodong"
    finally:
        ws.close()


def test_what_was_saved_is_there_after_closing_and_reopening(qtbot, tmp_path):
    path = tmp_path / "kks.db"
    ws = Workspace.open(path)
    desa_service.start_workspace(ws, desa_service.home_scope(ScopeLevel.DESA, SILURAH))
    page = make_page(qtbot, UiSession(ws))
    type_into(qtbot, page.form.edits["jumlah_kk"], "1.111")
    type_into(qtbot, page.pokja_editor.sk_nomor, "141/03/2026")
    page.pokja_editor.add_member()
    page.pokja_editor.model.setData(page.pokja_editor.model.index(0, 0), "Siti Aminah")
    assert page.save() is True
    page.close()
    ws.close()
    with Workspace.open(path) as again:
        assert again.desa.desa(SILURAH).jumlah_kk == 1111
        pokja = again.pokja.pokja_for(SILURAH)
        assert pokja.sk_nomor == "141/03/2026"
        assert [m.nama for m in pokja.anggota] == ["Siti Aminah"]
