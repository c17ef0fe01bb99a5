"""SpreadsheetView: Tab/Enter movement, type-over editing, Delete, block paste, on a plain model."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from kks_desktop.ui.spreadsheet_view import SpreadsheetView, split_block


def _model(rows: int = 3) -> QStandardItemModel:
    """Column 0 is a row number that cannot be selected (like "No"); columns 1–3 are text."""
    model = QStandardItemModel(0, 4)
    for row in range(rows):
        number = QStandardItem(str(row + 1))
        number.setFlags(Qt.ItemFlag.ItemIsEnabled)
        model.appendRow([number] + [QStandardItem(f"r{row}c{col}") for col in (1, 2, 3)])
    return model


@pytest.fixture
def view(qtbot) -> SpreadsheetView:
    widget = SpreadsheetView()
    widget.setModel(_model())
    qtbot.addWidget(widget)
    widget.resize(500, 300)
    widget.show()
    widget.go_to(0, 1)
    widget.setFocus()
    return widget


def _at(view: SpreadsheetView) -> tuple[int, int]:
    return view.currentIndex().row(), view.currentIndex().column()


def test_tab_moves_right_and_wraps_past_the_unselectable_column(qtbot, view) -> None:
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert _at(view) == (0, 2)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert _at(view) == (1, 1)  # wrapped, column 0 skipped
    qtbot.keyClick(view, Qt.Key.Key_Backtab)
    assert _at(view) == (0, 3)


def test_enter_moves_down_and_adds_a_row_at_the_end(qtbot, view) -> None:
    view.go_to(1, 2)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert _at(view) == (2, 2)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.model().rowCount() == 4
    assert _at(view) == (3, 2)
    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert _at(view) == (2, 2)


def _type(qtbot, view: SpreadsheetView, text: str) -> QLineEdit:
    """Type on the current cell as a person would: the first key opens the editor, which then
    has the keyboard."""
    qtbot.keyClick(view, text[0])
    assert view.state() == QAbstractItemView.State.EditingState
    editor = view.indexWidget(view.currentIndex())
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, text[1:])
    return editor


def test_typing_replaces_the_cell_and_enter_keeps_it_and_moves_down(qtbot, view) -> None:
    editor = _type(qtbot, view, "Baru")
    assert editor.text() == "Baru"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert view.model().index(0, 1).data() == "Baru"
    assert view.state() != QAbstractItemView.State.EditingState
    assert _at(view) == (1, 1)


def test_f2_edits_keeping_the_text_and_tab_moves_on_without_an_editor(qtbot, view) -> None:
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(view.currentIndex())
    assert editor.text() == "r0c1"
    editor.end(False)
    qtbot.keyClicks(editor, "x")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert view.model().index(0, 1).data() == "r0c1x"
    assert _at(view) == (0, 2)
    assert view.state() != QAbstractItemView.State.EditingState


def test_delete_clears_selected_editable_cells_only(qtbot, view) -> None:
    view.selectAll()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    model = view.model()
    assert [model.index(r, 0).data() for r in range(3)] == ["1", "2", "3"]
    assert all(not model.index(r, c).data() for r in range(3) for c in (1, 2, 3))


def test_commit_editor_writes_an_open_edit(qtbot, view) -> None:
    _type(qtbot, view, "Setengah")
    view.commit_editor()
    assert view.model().index(0, 1).data() == "Setengah"


def test_ctrl_v_without_handler_writes_the_block_and_adds_rows(qtbot, view) -> None:
    view.go_to(2, 2)
    QGuiApplication.clipboard().setText("a\tb\tc\nd\t\"e\nf\"\n")
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    model = view.model()
    assert model.rowCount() == 4
    assert [model.index(2, c).data() for c in (1, 2, 3)] == ["r2c1", "a", "b"]  # "c" falls off
    assert [model.index(3, c).data() for c in (2, 3)] == ["d", "e\nf"]


def test_ctrl_v_goes_to_the_paste_handler(qtbot, view) -> None:
    seen: list[str] = []
    view.paste_handler = seen.append
    QGuiApplication.clipboard().setText("Budi\tL")
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["Budi\tL"]
    assert view.model().index(0, 1).data() == "r0c1"


def test_split_block_reads_quoted_cells_and_trailing_newline() -> None:
    assert split_block('Nama\tJK\r\n"Siti\nAminah"\tP\r\n') == [["Nama", "JK"], ["Siti\nAminah", "P"]]
