"""Validation results shared by every form and import: a problem names a field, a code and a severity."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum


class Severity(Enum):
    """An error blocks a save; a warning is saved and shown."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One finding about one field: `code` is a stable key that the UI turns into a sentence."""

    field: str
    code: str
    severity: Severity = Severity.ERROR
    params: tuple[tuple[str, object], ...] = ()

    @classmethod
    def error(cls, field_name: str, code: str, **params: object) -> Problem:
        return cls(field_name, code, Severity.ERROR, tuple(sorted(params.items())))

    @classmethod
    def warning(cls, field_name: str, code: str, **params: object) -> Problem:
        return cls(field_name, code, Severity.WARNING, tuple(sorted(params.items())))

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def param(self, name: str) -> object:
        return dict(self.params).get(name)


def errors_in(problems: Iterable[Problem]) -> list[Problem]:
    """Only the problems that block a save."""
    return [p for p in problems if p.is_error]

