"""Timestamps and identifiers for stored records."""

from __future__ import annotations

import datetime as dt
import uuid


def now_text() -> str:
    """The current UTC time as stored in created_at/updated_at (`2026-11-22T08:15:02.123456Z`)."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_uuid() -> str:
    return str(uuid.uuid4())


def date_text(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def date_value(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None
