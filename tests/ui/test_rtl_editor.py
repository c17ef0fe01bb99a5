"""RtlEditor: the RTL grid of a session, typed dates, status combo, late rows, problem tints."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit

from kks_desktop.domain.kegiatan import Kegiatan, Rtl, StatusRtl
from kks_desktop.domain.problems import Problem
from kks_desktop.domain.tanggal import tanggal_dari_teks
from kks_desktop.messages import describe_problem
from kks_desktop.services import kegiatan_service
from kks_desktop.ui.rtl_editor import RtlEditor
from kks_desktop.ui.rtl_table_model import (
    COL_KEGIATAN,
    COL_NO,
    COL_PJ,
    COL_STATUS,
    COL_WAKTU,
    LATE_COLOUR,
    LATE_TEXT,
    RtlTableModel,
)

DISPLAY = Qt.ItemDataRole.DisplayRole


def orientasi(session) -> Kegiatan:
    ws = session.workspace
    uuid = next(k.uuid for k in kegiatan_service.daftar(ws) if k.jenis == "orientasi_kks")
    return kegiatan_service.ambil(ws, uuid)


@pytest.fixture
def editor(qtbot, kecamatan_session) -> RtlEditor:
    widget = RtlEditor(kecamatan_session)
    qtbot.addWidget(widget)
    widget.resize(1200, 420)
    widget.show()
    widget.set_today(dt.date(2025, 11, 20))
    widget.load(orientasi(kecamatan_session))
    return widget


def cell(editor: RtlEditor, row: int, col: int, role: int = DISPLAY) -> object:
    return editor.model.index(row, col).data(role)


def type_into(qtbot, editor: RtlEditor, row: int, col: int, text: str) -> None:
    """Select the cell, type over it as a user would, and press Enter."""
    editor.table.setFocus()
    editor.table.go_to(row, col)
    QTest.keyClicks(editor.table, text[0])
    line = editor.table.indexWidget(editor.model.index(row, col))
    assert isinstance(line, QLineEdit)
    QTest.keyClicks(line, text[1:])
    QTest.keyClick(line, Qt.Key.Key_Return)


def test_load_shows_the_rows_and_gives_them_back_with_their_uuids(editor, kecamatan_session):
    kegiatan = orientasi(kecamatan_session)
    assert len(kegiatan.rtl) == 6
    assert all(r.uuid for r in kegiatan.rtl)
    assert editor.model.rowCount() == 7  # one empty row to type into
    assert [cell(editor, r, COL_NO) for r in range(7)] == ["1", "2", "3", "4", "5", "6", ""]
    assert cell(editor, 1, COL_KEGIATAN) == "Rapat koordinasi Forum Kecamatan Sehat"
    assert cell(editor, 1, COL_WAKTU) == "31/10/2025"
    assert [cell(editor, r, COL_STATUS) for r in range(7)] == [
        "Selesai", "Berjalan", "Berjalan", "Belum", "Belum", "Batal", ""]
    assert editor.rtl() == kegiatan.rtl
    assert editor.summary.text() == ("6 baris RTL · 2 belum, 2 berjalan, 1 selesai, 1 batal · "
                                     "2 lewat waktu")


def test_typing_edits_a_row_and_keeps_its_uuid_through_a_save(qtbot, editor, kecamatan_session):
    kegiatan = orientasi(kecamatan_session)
    with qtbot.waitSignal(editor.changed, timeout=1000):
        type_into(qtbot, editor, 0, COL_PJ, "Dinas PMD dan Camat")
    rows = editor.rtl()
    assert rows[0] == kegiatan.rtl[0].with_changes(penanggung_jawab="Dinas PMD dan Camat")
    assert editor.table.currentIndex().row() == 1  # Enter moved down, like a spreadsheet
    saved, _warnings = kegiatan_service.simpan(kecamatan_session.workspace,
                                               kegiatan.with_changes(rtl=rows))
    again = kegiatan_service.ambil(kecamatan_session.workspace, saved.uuid)
    assert [r.uuid for r in again.rtl] == [r.uuid for r in kegiatan.rtl]
    assert again.rtl[0].penanggung_jawab == "Dinas PMD dan Camat"


@pytest.mark.parametrize("typed", ["16/09/2025", "16-9-2025", "16.09.2025", "2025-09-16",
                                   "16 September 2025", "16 sep 25", "16092025"])
def test_a_date_can_be_typed_in_the_forms_people_use(typed):
    assert tanggal_dari_teks(typed) == dt.date(2025, 9, 16)


@pytest.mark.parametrize("typed", ["32/13/2025", "besok", "16/9", "16/09/202"])
def test_text_that_is_no_date_is_refused(typed):
    with pytest.raises(ValueError):
        tanggal_dari_teks(typed)


def test_typing_a_date_in_the_empty_row_starts_a_new_plan(qtbot, editor):
    type_into(qtbot, editor, 6, COL_WAKTU, "16-9-2025")
    assert cell(editor, 6, COL_WAKTU) == "16/09/2025"
    assert editor.model.rowCount() == 8  # a fresh empty row below
    new = editor.rtl()[6]
    assert new == Rtl(kegiatan="", waktu=dt.date(2025, 9, 16))
    assert new.uuid == ""
    type_into(qtbot, editor, 6, COL_KEGIATAN, "Lomba desa sehat")
    assert editor.rtl()[6].kegiatan == "Lomba desa sehat"


def test_a_bad_date_is_refused_with_a_message_and_the_old_date_kept(qtbot, editor):
    type_into(qtbot, editor, 1, COL_WAKTU, "31/02/2025")
    assert cell(editor, 1, COL_WAKTU) == "31/10/2025"
    assert editor.note.isVisibleTo(editor)
    assert editor.note.text() == ("Waktu baris 2: “31/02/2025” bukan tanggal (contoh: 16/09/2025 "
                                  "atau 16-9-2025); isi lama tetap.")
    type_into(qtbot, editor, 1, COL_WAKTU, "1/11/2025")
    assert editor.rtl()[1].waktu == dt.date(2025, 11, 1)
    assert not editor.note.isVisibleTo(editor)


def test_status_is_chosen_from_a_combo_of_indonesian_labels(qtbot, editor):
    index = editor.model.index(3, COL_STATUS)
    editor.table.go_to(3, COL_STATUS)
    editor.table.edit(index)
    combo = editor.table.indexWidget(index)
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Belum", "Berjalan", "Selesai", "Batal"]
    assert combo.currentText() == "Belum"
    combo.setCurrentIndex(2)
    QTest.keyClick(combo, Qt.Key.Key_Return)
    assert cell(editor, 3, COL_STATUS) == "Selesai"
    assert editor.rtl()[3].status is StatusRtl.SELESAI


def test_open_rows_past_their_date_are_red_with_a_tooltip(editor):
    late = [r for r in range(7) if cell(editor, r, COL_WAKTU, Qt.ItemDataRole.ForegroundRole)]
    assert late == [1, 2]  # berjalan since 31/10 and 15/11; selesai and batal are never late
    brush = cell(editor, 1, COL_WAKTU, Qt.ItemDataRole.ForegroundRole)
    assert brush.color() == LATE_COLOUR
    assert cell(editor, 1, COL_WAKTU, Qt.ItemDataRole.ToolTipRole) == LATE_TEXT
    assert cell(editor, 0, COL_WAKTU, Qt.ItemDataRole.ToolTipRole) is None
    editor.set_today(dt.date(2026, 2, 1))
    late = [r for r in range(7) if cell(editor, r, COL_WAKTU, Qt.ItemDataRole.ForegroundRole)]
    assert late == [1, 2, 3, 4]
    assert editor.summary.text().endswith("· 4 lewat waktu")


def test_problems_tint_their_cell_counting_only_filled_rows(qtbot, editor):
    editor.table.go_to(0, COL_KEGIATAN)
    editor.add_row()  # an empty row 2 in the grid; the service never sees it
    QTest.keyClick(editor.table.indexWidget(editor.model.index(1, COL_KEGIATAN)),
                   Qt.Key.Key_Escape)
    assert len(editor.rtl()) == 6
    problems = [Problem.error("rtl.kegiatan", "required", row=2),
                Problem.warning("rtl.penanggung_jawab", "no_person_in_charge", row=3)]
    with qtbot.assertNotEmitted(editor.changed):
        editor.set_problems(problems)
    tinted = {(r, c) for r in range(editor.model.rowCount()) for c in range(11)
              if cell(editor, r, c, Qt.ItemDataRole.BackgroundRole) is not None}
    assert tinted == {(2, COL_KEGIATAN), (3, COL_PJ)}
    assert cell(editor, 2, COL_KEGIATAN, Qt.ItemDataRole.BackgroundRole).color().name() == "#f8d7da"
    assert cell(editor, 3, COL_PJ, Qt.ItemDataRole.BackgroundRole).color().name() == "#fff3cd"
    tip = cell(editor, 2, COL_KEGIATAN, Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith(describe_problem(problems[0]))
    assert describe_problem(problems[0]) == "Kegiatan RTL baris 2: wajib diisi"
    type_into(qtbot, editor, 2, COL_KEGIATAN, "Rapat koordinasi forum")
    assert cell(editor, 2, COL_KEGIATAN, Qt.ItemDataRole.BackgroundRole) is None
    assert cell(editor, 3, COL_PJ, Qt.ItemDataRole.BackgroundRole) is not None


def test_rows_can_be_moved_and_removed_but_the_empty_row_stays_last(qtbot, editor):
    before = editor.rtl()
    editor.table.go_to(2, COL_KEGIATAN)
    editor.naik_button.click()
    assert [r.uuid for r in editor.rtl()] == [before[i].uuid for i in (0, 2, 1, 3, 4, 5)]
    assert editor.table.currentIndex().row() == 1
    editor.table.go_to(5, COL_KEGIATAN)
    assert not editor.turun_button.isEnabled()  # below it is only the empty row
    editor.table.go_to(6, COL_KEGIATAN)
    assert not editor.hapus_button.isEnabled()
    editor.table.go_to(0, COL_KEGIATAN)
    with qtbot.waitSignal(editor.changed, timeout=1000):
        editor.hapus_button.click()
    assert [r.uuid for r in editor.rtl()] == [before[i].uuid for i in (2, 1, 3, 4, 5)]
    assert editor.model.rowCount() == 6


def test_delete_clears_cells_and_a_cleared_row_is_left_out(qtbot, editor):
    editor.table.setFocus()
    editor.table.selectRow(5)
    QTest.keyClick(editor.table, Qt.Key.Key_Delete)
    assert cell(editor, 5, COL_KEGIATAN) == ""
    assert [r.kegiatan for r in editor.rtl()][-1] == "Pendampingan penyusunan self-assessment"
    assert len(editor.rtl()) == 5


def test_a_pasted_block_reads_dates_and_status_words(editor):
    editor.table.go_to(6, COL_KEGIATAN)
    editor.table.paste_block("Lomba desa sehat\tDesa ber-ODF\tSemua desa\t1-12-2025\n"
                             "Monitoring pilar 2\tCTPS\tSekolah\t05/01/2026\n")
    rows = editor.rtl()
    assert [(r.kegiatan, r.waktu) for r in rows[6:]] == [
        ("Lomba desa sehat", dt.date(2025, 12, 1)), ("Monitoring pilar 2", dt.date(2026, 1, 5))]
    assert editor.model.setData(editor.model.index(6, COL_STATUS), "selesai")
    assert editor.rtl()[6].status is StatusRtl.SELESAI
    assert not editor.model.setData(editor.model.index(6, COL_STATUS), "hampir")


def test_the_model_passes_the_qt_model_tester(qtmodeltester, kecamatan_session):
    model = RtlTableModel()
    model.set_rows(orientasi(kecamatan_session).rtl)
    qtmodeltester.check(model)
