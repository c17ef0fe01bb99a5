"""Undo and redo of bulk actions in the session: an import (from the Edit menu), a folder import
as one step, refusals that show why and leave the stack usable, and Ctrl+Z after a paste of
participants. Checked against a dump of every record table."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from riwayat_uji import dump

from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.scope import Scope, ScopeLevel
from kks_desktop.services import buku_desa, desa_service, kegiatan_service, riwayat_service
from kks_desktop.services.workspace import Workspace
from kks_desktop.ui.aksi_command import push_aksi
from kks_desktop.ui.impor_panel import FOLDER, ImporPanel
from kks_desktop.ui.main_window import MainWindow
from kks_desktop.ui.session import UiSession
from kks_desktop.ui.tempel_dialog import TempelDialog

BROKOH = KodeWilayah.parse("33.25.01.2007")
SILURAH = KodeWilayah.parse("33.25.01.2001")
WAIT = 30_000
SUDAH_BERUBAH = ("Data itu sudah diubah lagi sesudahnya; urungkan perubahan yang lebih baru "
                 "dahulu, atau kembalikan versinya lewat Riwayat. Tidak ada yang diubah.")


@pytest.fixture
def brokoh_book(kecamatan_session, tmp_path) -> Path:
    """Brokoh's workbook (desa, Pokja, reports, ODF path, sessions) from the demo."""
    target = tmp_path / buku_desa.nama_berkas_desa(BROKOH, "Brokoh")
    return buku_desa.ekspor_desa(kecamatan_session.workspace, [BROKOH], target).path


@pytest.fixture
def kabupaten(tmp_path, qtbot):
    """A UiSession on an empty kabupaten workspace, to import into."""
    ws = Workspace.open(tmp_path / "kabupaten.db")
    ws.set_scope(Scope(ScopeLevel.KABUPATEN, KodeWilayah.parse("33.25"), "Kabupaten Batang"))
    session = UiSession(ws)
    yield session
    session.undo_stack.clear()  # while the workspace is open: the window still listens
    ws.close()


def import_book(qtbot, panel: ImporPanel, path: Path) -> None:
    assert panel.buka([path]) is True
    qtbot.waitUntil(lambda: not panel._busy, timeout=WAIT)
    assert panel.view.impor_button.isEnabled()
    panel.view.impor_button.click()
    qtbot.waitUntil(lambda: not panel._busy, timeout=WAIT)
    assert panel.pesan.label.text().startswith(f"{path.name}: Tersimpan ")
    assert panel.pesan.label.text().endswith(" Dapat diurungkan dengan Ctrl+Z.")


def import_folder(qtbot, session: UiSession, folder: Path, answer) -> ImporPanel:
    panel = ImporPanel(session)
    qtbot.addWidget(panel)
    answer.question = QMessageBox.StandardButton.Yes
    assert panel.buka([folder]) is True
    qtbot.waitUntil(lambda: panel.stack.currentIndex() == FOLDER and not panel._busy,
                    timeout=WAIT)
    return panel


def test_an_import_is_undone_and_redone_from_the_edit_menu(qtbot, brokoh_book, kabupaten) -> None:
    ws = kabupaten.workspace
    window = MainWindow(kabupaten)
    qtbot.addWidget(window)
    before = dump(ws.path)
    import_book(qtbot, window.pages["ekspor-impor"].impor, brokoh_book)
    after = dump(ws.path)
    assert [d.kode for d in desa_service.desa_list(ws)] == [BROKOH]
    assert after["laporan_sanitasi"] and after["kegiatan_peserta"] and after["sinkron_dasar"]
    assert window.undo_action.text() == f"&Urungkan impor {brokoh_book.name}"
    for _cycle in range(2):
        window.undo_action.trigger()
        assert dump(ws.path) == before
        assert window.desa_page.model.rowCount() == 0  # the pages were told
        assert window.redo_action.text() == f"U&langi impor {brokoh_book.name}"
        window.redo_action.trigger()
        assert dump(ws.path) == after
        assert window.desa_page.model.rowCount() == 1
    titles = [riwayat_service.judul(ws, a) for a, _e in riwayat_service.rekaman(
        ws, desa_service.desa_list(ws)[0].uuid)]
    assert titles[:4] == [f"{verb}: impor {brokoh_book.name}"
                          for verb in ("Ulangi", "Urungkan", "Ulangi", "Urungkan")]


def test_a_folder_import_is_one_step(qtbot, tmp_path, kecamatan_session, kabupaten,
                                     answer) -> None:
    folder = tmp_path / "masuk"
    folder.mkdir()
    codes = buku_desa.desa_dalam_lingkup(kecamatan_session.workspace)[:3]
    buku_desa.ekspor_per_desa(kecamatan_session.workspace, codes, folder)
    ws = kabupaten.workspace
    before = dump(ws.path)
    import_folder(qtbot, kabupaten, folder, answer)
    after = dump(ws.path)
    assert sorted(str(d.kode) for d in desa_service.desa_list(ws)) == [str(k) for k in codes]
    stack = kabupaten.undo_stack
    assert (stack.count(), stack.undoText()) == (1, "impor 3 buku kerja dari masuk")
    stack.undo()
    assert dump(ws.path) == before
    stack.redo()
    assert dump(ws.path) == after


