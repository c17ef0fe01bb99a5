"""Indonesian display of numbers and dates in the GUI (1.234,5 and 13/11/2023)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale

from kks_desktop.messages import percent_text

INDONESIAN = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


def number(value: int | None) -> str:
    return "" if value is None else INDONESIAN.toString(value)


def percent(value: float | None, decimals: int = 1, missing: str = "–") -> str:
    """`81,5%`, `80%`; never `100%` below 100 (the rule lives in `messages.percent_text`)."""
    return percent_text(value, decimals, missing)


def table_date(value: dt.date | None) -> str:
    return "" if value is None else value.strftime("%d/%m/%Y")


def size_text(n_bytes: int) -> str:
    """A file size the way a person reads it: "812 KB", "1,4 MB"."""
    if n_bytes < 1024 * 1024:
        return f"{INDONESIAN.toString(max(1, round(n_bytes / 1024)))} KB"
    return f"{INDONESIAN.toString(n_bytes / (1024 * 1024), 'f', 1)} MB"


def waktu_lokal(stored: str) -> str:
    """"2026-11-22T01:15:02.1Z" (UTC) -> "22/11/2026 08:15" in this computer's time zone."""
    try:
        when = dt.datetime.fromisoformat(stored.replace("Z", "+00:00"))
    except ValueError:
        return stored
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone().strftime("%d/%m/%Y %H:%M")
