"""The change history as the program reads it: an `Aksi` (one saved action) and its `Entri` rows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Bookkeeping columns a user never sees changed on their own.
KOLOM_TEKNIS = frozenset({"id", "uuid", "created_at", "updated_at"})


@dataclass(frozen=True)
class Aksi:
    """One saved action: when (UTC text as stored), by whom, what; `membalik` is the action it
    undid, when it is an undo (or a redo, undoing an undo)."""

    id: int
    waktu: str
    pengguna: str
    judul: str
    membalik: int | None


@dataclass(frozen=True)
class Entri:
    """One row created ("tambah"), changed ("ubah") or deleted ("hapus") by an action, with the
    row's values before (`lama`) and after (`baru`)."""

    id: int
    aksi_id: int | None
    tabel: str
    kunci: tuple[Any, ...]
    uuid: str | None
    induk: str | None
    operasi: str
    lama: dict[str, Any] | None
    baru: dict[str, Any] | None

    def kolom_berubah(self) -> list[tuple[str, Any, Any]]:
        """(column, before, after) of each field a user would call changed, in column order."""
        before, after = self.lama or {}, self.baru or {}
        names = list(after) if after else list(before)
        return [(k, before.get(k), after.get(k)) for k in names
                if k not in KOLOM_TEKNIS and before.get(k) != after.get(k)]
