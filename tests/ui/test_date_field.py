"""OptionalDateEdit: dates typed the ways people type them land on the right day."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtTest import QTest

from kks_desktop.ui.date_field import OptionalDateEdit

TYPED = [
    ("16/9/2025", dt.date(2025, 9, 16)),
    ("16/09/2025", dt.date(2025, 9, 16)),
    ("16092025", dt.date(2025, 9, 16)),
    ("1/2/2024", dt.date(2024, 2, 1)),
    ("3-11-2023", dt.date(2023, 11, 3)),
    ("31.12.2024", dt.date(2024, 12, 31)),
    ("31/1/2025", dt.date(2025, 1, 31)),
    ("5 6 2025", dt.date(2025, 6, 5)),
]


@pytest.mark.parametrize(("typed", "expected"), TYPED)
def test_typing_into_an_empty_field(qtbot, typed: str, expected: dt.date) -> None:
    field = OptionalDateEdit()
    qtbot.addWidget(field)
    field.show()
    QTest.keyClicks(field, typed)
    assert field.date_value() == expected


@pytest.mark.parametrize(("typed", "expected"), TYPED)
def test_typing_over_a_selected_date_of_a_short_month(qtbot, typed: str,
                                                       expected: dt.date) -> None:
    field = OptionalDateEdit()
    qtbot.addWidget(field)
    field.show()
    field.set_date_value(dt.date(2024, 2, 15))
    field.selectAll()
    QTest.keyClicks(field, typed)
    assert field.date_value() == expected
