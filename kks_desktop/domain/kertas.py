"""Paper sizes Indonesian offices print on: A4 and F4 (Folio, 215 × 330 mm)."""

from __future__ import annotations

from enum import Enum


class Kertas(Enum):
    A4 = "A4"
    F4 = "F4"

    @property
    def mm(self) -> tuple[float, float]:
        """Width and height in millimetres, portrait."""
        return (210.0, 297.0) if self is Kertas.A4 else (215.0, 330.0)
