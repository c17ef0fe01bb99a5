"""A reporting period: one calendar month, written `2025-10` and shown `Oktober 2025`."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kks_desktop.domain.tanggal import nama_bulan

_PATTERN = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")


@dataclass(frozen=True, order=True)
class Periode:
    """A month; ordered in time, so `max()` of reports' periods is the latest."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12 or not 1900 <= self.year <= 9999:
            raise ValueError(f"no such month: {self.year}-{self.month}")

    @classmethod
    def parse(cls, text: str) -> Periode:
        """Read `2025-10` (or `2025-1`).

        Raises ValueError for anything else.
        """
        match = _PATTERN.match(text)
        if match is None:
            raise ValueError(f"not a period: {text!r}")
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, day: dt.date) -> Periode:
        return cls(day.year, day.month)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def last_day(self) -> dt.date:
        return self.next().first_day - dt.timedelta(days=1)

    def next(self) -> Periode:
        return Periode(self.year + self.month // 12, self.month % 12 + 1)

    def previous(self) -> Periode:
        return Periode(self.year - (self.month == 1), (self.month - 2) % 12 + 1)

    @property
    def label(self) -> str:
        """`Oktober 2025`."""
        return f"{nama_bulan(self.month)} {self.year}"

    @property
    def short_label(self) -> str:
        """`Okt 2025`, for chart axes."""
        return f"{nama_bulan(self.month)[:3]} {self.year}"