def test_an_import_that_wrote_nothing_puts_nothing_on_the_stack(qtbot, tmp_path, kabupaten,
                                                                answer) -> None:
    ws = kabupaten.workspace
    desa_service.add_desa(ws, desa_service.new_desa(ws, SILURAH))  # an earlier action
    folder = tmp_path / "masuk"
    folder.mkdir()
    (folder / "catatan.xlsx").write_text("bukan buku kerja")
    panel = import_folder(qtbot, kabupaten, folder, answer)
    assert panel.folder_view.model.index(0, 1).data() == "Ditolak"
    assert kabupaten.undo_stack.count() == 0  # not the earlier action, nor anything


def test_a_refused_undo_says_why_and_the_steps_below_still_work(qtbot, brokoh_book, kabupaten,
                                                                answer) -> None:
    ws, stack = kabupaten.workspace, kabupaten.undo_stack
    desa_service.add_desa(ws, desa_service.new_desa(ws, SILURAH))
    assert push_aksi(kabupaten, [riwayat_service.aksi_terakhir(ws).id], "tambah desa Silurah")
    panel = ImporPanel(kabupaten)
    qtbot.addWidget(panel)
    import_book(qtbot, panel, brokoh_book)
    brokoh = next(d for d in desa_service.desa_list(ws) if d.kode == BROKOH)
    desa_service.update_desa(ws, brokoh.with_changes(telepon="0812-9"))  # not on the stack
    edited = dump(ws.path)
    assert stack.undoText() == f"impor {brokoh_book.name}"
    stack.undo()
    qtbot.waitUntil(lambda: bool(answer.shown), timeout=WAIT)
    assert answer.shown == [SUDAH_BERUBAH]
    assert dump(ws.path) == edited
    assert (stack.count(), stack.index(), stack.undoText()) == (1, 1, "tambah desa Silurah")
    stack.undo()
    assert [d.kode for d in desa_service.desa_list(ws)] == [BROKOH]
    stack.redo()
    assert [d.kode for d in desa_service.desa_list(ws)] == [SILURAH, BROKOH]


def test_a_refused_redo_says_why_and_leaves_the_data_as_it_is(qtbot, brokoh_book, kabupaten,
                                                              answer) -> None:
    ws, stack = kabupaten.workspace, kabupaten.undo_stack
    panel = ImporPanel(kabupaten)
    qtbot.addWidget(panel)
    import_book(qtbot, panel, brokoh_book)
    stack.undo()
    typed = desa_service.add_desa(ws, desa_service.new_desa(ws, BROKOH)).desa  # typed in again
    before = dump(ws.path)
    stack.redo()
    qtbot.waitUntil(lambda: bool(answer.shown), timeout=WAIT)
    assert answer.shown == ["Data itu sudah ada lagi (dipulihkan atau diimpor kembali). "
                            "Tidak ada yang diubah."]
    assert dump(ws.path) == before
    assert [d.uuid for d in desa_service.desa_list(ws)] == [typed.uuid]
    assert (stack.count(), stack.canUndo(), stack.canRedo()) == (0, False, False)


def test_ctrl_z_in_the_grid_takes_a_paste_out_then_undoes_the_save(qtbot, monkeypatch,
                                                                   kecamatan_session) -> None:
    def accept(dialog: TempelDialog) -> int:
        dialog.show()
        qtbot.mouseClick(dialog.tambah_button, Qt.MouseButton.LeftButton)
        return dialog.result()
    monkeypatch.setattr(TempelDialog, "exec", accept)
    window = MainWindow(kecamatan_session)
    qtbot.addWidget(window)
    window.show()
    window.show_page("kegiatan")
    page = window.kegiatan_page
    page.open_current()
    editor = page.editor.peserta_editor
    page.editor.tabs.setCurrentWidget(editor)
    stored = page.editor.stored()
    original = editor.peserta()
    editor.tempel("Nama\tJK\nRudi Hartono\tL\nSri Wahyuni\tP\n")
    pasted = editor.peserta()
    assert [p.nama for p in pasted[len(original):]] == ["Rudi Hartono", "Sri Wahyuni"]
    assert editor.table.hasFocus() or QApplication.focusWidget() is None
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.peserta() == original
    assert editor.pesan_label.text() == ("Tempelan diurungkan: 2 peserta dikeluarkan lagi "
                                         "(Ctrl+Y mengulanginya).")
    assert not page.editor.is_modified() and kecamatan_session.undo_stack.count() == 0
    qtbot.keyClick(editor.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert editor.peserta() == pasted
    assert page.editor.save() is True
    saved = kegiatan_service.ambil(kecamatan_session.workspace, stored.uuid)
    assert len(saved.peserta) == len(original) + 2
    # Saved: the paste is part of the save, which the main Urungkan takes back.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert kegiatan_service.ambil(kecamatan_session.workspace, stored.uuid).peserta == original
    assert editor.peserta() == original
    kecamatan_session.undo_stack.clear()  # while the workspace is open: the window listens
