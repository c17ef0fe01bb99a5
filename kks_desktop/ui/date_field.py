"""OptionalDateEdit: a dd/MM/yyyy date field that may be left empty, for forms and table editors."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from kks_desktop.bahasa import translate

# The minimum date stands for "no date"; Qt then shows the special value text instead.
EMPTY_DATE = QDate(1900, 1, 1)
EMPTY_TEXT = "–"
DISPLAY_FORMAT = "dd/MM/yyyy"

_CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
_SEPARATORS = frozenset("/-. ")


class OptionalDateEdit(QDateEdit):
    """A QDateEdit whose value is `datetime.date | None`; Delete on the whole text clears it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DISPLAY_FORMAT)
        self.setCalendarPopup(True)
        self.setMinimumDate(EMPTY_DATE)
        self.setSpecialValueText(EMPTY_TEXT)
        self.setDate(EMPTY_DATE)
        self.setToolTip(translate("date_field",
                                  "Kosongkan dengan Delete setelah memilih seluruh isian."))
        self._advanced = False  # the last digit filled a section and Qt moved on by itself

    def is_empty(self) -> bool:
        return self.date() == EMPTY_DATE

    def date_value(self) -> dt.date | None:
        """The chosen date, or None when the field is empty."""
        if self.is_empty():
            return None
        qdate = self.date()
        return dt.date(qdate.year(), qdate.month(), qdate.day())

    def set_date_value(self, value: dt.date | None) -> None:
        """Show `value`, or the empty marker for None (dates before 1900 cannot be shown)."""
        if value is None:
            self.setDate(EMPTY_DATE)
            return
        self.setDate(QDate(value.year, value.month, value.day))

    def clear_date(self) -> None:
        self.set_date_value(None)

    def _all_selected(self) -> bool:
        edit = self.lineEdit()
        return bool(edit.text()) and edit.selectedText() == edit.text()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in _CLEAR_KEYS and (self._all_selected() or self.is_empty()):
            self.clear_date()
            self.selectAll()
            event.accept()
            return
        text = event.text()
        if text and text in _SEPARATORS:
            # "16/9/2025", "3-11-2023", "31.12.2024": a separator ends the section being typed,
            # unless Qt already moved past a full one by itself.
            if not self._advanced and self.currentSectionIndex() < self.sectionCount() - 1:
                self.setCurrentSectionIndex(self.currentSectionIndex() + 1)
                self.setSelectedSection(self.sectionAt(self.currentSectionIndex()))
            self._advanced = False
            event.accept()
            return
        if text.isdigit() and (self.is_empty() or self._all_selected()):
            # Typing over an empty or fully selected field starts a new date at the day, in a
            # month of 31 days so that no day typed first is cut short.
            self.setDate(QDate(QDate.currentDate().year(), 1, 1))
            self.setCurrentSectionIndex(0)
            self.setSelectedSection(self.sectionAt(0))
        section = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._advanced = text.isdigit() and self.currentSectionIndex() != section

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        if self.is_empty() and self.calendarPopup():
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
