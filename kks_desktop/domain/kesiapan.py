"""Readiness checklists as data: a definition per checklist and cycle, read and checked on load."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from kks_desktop.domain.errors import ChecklistInvalid


class Tingkat(Enum):
    """Who a checklist is for."""

    DESA = "desa"
    KECAMATAN = "kecamatan"
    KABUPATEN = "kabupaten"


@dataclass(frozen=True)
class Kelompok:
    id: str
    judul: str


@dataclass(frozen=True)
class Butir:
    """One item: judged by a named rule (`aturan` with `parameter`) or answered by hand."""

    id: str
    kelompok: str
    label: str
    bantuan: str
    bobot: float
    aturan: str | None  # None: a manual item (Ada / Sebagian / Tidak Ada with evidence)
    parameter: tuple[tuple[str, Any], ...] = ()
    singkat: str = ""  # a short label for column headers; the label when not given

    @property
    def judul_singkat(self) -> str:
        return self.singkat or self.label

    @property
    def manual(self) -> bool:
        return self.aturan is None

    def param(self, name: str) -> Any:
        return dict(self.parameter).get(name)


@dataclass(frozen=True)
class Definisi:
    id: str
    judul: str
    tingkat: Tingkat
    siklus: int
    kelompok: tuple[Kelompok, ...]
    butir: tuple[Butir, ...]
    berkas: str = ""

    def butir_kelompok(self, kelompok_id: str) -> tuple[Butir, ...]:
        return tuple(b for b in self.butir if b.kelompok == kelompok_id)


# A parameter check: returns the value to keep, or raises ValueError naming what is wrong.
Cek = Callable[[Any], Any]


@dataclass(frozen=True)
class Aturan:
    """What a rule accepts: the checklist levels it can judge and its parameters with defaults."""

    tingkat: frozenset[Tingkat]
    parameter: Mapping[str, tuple[Cek, Any]]  # name -> (check, default; ... for required)


def parse_definisi(data: Any, file: str, aturan: Mapping[str, Aturan]) -> Definisi:
    """Build a definition from parsed JSON, checking every field against the known rules.

    Raises ChecklistInvalid naming the file, the item and what is wrong.
    """
    if not isinstance(data, dict):
        raise ChecklistInvalid(file, "-", "bukan objek JSON")
    did, judul = _text(data, "id", file, "-"), _text(data, "judul", file, "-")
    try:
        tingkat = Tingkat(data.get("tingkat"))
    except ValueError:
        raise ChecklistInvalid(file, "-", "tingkat harus desa, kecamatan atau kabupaten") from None
    siklus = data.get("siklus")
    if isinstance(siklus, bool) or not isinstance(siklus, int) or not 2000 <= siklus <= 2100:
        raise ChecklistInvalid(file, "-", "siklus harus tahun, misalnya 2025")
    groups = tuple(Kelompok(_text(g, "id", file, "kelompok"), _text(g, "judul", file, "kelompok"))
                   for g in _list(data, "kelompok", file))
    _unique([g.id for g in groups], file, "kelompok")
    items = tuple(_butir(raw, file, {g.id for g in groups}, tingkat, aturan)
                  for raw in _list(data, "butir", file))
    _unique([b.id for b in items], file, "butir")
    return Definisi(did, judul, tingkat, siklus, groups, items, file)


def _butir(raw: Any, file: str, groups: set[str], tingkat: Tingkat,
           aturan: Mapping[str, Aturan]) -> Butir:
    if not isinstance(raw, dict):
        raise ChecklistInvalid(file, "butir", "setiap butir harus objek JSON")
    bid = _text(raw, "id", file, "butir")
    kelompok, label = _text(raw, "kelompok", file, bid), _text(raw, "label", file, bid)
    if kelompok not in groups:
        raise ChecklistInvalid(file, bid, f"kelompok “{kelompok}” tidak ada di daftar kelompok")
    bobot = raw.get("bobot", 1)
    if isinstance(bobot, bool) or not isinstance(bobot, int | float) or bobot <= 0:
        raise ChecklistInvalid(file, bid, "bobot harus angka lebih dari 0")
    bantuan, singkat = raw.get("bantuan", ""), raw.get("singkat", "")
    if not isinstance(bantuan, str) or not isinstance(singkat, str):
        raise ChecklistInvalid(file, bid, "bantuan dan singkat harus teks")
    auto, manual = raw.get("auto"), raw.get("manual", False)
    if (auto is None) == (manual is not True):
        raise ChecklistInvalid(file, bid, "isi salah satu: \"auto\" (aturan) atau \"manual\": true")
    if auto is None:
        return Butir(bid, kelompok, label, bantuan, float(bobot), None, singkat=singkat.strip())
    if not isinstance(auto, dict) or len(auto) != 1:
        raise ChecklistInvalid(file, bid, "\"auto\" harus berisi tepat satu aturan")
    (name, given), = auto.items()
    rule = aturan.get(name)
    if rule is None:
        raise ChecklistInvalid(file, bid, f"aturan “{name}” tidak dikenal; yang ada: "
                               + ", ".join(sorted(aturan)))
    if tingkat not in rule.tingkat:
        raise ChecklistInvalid(file, bid, f"aturan “{name}” tidak untuk tingkat {tingkat.value}")
    return Butir(bid, kelompok, label, bantuan, float(bobot), name,
                 _parameters(name, given, rule, file, bid), singkat.strip())


def _parameters(name: str, given: Any, rule: Aturan, file: str,
                bid: str) -> tuple[tuple[str, Any], ...]:
    if given is None:
        given = {}
    if not isinstance(given, dict):
        # `odf_status_at_least: terverifikasi`: a rule with one parameter may take it bare.
        if len(rule.parameter) != 1:
            raise ChecklistInvalid(file, bid, f"parameter aturan “{name}” harus objek JSON")
        given = {next(iter(rule.parameter)): given}
    unknown = sorted(set(given) - set(rule.parameter))
    if unknown:
        raise ChecklistInvalid(file, bid, f"parameter “{unknown[0]}” tidak dikenal untuk aturan "
                               f"“{name}”")
    values = []
    for key, (check, default) in rule.parameter.items():
        if key not in given and default is ...:
            raise ChecklistInvalid(file, bid, f"aturan “{name}” memerlukan parameter “{key}”")
        try:
            values.append((key, check(given[key]) if key in given else default))
        except (TypeError, ValueError) as exc:
            raise ChecklistInvalid(file, bid, f"parameter “{key}”: {exc}") from None
    return tuple(values)


def _text(data: Any, key: str, file: str, where: str) -> str:
    value = data.get(key) if isinstance(data, dict) else None
    if not isinstance(value, str) or not value.strip():
        raise ChecklistInvalid(file, where, f"“{key}” harus teks yang tidak kosong")
    return value.strip()


def _list(data: dict[str, Any], key: str, file: str) -> list[Any]:
    value = data.get(key)
    if not isinstance(value, list) or not value:
        raise ChecklistInvalid(file, "-", f"“{key}” harus daftar yang tidak kosong")
    return value


def _unique(ids: list[str], file: str, what: str) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            raise ChecklistInvalid(file, item, f"id {what} “{item}” dipakai dua kali")
        seen.add(item)
