"""The Data KK page with real widgets: choosing a desa, searching, counts, typing in the grid (saved
at once, refused with the data unchanged), Ya/Tidak keys, new KK, paste, delete, undo/redo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit
from test_rumah_tangga_model import SILURAH, SODONG, isi_register, kk_contoh

from kks_desktop.domain.rumah_tangga import Pembuangan, RumahTangga
from kks_desktop.domain.sanitasi import Rung
from kks_desktop.services import rumah_tangga_service
from kks_desktop.ui.rumah_tangga_model import GANDA_BRUSH
from kks_desktop.ui.rumah_tangga_page import SEMUA_DESA, RumahTanggaPage
from kks_desktop.ui.session import UiSession


@pytest.fixture
def page(qtbot, ws, make_desa):
    """The page on Silurah (60 KK) with Sodong (20 KK) beside it, shown."""
    make_desa(ws, SILURAH)
    make_desa(ws, SODONG)
    isi_register(ws, SILURAH, kk_contoh(60))
    isi_register(ws, SODONG, kk_contoh(20, 1000))
    widget = RumahTanggaPage(UiSession(ws))
    qtbot.addWidget(widget, before_close_func=selesai)
    widget.resize(1280, 700)
    with qtbot.waitExposed(widget):
        widget.show()
    assert widget.pilih_desa(SILURAH)
    return widget


def selesai(page: RumahTanggaPage) -> None:
    """Before the workspace closes: no background read left, nothing left to undo."""
    QThreadPool.globalInstance().waitForDone()
    page.session.undo_stack.clear()


def stored(page: RumahTanggaPage) -> list[RumahTangga]:
    ws = page.session.workspace
    return list(ws.rumah_tangga.semua_desa(ws.rumah_tangga.desa_id(SILURAH)))


def at(page: RumahTanggaPage, row: int, kunci: str) -> str:
    return page.model.index(row, page.model.column_of(kunci)).data()


def type_cell(qtbot, page: RumahTanggaPage, row: int, kunci: str, text: str) -> None:
    """Type over a cell and press Enter: the first key opens the editor, which then has the keys."""
    table = page.table
    table.setFocus()
    table.go_to(row, page.model.column_of(kunci))
    qtbot.keyClick(table, text[0])
    line = table.indexWidget(table.currentIndex())
    assert isinstance(line, QLineEdit)
    qtbot.keyClicks(line, text[1:])
    qtbot.keyClick(line, Qt.Key.Key_Return)


def test_desa_list_counts_and_every_desa_read_only(qtbot, page):
    combo = page.desa_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        SEMUA_DESA, "Silurah (Wonotunggal)", "Sodong (Wonotunggal)"]
    expected = rumah_tangga_service.hitungan(page.session.workspace, SILURAH)[str(SILURAH)]
    assert page.count.text() == (
        f"60 KK · {expected.tanpa_tangga} belum lengkap · 0 mungkin ganda")
    assert page.model.rowCount() == 61 and page.model.editable
    assert page.tambah_button.isEnabled() and page.hitung_button.isEnabled()
    page.pilih_desa(None)
    qtbot.waitUntil(lambda: not page._baca_ids.sibuk)
    assert page.model.rowCount() == 80 and not page.model.editable
    assert page.model.kolom[1].kunci == "desa"
    assert {page.model.index(r, 1).data() for r in range(80)} == {"Silurah", "Sodong"}
    qtbot.waitUntil(lambda: page.count.text().startswith("80 KK di 2 desa · "))
    assert not page.tambah_button.isEnabled() and not page.hapus_button.isEnabled()
    assert not page.hitung_button.isEnabled() and page.ekspor_button.isEnabled()
    assert page.tambah_button.toolTip() == "Pilih satu desa dahulu."


def test_search_by_name_and_by_no_kk_waits_for_the_typing_to_stop(qtbot, page):
    qtbot.keyClicks(page.search, "sutrisno 0000")
    assert page.model.jumlah() == 60  # not yet: the search waits ~250 ms
    qtbot.waitUntil(lambda: page.model.jumlah() == 2, timeout=2000)
    assert [at(page, r, "nama_kepala") for r in range(2)] == ["Sutrisno 00000", "Sutrisno 00008"]
    assert page.count.text().startswith("2 KK cocok dari 60 KK · ")
    page.search.setText("3325011503800059")
    page.search.returnPressed.emit()  # Enter searches at once
    assert page.model.jumlah() == 1 and at(page, 0, "nama_kepala") == "Rohmat 00059"
    page.pilih_desa(None)  # the same search over every desa
    page.search.setText("Darto")
    page._cari_sekarang()  # over every desa: on a pool thread
    qtbot.waitUntil(lambda: page.model.jumlah() == 11)
    names = {page.model.index(r, page.model.column_of("nama_kepala")).data()
             for r in range(page.model.jumlah())}
    assert len(names) == 11 and "Darto 01002" in names and "Darto 00002" in names


def test_typed_cells_are_saved_at_once_and_the_rung_follows(qtbot, page):
    row = next(r for r in range(60) if page.model.household(r).jawaban[:3] == (False, None, None)
               and page.model.household(r).pembuangan is Pembuangan.SEPTIK_AMAN)
    assert at(page, row, "tangga") == "BABS terbuka"
    uuid = page.model.household(row).uuid
    page.table.setFocus()
    page.table.go_to(row, page.model.column_of("p1_bab_jamban"))
    qtbot.keyClick(page.table, Qt.Key.Key_Y)
    saved = page.session.workspace.rumah_tangga.ambil(uuid)
    assert saved.jawab("p1_bab_jamban") is True and saved.tangga is None
    assert at(page, row, "p1_bab_jamban") == "Ya" and at(page, row, "tangga") == ""
    qtbot.keyClick(page.table, Qt.Key.Key_Y)  # moved on to "Jamban sendiri"
    qtbot.keyClick(page.table, Qt.Key.Key_Y)  # and "Leher angsa"
    assert page.session.workspace.rumah_tangga.ambil(uuid).tangga is Rung.AMAN
    assert at(page, row, "tangga") == "Akses aman"
    type_cell(qtbot, page, row, "nama_kepala", "Budi Santoso")
    assert page.session.workspace.rumah_tangga.ambil(uuid).nama_kepala == "Budi Santoso"
    assert at(page, row, "nama_kepala") == "Budi Santoso"  # the row stays where it was
    assert page.session.undo_stack.count() == 4


def test_an_invalid_edit_is_refused_with_the_field_named_and_nothing_changed(qtbot, page):
    before = stored(page)
    type_cell(qtbot, page, 4, "no_kk", "12345")
    assert page.pesan.text() == "No. KK baris 5: harus 16 angka (yang tertulis 5 karakter)"
    assert page.pesan.isVisible() and "b00020" in page.pesan.styleSheet()
    type_cell(qtbot, page, 4, "tanggal", "31/02/2025")
    assert page.pesan.text().startswith("Tanggal kunjungan baris 5: bukan tanggal (“31/02/2025”)")
    type_cell(qtbot, page, 4, "tanggal", "01/01/2099")
    assert page.pesan.text() == "Tanggal kunjungan baris 5: tanggal tidak boleh di masa depan"
    assert stored(page) == before
    assert at(page, 4, "no_kk") == before[4].no_kk and page.session.undo_stack.count() == 0


def test_y_t_and_space_answer_and_y_moves_on(qtbot, page):
    table = page.table
    table.setFocus()
    column = page.model.column_of("p2_sarana")
    table.go_to(0, column)
    assert (at(page, 0, "p2_sarana"), at(page, 0, "p2_air_mengalir")) == ("Ya", "Ya")
    qtbot.keyClick(table, Qt.Key.Key_T)
    assert at(page, 0, "p2_sarana") == "Tidak"
    assert table.currentIndex().column() == column + 1
    qtbot.keyClick(table, Qt.Key.Key_T)
    assert at(page, 0, "p2_air_mengalir") == "Tidak"
    table.go_to(0, column)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert at(page, 0, "p2_sarana") == ""
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert at(page, 0, "p2_sarana") == "Ya"
    rt = page.model.household(0)
    assert page.session.workspace.rumah_tangga.ambil(rt.uuid).jawab("p2_sarana") is True
    assert page.session.undo_stack.count() == 4


def test_a_new_kk_is_typed_on_the_last_line_and_saved_once_it_has_a_name(qtbot, page):
    page.tambah()
    new = page.model.baris_baru
    assert page.table.currentIndex().row() == new
    type_cell(qtbot, page, new, "rt", "009")
    assert page.pesan.text() == "KK baru disimpan setelah nama kepala keluarga diisi."
    assert len(stored(page)) == 60 and at(page, new, "rt") == "009"
    type_cell(qtbot, page, new, "nama_kepala", "Warsono")
    added = [rt for rt in stored(page) if rt.nama_kepala == "Warsono"]
    assert len(added) == 1 and added[0].rt == "009"
    assert page.model.baris_baru == 61 and at(page, 60, "nama_kepala") == "Warsono"
    assert page.count.text().startswith("61 KK")
    page.session.undo_stack.undo()
    assert "Warsono" not in {rt.nama_kepala for rt in stored(page)}
    assert page.model.jumlah() == 60
    page.session.undo_stack.redo()
    assert [rt.rt for rt in stored(page) if rt.nama_kepala == "Warsono"] == ["009"]


def test_undo_and_redo_of_a_cell_edit(qtbot, page):
    uuid = page.model.household(7).uuid
    old = page.model.household(7).jumlah_jiwa
    type_cell(qtbot, page, 7, "jumlah_jiwa", "9")
    ws = page.session.workspace
    assert ws.rumah_tangga.ambil(uuid).jumlah_jiwa == 9
    page.session.undo_stack.undo()
    assert ws.rumah_tangga.ambil(uuid).jumlah_jiwa == old
    row = page.model.row_of_id(ws.rumah_tangga.id_urut(ws.rumah_tangga.desa_id(SILURAH))[7])
    assert at(page, row, "jumlah_jiwa") == str(old)
    page.session.undo_stack.redo()
    assert ws.rumah_tangga.ambil(uuid).jumlah_jiwa == 9 and at(page, row, "jumlah_jiwa") == "9"


def test_a_no_kk_typed_twice_is_flagged_after_the_save(qtbot, page):
    other = page.model.household(1).no_kk
    type_cell(qtbot, page, 2, "no_kk", other)
    assert page.pesan.text() == "Mungkin ganda (baris 2, 3): No. KK ini juga tercatat pada KK lain."
    assert page.model.index(2, 0).data(Qt.ItemDataRole.BackgroundRole) == GANDA_BRUSH
    assert page.model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == (
        "No. KK ini juga tercatat pada KK lain")
    assert page.count.text().endswith("· 2 mungkin ganda")


def test_delete_asks_naming_who_and_can_be_undone(qtbot, page, answer):
    names = [page.model.household(r).nama_kepala for r in (3, 4)]
    page.table.go_to(3, 3)
    page.table.selectionModel().select(page.model.index(4, 3),
                                       page.table.selectionModel().SelectionFlag.Select)
    page.hapus()
    assert answer.shown == [f"Hapus 2 KK dari data KK Silurah: {names[0]} dan {names[1]}?\n\n"
                            "Penghapusan dapat diurungkan dengan Ctrl+Z selama program masih "
                            "terbuka."]
    assert not {rt.nama_kepala for rt in stored(page)} & set(names)
    assert page.model.jumlah() == 58 and page.pesan.text() == "2 KK dihapus. Ctrl+Z mengurungkan."
    page.session.undo_stack.undo()
    assert set(names) <= {rt.nama_kepala for rt in stored(page)} and page.model.jumlah() == 60


def test_delete_answered_no_keeps_everything(qtbot, page, answer):
    from PySide6.QtWidgets import QMessageBox
    answer.question = QMessageBox.StandardButton.No
    page.table.go_to(0, 0)
    page.hapus()
    assert len(stored(page)) == 60 and page.session.undo_stack.count() == 0


def test_paste_a_block_changes_rows_and_appends_new_ones_in_one_step(qtbot, page):
    table = page.table
    first = page.model.column_of("rt")
    table.go_to(58, first)
    block = ("011\t04\t\tAhmad Fauzi\n"
             "012\t04\t3325011503800777\tBudi Raharjo\n"
             "013\t05\t\tCandra Wijaya\n")
    QGuiApplication.clipboard().setText(block)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.pesan.text() == "Dari tempelan: 1 KK ditambahkan dan 2 KK diubah. Ctrl+Z mengurungkan."
    by_name = {rt.nama_kepala: rt for rt in stored(page)}
    assert (by_name["Ahmad Fauzi"].rt, by_name["Ahmad Fauzi"].rw) == ("011", "04")
    assert by_name["Budi Raharjo"].no_kk == "3325011503800777"
    assert (by_name["Candra Wijaya"].rt, by_name["Candra Wijaya"].rw) == ("013", "05")
    assert len(by_name) == 61 and at(page, 60, "nama_kepala") == "Candra Wijaya"
    assert page.session.undo_stack.count() == 1
    page.session.undo_stack.undo()
    names = {rt.nama_kepala for rt in stored(page)}
    assert len(names) == 60 and not names & {"Ahmad Fauzi", "Budi Raharjo", "Candra Wijaya"}
    page.session.undo_stack.redo()
    assert {"Ahmad Fauzi", "Budi Raharjo", "Candra Wijaya"} <= {rt.nama_kepala for rt in stored(page)}


def test_paste_with_a_header_adds_every_row_as_new(qtbot, page):
    block = ("Nama kepala keluarga\tRT\tBAB di jamban\tPembuangan tinja\tJumlah jiwa\n"
             "Dewi Lestari\t002\tYa\tCubluk / lubang tanah\t4\n"
             "Eko Prasetyo\t003\tTidak\t\t3\n")
    page.table.go_to(0, 0)
    page.penyunting.tempel(block, page.table.currentIndex())
    added = {rt.nama_kepala: rt for rt in stored(page) if rt.nama_kepala in ("Dewi Lestari",
                                                                            "Eko Prasetyo")}
    assert added["Dewi Lestari"].pembuangan is Pembuangan.CUBLUK
    assert added["Dewi Lestari"].jawab("p1_bab_jamban") is True
    assert (added["Eko Prasetyo"].rt, added["Eko Prasetyo"].jumlah_jiwa) == ("003", 3)
    assert page.model.household(0).nama_kepala != "Dewi Lestari"  # the first row untouched


def test_paste_knows_the_headers_of_kader_books_as_the_import_does(qtbot, page):
    block = ("No KK\tNama KK\tJml jiwa\tRT/RW\n"
             "3325011503800999\tFajar Nugroho\t5\t\n")
    page.table.go_to(0, 0)
    page.penyunting.tempel(block, page.table.currentIndex())
    added = [rt for rt in stored(page) if rt.nama_kepala == "Fajar Nugroho"]
    assert [(rt.no_kk, rt.jumlah_jiwa) for rt in added] == [("3325011503800999", 5)]
    assert page.model.household(0).nama_kepala != "Fajar Nugroho"  # the header row not read as data


def test_an_invalid_block_leaves_everything_as_it_was(qtbot, page):
    before = stored(page)
    page.table.go_to(10, page.model.column_of("no_kk"))
    page.penyunting.tempel("33250115038000\tAgus\t\t9\n"
                           "\tBambang\t\tempat\n"
                           "3325011503800123\t\t\t2\n", page.table.currentIndex())
    assert page.pesan.text() == (  # what could not be read and what would be refused, at once
        "Tidak ada yang ditempel; perbaiki dulu:\n"
        "• Baris 1 tempelan, kolom No. KK: harus 16 angka (yang tertulis 14 karakter)\n"
        "• Baris 2 tempelan, kolom Jiwa: “empat” bukan bilangan bulat (contoh: 1.234)\n"
        "• Baris 3 tempelan, kolom Nama kepala keluarga: wajib diisi")
    assert stored(page) == before
    page.table.go_to(58, page.model.column_of("no_kk"))
    page.penyunting.tempel("33250115038000\tAgus\n\tBambang\n3325011503800123\t\n",
                           page.table.currentIndex())
    assert page.pesan.text() == (
        "Tidak disimpan; perbaiki dulu:\n"
        "• Baris 1 tempelan, kolom No. KK: harus 16 angka (yang tertulis 14 karakter)\n"
        "• Baris 3 tempelan, kolom Nama kepala keluarga: wajib diisi")
    assert stored(page) == before and page.session.undo_stack.count() == 0


def test_delete_key_clears_the_selected_cells_in_one_save(qtbot, page):
    table = page.table
    table.setFocus()
    table.go_to(0, page.model.column_of("dusun"))
    selection = table.selectionModel()
    for row in (1, 2):
        selection.select(page.model.index(row, page.model.column_of("dusun")),
                         selection.SelectionFlag.Select)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [at(page, r, "dusun") for r in range(3)] == ["", "", ""]
    assert page.session.undo_stack.count() == 1
    assert page.pesan.text() == "3 sel dikosongkan. Ctrl+Z mengurungkan."


def test_outside_changes_refresh_the_page_and_keep_the_current_kk(qtbot, page):
    ws = page.session.workspace
    current = page.model.household(20)
    page.table.go_to(20, 4)
    rumah_tangga_service.save(ws, SILURAH, [RumahTangga(nama_kepala="Aaron Baru", rw="00")],
                              today=dt.date(2026, 1, 1))
    page.session.notify(str(SILURAH))
    assert at(page, 0, "nama_kepala") == "Aaron Baru"  # sorted in: RW 00 comes first
    row = page.table.currentIndex().row()
    assert page.model.household(row).uuid == current.uuid and row == 21


def test_excel_buttons_call_the_import_and_export_actions(qtbot, page, monkeypatch):
    import sys
    import types

    calls: list[tuple[str, object]] = []
    for name, functions in (("rumah_tangga_impor_dialog", ("impor_kk",)),
                            ("rumah_tangga_ekspor_aksi", ("ekspor_kk", "templat_kk"))):
        module = types.ModuleType(f"kks_desktop.ui.{name}")
        for function in functions:
            setattr(module, function, lambda parent, session, kode, f=function:
                    calls.append((f, kode)) or f == "impor_kk")
        monkeypatch.setitem(sys.modules, f"kks_desktop.ui.{name}", module)
    notified: list[str] = []
    page.session.data_changed.connect(notified.append)
    page.impor_button.click()
    page.ekspor_button.click()
    page.templat_button.click()
    assert calls == [("impor_kk", SILURAH), ("ekspor_kk", SILURAH), ("templat_kk", SILURAH)]
    assert notified == [str(SILURAH)]  # an import that wrote refreshes every page
    page.pilih_desa(None)
    page.impor_button.click()
    page.ekspor_button.click()
    page.templat_button.click()
    assert calls[-3:] == [("impor_kk", None), ("ekspor_kk", None), ("templat_kk", None)]


def test_every_desa_draws_the_first_desa_at_once_and_the_rest_in_the_background(
        qtbot, ws, make_desa):
    from kks_desktop.domain.kode_wilayah import KodeWilayah

    codes = [KodeWilayah.parse(f"33.25.01.20{n:02d}") for n in (1, 2, 3)]
    for n, kode in enumerate(codes):
        make_desa(ws, kode)
        isi_register(ws, kode, kk_contoh(150, n * 1000))
    widget = RumahTanggaPage(UiSession(ws))
    qtbot.addWidget(widget, before_close_func=selesai)
    widget.show()
    assert widget.kode is None
    assert widget.model.jumlah() == 300  # two desa: enough for the first screen
    widget.table.go_to(5, 3)
    qtbot.waitUntil(lambda: widget.model.jumlah() == 450)
    assert list(widget.model.ids()) == list(ws.rumah_tangga.id_urut(None))
    assert widget.table.currentIndex().row() == 5  # the rows came below, nothing moved
    qtbot.waitUntil(lambda: widget.count.text() == "450 KK di 3 desa · "
                    f"{sum(h.tanpa_tangga for h in rumah_tangga_service.hitungan(ws).values())}"
                    " belum lengkap")
