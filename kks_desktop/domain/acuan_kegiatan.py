"""The kinds of session and participant categories, read from the shipped reference file."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kks_desktop.domain.errors import ReferenceDataInvalid
from kks_desktop.domain.peserta import kunci_instansi


@dataclass(frozen=True)
class Pilihan:
    """One entry of a choice list: a stable id, the label shown, other spellings recognised."""

    id: str
    label: str
    alias: tuple[str, ...] = ()
    rapat: bool = False


@dataclass(frozen=True)
class AcuanKegiatan:
    jenis: tuple[Pilihan, ...]
    kategori: tuple[Pilihan, ...]
    batas_lulus: float

    @property
    def jenis_ids(self) -> frozenset[str]:
        return frozenset(j.id for j in self.jenis)

    @property
    def kategori_ids(self) -> frozenset[str]:
        return frozenset(k.id for k in self.kategori)

    def label_jenis(self, jenis_id: str) -> str:
        return next((j.label for j in self.jenis if j.id == jenis_id), jenis_id)

    def label_kategori(self, kategori_id: str) -> str:
        return next((k.label for k in self.kategori if k.id == kategori_id), kategori_id)

    def kategori_dari_teks(self, text: str) -> str | None:
        """The kategori id a typed or pasted text means ("pkm" → puskesmas); None if unknown."""
        return _match(self.kategori, text)

    def jenis_dari_teks(self, text: str) -> str | None:
        return _match(self.jenis, text)


def _match(choices: tuple[Pilihan, ...], text: str) -> str | None:
    key = kunci_instansi(text.replace("_", " "))
    if not key:
        return None
    for choice in choices:
        names = (choice.id.replace("_", " "), choice.label, *choice.alias)
        if key in {kunci_instansi(n) for n in names}:
            return choice.id
    return None


def parse_acuan_kegiatan(data: Any, file: str) -> AcuanKegiatan:
    """Build the lists from parsed JSON.

    Raises ReferenceDataInvalid naming the file and the entry if anything is missing or repeated.
    """
    if not isinstance(data, dict):
        raise ReferenceDataInvalid(file, "-", "not_an_object")
    mark = data.get("batas_lulus_bawaan")
    if not isinstance(mark, int | float) or not 0 <= mark <= 100:
        raise ReferenceDataInvalid(file, "batas_lulus_bawaan", "score_range")
    return AcuanKegiatan(_choices(data.get("jenis"), "jenis", file),
                         _choices(data.get("kategori"), "kategori", file), float(mark))


def _choices(raw: Any, name: str, file: str) -> tuple[Pilihan, ...]:
    if not isinstance(raw, list) or not raw:
        raise ReferenceDataInvalid(file, name, "missing")
    found: list[Pilihan] = []
    for pos, entry in enumerate(raw, start=1):
        where = f"{name}[{pos}]"
        if not isinstance(entry, dict):
            raise ReferenceDataInvalid(file, where, "not_an_object")
        cid, label, alias = entry.get("id"), entry.get("label"), entry.get("alias", [])
        if not (isinstance(cid, str) and cid and isinstance(label, str) and label):
            raise ReferenceDataInvalid(file, where, "id_or_label_missing")
        if not isinstance(alias, list) or not all(isinstance(a, str) for a in alias):
            raise ReferenceDataInvalid(file, cid, "alias_not_a_list")
        if any(c.id == cid for c in found):
            raise ReferenceDataInvalid(file, cid, "duplicate_id")
        found.append(Pilihan(cid, label, tuple(alias), bool(entry.get("rapat", False))))
    return tuple(found)
