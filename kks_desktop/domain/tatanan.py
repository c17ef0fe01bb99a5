"""The KKS tatanan (settings) a Pokja can work on, as a versioned reference list."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kks_desktop.domain.errors import ReferenceDataInvalid


@dataclass(frozen=True)
class Tatanan:
    id: str
    nama: str


@dataclass(frozen=True)
class TatananList:
    """One edition of the list, e.g. the nine tatanan in force since the 2022/23 cycle."""

    edition: str
    berlaku_sejak: int
    items: tuple[Tatanan, ...]

    @property
    def ids(self) -> frozenset[str]:
        return frozenset(t.id for t in self.items)

    def nama(self, tatanan_id: str) -> str:
        for t in self.items:
            if t.id == tatanan_id:
                return t.nama
        return tatanan_id


def parse_tatanan_list(data: Any, file: str) -> TatananList:
    """Build a list from parsed JSON, checking every entry.

    Raises ReferenceDataInvalid naming the file and the entry if anything is missing or repeated.
    """
    if not isinstance(data, dict):
        raise ReferenceDataInvalid(file, "-", "not_an_object")
    edition = data.get("edition")
    since = data.get("berlaku_sejak")
    raw_items = data.get("tatanan")
    if not isinstance(edition, str) or not edition:
        raise ReferenceDataInvalid(file, "edition", "missing")
    if not isinstance(since, int):
        raise ReferenceDataInvalid(file, "berlaku_sejak", "missing")
    if not isinstance(raw_items, list) or not raw_items:
        raise ReferenceDataInvalid(file, "tatanan", "missing")
    items: list[Tatanan] = []
    for pos, entry in enumerate(raw_items, start=1):
        label = f"tatanan[{pos}]"
        if not isinstance(entry, dict):
            raise ReferenceDataInvalid(file, label, "not_an_object")
        tid, nama = entry.get("id"), entry.get("nama")
        if not isinstance(tid, str) or not tid or not isinstance(nama, str) or not nama:
            raise ReferenceDataInvalid(file, label, "id_or_nama_missing")
        if any(t.id == tid for t in items):
            raise ReferenceDataInvalid(file, tid, "duplicate_id")
        items.append(Tatanan(tid, nama))
    return TatananList(edition, since, tuple(items))
