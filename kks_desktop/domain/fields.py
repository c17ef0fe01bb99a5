"""Reading what a person typed into a field: whole numbers, phone numbers."""

from __future__ import annotations

from kks_desktop.domain.problems import Problem

_PHONE_CHARS = frozenset("0123456789+-() ")


def parse_count(text: str, field_name: str) -> tuple[int | None, list[Problem]]:
    """Read an optional whole number (`1.234` and `1234` both mean 1234).

    Returns the value (None when empty) and the problems found.
    """
    cleaned = text.strip().replace(".", "").replace(" ", "")
    if not cleaned:
        return None, []
    if cleaned.startswith("-") and cleaned[1:].isdigit():
        return None, [Problem.error(field_name, "negative")]
    if not cleaned.isdigit():
        return None, [Problem.error(field_name, "not_whole_number", text=text.strip())]
    return int(cleaned), []


def looks_like_phone(text: str) -> bool:
    """True for 8-15 digits with only the usual separators (`0812-3456-7890`, `+62 285 391234`)."""
    digits = sum(c.isdigit() for c in text)
    return set(text) <= _PHONE_CHARS and 8 <= digits <= 15
