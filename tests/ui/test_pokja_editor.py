"""PokjaEditor: round trip of a Pokja, edits by keyboard, member buttons, problems text."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from kks_desktop.domain.pokja import Anggota, Jabatan, Pokja
from kks_desktop.domain.problems import Problem
from kks_desktop.services.reference import tatanan_list
from kks_desktop.ui.anggota_table_model import COL_NAMA, COL_TELEPON
from kks_desktop.ui.date_field import OptionalDateEdit
from kks_desktop.ui.pokja_editor import PokjaEditor

SITI = Anggota("Siti Aminah", Jabatan.KETUA, "PKK", "081234567890", dt.date(2023, 3, 1), "u-siti")
BUDI = Anggota("Budi", Jabatan.SEKRETARIS, "Perangkat desa", "", None, "u-budi")
AGUS = Anggota("Agus", Jabatan.PEMBINA, "Kepala Desa", "0856", dt.date(2023, 1, 2), "u-agus")
TATANAN = ("kehidupan_masyarakat_sehat_mandiri", "pasar", "penanggulangan_bencana")
POKJA = Pokja("141/12/2023", dt.date(2023, 11, 13), "Kepala Desa Sukamaju", False,
              (SITI, BUDI, AGUS), TATANAN, "u-pokja")


@pytest.fixture
def editor(qtbot) -> PokjaEditor:
    widget = PokjaEditor()
    qtbot.addWidget(widget)
    widget.set_pokja(POKJA)
    return widget


def test_round_trip_keeps_every_field_and_order(editor: PokjaEditor) -> None:
    assert editor.pokja() == POKJA
    assert [m.uuid for m in editor.pokja().anggota] == ["u-siti", "u-budi", "u-agus"]
    assert editor.pokja().tatanan == TATANAN
    assert not editor.is_modified()


@pytest.mark.parametrize("sekretariat", [None, True, False])
def test_round_trip_of_sekretariat_and_empty_pokja(qtbot, sekretariat: bool | None) -> None:
    widget = PokjaEditor()
    qtbot.addWidget(widget)
    assert widget.pokja() == Pokja()
    pokja = Pokja(sekretariat_ada=sekretariat, uuid="x")
    widget.set_pokja(pokja)
    assert widget.pokja() == pokja
    assert widget.sekretariat.currentText() == {None: "Belum diisi", True: "Ada",
                                                False: "Tidak ada"}[sekretariat]


def test_tatanan_list_shows_reference_order_and_unknown_ids(editor: PokjaEditor) -> None:
    names = [editor.tatanan.item(row).text() for row in range(editor.tatanan.count())]
    assert names == [t.nama for t in tatanan_list().items]
    editor.set_pokja(dataclasses.replace(POKJA, tatanan=("pasar", "tatanan_lama")))
    assert editor.tatanan.item(editor.tatanan.count() - 1).text().startswith("tatanan_lama")
    assert editor.pokja().tatanan == ("pasar", "tatanan_lama")


def test_set_pokja_does_not_emit_changed(qtbot, editor: PokjaEditor) -> None:
    with qtbot.assertNotEmitted(editor.changed, wait=10):
        editor.set_pokja(Pokja(uuid="lain"))
        editor.set_pokja(POKJA)
    assert not editor.is_modified()


def test_typing_changes_pokja_and_emits_changed(qtbot, editor: PokjaEditor) -> None:
    editor.sk_nomor.clear()
    editor.set_pokja(POKJA)
    editor.sk_nomor.selectAll()
    with qtbot.waitSignal(editor.changed, timeout=1000):
        qtbot.keyClicks(editor.sk_nomor, "SK/7")
    editor.sk_penandatangan.selectAll()
    qtbot.keyClicks(editor.sk_penandatangan, "Lurah Mekar")
    editor.sk_tanggal.set_date_value(None)
    editor.sk_tanggal.setFocus()
    qtbot.keyClicks(editor.sk_tanggal, "02052022")
    qtbot.keyClick(editor.sekretariat, Qt.Key.Key_Up)
    edited = editor.pokja()
    assert edited.sk_nomor == "SK/7"
    assert edited.sk_penandatangan == "Lurah Mekar"
    assert edited.sk_tanggal == dt.date(2022, 5, 2)
    assert edited.sekretariat_ada is True
    assert edited.anggota == POKJA.anggota and edited.uuid == "u-pokja"
    assert editor.is_modified()


def test_checking_a_tatanan_keeps_list_order(qtbot, editor: PokjaEditor) -> None:
    with qtbot.waitSignal(editor.changed, timeout=1000):
        editor.tatanan.item(1).setCheckState(Qt.CheckState.Checked)
    assert editor.pokja().tatanan == (TATANAN[0], "permukiman_fasilitas_umum", *TATANAN[1:])
    editor.tatanan.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert editor.pokja().tatanan == ("permukiman_fasilitas_umum", *TATANAN[1:])


def test_typing_into_member_cell_edits_that_member_only(qtbot, editor: PokjaEditor) -> None:
    editor.table.setFocus()
    editor.table.setCurrentIndex(editor.model.index(1, COL_TELEPON))
    with qtbot.waitSignal(editor.changed, timeout=1000):
        qtbot.keyClicks(editor.table, "0")  # any key starts editing the current cell
        line = editor.table.focusWidget()
        qtbot.keyClicks(line, "812 3456 7890")
        qtbot.keyClick(line, Qt.Key.Key_Return)
    assert editor.table.currentIndex() == editor.model.index(1, COL_TELEPON + 1)
    members = editor.pokja().anggota
    assert members[1] == dataclasses.replace(BUDI, telepon="0812 3456 7890")
    assert (members[0], members[2]) == (SITI, AGUS)


def test_pokja_includes_a_cell_still_being_edited(qtbot, editor: PokjaEditor) -> None:
    editor.table.setFocus()
    editor.table.setCurrentIndex(editor.model.index(0, COL_NAMA))
    qtbot.keyClick(editor.table, Qt.Key.Key_Return)
    line = editor.table.focusWidget()
    line.selectAll()
    qtbot.keyClicks(line, "Siti Rahma")
    assert editor.pokja().anggota[0] == dataclasses.replace(SITI, nama="Siti Rahma")


def test_tambah_adds_empty_row_and_edits_name(qtbot, editor: PokjaEditor) -> None:
    with qtbot.waitSignal(editor.changed, timeout=1000):
        qtbot.mouseClick(editor.tambah_button, Qt.MouseButton.LeftButton)
    assert editor.pokja().anggota == (SITI, BUDI, AGUS, Anggota(nama=""))
    assert editor.table.currentIndex() == editor.model.index(3, COL_NAMA)
    assert editor.table.state() == editor.table.State.EditingState
    qtbot.keyClicks(editor.table.focusWidget(), "Rina")
    qtbot.keyClick(editor.table.focusWidget(), Qt.Key.Key_Tab)
    assert editor.pokja().anggota[3] == Anggota(nama="Rina")


def test_hapus_removes_selected_rows(qtbot, editor: PokjaEditor) -> None:
    editor.table.selectRow(1)
    with qtbot.waitSignal(editor.changed, timeout=1000):
        qtbot.mouseClick(editor.hapus_button, Qt.MouseButton.LeftButton)
    assert editor.pokja().anggota == (SITI, AGUS)
    selection = editor.table.selectionModel()
    selection.select(editor.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                     | QItemSelectionModel.SelectionFlag.Rows)
    selection.select(editor.model.index(1, 0), QItemSelectionModel.SelectionFlag.Select
                     | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.mouseClick(editor.hapus_button, Qt.MouseButton.LeftButton)
    assert editor.pokja().anggota == ()
    assert not editor.hapus_button.isEnabled()


def test_naik_turun_move_the_current_member(qtbot, editor: PokjaEditor) -> None:
    editor.table.selectRow(2)
    assert not editor.turun_button.isEnabled()
    qtbot.mouseClick(editor.naik_button, Qt.MouseButton.LeftButton)
    assert editor.pokja().anggota == (SITI, AGUS, BUDI)
    qtbot.mouseClick(editor.naik_button, Qt.MouseButton.LeftButton)
    assert editor.pokja().anggota == (AGUS, SITI, BUDI)
    assert editor.table.currentIndex().row() == 0
    assert not editor.naik_button.isEnabled()
    qtbot.mouseClick(editor.turun_button, Qt.MouseButton.LeftButton)
    assert editor.pokja().anggota == (SITI, AGUS, BUDI)


def test_show_problems_lists_indonesian_text(editor: PokjaEditor) -> None:
    editor.show_problems([Problem.error("anggota.nama", "required", row=1),
                          Problem.warning("anggota", "no_ketua")])
    text = editor.problems_label.text()
    assert "Nama anggota baris 1: wajib diisi" in text
    assert "Anggota Pokja: belum ada ketua" in text
    assert text.index("wajib diisi") < text.index("belum ada ketua")
    assert not editor.problems_label.isHidden()
    editor.show_problems([])
    assert editor.problems_label.text() == ""
    assert editor.problems_label.isHidden()


def test_optional_date_edit_empty_and_date_round_trip(qtbot) -> None:
    field = OptionalDateEdit()
    qtbot.addWidget(field)
    assert field.date_value() is None
    assert field.text() == "–"
    field.set_date_value(dt.date(2023, 11, 13))
    assert field.date_value() == dt.date(2023, 11, 13)
    assert field.text() == "13/11/2023"
    field.set_date_value(None)
    assert field.date_value() is None
    assert field.text() == "–"


def test_optional_date_edit_delete_clears_a_selected_date(qtbot) -> None:
    field = OptionalDateEdit()
    qtbot.addWidget(field)
    field.set_date_value(dt.date(2024, 2, 29))
    field.setFocus()
    field.selectAll()
    with qtbot.waitSignal(field.dateChanged, timeout=1000):
        qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.date_value() is None
    qtbot.keyClicks(field, "17082020")
    assert field.date_value() == dt.date(2020, 8, 17)
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert field.date_value() is None
