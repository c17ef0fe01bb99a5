"""Tests for Periode: parsing, text form, month arithmetic, order and Indonesian labels."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kks_desktop.domain.periode import Periode

periods = st.builds(Periode, st.integers(1901, 9998), st.integers(1, 12))


@pytest.mark.parametrize(("text", "expected"), [
    ("2025-10", Periode(2025, 10)), ("2025-1", Periode(2025, 1)), (" 2024-02 ", Periode(2024, 2)),
    ("1900-01", Periode(1900, 1)), ("9999-12", Periode(9999, 12)),
])
def test_parse_reads_year_and_month(text: str, expected: Periode) -> None:
    assert Periode.parse(text) == expected


@pytest.mark.parametrize("text", [
    "", "2025", "2025-13", "2025-00", "25-10", "2025/10", "2025-10-01", "Oktober 2025",
    "1899-12", "2025-100", "x2025-10",
])
def test_parse_refuses_anything_else(text: str) -> None:
    with pytest.raises(ValueError):
        Periode.parse(text)


@pytest.mark.parametrize(("year", "month"), [(2025, 0), (2025, 13), (1899, 12), (10000, 1)])
def test_constructor_refuses_impossible_months(year: int, month: int) -> None:
    with pytest.raises(ValueError):
        Periode(year, month)


def test_text_form_pads_month_and_labels_are_indonesian() -> None:
    assert str(Periode(2025, 3)) == "2025-03"
    assert Periode(2025, 10).label == "Oktober 2025"
    assert Periode(2025, 2).short_label == "Feb 2025"
    assert [Periode(2024, m).label.split()[0] for m in range(1, 13)] == [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
        "Oktober", "November", "Desember",
    ]


def test_first_and_last_day_including_leap_february() -> None:
    assert Periode(2024, 2).first_day == dt.date(2024, 2, 1)
    assert Periode(2024, 2).last_day == dt.date(2024, 2, 29)
    assert Periode(2025, 2).last_day == dt.date(2025, 2, 28)
    assert Periode(2025, 12).last_day == dt.date(2025, 12, 31)
    assert Periode.of(dt.date(2025, 10, 17)) == Periode(2025, 10)


def test_next_and_previous_cross_the_year() -> None:
    assert Periode(2025, 12).next() == Periode(2026, 1)
    assert Periode(2026, 1).previous() == Periode(2025, 12)
    assert Periode(2025, 6).next() == Periode(2025, 7)
    assert Periode(2025, 6).previous() == Periode(2025, 5)


def test_order_is_time_order() -> None:
    listed = [Periode(2025, 1), Periode(2024, 12), Periode(2025, 10), Periode(2024, 2)]
    assert sorted(listed) == [Periode(2024, 2), Periode(2024, 12), Periode(2025, 1),
                              Periode(2025, 10)]
    assert max(listed) == Periode(2025, 10)


@given(periods)
def test_text_round_trip(p: Periode) -> None:
    assert Periode.parse(str(p)) == p
    assert len(str(p)) == 7


@given(st.integers(1900, 9999), st.integers(1, 12))
def test_unpadded_text_parses_to_the_same_month(year: int, month: int) -> None:
    assert Periode.parse(f"{year}-{month}") == Periode(year, month)


@given(periods)
def test_next_and_previous_are_inverse_and_adjacent(p: Periode) -> None:
    assert p.next().previous() == p
    assert p.previous().next() == p
    assert p.previous() < p < p.next()
    assert p.next().first_day == p.last_day + dt.timedelta(days=1)
    assert p.first_day <= p.last_day
    assert Periode.of(p.last_day) == p
    assert 28 <= (p.last_day - p.first_day).days + 1 <= 31


@given(periods, periods)
def test_order_agrees_with_first_day(a: Periode, b: Periode) -> None:
    assert (a < b) == (a.first_day < b.first_day)
    assert (str(a) < str(b)) == (a < b)
