"""The Ekspor/Impor page in the main window: its place, keys, the history, other pages refresh."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from test_main_window import make_window
from test_pertukaran_impor import edit_cell

from kks_desktop.domain.errors import Cancelled
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.services import buku_desa
from kks_desktop.services.lembar_desa import SHEET_DESA
from kks_desktop.ui.impor_panel import BATAL_FOLDER, ImporPanel
from kks_desktop.ui.pertukaran_page import PertukaranPage
from kks_desktop.ui.riwayat_pertukaran import COL_ARAH, COL_SHA, COL_WAKTU, COL_WILAYAH

SILURAH = KodeWilayah.parse("33.25.01.2001")
WAIT = 30_000


def test_the_page_sits_in_the_area_list_with_its_tabs(qtbot, kecamatan_session):
    window = make_window(qtbot, kecamatan_session)
    labels = [window.nav.item(r).text() for r in range(window.nav.count())]
    assert labels[6] == "Ekspor/Impor"
    assert not any("segera" in label for label in labels)
    window.show_page("ekspor-impor")
    page = window.stack.currentWidget()
    assert isinstance(page, PertukaranPage) and window.nav.currentRow() == 6
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "E&kspor", "&Impor", "&Riwayat"]
    assert "ekspor-impor" in window.view_keys


def test_ctrl_e_on_the_page_asks_where_to_write_the_desa_workbook(qtbot, kecamatan_session,
                                                                   monkeypatch, tmp_path):
    asked: list[str] = []

    def ask(parent, title, suggested, filter_):
        asked.append(Path(suggested).name)
        return str(tmp_path / Path(suggested).name), filter_

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    window = make_window(qtbot, kecamatan_session)
    window.show_page("ekspor-impor")
    page = window.pages["ekspor-impor"]
    page.tabs.setCurrentWidget(page.riwayat)
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentWidget() is page.ekspor
    assert asked == [buku_desa.nama_berkas_desa(SILURAH, "Silurah")]
    qtbot.waitUntil(lambda: page.ekspor.pesan.isVisible(), timeout=WAIT)
    assert (tmp_path / asked[0]).exists()


def test_an_import_refreshes_the_other_pages_and_the_history_lists_newest_first(
        qtbot, qtmodeltester, kecamatan_session, tmp_path):
    ws = kecamatan_session.workspace
    window = make_window(qtbot, kecamatan_session)
    window.show_page("desa")
    desa_page = window.desa_page
    desa_page.select_kode(str(SILURAH))
    sent = buku_desa.ekspor_desa(ws, [SILURAH], tmp_path / "silurah.xlsx")
    edit_cell(sent.path, SHEET_DESA, ("Kode Desa", str(SILURAH)), "Jumlah KK", 1777)
    window.show_page("ekspor-impor")
    page = window.pages["ekspor-impor"]
    page.tabs.setCurrentWidget(page.impor)
    assert page.impor.buka([sent.path]) is True
    qtbot.waitUntil(lambda: page.impor.rencana is not None, timeout=WAIT)
    page.impor.view.impor_button.click()
    qtbot.waitUntil(lambda: page.impor.pesan.isVisible() and not page.impor._busy, timeout=WAIT)
    assert ws.desa.desa(SILURAH).jumlah_kk == 1777
    window.show_page("desa")
    assert desa_page.form.edits["jumlah_kk"].text() == "1.777"
    window.show_page("ekspor-impor")
    page.tabs.setCurrentWidget(page.riwayat)
    model = page.riwayat.model
    assert [model.index(r, COL_ARAH).data() for r in range(model.rowCount())] == [
        "Impor", "Ekspor"]
    received = ws.pertukaran.imports()[0]
    assert model.index(0, COL_SHA).data() == received.sha256[:12]
    assert model.index(0, COL_SHA).data(Qt.ItemDataRole.ToolTipRole) == received.sha256
    assert model.index(1, COL_WILAYAH).data() == "33.25.01.2001 Silurah"
    assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", model.index(0, COL_WAKTU).data())
    assert not page.riwayat.empty.isVisible()
    qtmodeltester.check(model)
    qtmodeltester.check(page.riwayat.proxy)


def test_the_history_of_a_new_workspace_explains_itself(qtbot, session):
    page = PertukaranPage(session)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.riwayat)
    assert page.riwayat.model.rowCount() == 0
    assert page.riwayat.empty.isVisible()
    assert page.riwayat.empty.text().startswith("Belum ada buku kerja yang diekspor")


def test_batal_during_a_folder_import_says_what_stays(qtbot, session):
    panel = ImporPanel(session)
    qtbot.addWidget(panel)
    news: list[str] = []
    session.data_changed.connect(news.append)
    panel._batal_text = BATAL_FOLDER
    panel._gagal(Cancelled())
    assert panel.pesan.label.text() == BATAL_FOLDER
    assert news == [""]
    panel._batal_text = ""
    panel._gagal(Cancelled())
    assert panel.pesan.label.text() == "Dibatalkan. Tidak ada yang setengah jadi; data tidak berubah."
