"""The Data KK page in the main window: after Sanitasi, read only when shown, refreshed by change
news from other places (a save elsewhere, the Edit menu's undo)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QThreadPool
from test_rumah_tangga_model import SILURAH, SODONG, isi_register, kk_contoh

from kks_desktop.domain.rumah_tangga import RumahTangga
from kks_desktop.services import rumah_tangga_service
from kks_desktop.ui.main_window import MainWindow
from kks_desktop.ui.rumah_tangga_page import RumahTanggaPage
from kks_desktop.ui.session import UiSession


def make_window(qtbot, session) -> MainWindow:
    window = MainWindow(session)
    qtbot.addWidget(window, before_close_func=lambda _w: (
        QThreadPool.globalInstance().waitForDone(), session.undo_stack.clear()))
    with qtbot.waitExposed(window):
        window.show()
    return window


def test_data_kk_comes_after_sanitasi_and_loads_only_when_shown(qtbot, ws, make_desa):
    make_desa(ws, SILURAH)
    make_desa(ws, SODONG)
    isi_register(ws, SILURAH, kk_contoh(30))
    window = make_window(qtbot, UiSession(ws))
    labels = [window.nav.item(r).text() for r in range(window.nav.count())]
    assert labels[2:4] == ["Sanitasi", "Data KK"]
    page = window.pages["data-kk"]
    assert isinstance(page, RumahTanggaPage) and page is window.rumah_tangga_page
    assert page.model.rowCount() == 0 and page.desa_combo.count() == 0  # not read yet
    window.show_page("data-kk")
    assert window.stack.currentWidget() is page
    assert page.desa_combo.count() == 3
    qtbot.waitUntil(lambda: page.model.jumlah() == 30)
    assert page.count.text() == "Menghitung jumlah KK…"  # every desa: counted after drawing
    qtbot.waitUntil(lambda: page.count.text().startswith("30 KK di 1 desa · "))


def test_changes_elsewhere_reach_the_page_now_or_on_its_next_show(qtbot, ws, make_desa):
    make_desa(ws, SILURAH)
    isi_register(ws, SILURAH, kk_contoh(10))
    session = UiSession(ws)
    window = make_window(qtbot, session)
    window.show_page("data-kk")
    page = window.rumah_tangga_page
    assert page.kode == SILURAH  # the only desa: its register opens editable
    rumah_tangga_service.save(ws, SILURAH, [RumahTangga(nama_kepala="Wagiman")],
                              today=dt.date(2026, 1, 1))
    session.notify(str(SILURAH))
    assert page.model.jumlah() == 11
    window.show_page("beranda")
    rumah_tangga_service.save(ws, SILURAH, [RumahTangga(nama_kepala="Wagiyem")],
                              today=dt.date(2026, 1, 1))
    session.notify(str(SILURAH))
    assert page.model.jumlah() == 11  # hidden: nothing read
    window.show_page("data-kk")
    assert page.model.jumlah() == 12


def test_the_edit_menus_undo_takes_back_a_grid_edit(qtbot, ws, make_desa):
    make_desa(ws, SILURAH)
    isi_register(ws, SILURAH, kk_contoh(10))
    window = make_window(qtbot, UiSession(ws))
    window.show_page("data-kk")
    page = window.rumah_tangga_page
    uuid = page.model.household(0).uuid
    before = page.model.household(0).nama_kepala
    assert page.model.setData(page.model.index(0, page.model.column_of("nama_kepala")), "Aan")
    assert window.undo_action.isEnabled() and window.undo_action.text() == "&Urungkan ubah KK Aan"
    window.undo_action.trigger()
    assert ws.rumah_tangga.ambil(uuid).nama_kepala == before
    assert before in {page.model.household(r).nama_kepala for r in range(10)}
    window.redo_action.trigger()
    assert ws.rumah_tangga.ambil(uuid).nama_kepala == "Aan"
