"""SpreadsheetView: a QTableView that moves and edits like a spreadsheet, for entry grids."""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QTableView,
    QWidget,
)

logger = logging.getLogger(__name__)

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_CLEAR_KEYS = (Qt.Key.Key_Delete,)
_Index = QModelIndex | QPersistentModelIndex
_Hint = QAbstractItemDelegate.EndEditHint
_Action = QAbstractItemView.CursorAction


def split_block(text: str) -> list[list[str]]:
    """Tab-separated rows as a spreadsheet copies them (quoted cells with line breaks included)."""
    reader = csv.reader(io.StringIO(text.rstrip("\r\n")), delimiter="\t")
    return [list(row) for row in reader]


class SpreadsheetView(QTableView):
    """Keyboard entry like Excel over any editable table model.

    Tab / Shift+Tab move right / left and wrap to the next / previous row; Enter / Shift+Enter
    move down / up, also while editing (the edit is kept), and Enter on the last row asks the
    model for one more row (`insertRows`); typing on a cell starts editing it, replacing its
    text; F2 edits it as it is; Delete clears the selected cells (`setData(index, None)`);
    Ctrl+V hands the clipboard text to `paste_handler`, or, without one, writes the block into
    the cells from the current one on, adding rows as needed. Cells that cannot be selected
    (a "No" column) are skipped. A model that wants a blank row kept at the end adds it itself;
    one with a `batch()` context manager hears of a many-cell change (Delete, paste) inside it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paste_handler: Callable[[str], None] | None = None
        self.setTabKeyNavigation(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)

    # -- public helpers -------------------------------------------------------------------

    def commit_editor(self) -> None:
        """Write a cell that is still being edited into the model (before reading the rows)."""
        if self.state() != QAbstractItemView.State.EditingState:
            return
        editor = self.indexWidget(self.currentIndex())
        if editor is not None:
            self.commitData(editor)

    def selected_rows(self) -> list[int]:
        """The rows holding a selected cell (or the current row), in order."""
        rows = {index.row() for index in self.selectionModel().selectedIndexes()}
        if not rows and self.currentIndex().isValid():
            rows = {self.currentIndex().row()}
        return sorted(rows)

    def go_to(self, row: int, column: int) -> None:
        """Make (row, column) the current and only selected cell, and show it."""
        index = self.model().index(row, column)
        if not index.isValid():
            return
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(index)

    def clear_selected(self) -> None:
        """Empty every selected editable cell."""
        model = self.model()
        with _batch(model):
            for index in self.selectionModel().selectedIndexes():
                if model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                    model.setData(index, None, Qt.ItemDataRole.EditRole)

    def paste_block(self, text: str) -> None:
        """Write tab-separated rows into the cells from the current one, right and down."""
        start = self.currentIndex()
        if not start.isValid():
            return
        model = self.model()
        with _batch(model):
            self._write_block(start, split_block(text))

    def _write_block(self, start: QModelIndex, block: list[list[str]]) -> None:
        model = self.model()
        for offset, cells in enumerate(block):
            row = start.row() + offset
            if row >= model.rowCount() and not model.insertRows(model.rowCount(), 1):
                break
            for shift, value in enumerate(cells):
                index = model.index(row, start.column() + shift)
                if index.isValid() and model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                    model.setData(index, value.strip(), Qt.ItemDataRole.EditRole)

    # -- keys -----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            if event.key() in _ENTER_KEYS and self.currentIndex().isValid():
                self._move_vertically(up=bool(event.modifiers()
                                                & Qt.KeyboardModifier.ShiftModifier))
                event.accept()
                return
            if event.key() in _CLEAR_KEYS and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                self.clear_selected()
                event.accept()
                return
            if event.matches(QKeySequence.StandardKey.Paste):
                self._paste_clipboard()
                event.accept()
                return
        super().keyPressEvent(event)

    def _paste_clipboard(self) -> None:
        text = QGuiApplication.clipboard().text()
        if self.paste_handler is not None:
            self.paste_handler(text)
        elif text:
            self.paste_block(text)

    def _move_vertically(self, up: bool) -> None:
        current = self.currentIndex()
        model = self.model()
        row = current.row() + (-1 if up else 1)
        if not up and row >= model.rowCount():
            model.insertRows(model.rowCount(), 1)
        if 0 <= row < model.rowCount():
            self.go_to(row, current.column())

    # -- moving with Tab ------------------------------------------------------------------

    def moveCursor(self, cursorAction: _Action,  # noqa: N802, N803
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        if cursorAction in (_Action.MoveNext, _Action.MovePrevious):
            return self._neighbour(self.currentIndex(), cursorAction == _Action.MoveNext)
        return super().moveCursor(cursorAction, modifiers)

    def _neighbour(self, index: QModelIndex, forward: bool) -> QModelIndex:
        """The next (or previous) selectable cell in reading order; invalid past either end."""
        model = self.model()
        columns, rows = model.columnCount(), model.rowCount()
        if not index.isValid() or not columns:
            return QModelIndex()
        step = 1 if forward else -1
        position = index.row() * columns + index.column() + step
        while 0 <= position < rows * columns:
            candidate = model.index(position // columns, position % columns)
            if (not self.isColumnHidden(candidate.column())
                    and model.flags(candidate) & Qt.ItemFlag.ItemIsSelectable):
                return candidate
            position += step
        return QModelIndex()

    # -- editing --------------------------------------------------------------------------

    def edit(self, index: _Index,  # type: ignore[override]
             trigger: QAbstractItemView.EditTrigger = QAbstractItemView.EditTrigger.AllEditTriggers,
             event: QEvent | None = None) -> bool:
        started = super().edit(index, trigger, event)  # type: ignore[arg-type]  # Qt takes none
        if started:
            editor = self.indexWidget(index)
            if editor is not None:
                editor.installEventFilter(self)
        return started

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in _ENTER_KEYS and isinstance(watched, QWidget)
                and watched is self.indexWidget(self.currentIndex())
                and not _popup_open(watched)):
            self.commitData(watched)
            self.closeEditor(watched, _Hint.NoHint)
            self._move_vertically(up=bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
            return True
        return super().eventFilter(watched, event)

    def closeEditor(self, editor: QWidget, hint: _Hint) -> None:  # noqa: N802
        """Tab in an editor keeps the edit and moves on without opening the next cell's editor."""
        if hint in (_Hint.EditNextItem, _Hint.EditPreviousItem):
            super().closeEditor(editor, _Hint.NoHint)
            target = self._neighbour(self.currentIndex(), hint == _Hint.EditNextItem)
            if target.isValid():
                self.go_to(target.row(), target.column())
            return
        super().closeEditor(editor, hint)


def _batch(model: QAbstractItemModel) -> AbstractContextManager[object]:
    """The model's own `batch()` (many changes told once) if it has one."""
    batch = getattr(model, "batch", None)
    return batch() if callable(batch) else nullcontext()


def _popup_open(editor: QWidget) -> bool:
    """True while a combo's list is shown, so Enter picks the item instead of moving on."""
    view = editor.view() if isinstance(editor, QComboBox) else None
    return bool(view is not None and view.isVisible())
