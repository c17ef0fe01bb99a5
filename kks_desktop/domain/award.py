"""KKS award levels and the share of desa/kelurahan ODF each needs, per assessment cycle (data)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kks_desktop.domain.errors import ReferenceDataInvalid


@dataclass(frozen=True)
class Tingkat:
    """An award level, e.g. Wiwerda, with the least share of desa ODF (0–1) it needs."""

    id: str
    nama: str
    min_odf: float


@dataclass(frozen=True)
class Siklus:
    tahun: int
    tingkat: tuple[Tingkat, ...]  # from the lowest gate to the highest

    def terbuka(self, share: float | None) -> tuple[Tingkat, ...]:
        """The levels whose ODF gate a share of desa ODF (0–1) meets."""
        if share is None:
            return ()
        return tuple(t for t in self.tingkat if share + 1e-9 >= t.min_odf)

    def berikutnya(self, share: float | None) -> Tingkat | None:
        """The lowest level whose gate is not met yet."""
        met = self.terbuka(share)
        rest = [t for t in self.tingkat if t not in met]
        return rest[0] if rest else None


def parse_siklus(data: Any, file: str) -> tuple[Siklus, ...]:
    """The cycles of a reference file, oldest first.

    Raises ReferenceDataInvalid naming the file and the entry.
    """
    if not isinstance(data, list) or not data:
        raise ReferenceDataInvalid(file, "siklus", "missing")
    cycles: list[Siklus] = []
    for entry in data:
        try:
            year = entry["tahun"]
            if isinstance(year, bool) or not isinstance(year, int):
                raise TypeError("tahun must be a whole year")
            levels = tuple(Tingkat(str(t["id"]), str(t["nama"]), float(t["min_odf"]))
                           for t in entry["tingkat"])
        except (KeyError, TypeError, ValueError) as exc:
            raise ReferenceDataInvalid(file, str(entry)[:40], f"bad_entry: {exc}") from exc
        if not levels or any(not 0 < t.min_odf <= 1 for t in levels):
            raise ReferenceDataInvalid(file, str(year), "gate_out_of_range")
        if [t.min_odf for t in levels] != sorted(t.min_odf for t in levels):
            raise ReferenceDataInvalid(file, str(year), "gates_not_ascending")
        if len({t.id for t in levels}) != len(levels):
            raise ReferenceDataInvalid(file, str(year), "duplicate_level")
        if any(c.tahun == year for c in cycles):
            raise ReferenceDataInvalid(file, str(year), "duplicate_cycle")
        cycles.append(Siklus(year, levels))
    return tuple(sorted(cycles, key=lambda c: c.tahun))
