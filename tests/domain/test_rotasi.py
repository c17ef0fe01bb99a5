"""Backup rotation: the last days kept one each, then one per month, never more than asked."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from kks_desktop.domain.rotasi import disimpan


def test_forty_days_of_backups_keep_fourteen_days_and_one_per_month() -> None:
    start = dt.datetime(2026, 10, 1, 8)
    times = [start + dt.timedelta(days=n) for n in range(40)]
    times.append(times[-1] + dt.timedelta(hours=3))  # a second backup on the last day
    kept = disimpan(times, harian=14, bulanan=12)
    days = sorted({times[i].date() for i in kept})
    assert len([i for i in kept if times[i].date() >= dt.date(2026, 10, 27)]) == 14
    assert len(times) - 1 in kept and len(times) - 2 not in kept  # newest of the last day
    assert dt.date(2026, 10, 31) in days  # newest of October
    assert dt.date(2026, 10, 1) not in days
    assert disimpan(times, harian=0, bulanan=0) == set()


@given(st.lists(st.datetimes(min_value=dt.datetime(2020, 1, 1),
                             max_value=dt.datetime(2030, 1, 1)), max_size=60),
       st.integers(0, 20), st.integers(0, 15))
def test_the_newest_is_kept_and_never_more_than_days_plus_months(times, harian, bulanan) -> None:
    kept = disimpan(times, harian, bulanan)
    assert len(kept) <= harian + bulanan
    assert all(0 <= i < len(times) for i in kept)
    if times and (harian or bulanan):
        assert times.index(max(times)) in kept or max(times) in {times[i] for i in kept}
